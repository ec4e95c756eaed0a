// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/orders/orderservice.h"
#include "server/sagas/checkoutsagas.h"

namespace Backroom::Server {

// The saga monitor (system:manage): GET /api/v1/sagas (status, kind, keyset pages), /api/v1/sagas/counts,
// /api/v1/sagas/{id} (steps, order, reservation and charge references), and the actions
// POST /api/v1/sagas/{id}/retry and /compensate (CheckoutSagas::retry and ::compensate say what each means
// per state; 409 where it cannot apply or while the saga runs elsewhere).
class SagaRoutes {
public:
    SagaRoutes(Database &database, CheckoutSagas &sagas) : m_orders(database), m_sagas(sagas) {}
    void registerOn(Router &router);

private:
    HttpResponse detail(const Domain::Result<SagaRecord> &saga);

    OrderService m_orders;
    CheckoutSagas &m_sagas;
};

} // namespace Backroom::Server
