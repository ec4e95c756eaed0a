// SPDX-License-Identifier: MIT
// Webhooks against a real receiver on loopback: signatures, retries after timeouts and 500s with growing
// delays, dead letters, replay, the subscription routes, and the refusal of internal addresses.
#include "tests/server/apitest.h"
#include "tests/server/webhookreceiver.h"

#include "server/events/webhooks.h"

#include <QMessageAuthenticationCode>

using namespace Backroom;
using namespace Backroom::Test;

namespace {

class WebhookTest : public ApiTest {
protected:
    void configure(Server::ServerConfig &config) override
    {
        config.allowPrivateWebhooks = true;
        config.webhookFirstRetryMs = 100;
        config.webhookRetryForMs = 3000;
        config.webhookTimeoutMs = 1000;
    }
    void SetUp() override
    {
        ApiTest::SetUp();
        conn = std::make_unique<Server::PgConnection>(db.conninfo());
        token = adminToken();
    }
    // Registers url for types; returns the subscription (with its secret).
    QJsonObject subscribe(const QString &url, const QStringList &types)
    {
        const auto r = send("POST", "/api/v1/webhooks", token,
                            QJsonObject{{QStringLiteral("url"), url},
                                        {QStringLiteral("event_types"), QJsonArray::fromStringList(types)}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r);
    }
    QJsonArray deliveries(const QString &subscription, const QString &status = {})
    {
        const auto r = get(hookPath(subscription, "/deliveries")
                               + (status.isEmpty() ? QByteArray() : "?status=" + status.toLatin1()),
                           token);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("items")).toArray();
    }
    QJsonArray waitForDeliveries(const QString &subscription, const QString &status, int count)
    {
        const QDeadlineTimer deadline(30000);
        QJsonArray found;
        while (!deadline.hasExpired()) {
            found = deliveries(subscription, status);
            if (found.size() >= count)
                break;
            QThread::msleep(50);
        }
        return found;
    }

    static QByteArray hookPath(const QString &id, const QByteArray &rest = {})
    {
        return "/api/v1/webhooks/" + id.toLatin1() + rest;
    }

