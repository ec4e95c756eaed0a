// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/orders/cartservice.h"
#include "server/orders/orderservice.h"

namespace Backroom::Server {

// Carts (guests and customers; totals in every answer) and orders: a customer's own list and detail, the
// staff list with filters and keyset paging, detail with lines and timeline, and the actions (cancel, pick,
// pack, notes), each conditional on If-Match.
class OrderRoutes {
public:
    explicit OrderRoutes(Database &database) : m_database(database), m_carts(database), m_orders(database) {}
    void registerOn(Router &router);

    // The saga (next) installs its compensation for cancellations here.
    OrderService &orders() { return m_orders; }
    CartService &carts() { return m_carts; }

private:
    Database &m_database; // the staff detail's shipments
    CartService m_carts;
    OrderService m_orders;
};

} // namespace Backroom::Server
