// SPDX-License-Identifier: MIT
#include "server/payments/sandbox/paymentsandbox.h"

#include "domain/json.h"
#include "domain/money.h"
#include "domain/paymentcard.h"
#include "server/gateway/idempotency.h"
#include "server/gateway/requestcontext.h"
#include "server/log.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <unistd.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::FieldError;

namespace {

const QString declinedCard = QStringLiteral("4000000000000002");
const QString processingErrorCard = QStringLiteral("4000000000000119");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString newId(const char *prefix)
{
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toHex());
}

QString brandOf(QStringView digits)
{
    if (digits.startsWith(u'4'))
        return QStringLiteral("visa");
    if (digits.startsWith(u'5') || digits.startsWith(u'2'))
        return QStringLiteral("mastercard");
    if (digits.startsWith(u"34") || digits.startsWith(u"37"))
        return QStringLiteral("amex");
    return QStringLiteral("unknown");
}

HttpResponse invalid(QList<FieldError> fields)
{
    return HttpResponse::fromError(Error::validation(
        QStringLiteral("The request has invalid fields; correct them and send it again (with a new Idempotency-Key "
                       "if the body changes)."),
        std::move(fields)));
}

// An optional whole amount from 1 to limit; field error otherwise.
std::optional<FieldError> checkAmount(const QJsonValue &value, qint64 limit, const QString &what)
{
    const auto amount = Domain::jsonInteger(value);
    if (!amount || *amount < 1 || *amount > limit)
        return FieldError{QStringLiteral("amount"), QStringLiteral("must be a whole number of minor units from 1 to %1 (%2)")
                                                        .arg(limit)
                                                        .arg(what)};
    return std::nullopt;
}

std::optional<FieldError> checkText(const QJsonObject &body, const QString &field, int maxLength)
{
    const QJsonValue v = body.value(field);
    if (!v.isUndefined() && !v.isNull() && (!v.isString() || v.toString().size() > maxLength))
        return FieldError{field, QStringLiteral("must be a string of at most %1 characters").arg(maxLength)};
    return std::nullopt;
}

HttpResponse chargeResponse(int status, const QJsonObject &charge)
{
    HttpResponse r = HttpResponse::json(status, charge);
    r.setHeader("Location", "/v1/charges/" + charge.value(QStringLiteral("id")).toString().toLatin1());
    return r;
}

HttpResponse noSuchCharge(const QString &id)
{
    return HttpResponse::problem(404, QStringLiteral("no-such-charge"),
                                 QStringLiteral("There is no charge %1; check the id the charge was created with.")
                                     .arg(id.left(64)));
}

} // namespace

QJsonObject PaymentSandbox::Faults::toJson() const
{
    return {{QStringLiteral("latency_ms"), latencyMs}, {QStringLiteral("error_rate"), errorRate}, {QStringLiteral("hang"), hang}};
}

PaymentSandbox::PaymentSandbox(QString dataDir, Faults faults, bool syncJournal)
    : m_dataDir(std::move(dataDir))
    , m_sync(syncJournal)
    , m_faults(faults)
{
}

