// SPDX-License-Identifier: MIT
#pragma once

#include "server/customers/customerservice.h"
#include "server/http/router.h"
#include "server/orders/orderservice.h"

namespace Backroom::Server {

// Customers for staff with customers:read: search by name, email or order number (keyset paging by id), the
// profile with addresses, lifetime value and orders per month, the customer's orders (paged like the order
// list), and notes (newest first; adding one is audited).
class CustomerRoutes {
public:
    explicit CustomerRoutes(Database &database) : m_customers(database), m_orders(database) {}
    void registerOn(Router &router);

private:
    CustomerService m_customers;
    OrderService m_orders;
};

} // namespace Backroom::Server
