// SPDX-License-Identifier: MIT
#include "server/payments/paymentprovider.h"

#include "server/http/httpclient.h"
#include "server/log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace Backroom::Server {

using Domain::CircuitBreaker;
using Kind = PaymentError::Kind;

ProviderCharge ProviderCharge::fromJson(const QJsonObject &json)
{
    ProviderCharge c;
    c.id = json.value(QStringLiteral("id")).toString();
    c.status = json.value(QStringLiteral("status")).toString();
    c.amount = {json.value(QStringLiteral("amount")).toInteger(), json.value(QStringLiteral("currency")).toString()};
    c.amountCaptured = json.value(QStringLiteral("amount_captured")).toInteger();
    c.amountRefunded = json.value(QStringLiteral("amount_refunded")).toInteger();
    const QJsonObject card = json.value(QStringLiteral("card")).toObject();
    c.cardLast4 = card.value(QStringLiteral("last4")).toString();
    c.cardBrand = card.value(QStringLiteral("brand")).toString();
    c.reference = json.value(QStringLiteral("reference")).toString();
    c.idempotencyKey = json.value(QStringLiteral("idempotency_key")).toString();
    c.failureCode = json.value(QStringLiteral("failure_code")).toString();
    c.createdAt = json.value(QStringLiteral("created_at")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("refunds")).toArray()) {
        const QJsonObject r = v.toObject();
        c.refunds.append({r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("amount")).toInteger(),
                          r.value(QStringLiteral("reason")).toString(), r.value(QStringLiteral("created_at")).toString()});
    }
    return c;
}

QJsonObject ProviderCharge::toJson() const
{
    QJsonArray refundList;
    for (const ProviderRefund &r : refunds)
        refundList.append(QJsonObject{{QStringLiteral("id"), r.id},
                                      {QStringLiteral("amount"), r.amount},
                                      {QStringLiteral("reason"), r.reason},
                                      {QStringLiteral("created_at"), r.createdAt}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("amount"), amount.amount},
            {QStringLiteral("currency"), amount.currency},
            {QStringLiteral("amount_captured"), amountCaptured},
            {QStringLiteral("amount_refunded"), amountRefunded},
            {QStringLiteral("card_last4"), cardLast4},
            {QStringLiteral("card_brand"), cardBrand},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("failure_code"), failureCode.isEmpty() ? QJsonValue() : QJsonValue(failureCode)},
            {QStringLiteral("refunds"), refundList},
            {QStringLiteral("created_at"), createdAt}};
}

Domain::Error PaymentError::toError() const
{
    switch (kind) {
    case Kind::Declined:
        return Domain::Error::validation(message, {{QStringLiteral("payment.card_number"), QStringLiteral("was declined")}});
    case Kind::Invalid:
        return Domain::Error::validation(message, fields);
    case Kind::Conflict:
        return Domain::Error::conflict(message);
    case Kind::NotFound:
        return Domain::Error::notFound(message);
    case Kind::CircuitOpen:
    case Kind::Unavailable:
        break;
    }
    return Domain::Error::unavailable(message);
}

PaymentProvider::PaymentProvider(Options options)
    : m_options(std::move(options))
    , m_breaker(m_options.breaker)
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

PaymentResult<PaymentProvider::Answer> PaymentProvider::call(const char *what, const QByteArray &method,
                                                             const QString &path, const QJsonObject &body,
                                                             const QString &idempotencyKey)
{
    HttpClientRequest request;
    request.method = method;
    request.url = m_options.baseUrl.resolved(QUrl(path));
    request.userAgent = "Backroom-Payments";
    request.timeoutMs = m_options.timeoutMs;
    if (method != "GET")
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!idempotencyKey.isEmpty())
        request.headers.append({"Idempotency-Key", idempotencyKey.toUtf8()});

    PaymentError last;
    int delayMs = m_options.retryDelayMs;
    for (int attempt = 1; attempt <= m_options.maxAttempts; ++attempt) {
        CircuitBreaker::Permit permit;
        {
            const std::lock_guard lock(m_mutex);
            permit = m_breaker.allow(CircuitBreaker::Clock::now());
        }
        if (!permit.allowed) {
            ++m_refused;
            const qint64 retryAfter = std::max<qint64>(1000, permit.retryAfter.count());
            // After a failed attempt of this call the last error says more than "the circuit is open".
            PaymentError refused{Kind::CircuitOpen,
                                 QStringLiteral("The payment provider is failing; calls are paused for %1 ms so it can "
                                                "recover. Try again later.")
                                     .arg(retryAfter),
                                 {}, std::nullopt, retryAfter, false};
            return std::unexpected(attempt == 1 ? refused : last);
        }
        const HttpClientResponse response = httpSend(request);
        const bool failed = response.status == 0 || response.status >= 500 || response.status == 429;
        {
            const std::lock_guard lock(m_mutex);
            if (failed) {
                m_breaker.recordFailure(permit, CircuitBreaker::Clock::now());
                m_lastFailure = response.status == 0
                    ? response.error
                    : QStringLiteral("HTTP %1 %2").arg(response.status).arg(QString::fromUtf8(response.body.left(300)));
                m_lastFailureAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            } else {
                m_breaker.recordSuccess(permit, CircuitBreaker::Clock::now());
            }
        }
        if (!failed) {
            ++m_succeeded;
            const QJsonDocument json = QJsonDocument::fromJson(response.body);
            return Answer{response.status, json.object()};
        }
        ++m_failed;
        const QString detail = response.status == 0 ? response.error : QStringLiteral("HTTP %1").arg(response.status);
        Log::warning("payments.attempt_failed", {{"call", QString::fromLatin1(what)},
                                                 {"attempt", QString::number(attempt)},
                                                 {"idempotency_key", idempotencyKey},
                                                 {"error", detail}});
        last = PaymentError{Kind::Unavailable,
                            QStringLiteral("The payment provider did not answer usefully (%1); whether it acted is "
                                           "unknown until it answers again.")
                                .arg(detail),
                            {}, std::nullopt, 0, response.timedOut};
        if (attempt < m_options.maxAttempts) {
            ++m_retries;
            QThread::msleep(ulong(delayMs));
            delayMs *= 2;
        }
    }
    return std::unexpected(last);
}