Domain::Status PaymentSandbox::open()
{
    if (!QDir().mkpath(m_dataDir))
        return Domain::fail(Error::internal(QStringLiteral("Cannot create the data directory %1.").arg(m_dataDir)));
    m_journal.setFileName(m_dataDir + QStringLiteral("/journal.jsonl"));
    if (m_journal.exists()) {
        if (!m_journal.open(QIODevice::ReadOnly))
            return Domain::fail(Error::internal(QStringLiteral("Cannot read %1: %2.").arg(m_journal.fileName(), m_journal.errorString())));
        const QList<QByteArray> lines = m_journal.readAll().split('\n');
        m_journal.close();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].isEmpty())
                continue;
            const QJsonDocument entry = QJsonDocument::fromJson(lines[i]);
            if (!entry.isObject()) {
                // A line cut short by a crash while writing is the last one, and was never answered.
                if (i == lines.size() - 1)
                    break;
                return Domain::fail(Error::internal(QStringLiteral("%1 line %2 is not a journal entry; the file is "
                                                                   "damaged.").arg(m_journal.fileName()).arg(i + 1)));
            }
            const QJsonObject charge = entry.object().value(QStringLiteral("charge")).toObject();
            const QString id = charge.value(QStringLiteral("id")).toString();
            if (!m_charges.contains(id))
                m_order.append(id);
            m_charges.insert(id, charge);
            const QJsonObject key = entry.object().value(QStringLiteral("key")).toObject();
            m_keys.insert(key.value(QStringLiteral("key")).toString().toLatin1(),
                          Stored{key.value(QStringLiteral("route")).toString().toLatin1(),
                                 QByteArray::fromHex(key.value(QStringLiteral("hash")).toString().toLatin1()),
                                 key.value(QStringLiteral("status")).toInt(),
                                 key.value(QStringLiteral("content_type")).toString().toLatin1(),
                                 key.value(QStringLiteral("body")).toString().toUtf8(), id});
        }
    }
    if (!m_journal.open(QIODevice::Append))
        return Domain::fail(Error::internal(QStringLiteral("Cannot write %1: %2.").arg(m_journal.fileName(), m_journal.errorString())));
    return {};
}

qsizetype PaymentSandbox::chargeCount() const
{
    const std::lock_guard lock(m_mutex);
    return m_charges.size();
}

bool PaymentSandbox::journal(const QJsonObject &entry)
{
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (m_journal.write(line) != line.size() || !m_journal.flush())
        return false;
    return !m_sync || ::fdatasync(m_journal.handle()) == 0;
}

QJsonObject PaymentSandbox::chargeJson(const QString &id) const
{
    return m_charges.value(id);
}

void PaymentSandbox::answer(RequestContext &context, DeferredReply reply, const std::function<HttpResponse()> &work)
{
    Faults faults;
    {
        const std::lock_guard lock(m_mutex);
        faults = m_faults;
    }
    if (faults.hang) {
        Log::info("sandbox.hanging", {{"request_id", QString::fromLatin1(context.requestId())}});
        return; // the reply goes unanswered; the client times out
    }
    HttpResponse response = faults.errorRate > 0 && QRandomGenerator::global()->generateDouble() < faults.errorRate
        ? HttpResponse::problem(503, QStringLiteral("sandbox-fault"),
                                QStringLiteral("An injected fault (error rate %1): nothing was done. Send the request "
                                               "again; change the faults with PUT /v1/faults.")
                                    .arg(faults.errorRate))
        : work();
    if (faults.latencyMs > 0)
        QTimer::singleShot(faults.latencyMs, [reply, response = std::move(response)] { reply(response); });
    else
        reply(std::move(response));
}

