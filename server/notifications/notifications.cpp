// SPDX-License-Identifier: MIT
#include "server/notifications/notifications.h"

#include "domain/email.h"
#include "server/log.h"
#include "server/orders/orderservice.h"
#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cmath>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {

std::optional<QByteArray> orNull(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(text.toUtf8());
}

QString moneyText(const QJsonValue &value, const QString &language)
{
    auto money = Domain::moneyFromJson(value, QStringLiteral("amount"), Domain::AmountRule::Any);
    return money ? Domain::formatMoneyFor(*money, language) : QString();
}

// What the order templates show of an order, in language.
QJsonObject orderContext(const StoredOrder &order, const QString &language)
{
    QJsonArray lines;
    for (const Domain::TotalsLine &l : order.totals.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("title"), l.title.isEmpty() ? l.sku : l.title},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("line_total"), Domain::formatMoneyFor(l.lineTotal, language)}});
    return {{QStringLiteral("order_number"), order.number},
            {QStringLiteral("order_date"),
             Domain::formatDateFor(QDateTime::fromString(order.placedAt, Qt::ISODateWithMs).toUTC().date(), language)},
            {QStringLiteral("customer_name"), order.customerName},
            {QStringLiteral("email"), order.email},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("shipping"), Domain::formatMoneyFor(order.totals.shipping, language)},
            {QStringLiteral("tax"), Domain::formatMoneyFor(order.totals.tax, language)},
            {QStringLiteral("total"), Domain::formatMoneyFor(order.totals.total, language)}};
}

const QByteArray notificationColumns =
    "id, event_id, event_type, template, order_id, recipient, language, subject, status, attempts, "
    + rfc3339("next_attempt_at") + ", last_error, transport, " + rfc3339("sent_at") + ", " + rfc3339("created_at") + ", "
    + rfc3339("updated_at") + ", body_text, body_html";

QJsonObject notificationFrom(const PgResult &rows, int row, bool withBodies)
{
    const auto textOrNull = [&](int column) { return rows.isNull(row, column) ? QJsonValue() : QJsonValue(rows.text(row, column)); };
    QJsonObject o{{QStringLiteral("id"), rows.text(row, 0)},
                  {QStringLiteral("event_id"), rows.text(row, 1)},
                  {QStringLiteral("event_type"), rows.text(row, 2)},
                  {QStringLiteral("template"), rows.text(row, 3)},
                  {QStringLiteral("order_id"), textOrNull(4)},
                  {QStringLiteral("recipient"), rows.text(row, 5)},
                  {QStringLiteral("language"), rows.text(row, 6)},
                  {QStringLiteral("subject"), rows.text(row, 7)},
                  {QStringLiteral("status"), rows.text(row, 8)},
                  {QStringLiteral("attempts"), int(rows.toInt64(row, 9))},
                  {QStringLiteral("next_attempt_at"), rows.text(row, 10)},
                  {QStringLiteral("last_error"), textOrNull(11)},
                  {QStringLiteral("transport"), textOrNull(12)},
                  {QStringLiteral("sent_at"), textOrNull(13)},
                  {QStringLiteral("created_at"), rows.text(row, 14)},
                  {QStringLiteral("updated_at"), rows.text(row, 15)}};
    if (withBodies) {
        o.insert(QStringLiteral("body_text"), rows.text(row, 16));
        o.insert(QStringLiteral("body_html"), textOrNull(17));
    }
    return o;
}

QString domainOf(const QString &from)
{
    const QByteArray address = mailAddressOf(from);
    const qsizetype at = address.lastIndexOf('@');
    return at < 0 ? QStringLiteral("localhost") : QString::fromUtf8(address.mid(at + 1));
}
} // namespace