PaymentError PaymentProvider::errorFrom(const Answer &answer)
{
    const QString detail = answer.body.value(QStringLiteral("detail")).toString();
    PaymentError e;
    e.message = detail.isEmpty() ? QStringLiteral("The payment provider answered HTTP %1.").arg(answer.status) : detail;
    switch (answer.status) {
    case 402:
        e.kind = Kind::Declined;
        if (answer.body.contains(QStringLiteral("charge")))
            e.charge = ProviderCharge::fromJson(answer.body.value(QStringLiteral("charge")).toObject());
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    case 409:
        e.kind = Kind::Conflict;
        break;
    default:
        e.kind = Kind::Invalid;
        for (const QJsonValue &v : answer.body.value(QStringLiteral("errors")).toArray())
            e.fields.append({v.toObject().value(QStringLiteral("field")).toString(),
                             v.toObject().value(QStringLiteral("message")).toString()});
        break;
    }
    return e;
}

PaymentResult<ProviderCharge> PaymentProvider::chargeFrom(PaymentResult<Answer> answer)
{
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200 && answer->status != 201) {
        PaymentError e = errorFrom(*answer);
        if (e.kind == Kind::Declined)
            ++m_declined;
        return std::unexpected(e);
    }
    return ProviderCharge::fromJson(answer->body);
}

PaymentResult<ProviderCharge> PaymentProvider::charge(const QString &idempotencyKey, const ChargeRequest &request)
{
    QJsonObject body{{QStringLiteral("amount"), request.amount.amount},
                     {QStringLiteral("currency"), request.amount.currency},
                     {QStringLiteral("card_number"), request.cardNumber},
                     {QStringLiteral("capture"), request.capture}};
    if (!request.reference.isEmpty())
        body.insert(QStringLiteral("reference"), request.reference);
    if (!request.description.isEmpty())
        body.insert(QStringLiteral("description"), request.description);
    auto result = chargeFrom(call("charge", "POST", QStringLiteral("/v1/charges"), body, idempotencyKey));
    if (result)
        Log::info("payments.charged", {{"idempotency_key", idempotencyKey},
                                       {"charge", result->id},
                                       {"status", result->status},
                                       {"card_last4", result->cardLast4}});
    else if (result.error().kind == Kind::Declined)
        Log::info("payments.declined", {{"idempotency_key", idempotencyKey},
                                        {"charge", result.error().charge ? result.error().charge->id : QString()}});
    return result;
}

PaymentResult<ProviderCharge> PaymentProvider::capture(const QString &chargeId, const QString &idempotencyKey,
                                                       std::optional<qint64> amount)
{
    QJsonObject body;
    if (amount)
        body.insert(QStringLiteral("amount"), *amount);
    return chargeFrom(call("capture", "POST",
                           QStringLiteral("/v1/charges/%1/capture").arg(QString::fromLatin1(QUrl::toPercentEncoding(chargeId))),
                           body, idempotencyKey));
}

PaymentResult<ProviderCharge> PaymentProvider::cancel(const QString &chargeId, const QString &idempotencyKey)
{
    return chargeFrom(call("cancel", "POST",
                           QStringLiteral("/v1/charges/%1/cancel").arg(QString::fromLatin1(QUrl::toPercentEncoding(chargeId))),
                           {}, idempotencyKey));
}

PaymentResult<ProviderCharge> PaymentProvider::refund(const QString &chargeId, const QString &idempotencyKey,
                                                      std::optional<qint64> amount, const QString &reason)
{
    QJsonObject body;
    if (amount)
        body.insert(QStringLiteral("amount"), *amount);
    if (!reason.isEmpty())
        body.insert(QStringLiteral("reason"), reason);
    auto result = chargeFrom(call("refund", "POST",
                                  QStringLiteral("/v1/charges/%1/refunds").arg(QString::fromLatin1(QUrl::toPercentEncoding(chargeId))),
                                  body, idempotencyKey));
    if (result)
        Log::info("payments.refunded", {{"idempotency_key", idempotencyKey},
                                        {"charge", result->id},
                                        {"amount_refunded", QString::number(result->amountRefunded)}});
    return result;
}

