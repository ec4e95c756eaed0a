// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/orders/orderservice.h"
#include "server/sagas/checkoutsagas.h"

namespace Backroom::Server {

// POST /api/v1/carts/{id}/checkout (the checkout saga, Idempotency-Key required) and
// GET /api/v1/checkouts/{id} (a checkout's progress; its unguessable id is the key).
class CheckoutRoutes {
public:
    CheckoutRoutes(Database &database, CheckoutSagas &sagas) : m_orders(database), m_sagas(sagas) {}
    void registerOn(Router &router);

private:
    HttpResponse answer(const SagaRecord &saga);

    OrderService m_orders;
    CheckoutSagas &m_sagas;
};

} // namespace Backroom::Server
