// SPDX-License-Identifier: MIT
#include "server/notifications/smtpclient.h"

#include <QSslSocket>

namespace Backroom::Server {

namespace {

class Session {
public:
    explicit Session(const SmtpOptions &options) : m_options(options) {}

    // A reply, multi-line ones joined; code 0 when none came in time.
    struct Reply {
        int code = 0;
        QByteArray text;
    };

    bool connect()
    {
        m_socket.connectToHost(m_options.host, m_options.port);
        if (!m_socket.waitForConnected(m_options.timeoutMs)) {
            m_error = QStringLiteral("cannot connect to %1:%2: %3").arg(m_options.host).arg(m_options.port).arg(m_socket.errorString());
            return false;
        }
        return true;
    }
    Reply read()
    {
        Reply reply;
        while (true) {
            while (!m_socket.canReadLine()) {
                if (m_socket.bytesAvailable() > 4096 || !m_socket.waitForReadyRead(m_options.timeoutMs)) {
                    m_error = QStringLiteral("no answer from the SMTP server in time (%1)").arg(m_socket.errorString());
                    return {};
                }
            }
            const QByteArray line = m_socket.readLine().trimmed();
            if (line.size() < 3) {
                m_error = QStringLiteral("the SMTP server answered something that is not SMTP");
                return {};
            }
            reply.code = line.left(3).toInt();
            reply.text += (reply.text.isEmpty() ? QByteArray() : QByteArray(" | ")) + line;
            if (line.size() == 3 || line.at(3) != '-')
                return reply;
        }
    }
    bool write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(m_options.timeoutMs)) {
                m_error = QStringLiteral("could not send to the SMTP server: %1").arg(m_socket.errorString());
                return false;
            }
        }
        return true;
    }
    // Sends a command and reads its reply; false (with the error set) unless the code is expected.
    bool command(const QByteArray &line, int expected, Reply *out = nullptr)
    {
        if (!line.isEmpty() && !write(line + "\r\n"))
            return false;
        const Reply reply = read();
        if (out)
            *out = reply;
        if (reply.code == 0)
            return false;
        if (reply.code != expected) {
            const QByteArray shown = line.startsWith("AUTH") ? QByteArray("AUTH") : line;
            m_error = QStringLiteral("%1 answered: %2")
                          .arg(shown.isEmpty() ? QStringLiteral("greeting") : QString::fromUtf8(shown), QString::fromUtf8(reply.text));
            m_permanent = reply.code >= 500;
            return false;
        }
        return true;
    }
    bool startTls()
    {
        if (!command("STARTTLS", 220))
            return false;
        m_socket.startClientEncryption();
        if (!m_socket.waitForEncrypted(m_options.timeoutMs)) {
            m_error = QStringLiteral("TLS with the SMTP server failed: %1").arg(m_socket.errorString());
            return false;
        }
        return true;
    }
    void quit()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.write("QUIT\r\n");
            m_socket.waitForBytesWritten(1000);
            m_socket.disconnectFromHost();
        }
    }

    QString m_error;
    bool m_permanent = false;

private:
    const SmtpOptions &m_options;
    QSslSocket m_socket;

public:
    bool encrypted() const { return m_socket.isEncrypted(); }
};

QByteArray dotStuffed(const QByteArray &message)
{
    QByteArray normalised = message;
    normalised.replace("\r\n", "\n");
    normalised.replace("\n", "\r\n");
    if (!normalised.endsWith("\r\n"))
        normalised += "\r\n";
    QByteArray out;
    out.reserve(normalised.size() + 16);
    qsizetype start = 0;
    while (start < normalised.size()) {
        const qsizetype end = normalised.indexOf("\r\n", start) + 2;
        if (normalised.at(start) == '.')
            out += '.';
        out += normalised.mid(start, end - start);
        start = end;
    }
    return out + ".\r\n";
}
} // namespace

QByteArray mailAddressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed().toUtf8();
    return mailbox.trimmed().toUtf8();
}

SmtpOutcome sendSmtp(const SmtpOptions &options, const QByteArray &envelopeFrom, const QByteArray &recipient,
                     const QByteArray &message)
{
    // Addresses reach the command line: never let one carry a line end or angle brackets.
    for (const QByteArray &address : {envelopeFrom, recipient}) {
        if (address.contains('\r') || address.contains('\n') || address.contains('<') || address.contains('>'))
            return {false, true, QStringLiteral("the address %1 cannot be used in SMTP").arg(QString::fromUtf8(address))};
    }
    Session s(options);
    const auto failed = [&s] {
        s.quit();
        return SmtpOutcome{false, s.m_permanent, s.m_error};
    };
    if (!s.connect() || !s.command({}, 220))
        return failed();
    Session::Reply ehlo;
    if (!s.command("EHLO " + options.heloName.toUtf8(), 250, &ehlo))
        return failed();
    if (options.startTls) {
        if (!ehlo.text.toUpper().contains("STARTTLS")) {
            s.m_error = QStringLiteral("the SMTP server does not offer STARTTLS, which --smtp-starttls asks for");
            return failed();
        }
        if (!s.startTls() || !s.command("EHLO " + options.heloName.toUtf8(), 250, &ehlo))
            return failed();
    }
    if (!options.user.isEmpty()) {
        if (!s.encrypted()) {
            s.m_error = QStringLiteral("the SMTP password is only sent over TLS; turn on --smtp-starttls");
            s.m_permanent = true;
            return failed();
        }
        const QByteArray plain = QByteArray(1, '\0') + options.user.toUtf8() + QByteArray(1, '\0') + options.password;
        if (!s.command("AUTH PLAIN " + plain.toBase64(), 235))
            return failed();
    }
    if (!s.command("MAIL FROM:<" + envelopeFrom + ">", 250) || !s.command("RCPT TO:<" + recipient + ">", 250)
        || !s.command("DATA", 354))
        return failed();
    if (!s.write(dotStuffed(message)) || !s.command({}, 250))
        return failed();
    s.quit();
    return {true, false, {}};
}

} // namespace Backroom::Server