    std::unique_ptr<Server::PgConnection> conn;
    QByteArray token;
};

TEST_F(WebhookTest, DeliversSignedEventsOfTheSubscribedTypes)
{
    WebhookReceiver receiver;
    ASSERT_TRUE(receiver.started);
    const QJsonObject hook = subscribe(receiver.url(), {QStringLiteral("StockLevelLow")});
    const QByteArray secret = hook.value(QStringLiteral("secret")).toString().toLatin1();
    ASSERT_TRUE(secret.startsWith("whsec_"));

    commitEvent(*conn, "ThingHappened", "1");
    const qint64 wanted = commitEvent(*conn, "StockLevelLow", "2", R"({"sku":"A-1"})");
    ASSERT_TRUE(receiver.waitUntil([](const auto &all) { return all.size() >= 1; }));
    commitEvent(*conn, "StockLevelLow", "3"); // a later one shows the earlier unwanted type was passed over
    ASSERT_TRUE(receiver.waitUntil([](const auto &all) { return all.size() >= 2; }));

    const WebhookReceiver::Received first = receiver.received().first();
    EXPECT_EQ(first.event, "StockLevelLow");
    EXPECT_EQ(first.eventId, QByteArray::number(wanted));
    const QJsonObject body = QJsonDocument::fromJson(first.body).object();
    EXPECT_EQ(body.value(QStringLiteral("id")).toInteger(), wanted);
    EXPECT_EQ(body.value(QStringLiteral("payload")).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("A-1"));

    // The receiver's check: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">.
    const QList<QByteArray> parts = first.signature.split(',');
    ASSERT_EQ(parts.size(), 2) << first.signature.constData();
    ASSERT_TRUE(parts[0].startsWith("t=") && parts[1].startsWith("v1="));
    const QByteArray t = parts[0].mid(2);
    const QByteArray expected = QMessageAuthenticationCode::hash(t + '.' + first.body, secret, QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(parts[1].mid(3), expected);
    EXPECT_LE(std::abs(t.toLongLong() - QDateTime::currentSecsSinceEpoch()), 300);
    // A tampered body does not verify.
    EXPECT_NE(QMessageAuthenticationCode::hash(t + '.' + first.body + ' ', secret, QCryptographicHash::Sha256).toHex(), expected);

    const QJsonArray log = waitForDeliveries(hook.value(QStringLiteral("id")).toString(), QStringLiteral("delivered"), 2);
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.last().toObject().value(QStringLiteral("attempts")).toInt(), 1);
    EXPECT_EQ(log.last().toObject().value(QStringLiteral("last_status")).toInt(), 200);

    const QByteArray metrics = server->metrics().render();
    EXPECT_TRUE(metrics.contains("backroom_outbox_lag_seconds{consumer=\"webhooks\"}"));
    EXPECT_TRUE(metrics.contains("backroom_outbox_events_processed_total{consumer=\"webhooks\"}"));
    EXPECT_TRUE(metrics.contains("backroom_webhook_attempts_total{outcome=\"delivered\"}"));
    EXPECT_TRUE(metrics.contains("backroom_event_feed_waiting"));
}

TEST_F(WebhookTest, RetriesAfterTimeoutsAndErrorsWithGrowingDelays)
{
    // No answer (the sender times out), then two 500s, then success.
    WebhookReceiver receiver([](int n) { return n == 0 ? 0 : n < 3 ? 500 : 204; });
    const QJsonObject hook = subscribe(receiver.url(), {QStringLiteral("*")});
    const QString id = hook.value(QStringLiteral("id")).toString();
    commitEvent(*conn, "ThingHappened", "1");

    const QJsonArray delivered = waitForDeliveries(id, QStringLiteral("delivered"), 1);
    ASSERT_EQ(delivered.size(), 1);
    const QJsonObject delivery = delivered.first().toObject();
    EXPECT_EQ(delivery.value(QStringLiteral("attempts")).toInt(), 4);
    EXPECT_EQ(delivery.value(QStringLiteral("last_status")).toInt(), 204);
    EXPECT_EQ(receiver.received().size(), 4);
    // The same delivery every time.
    for (const auto &r : receiver.received())
        EXPECT_EQ(r.delivery, delivery.value(QStringLiteral("id")).toString().toLatin1());

    auto attempts = conn->exec("SELECT attempt, status_code, error, retry_delay_ms FROM webhook_attempts "
                               "WHERE delivery_id = $1 ORDER BY attempt",
                               {delivery.value(QStringLiteral("id")).toString().toLatin1()});
    ASSERT_TRUE(attempts.has_value());
    ASSERT_EQ(attempts->rows(), 4);
    EXPECT_TRUE(attempts->isNull(0, 1));
    EXPECT_TRUE(attempts->text(0, 2).contains(QStringLiteral("no answer"))) << attempts->text(0, 2).toStdString();
    EXPECT_EQ(attempts->toInt64(1, 1), 500);
    EXPECT_EQ(attempts->toInt64(2, 1), 500);
    // Each wait is longer than the one before (doubling; the jitter cannot undo that).
    EXPECT_LT(attempts->toInt64(0, 3), attempts->toInt64(1, 3));
    EXPECT_LT(attempts->toInt64(1, 3), attempts->toInt64(2, 3));
    EXPECT_TRUE(attempts->isNull(3, 3));
}

TEST_F(WebhookTest, DeadLettersWhatKeepsFailingAndReplaysOnRequest)
{
    std::atomic<bool> healthy{false};
    WebhookReceiver receiver([&](int) { return healthy.load() ? 200 : 500; });
    const QJsonObject hook = subscribe(receiver.url(), {QStringLiteral("ThingHappened")});
    const QString id = hook.value(QStringLiteral("id")).toString();
    const qint64 event = commitEvent(*conn, "ThingHappened", "1");

    const QJsonArray dead = waitForDeliveries(id, QStringLiteral("dead"), 1);
    ASSERT_EQ(dead.size(), 1);
    const QJsonObject delivery = dead.first().toObject();
    EXPECT_GE(delivery.value(QStringLiteral("attempts")).toInt(), 3);
    EXPECT_EQ(delivery.value(QStringLiteral("last_status")).toInt(), 500);
    const int attemptsWhenDead = int(receiver.received().size());
    EXPECT_EQ(attemptsWhenDead, delivery.value(QStringLiteral("attempts")).toInt());

    // The receiver is fixed; the admin replays the dead delivery.
    healthy = true;
    const auto replay = send("POST", hookPath(id, "/deliveries/" + delivery.value(QStringLiteral("id")).toString().toLatin1() + "/replay"),
                             token);
    ASSERT_EQ(replay.status, 202) << replay.body.constData();
    EXPECT_EQ(jsonOf(replay).value(QStringLiteral("replay_of")).toString(), delivery.value(QStringLiteral("id")).toString());
    ASSERT_TRUE(receiver.waitUntil([&](const auto &all) { return all.size() > attemptsWhenDead; }));
    const auto last = receiver.received().last();
    EXPECT_EQ(last.eventId, QByteArray::number(event)); // same event: the receiver can tell it is a repeat
    EXPECT_NE(last.delivery, delivery.value(QStringLiteral("id")).toString().toLatin1());
    EXPECT_EQ(waitForDeliveries(id, QStringLiteral("delivered"), 1).size(), 1);

    // A time range replays every original delivery in it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto range = send("POST", hookPath(id, "/replay"), token,
                            QJsonObject{{QStringLiteral("from"), now.addSecs(-3600).toString(Qt::ISODate)},
                                        {QStringLiteral("to"), now.addSecs(3600).toString(Qt::ISODate)}});
    ASSERT_EQ(range.status, 202) << range.body.constData();
    EXPECT_EQ(jsonOf(range).value(QStringLiteral("replayed")).toInt(), 1);
    EXPECT_EQ(waitForDeliveries(id, QStringLiteral("delivered"), 2).size(), 2);

