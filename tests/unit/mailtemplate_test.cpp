// SPDX-License-Identifier: MIT
#include "domain/mailtemplate.h"
#include "tests/support/printers.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
QString rendered(const QString &text, const QJsonObject &context, Escape escape = Escape::None)
{
    auto r = renderTemplate(text, context, escape);
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message.toStdString());
    return r.value_or(QString());
}
} // namespace

TEST(MailTemplate, FillsPlaceholdersAndDottedNames)
{
    const QJsonObject context{{QStringLiteral("name"), QStringLiteral("Ann")},
                              {QStringLiteral("count"), 3},
                              {QStringLiteral("order"), QJsonObject{{QStringLiteral("number"), QStringLiteral("BR-0000042")}}}};
    EXPECT_EQ(rendered(QStringLiteral("Hi {{name}}, {{ count }} items in {{order.number}}."), context),
              QStringLiteral("Hi Ann, 3 items in BR-0000042."));
}

TEST(MailTemplate, RepeatsSectionsOverListsAndSkipsFalsyOnes)
{
    const QJsonObject context{{QStringLiteral("lines"),
                               QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("A")}},
                                          QJsonObject{{QStringLiteral("sku"), QStringLiteral("B")}}}},
                              {QStringLiteral("shop"), QStringLiteral("Teapots")},
                              {QStringLiteral("tracking_url"), QString()},
                              {QStringLiteral("none"), QJsonArray{}}};
    // Standalone section lines vanish with their line ends; outer names stay visible inside.
    EXPECT_EQ(rendered(QStringLiteral("Lines:\n{{#lines}}\n- {{sku}} from {{shop}}\n{{/lines}}\nEnd\n"), context),
              QStringLiteral("Lines:\n- A from Teapots\n- B from Teapots\nEnd\n"));
    EXPECT_EQ(rendered(QStringLiteral("[{{#tracking_url}}track: {{.}}{{/tracking_url}}]"), context), QStringLiteral("[]"));
    EXPECT_EQ(rendered(QStringLiteral("[{{^tracking_url}}no tracking{{/tracking_url}}]"), context),
              QStringLiteral("[no tracking]"));
    EXPECT_EQ(rendered(QStringLiteral("[{{^none}}empty{{/none}}{{#missing}}x{{/missing}}]"), context),
              QStringLiteral("[empty]"));
    EXPECT_EQ(rendered(QStringLiteral("[{{#shop}}at {{.}}{{/shop}}]{{! not shown }}"), context), QStringLiteral("[at Teapots]"));
}

TEST(MailTemplate, EscapesHtmlAndKeepsHeadersOnOneLine)
{
    const QJsonObject context{{QStringLiteral("name"), QStringLiteral("<b>Tom & \"Jerry\"</b> O'Neil")},
                              {QStringLiteral("evil"), QStringLiteral("Hi\r\nBcc: all@example.com")}};
    EXPECT_EQ(rendered(QStringLiteral("<p>{{name}}</p>"), context, Escape::Html),
              QStringLiteral("<p>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; O&#39;Neil</p>"));
    EXPECT_EQ(rendered(QStringLiteral("{{name}}"), context), QStringLiteral("<b>Tom & \"Jerry\"</b> O'Neil"));
    const QString subject = rendered(QStringLiteral("Re: {{evil}}"), context, Escape::Header);
    EXPECT_FALSE(subject.contains(u'\n'));
    EXPECT_FALSE(subject.contains(u'\r'));
}

TEST(MailTemplate, RefusesBrokenTemplatesAndMissingValuesNamingTheLine)
{
    const QJsonObject context{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("list"), QJsonArray{1}}};
    for (const char *bad : {"{{#a}}never closed", "line\n{{/a}}", "{{#a}}{{/b}}", "{{a", "{{}}", "{{nope}}", "{{list}}"}) {
        auto r = renderTemplate(QString::fromUtf8(bad), context, Escape::None);
        ASSERT_FALSE(r.has_value()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::Validation) << bad;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("line "))) << r.error().message.toStdString();
    }
    auto second = renderTemplate(QStringLiteral("ok\n{{missing}}"), context, Escape::None);
    ASSERT_FALSE(second.has_value());
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("line 2"))) << second.error().message.toStdString();
}

TEST(MailTemplate, FormatsMoneyPerLanguage)
{
    const Money m{123456, QStringLiteral("GBP")};
    EXPECT_EQ(formatMoneyFor(m, QStringLiteral("en")), QStringLiteral("£1,234.56"));
    EXPECT_EQ(formatMoneyFor(m, QStringLiteral("de")), QStringLiteral("1.234,56\u00a0£"));
    EXPECT_EQ(formatMoneyFor({123456, QStringLiteral("EUR")}, QStringLiteral("fr")), QStringLiteral("1\u202f234,56\u00a0€"));
    EXPECT_EQ(formatMoneyFor({123456, QStringLiteral("EUR")}, QStringLiteral("es")), QStringLiteral("1234,56\u00a0€"));
    EXPECT_EQ(formatMoneyFor({1234567, QStringLiteral("EUR")}, QStringLiteral("es")), QStringLiteral("12.345,67\u00a0€"));
    EXPECT_EQ(formatMoneyFor({-500, QStringLiteral("EUR")}, QStringLiteral("en")), QStringLiteral("-€5.00"));
    EXPECT_EQ(formatMoneyFor({1299, QStringLiteral("JPY")}, QStringLiteral("en")), QStringLiteral("¥1,299"));
    EXPECT_EQ(formatMoneyFor({5, QStringLiteral("CHF")}, QStringLiteral("en")), QStringLiteral("CHF\u00a00.05"));
    EXPECT_EQ(formatMoneyFor({5, QStringLiteral("CHF")}, QStringLiteral("de")), QStringLiteral("0,05\u00a0CHF"));
    EXPECT_EQ(formatMoneyFor({999, QStringLiteral("GBP")}, QStringLiteral("xx")), QStringLiteral("£9.99"));
}