MailTemplates::MailTemplates()
{
    for (const QString &language : Domain::mailLanguages()) {
        for (const QString &name : Domain::mailTemplateNames()) {
            const QString key = language + u'/' + name;
            QFile file(QStringLiteral(":/notifications/%1.txt").arg(key));
            if (!file.open(QIODevice::ReadOnly)) {
                m_problems.append(key + QStringLiteral(": missing"));
                continue;
            }
            auto parsed = Domain::parseMailTemplate(QString::fromUtf8(file.readAll()));
            if (!parsed) {
                m_problems.append(key + QStringLiteral(": ") + parsed.error().message);
                continue;
            }
            m_templates.insert(key, *parsed);
        }
    }
    for (const QString &problem : m_problems)
        Log::warning("notifications.template_broken", {{"template", problem}});
}

const Domain::MailTemplate *MailTemplates::find(const QString &name, const QString &language) const
{
    for (const QString &l : {language, Domain::mailLanguages().first()}) {
        const auto found = m_templates.constFind(l + u'/' + name);
        if (found != m_templates.cend())
            return &found.value();
    }
    return nullptr;
}

bool NotificationConsumer::wants(const QString &eventType) const
{
    static const QStringList types{QStringLiteral("OrderConfirmationRequested"), QStringLiteral("ShipmentShipped"),
                                   QStringLiteral("OrderDelivered"),             QStringLiteral("RefundIssued"),
                                   QStringLiteral("OrderCancelled"),             QStringLiteral("CheckoutFailed")};
    return types.contains(eventType);
}

