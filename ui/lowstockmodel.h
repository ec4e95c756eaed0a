// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace Backroom::Ui {

class Session;

// One SKU of the low-stock list, with the server's reorder suggestion.
struct LowStockRow {
    QString sku;
    QString title;
    qint64 available = 0;
    qint64 reorderPoint = 0;
    qint64 reorderQuantity = 0;
    qint64 suggestedQuantity = 0;
    std::optional<double> daysOfCover;
    QDate reorderOn;
};

// The SKUs whose available stock is below their reorder point (GET /api/v1/stock/low), with how many to
// reorder and by when. The list is short by nature and comes in one answer. GUI thread.
class LowStockModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SkuColumn, TitleColumn, AvailableColumn, ReorderPointColumn, SuggestedColumn, CoverColumn,
                  ReorderOnColumn, ColumnCount };
    static constexpr int SkuRole = Qt::UserRole;

    explicit LowStockModel(Session *session, QObject *parent = nullptr);

    void reload();
    bool isLoading() const { return m_request != nullptr; }
    QString errorMessage() const { return m_error; }
    const LowStockRow *item(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    Session *m_session;
    QObject *m_request = nullptr;
    QList<LowStockRow> m_rows;
    QString m_error;
};

} // namespace Backroom::Ui
