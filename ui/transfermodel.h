// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// A transfer between warehouses as the API answers it: shipped from one, received (in parts) at the other.
struct TransferRow {
    QString id;
    QString sku;
    QString from;
    QString to;
    qint64 quantity = 0;
    qint64 received = 0;
    QString status; // in_transit, partially_received, received
    QString note;
    QDateTime createdAt;

    qint64 outstanding() const { return quantity - received; }
    static std::optional<TransferRow> fromJson(const QJsonObject &object);
};

// The transfers of GET /api/v1/stock/transfers, newest first, paged (PagedTableModel); by default the ones
// still in transit, which is what the receiving warehouse works through. GUI thread.
class TransferModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, SkuColumn, FromColumn, ToColumn, QuantityColumn, ReceivedColumn, StatusColumn,
                  CreatedColumn, NoteColumn, ColumnCount };
    // The API's status filter: in_transit (also the partly received), received or all.
    enum class Show { InTransit, Received, All };

    explicit TransferModel(Session *session, QObject *parent = nullptr);

    Show show() const { return m_show; }
    // Takes effect with the next reload().
    void setShow(Show show) { m_show = show; }

    const TransferRow *transfer(int row) const;
    int rowOf(const QString &id) const;
    // Replaces a loaded transfer with the server's newer answer (after a receipt); false when not loaded.
    bool updateTransfer(const QJsonObject &transfer);
    static QString statusTitle(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<TransferRow> m_rows;
    Show m_show = Show::InTransit;
};

} // namespace Backroom::Ui
