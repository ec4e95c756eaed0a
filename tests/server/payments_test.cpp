// SPDX-License-Identifier: MIT
// The payments sandbox as a real process, and the server's provider client against it.

#include "server/payments/paymentprovider.h"
#include "server/payments/sandboxprocess.h"
#include "tests/server/apitest.h"
#include "tests/server/capturedstderr.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>
#include <fcntl.h>
#include <unistd.h>

using namespace Backroom;
using namespace Backroom::Test;
using Server::PaymentError;
using Server::PaymentProvider;
using State = Domain::CircuitBreaker::State;

namespace {

const QString approvedCard = QStringLiteral("4242424242424242");
const QString declinedCard = QStringLiteral("4000000000000002");
const QString errorCard = QStringLiteral("4000000000000119");

QJsonObject chargeBody(const QString &card, qint64 amount = 1299, bool capture = true)
{
    return {{QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("GBP")},
            {QStringLiteral("card_number"), card},
            {QStringLiteral("capture"), capture},
            {QStringLiteral("reference"), QStringLiteral("order-1")}};
}

QString firstErrorFieldOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field")).toString();
}

// The sandbox program on a free loopback port with a journal in a directory of its own.
class SandboxTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
        startSandbox();
    }
    void startSandbox(const QStringList &args = {})
    {
        auto started = sandbox.start(QStringLiteral(BACKROOM_SANDBOX_BINARY), dir.path(), args);
        ASSERT_TRUE(started.has_value()) << started.error().message.toStdString();
    }
    quint16 port() const { return quint16(sandbox.url().port()); }

    RawHttp::Response send(QByteArrayView method, const QByteArray &path, std::optional<QJsonObject> body = std::nullopt,
                           const QByteArray &key = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (body)
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!key.isEmpty())
            headers.append({QByteArrayLiteral("Idempotency-Key"), key});
        auto r = RawHttp::request(port(), method, path, body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray(),
                                  headers);
        EXPECT_TRUE(r.has_value()) << "no answer to " << path.constData();
        return r.value_or(RawHttp::Response{});
    }
    RawHttp::Response post(const QByteArray &path, const QJsonObject &body, const QByteArray &key)
    {
        return send("POST", path, body, key);
    }
    // Every charge the sandbox holds that was created with key.
    QJsonArray chargesWithKey(const QByteArray &key)
    {
        const auto r = send("GET", "/v1/charges?idempotency_key=" + QUrl::toPercentEncoding(QString::fromLatin1(key)));
        EXPECT_EQ(r.status, 200);
        return jsonOf(r).value(QStringLiteral("items")).toArray();
    }
    void setFaults(const QJsonObject &faults)
    {
        const auto r = send("PUT", "/v1/faults", faults);
        ASSERT_EQ(r.status, 200) << r.body.constData();
    }

    QTemporaryDir dir;
    Server::SandboxProcess sandbox;
};

} // namespace

