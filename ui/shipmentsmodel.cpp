// SPDX-License-Identifier: MIT
#include "ui/shipmentsmodel.h"

#include "domain/shipment.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

QUrlQuery ShipmentFilter::query() const
{
    QUrlQuery q;
    if (!status.isEmpty())
        q.addQueryItem(u"status"_s, status);
    if (!carrier.isEmpty())
        q.addQueryItem(u"carrier"_s, carrier);
    if (!warehouse.trimmed().isEmpty())
        q.addQueryItem(u"warehouse"_s, QString::fromUtf8(QUrl::toPercentEncoding(warehouse.trimmed())));
    if (lateOnly)
        q.addQueryItem(u"late"_s, u"true"_s);
    if (exceptionsOnly)
        q.addQueryItem(u"exception"_s, u"true"_s);
    return q;
}

std::optional<ShipmentRow> ShipmentRow::fromJson(const QJsonObject &o)
{
    ShipmentRow r;
    r.id = o.value(u"id"_s).toString();
    if (r.id.isEmpty())
        return std::nullopt;
    r.orderId = o.value(u"order_id"_s).toString();
    r.orderNumber = o.value(u"order_number"_s).toString();
    r.warehouse = o.value(u"warehouse"_s).toString();
    r.carrier = o.value(u"carrier"_s).toString();
    r.trackingNumber = o.value(u"tracking_number"_s).toString();
    r.status = o.value(u"status"_s).toString();
    r.late = o.value(u"late"_s).toBool();
    r.shippedAt = QDateTime::fromString(o.value(u"shipped_at"_s).toString(), Qt::ISODateWithMs);
    r.version = o.value(u"version"_s).toInt();
    return r;
}

ShipmentsModel::ShipmentsModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

const ShipmentRow *ShipmentsModel::shipment(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ShipmentsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

bool ShipmentsModel::updateShipment(const QJsonObject &shipment)
{
    const auto row = ShipmentRow::fromJson(shipment);
    const int i = row ? rowOf(row->id) : -1;
    if (i < 0 || row->version < m_rows[i].version)
        return false;
    m_rows[i] = *row;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    return true;
}

QStringList ShipmentsModel::statuses()
{
    return QStringList{u"pending"_s} + Domain::trackingStatusNames();
}

QString ShipmentsModel::statusTitle(const QString &status)
{
    if (status == u"pending")
        return tr("Pending");
    if (status == u"label_created")
        return tr("Label created");
    if (status == u"picked_up")
        return tr("Picked up");
    if (status == u"in_transit")
        return tr("In transit");
    if (status == u"out_for_delivery")
        return tr("Out for delivery");
    if (status == u"delivered")
        return tr("Delivered");
    if (status == u"exception")
        return tr("Exception");
    if (status == u"returned_to_sender")
        return tr("Returned to sender");
    return status;
}

QString ShipmentsModel::carrierTitle(const QString &carrier)
{
    if (carrier == u"royal_mail")
        return tr("Royal Mail");
    if (carrier == u"dhl")
        return tr("DHL");
    if (carrier == u"ups")
        return tr("UPS");
    if (carrier == u"fedex")
        return tr("FedEx");
    if (carrier == u"dpd")
        return tr("DPD");
    if (carrier == u"other")
        return tr("Other");
    return carrier;
}

int ShipmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShipmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShipmentsModel::data(const QModelIndex &index, int role) const
{
    const ShipmentRow *r = shipment(index.row());
    if (!r || !index.isValid())
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && (r->late || r->status == u"exception"))
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return r->id;
    case OrderColumn: return r->orderNumber;
    case WarehouseColumn: return r->warehouse;
    case CarrierColumn: return carrierTitle(r->carrier);
    case TrackingColumn: return r->trackingNumber;
    case StatusColumn: return r->late ? tr("%1 (late)").arg(statusTitle(r->status)) : statusTitle(r->status);
    case ShippedColumn:
        return r->shippedAt.isValid() ? QLocale().toString(r->shippedAt.toLocalTime(), QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant ShipmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Shipment");
    case OrderColumn: return tr("Order");
    case WarehouseColumn: return tr("Warehouse");
    case CarrierColumn: return tr("Carrier");
    case TrackingColumn: return tr("Tracking number");
    case StatusColumn: return tr("Status");
    case ShippedColumn: return tr("Shipped");
    }
    return {};
}

QString ShipmentsModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(u"/api/v1/shipments"_s, m_filter.query(), cursor, limit);
}

void ShipmentsModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void ShipmentsModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
