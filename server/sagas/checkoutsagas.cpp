// SPDX-License-Identifier: MIT
#include "server/sagas/checkoutsagas.h"

#include "domain/email.h"
#include "domain/json.h"
#include "domain/paymentcard.h"
#include "server/events/outbox.h"
#include "server/http/httpresponse.h"
#include "server/log.h"
#include "server/orders/cartservice.h"
#include "server/payments/paymentprovider.h"
#include "server/routes/paging.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <condition_variable>
#include <csignal>
#include <mutex>

namespace Backroom::Server {

using Domain::Error;
using Domain::SagaStatus;
using Domain::SagaStep;

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The one idempotency key the saga's charge is ever made with, and the one of its refund.
QString chargeKey(const QString &sagaId)
{
    return QStringLiteral("checkout-") + sagaId;
}

QString reservationReference(const QString &sagaId)
{
    return QStringLiteral("checkout:") + sagaId;
}

const AuditActor sagaActor{std::nullopt, QByteArrayLiteral("checkout-saga"), QStringLiteral("backroom-server")};

// The problem a failure answers with, as the gateway would render the error, plus its HTTP status.
QJsonObject failureOf(const Error &error)
{
    const HttpResponse r = HttpResponse::fromError(error);
    QJsonObject problem = QJsonDocument::fromJson(r.body).object();
    problem.insert(QStringLiteral("status"), r.status);
    return problem;
}

QJsonObject failureOf(int status, const QString &slug, const QString &detail, QList<Domain::FieldError> fields = {})
{
    const HttpResponse r = HttpResponse::problem(status, slug, detail, std::move(fields));
    QJsonObject problem = QJsonDocument::fromJson(r.body).object();
    problem.insert(QStringLiteral("status"), r.status);
    return problem;
}

QJsonArray linesJson(const QList<Domain::StockLine> &lines)
{
    QJsonArray a;
    for (const Domain::StockLine &l : lines)
        a.append(QJsonObject{{QStringLiteral("sku"), l.sku}, {QStringLiteral("quantity"), l.quantity}});
    return a;
}

QList<Domain::StockLine> linesOf(const Domain::OrderTotals &totals)
{
    QList<Domain::StockLine> lines;
    for (const Domain::TotalsLine &l : totals.lines)
        lines.append({l.sku, l.quantity});
    return lines;
}

const QByteArray sagaColumns = "id, status, step, cart_id, customer_id, email, shipping_address, lines, amount, currency, "
                               "card_last4, reservation_id, charge_id, order_id, coalesce(failure, '{}'), attempts, "
                               + rfc3339("created_at") + ", " + rfc3339("updated_at") + ", kind, " + rfc3339("next_attempt_at");

SagaRecord sagaFrom(const PgResult &row, int i)
{
    SagaRecord s;
    s.id = row.text(i, 0);
    s.status = Domain::sagaStatusFromName(row.text(i, 1)).value_or(SagaStatus::Failed);
    s.step = Domain::sagaStepFromName(row.text(i, 2)).value_or(SagaStep::ReserveInventory);
    s.cartId = row.text(i, 3);
    if (!row.isNull(i, 4))
        s.customerId = row.toInt64(i, 4);
    s.email = row.text(i, 5);
    s.shippingAddress = QJsonDocument::fromJson(row.text(i, 6).toUtf8()).object();
    for (const QJsonValue &v : QJsonDocument::fromJson(row.text(i, 7).toUtf8()).array())
        s.lines.append({v.toObject().value(QStringLiteral("sku")).toString(),
                        qint64(v.toObject().value(QStringLiteral("quantity")).toDouble())});
    s.amount = {row.toInt64(i, 8), row.text(i, 9)};
    s.cardLast4 = row.text(i, 10);
    if (!row.isNull(i, 11))
        s.reservationId = row.toInt64(i, 11);
    s.chargeId = row.text(i, 12);
    if (!row.isNull(i, 13))
        s.orderId = row.toInt64(i, 13);
    s.failure = QJsonDocument::fromJson(row.text(i, 14).toUtf8()).object();
    s.attempts = int(row.toInt64(i, 15));
    s.createdAt = row.text(i, 16);
    s.updatedAt = row.text(i, 17);
    s.kind = row.text(i, 18);
    s.nextAttemptAt = row.text(i, 19);
    return s;
}

PgExpected<std::optional<SagaRecord>> readSaga(PgConnection &c, const QString &id, bool forUpdate, bool withSteps)
{
    auto row = c.exec("SELECT " + sagaColumns + " FROM sagas WHERE id = $1" + (forUpdate ? " FOR UPDATE" : ""),
                      {id.toUtf8()});
    if (!row)
        return std::unexpected(row.error());
    if (row->rows() == 0)
        return std::optional<SagaRecord>();
    SagaRecord s = sagaFrom(*row, 0);
    if (withSteps) {
        auto steps = c.exec("SELECT step, outcome, detail, " + rfc3339("at") + " FROM saga_steps WHERE saga_id = $1 ORDER BY id",
                            {id.toUtf8()});
        if (!steps)
            return std::unexpected(steps.error());
        for (int i = 0; i < steps->rows(); ++i)
            s.steps.append({steps->text(i, 0), steps->text(i, 1), QJsonDocument::fromJson(steps->text(i, 2).toUtf8()).object(),
                            steps->text(i, 3)});
    }
    return std::optional<SagaRecord>(s);
}

PgExpected<void> addStep(PgConnection &c, const QString &id, const QString &step, const QString &outcome,
                         const QJsonObject &detail = {})
{
    auto r = c.exec("INSERT INTO saga_steps (saga_id, step, outcome, detail) VALUES ($1, $2, $3, $4)",
                    {id.toUtf8(), step.toUtf8(), outcome.toUtf8(), json(detail)});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

// Moves a saga on from `from` (status running): refused as Stale when someone else moved it meanwhile.
PgExpected<void> advance(PgConnection &c, const SagaRecord &saga, SagaStep from, const QString &status, const QString &step)
{
    auto r = c.exec("UPDATE sagas SET status = $3, step = $4 WHERE id = $1 AND status = 'running' AND step = $2",
                    {saga.id.toUtf8(), Domain::sagaStepName(from).toUtf8(), status.toUtf8(), step.toUtf8()});
    if (!r)
        return std::unexpected(r.error());
    if (r->affected() == 0)
        return refuse(Error::stale(QStringLiteral("The saga moved on meanwhile.")));
    return {};
}

QJsonObject sagaEvent(const SagaRecord &saga)
{
    return {{QStringLiteral("saga_id"), saga.id},
            {QStringLiteral("cart_id"), saga.cartId},
            {QStringLiteral("amount"), saga.amount.toJson()}};
}

// The charge the provider captured for the saga, recorded in one transaction: the saga moves past the payment
// with its charge id, PaymentProcessed goes to the outbox, the step's outcome joins the history. Stale when the
// saga moved on meanwhile.
PgExpected<void> recordPayment(PgConnection &t, const SagaRecord &saga, const ProviderCharge &charge, QJsonObject detail = {})
{
    if (auto moved = advance(t, saga, SagaStep::ProcessPayment, QStringLiteral("running"), Domain::sagaStepName(SagaStep::CreateOrder));
        !moved)
        return moved;
    auto r = t.exec("UPDATE sagas SET charge_id = $2, card_last4 = $3 WHERE id = $1",
                    {saga.id.toUtf8(), charge.id.toUtf8(), (charge.cardLast4.isEmpty() ? saga.cardLast4 : charge.cardLast4).toUtf8()});
    if (!r)
        return std::unexpected(r.error());
    QJsonObject event = sagaEvent(saga);
    event.insert(QStringLiteral("charge_id"), charge.id);
    event.insert(QStringLiteral("card_last4"), charge.cardLast4);
    if (auto e = recordEvent(t, QStringLiteral("PaymentProcessed"), QStringLiteral("saga"), saga.id, event, sagaActor); !e)
        return std::unexpected(e.error());
    detail.insert(QStringLiteral("charge_id"), charge.id);
    return addStep(t, saga.id, Domain::sagaStepName(SagaStep::ProcessPayment), QStringLiteral("done"), detail);
}

// Session advisory locks: held while a thread drives a saga, gone with the connection when a server dies.
bool tryLock(PgConnection &c, const QString &id)
{
    auto r = c.exec("SELECT pg_try_advisory_lock(hashtextextended($1, 7411))", {id.toUtf8()});
    return r && r->text(0, 0) == QStringLiteral("t");
}

void unlock(PgConnection &c, const QString &id)
{
    (void)c.exec("SELECT pg_advisory_unlock(hashtextextended($1, 7411))", {id.toUtf8()});
}
} // namespace

QJsonObject SagaRecord::toJson() const
{
    QJsonArray history;
    for (const SagaStepRecord &s : steps)
        history.append(QJsonObject{{QStringLiteral("step"), s.step},
                                   {QStringLiteral("outcome"), s.outcome},
                                   {QStringLiteral("at"), s.at}});
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), Domain::sagaStatusName(status)},
                  {QStringLiteral("step"), Domain::sagaStepName(step)},
                  {QStringLiteral("order_id"), orderId ? QJsonValue(QString::number(*orderId)) : QJsonValue()},
                  {QStringLiteral("amount"), amount.toJson()},
                  {QStringLiteral("card_last4"), cardLast4},
                  {QStringLiteral("steps"), history},
                  {QStringLiteral("created_at"), createdAt},
                  {QStringLiteral("updated_at"), updatedAt}};
    o.insert(QStringLiteral("error"), failure.isEmpty() ? QJsonValue() : QJsonValue(failure));
    return o;
}

