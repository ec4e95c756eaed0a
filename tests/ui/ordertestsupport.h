// SPDX-License-Identifier: MIT
#pragma once

#include "uitestsupport.h"

#include "domain/order.h"

#include <QJsonObject>

#include <optional>

namespace Backroom::UiTest {

// A server with orders in it, for the Orders area: an administrator's session that sets things up, a support
// agent's session (orders:manage, the one the views under test use) and a second agent's, for changes made
// elsewhere. No order can be placed through the API yet (checkout comes with its saga), so orders are placed
// the way the saga will place them: OrderService::createOrder in a transaction on the test's own connection
// to the server's database.
class OrderServer
{
public:
    // False (see error()) when the server did not start or an account could not sign in. extraArgs go to
    // `backroom-server serve`.
    bool start(const QStringList &extraArgs = {});
    QString error() const { return m_error; }
    QUrl url() const { return m_server.url(); }
    StaffServer &staff() { return m_server; }
    Ui::Session &admin() { return m_admin; }
    Ui::Session &agent() { return m_agent; }
    Ui::Session &otherAgent() { return m_otherAgent; }

    struct Placed {
        QString id;
        QString number;
    };
    struct Order {
        QString email;
        QString name;
        QString sku = QStringLiteral("MUG-1");
        qint64 quantity = 1;
        qint64 unitPrice = 1000; // GBP minor units, tax included
        Domain::OrderStatus status = Domain::OrderStatus::Confirmed;
        QString reservationId; // empty: none
        QDateTime placedAt;    // invalid: now
    };
    // Places order; nullopt with the reason in *error when it could not.
    std::optional<Placed> place(const Order &order, QString *error = nullptr);
    // Holds quantity of sku (stock must be there) through POST /api/v1/stock/reservations; its id, or empty.
    QString reserve(const QString &sku, qint64 quantity, QString *error = nullptr);
    // A product with one variant of sku and onHand units in MAIN, as the office sets it up; the server's
    // message, empty on success.
    QString stockProduct(const QString &title, const QString &sku, qint64 onHand);
    // GET /api/v1/orders/{id} as the admin.
    std::optional<QJsonObject> order(const QString &id, QString *error = nullptr);
    // POST /api/v1/orders/{id}/{action} as the other agent, on the current version; the message, empty on
    // success.
    QString actElsewhere(const QString &id, const QString &action, const QJsonObject &body = {});

private:
    StaffServer m_server;
    Ui::ApiClient m_adminApi;
    Ui::Session m_admin{&m_adminApi, nullptr};
    Ui::ApiClient m_agentApi;
    Ui::Session m_agent{&m_agentApi, nullptr};
    Ui::ApiClient m_otherApi;
    Ui::Session m_otherAgent{&m_otherApi, nullptr};
    QString m_error;
    int m_placed = 0;
};

} // namespace Backroom::UiTest
