// SPDX-License-Identifier: MIT
#include "stocktestsupport.h"

#include "catalogtestsupport.h"

#include <QJsonArray>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Backroom::UiTest {

namespace {

QString skuPath(const QString &sku)
{
    return u"/api/v1/stock/"_s + QString::fromLatin1(QUrl::toPercentEncoding(sku));
}

} // namespace

bool StockServer::start()
{
    if (!m_server.start()) {
        m_error = m_server.output();
        return false;
    }
    const auto admin = m_server.addUser({u"admin"_s}, &m_error);
    if (!admin)
        return false;
    const auto worker = m_server.addUser({u"warehouse"_s}, &m_error);
    if (!worker)
        return false;
    m_error = signInAndWait(m_admin, m_server.url(), admin->email, admin->password);
    if (m_error.isEmpty())
        m_error = signInAndWait(m_worker, m_server.url(), worker->email, worker->password);
    return m_error.isEmpty();
}

QString StockServer::createWarehouse(const QString &code, const QString &name, int priority)
{
    const QJsonObject body{{u"code"_s, code}, {u"name"_s, name}, {u"priority"_s, priority}};
    return messageOf(sendAndWait(m_admin, {QByteArrayLiteral("POST"), u"/api/v1/warehouses"_s, QJsonDocument(body), {}, {}}),
                     u"POST /api/v1/warehouses"_s);
}

QString StockServer::createProduct(const QString &title, const QString &sku)
{
    QString error;
    if (!UiTest::createProduct(m_admin, title, sku, 1000, {}, u"active"_s, &error))
        return error.isEmpty() ? u"the product was not created"_s : error;
    return {};
}

QString StockServer::adjust(const QString &sku, const QString &warehouse, qint64 delta, const QString &reason)
{
    Ui::ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = skuPath(sku) + u"/adjustments"_s;
    request.body = QJsonDocument(QJsonObject{{u"warehouse"_s, warehouse}, {u"delta"_s, delta}, {u"reason"_s, reason}});
    request.headers.append({QByteArrayLiteral("Idempotency-Key"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    return messageOf(sendAndWait(m_admin, request), request.path);
}

QString StockServer::setReorder(const QString &sku, qint64 point, qint64 quantity)
{
    Ui::ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = skuPath(sku) + u"/reorder"_s;
    request.body = QJsonDocument(QJsonObject{{u"reorder_point"_s, point}, {u"reorder_quantity"_s, quantity}});
    return messageOf(sendAndWait(m_admin, request), request.path);
}

std::optional<QJsonObject> StockServer::stock(const QString &sku, QString *error)
{
    const auto response = sendAndWait(m_admin, {QByteArrayLiteral("GET"), skuPath(sku), std::nullopt, {}, {}});
    if (response && response->ok)
        return response->json.object();
    if (error)
        *error = messageOf(response, skuPath(sku));
    return std::nullopt;
}

QList<QJsonObject> StockServer::history(const QString &sku, QString *error)
{
    QList<QJsonObject> events;
    QString cursor;
    do {
        QString path = skuPath(sku) + u"/history?limit=100"_s;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const auto response = sendAndWait(m_admin, {QByteArrayLiteral("GET"), path, std::nullopt, {}, {}});
        if (!response || !response->ok) {
            if (error)
                *error = messageOf(response, path);
            return events;
        }
        const QJsonObject page = response->json.object();
        for (const QJsonValue &value : page.value("items"_L1).toArray())
            events.append(value.toObject());
        cursor = page.value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty());
    return events;
}

qint64 StockServer::onHandIn(const QJsonObject &stock, const QString &warehouse)
{
    for (const QJsonValue &value : stock.value("warehouses"_L1).toArray()) {
        if (value.toObject().value("warehouse"_L1).toString() == warehouse)
            return value.toObject().value("on_hand"_L1).toInteger();
    }
    return -1;
}

} // namespace Backroom::UiTest