PaymentResult<ProviderCharge> PaymentProvider::find(const QString &chargeId)
{
    return chargeFrom(call("find", "GET",
                           QStringLiteral("/v1/charges/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(chargeId))), {},
                           {}));
}

PaymentResult<std::optional<ProviderCharge>> PaymentProvider::findByIdempotencyKey(const QString &idempotencyKey)
{
    auto answer = call("find_by_key", "GET",
                       QStringLiteral("/v1/charges?idempotency_key=") + QString::fromLatin1(QUrl::toPercentEncoding(idempotencyKey)),
                       {}, {});
    if (!answer)
        return std::unexpected(answer.error());
    if (answer->status != 200)
        return std::unexpected(errorFrom(*answer));
    const QJsonArray items = answer->body.value(QStringLiteral("items")).toArray();
    if (items.isEmpty())
        return std::optional<ProviderCharge>();
    return std::optional(ProviderCharge::fromJson(items.first().toObject()));
}

CircuitBreaker::State PaymentProvider::state() const
{
    const std::lock_guard lock(m_mutex);
    return m_breaker.state(CircuitBreaker::Clock::now());
}

QJsonObject PaymentProvider::statusJson() const
{
    const std::lock_guard lock(m_mutex);
    const auto now = CircuitBreaker::Clock::now();
    const CircuitBreaker::Options &b = m_breaker.options();
    return {
        {QStringLiteral("url"), m_options.baseUrl.toString()},
        {QStringLiteral("state"), Domain::circuitStateName(m_breaker.state(now))},
        {QStringLiteral("recent_failures"), m_breaker.recentFailures(now)},
        {QStringLiteral("open_remaining_ms"), qint64(m_breaker.openRemaining(now).count())},
        {QStringLiteral("times_opened"), qint64(m_breaker.timesOpened())},
        {QStringLiteral("last_failure"), m_lastFailure.isEmpty() ? QJsonValue() : QJsonValue(m_lastFailure)},
        {QStringLiteral("last_failure_at"), m_lastFailureAt.isEmpty() ? QJsonValue() : QJsonValue(m_lastFailureAt)},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("timeout_ms"), m_options.timeoutMs},
                     {QStringLiteral("max_attempts"), m_options.maxAttempts},
                     {QStringLiteral("failure_threshold"), b.failureThreshold},
                     {QStringLiteral("window_ms"), qint64(b.window.count())},
                     {QStringLiteral("open_for_ms"), qint64(b.openFor.count())},
                     {QStringLiteral("half_open_trials"), b.halfOpenTrials}}},
        {QStringLiteral("calls"),
         QJsonObject{{QStringLiteral("answered"), qint64(m_succeeded.load())},
                     {QStringLiteral("declined"), qint64(m_declined.load())},
                     {QStringLiteral("failed_attempts"), qint64(m_failed.load())},
                     {QStringLiteral("retries"), qint64(m_retries.load())},
                     {QStringLiteral("refused_by_circuit"), qint64(m_refused.load())}}},
    };
}

void PaymentProvider::writeMetrics(QByteArray &out) const
{
    CircuitBreaker::State state;
    quint64 opened = 0;
    {
        const std::lock_guard lock(m_mutex);
        state = m_breaker.state(CircuitBreaker::Clock::now());
        opened = m_breaker.timesOpened();
    }
    out += "# HELP backroom_payment_circuit_state The payment provider's circuit breaker: 1 for its current state.\n"
           "# TYPE backroom_payment_circuit_state gauge\n";
    for (const auto s : {CircuitBreaker::State::Closed, CircuitBreaker::State::Open, CircuitBreaker::State::HalfOpen})
        out += "backroom_payment_circuit_state{state=\"" + Domain::circuitStateName(s).toLatin1() + "\"} "
            + (s == state ? "1" : "0") + '\n';
    out += "# HELP backroom_payment_circuit_opened_total Times the payment circuit opened on this instance.\n"
           "# TYPE backroom_payment_circuit_opened_total counter\nbackroom_payment_circuit_opened_total "
        + QByteArray::number(opened) + '\n';
    out += "# HELP backroom_payment_calls_total Payment provider attempts and refusals by outcome.\n"
           "# TYPE backroom_payment_calls_total counter\n";
    out += "backroom_payment_calls_total{outcome=\"answered\"} " + QByteArray::number(m_succeeded.load()) + '\n';
    out += "backroom_payment_calls_total{outcome=\"declined\"} " + QByteArray::number(m_declined.load()) + '\n';
    out += "backroom_payment_calls_total{outcome=\"failed\"} " + QByteArray::number(m_failed.load()) + '\n';
    out += "backroom_payment_calls_total{outcome=\"refused\"} " + QByteArray::number(m_refused.load()) + '\n';
    out += "# TYPE backroom_payment_retries_total counter\nbackroom_payment_retries_total "
        + QByteArray::number(m_retries.load()) + '\n';
}

} // namespace Backroom::Server
