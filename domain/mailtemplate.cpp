// SPDX-License-Identifier: MIT
#include "domain/mailtemplate.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <memory>

namespace Backroom::Domain {

namespace {

Error templateError(int line, const QString &what)
{
    return Error::validation(QStringLiteral("The mail template is not valid: line %1: %2.").arg(line).arg(what),
                             {{QStringLiteral("template"), QStringLiteral("line %1: %2").arg(line).arg(what)}});
}

struct Node {
    enum class Kind { Text, Value, Section, Inverted } kind = Kind::Text;
    QString text; // Text: the text; otherwise the name
    int line = 0;
    std::vector<Node> children;
};

// A tag alone on its line (a section, its end or a comment) takes the whole line with it.
const QRegularExpression &standaloneTag()
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*\\{\\{\\s*([#^/!])([^}]*)\\}\\}[ \\t]*\\r?\\n?$"));
    return re;
}

Result<std::vector<Node>> parse(const QString &text)
{
    struct Open {
        std::vector<Node> nodes;
        QString name;
        bool inverted = false;
        int line = 0;
    };
    std::vector<Open> stack(1);
    auto closeSection = [&](const QString &name, int line) -> Status {
        if (stack.size() == 1)
            return fail(templateError(line, QStringLiteral("{{/%1}} closes no section").arg(name)));
        if (stack.back().name != name)
            return fail(templateError(line, QStringLiteral("{{/%1}} closes {{#%2}}").arg(name, stack.back().name)));
        Open done = std::move(stack.back());
        stack.pop_back();
        Node section{done.inverted ? Node::Kind::Inverted : Node::Kind::Section, done.name, done.line, std::move(done.nodes)};
        stack.back().nodes.push_back(std::move(section));
        return {};
    };
    auto openOrClose = [&](QChar sigil, const QString &name, int line) -> Status {
        if (sigil == u'!')
            return {};
        if (name.isEmpty())
            return fail(templateError(line, QStringLiteral("a section tag without a name")));
        if (sigil == u'/')
            return closeSection(name, line);
        stack.push_back(Open{{}, name, sigil == u'^', line});
        return {};
    };

    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        ++lineNumber;
        qsizetype end = text.indexOf(u'\n', start);
        end = end < 0 ? text.size() : end + 1;
        const QString line = text.mid(start, end - start);
        start = end;
        const QRegularExpressionMatch alone = standaloneTag().match(line);
        if (alone.hasMatch()) {
            if (auto ok = openOrClose(alone.captured(1).at(0), alone.captured(2).trimmed(), lineNumber); !ok)
                return fail(ok.error());
            continue;
        }
        qsizetype at = 0;
        while (at < line.size()) {
            const qsizetype open = line.indexOf(QStringLiteral("{{"), at);
            if (open < 0) {
                stack.back().nodes.push_back({Node::Kind::Text, line.mid(at), lineNumber, {}});
                break;
            }
            if (open > at)
                stack.back().nodes.push_back({Node::Kind::Text, line.mid(at, open - at), lineNumber, {}});
            const qsizetype close = line.indexOf(QStringLiteral("}}"), open + 2);
            if (close < 0)
                return fail(templateError(lineNumber, QStringLiteral("a {{ without its }}")));
            const QString tag = line.mid(open + 2, close - open - 2).trimmed();
            at = close + 2;
            if (tag.isEmpty())
                return fail(templateError(lineNumber, QStringLiteral("an empty {{}}")));
            const QChar sigil = tag.at(0);
            if (sigil == u'#' || sigil == u'^' || sigil == u'/' || sigil == u'!') {
                if (auto ok = openOrClose(sigil, tag.mid(1).trimmed(), lineNumber); !ok)
                    return fail(ok.error());
            } else {
                stack.back().nodes.push_back({Node::Kind::Value, tag, lineNumber, {}});
            }
        }
    }
    if (stack.size() > 1)
        return fail(templateError(stack.back().line, QStringLiteral("{{#%1}} is never closed").arg(stack.back().name)));
    return std::move(stack.front().nodes);
}

std::optional<QJsonValue> lookup(const QList<QJsonValue> &contexts, const QString &name)
{
    if (name == u'.')
        return contexts.last();
    const QStringList parts = name.split(u'.');
    for (qsizetype i = contexts.size() - 1; i >= 0; --i) {
        if (!contexts[i].isObject() || !contexts[i].toObject().contains(parts.first()))
            continue;
        QJsonValue v = contexts[i].toObject().value(parts.first());
        for (qsizetype p = 1; p < parts.size(); ++p) {
            if (!v.isObject() || !v.toObject().contains(parts[p]))
                return std::nullopt;
            v = v.toObject().value(parts[p]);
        }
        return v;
    }
    return std::nullopt;
}

bool truthy(const std::optional<QJsonValue> &v)
{
    if (!v)
        return false;
    switch (v->type()) {
    case QJsonValue::Bool: return v->toBool();
    case QJsonValue::Double: return v->toDouble() != 0;
    case QJsonValue::String: return !v->toString().isEmpty();
    case QJsonValue::Array: return !v->toArray().isEmpty();
    case QJsonValue::Object: return true;
    default: return false;
    }
}

QString escaped(const QString &value, Escape escape)
{
    switch (escape) {
    case Escape::None: return value;
    case Escape::Html: return value.toHtmlEscaped().replace(u'\'', QStringLiteral("&#39;"));
    case Escape::Header: {
        QString out = value;
        for (QChar &c : out) {
            if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                c = u' ';
        }
        return out;
    }
    }
    return value;
}

Status render(const std::vector<Node> &nodes, QList<QJsonValue> &contexts, Escape escape, QString &out)
{
    for (const Node &n : nodes) {
        switch (n.kind) {
        case Node::Kind::Text: out += n.text; break;
        case Node::Kind::Value: {
            const std::optional<QJsonValue> v = lookup(contexts, n.text);
            if (!v || v->isNull() || v->isUndefined())
                return fail(templateError(n.line, QStringLiteral("{{%1}} has no value").arg(n.text)));
            if (v->isString())
                out += escaped(v->toString(), escape);
            else if (v->isDouble())
                out += v->toDouble() == double(v->toInteger()) ? QString::number(v->toInteger()) : QString::number(v->toDouble());
            else if (v->isBool())
                out += v->toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else
                return fail(templateError(n.line, QStringLiteral("{{%1}} is a list or an object, not a value").arg(n.text)));
            break;
        }
        case Node::Kind::Inverted:
            if (!truthy(lookup(contexts, n.text))) {
                if (auto ok = render(n.children, contexts, escape, out); !ok)
                    return ok;
            }
            break;
        case Node::Kind::Section: {
            const std::optional<QJsonValue> v = lookup(contexts, n.text);
            if (!truthy(v))
                break;
            const QJsonArray items = v->isArray() ? v->toArray() : QJsonArray{*v};
            for (const QJsonValue &item : items) {
                contexts.append(item);
                auto ok = render(n.children, contexts, escape, out);
                contexts.removeLast();
                if (!ok)
                    return ok;
            }
            break;
        }
        }
    }
    return {};
}

QString groupDigits(const QString &digits, const QString &separator, int minimumGrouping)
{
    if (digits.size() < 3 + minimumGrouping)
        return digits;
    QString out;
    const qsizetype first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
    out += digits.left(first);
    for (qsizetype i = first; i < digits.size(); i += 3)
        out += separator + digits.mid(i, 3);
    return out;
}

QString symbolOf(const QString &currency)
{
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"JPY")
        return QStringLiteral("¥");
    return {};
}

QByteArray encodedHeader(const QString &value)
{
    bool ascii = true;
    for (QChar c : value)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return value.toLatin1();
    // RFC 2047 encoded words of at most 75 characters, split between characters (never inside one).
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        qsizetype n = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray piece = value.mid(i, n).toUtf8();
        i += n - 1;
        if ((chunk.size() + piece.size() + 2) / 3 * 4 > 60)
            flush();
        chunk += piece;
    }
    flush();
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray crlf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');
    bytes.replace("\n", "\r\n");
    return bytes;
}
} // namespace

const QStringList &mailLanguages()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                       QStringLiteral("es")};
    return languages;
}

