// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/refunds/refundservice.h"

namespace Backroom::Server {

// Refunds (preview, create with an Idempotency-Key, lists, the approval queue, approve/reject) and returns
// (open, receive, refund).
class RefundRoutes {
public:
    explicit RefundRoutes(RefundService &refunds) : m_refunds(refunds) {}
    void registerOn(Router &router);

private:
    RefundService &m_refunds;
};

} // namespace Backroom::Server