TEST_F(SandboxTest, TestCardsApproveDeclineAndFail)
{
    const auto ok = post("/v1/charges", chargeBody(approvedCard), "k-ok");
    ASSERT_EQ(ok.status, 201) << ok.body.constData();
    const QJsonObject charge = jsonOf(ok);
    EXPECT_TRUE(charge.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("ch_")));
    EXPECT_EQ(charge.value(QStringLiteral("status")).toString(), QStringLiteral("captured"));
    EXPECT_EQ(charge.value(QStringLiteral("amount_captured")).toInteger(), 1299);
    EXPECT_EQ(charge.value(QStringLiteral("card")).toObject().value(QStringLiteral("last4")).toString(), QStringLiteral("4242"));
    EXPECT_FALSE(ok.body.contains(approvedCard.toLatin1()));

    const auto declined = post("/v1/charges", chargeBody(declinedCard), "k-declined");
    EXPECT_EQ(declined.status, 402);
    EXPECT_EQ(declined.header("Content-Type"), "application/problem+json");
    EXPECT_TRUE(jsonOf(declined).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("card-declined")));
    EXPECT_EQ(jsonOf(declined).value(QStringLiteral("charge")).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("declined"));

    const auto failed = post("/v1/charges", chargeBody(errorCard), "k-error");
    EXPECT_EQ(failed.status, 502);
    EXPECT_TRUE(jsonOf(failed).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("processing-error")));
    EXPECT_TRUE(chargesWithKey("k-error").isEmpty()); // nothing charged

    const auto typo = post("/v1/charges", chargeBody(QStringLiteral("4242424242424241")), "k-typo");
    EXPECT_EQ(typo.status, 422);
    EXPECT_EQ(firstErrorFieldOf(typo), QStringLiteral("card_number"));
    QJsonObject unknown = chargeBody(approvedCard);
    unknown.insert(QStringLiteral("cvc"), QStringLiteral("123"));
    const auto extra = post("/v1/charges", unknown, "k-extra");
    EXPECT_EQ(extra.status, 422);
    EXPECT_EQ(firstErrorFieldOf(extra), QStringLiteral("cvc"));
    EXPECT_EQ(post("/v1/charges", chargeBody(approvedCard, 0), "k-zero").status, 422);
    EXPECT_EQ(send("GET", "/v1/charges/ch_nothing").status, 404);
}

TEST_F(SandboxTest, TheSameKeyReplaysAndAnotherBodyIsRefused)
{
    const auto first = post("/v1/charges", chargeBody(approvedCard), "same-key");
    ASSERT_EQ(first.status, 201);
    const auto again = post("/v1/charges", chargeBody(approvedCard), "same-key");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(again.body, first.body);
    EXPECT_EQ(again.header("Idempotent-Replayed"), "true");
    const auto other = post("/v1/charges", chargeBody(approvedCard, 1300), "same-key");
    EXPECT_EQ(other.status, 422);
    EXPECT_TRUE(jsonOf(other).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("idempotency-key-reused")));
    EXPECT_EQ(chargesWithKey("same-key").size(), 1);
    const auto noKey = post("/v1/charges", chargeBody(approvedCard), {});
    EXPECT_EQ(noKey.status, 428);
    // A declined charge is an answer too: replayed, not declined a second time.
    const auto declined = post("/v1/charges", chargeBody(declinedCard), "declined-key");
    const auto declinedAgain = post("/v1/charges", chargeBody(declinedCard), "declined-key");
    EXPECT_EQ(declinedAgain.status, 402);
    EXPECT_EQ(jsonOf(declinedAgain).value(QStringLiteral("charge")), jsonOf(declined).value(QStringLiteral("charge")));
    EXPECT_EQ(chargesWithKey("declined-key").size(), 1);
}

