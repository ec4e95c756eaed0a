// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/inventory/inventoryservice.h"

namespace Backroom::Server {

// Warehouses and stock: levels, history, adjustments, counts, transfers, reservations, the low-stock list,
// forecasts and the projection check. Every POST that moves stock requires an Idempotency-Key.
class InventoryRoutes {
public:
    InventoryRoutes(Database &database, InventoryService::Options options) : m_inventory(database, options) {}
    void registerOn(Router &router);

private:
    InventoryService m_inventory;
};

} // namespace Backroom::Server