QJsonObject SagaRecord::toMonitorJson() const
{
    QJsonObject o = toJson();
    QJsonArray history;
    for (const SagaStepRecord &s : steps)
        history.append(QJsonObject{{QStringLiteral("step"), s.step},
                                   {QStringLiteral("outcome"), s.outcome},
                                   {QStringLiteral("detail"), s.detail},
                                   {QStringLiteral("at"), s.at}});
    o.insert(QStringLiteral("steps"), history);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("cart_id"), cartId);
    o.insert(QStringLiteral("customer_id"), customerId ? QJsonValue(QString::number(*customerId)) : QJsonValue());
    o.insert(QStringLiteral("email"), email);
    o.insert(QStringLiteral("lines"), linesJson(lines));
    o.insert(QStringLiteral("reservation_id"), reservationId ? QJsonValue(QString::number(*reservationId)) : QJsonValue());
    o.insert(QStringLiteral("charge_id"), chargeId.isEmpty() ? QJsonValue() : QJsonValue(chargeId));
    o.insert(QStringLiteral("attempts"), attempts);
    const bool unfinished = status == SagaStatus::Running || status == SagaStatus::Compensating;
    o.insert(QStringLiteral("next_attempt_at"), unfinished ? QJsonValue(nextAttemptAt) : QJsonValue());
    return o;
}

CheckoutSagas::CheckoutSagas(Database &database, PaymentProvider *payments, Options options)
    : m_database(database)
    , m_payments(payments)
    , m_options(std::move(options))
    , m_inventory(database, m_options.inventory)
{
    m_pool.setMaxThreadCount(m_options.threads);
    // Threads keep their database connections (and advisory locks) for life.
    m_pool.setExpiryTimeout(-1);
}

CheckoutSagas::~CheckoutSagas()
{
    stop();
}

void CheckoutSagas::stop()
{
    {
        std::lock_guard lock(m_sweepMutex);
        m_stopping = true;
    }
    m_sweepWake.notify_all();
    if (m_sweeper.joinable())
        m_sweeper.join();
    m_pool.waitForDone();
}

Domain::Result<CheckoutRequest> CheckoutSagas::parseRequest(const QString &cartId, std::optional<qint64> customerId,
                                                            const QJsonObject &body)
{
    if (auto ok = Domain::Json::allowOnly(body, {u"email", u"shipping_address", u"payment"}); !ok)
        return Domain::fail(ok.error());
    CheckoutRequest request;
    request.cartId = cartId;
    request.customerId = customerId;
    QList<Domain::FieldError> errors;
    const QJsonValue email = body.value(QStringLiteral("email"));
    if (auto parsed = Domain::parseEmail(email.isString() ? email.toString() : QString()); !parsed)
        errors.append(parsed.error().fields.isEmpty()
                          ? QList<Domain::FieldError>{{QStringLiteral("email"), QStringLiteral("must be an email address")}}
                          : parsed.error().fields);
    else
        request.email = *parsed;
    const QJsonValue address = body.value(QStringLiteral("shipping_address"));
    if (!address.isObject()) {
        errors.append({QStringLiteral("shipping_address"), QStringLiteral("must be an address object")});
    } else if (auto parsed = Domain::addressFromJson(address.toObject()); !parsed) {
        for (Domain::FieldError f : parsed.error().fields) {
            f.field = QStringLiteral("shipping_address.") + f.field;
            errors.append(f);
        }
        if (parsed.error().fields.isEmpty())
            errors.append({QStringLiteral("shipping_address"), parsed.error().message});
    } else {
        request.shippingAddress = *parsed;
    }
    const QJsonValue payment = body.value(QStringLiteral("payment"));
    if (!payment.isObject()) {
        errors.append({QStringLiteral("payment"), QStringLiteral("must be an object with card_number")});
    } else {
        const QJsonObject p = payment.toObject();
        for (auto it = p.begin(); it != p.end(); ++it)
            if (it.key() != QStringLiteral("card_number"))
                errors.append({QStringLiteral("payment.") + it.key(), QStringLiteral("is not a member of payment")});
        const QJsonValue card = p.value(QStringLiteral("card_number"));
        auto number = Domain::normalizedCardNumber(card.isString() ? card.toString() : QString(),
                                                   QStringLiteral("payment.card_number"));
        if (!number)
            errors.append(number.error().fields.isEmpty()
                              ? QList<Domain::FieldError>{{QStringLiteral("payment.card_number"), number.error().message}}
                              : number.error().fields);
        else
            request.cardNumber = *number;
    }
    if (!errors.isEmpty())
        return Domain::fail(Error::validation(
            QStringLiteral("The checkout is not complete; correct the fields named in 'errors'. Nothing was charged."), errors));
    return request;
}

