// SPDX-License-Identifier: MIT
// Customer mails: queued from the outbox, sent to a real SMTP server on loopback (SmtpSink) or written to the
// mail-drop folder, retried, listed as failed, retried by an admin, and never sent twice for one event,
// also when the dispatcher stops half-way and delivers events again.
#include "server/events/outbox.h"
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"
#include "tests/server/smtpsink.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QSet>
#include <QThread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor testActor{std::nullopt, QByteArrayLiteral("notifications-test"), QStringLiteral("test")};

QJsonObject gbp(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}

NewOrder newOrder(std::optional<qint64> customer, const QString &email, const QString &name)
{
    NewOrder o;
    o.customerId = customer;
    o.email = email;
    o.customerName = name;
    o.shippingAddress.name = name;
    o.shippingAddress.line1 = QStringLiteral("1 High Street");
    o.shippingAddress.city = QStringLiteral("London");
    o.shippingAddress.country = QStringLiteral("GB");
    const Domain::Money price{1500, QStringLiteral("GBP")};
    o.totals = *Domain::computeTotals({{QStringLiteral("POT-1"), QStringLiteral("Teapot"), 2, price, price, {}, {}}},
                                      QStringLiteral("GB"), QStringLiteral("GBP"), Domain::PricingRules::standard());
    o.paymentReference = QStringLiteral("pi_test");
    return o;
}
} // namespace

class Notifications : public ApiTest {
protected:
    void configure(ServerConfig &config) override
    {
        config.smtpHost = QStringLiteral("127.0.0.1");
        config.smtpPort = sink.port();
        config.smtpFrom = QStringLiteral("Teapot Shop <shop@teapots.test>");
        config.smtpTimeoutMs = 3000;
        config.notificationRetryMs = 100;
        config.notificationAttempts = 3;
        config.shopName = QStringLiteral("Teapot Shop");
        config.shopLanguage = QStringLiteral("fr");
        config.dataDir = dataDir.path();
    }
    void SetUp() override
    {
        ASSERT_NE(sink.port(), 0);
        ApiTest::SetUp();
        conn = std::make_unique<PgConnection>(db.conninfo());
        admin = adminToken();
    }