PgExpected<void> NotificationConsumer::apply(PgConnection &c, const OutboxEvent &event)
{
    const std::optional<QString> name = Domain::mailTemplateFor(event.type, event.payload);
    if (!name)
        return {};
    const QJsonObject &payload = event.payload;
    QString recipient;
    std::optional<qint64> customerId;
    std::optional<StoredOrder> order;

    if (event.type == u"CheckoutFailed") {
        recipient = payload.value(QStringLiteral("email")).toString();
        auto saga = c.exec("SELECT customer_id FROM sagas WHERE id = $1", {payload.value(QStringLiteral("saga_id")).toString().toUtf8()});
        if (!saga)
            return std::unexpected(saga.error());
        if (saga->rows() == 1 && !saga->isNull(0, 0))
            customerId = saga->toInt64(0, 0);
    } else {
        const QString orderText = event.aggregateType == u"order" ? event.aggregateId
                                                                  : payload.value(QStringLiteral("order_id")).toVariant().toString();
        bool ok = false;
        const qint64 orderId = orderText.toLongLong(&ok);
        if (!ok) {
            Log::warning("notifications.no_order", {{"event_id", QString::number(event.id)}, {"type", event.type}});
            return {};
        }
        // Imported history was never placed here: its customers are not mailed about it.
        auto source = c.exec("SELECT source_reference IS NOT NULL FROM orders WHERE id = $1", {intParam(orderId)});
        if (!source)
            return std::unexpected(source.error());
        if (source->rows() == 0 || source->text(0, 0) == u"t")
            return {};
        auto read = OrderService::readOrder(c, orderId, false, false);
        if (!read)
            return std::unexpected(read.error());
        order = *read;
        recipient = order->email;
        customerId = order->customerId;
    }
    auto address = Domain::parseEmail(recipient);
    if (!address) {
        Log::warning("notifications.no_recipient", {{"event_id", QString::number(event.id)}, {"type", event.type}});
        return {};
    }

    QString preferred;
    auto user = customerId ? c.exec("SELECT coalesce(preferences->>'language', profile->>'language', '') FROM users WHERE id = $1",
                                    {intParam(*customerId)})
                           : c.exec("SELECT coalesce(preferences->>'language', profile->>'language', '') FROM users "
                                    "WHERE lower(email) = lower($1)",
                                    {address->toUtf8()});
    if (!user)
        return std::unexpected(user.error());
    if (user->rows() == 1)
        preferred = user->text(0, 0);
    const QString language = Domain::chooseMailLanguage(preferred, m_options.shopLanguage);

    QJsonObject context = order ? orderContext(*order, language) : QJsonObject{};
    context.insert(QStringLiteral("shop_name"), m_options.shopName);
    if (event.type == u"ShipmentShipped") {
        context.insert(QStringLiteral("carrier"), payload.value(QStringLiteral("carrier")).toString());
        context.insert(QStringLiteral("tracking_number"), payload.value(QStringLiteral("tracking_number")).toString());
        context.insert(QStringLiteral("tracking_url"), payload.value(QStringLiteral("tracking_url")).toString());
        context.insert(QStringLiteral("shipped_lines"), payload.value(QStringLiteral("lines")).toArray());
    } else if (event.type == u"RefundIssued") {
        context.insert(QStringLiteral("refund_amount"), moneyText(payload.value(QStringLiteral("amount")), language));
        const QJsonValue shipping = payload.value(QStringLiteral("shipping"));
        context.insert(QStringLiteral("refund_shipping"),
                       shipping.toObject().value(QStringLiteral("amount")).toInteger() > 0 ? moneyText(shipping, language) : QString());
    } else if (event.type == u"CheckoutFailed") {
        context.insert(QStringLiteral("amount"), moneyText(payload.value(QStringLiteral("amount")), language));
    }

    Domain::RenderedMail mail;
    QString error;
    const Domain::MailTemplate *mailTemplate = m_templates.find(*name, language);
    if (!mailTemplate) {
        error = QStringLiteral("there is no template %1 in %2 or English").arg(*name, language);
    } else if (auto rendered = Domain::renderMail(*mailTemplate, context); !rendered) {
        error = QStringLiteral("the %1 template (%2) cannot be rendered from this event: %3").arg(*name, language, rendered.error().message);
    } else {
        mail = *rendered;
    }
    auto inserted = c.exec(
        "INSERT INTO notifications (event_id, event_type, template, order_id, recipient, language, subject, body_text, "
        "body_html, status, last_error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) "
        "ON CONFLICT (event_id, template) DO NOTHING",
        {intParam(event.id), event.type.toUtf8(), name->toUtf8(), order ? std::optional(intParam(order->id)) : std::nullopt,
         address->toUtf8(), language.toUtf8(), mail.subject.toUtf8(), mail.text.toUtf8(), orNull(mail.html),
         error.isEmpty() ? QByteArray("queued") : QByteArray("failed"), orNull(error)});
    if (!inserted)
        return std::unexpected(inserted.error());
    if (!error.isEmpty())
        Log::warning("notifications.render_failed", {{"event_id", QString::number(event.id)}, {"error", error}});
    if (inserted->affected() > 0 && error.isEmpty()) {
        if (auto woken = c.exec("SELECT pg_notify('backroom_notifications', '')"); !woken)
            return std::unexpected(woken.error());
    }
    return {};
}

NotificationSender::NotificationSender(QByteArray conninfo, NotificationOptions options)
    : m_options(std::move(options))
    , m_loop(std::move(conninfo), QByteArrayLiteral("backroom_notifications"))
{
    if (m_options.smtp.host.isEmpty() && !QDir().mkpath(m_options.mailDropDir))
        Log::error("notifications.mail_drop_unusable", {{"directory", m_options.mailDropDir}});
}

NotificationSender::~NotificationSender()
{
    stop();
}

void NotificationSender::run()
{
    PgConnection connection(m_loop.conninfo());
    while (!m_loop.stopping()) {
        if (attemptOne(connection))
            continue;
        if (!m_loop.waitUntilDue(connection, "SELECT (EXTRACT(EPOCH FROM min(next_attempt_at) - clock_timestamp()) * 1000)::bigint "
                                             "FROM notifications WHERE status IN ('queued', 'sending')"))
            return;
    }
}