TEST_F(SandboxTest, KeysAndChargesSurviveAKilledSandbox)
{
    const auto first = post("/v1/charges", chargeBody(approvedCard), "durable-key");
    ASSERT_EQ(first.status, 201);
    const QString id = jsonOf(first).value(QStringLiteral("id")).toString();
    ASSERT_EQ(post("/v1/charges/" + id.toLatin1() + "/refunds", {{QStringLiteral("amount"), 299}}, "durable-refund").status, 201);
    sandbox.kill(); // no shutdown code runs
    startSandbox();
    const auto again = post("/v1/charges", chargeBody(approvedCard), "durable-key");
    EXPECT_EQ(again.status, 201);
    EXPECT_EQ(jsonOf(again).value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(chargesWithKey("durable-key").size(), 1);
    const auto read = send("GET", "/v1/charges/" + id.toLatin1());
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(jsonOf(read).value(QStringLiteral("amount_refunded")).toInteger(), 299);
    // The journal keeps the last four digits, never the number.
    QFile journal(dir.path() + QStringLiteral("/journal.jsonl"));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    const QByteArray text = journal.readAll();
    EXPECT_TRUE(text.contains("\"last4\":\"4242\""));
    EXPECT_FALSE(text.contains(approvedCard.toLatin1()));
}

TEST_F(SandboxTest, CapturesAndRefundsNeverExceedWhatWasTaken)
{
    const auto authorised = post("/v1/charges", chargeBody(approvedCard, 1000, false), "auth");
    ASSERT_EQ(authorised.status, 201);
    EXPECT_EQ(jsonOf(authorised).value(QStringLiteral("status")).toString(), QStringLiteral("authorized"));
    const QByteArray path = "/v1/charges/" + jsonOf(authorised).value(QStringLiteral("id")).toString().toLatin1();
    EXPECT_EQ(post(path + "/refunds", {}, "refund-too-early").status, 409);
    EXPECT_EQ(post(path + "/capture", {{QStringLiteral("amount"), 1001}}, "capture-too-much").status, 422);
    const auto captured = post(path + "/capture", {{QStringLiteral("amount"), 600}}, "capture");
    ASSERT_EQ(captured.status, 200) << captured.body.constData();
    EXPECT_EQ(jsonOf(captured).value(QStringLiteral("amount_captured")).toInteger(), 600);
    EXPECT_EQ(post(path + "/capture", {}, "capture-again").status, 409);
    EXPECT_EQ(post(path + "/cancel", {}, "cancel-captured").status, 409);

    EXPECT_EQ(post(path + "/refunds", {{QStringLiteral("amount"), 400}}, "refund-1").status, 201);
    const auto tooMuch = post(path + "/refunds", {{QStringLiteral("amount"), 201}}, "refund-2");
    EXPECT_EQ(tooMuch.status, 422);
    EXPECT_EQ(firstErrorFieldOf(tooMuch), QStringLiteral("amount"));
    const auto rest = post(path + "/refunds", {{QStringLiteral("reason"), QStringLiteral("returned")}}, "refund-3");
    ASSERT_EQ(rest.status, 201);
    EXPECT_EQ(jsonOf(rest).value(QStringLiteral("amount_refunded")).toInteger(), 600);
    EXPECT_EQ(jsonOf(rest).value(QStringLiteral("refunds")).toArray().size(), 2);
    EXPECT_EQ(post(path + "/refunds", {}, "refund-4").status, 409);
    // The replay of the first refund is that refund, not a third one.
    EXPECT_EQ(post(path + "/refunds", {{QStringLiteral("amount"), 400}}, "refund-1").status, 201);
    EXPECT_EQ(jsonOf(send("GET", path)).value(QStringLiteral("refunds")).toArray().size(), 2);

    const auto other = post("/v1/charges", chargeBody(approvedCard, 500, false), "auth-2");
    const QByteArray otherPath = "/v1/charges/" + jsonOf(other).value(QStringLiteral("id")).toString().toLatin1();
    const auto cancelled = post(otherPath + "/cancel", {}, "cancel");
    EXPECT_EQ(cancelled.status, 200);
    EXPECT_EQ(jsonOf(cancelled).value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
}

TEST_F(SandboxTest, InjectedFaultsFailWithoutEffectOrNeverAnswer)
{
    setFaults({{QStringLiteral("error_rate"), 1.0}});
    const auto failed = post("/v1/charges", chargeBody(approvedCard), "fault-key");
    EXPECT_EQ(failed.status, 503);
    EXPECT_TRUE(jsonOf(failed).value(QStringLiteral("type")).toString().endsWith(QStringLiteral("sandbox-fault")));
    setFaults({{QStringLiteral("error_rate"), 0}, {QStringLiteral("hang"), true}});
    {
        RawHttp client(port());
        ASSERT_TRUE(client.send("GET /v1/charges HTTP/1.1\r\nHost: sandbox\r\n\r\n"));
        EXPECT_FALSE(client.read(300).has_value());
    }
    setFaults({{QStringLiteral("hang"), false}});
    EXPECT_TRUE(chargesWithKey("fault-key").isEmpty()); // the failed request charged nothing
    const auto bad = send("PUT", "/v1/faults", QJsonObject{{QStringLiteral("error_rate"), 2}});
    EXPECT_EQ(bad.status, 422);
    EXPECT_EQ(firstErrorFieldOf(bad), QStringLiteral("error_rate"));

    // The same faults from the command line.
    sandbox.stop();
    startSandbox({QStringLiteral("--error-rate"), QStringLiteral("1")});
    EXPECT_EQ(post("/v1/charges", chargeBody(approvedCard), "fault-key-2").status, 503);
    EXPECT_EQ(jsonOf(send("GET", "/v1/faults")).value(QStringLiteral("error_rate")).toDouble(), 1.0);
}

namespace {

// The provider client against the real sandbox, with short times so the breaker's cycle is quick.
class PaymentProviderTest : public SandboxTest {
protected:
    std::unique_ptr<PaymentProvider> client(int timeoutMs = 2000, int attempts = 1, int threshold = 3,
                                            int openMs = 300)
    {
        PaymentProvider::Options o;
        o.baseUrl = sandbox.url();
        o.timeoutMs = timeoutMs;
        o.maxAttempts = attempts;
        o.retryDelayMs = 10;
        o.breaker = {threshold, std::chrono::milliseconds(60000), std::chrono::milliseconds(openMs), 1};
        return std::make_unique<PaymentProvider>(o);
    }
    static PaymentProvider::ChargeRequest request(const QString &card, qint64 amount = 1299)
    {
        return {{amount, QStringLiteral("GBP")}, card, true, QStringLiteral("order-9"), {}};
    }
    // Waits (polling, up to 10 s) until the circuit has left the open state.
    static bool waitUntilNotOpen(const PaymentProvider &p)
    {
        const QDeadlineTimer deadline(10000);
        while (p.state() == State::Open && !deadline.hasExpired())
            QThread::msleep(10);
        return p.state() != State::Open;
    }
};

} // namespace

TEST_F(PaymentProviderTest, ChargesCapturesRefundsAndFindsByKey)
{
    auto p = client();
    auto authorised = p->charge(QStringLiteral("saga-1-payment"), {{2500, QStringLiteral("GBP")}, approvedCard, false, QStringLiteral("order-1"), {}});
    ASSERT_TRUE(authorised) << authorised.error().message.toStdString();
    EXPECT_EQ(authorised->status, QStringLiteral("authorized"));
    EXPECT_EQ(authorised->cardLast4, QStringLiteral("4242"));
    auto captured = p->capture(authorised->id, QStringLiteral("saga-1-capture"));
    ASSERT_TRUE(captured);
    EXPECT_EQ(captured->amountCaptured, 2500);
    auto refunded = p->refund(authorised->id, QStringLiteral("saga-1-refund"), 1000, QStringLiteral("damaged"));
    ASSERT_TRUE(refunded);
    EXPECT_EQ(refunded->amountRefunded, 1000);
    ASSERT_EQ(refunded->refunds.size(), 1);
    EXPECT_EQ(refunded->refunds.last().amount, 1000);
    auto tooMuch = p->refund(authorised->id, QStringLiteral("saga-1-refund-2"), 1501);
    ASSERT_FALSE(tooMuch);
    EXPECT_EQ(tooMuch.error().kind, PaymentError::Kind::Invalid);

    auto found = p->findByIdempotencyKey(QStringLiteral("saga-1-payment"));
    ASSERT_TRUE(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->id, authorised->id);
    EXPECT_EQ((*found)->amountRefunded, 1000);
    auto none = p->findByIdempotencyKey(QStringLiteral("never used & odd=key"));
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
    auto missing = p->find(QStringLiteral("ch_missing"));
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, PaymentError::Kind::NotFound);

    auto declined = p->charge(QStringLiteral("saga-2-payment"), request(declinedCard));
    ASSERT_FALSE(declined);
    EXPECT_EQ(declined.error().kind, PaymentError::Kind::Declined);
    ASSERT_TRUE(declined.error().charge.has_value());
    EXPECT_EQ(declined.error().charge->status, QStringLiteral("declined"));
    EXPECT_EQ(p->state(), State::Closed);
}

TEST_F(PaymentProviderTest, DeclinesDoNotOpenTheCircuitButProcessingErrorsDo)
{
    auto p = client(2000, 1, 2);
    for (int i = 0; i < 3; ++i) {
        auto declined = p->charge(QStringLiteral("decline-%1").arg(i), request(declinedCard));
        ASSERT_FALSE(declined);
        EXPECT_EQ(declined.error().kind, PaymentError::Kind::Declined);
    }
    EXPECT_EQ(p->state(), State::Closed);
    for (int i = 0; i < 2; ++i) {
        auto failed = p->charge(QStringLiteral("error-%1").arg(i), request(errorCard));
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.error().kind, PaymentError::Kind::Unavailable);
    }
    EXPECT_EQ(p->state(), State::Open);
}