    // A customer account whose preferences name language (none when empty); returns its id.
    qint64 customerSpeaking(const QString &email, const QString &language)
    {
        const QByteArray token = customer(email);
        const qint64 id = jsonOf(get("/api/v1/me", token)).value(QStringLiteral("id")).toString().toLongLong();
        if (!language.isEmpty()) {
            EXPECT_TRUE(conn->exec("UPDATE users SET preferences = jsonb_build_object('language', $2::text) WHERE id = $1",
                                   {QByteArray::number(id), language.toUtf8()}));
        }
        return id;
    }
    StoredOrder place(const NewOrder &order)
    {
        auto placed = runInTransaction<StoredOrder>(*conn, [&](PgConnection &tx) { return OrderService::createOrder(tx, order, testActor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed.value_or(StoredOrder{});
    }
    // Commits one event as its owner would; returns its outbox id.
    qint64 record(const QString &type, const QString &aggregate, const QString &id, const QJsonObject &payload)
    {
        auto done = runInTransaction<qint64>(*conn, [&](PgConnection &tx) -> PgExpected<qint64> {
            if (auto e = recordEvent(tx, type, aggregate, id, payload, testActor); !e)
                return std::unexpected(e.error());
            auto last = tx.exec("SELECT max(id) FROM outbox WHERE event_type = $1", {type.toUtf8()});
            if (!last)
                return std::unexpected(last.error());
            return last->toInt64(0, 0);
        });
        EXPECT_TRUE(done.has_value()) << (done ? "" : done.error().message.toStdString());
        return done.value_or(0);
    }
    qint64 requestConfirmation(const StoredOrder &order)
    {
        return record(QStringLiteral("OrderConfirmationRequested"), QStringLiteral("order"), QString::number(order.id),
                      {{QStringLiteral("order_id"), QString::number(order.id)},
                       {QStringLiteral("number"), order.number},
                       {QStringLiteral("email"), order.email}});
    }
    QJsonArray list(const QByteArray &query = {})
    {
        const auto r = get("/api/v1/notifications" + query, admin);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("items")).toArray();
    }
    // Polls the list until count notifications have status, or 30 s.
    QJsonArray waitForStatus(const QString &status, int count)
    {
        const QDeadlineTimer deadline(30000);
        QJsonArray found;
        while (!deadline.hasExpired()) {
            found = list("?status=" + status.toUtf8());
            if (found.size() >= count)
                break;
            QThread::msleep(50);
        }
        return found;
    }
    QJsonObject detail(const QString &id)
    {
        const auto r = get("/api/v1/notifications/" + id.toUtf8(), admin);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }
    // Whether the notifications consumer has processed the aggregate up to eventId.
    bool processed(const QString &aggregate, const QString &id, qint64 eventId, int timeoutMs = 30000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            auto r = conn->exec("SELECT GREATEST(COALESCE((SELECT last_event_id FROM outbox_streams WHERE consumer = 'notifications' "
                                "AND aggregate_type = $1 AND aggregate_id = $2), 0), COALESCE((SELECT floor FROM outbox_consumers "
                                "WHERE consumer = 'notifications'), 0))",
                                {aggregate.toUtf8(), id.toUtf8()});
            if (r && r->toInt64(0, 0) >= eventId)
                return true;
            QThread::msleep(50);
        }
        return false;
    }
    qint64 count(const QByteArray &sql)
    {
        auto rows = conn->exec(sql);
        EXPECT_TRUE(rows.has_value());
        return rows ? rows->toInt64(0, 0) : -1;
    }

    SmtpSink sink; // before the server, which is told its port
    QTemporaryDir dataDir;
    std::unique_ptr<PgConnection> conn;
    QByteArray admin;
};

TEST_F(Notifications, SendsTheOrderConfirmationOnceBySmtp)
{
    const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin")));
    requestConfirmation(order);
    ASSERT_TRUE(sink.waitForMessages(1));
    const QJsonArray sent = waitForStatus(QStringLiteral("sent"), 1);
    ASSERT_EQ(sent.size(), 1);
    EXPECT_EQ(sink.messages().size(), 1);

    const SmtpSink::Message mail = sink.messages().first();
    EXPECT_EQ(mail.from, "<shop@teapots.test>");
    EXPECT_EQ(mail.to, "<guest@example.com>");
    const QString id = sent.first().toObject().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(mail.data.contains("Message-ID: <notification-" + id.toUtf8() + '.')) << mail.data.constData();
    EXPECT_TRUE(mail.data.contains("@teapots.test>"));
    EXPECT_TRUE(mail.data.contains("To: guest@example.com\r\n"));

    const QJsonObject one = detail(id);
    EXPECT_EQ(one.value(QStringLiteral("template")).toString(), QStringLiteral("order_confirmation"));
    EXPECT_EQ(one.value(QStringLiteral("transport")).toString(), QStringLiteral("smtp"));
    EXPECT_EQ(one.value(QStringLiteral("order_id")).toString(), QString::number(order.id));
    EXPECT_EQ(one.value(QStringLiteral("attempts")).toInt(), 1);
    // A guest gets the shop's language (fr here), the order's lines and its total as French writes money.
    EXPECT_EQ(one.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
    EXPECT_EQ(one.value(QStringLiteral("subject")).toString(), QStringLiteral("Votre commande %1 est confirmée").arg(order.number));
    const QString text = one.value(QStringLiteral("body_text")).toString();
    EXPECT_TRUE(text.contains(QStringLiteral("Bonjour Robin,"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 × Teapot (POT-1)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(Domain::formatMoneyFor(order.totals.total, QStringLiteral("fr")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Teapot Shop")));
    EXPECT_TRUE(one.value(QStringLiteral("body_html")).toString().contains(QStringLiteral("<h2>Commande ")));

    const QByteArray metrics = server->metrics().render();
    EXPECT_TRUE(metrics.contains("backroom_notification_attempts_total{outcome=\"sent\"}"));
    EXPECT_TRUE(metrics.contains("backroom_outbox_events_processed_total{consumer=\"notifications\"}"));
}

TEST_F(Notifications, WritesInTheCustomersLanguageElseTheShops)
{
    const QStringList languages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es"),
                                QStringLiteral("pt")};
    QMap<QString, StoredOrder> orders;
    for (const QString &language : languages) {
        const QString email = QStringLiteral("buyer-%1@example.com").arg(language);
        orders.insert(language, place(newOrder(customerSpeaking(email, language), email, QStringLiteral("Kim"))));
        requestConfirmation(orders.value(language));
    }
    const QJsonArray sent = waitForStatus(QStringLiteral("sent"), int(languages.size()));
    ASSERT_EQ(sent.size(), languages.size());
    const QMap<QString, QString> subjects{{QStringLiteral("en"), QStringLiteral("Your order %1 is confirmed")},
                                          {QStringLiteral("de"), QStringLiteral("Ihre Bestellung %1 ist bestätigt")},
                                          {QStringLiteral("fr"), QStringLiteral("Votre commande %1 est confirmée")},
                                          {QStringLiteral("es"), QStringLiteral("Su pedido %1 está confirmado")},
                                          // Portuguese has no templates: the shop's default (fr) it is.
                                          {QStringLiteral("pt"), QStringLiteral("Votre commande %1 est confirmée")}};
    for (const QJsonValue &v : sent) {
        const QJsonObject n = detail(v.toObject().value(QStringLiteral("id")).toString());
        const QString asked = n.value(QStringLiteral("recipient")).toString().section(u'-', 1).section(u'@', 0, 0);
        const QString used = asked == u"pt" ? QStringLiteral("fr") : asked;
        const StoredOrder order = orders.value(asked);
        EXPECT_EQ(n.value(QStringLiteral("language")).toString(), used);
        EXPECT_EQ(n.value(QStringLiteral("subject")).toString(), subjects.value(asked).arg(order.number));
        EXPECT_TRUE(n.value(QStringLiteral("body_text")).toString().contains(Domain::formatMoneyFor(order.totals.total, used)))
            << n.value(QStringLiteral("body_text")).toString().toStdString();
    }
    // The subjects are not ASCII in three languages: they travel RFC 2047 encoded.
    ASSERT_TRUE(sink.waitForMessages(int(languages.size())));
    int encoded = 0;
    for (const SmtpSink::Message &m : sink.messages())
        encoded += m.data.contains("Subject: =?UTF-8?B?") ? 1 : 0;
    EXPECT_EQ(encoded, 4); // de, fr, es and pt (as fr); en is plain
}

TEST_F(Notifications, RetriesWhileTheServerIsDownThenListsTheFailureAndRetriesOnRequest)
{
    sink.setRefusing(true);
    const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin")));
    requestConfirmation(order);
    const QJsonArray failed = waitForStatus(QStringLiteral("failed"), 1);
    ASSERT_EQ(failed.size(), 1);
    const QJsonObject f = failed.first().toObject();
    EXPECT_EQ(f.value(QStringLiteral("attempts")).toInt(), 3);
    EXPECT_TRUE(f.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("421")))
        << f.value(QStringLiteral("last_error")).toString().toStdString();
    EXPECT_TRUE(sink.messages().isEmpty());
    EXPECT_TRUE(list("?status=sent").isEmpty());
    EXPECT_EQ(server->metrics().render().contains("backroom_notification_attempts_total{outcome=\"retried\"} 2"), true);

    const QString id = f.value(QStringLiteral("id")).toString();
    const QByteArray retryPath = "/api/v1/notifications/" + id.toUtf8() + "/retry";
    // Only admins see or retry mails.
    const QByteArray someone = customer(QStringLiteral("nosy@example.com"));
    EXPECT_EQ(send("POST", retryPath, someone).status, 403);
    EXPECT_EQ(get("/api/v1/notifications", someone).status, 403);

    sink.setRefusing(false);
    const auto retried = send("POST", retryPath, admin);
    ASSERT_EQ(retried.status, 202) << retried.body.constData();
    EXPECT_EQ(jsonOf(retried).value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_EQ(jsonOf(retried).value(QStringLiteral("attempts")).toInt(), 0);
    ASSERT_TRUE(sink.waitForMessages(1));
    ASSERT_EQ(waitForStatus(QStringLiteral("sent"), 1).size(), 1);
    EXPECT_EQ(sink.messages().size(), 1);
    EXPECT_TRUE(list("?status=failed").isEmpty());

    // A sent mail is not sent again; unknown ids and bad filters say what is wrong.
    const auto again = send("POST", retryPath, admin);
    EXPECT_EQ(again.status, 409) << again.body.constData();
    EXPECT_TRUE(jsonOf(again).value(QStringLiteral("detail")).toString().contains(QStringLiteral("twice")));
    EXPECT_EQ(send("POST", "/api/v1/notifications/999999/retry", admin).status, 404);
    EXPECT_EQ(get("/api/v1/notifications/999999", admin).status, 404);
    EXPECT_EQ(get("/api/v1/notifications/abc", admin).status, 404);
    const auto bad = get("/api/v1/notifications?status=lost", admin);
    EXPECT_EQ(bad.status, 422) << bad.body.constData();
    EXPECT_EQ(firstErrorField(bad), QStringLiteral("status"));
    EXPECT_EQ(get("/api/v1/notifications?limit=0", admin).status, 422);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'notification.retry'"), 1);
}

TEST_F(Notifications, SendsEachEventOnceAcrossADispatcherRestartThatDeliversEventsAgain)
{
    constexpr int orders = 6;
    QList<std::pair<qint64, qint64>> events; // order, event
    for (int i = 0; i < orders; ++i) {
        const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("guest%1@example.com").arg(i), QStringLiteral("Robin")));
        events.append({order.id, requestConfirmation(order)});
    }
    // Stopped mid-way: some mails queued or sent, some events not looked at yet.
    server->stop();
    server.reset();
    // The dispatcher forgets how far the notifications consumer got, as after a crash between apply() and
    // its commit: every event is delivered to it again.
    ASSERT_TRUE(conn->exec("DELETE FROM outbox_streams WHERE consumer = 'notifications'"));
    ASSERT_TRUE(conn->exec("UPDATE outbox_consumers SET floor = 0 WHERE consumer = 'notifications'"));

    ServerConfig config = testConfig(db.conninfo());
    configure(config);
    server = std::make_unique<ServerRuntime>(config);
    ASSERT_TRUE(server->start().has_value());
    ASSERT_EQ(waitForStatus(QStringLiteral("sent"), orders).size(), orders);
    ASSERT_TRUE(sink.waitForMessages(orders));
    for (int i = 0; i < orders; ++i)
        ASSERT_TRUE(processed(QStringLiteral("order"), QString::number(events[i].first), events[i].second)) << i;
    // The restarted dispatcher did see the events again (so the test could have caught a second mail) …
    const QByteArray metrics = server->metrics().render();
    const qsizetype at = metrics.indexOf("backroom_outbox_events_processed_total{consumer=\"notifications\"} ");
    ASSERT_GE(at, 0);
    const qint64 seenAgain = metrics.mid(at).split('\n').first().split(' ').last().toLongLong();
    EXPECT_GE(seenAgain, orders);
    // … and still every event made one mail.
    EXPECT_EQ(count("SELECT count(*) FROM notifications"), orders);
    QSet<QByteArray> recipients;
    for (const SmtpSink::Message &m : sink.messages())
        recipients.insert(m.to);
    EXPECT_EQ(recipients.size(), orders);
    EXPECT_EQ(sink.messages().size(), orders);
}

TEST_F(Notifications, MailsRefundsShipmentsAndUndoneCheckoutsButNotHistory)
{
    const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin")));
    record(QStringLiteral("RefundIssued"), QStringLiteral("refund"), QStringLiteral("31"),
           {{QStringLiteral("id"), QStringLiteral("31")},
            {QStringLiteral("order_id"), QString::number(order.id)},
            {QStringLiteral("amount"), gbp(1395)},
            {QStringLiteral("shipping"), gbp(395)},
            {QStringLiteral("reason"), QStringLiteral("damaged")},
            {QStringLiteral("lines"), QJsonArray{}},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-24T12:00:00Z")}});
    record(QStringLiteral("ShipmentShipped"), QStringLiteral("shipment"), QStringLiteral("7"),
           {{QStringLiteral("id"), QStringLiteral("7")},
            {QStringLiteral("order_id"), QString::number(order.id)},
            {QStringLiteral("carrier"), QStringLiteral("DHL")},
            {QStringLiteral("service"), QStringLiteral("express")},
            {QStringLiteral("tracking_number"), QStringLiteral("JD014600003828")},
            {QStringLiteral("tracking_url"), QStringLiteral("https://track.example/JD014600003828?a=1&b=<2>")},
            {QStringLiteral("warehouse"), QStringLiteral("MAIN")},
            {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("POT-1")}, {QStringLiteral("quantity"), 2}}}},
            {QStringLiteral("at"), QStringLiteral("2026-11-24T12:00:00Z")}});
    // A checkout that failed at the reservation took nothing: no mail. One undone after payment: a mail.
    const QString saga1(32, u'a');
    const QString saga2(32, u'b');
    const qint64 quiet = record(QStringLiteral("CheckoutFailed"), QStringLiteral("saga"), saga1,
                                {{QStringLiteral("saga_id"), saga1}, {QStringLiteral("email"), QStringLiteral("early@example.com")},
                                 {QStringLiteral("amount"), gbp(2000)}, {QStringLiteral("step"), QStringLiteral("reserve_inventory")}});
    record(QStringLiteral("CheckoutFailed"), QStringLiteral("saga"), saga2,
           {{QStringLiteral("saga_id"), saga2}, {QStringLiteral("email"), QStringLiteral("late@example.com")},
            {QStringLiteral("amount"), gbp(2000)}, {QStringLiteral("step"), QStringLiteral("create_order")}});
    // Imported history is delivered already and mails nobody.
    NewOrder old = newOrder(std::nullopt, QStringLiteral("history@example.com"), QStringLiteral("Old"));
    old.sourceReference = QStringLiteral("retail:536365");
    const StoredOrder imported = place(old);
    const qint64 historic = record(QStringLiteral("OrderDelivered"), QStringLiteral("order"), QString::number(imported.id),
                                   {{QStringLiteral("id"), QString::number(imported.id)}});

    const QJsonArray sent = waitForStatus(QStringLiteral("sent"), 3);
    ASSERT_EQ(sent.size(), 3);
    ASSERT_TRUE(processed(QStringLiteral("saga"), saga1, quiet));
    ASSERT_TRUE(processed(QStringLiteral("order"), QString::number(imported.id), historic));
    EXPECT_EQ(count("SELECT count(*) FROM notifications"), 3);
    QMap<QString, QJsonObject> byTemplate;
    for (const QJsonValue &v : sent) {
        const QJsonObject n = detail(v.toObject().value(QStringLiteral("id")).toString());
        byTemplate.insert(n.value(QStringLiteral("template")).toString(), n);
    }
    const QString refund = byTemplate.value(QStringLiteral("refund_issued")).value(QStringLiteral("body_text")).toString();
    EXPECT_TRUE(refund.contains(QStringLiteral("13,95\u00a0£"))) << refund.toStdString();
    EXPECT_TRUE(refund.contains(QStringLiteral("3,95\u00a0£"))) << refund.toStdString();
    const QString shipped = byTemplate.value(QStringLiteral("shipment_sent")).value(QStringLiteral("body_text")).toString();
    EXPECT_TRUE(shipped.contains(QStringLiteral("DHL"))) << shipped.toStdString();
    EXPECT_TRUE(shipped.contains(QStringLiteral("https://track.example/JD014600003828?a=1&b=<2>"))) << shipped.toStdString();
    EXPECT_TRUE(shipped.contains(QStringLiteral("2 × POT-1"))) << shipped.toStdString();
    const QJsonObject undone = byTemplate.value(QStringLiteral("checkout_cancelled"));
    EXPECT_EQ(undone.value(QStringLiteral("recipient")).toString(), QStringLiteral("late@example.com"));
    EXPECT_TRUE(undone.value(QStringLiteral("body_text")).toString().contains(QStringLiteral("20,00\u00a0£")));
}

TEST_F(Notifications, FailsAtOnceWhenTheServerRefusesTheRecipientForGood)
{
    const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("nobody@example.com"), QStringLiteral("Nobody")));
    requestConfirmation(order);
    const QJsonArray failed = waitForStatus(QStringLiteral("failed"), 1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().toObject().value(QStringLiteral("attempts")).toInt(), 1); // a 5xx is not retried
    EXPECT_TRUE(failed.first().toObject().value(QStringLiteral("last_error")).toString().contains(QStringLiteral("550")));
    EXPECT_TRUE(sink.messages().isEmpty());
}

// A password is never sent in the clear, and STARTTLS asked for but not offered sends nothing.
class SmtpSecurity : public Notifications {
protected:
    void configure(ServerConfig &config) override
    {
        Notifications::configure(config);
        config.notificationAttempts = 1;
        config.smtpUser = QStringLiteral("shop");
        config.smtpPassword = "never-in-the-clear";
        config.smtpStartTls = QByteArray(::testing::UnitTest::GetInstance()->current_test_info()->name()).contains("StartTls");
    }
};

TEST_F(SmtpSecurity, KeepsThePasswordOffAConnectionWithoutTls)
{
    requestConfirmation(place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin"))));
    const QJsonArray failed = waitForStatus(QStringLiteral("failed"), 1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().toObject().value(QStringLiteral("last_error")).toString().contains(QStringLiteral("TLS")));
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST_F(SmtpSecurity, SendsNothingWhenStartTlsIsRequiredButNotOffered)
{
    requestConfirmation(place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin"))));
    const QJsonArray failed = waitForStatus(QStringLiteral("failed"), 1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().toObject().value(QStringLiteral("last_error")).toString().contains(QStringLiteral("STARTTLS")));
    EXPECT_TRUE(sink.messages().isEmpty());
}

class MailDrop : public Notifications {
protected:
    void configure(ServerConfig &config) override
    {
        Notifications::configure(config);
        config.smtpHost.clear();
    }
    QStringList dropped() const
    {
        QStringList files;
        QDirIterator it(dataDir.path() + QStringLiteral("/mail-drop"), QDir::Files | QDir::Hidden);
        while (it.hasNext())
            files.append(QFileInfo(it.next()).fileName());
        return files;
    }
};

TEST_F(MailDrop, WritesOneFilePerMailWithoutSmtpAndOverwritesItOnAResend)
{
    const StoredOrder order = place(newOrder(std::nullopt, QStringLiteral("guest@example.com"), QStringLiteral("Robin")));
    requestConfirmation(order);
    const QJsonArray sent = waitForStatus(QStringLiteral("sent"), 1);
    ASSERT_EQ(sent.size(), 1);
    const QString id = sent.first().toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(detail(id).value(QStringLiteral("transport")).toString(), QStringLiteral("mail-drop"));
    const QString name = QStringLiteral("notification-%1.eml").arg(id);
    EXPECT_EQ(dropped(), QStringList{name});
    QFile file(dataDir.path() + QStringLiteral("/mail-drop/") + name);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray first = file.readAll();
    file.close();
    EXPECT_TRUE(first.contains("Message-ID: <notification-" + id.toUtf8() + '.'));
    EXPECT_TRUE(first.contains("To: guest@example.com\r\n"));
    EXPECT_TRUE(sink.messages().isEmpty());

    // As if the sender died after writing and before recording it: the claim ran out, it is sent again.
    ASSERT_TRUE(conn->exec("UPDATE notifications SET status = 'sending', next_attempt_at = now() WHERE id = $1", {id.toUtf8()}));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && detail(id).value(QStringLiteral("attempts")).toInt() < 2)
        QThread::msleep(50);
    ASSERT_EQ(waitForStatus(QStringLiteral("sent"), 1).size(), 1);
    EXPECT_EQ(detail(id).value(QStringLiteral("attempts")).toInt(), 2);
    EXPECT_EQ(dropped(), QStringList{name}); // the same file, no second mail, no temporary left over
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), first);
}

// The whole way: a real checkout against the payments sandbox places, pays and confirms an order, and the
// customer gets exactly one mail for it.
class CheckoutMail : public Notifications {
protected:
    void configure(ServerConfig &config) override
    {
        Notifications::configure(config);
        config.paymentsSandbox = QStringLiteral(BACKROOM_SANDBOX_BINARY);
        config.checkoutWaitMs = 5000;
        config.checkoutRetryMs = 300;
    }
};

TEST_F(CheckoutMail, ACheckoutYieldsExactlyOneConfirmation)
{
    ASSERT_NE(server->paymentsSandbox(), nullptr);
    const auto product = send("POST", "/api/v1/products", admin,
                              QJsonObject{{QStringLiteral("title"), QStringLiteral("Teapot")},
                                          {QStringLiteral("sku"), QStringLiteral("POT-1")},
                                          {QStringLiteral("status"), QStringLiteral("active")},
                                          {QStringLiteral("price"), gbp(1500)}});
    ASSERT_EQ(product.status, 201) << product.body.constData();
    const auto stock = send("POST", "/api/v1/stock/POT-1/adjustments", admin,
                            QJsonObject{{QStringLiteral("warehouse"), QStringLiteral("MAIN")},
                                        {QStringLiteral("delta"), 5},
                                        {QStringLiteral("reason"), QStringLiteral("received")}},
                            {{"Idempotency-Key", "stock-pot-1"}});
    ASSERT_EQ(stock.status, 201) << stock.body.constData();
    const QString cart = jsonOf(send("POST", "/api/v1/carts")).value(QStringLiteral("id")).toString();
    ASSERT_EQ(send("POST", "/api/v1/carts/" + cart.toUtf8() + "/items", {},
                   QJsonObject{{QStringLiteral("sku"), QStringLiteral("POT-1")}, {QStringLiteral("quantity"), 2}})
                  .status,
              200);
    const QJsonObject body{{QStringLiteral("email"), QStringLiteral("buyer@example.com")},
                           {QStringLiteral("shipping_address"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("Robin Buyer")},
                                        {QStringLiteral("line1"), QStringLiteral("1 High Street")},
                                        {QStringLiteral("city"), QStringLiteral("London")},
                                        {QStringLiteral("postal_code"), QStringLiteral("N1 1AA")},
                                        {QStringLiteral("country"), QStringLiteral("GB")}}},
                           {QStringLiteral("payment"), QJsonObject{{QStringLiteral("card_number"), QStringLiteral("4242 4242 4242 4242")}}}};
    const auto checkout = send("POST", "/api/v1/carts/" + cart.toUtf8() + "/checkout", {}, body, {{"Idempotency-Key", "checkout-1"}});
    ASSERT_TRUE(checkout.status == 201 || checkout.status == 202) << checkout.body.constData();