QString chooseMailLanguage(const QString &preferred, const QString &shopDefault)
{
    const auto primary = [](const QString &tag) { return tag.trimmed().toLower().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0); };
    if (const QString p = primary(preferred); mailLanguages().contains(p))
        return p;
    if (const QString s = primary(shopDefault); mailLanguages().contains(s))
        return s;
    return mailLanguages().first();
}

const QStringList &mailTemplateNames()
{
    static const QStringList names{QStringLiteral("order_confirmation"), QStringLiteral("shipment_sent"),
                                   QStringLiteral("order_delivered"),   QStringLiteral("refund_issued"),
                                   QStringLiteral("order_cancelled"),   QStringLiteral("checkout_cancelled")};
    return names;
}

std::optional<QString> mailTemplateFor(const QString &eventType, const QJsonObject &payload)
{
    if (eventType == u"OrderConfirmationRequested")
        return QStringLiteral("order_confirmation");
    if (eventType == u"ShipmentShipped")
        return QStringLiteral("shipment_sent");
    if (eventType == u"OrderDelivered")
        return QStringLiteral("order_delivered");
    if (eventType == u"RefundIssued")
        return QStringLiteral("refund_issued");
    if (eventType == u"OrderCancelled")
        return QStringLiteral("order_cancelled");
    if (eventType == u"CheckoutFailed") {
        const QString step = payload.value(QStringLiteral("step")).toString();
        if (step.isEmpty() || step == u"reserve_inventory")
            return std::nullopt;
        return QStringLiteral("checkout_cancelled");
    }
    return std::nullopt;
}

