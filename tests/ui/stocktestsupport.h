// SPDX-License-Identifier: MIT
#pragma once

#include "uitestsupport.h"

#include <QJsonObject>

#include <optional>

namespace Backroom::UiTest {

// A server with stock in it, for the Stock area: an administrator's session that sets things up (warehouses,
// products, stock, as the office does) and a warehouse worker's session, the one the views under test use.
class StockServer
{
public:
    // False (see error()) when the server did not start or an account could not sign in.
    bool start();
    QString error() const { return m_error; }
    StaffServer &staff() { return m_server; }
    QUrl url() const { return m_server.url(); }
    Ui::Session &admin() { return m_admin; }
    Ui::Session &worker() { return m_worker; }

    // POST /api/v1/warehouses; the server's message, empty on success.
    QString createWarehouse(const QString &code, const QString &name, int priority);
    // A product with one variant of sku (POST /api/v1/products); the server's message, empty on success.
    QString createProduct(const QString &title, const QString &sku);
    // POST /api/v1/stock/{sku}/adjustments as the administrator; the server's message, empty on success.
    QString adjust(const QString &sku, const QString &warehouse, qint64 delta, const QString &reason = QStringLiteral("received"));
    // PUT /api/v1/stock/{sku}/reorder; the server's message, empty on success.
    QString setReorder(const QString &sku, qint64 point, qint64 quantity);
    // GET /api/v1/stock/{sku}.
    std::optional<QJsonObject> stock(const QString &sku, QString *error = nullptr);
    // Every event of GET /api/v1/stock/{sku}/history, newest first, following the cursor.
    QList<QJsonObject> history(const QString &sku, QString *error = nullptr);

    // The on-hand number of sku in warehouse from a StockItem; -1 when the warehouse is not listed.
    static qint64 onHandIn(const QJsonObject &stock, const QString &warehouse);

private:
    StaffServer m_server;
    Ui::ApiClient m_adminApi;
    Ui::Session m_admin{&m_adminApi, nullptr};
    Ui::ApiClient m_workerApi;
    Ui::Session m_worker{&m_workerApi, nullptr};
    QString m_error;
};

} // namespace Backroom::UiTest