    const QJsonArray sent = waitForStatus(QStringLiteral("sent"), 1);
    ASSERT_EQ(sent.size(), 1);
    const QJsonObject mail = detail(sent.first().toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(mail.value(QStringLiteral("template")).toString(), QStringLiteral("order_confirmation"));
    EXPECT_EQ(mail.value(QStringLiteral("recipient")).toString(), QStringLiteral("buyer@example.com"));
    const QString orderId = mail.value(QStringLiteral("order_id")).toString();
    // Every event of the order and of the saga (OrderPlaced, OrderConfirmed, CheckoutCompleted, …) has been
    // looked at by now, and still there is one mail.
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && count("SELECT count(*) FROM sagas WHERE status <> 'completed'") != 0)
        QThread::msleep(50);
    const qint64 lastOrderEvent = count("SELECT max(id) FROM outbox WHERE aggregate_type = 'order' AND aggregate_id = '" + orderId.toUtf8() + "'");
    ASSERT_TRUE(processed(QStringLiteral("order"), orderId, lastOrderEvent));
    const qint64 lastSagaEvent = count("SELECT max(id) FROM outbox WHERE aggregate_type = 'saga'");
    auto saga = conn->exec("SELECT aggregate_id FROM outbox WHERE id = $1", {QByteArray::number(lastSagaEvent)});
    ASSERT_TRUE(saga && saga->rows() == 1);
    ASSERT_TRUE(processed(QStringLiteral("saga"), saga->text(0, 0), lastSagaEvent));
    EXPECT_EQ(count("SELECT count(*) FROM notifications"), 1);
    ASSERT_TRUE(sink.waitForMessages(1));
    EXPECT_EQ(sink.messages().size(), 1);
    EXPECT_EQ(sink.messages().first().to, "<buyer@example.com>");
}