HttpResponse PaymentSandbox::idempotentPost(const QByteArray &route, RequestContext &context,
                                            const std::function<Outcome(const QJsonObject &, const QString &)> &run)
{
    const HttpRequest &request = context.request();
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty())
        return HttpResponse::problem(428, QStringLiteral("idempotency-key-required"),
                                     QStringLiteral("Every POST needs an Idempotency-Key header, so that sending it again "
                                                    "cannot charge twice; send a new one with each new request."));
    if (auto bad = IdempotencyStore::checkKey(key))
        return *bad;
    const QJsonObject body = context.body().object();
    // The body as parsed, so that member order and spacing do not make two requests different.
    const QByteArray hash = IdempotencyStore::requestHash(request.method, request.path,
                                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    const std::lock_guard lock(m_mutex);
    if (const auto stored = m_keys.constFind(key); stored != m_keys.cend()) {
        if (stored->route != route || stored->requestHash != hash)
            return HttpResponse::problem(422, QStringLiteral("idempotency-key-reused"),
                                         QStringLiteral("This Idempotency-Key was used with another request; send a new "
                                                        "key for a new request."));
        HttpResponse replay;
        replay.status = stored->status;
        replay.body = stored->body;
        replay.setHeader("Content-Type", stored->contentType);
        replay.setHeader("Idempotent-Replayed", "true");
        if (!stored->chargeId.isEmpty())
            replay.setHeader("Location", "/v1/charges/" + stored->chargeId.toLatin1());
        return replay;
    }
    Outcome outcome = run(body, QString::fromLatin1(key));
    if (!outcome.changed)
        return outcome.response;
    const QString id = outcome.charge.value(QStringLiteral("id")).toString();
    Stored stored{route, hash, outcome.response.status, outcome.response.header("Content-Type"), outcome.response.body, id};
    const QJsonObject entry{
        {QStringLiteral("charge"), outcome.charge},
        {QStringLiteral("key"),
         QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                     {QStringLiteral("route"), QString::fromLatin1(route)},
                     {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())},
                     {QStringLiteral("status"), stored.status},
                     {QStringLiteral("content_type"), QString::fromLatin1(stored.contentType)},
                     {QStringLiteral("body"), QString::fromUtf8(stored.body)}}},
    };
    // Written before it is answered: an answer the sandbox gave is never forgotten by a restart.
    if (!journal(entry)) {
        Log::error("sandbox.journal_failed", {{"file", m_journal.fileName()}, {"error", m_journal.errorString()}});
        return HttpResponse::problem(503, QStringLiteral("journal-unwritable"),
                                     QStringLiteral("The sandbox could not record this request, so it did nothing; try "
                                                    "again once its disk has room."));
    }
    if (!m_charges.contains(id))
        m_order.append(id);
    m_charges.insert(id, outcome.charge);
    m_keys.insert(key, std::move(stored));
    return outcome.response;
}

PaymentSandbox::Outcome PaymentSandbox::createCharge(const QJsonObject &body, const QString &key)
{
    if (auto allowed = Domain::Json::allowOnly(body, {u"amount", u"currency", u"card_number", u"capture", u"reference",
                                                      u"description"});
        !allowed)
        return {HttpResponse::fromError(allowed.error())};
    QList<FieldError> errors;
    if (auto e = checkAmount(body.value(QStringLiteral("amount")), Domain::maxJsonAmount, QStringLiteral("required")))
        errors.append(*e);
    const QString currency = body.value(QStringLiteral("currency")).toString();
    if (!Domain::isKnownCurrency(currency))
        errors.append({QStringLiteral("currency"), QStringLiteral("must be an ISO 4217 code in upper case, e.g. GBP")});
    QString card;
    if (!body.value(QStringLiteral("card_number")).isString()) {
        errors.append({QStringLiteral("card_number"), QStringLiteral("is required: the card's number as a string")});
    } else if (auto number = Domain::normalizedCardNumber(body.value(QStringLiteral("card_number")).toString())) {
        card = *number;
    } else {
        errors.append(number.error().fields);
    }
    const QJsonValue capture = body.value(QStringLiteral("capture"));
    if (!capture.isUndefined() && !capture.isBool())
        errors.append({QStringLiteral("capture"), QStringLiteral("must be true (charge now) or false (authorise only)")});
    if (auto e = checkText(body, QStringLiteral("reference"), 200))
        errors.append(*e);
    if (auto e = checkText(body, QStringLiteral("description"), 500))
        errors.append(*e);
    if (!errors.isEmpty())
        return {invalid(errors)};
    if (card == processingErrorCard)
        return {HttpResponse::problem(502, QStringLiteral("processing-error"),
                                      QStringLiteral("The card network could not process this charge; nothing was "
                                                     "charged. Try again later."))};

    const qint64 amount = *Domain::jsonInteger(body.value(QStringLiteral("amount")));
    const bool declined = card == declinedCard;
    const bool captureNow = capture.toBool(true);
    const QString at = now();
    QJsonObject charge{
        {QStringLiteral("id"), newId("ch_")},
        {QStringLiteral("object"), QStringLiteral("charge")},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("status"), declined ? QStringLiteral("declined")
                                   : captureNow ? QStringLiteral("captured")
                                                : QStringLiteral("authorized")},
        {QStringLiteral("amount_captured"), !declined && captureNow ? amount : 0},
        {QStringLiteral("amount_refunded"), 0},
        {QStringLiteral("card"), QJsonObject{{QStringLiteral("last4"), Domain::cardLast4(card)},
                                             {QStringLiteral("brand"), brandOf(card)}}},
        {QStringLiteral("reference"), body.value(QStringLiteral("reference")).toString()},
        {QStringLiteral("description"), body.value(QStringLiteral("description")).toString()},
        {QStringLiteral("idempotency_key"), key},
        {QStringLiteral("failure_code"), declined ? QJsonValue(QStringLiteral("card_declined")) : QJsonValue()},
        {QStringLiteral("refunds"), QJsonArray()},
        {QStringLiteral("created_at"), at},
        {QStringLiteral("updated_at"), at},
    };
    if (declined) {
        HttpResponse r = HttpResponse::problem(402, QStringLiteral("card-declined"),
                                               QStringLiteral("The card was declined; ask the customer for another card."));
        QJsonObject problem = QJsonDocument::fromJson(r.body).object();
        problem.insert(QStringLiteral("charge"), charge);
        r.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
        return {r, true, charge};
    }
    return {chargeResponse(201, charge), true, charge};
}

