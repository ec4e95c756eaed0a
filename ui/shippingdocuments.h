// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace Backroom::Ui {

// The paper that goes with a shipment, drawn on the desktop from the server's JSON (the server renders no
// PDFs): a packing slip (A4: order number, ship-to address, the shipment's lines with SKU, title and
// quantity) and a shipping label (A6: ship-to address, carrier, service, tracking number, parcels and
// weight). shipment is GET /api/v1/shipments/{id}, order GET /api/v1/orders/{id} (for the address and the
// line titles). Both answer PDF bytes from QPdfWriter. GUI thread (fonts).
QByteArray packingSlipPdf(const QJsonObject &shipment, const QJsonObject &order);
QByteArray shippingLabelPdf(const QJsonObject &shipment, const QJsonObject &order);
// The same drawn on any paged device (a printer): sets its page size (A4, A6) and paints. False when the
// device cannot be painted on.
bool paintPackingSlip(QPagedPaintDevice &device, const QJsonObject &shipment, const QJsonObject &order);
bool paintShippingLabel(QPagedPaintDevice &device, const QJsonObject &shipment, const QJsonObject &order);

} // namespace Backroom::Ui