Domain::Result<SagaRecord> CheckoutSagas::checkout(const CheckoutRequest &request, const AuditActor &actor)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        // Refusals the customer can fix come before anything is reserved or charged.
        auto db = m_database.acquire();
        auto cart = CartService::pricedCart(*db, request.cartId, request.customerId, now, m_options.rules, false);
        if (!cart)
            return Domain::fail(cart.error().error);
        if (!cart->unavailable.isEmpty())
            return Domain::fail(Error::validation(
                QStringLiteral("The cart holds items no longer for sale; remove them, then check out again."),
                {{QStringLiteral("cart"), QStringLiteral("holds %1 no longer for sale").arg(cart->unavailable.first().first)}}));
        if (cart->totals.lines.isEmpty())
            return Domain::fail(Error::validation(QStringLiteral("The cart is empty; add items before checking out."),
                                                  {{QStringLiteral("cart"), QStringLiteral("has no lines")}}));
        if (request.shippingAddress.country != cart->country)
            return Domain::fail(Error::validation(
                QStringLiteral("The cart is priced for shipping to %1; set the cart's country to %2 first (PATCH the "
                               "cart), or ship to %1.")
                    .arg(cart->country, request.shippingAddress.country),
                {{QStringLiteral("shipping_address.country"), QStringLiteral("must be the cart's country, %1").arg(cart->country)}}));
    }
    if (m_stopping)
        return Domain::fail(Error::unavailable(QStringLiteral("The server is shutting down; check out again in a moment.")));

    struct Waiter {
        std::mutex mutex;
        std::condition_variable changed;
        QString id;
        std::optional<Error> error;
        bool finished = false;
    };
    auto waiter = std::make_shared<Waiter>();
    m_pool.start([this, waiter, request, actor] {
        auto db = m_database.acquire();
        const QString id = CartService::newCartId();
        // Locked before it exists: the sweep must never take up a saga whose card is still at hand here.
        if (!tryLock(*db, id)) {
            std::lock_guard lock(waiter->mutex);
            waiter->error = Error::unavailable(QStringLiteral("The database is unavailable; check out again in a moment."));
            waiter->changed.notify_all();
            return;
        }
        auto created = runInTransaction<void>(*db, [&](PgConnection &c) -> PgExpected<void> {
            auto cart = CartService::pricedCart(c, request.cartId, request.customerId, QDateTime::currentDateTimeUtc(),
                                                m_options.rules, true);
            if (!cart)
                return std::unexpected(cart.error());
            if (cart->totals.lines.isEmpty())
                return refuse(Error::validation(QStringLiteral("The cart is empty; add items before checking out."),
                                                {{QStringLiteral("cart"), QStringLiteral("has no lines")}}));
            auto inserted = c.exec("INSERT INTO sagas (id, step, cart_id, customer_id, email, shipping_address, lines, amount, "
                                   "currency, card_last4) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                                   "ON CONFLICT (cart_id) WHERE status IN ('running', 'compensating') DO NOTHING",
                                   {id.toUtf8(), Domain::sagaStepName(SagaStep::ReserveInventory).toUtf8(), request.cartId.toUtf8(),
                                    request.customerId ? std::optional(intParam(*request.customerId)) : std::nullopt,
                                    request.email.toUtf8(), json(request.shippingAddress.toJson()),
                                    QJsonDocument(linesJson(linesOf(cart->totals))).toJson(QJsonDocument::Compact),
                                    intParam(cart->totals.total.amount), cart->totals.total.currency.toUtf8(),
                                    Domain::cardLast4(request.cardNumber).toUtf8()});
            if (!inserted)
                return std::unexpected(inserted.error());
            if (inserted->affected() == 0)
                return refuse(Error::conflict(
                    QStringLiteral("This cart is being checked out already; wait for that checkout to finish.")));
            if (auto audited = AuditLog::record(c, actor, {QStringLiteral("checkout.start"), QStringLiteral("saga"), id, {}, {}});
                !audited)
                return std::unexpected(audited.error());
            return addStep(c, id, QStringLiteral("started"), QStringLiteral("done"),
                           {{QStringLiteral("card_last4"), Domain::cardLast4(request.cardNumber)}});
        });
        if (!created) {
            unlock(*db, id);
            std::lock_guard lock(waiter->mutex);
            waiter->error = created.error();
            waiter->changed.notify_all();
            return;
        }
        {
            std::lock_guard lock(waiter->mutex);
            waiter->id = id;
            waiter->changed.notify_all();
        }
        drive(*db, id, request.cardNumber);
        unlock(*db, id);
        std::lock_guard lock(waiter->mutex);
        waiter->finished = true;
        waiter->changed.notify_all();
    });

    QString id;
    {
        std::unique_lock lock(waiter->mutex);
        // Creating the saga is a short transaction; the bound only guards against a pool that never gets to it.
        if (!waiter->changed.wait_for(lock, std::chrono::seconds(60), [&] { return !waiter->id.isEmpty() || waiter->error; }))
            return Domain::fail(Error::unavailable(QStringLiteral("The server is too busy to check out now; try again.")));
        if (waiter->error)
            return Domain::fail(*waiter->error);
        waiter->changed.wait_for(lock, std::chrono::milliseconds(m_options.waitMs), [&] { return waiter->finished; });
        id = waiter->id;
    }
    return saga(id);
}

Domain::Result<SagaRecord> CheckoutSagas::saga(const QString &id) const
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{32}$"));
    const auto notFound = Error::notFound(QStringLiteral("There is no such checkout; check the id from the checkout's answer."));
    if (!shape.match(id).hasMatch())
        return Domain::fail(notFound);
    auto db = m_database.acquire();
    auto found = readSaga(*db, id, false, true);
    if (!found)
        return Domain::fail(found.error().error);
    if (!*found)
        return Domain::fail(notFound);
    return **found;
}

void CheckoutSagas::crashPoint(const QString &name) const
{
    if (!m_options.crashAt.isEmpty() && m_options.crashAt == name) {
        Log::warning("checkout.test_crash", {{"at", name}});
        ::raise(SIGKILL);
    }
}