TEST(MailTemplate, WritesDatesPerLanguage)
{
    const QDate d(2026, 11, 24);
    EXPECT_EQ(formatDateFor(d, QStringLiteral("en")), QStringLiteral("24 November 2026"));
    EXPECT_EQ(formatDateFor(d, QStringLiteral("de")), QStringLiteral("24. November 2026"));
    EXPECT_EQ(formatDateFor(QDate(2026, 3, 1), QStringLiteral("fr")), QStringLiteral("1er mars 2026"));
    EXPECT_EQ(formatDateFor(d, QStringLiteral("es")), QStringLiteral("24 de noviembre de 2026"));
}

TEST(MailTemplate, ChoosesTheCustomersLanguageThenTheShopsThenEnglish)
{
    EXPECT_EQ(chooseMailLanguage(QStringLiteral("de-AT"), QStringLiteral("fr")), QStringLiteral("de"));
    EXPECT_EQ(chooseMailLanguage(QStringLiteral("ES"), QStringLiteral("fr")), QStringLiteral("es"));
    EXPECT_EQ(chooseMailLanguage(QStringLiteral("pt_BR"), QStringLiteral("fr")), QStringLiteral("fr"));
    EXPECT_EQ(chooseMailLanguage(QString(), QStringLiteral("it")), QStringLiteral("en"));
}

TEST(MailTemplate, MailsCheckoutFailuresOnlyWhenSomethingWasTaken)
{
    EXPECT_EQ(mailTemplateFor(QStringLiteral("OrderConfirmationRequested"), {}), QStringLiteral("order_confirmation"));
    EXPECT_EQ(mailTemplateFor(QStringLiteral("ShipmentShipped"), {}), QStringLiteral("shipment_sent"));
    EXPECT_EQ(mailTemplateFor(QStringLiteral("RefundIssued"), {}), QStringLiteral("refund_issued"));
    EXPECT_FALSE(mailTemplateFor(QStringLiteral("OrderPlaced"), {}).has_value());
    EXPECT_FALSE(mailTemplateFor(QStringLiteral("CheckoutFailed"), {{QStringLiteral("step"), QStringLiteral("reserve_inventory")}}));
    EXPECT_EQ(mailTemplateFor(QStringLiteral("CheckoutFailed"), {{QStringLiteral("step"), QStringLiteral("create_order")}}),
              QStringLiteral("checkout_cancelled"));
    for (const QString &name : mailTemplateNames())
        EXPECT_FALSE(name.isEmpty());
}

TEST(MailTemplate, ParsesTemplateFilesAndRendersAllParts)
{
    auto t = parseMailTemplate(QStringLiteral("# a comment\nsubject: Order {{n}}\n--- text\nHello {{n}}\n--- html\n<p>{{n}}</p>\n"));
    ASSERT_TRUE(t.has_value()) << t.error().message.toStdString();
    auto mail = renderMail(*t, {{QStringLiteral("n"), QStringLiteral("<1>")}});
    ASSERT_TRUE(mail.has_value());
    EXPECT_EQ(mail->subject, QStringLiteral("Order <1>"));
    EXPECT_EQ(mail->text, QStringLiteral("Hello <1>\n"));
    EXPECT_EQ(mail->html, QStringLiteral("<p>&lt;1&gt;</p>\n"));
    EXPECT_FALSE(parseMailTemplate(QStringLiteral("--- text\nbody")).has_value());
    EXPECT_FALSE(parseMailTemplate(QStringLiteral("subject: x\nbody")).has_value());
    EXPECT_FALSE(parseMailTemplate(QStringLiteral("from: x\n--- text\nbody")).has_value());
}

TEST(MailTemplate, ComposesAMimeMessageThatSurvivesSmtp)
{
    MailMessage m;
    m.from = QStringLiteral("shop@example.com");
    m.to = QStringLiteral("ann@example.com");
    m.subject = QStringLiteral("Ihre Bestellung über 12,00 €");
    m.text = QStringLiteral(".leading dot\nsecond line\n");
    m.html = QStringLiteral("<p>Hallo</p>");
    m.messageId = "notification-7.42@example.com";
    m.date = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC);
    const QByteArray raw = composeMail(m);
    EXPECT_TRUE(raw.contains("Message-ID: <notification-7.42@example.com>\r\n"));
    EXPECT_TRUE(raw.contains("Subject: =?UTF-8?B?"));
    EXPECT_TRUE(raw.contains("multipart/alternative"));
    for (const QByteArray &line : raw.split('\n')) {
        EXPECT_TRUE(line.isEmpty() || line.endsWith('\r')) << line.constData(); // CRLF only
        EXPECT_FALSE(line.startsWith('.'));
        EXPECT_LE(line.size(), 999);
    }
    // The encoded subject decodes back to what was given.
    const qsizetype at = raw.indexOf("=?UTF-8?B?");
    QByteArray decoded;
    for (qsizetype i = at; i >= 0 && i < raw.indexOf("\r\nDate:"); i = raw.indexOf("=?UTF-8?B?", i + 1)) {
        const qsizetype end = raw.indexOf("?=", i + 10);
        decoded += QByteArray::fromBase64(raw.mid(i + 10, end - i - 10));
    }
    EXPECT_EQ(QString::fromUtf8(decoded), m.subject);
    MailMessage plain = m;
    plain.html.clear();
    EXPECT_FALSE(composeMail(plain).contains("multipart"));
}