QString formatMoneyFor(const Money &money, const QString &language)
{
    const QString plain = formatMajorUnits(money);
    const bool negative = plain.startsWith(u'-');
    const QString digits = negative ? plain.mid(1) : plain;
    const QString whole = digits.section(u'.', 0, 0);
    const QString fraction = digits.contains(u'.') ? digits.section(u'.', 1) : QString();
    const QString symbol = symbolOf(money.currency);
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (language == u"de" || language == u"fr" || language == u"es") {
        const QString group = language == u"de" ? QStringLiteral(".")
            : language == u"fr"                 ? QStringLiteral("\u202f")
                                                : QStringLiteral(".");
        const QString number = groupDigits(whole, group, language == u"es" ? 2 : 1)
            + (fraction.isEmpty() ? QString() : u',' + fraction);
        return sign + number + QStringLiteral("\u00a0") + (symbol.isEmpty() ? money.currency : symbol);
    }
    const QString number = groupDigits(whole, QStringLiteral(","), 1) + (fraction.isEmpty() ? QString() : u'.' + fraction);
    return sign + (symbol.isEmpty() ? money.currency + QStringLiteral("\u00a0") : symbol) + number;
}

QString formatDateFor(const QDate &date, const QString &language)
{
    static const QStringList en{u"January"_qs, u"February"_qs, u"March"_qs,     u"April"_qs,   u"May"_qs,      u"June"_qs,
                                u"July"_qs,    u"August"_qs,   u"September"_qs, u"October"_qs, u"November"_qs, u"December"_qs};
    static const QStringList de{u"Januar"_qs, u"Februar"_qs, u"März"_qs,      u"April"_qs,   u"Mai"_qs,      u"Juni"_qs,
                                u"Juli"_qs,   u"August"_qs,  u"September"_qs, u"Oktober"_qs, u"November"_qs, u"Dezember"_qs};
    static const QStringList fr{u"janvier"_qs, u"février"_qs, u"mars"_qs,      u"avril"_qs,   u"mai"_qs,      u"juin"_qs,
                                u"juillet"_qs, u"août"_qs,    u"septembre"_qs, u"octobre"_qs, u"novembre"_qs, u"décembre"_qs};
    static const QStringList es{u"enero"_qs, u"febrero"_qs, u"marzo"_qs,      u"abril"_qs,   u"mayo"_qs,      u"junio"_qs,
                                u"julio"_qs, u"agosto"_qs,  u"septiembre"_qs, u"octubre"_qs, u"noviembre"_qs, u"diciembre"_qs};
    if (!date.isValid())
        return {};
    const int m = date.month() - 1;
    const QString day = QString::number(date.day());
    const QString year = QString::number(date.year());
    if (language == u"de")
        return day + QStringLiteral(". ") + de[m] + u' ' + year;
    if (language == u"fr")
        return (date.day() == 1 ? QStringLiteral("1er") : day) + u' ' + fr[m] + u' ' + year;
    if (language == u"es")
        return day + QStringLiteral(" de ") + es[m] + QStringLiteral(" de ") + year;
    return day + u' ' + en[m] + u' ' + year;
}