void CheckoutSagas::drive(PgConnection &c, const QString &id, QString card)
{
    // Each round runs one step or the compensations; a saga has at most five steps.
    for (int round = 0; round < 8; ++round) {
        auto found = readSaga(c, id, false, false);
        if (!found || !*found) {
            Log::warning("checkout.saga_unreadable", {{"saga", id}, {"error", found ? QStringLiteral("missing") : found.error().error.message}});
            return;
        }
        const SagaRecord &saga = **found;
        Next next = Next::Stop;
        if (saga.status == SagaStatus::Compensating) {
            next = runCompensations(c, saga);
        } else if (saga.status == SagaStatus::Running) {
            switch (saga.step) {
            case SagaStep::ReserveInventory: next = reserve(c, saga); break;
            case SagaStep::ProcessPayment: next = pay(c, saga, card); break;
            case SagaStep::CreateOrder: next = placeOrder(c, saga); break;
            case SagaStep::SendConfirmation: next = confirm(c, saga); break;
            case SagaStep::UpdateAnalytics: next = recordAnalytics(c, saga); break;
            }
        }
        if (next == Next::Stop)
            return;
    }
}

CheckoutSagas::Next CheckoutSagas::wait(PgConnection &c, const SagaRecord &saga, const QString &why)
{
    Log::info("checkout.saga_waiting", {{"saga", saga.id}, {"step", Domain::sagaStepName(saga.step)}, {"why", why}});
    (void)runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto r = t.exec("UPDATE sagas SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $2) "
                        "WHERE id = $1",
                        {saga.id.toUtf8(), QByteArray::number(m_options.retryDelayMs / 1000.0)});
        if (!r)
            return std::unexpected(r.error());
        return addStep(t, saga.id, Domain::sagaStepName(saga.step), QStringLiteral("waiting"), {{QStringLiteral("why"), why}});
    });
    return Next::Stop;
}

CheckoutSagas::Next CheckoutSagas::fail(PgConnection &c, const SagaRecord &saga, const QJsonObject &failure,
                                        const QJsonObject &event)
{
    auto failed = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto r = t.exec("UPDATE sagas SET status = 'compensating', failure = $3 WHERE id = $1 AND status = 'running' AND step = $2",
                        {saga.id.toUtf8(), Domain::sagaStepName(saga.step).toUtf8(), json(failure)});
        if (!r)
            return std::unexpected(r.error());
        if (r->affected() == 0)
            return {};
        if (!event.isEmpty())
            if (auto e = recordEvent(t, QStringLiteral("PaymentFailed"), QStringLiteral("saga"), saga.id, event, sagaActor); !e)
                return std::unexpected(e.error());
        return addStep(t, saga.id, Domain::sagaStepName(saga.step), QStringLiteral("failed"), failure);
    });
    if (!failed)
        return wait(c, saga, failed.error().message);
    return Next::Continue;
}

CheckoutSagas::Next CheckoutSagas::reserve(PgConnection &c, const SagaRecord &saga)
{
    crashPoint(QStringLiteral("reserve_inventory"));
    std::optional<qint64> reservation;
    // A crash may have come between the reservation's commit and the saga's record of it.
    auto earlier = c.exec("SELECT id FROM reservations WHERE reference = $1 AND status = 'held' ORDER BY id DESC LIMIT 1",
                          {reservationReference(saga.id).toUtf8()});
    if (!earlier)
        return wait(c, saga, earlier.error().error.message);
    if (earlier->rows() > 0) {
        reservation = earlier->toInt64(0, 0);
    } else {
        auto outcome = m_inventory.reserve(saga.lines, reservationReference(saga.id), std::nullopt, sagaActor);
        if (!outcome) {
            if (outcome.error().code == Domain::ErrorCode::Unavailable)
                return wait(c, saga, outcome.error().message);
            return fail(c, saga, failureOf(outcome.error()));
        }
        if (const auto *shortages = std::get_if<QList<Domain::StockShortage>>(&*outcome)) {
            QJsonObject failure = failureOf(Error::conflict(
                QStringLiteral("Not enough stock for every line; nothing was charged. Reduce the quantities named in "
                               "'short', then check out again.")));
            QJsonArray list;
            for (const Domain::StockShortage &s : *shortages)
                list.append(QJsonObject{{QStringLiteral("sku"), s.sku},
                                        {QStringLiteral("requested"), s.requested},
                                        {QStringLiteral("available"), s.available}});
            failure.insert(QStringLiteral("short"), list);
            return fail(c, saga, failure);
        }
        reservation = std::get<Reservation>(*outcome).id;
    }
    crashPoint(QStringLiteral("reserve_inventory:after"));
    auto recorded = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, saga, SagaStep::ReserveInventory, QStringLiteral("running"),
                                 Domain::sagaStepName(SagaStep::ProcessPayment));
            !moved)
            return moved;
        auto r = t.exec("UPDATE sagas SET reservation_id = $2 WHERE id = $1", {saga.id.toUtf8(), intParam(*reservation)});
        if (!r)
            return std::unexpected(r.error());
        return addStep(t, saga.id, Domain::sagaStepName(SagaStep::ReserveInventory), QStringLiteral("done"),
                       {{QStringLiteral("reservation_id"), QString::number(*reservation)}});
    });
    if (!recorded)
        return recorded.error().code == Domain::ErrorCode::Stale ? Next::Continue : wait(c, saga, recorded.error().message);
    return Next::Continue;
}

