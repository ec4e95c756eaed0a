// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "catalogtestsupport.h"

#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Backroom::UiTest {

namespace {

} // namespace

bool OrderServer::start(const QStringList &extraArgs)
{
    if (!m_server.start(extraArgs)) {
        m_error = m_server.output();
        return false;
    }
    const auto admin = m_server.addUser({u"admin"_s}, &m_error);
    if (!admin)
        return false;
    const auto agent = m_server.addUser({u"support"_s}, &m_error);
    if (!agent)
        return false;
    const auto other = m_server.addUser({u"support"_s}, &m_error);
    if (!other)
        return false;
    m_error = signInAndWait(m_admin, m_server.url(), admin->email, admin->password);
    if (m_error.isEmpty())
        m_error = signInAndWait(m_agent, m_server.url(), agent->email, agent->password);
    if (m_error.isEmpty())
        m_error = signInAndWait(m_otherAgent, m_server.url(), other->email, other->password);
    return m_error.isEmpty();
}

std::optional<OrderServer::Placed> OrderServer::place(const Order &order, QString *error)
{
    Server::NewOrder o;
    o.email = order.email;
    o.customerName = order.name;
    o.shippingAddress.name = order.name;
    o.shippingAddress.line1 = u"1 High Street"_s;
    o.shippingAddress.city = u"London"_s;
    o.shippingAddress.postalCode = u"N1 9GU"_s;
    o.shippingAddress.country = u"GB"_s;
    const Domain::Money price{order.unitPrice, u"GBP"_s};
    auto totals = Domain::computeTotals({{order.sku, order.sku + u" (test)"_s, order.quantity, price, price, {}, {}}}, u"GB"_s,
                                        u"GBP"_s, Domain::PricingRules::standard());
    if (!totals) {
        if (error)
            *error = totals.error().message;
        return std::nullopt;
    }
    o.totals = *totals;
    o.paymentReference = u"pi_test_%1"_s.arg(++m_placed);
    o.sourceReference = u"ui-test:%1"_s.arg(m_placed);
    o.status = order.status;
    if (!order.reservationId.isEmpty())
        o.reservationId = order.reservationId.toLongLong();
    if (order.placedAt.isValid())
        o.placedAt = order.placedAt;
    const Server::AuditActor actor{std::nullopt, QByteArrayLiteral("ui-test"), u"checkout"_s};
    Server::PgConnection c(m_server.server().database()->conninfo());
    auto placed = Server::runInTransaction<Server::StoredOrder>(
        c, [&](Server::PgConnection &tx) { return Server::OrderService::createOrder(tx, o, actor); });
    if (!placed) {
        if (error)
            *error = placed.error().message;
        return std::nullopt;
    }
    return Placed{QString::number(placed->id), placed->number};
}

QString OrderServer::reserve(const QString &sku, qint64 quantity, QString *error)
{
    Ui::ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = u"/api/v1/stock/reservations"_s;
    request.body = QJsonDocument(QJsonObject{
        {u"lines"_s, QJsonArray{QJsonObject{{u"sku"_s, sku}, {u"quantity"_s, quantity}}}}, {u"reference"_s, u"ui-test"_s}});
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    const auto response = sendAndWait(m_admin, request);
    if (!response || !response->ok) {
        if (error)
            *error = messageOf(response, request.path);
        return {};
    }
    return response->json.object().value("id"_L1).toString();
}

QString OrderServer::stockProduct(const QString &title, const QString &sku, qint64 onHand)
{
    QString error;
    if (!UiTest::createProduct(m_admin, title, sku, 1000, {}, u"active"_s, &error))
        return error.isEmpty() ? u"the product was not created"_s : error;
    Ui::ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = u"/api/v1/stock/%1/adjustments"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(sku)));
    request.body = QJsonDocument(QJsonObject{{u"warehouse"_s, u"MAIN"_s}, {u"delta"_s, onHand}, {u"reason"_s, u"received"_s}});
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return messageOf(sendAndWait(m_admin, request), request.path);
}

std::optional<QJsonObject> OrderServer::order(const QString &id, QString *error)
{
    const QString path = u"/api/v1/orders/"_s + id;
    const auto response = sendAndWait(m_admin, {QByteArrayLiteral("GET"), path, std::nullopt, {}, {}});
    if (response && response->ok)
        return response->json.object();
    if (error)
        *error = messageOf(response, path);
    return std::nullopt;
}

QString OrderServer::actElsewhere(const QString &id, const QString &action, const QJsonObject &body)
{
    QString error;
    const std::optional<QJsonObject> current = order(id, &error);
    if (!current)
        return error;
    Ui::ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = u"/api/v1/orders/%1/%2"_s.arg(id, action);
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(current->value("version"_L1).toInt()) + '"'});
    return messageOf(sendAndWait(m_otherAgent, request), request.path);
}

} // namespace Backroom::UiTest