PaymentSandbox::Outcome PaymentSandbox::capture(const QString &id, const QJsonObject &body)
{
    if (auto allowed = Domain::Json::allowOnly(body, {u"amount"}); !allowed)
        return {HttpResponse::fromError(allowed.error())};
    if (!m_charges.contains(id))
        return {noSuchCharge(id)};
    QJsonObject charge = m_charges.value(id);
    if (charge.value(QStringLiteral("status")).toString() != QStringLiteral("authorized"))
        return {HttpResponse::problem(409, QStringLiteral("not-capturable"),
                                      QStringLiteral("Only an authorised charge can be captured; this one is %1.")
                                          .arg(charge.value(QStringLiteral("status")).toString()))};
    const qint64 authorised = charge.value(QStringLiteral("amount")).toInteger();
    qint64 amount = authorised;
    if (body.contains(QStringLiteral("amount"))) {
        if (auto e = checkAmount(body.value(QStringLiteral("amount")), authorised, QStringLiteral("at most the authorised amount")))
            return {invalid({*e})};
        amount = *Domain::jsonInteger(body.value(QStringLiteral("amount")));
    }
    charge.insert(QStringLiteral("status"), QStringLiteral("captured"));
    charge.insert(QStringLiteral("amount_captured"), amount);
    charge.insert(QStringLiteral("updated_at"), now());
    return {chargeResponse(200, charge), true, charge};
}

PaymentSandbox::Outcome PaymentSandbox::cancel(const QString &id, const QJsonObject &body)
{
    if (auto allowed = Domain::Json::allowOnly(body, {}); !allowed)
        return {HttpResponse::fromError(allowed.error())};
    if (!m_charges.contains(id))
        return {noSuchCharge(id)};
    QJsonObject charge = m_charges.value(id);
    if (charge.value(QStringLiteral("status")).toString() != QStringLiteral("authorized"))
        return {HttpResponse::problem(409, QStringLiteral("not-cancellable"),
                                      QStringLiteral("Only an authorised charge can be cancelled; this one is %1 (refund "
                                                     "a captured charge instead).")
                                          .arg(charge.value(QStringLiteral("status")).toString()))};
    charge.insert(QStringLiteral("status"), QStringLiteral("canceled"));
    charge.insert(QStringLiteral("updated_at"), now());
    return {chargeResponse(200, charge), true, charge};
}