CheckoutSagas::Next CheckoutSagas::pay(PgConnection &c, const SagaRecord &saga, QString &card)
{
    crashPoint(QStringLiteral("process_payment"));
    if (!m_payments)
        return fail(c, saga, failureOf(503, QStringLiteral("payments-unavailable"),
                                       QStringLiteral("This server takes no payments (no payment provider is configured); "
                                                      "nothing was charged.")));
    using Kind = PaymentError::Kind;
    using Outcome = Domain::PaymentOutcome;
    const QString key = chargeKey(saga.id);
    Outcome outcome = Outcome::Unknown;
    std::optional<ProviderCharge> charge;
    std::optional<PaymentError> error;
    const auto judge = [&](const ProviderCharge &ch) {
        charge = ch;
        outcome = ch.status == QStringLiteral("captured") ? Outcome::Captured
                  : ch.status == QStringLiteral("declined") ? Outcome::Declined
                                                             : Outcome::Unknown; // authorised only: not ours
    };
    const auto askByKey = [&] {
        auto found = m_payments->findByIdempotencyKey(key);
        if (!found)
            outcome = Outcome::Unknown;
        else if (!*found)
            outcome = Outcome::NotCharged;
        else
            judge(**found);
    };
    bool timedOut = false;
    if (!card.isEmpty()) {
        Domain::Money amount = saga.amount;
        auto charged = m_payments->charge(key, {amount, card, true, saga.id, QStringLiteral("Checkout %1").arg(saga.id)});
        // One attempt per saga with the card; whatever follows asks by the key.
        card.fill(u'0');
        card.clear();
        if (charged) {
            judge(*charged);
        } else {
            error = charged.error();
            switch (error->kind) {
            case Kind::Declined: outcome = Outcome::Declined; break;
            case Kind::Invalid:
            case Kind::CircuitOpen:
            case Kind::Conflict:
            case Kind::NotFound: outcome = Outcome::Refused; break;
            case Kind::Unavailable:
                timedOut = error->timedOut;
                askByKey();
                // A request that timed out may still be under way at the provider: ask again later before
                // concluding it charged nothing.
                if (outcome == Outcome::NotCharged && timedOut)
                    outcome = Outcome::Unknown;
                break;
            }
        }
    } else {
        askByKey();
    }
    crashPoint(QStringLiteral("process_payment:after"));

    switch (Domain::afterPayment(outcome)) {
    case Domain::SagaMove::Wait:
        return wait(c, saga, error ? error->message : QStringLiteral("the payment's outcome is not known yet"));
    case Domain::SagaMove::Compensate: {
        QJsonObject failure;
        QJsonObject event = sagaEvent(saga);
        event.insert(QStringLiteral("card_last4"), saga.cardLast4);
        if (outcome == Outcome::Declined) {
            failure = failureOf(402, QStringLiteral("payment-declined"),
                                QStringLiteral("The card was declined; nothing was charged. Use another card."),
                                {{QStringLiteral("payment.card_number"), QStringLiteral("was declined")}});
            event.insert(QStringLiteral("reason"), QStringLiteral("declined"));
        } else if (error && error->kind == Kind::CircuitOpen) {
            failure = failureOf(503, QStringLiteral("payments-unavailable"),
                                QStringLiteral("Payments are unavailable right now; nothing was charged and the items "
                                               "are back in stock. Try again in a little while."));
            failure.insert(QStringLiteral("retry_after"), qMax<qint64>(1, (error->retryAfterMs + 999) / 1000));
            event.insert(QStringLiteral("reason"), QStringLiteral("circuit_open"));
        } else if (error && error->kind == Kind::Invalid) {
            QList<Domain::FieldError> fields;
            for (const Domain::FieldError &f : error->fields)
                fields.append({QStringLiteral("payment.") + f.field, f.message});
            if (fields.isEmpty())
                fields.append({QStringLiteral("payment.card_number"), QStringLiteral("was refused by the payment provider")});
            failure = failureOf(422, QStringLiteral("validation"),
                                QStringLiteral("The payment provider refused the card; nothing was charged. Check the card "
                                               "number or use another card."),
                                fields);
            event.insert(QStringLiteral("reason"), QStringLiteral("invalid"));
        } else {
            failure = failureOf(503, QStringLiteral("payments-unavailable"),
                                QStringLiteral("The payment could not be processed; nothing was charged. Try again in a "
                                               "little while."));
            failure.insert(QStringLiteral("retry_after"), 5);
            event.insert(QStringLiteral("reason"), QStringLiteral("not_processed"));
        }
        return fail(c, saga, failure, event);
    }
    case Domain::SagaMove::Advance:
        break;
    }
    auto recorded = runInTransaction<void>(c, [&](PgConnection &t) { return recordPayment(t, saga, *charge); });
    if (!recorded)
        return recorded.error().code == Domain::ErrorCode::Stale ? Next::Continue : wait(c, saga, recorded.error().message);
    return Next::Continue;
}

CheckoutSagas::Next CheckoutSagas::placeOrder(PgConnection &c, const SagaRecord &saga)
{
    crashPoint(QStringLiteral("create_order"));
    auto placed = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        auto cart = CartService::pricedCart(t, saga.cartId, saga.customerId, QDateTime::currentDateTimeUtc(),
                                            m_options.rules, true);
        if (!cart && cart.error().error.code == Domain::ErrorCode::NotFound)
            return refuse(Error::conflict(QStringLiteral("The cart is gone or closed; the payment is refunded.")));
        if (!cart)
            return std::unexpected(cart.error());
        // The customer may have changed the cart while the card was charged: the order must be what was paid.
        QList<Domain::StockLine> now = linesOf(cart->totals);
        bool same = now.size() == saga.lines.size() && cart->totals.total == saga.amount;
        for (qsizetype i = 0; same && i < now.size(); ++i)
            same = now[i].sku.compare(saga.lines[i].sku, Qt::CaseInsensitive) == 0 && now[i].quantity == saga.lines[i].quantity;
        if (!same)
            return refuse(Error::conflict(QStringLiteral("The cart or its prices changed during the checkout; the payment is "
                                                         "refunded. Check the cart, then check out again.")));
        auto address = Domain::addressFromJson(saga.shippingAddress);
        if (!address)
            return refuse(address.error());
        NewOrder order;
        order.customerId = saga.customerId;
        order.email = saga.email;
        order.customerName = address->name;
        order.shippingAddress = *address;
        order.totals = cart->totals;
        order.paymentReference = saga.chargeId;
        order.reservationId = saga.reservationId;
        order.cartId = saga.cartId;
        auto created = OrderService::createOrder(t, order, sagaActor);
        if (!created)
            return std::unexpected(created.error());
        if (auto closed = CartService::markCheckedOut(t, saga.cartId); !closed)
            return closed;
        // The order's stock stays held for it until it ships or is cancelled (a cancellation releases a held
        // reservation): the hold no longer runs out. A hold that ran out while the payment was unknown
        // refuses the order, and the payment is refunded.
        if (saga.reservationId) {
            auto kept = t.exec("UPDATE reservations SET expires_at = now() + interval '100 years' "
                               "WHERE id = $1 AND status = 'held'",
                               {intParam(*saga.reservationId)});
            if (!kept)
                return std::unexpected(kept.error());
            if (kept->affected() == 0)
                return refuse(Error::conflict(QStringLiteral("The items were no longer held when the payment was "
                                                             "confirmed; the payment is refunded. Check out again.")));
        }
        if (auto moved = advance(t, saga, SagaStep::CreateOrder, QStringLiteral("running"),
                                 Domain::sagaStepName(SagaStep::SendConfirmation));
            !moved)
            return moved;
        auto r = t.exec("UPDATE sagas SET order_id = $2 WHERE id = $1", {saga.id.toUtf8(), intParam(created->id)});
        if (!r)
            return std::unexpected(r.error());
        return addStep(t, saga.id, Domain::sagaStepName(SagaStep::CreateOrder), QStringLiteral("done"),
                       {{QStringLiteral("order_id"), QString::number(created->id)}, {QStringLiteral("number"), created->number}});
    });
    if (!placed) {
        switch (placed.error().code) {
        case Domain::ErrorCode::Stale: return Next::Continue;
        case Domain::ErrorCode::Unavailable:
        case Domain::ErrorCode::Internal: return wait(c, saga, placed.error().message);
        default: return fail(c, saga, failureOf(placed.error()));
        }
    }
    return Next::Continue;
}

