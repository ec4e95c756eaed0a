// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "ui/pagedtablemodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// A refund as GET /api/v1/refunds answers it.
struct RefundRow {
    QString id;
    QString orderId;
    QString orderNumber;
    Domain::Money amount;
    QString reason;
    QString status; // awaiting_approval, processing, succeeded, failed, rejected
    QString requestedBy;
    QString error;
    QDateTime createdAt;

    static std::optional<RefundRow> fromJson(const QJsonObject &object);
};

// The refunds of GET /api/v1/refunds, newest first, paged (PagedTableModel), of one status or all: the
// approval queue is status awaiting_approval. GUI thread.
class RefundsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, OrderColumn, AmountColumn, ReasonColumn, StatusColumn, RequestedByColumn, CreatedColumn, ColumnCount };

    // status: the API's filter, empty for every refund.
    explicit RefundsModel(Session *session, const QString &status = {}, QObject *parent = nullptr);

    const RefundRow *refund(int row) const;
    static QString statusTitle(const QString &status);
    static QString reasonTitle(const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<RefundRow> m_rows;
    QString m_status;
};

} // namespace Backroom::Ui