    const auto backwards = send("POST", hookPath(id, "/replay"), token,
                                QJsonObject{{QStringLiteral("from"), now.toString(Qt::ISODate)},
                                            {QStringLiteral("to"), now.addSecs(-1).toString(Qt::ISODate)}});
    EXPECT_EQ(backwards.status, 422);
    EXPECT_EQ(firstErrorField(backwards), QStringLiteral("to"));
}

TEST_F(WebhookTest, SubscriptionsAreManagedAndAudited)
{
    const QJsonObject hook = subscribe(QStringLiteral("http://127.0.0.1:9/hook"), {QStringLiteral("ProductUpdated")});
    const QByteArray path = "/api/v1/webhooks/" + hook.value(QStringLiteral("id")).toString().toLatin1();
    auto read = get(path, token);
    ASSERT_EQ(read.status, 200);
    EXPECT_FALSE(jsonOf(read).contains(QStringLiteral("secret"))) << "the secret is shown once, at creation";
    EXPECT_EQ(read.header("ETag"), "\"1\"");

    auto changed = send("PATCH", path, token,
                        QJsonObject{{QStringLiteral("event_types"), QJsonArray{QStringLiteral("ProductCreated")}},
                                    {QStringLiteral("active"), false}},
                        {{"If-Match", "\"1\""}});
    ASSERT_EQ(changed.status, 200) << changed.body.constData();
    EXPECT_EQ(jsonOf(changed).value(QStringLiteral("version")).toInt(), 2);
    EXPECT_FALSE(jsonOf(changed).value(QStringLiteral("active")).toBool());
    EXPECT_FALSE(jsonOf(changed).contains(QStringLiteral("secret")));
    EXPECT_EQ(send("PATCH", path, token, QJsonObject{{QStringLiteral("active"), true}}, {{"If-Match", "\"1\""}}).status, 412);

    auto rotated = send("PATCH", path, token, QJsonObject{{QStringLiteral("rotate_secret"), true}});
    ASSERT_EQ(rotated.status, 200);
    EXPECT_TRUE(jsonOf(rotated).value(QStringLiteral("secret")).toString().startsWith(QStringLiteral("whsec_")));
    EXPECT_NE(jsonOf(rotated).value(QStringLiteral("secret")), hook.value(QStringLiteral("secret")));

    auto unknown = send("PATCH", path, token, QJsonObject{{QStringLiteral("colour"), 1}});
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(firstErrorField(unknown), QStringLiteral("colour"));
    auto badTypes = send("POST", "/api/v1/webhooks", token,
                         QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                                     {QStringLiteral("event_types"), QJsonArray{QStringLiteral("not a type")}}});
    EXPECT_EQ(badTypes.status, 422);
    EXPECT_EQ(firstErrorField(badTypes), QStringLiteral("event_types"));
    auto badScheme = send("POST", "/api/v1/webhooks", token,
                          QJsonObject{{QStringLiteral("url"), QStringLiteral("ftp://example.com/")},
                                      {QStringLiteral("event_types"), QJsonArray{QStringLiteral("*")}}});
    EXPECT_EQ(badScheme.status, 422);
    EXPECT_EQ(firstErrorField(badScheme), QStringLiteral("url"));

    const auto list = get("/api/v1/webhooks", token);
    ASSERT_EQ(list.status, 200);
    EXPECT_EQ(jsonOf(list).value(QStringLiteral("items")).toArray().size(), 1);

    EXPECT_EQ(send("DELETE", path, token).status, 204);
    EXPECT_EQ(get(path, token).status, 404);
    EXPECT_EQ(get(path + "/deliveries", token).status, 404);

    auto audited = conn->exec("SELECT action FROM audit_log WHERE entity_type = 'webhook' ORDER BY id");
    ASSERT_TRUE(audited.has_value());
    QStringList actions;
    for (int i = 0; i < audited->rows(); ++i)
        actions.append(audited->text(i, 0));
    EXPECT_EQ(actions, (QStringList{QStringLiteral("webhook.create"), QStringLiteral("webhook.update"),
                                    QStringLiteral("webhook.update"), QStringLiteral("webhook.delete")}));
    auto secrets = conn->exec("SELECT count(*) FROM audit_log WHERE entity_type = 'webhook' AND "
                              "(before::text LIKE '%whsec_%' OR after::text LIKE '%whsec_%')");
    ASSERT_TRUE(secrets.has_value());
    EXPECT_EQ(secrets->toInt64(0, 0), 0) << "secrets never reach the audit log";
}

