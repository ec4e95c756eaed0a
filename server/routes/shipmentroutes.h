// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/shipments/shipmentservice.h"

namespace Backroom::Server {

// Shipments of orders (staff, shipments:manage), the carriers' tracking webhook (signed, public) and the
// storefront's public tracking.
class ShipmentRoutes {
public:
    explicit ShipmentRoutes(Database &database) : m_shipments(database) {}
    void registerOn(Router &router);

private:
    ShipmentService m_shipments;
};

} // namespace Backroom::Server