TEST_F(PaymentProviderTest, LatencyBeyondTheTimeoutFailsAndRetriesNeverChargeTwice)
{
    setFaults({{QStringLiteral("latency_ms"), 600}});
    auto p = client(150, 3, 10);
    auto slow = p->charge(QStringLiteral("slow-key"), request(approvedCard));
    ASSERT_FALSE(slow);
    EXPECT_EQ(slow.error().kind, PaymentError::Kind::Unavailable);
    EXPECT_TRUE(slow.error().timedOut);
    EXPECT_EQ(p->statusJson().value(QStringLiteral("calls")).toObject().value(QStringLiteral("retries")).toInteger(), 2);
    // Three attempts reached the sandbox, which charged once and replayed that charge to the other two.
    setFaults({{QStringLiteral("latency_ms"), 0}});
    const QJsonArray charges = chargesWithKey("slow-key");
    ASSERT_EQ(charges.size(), 1);
    auto found = p->findByIdempotencyKey(QStringLiteral("slow-key"));
    ASSERT_TRUE(found && found->has_value());
    EXPECT_EQ((*found)->id, charges.first().toObject().value(QStringLiteral("id")).toString());
    // The saga's next attempt with its key gets that charge, not a second one.
    auto again = p->charge(QStringLiteral("slow-key"), request(approvedCard));
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(again->id, (*found)->id);
    EXPECT_EQ(chargesWithKey("slow-key").size(), 1);
}

