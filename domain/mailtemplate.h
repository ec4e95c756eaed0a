// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace Backroom::Domain {

// The customer mails, their templates and the small template language they are written in. Pure: the
// server reads the template files and the data, this renders them.

// Languages templates exist in; the first is the fallback.
const QStringList &mailLanguages(); // en, de, fr, es

// The language a mail goes out in: the customer's preference ("de", "de-AT", "fr_CA" count as their
// primary language) when it is one of mailLanguages(), else the shop's default when it is, else "en".
QString chooseMailLanguage(const QString &preferred, const QString &shopDefault);

// The template an outbox event calls for, or nullopt when it mails nobody. CheckoutFailed mails only a
// checkout that had taken stock or money before it was undone (it failed after reserving stock); one that
// failed at the reservation took nothing, and the customer was told at once.
std::optional<QString> mailTemplateFor(const QString &eventType, const QJsonObject &payload);
// Every template name mailTemplateFor() can answer.
const QStringList &mailTemplateNames();

// An amount as a customer reading language expects it: "£1,234.56" (en), "1.234,56 €" (de),
// "1 234,56 €" (fr, narrow no-break space grouping), "1234,56 €" / "12.345,67 €" (es groups from five
// digits). GBP, EUR, USD and JPY get their symbols; other currencies their code. Unknown languages as en.
QString formatMoneyFor(const Money &money, const QString &language);
// A day as a sentence in language writes it: "24 November 2026", "24. November 2026", "24 novembre 2026",
// "24 de noviembre de 2026".
QString formatDateFor(const QDate &date, const QString &language);

// The template language, a small Mustache:
//   {{name}} / {{a.b}}    the value (string, number; null and missing are errors, so typos show up)
//   {{.}}                 the current value inside a section
//   {{#name}}…{{/name}}   once per element of an array, once with an object or a truthy value pushed as
//                         the context, not at all for false, null, "", 0, [] or a missing name
//   {{^name}}…{{/name}}   only when {{#name}} would not render
//   {{! comment }}
// A line holding only a section or comment tag disappears entirely, so text templates read naturally.
enum class Escape {
    None,   // plain-text bodies
    Html,   // & < > " ' become entities
    Header, // a subject: CR, LF and other control characters become spaces (no header injection)
};
// Validation error naming the problem and where (line) for unbalanced sections, unclosed tags and
// missing values.
Result<QString> renderTemplate(const QString &text, const QJsonObject &context, Escape escape);

// A template file: a "subject:" line, then "--- text" and the plain body, then optionally "--- html" and
// an HTML body. Lines before "--- text" starting with '#' are comments.
struct MailTemplate {
    QString subject;
    QString text;
    QString html; // empty: the mail has no HTML part
};
Result<MailTemplate> parseMailTemplate(const QString &file);

struct RenderedMail {
    QString subject;
    QString text;
    QString html;
};
Result<RenderedMail> renderMail(const MailTemplate &mail, const QJsonObject &context);

// An RFC 5322 message with CRLF line ends: From, To, Subject (RFC 2047 encoded when not ASCII), Date,
// Message-ID, MIME headers; a text/plain part, and with html a multipart/alternative of both, in UTF-8
// and base64 (so no body line starts with a dot or runs past 76 characters).
struct MailMessage {
    QString from;
    QString to;
    QString subject;
    QString text;
    QString html;
    QByteArray messageId; // without the angle brackets
    QDateTime date;
};
QByteArray composeMail(const MailMessage &message);

} // namespace Backroom::Domain
