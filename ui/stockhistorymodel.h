// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// One inventory event of a SKU (a StockEvent of the API).
struct StockEventRow {
    qint64 id = 0;
    QString warehouse;
    QString type;
    qint64 quantity = 0;
    QString reason;
    QString note;
    QString actor;
    QString reference;
    QDateTime occurredAt;
    qint64 onHandAfter = 0;
    qint64 availableAfter = 0;

    static StockEventRow fromJson(const QJsonObject &object);
};

// The event history of one SKU, newest first (GET /api/v1/stock/{sku}/history), paged. GUI thread.
class StockHistoryModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WarehouseColumn, TypeColumn, QuantityColumn, OnHandColumn, ReasonColumn, ActorColumn,
                  ColumnCount };

    explicit StockHistoryModel(Session *session, QObject *parent = nullptr);

    QString sku() const { return m_sku; }
    // Takes effect with the next reload().
    void setSku(const QString &sku) { m_sku = sku; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StockEventRow *event(int row) const;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QString m_sku;
    QList<StockEventRow> m_rows;
};

} // namespace Backroom::Ui
