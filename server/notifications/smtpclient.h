// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace Backroom::Server {

struct SmtpOptions {
    QString host; // empty: no SMTP, mails go to the mail-drop folder
    quint16 port = 25;
    bool startTls = false; // STARTTLS after EHLO; the mail is not sent when the server does not offer it
    QString user;          // AUTH PLAIN when set, and only over TLS
    QByteArray password;
    int timeoutMs = 10000; // each step: connect, every reply
    QString heloName = QStringLiteral("backroom");
};

struct SmtpOutcome {
    bool sent = false;
    bool permanent = false; // a 5xx answer: trying again will not help
    QString error;          // what failed, with the server's reply
};

// Sends one message (RFC 5322 text with CRLF line ends) to one recipient: EHLO, optional STARTTLS and AUTH,
// MAIL FROM, RCPT TO, DATA (dot-stuffed), QUIT. Blocking, on the calling thread (no event loop needed);
// every step waits at most timeoutMs. `sent` means the server answered 250 to the end of DATA: it took the
// message.
SmtpOutcome sendSmtp(const SmtpOptions &options, const QByteArray &envelopeFrom, const QByteArray &recipient,
                     const QByteArray &message);

// The bare address inside "Name <a@b>", or the text itself.
QByteArray mailAddressOf(const QString &mailbox);

} // namespace Backroom::Server