CheckoutSagas::Next CheckoutSagas::confirm(PgConnection &c, const SagaRecord &saga)
{
    crashPoint(QStringLiteral("send_confirmation"));
    auto done = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, saga, SagaStep::SendConfirmation, QStringLiteral("running"),
                                 Domain::sagaStepName(SagaStep::UpdateAnalytics));
            !moved)
            return moved;
        // Paid: the order is confirmed (OrderConfirmed). Staff may have cancelled it already; then it stays so.
        auto confirmed = OrderService::applyAction(t, *saga.orderId, Domain::OrderAction::Confirm,
                                                   QStringLiteral("paid at checkout"), std::nullopt,
                                                   QDateTime::currentDateTimeUtc(), sagaActor);
        if (!confirmed && confirmed.error().error.code != Domain::ErrorCode::InvalidTransition)
            return std::unexpected(confirmed.error());
        auto order = OrderService::readOrder(t, *saga.orderId, false, false);
        if (!order)
            return std::unexpected(order.error());
        // What the notification consumer mails the customer.
        QJsonObject event = sagaEvent(saga);
        event.insert(QStringLiteral("order_id"), QString::number(order->id));
        event.insert(QStringLiteral("number"), order->number);
        event.insert(QStringLiteral("email"), order->email);
        if (auto e = recordEvent(t, QStringLiteral("OrderConfirmationRequested"), QStringLiteral("order"),
                                 QString::number(order->id), event, sagaActor);
            !e)
            return std::unexpected(e.error());
        return addStep(t, saga.id, Domain::sagaStepName(SagaStep::SendConfirmation), QStringLiteral("done"));
    });
    if (!done && done.error().code != Domain::ErrorCode::Stale)
        return wait(c, saga, done.error().message);
    return Next::Continue;
}

CheckoutSagas::Next CheckoutSagas::recordAnalytics(PgConnection &c, const SagaRecord &saga)
{
    crashPoint(QStringLiteral("update_analytics"));
    auto done = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
        if (auto moved = advance(t, saga, SagaStep::UpdateAnalytics, QStringLiteral("completed"),
                                 Domain::sagaStepName(SagaStep::UpdateAnalytics));
            !moved)
            return moved;
        QJsonObject event = sagaEvent(saga);
        event.insert(QStringLiteral("order_id"), QString::number(*saga.orderId));
        event.insert(QStringLiteral("lines"), linesJson(saga.lines));
        event.insert(QStringLiteral("started_at"), saga.createdAt);
        if (auto e = recordEvent(t, QStringLiteral("CheckoutCompleted"), QStringLiteral("saga"), saga.id, event, sagaActor); !e)
            return std::unexpected(e.error());
        return addStep(t, saga.id, Domain::sagaStepName(SagaStep::UpdateAnalytics), QStringLiteral("done"));
    });
    if (!done && done.error().code != Domain::ErrorCode::Stale)
        return wait(c, saga, done.error().message);
    return Next::Stop;
}

CheckoutSagas::Next CheckoutSagas::runCompensations(PgConnection &c, const SagaRecord &saga)
{
    auto doneRows = c.exec("SELECT step FROM saga_steps WHERE saga_id = $1 AND outcome = 'compensated'", {saga.id.toUtf8()});
    if (!doneRows)
        return wait(c, saga, doneRows.error().error.message);
    QSet<QString> done;
    for (int i = 0; i < doneRows->rows(); ++i)
        done.insert(doneRows->text(i, 0));
    const auto record = [&](Domain::Compensation comp, const QJsonObject &detail) {
        return addStep(c, saga.id, Domain::compensationName(comp), QStringLiteral("compensated"), detail);
    };
    for (Domain::Compensation comp : Domain::compensationsFor(saga.step)) {
        const QString name = Domain::compensationName(comp);
        if (done.contains(name))
            continue;
        crashPoint(name);
        switch (comp) {
        case Domain::Compensation::RefundPayment: {
            if (saga.chargeId.isEmpty())
                break;
            if (!m_payments)
                return wait(c, saga, QStringLiteral("no payment provider to refund with"));
            auto refunded = m_payments->refund(saga.chargeId, chargeKey(saga.id) + QStringLiteral("-refund"), std::nullopt,
                                               QStringLiteral("checkout failed"));
            // Conflict: refunded in full already (by an earlier attempt whose answer was lost).
            if (!refunded && refunded.error().kind != PaymentError::Kind::Conflict)
                return wait(c, saga, refunded.error().message);
            break;
        }
        case Domain::Compensation::ReleaseReservation: {
            std::optional<qint64> reservation = saga.reservationId;
            if (!reservation) {
                auto made = c.exec("SELECT id FROM reservations WHERE reference = $1 AND status = 'held' ORDER BY id DESC LIMIT 1",
                                   {reservationReference(saga.id).toUtf8()});
                if (!made)
                    return wait(c, saga, made.error().error.message);
                if (made->rows() > 0)
                    reservation = made->toInt64(0, 0);
            }
            if (!reservation)
                break;
            auto released = m_inventory.release(*reservation, sagaActor);
            // Anything but a held reservation (released, expired) has nothing left to give back.
            if (!released && (released.error().code == Domain::ErrorCode::Unavailable
                              || released.error().code == Domain::ErrorCode::Internal))
                return wait(c, saga, released.error().message);
            break;
        }
        case Domain::Compensation::CancellationNotice: {
            auto finished = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
                auto r = t.exec("UPDATE sagas SET status = 'failed' WHERE id = $1 AND status = 'compensating'", {saga.id.toUtf8()});
                if (!r)
                    return std::unexpected(r.error());
                if (r->affected() == 0)
                    return {};
                QJsonObject event = sagaEvent(saga);
                event.insert(QStringLiteral("email"), saga.email);
                event.insert(QStringLiteral("step"), Domain::sagaStepName(saga.step));
                event.insert(QStringLiteral("reason"), saga.failure.value(QStringLiteral("detail")));
                if (auto e = recordEvent(t, QStringLiteral("CheckoutFailed"), QStringLiteral("saga"), saga.id, event, sagaActor); !e)
                    return std::unexpected(e.error());
                return addStep(t, saga.id, Domain::compensationName(comp), QStringLiteral("compensated"));
            });
            if (!finished)
                return wait(c, saga, finished.error().message);
            Log::info("checkout.failed", {{"saga", saga.id}, {"step", Domain::sagaStepName(saga.step)}});
            return Next::Stop;
        }
        }
        if (auto recorded = record(comp, {}); !recorded)
            return wait(c, saga, recorded.error().error.message);
    }
    return Next::Stop;
}