TEST_F(PaymentProviderTest, TheBreakerOpensRefusesTriesHalfOpenAndCloses)
{
    auto p = client(2000, 1, 3, 300);
    setFaults({{QStringLiteral("error_rate"), 1.0}});
    for (int i = 0; i < 3; ++i) {
        auto failed = p->charge(QStringLiteral("cb-%1").arg(i), request(approvedCard));
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.error().kind, PaymentError::Kind::Unavailable);
    }
    ASSERT_EQ(p->state(), State::Open);

    // Open: refused without a call, even though the sandbox would now answer.
    setFaults({{QStringLiteral("error_rate"), 0}});
    auto refused = p->charge(QStringLiteral("cb-refused"), request(approvedCard));
    if (p->state() == State::Open) { // the open time could have passed on a slow machine
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().kind, PaymentError::Kind::CircuitOpen);
        EXPECT_GT(refused.error().retryAfterMs, 0);
        EXPECT_TRUE(chargesWithKey("cb-refused").isEmpty());
    }

    // Half open: a failing trial opens the circuit again.
    setFaults({{QStringLiteral("error_rate"), 1.0}});
    ASSERT_TRUE(waitUntilNotOpen(*p));
    EXPECT_EQ(p->state(), State::HalfOpen);
    EXPECT_FALSE(p->charge(QStringLiteral("cb-trial-1"), request(approvedCard)));
    EXPECT_EQ(p->statusJson().value(QStringLiteral("times_opened")).toInteger(), 2);

    // A succeeding trial closes it.
    setFaults({{QStringLiteral("error_rate"), 0}});
    ASSERT_TRUE(waitUntilNotOpen(*p));
    auto trial = p->charge(QStringLiteral("cb-trial-2"), request(approvedCard));
    ASSERT_TRUE(trial) << trial.error().message.toStdString();
    EXPECT_EQ(p->state(), State::Closed);
    EXPECT_EQ(chargesWithKey("cb-trial-2").size(), 1);
}

