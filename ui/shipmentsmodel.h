// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// What the shipments list is narrowed to: the filters of GET /api/v1/shipments.
struct ShipmentFilter {
    QString status; // pending or a tracking status; empty: any
    QString carrier;
    QString warehouse;
    bool lateOnly = false;
    bool exceptionsOnly = false;
    QUrlQuery query() const;
    friend bool operator==(const ShipmentFilter &, const ShipmentFilter &) = default;
};

struct ShipmentRow {
    QString id;
    QString orderId;
    QString orderNumber;
    QString warehouse;
    QString carrier;
    QString trackingNumber;
    QString status;
    bool late = false;
    QDateTime shippedAt;
    int version = 0;
    static std::optional<ShipmentRow> fromJson(const QJsonObject &object);
};

// The shipments of GET /api/v1/shipments, newest first, paged, under a ShipmentFilter. GUI thread.
class ShipmentsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, OrderColumn, WarehouseColumn, CarrierColumn, TrackingColumn, StatusColumn, ShippedColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit ShipmentsModel(Session *session, QObject *parent = nullptr);

    ShipmentFilter filter() const { return m_filter; }
    void setFilter(const ShipmentFilter &filter) { m_filter = filter; } // takes effect with the next reload()
    const ShipmentRow *shipment(int row) const;
    int rowOf(const QString &id) const;
    // Replaces a loaded shipment with newer data (GET /api/v1/shipments/{id}); false when it is not loaded.
    bool updateShipment(const QJsonObject &shipment);

    // "Pending", "In transit", …
    static QString statusTitle(const QString &status);
    static QStringList statuses(); // pending, then the tracking statuses
    static QString carrierTitle(const QString &carrier);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    ShipmentFilter m_filter;
    QList<ShipmentRow> m_rows;
};

} // namespace Backroom::Ui