bool NotificationSender::attemptOne(PgConnection &connection)
{
    // Longer than any attempt can take (four SMTP steps' timeouts and then some), so nobody else sends it
    // meanwhile unless this instance dies.
    const qint64 claimMs = qint64(m_options.smtp.timeoutMs) * 12 + 5000;
    auto claimed = connection.exec(
        "UPDATE notifications SET status = 'sending', attempts = attempts + 1, "
        "next_attempt_at = clock_timestamp() + $1 * interval '1 millisecond', updated_at = now() "
        "WHERE id = (SELECT id FROM notifications WHERE status IN ('queued', 'sending') "
        "  AND next_attempt_at <= clock_timestamp() ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) "
        "RETURNING id, event_id, recipient, subject, body_text, body_html, attempts, " + rfc3339("created_at"),
        {intParam(claimMs)});
    if (!claimed || claimed->rows() == 0)
        return false;
    const qint64 id = claimed->toInt64(0, 0);
    const int attempt = int(claimed->toInt64(0, 6));
    Domain::MailMessage message;
    message.from = m_options.from;
    message.to = claimed->text(0, 2);
    message.subject = claimed->text(0, 3);
    message.text = claimed->text(0, 4);
    message.html = claimed->isNull(0, 5) ? QString() : claimed->text(0, 5);
    // The same on every attempt, so a mail sent twice after a crash is recognisably the same mail.
    message.messageId = QStringLiteral("notification-%1.%2@%3").arg(id).arg(claimed->text(0, 1), domainOf(m_options.from)).toUtf8();
    message.date = QDateTime::fromString(claimed->text(0, 7), Qt::ISODateWithMs);

    const Outcome outcome = deliver(id, Domain::composeMail(message), message.to.toUtf8());
    QByteArray status = "sent";
    qint64 delayMs = 0;
    if (!outcome.sent) {
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        const double base = double(m_options.firstRetryMs) * std::pow(2.0, std::min(attempt - 1, 30));
        delayMs = qint64(std::min(base, 3600.0 * 1000) * jitter);
        status = outcome.permanent || attempt >= m_options.maxAttempts ? "failed" : "queued";
    }
    const QByteArray transport = m_options.smtp.host.isEmpty() ? "mail-drop" : "smtp";
    auto recorded = connection.exec(
        "UPDATE notifications SET status = $2, last_error = $3, transport = CASE WHEN $2 = 'sent' THEN $4 ELSE transport END, "
        "sent_at = CASE WHEN $2 = 'sent' THEN now() ELSE sent_at END, "
        "next_attempt_at = clock_timestamp() + $5 * interval '1 millisecond', updated_at = now() "
        "WHERE id = $1 AND status = 'sending'",
        {intParam(id), status, outcome.sent ? std::nullopt : std::optional(outcome.error.left(1000).toUtf8()), transport,
         intParam(delayMs)});
    if (!recorded)
        Log::warning("notifications.record_failed", {{"notification_id", QString::number(id)}, {"error", recorded.error().error.message}});
    if (outcome.sent) {
        ++m_sent;
    } else if (status == "failed") {
        ++m_failed;
        Log::warning("notifications.failed", {{"notification_id", QString::number(id)}, {"error", outcome.error}});
    } else {
        ++m_retried;
    }
    return true;
}

NotificationSender::Outcome NotificationSender::deliver(qint64 id, const QByteArray &message, const QByteArray &recipient)
{
    if (!m_options.smtp.host.isEmpty()) {
        const SmtpOutcome o = sendSmtp(m_options.smtp, mailAddressOf(m_options.from), recipient, message);
        return {o.sent, o.permanent, o.error};
    }
    // Named after the notification, so a second attempt replaces the file instead of adding a mail.
    QSaveFile file(QStringLiteral("%1/notification-%2.eml").arg(m_options.mailDropDir).arg(id));
    if (!QDir().mkpath(m_options.mailDropDir) || !file.open(QIODevice::WriteOnly) || file.write(message) != message.size()
        || !file.commit())
        return {false, false, QStringLiteral("cannot write to the mail-drop folder %1: %2").arg(m_options.mailDropDir, file.errorString())};
    return {true, false, {}};
}