PaymentSandbox::Outcome PaymentSandbox::refund(const QString &id, const QJsonObject &body)
{
    if (auto allowed = Domain::Json::allowOnly(body, {u"amount", u"reason"}); !allowed)
        return {HttpResponse::fromError(allowed.error())};
    if (!m_charges.contains(id))
        return {noSuchCharge(id)};
    QJsonObject charge = m_charges.value(id);
    if (charge.value(QStringLiteral("status")).toString() != QStringLiteral("captured"))
        return {HttpResponse::problem(409, QStringLiteral("not-refundable"),
                                      QStringLiteral("Only a captured charge can be refunded; this one is %1.")
                                          .arg(charge.value(QStringLiteral("status")).toString()))};
    const qint64 left = charge.value(QStringLiteral("amount_captured")).toInteger()
        - charge.value(QStringLiteral("amount_refunded")).toInteger();
    if (left <= 0)
        return {HttpResponse::problem(409, QStringLiteral("fully-refunded"),
                                      QStringLiteral("Everything captured on this charge has been refunded already."))};
    qint64 amount = left;
    if (body.contains(QStringLiteral("amount"))) {
        if (auto e = checkAmount(body.value(QStringLiteral("amount")), left,
                                 QStringLiteral("at most what was captured and not yet refunded")))
            return {invalid({*e})};
        amount = *Domain::jsonInteger(body.value(QStringLiteral("amount")));
    }
    if (auto e = checkText(body, QStringLiteral("reason"), 500))
        return {invalid({*e})};
    const QString at = now();
    QJsonArray refunds = charge.value(QStringLiteral("refunds")).toArray();
    refunds.append(QJsonObject{{QStringLiteral("id"), newId("re_")},
                               {QStringLiteral("amount"), amount},
                               {QStringLiteral("reason"), body.value(QStringLiteral("reason")).toString()},
                               {QStringLiteral("created_at"), at}});
    charge.insert(QStringLiteral("refunds"), refunds);
    charge.insert(QStringLiteral("amount_refunded"), charge.value(QStringLiteral("amount_refunded")).toInteger() + amount);
    charge.insert(QStringLiteral("updated_at"), at);
    return {chargeResponse(201, charge), true, charge};
}