int CheckoutSagas::resumeDue()
{
    if (m_stopping)
        return 0;
    auto db = m_database.acquire();
    auto due = db->exec("SELECT id FROM sagas WHERE status IN ('running', 'compensating') AND next_attempt_at <= now() "
                        "ORDER BY next_attempt_at LIMIT 50");
    if (!due) {
        Log::warning("checkout.sweep_failed", {{"error", due.error().error.message}});
        return 0;
    }
    int taken = 0;
    for (int i = 0; i < due->rows() && !m_stopping; ++i) {
        const QString id = due->text(i, 0);
        if (!tryLock(*db, id))
            continue; // running on another thread or server
        ++taken;
        Log::info("checkout.saga_resumed", {{"saga", id}});
        drive(*db, id, {});
        unlock(*db, id);
    }
    return taken;
}

void CheckoutSagas::startSweeping(int intervalMs)
{
    m_sweeper = std::thread([this, intervalMs] {
        while (!m_stopping) {
            resumeDue();
            std::unique_lock lock(m_sweepMutex);
            m_sweepWake.wait_for(lock, std::chrono::milliseconds(intervalMs), [this] { return m_stopping.load(); });
        }
    });
}

OrderService::CancelHook CheckoutSagas::cancelHook()
{
    return [this](PgConnection &c, const StoredOrder &order, const AuditActor &) -> PgExpected<void> {
        auto charged = c.exec("SELECT id, charge_id FROM sagas WHERE order_id = $1 AND charge_id <> ''", {intParam(order.id)});
        if (!charged)
            return std::unexpected(charged.error());
        if (charged->rows() == 0)
            return {};
        if (!m_payments)
            return refuse(Error::unavailable(QStringLiteral("No payment provider is configured to refund the order's "
                                                            "payment; the order stays as it was.")));
        auto refunded = m_payments->refund(charged->text(0, 1), chargeKey(charged->text(0, 0)) + QStringLiteral("-refund"),
                                           std::nullopt, QStringLiteral("order cancelled"));
        if (!refunded && refunded.error().kind != PaymentError::Kind::Conflict)
            return refuse(Error::unavailable(QStringLiteral("The payment could not be refunded (%1); the order stays as it "
                                                            "was. Try the cancellation again in a little while.")
                                                 .arg(refunded.error().message)));
        return {};
    };
}

Domain::Result<std::pair<QString, QString>> decodeSagaCursor(const QString &cursor)
{
    return decodeTimeCursor(cursor, QStringLiteral("[0-9a-f]{32}"));
}

Domain::Result<SagaPage> CheckoutSagas::sagas(const SagaFilter &filter) const
{
    QStringList statuses;
    for (SagaStatus s : filter.statuses.isEmpty()
                            ? QList<SagaStatus>{SagaStatus::Running, SagaStatus::Compensating, SagaStatus::Failed}
                            : filter.statuses)
        statuses.append(Domain::sagaStatusName(s));
    // Newest first per status (an index range each, sagas_status_created), then merged: a page costs at most
    // limit rows per status however many completed sagas there are.
    static const QByteArray sql = "SELECT " + sagaColumns + " FROM unnest($1::text[]) AS w(wanted) CROSS JOIN LATERAL "
                                  "(SELECT * FROM sagas s WHERE s.status = w.wanted AND ($2 = '' OR s.kind = $2) "
                                  "AND (s.created_at, s.id) < ($3::timestamptz, $4) "
                                  "ORDER BY s.created_at DESC, s.id DESC LIMIT $5) s "
                                  "ORDER BY s.created_at DESC, s.id DESC LIMIT $5";
    auto db = m_database.acquire();
    auto rows = db->exec(sql, {textArrayParam(statuses), filter.kind.toUtf8(),
                               filter.after ? filter.after->first.toUtf8() : QByteArrayLiteral("infinity"),
                               filter.after ? filter.after->second.toUtf8() : QByteArray(), intParam(filter.limit)});
    if (!rows)
        return Domain::fail(rows.error().error);
    SagaPage page;
    for (int i = 0; i < rows->rows(); ++i)
        page.items.append(sagaFrom(*rows, i));
    if (page.items.size() == filter.limit)
        page.nextCursor = encodeTimeCursor(page.items.last().createdAt, page.items.last().id);
    return page;
}

Domain::Result<QMap<SagaStatus, qint64>> CheckoutSagas::countUnfinished() const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT status, count(*) FROM sagas WHERE status IN ('running', 'compensating', 'failed') GROUP BY status");
    if (!rows)
        return Domain::fail(rows.error().error);
    QMap<SagaStatus, qint64> counts{{SagaStatus::Running, 0}, {SagaStatus::Compensating, 0}, {SagaStatus::Failed, 0}};
    for (int i = 0; i < rows->rows(); ++i)
        if (const auto status = Domain::sagaStatusFromName(rows->text(i, 0)))
            counts.insert(*status, rows->toInt64(i, 1));
    return counts;
}

Domain::Result<SagaRecord> CheckoutSagas::claimed(const QString &id,
                                                  const std::function<Domain::Result<void>(PgConnection &, const SagaRecord &)> &action)
{
    auto found = saga(id); // NotFound before anything else
    if (!found)
        return found;
    auto db = m_database.acquire();
    if (!tryLock(*db, id))
        return Domain::fail(Error::conflict(QStringLiteral("The saga is being run right now (by its checkout, the recovery "
                                                           "sweep or another action); look at it again in a moment.")));
    Domain::Result<void> done;
    {
        // Read again under the lock: whoever held it may have moved the saga on.
        auto current = readSaga(*db, id, false, false);
        if (!current)
            done = Domain::fail(current.error().error);
        else if (!*current)
            done = Domain::fail(Error::notFound(QStringLiteral("There is no such saga.")));
        else
            done = action(*db, **current);
    }
    unlock(*db, id);
    if (!done)
        return Domain::fail(done.error());
    return saga(id);
}

Domain::Result<SagaRecord> CheckoutSagas::retry(const QString &id, const AuditActor &actor)
{
    return claimed(id, [&](PgConnection &c, const SagaRecord &s) -> Domain::Result<void> {
        if (s.status == SagaStatus::Completed)
            return Domain::fail(Error{Domain::ErrorCode::InvalidTransition,
                                      QStringLiteral("The saga completed; there is nothing to retry. To undo it, "
                                                     "compensate it (cancels its order, refunds, releases the stock)."),
                                      {}});
        if (s.status == SagaStatus::Failed)
            return Domain::fail(Error{Domain::ErrorCode::InvalidTransition,
                                      QStringLiteral("The saga failed and was undone (stock released, payment refunded); it "
                                                     "cannot run again because the card number is never kept. The customer "
                                                     "checks out again."),
                                      {}});
        auto audited = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
            auto r = t.exec("UPDATE sagas SET next_attempt_at = now() WHERE id = $1", {s.id.toUtf8()});
            if (!r)
                return std::unexpected(r.error());
            return AuditLog::record(t, actor, {QStringLiteral("saga.retry"), QStringLiteral("saga"), s.id,
                                               QJsonObject{{QStringLiteral("status"), Domain::sagaStatusName(s.status)},
                                                           {QStringLiteral("step"), Domain::sagaStepName(s.step)}},
                                               {}});
        });
        if (!audited)
            return audited;
        Log::info("checkout.saga_retried", {{"saga", s.id}, {"step", Domain::sagaStepName(s.step)}});
        drive(c, s.id, {});
        return {};
    });
}