class PrivateWebhookTest : public ApiTest {};

TEST_F(PrivateWebhookTest, RefusesInternalAddressesUnlessAllowed)
{
    const QByteArray token = adminToken();
    for (const char *url : {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://10.1.2.3/",
                            "http://192.168.0.10/", "http://172.16.5.4/", "http://169.254.169.254/latest",
                            "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[fe80::1]/", "http://[fd00::1]/",
                            "http://0.0.0.0/", "http://100.64.0.1/"}) {
        const auto r = send("POST", "/api/v1/webhooks", token,
                            QJsonObject{{QStringLiteral("url"), QString::fromLatin1(url)},
                                        {QStringLiteral("event_types"), QJsonArray{QStringLiteral("*")}}});
        EXPECT_EQ(r.status, 422) << url;
        EXPECT_EQ(firstErrorField(r), QStringLiteral("url")) << url;
    }
    // Checked again on each attempt, against the address actually used (a name may resolve elsewhere later).
    const auto attempt = Server::WebhookSender::post(QUrl(QStringLiteral("http://127.0.0.1:9/hook")), {}, "{}", 1000, false);
    EXPECT_EQ(attempt.status, 0);
    EXPECT_TRUE(attempt.error.contains(QStringLiteral("refused"))) << attempt.error.toStdString();
}

TEST(WebhookAddresses, OnlyPublicUnicastAddressesArePublic)
{
    for (const char *address : {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "2606:4700::1111"})
        EXPECT_TRUE(Server::isPublicAddress(QHostAddress(QString::fromLatin1(address)))) << address;
    for (const char *address : {"127.0.0.1", "127.9.9.9", "10.0.0.1", "172.31.255.255", "192.168.1.1", "169.254.1.1",
                                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "192.0.2.1", "::", "::1",
                                "fe80::1", "fc00::1", "fd12::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
                                "64:ff9b::a00:1", "2002:a00:1::1", "2001:db8::1"})
        EXPECT_FALSE(Server::isPublicAddress(QHostAddress(QString::fromLatin1(address)))) << address;
}

} // namespace
