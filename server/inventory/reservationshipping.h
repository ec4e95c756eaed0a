// SPDX-License-Identifier: MIT
#pragma once

#include "server/inventory/inventoryservice.h"
#include "server/store/pgconnection.h"

namespace Backroom::Server {

// Ships part of a held reservation on c (inside the caller's transaction): for each line, takes its quantity
// out of the reservation's lines in warehouse (so a later release or cancellation gives back only what is
// still held), then allocates and ships it from that warehouse's stock stream, with the heads, audit-free
// InventoryChanged events and low-stock checks every stock write has. The reservation becomes "shipped" when
// nothing is left in it. InvalidTransition when the reservation is not held; Validation on "warehouse" for
// an unknown one; Conflict when it holds less of a SKU in warehouse than asked. Shipments call this.
PgExpected<Reservation> shipFromReservation(PgConnection &c, qint64 reservationId, const QString &warehouse,
                                            const QList<Domain::StockLine> &lines, const AuditActor &actor);

} // namespace Backroom::Server