Result<QString> renderTemplate(const QString &text, const QJsonObject &context, Escape escape)
{
    auto nodes = parse(text);
    if (!nodes)
        return fail(nodes.error());
    QList<QJsonValue> contexts{context};
    QString out;
    if (auto ok = render(*nodes, contexts, escape, out); !ok)
        return fail(ok.error());
    return out;
}

Result<MailTemplate> parseMailTemplate(const QString &file)
{
    MailTemplate t;
    enum class Part { Head, Text, Html } part = Part::Head;
    QStringList text;
    QStringList html;
    const QStringList lines = QString(file).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed() == u"--- text" && part == Part::Head) {
            part = Part::Text;
            continue;
        }
        if (line.trimmed() == u"--- html" && part == Part::Text) {
            part = Part::Html;
            continue;
        }
        switch (part) {
        case Part::Head:
            if (line.trimmed().isEmpty() || line.startsWith(u'#'))
                break;
            if (!line.startsWith(QStringLiteral("subject:"), Qt::CaseInsensitive))
                return fail(templateError(int(i + 1), QStringLiteral("expected 'subject:' or '--- text'")));
            t.subject = line.mid(8).trimmed();
            break;
        case Part::Text: text.append(line); break;
        case Part::Html: html.append(line); break;
        }
    }
    if (t.subject.isEmpty())
        return fail(templateError(1, QStringLiteral("the template has no 'subject:' line")));
    if (part == Part::Head)
        return fail(templateError(int(lines.size()), QStringLiteral("the template has no '--- text' part")));
    t.text = text.join(u'\n').trimmed() + u'\n';
    t.html = html.join(u'\n').trimmed();
    if (!t.html.isEmpty())
        t.html += u'\n';
    return t;
}

Result<RenderedMail> renderMail(const MailTemplate &mail, const QJsonObject &context)
{
    RenderedMail out;
    auto subject = renderTemplate(mail.subject, context, Escape::Header);
    if (!subject)
        return fail(subject.error());
    out.subject = subject->simplified();
    auto text = renderTemplate(mail.text, context, Escape::None);
    if (!text)
        return fail(text.error());
    out.text = *text;
    if (!mail.html.isEmpty()) {
        auto html = renderTemplate(mail.html, context, Escape::Html);
        if (!html)
            return fail(html.error());
        out.html = *html;
    }
    return out;
}

QByteArray composeMail(const MailMessage &m)
{
    QByteArray out;
    out += "From: " + encodedHeader(m.from) + "\r\n";
    out += "To: " + encodedHeader(m.to) + "\r\n";
    out += "Subject: " + encodedHeader(m.subject) + "\r\n";
    out += "Date: " + m.date.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "Message-ID: <" + m.messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    const QByteArray textPart = "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(crlf(m.text));
    if (m.html.isEmpty())
        return out + textPart;
    // The boundary cannot occur in base64 (it holds '_' and '=' in a row).
    const QByteArray boundary = "=_backroom_" + m.messageId.toHex().left(24);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + textPart;
    out += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64Lines(crlf(m.html));
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace Backroom::Domain
