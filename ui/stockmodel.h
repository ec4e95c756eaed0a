// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Backroom::Ui {

// The numbers of one SKU in one warehouse, or over all of them.
struct StockLevels {
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 allocated = 0;
    qint64 available = 0;
    qint64 incoming = 0;

    static StockLevels fromJson(const QJsonObject &object);
};

// One SKU as the stock grid shows it (a StockItem of the API).
struct StockRow {
    QString sku;
    QString productId;
    QString title;
    StockLevels total;
    std::optional<qint64> reorderPoint;
    std::optional<qint64> reorderQuantity;
    bool low = false;
    QHash<QString, StockLevels> warehouses; // by warehouse code

    static std::optional<StockRow> fromJson(const QJsonObject &object);
};

// What the stock grid is narrowed to; the server filters. Empty parts do not narrow.
struct StockFilter {
    QString warehouse; // a warehouse code: the numbers are that warehouse's
    QString text;      // SKU prefix, barcode or title words
    bool lowOnly = false;

    friend bool operator==(const StockFilter &, const StockFilter &) = default;
};

// SKUs × warehouses (GET /api/v1/stock), paged (PagedTableModel) in the server's order. Columns: SKU, title,
// on hand / reserved / available for each warehouse of setWarehouses() (none when the filter names one
// warehouse: the totals are then that warehouse's), the totals, and whether the SKU is low. refreshSku()
// re-reads one loaded row (after a change, or when the event feed names it). GUI thread.
class StockModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum FixedColumn { SkuColumn, TitleColumn, FirstWarehouseColumn };
    enum class Measure { OnHand, Reserved, Available };
    static constexpr int SkuRole = Qt::UserRole;
    static constexpr int LowRole = Qt::UserRole + 1;

    explicit StockModel(Session *session, QObject *parent = nullptr);

    StockFilter filter() const { return m_filter; }
    // Takes effect with the next reload().
    void setFilter(const StockFilter &filter);
    // The warehouse codes that get columns of their own, in order.
    void setWarehouses(const QStringList &codes);
    QStringList warehouseColumns() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The columns after the warehouses'.
    int totalColumn(Measure measure) const;
    int lowColumn() const;

    const StockRow *stock(int row) const;
    int rowOf(const QString &sku) const;
    // Replaces the loaded row of the same SKU from a StockItem; false when that SKU is not loaded.
    bool updateStock(const QJsonObject &item);
    // Asks the server for sku again and updates its row; nothing when the SKU is not loaded.
    void refreshSku(const QString &sku);

    static QString queryOf(const StockFilter &filter);

signals:
    // A row was re-read by refreshSku().
    void skuRefreshed(const QString &sku);

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    static qint64 measureOf(const StockLevels &levels, Measure measure);
    static QString measureTitle(Measure measure);

    StockFilter m_filter;
    QStringList m_warehouses;
    QList<StockRow> m_rows;
};

} // namespace Backroom::Ui
