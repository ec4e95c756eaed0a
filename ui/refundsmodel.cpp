// SPDX-License-Identifier: MIT
#include "ui/refundsmodel.h"

#include "ui/productsmodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

std::optional<RefundRow> RefundRow::fromJson(const QJsonObject &object)
{
    RefundRow row;
    row.id = object.value("id"_L1).toString();
    if (row.id.isEmpty())
        return std::nullopt;
    row.orderId = object.value("order_id"_L1).toString();
    row.orderNumber = object.value("order_number"_L1).toString();
    const QJsonObject amount = object.value("amount"_L1).toObject();
    row.amount = {amount.value("amount"_L1).toInteger(), amount.value("currency"_L1).toString()};
    row.reason = object.value("reason"_L1).toString();
    row.status = object.value("status"_L1).toString();
    row.requestedBy = object.value("requested_by_email"_L1).toString();
    row.error = object.value("error"_L1).toString();
    row.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    return row;
}

RefundsModel::RefundsModel(Session *session, const QString &status, QObject *parent)
    : PagedTableModel(session, parent)
    , m_status(status)
{
}

const RefundRow *RefundsModel::refund(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString RefundsModel::statusTitle(const QString &status)
{
    if (status == "awaiting_approval"_L1)
        return tr("Awaiting approval");
    if (status == "processing"_L1)
        return tr("Processing");
    if (status == "succeeded"_L1)
        return tr("Refunded");
    if (status == "failed"_L1)
        return tr("Failed");
    if (status == "rejected"_L1)
        return tr("Rejected");
    return status;
}

QString RefundsModel::reasonTitle(const QString &reason)
{
    if (reason == "customer_request"_L1)
        return tr("Customer request");
    if (reason == "damaged"_L1)
        return tr("Damaged");
    if (reason == "defective"_L1)
        return tr("Defective");
    if (reason == "wrong_item"_L1)
        return tr("Wrong item");
    if (reason == "not_received"_L1)
        return tr("Not received");
    if (reason == "late_delivery"_L1)
        return tr("Late delivery");
    if (reason == "goodwill"_L1)
        return tr("Goodwill");
    if (reason == "other"_L1)
        return tr("Other");
    return reason;
}

int RefundsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RefundsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RefundRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !row.error.isEmpty())
        return row.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return row.id;
    case OrderColumn:
        return row.orderNumber;
    case AmountColumn:
        return ProductsModel::moneyText(row.amount);
    case ReasonColumn:
        return reasonTitle(row.reason);
    case StatusColumn:
        return statusTitle(row.status);
    case RequestedByColumn:
        return row.requestedBy;
    case CreatedColumn:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RefundsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        //: The number of a refund.
        return tr("Refund");
    case OrderColumn:
        return tr("Order");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Reason");
    case StatusColumn:
        return tr("Status");
    case RequestedByColumn:
        return tr("Asked by");
    case CreatedColumn:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

QString RefundsModel::pagePath(const QString &cursor, int limit) const
{
    QUrlQuery query;
    if (!m_status.isEmpty())
        query.addQueryItem(u"status"_s, m_status);
    return pageUrl(u"/api/v1/refunds"_s, query, cursor, limit);
}

void RefundsModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void RefundsModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