namespace {

// A server that starts the sandbox itself, as `backroom-server serve` does.
class PaymentRoutesTest : public ApiTest {
protected:
    void configure(Server::ServerConfig &config) override
    {
        config.paymentsSandbox = QStringLiteral(BACKROOM_SANDBOX_BINARY);
        config.dataDir = dataDir.path();
        config.logLevel = Server::Log::Level::Error; // passed on to the sandbox
    }
    QTemporaryDir dataDir;
};


} // namespace

TEST_F(PaymentRoutesTest, AdminsSeeTheProviderAndMetricsShowTheCircuit)
{
    ASSERT_NE(server->payments(), nullptr);
    ASSERT_NE(server->paymentsSandbox(), nullptr);
    const auto status = get("/api/v1/payments/provider", adminToken());
    ASSERT_EQ(status.status, 200) << status.body.constData();
    const QJsonObject json = jsonOf(status);
    EXPECT_TRUE(json.value(QStringLiteral("configured")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    EXPECT_TRUE(json.value(QStringLiteral("sandbox")).toObject().value(QStringLiteral("running")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("url")).toString(), server->paymentsSandbox()->url().toString());
    EXPECT_EQ(get("/api/v1/payments/provider", customer(QStringLiteral("c@shop.test"))).status, 403);
    EXPECT_EQ(get("/api/v1/payments/provider").status, 401);

    auto charged = server->payments()->charge(QStringLiteral("route-test"), {{100, QStringLiteral("GBP")}, approvedCard, true, {}, {}});
    ASSERT_TRUE(charged) << charged.error().message.toStdString();
    const QByteArray metrics = get("/metrics").body;
    EXPECT_TRUE(metrics.contains("backroom_payment_circuit_state{state=\"closed\"} 1")) << metrics.constData();
    EXPECT_TRUE(metrics.contains("backroom_payment_calls_total{outcome=\"answered\"} 1"));
}

TEST_F(PaymentRoutesTest, CardNumbersNeverReachTheLog)
{
    // A server of its own, started while the log goes to a file, with everything logged; the sandbox it
    // starts writes to the same standard error.
    server->stop();
    CapturedStderr captured;
    Server::ServerConfig config = testConfig(db.conninfo());
    configure(config);
    config.accessLog = true;
    config.paymentsTimeoutMs = 300;
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Debug);
    config.logLevel = Server::Log::Level::Debug;
    Server::ServerRuntime logged(config);
    ASSERT_TRUE(logged.start().has_value());
    Server::PaymentProvider &p = *logged.payments();
    EXPECT_TRUE(p.charge(QStringLiteral("log-ok"), {{100, QStringLiteral("GBP")}, approvedCard, true, {}, {}}));
    EXPECT_FALSE(p.charge(QStringLiteral("log-declined"), {{100, QStringLiteral("GBP")}, declinedCard, true, {}, {}}));
    EXPECT_FALSE(p.charge(QStringLiteral("log-error"), {{100, QStringLiteral("GBP")}, errorCard, true, {}, {}}));
    EXPECT_FALSE(p.charge(QStringLiteral("log-typo"), {{100, QStringLiteral("GBP")}, QStringLiteral("4242424242424241"), true, {}, {}}));
    logged.stop();
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
    const QByteArray log = captured.restore();
    // The log did capture the calls (so the checks below could fail): their keys and last four digits.
    EXPECT_TRUE(log.contains("log-ok")) << log.constData();
    EXPECT_TRUE(log.contains("card_last4=4242")) << log.constData();
    EXPECT_TRUE(log.contains("/v1/charges")) << "the sandbox's access log is missing:\n" << log.constData();
    for (const QString &card : {approvedCard, declinedCard, errorCard, QStringLiteral("4242424242424241")})
        EXPECT_FALSE(log.contains(card.toLatin1())) << card.toStdString() << " is in the log:\n" << log.constData();
}