void NotificationSender::writeMetrics(QByteArray &out) const
{
    out += "# HELP backroom_notification_attempts_total Notification send attempts by outcome on this instance.\n"
           "# TYPE backroom_notification_attempts_total counter\n";
    out += "backroom_notification_attempts_total{outcome=\"sent\"} " + intParam(qint64(m_sent.load())) + '\n';
    out += "backroom_notification_attempts_total{outcome=\"retried\"} " + intParam(qint64(m_retried.load())) + '\n';
    out += "backroom_notification_attempts_total{outcome=\"failed\"} " + intParam(qint64(m_failed.load())) + '\n';
}

const QStringList &NotificationService::statuses()
{
    static const QStringList all{QStringLiteral("queued"), QStringLiteral("sending"), QStringLiteral("sent"),
                                 QStringLiteral("failed")};
    return all;
}

Domain::Result<QJsonArray> NotificationService::list(const QString &status, qint64 before, int limit)
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + notificationColumns
                             + " FROM notifications WHERE ($1::text IS NULL OR status = $1) AND ($2::bigint = 0 OR id < $2) "
                               "ORDER BY id DESC LIMIT $3",
                         {orNull(status), intParam(before), intParam(limit)});
    if (!rows)
        return fail(rows.error().error);
    QJsonArray items;
    for (int i = 0; i < rows->rows(); ++i)
        items.append(notificationFrom(*rows, i, false));
    return items;
}

Domain::Result<QJsonObject> NotificationService::find(qint64 id)
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT " + notificationColumns + " FROM notifications WHERE id = $1", {intParam(id)});
    if (!rows)
        return fail(rows.error().error);
    if (rows->rows() == 0)
        return fail(Error::notFound(QStringLiteral("There is no notification with this id; list them at /api/v1/notifications.")));
    return notificationFrom(*rows, 0, true);
}

Domain::Result<QJsonObject> NotificationService::retry(qint64 id, const AuditActor &actor)
{
    auto db = m_database.acquire();
    return runInTransaction<QJsonObject>(*db, [&](PgConnection &c) -> PgExpected<QJsonObject> {
        auto current = c.exec("SELECT status, body_text = '' FROM notifications WHERE id = $1 FOR UPDATE", {intParam(id)});
        if (!current)
            return std::unexpected(current.error());
        if (current->rows() == 0)
            return refuse(Error::notFound(QStringLiteral("There is no notification with this id; list them at /api/v1/notifications.")));
        const QString status = current->text(0, 0);
        if (status == u"sent")
            return refuse(Error::conflict(QStringLiteral("This notification was sent already; retrying it would mail the customer twice.")));
        if (status == u"sending")
            return refuse(Error::conflict(QStringLiteral("This notification is being sent right now; look again in a minute.")));
        if (current->text(0, 1) == u"t")
            return refuse(Error::conflict(QStringLiteral("This notification could not be rendered (see last_error); a retry would send "
                                                         "an empty mail. Fix the template and the event's data instead.")));
        auto updated = c.exec("UPDATE notifications SET status = 'queued', attempts = 0, next_attempt_at = now(), updated_at = now() "
                              "WHERE id = $1 RETURNING " + notificationColumns,
                              {intParam(id)});
        if (!updated)
            return std::unexpected(updated.error());
        if (auto logged = AuditLog::record(c, actor, {QStringLiteral("notification.retry"), QStringLiteral("notification"),
                                                      QString::number(id), QJsonObject{{QStringLiteral("status"), status}},
                                                      QJsonObject{{QStringLiteral("status"), QStringLiteral("queued")}}});
            !logged)
            return std::unexpected(logged.error());
        if (auto woken = c.exec("SELECT pg_notify('backroom_notifications', '')"); !woken)
            return std::unexpected(woken.error());
        return notificationFrom(*updated, 0, false);
    });
}

} // namespace Backroom::Server