void PaymentSandbox::registerOn(Router &router)
{
    using Domain::Permission;
    auto deferred = [](QByteArray method, QByteArray pattern, bool json,
                       std::function<void(RequestContext &, DeferredReply)> run) {
        RouteSpec spec;
        spec.method = std::move(method);
        spec.pattern = std::move(pattern);
        spec.permission = Permission::Public;
        spec.jsonBody = json;
        spec.rateLimits = {};
        spec.deferred = std::move(run);
        return spec;
    };
    router.add({"GET", "/healthz", Permission::Public, false,
                [](RequestContext &) { return HttpResponse::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}}); },
                Execution::IoThread, {}});
    router.add({"GET", "/v1/faults", Permission::Public, false,
                [this](RequestContext &) {
                    const std::lock_guard lock(m_mutex);
                    return HttpResponse::json(200, m_faults.toJson());
                },
                Execution::IoThread, {}});
    router.add({"PUT", "/v1/faults", Permission::Public, true,
                [this](RequestContext &c) {
                    const QJsonObject body = c.body().object();
                    if (auto allowed = Domain::Json::allowOnly(body, {u"latency_ms", u"error_rate", u"hang"}); !allowed)
                        return HttpResponse::fromError(allowed.error());
                    const std::lock_guard lock(m_mutex);
                    Faults faults = m_faults;
                    QList<FieldError> errors;
                    if (body.contains(QStringLiteral("latency_ms"))) {
                        const auto ms = Domain::jsonInteger(body.value(QStringLiteral("latency_ms")));
                        if (!ms || *ms < 0 || *ms > 600000)
                            errors.append({QStringLiteral("latency_ms"), QStringLiteral("must be 0 to 600000")});
                        else
                            faults.latencyMs = int(*ms);
                    }
                    if (body.contains(QStringLiteral("error_rate"))) {
                        const QJsonValue rate = body.value(QStringLiteral("error_rate"));
                        if (!rate.isDouble() || rate.toDouble() < 0 || rate.toDouble() > 1)
                            errors.append({QStringLiteral("error_rate"), QStringLiteral("must be a number from 0 to 1")});
                        else
                            faults.errorRate = rate.toDouble();
                    }
                    if (body.contains(QStringLiteral("hang"))) {
                        if (!body.value(QStringLiteral("hang")).isBool())
                            errors.append({QStringLiteral("hang"), QStringLiteral("must be true or false")});
                        else
                            faults.hang = body.value(QStringLiteral("hang")).toBool();
                    }
                    if (!errors.isEmpty())
                        return invalid(errors);
                    m_faults = faults;
                    Log::info("sandbox.faults", {{"latency_ms", QString::number(faults.latencyMs)},
                                                 {"error_rate", QString::number(faults.errorRate)},
                                                 {"hang", faults.hang ? QStringLiteral("true") : QStringLiteral("false")}});
                    return HttpResponse::json(200, m_faults.toJson());
                },
                Execution::IoThread, {}});

    router.add(deferred("POST", "/v1/charges", true, [this](RequestContext &c, DeferredReply reply) {
        answer(c, std::move(reply), [this, &c] {
            return idempotentPost("POST /v1/charges", c,
                                  [this](const QJsonObject &body, const QString &key) { return createCharge(body, key); });
        });
    }));
    router.add(deferred("GET", "/v1/charges", false, [this](RequestContext &c, DeferredReply reply) {
        answer(c, std::move(reply), [this, &c] {
            const QString key = c.query().queryItemValue(QStringLiteral("idempotency_key"), QUrl::FullyDecoded);
            const QString reference = c.query().queryItemValue(QStringLiteral("reference"), QUrl::FullyDecoded);
            const std::lock_guard lock(m_mutex);
            QJsonArray items;
            for (const QString &id : std::as_const(m_order)) {
                const QJsonObject &charge = m_charges[id];
                if ((key.isEmpty() || charge.value(QStringLiteral("idempotency_key")).toString() == key)
                    && (reference.isEmpty() || charge.value(QStringLiteral("reference")).toString() == reference))
                    items.append(charge);
            }
            return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
        });
    }));
    router.add(deferred("GET", "/v1/charges/{id}", false, [this](RequestContext &c, DeferredReply reply) {
        answer(c, std::move(reply), [this, &c] {
            const std::lock_guard lock(m_mutex);
            const QString id = c.param(QStringLiteral("id"));
            return m_charges.contains(id) ? chargeResponse(200, m_charges.value(id)) : noSuchCharge(id);
        });
    }));
    auto chargeAction = [this, &deferred](QByteArray pattern, Outcome (PaymentSandbox::*action)(const QString &, const QJsonObject &)) {
        const QByteArray route = "POST " + pattern;
        return deferred("POST", pattern, true, [this, route, action](RequestContext &c, DeferredReply reply) {
            answer(c, std::move(reply), [this, &c, route, action] {
                return idempotentPost(route, c, [this, &c, action](const QJsonObject &body, const QString &) {
                    return (this->*action)(c.param(QStringLiteral("id")), body);
                });
            });
        });
    };
    router.add(chargeAction("/v1/charges/{id}/capture", &PaymentSandbox::capture));
    router.add(chargeAction("/v1/charges/{id}/cancel", &PaymentSandbox::cancel));
    router.add(chargeAction("/v1/charges/{id}/refunds", &PaymentSandbox::refund));
}

} // namespace Backroom::Server