// Before compensating at the payment step, what the provider did with our key decides what there is to undo:
// a captured charge is recorded (and the saga moves past the payment, so the refund is among its compensations).
Domain::Result<void> CheckoutSagas::settlePayment(PgConnection &c, const SagaRecord &saga, SagaStep &failAt)
{
    if (!m_payments)
        return {}; // a server without a provider never charged
    auto found = m_payments->findByIdempotencyKey(chargeKey(saga.id));
    if (!found)
        return Domain::fail(Error::unavailable(QStringLiteral("The payment provider cannot say whether the card was charged "
                                                              "(%1); nothing was changed. Compensate again once it answers.")
                                                   .arg(found.error().message)));
    if (!*found || (*found)->status != QStringLiteral("captured"))
        return {};
    const ProviderCharge &charge = **found;
    auto recorded = runInTransaction<void>(c, [&](PgConnection &t) {
        return recordPayment(t, saga, charge, {{QStringLiteral("found_by"), QStringLiteral("compensate")}});
    });
    if (!recorded)
        return recorded;
    failAt = SagaStep::CreateOrder;
    return {};
}

Domain::Result<SagaRecord> CheckoutSagas::compensate(const QString &id, const QString &reason, const AuditActor &actor)
{
    return claimed(id, [&](PgConnection &c, const SagaRecord &s) -> Domain::Result<void> {
        const auto audit = [&](PgConnection &t) {
            return AuditLog::record(t, actor, {QStringLiteral("saga.compensate"), QStringLiteral("saga"), s.id,
                                               QJsonObject{{QStringLiteral("status"), Domain::sagaStatusName(s.status)},
                                                           {QStringLiteral("step"), Domain::sagaStepName(s.step)}},
                                               QJsonObject{{QStringLiteral("reason"), reason}}});
        };
        if (s.status == SagaStatus::Failed)
            return Domain::fail(Error{Domain::ErrorCode::InvalidTransition,
                                      QStringLiteral("The saga failed and was undone already; there is nothing left to "
                                                     "compensate."),
                                      {}});
        if (s.status == SagaStatus::Compensating) {
            if (auto audited = runInTransaction<void>(c, audit); !audited)
                return audited;
            drive(c, s.id, {});
            return {};
        }
        const QJsonObject failure = failureOf(409, QStringLiteral("checkout-cancelled"),
                                              QStringLiteral("The shop cancelled this checkout; anything charged is refunded "
                                                             "and the items are back in stock."));
        if (s.status == SagaStatus::Running && Domain::compensable(s.step)) {
            SagaStep failAt = s.step;
            if (s.step == SagaStep::ProcessPayment)
                if (auto settled = settlePayment(c, s, failAt); !settled)
                    return settled;
            if (s.step == SagaStep::ReserveInventory) {
                // Reserved but not yet recorded (the step was interrupted): recorded now, so it is released.
                auto made = c.exec("SELECT id FROM reservations WHERE reference = $1 AND status = 'held' ORDER BY id DESC LIMIT 1",
                                   {reservationReference(s.id).toUtf8()});
                if (!made)
                    return Domain::fail(made.error().error);
                if (made->rows() > 0) {
                    const qint64 reservation = made->toInt64(0, 0);
                    auto recorded = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
                        if (auto moved = advance(t, s, SagaStep::ReserveInventory, QStringLiteral("running"),
                                                 Domain::sagaStepName(SagaStep::ProcessPayment));
                            !moved)
                            return moved;
                        auto r = t.exec("UPDATE sagas SET reservation_id = $2 WHERE id = $1", {s.id.toUtf8(), intParam(reservation)});
                        if (!r)
                            return std::unexpected(r.error());
                        return addStep(t, s.id, Domain::sagaStepName(SagaStep::ReserveInventory), QStringLiteral("done"),
                                       {{QStringLiteral("reservation_id"), QString::number(reservation)}});
                    });
                    if (!recorded)
                        return recorded;
                    failAt = SagaStep::ProcessPayment;
                }
            }
            auto failed = runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
                auto r = t.exec("UPDATE sagas SET status = 'compensating', failure = $3 "
                                "WHERE id = $1 AND status = 'running' AND step = $2",
                                {s.id.toUtf8(), Domain::sagaStepName(failAt).toUtf8(), json(failure)});
                if (!r)
                    return std::unexpected(r.error());
                if (r->affected() == 0)
                    return refuse(Error::conflict(QStringLiteral("The saga moved on meanwhile; look at it again.")));
                QJsonObject detail = failure;
                detail.insert(QStringLiteral("reason"), reason);
                if (auto added = addStep(t, s.id, Domain::sagaStepName(failAt), QStringLiteral("failed"), detail); !added)
                    return added;
                return audit(t);
            });
            if (!failed)
                return failed;
            Log::info("checkout.saga_compensated", {{"saga", s.id}, {"step", Domain::sagaStepName(failAt)}});
            drive(c, s.id, {});
            return {};
        }
        // The order exists: undoing the saga is cancelling the order, whose cancellation releases the
        // reservation and (the cancel hook) refunds the payment; the saga ends there, unconfirmed if it had not been.
        if (!s.orderId)
            return Domain::fail(Error::internal(QStringLiteral("The saga is past its order but names none.")));
        OrderService orders(m_database);
        orders.setCancelHook(cancelHook());
        return runInTransaction<void>(c, [&](PgConnection &t) -> PgExpected<void> {
            auto r = t.exec("UPDATE sagas SET status = 'failed', failure = $3 WHERE id = $1 AND status = $2",
                            {s.id.toUtf8(), Domain::sagaStatusName(s.status).toUtf8(), json(failure)});
            if (!r)
                return std::unexpected(r.error());
            if (r->affected() == 0)
                return refuse(Error::conflict(QStringLiteral("The saga moved on meanwhile; look at it again.")));
            auto cancelled = orders.act(*s.orderId, Domain::OrderAction::Cancel, reason, std::nullopt, actor);
            if (!cancelled) {
                Error e = cancelled.error();
                if (e.code == Domain::ErrorCode::InvalidTransition)
                    e.message = QStringLiteral("The saga's order can no longer be cancelled (%1); nothing was changed. A "
                                               "refund or return undoes a shipped order.")
                                    .arg(e.message);
                return refuse(e);
            }
            if (auto added = addStep(t, s.id, QStringLiteral("cancel_order"), QStringLiteral("compensated"),
                                     {{QStringLiteral("order_id"), QString::number(*s.orderId)},
                                      {QStringLiteral("number"), cancelled->number},
                                      {QStringLiteral("reason"), reason}});
                !added)
                return added;
            return audit(t);
        });
    });
}

} // namespace Backroom::Server
