// SPDX-License-Identifier: MIT
#include "ui/transfermodel.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

std::optional<TransferRow> TransferRow::fromJson(const QJsonObject &object)
{
    TransferRow row;
    row.id = object.value("id"_L1).toVariant().toString();
    if (row.id.isEmpty())
        return std::nullopt;
    row.sku = object.value("sku"_L1).toString();
    row.from = object.value("from"_L1).toString();
    row.to = object.value("to"_L1).toString();
    row.quantity = object.value("quantity"_L1).toInteger();
    row.received = object.value("received"_L1).toInteger();
    row.status = object.value("status"_L1).toString();
    row.note = object.value("note"_L1).toString();
    row.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    return row;
}

TransferModel::TransferModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

const TransferRow *TransferModel::transfer(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TransferModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool TransferModel::updateTransfer(const QJsonObject &transfer)
{
    const std::optional<TransferRow> row = TransferRow::fromJson(transfer);
    const int at = row ? rowOf(row->id) : -1;
    if (at < 0)
        return false;
    m_rows[at] = *row;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
    return true;
}

QString TransferModel::statusTitle(const QString &status)
{
    if (status == "in_transit"_L1)
        return tr("In transit");
    if (status == "partially_received"_L1)
        return tr("Partly received");
    if (status == "received"_L1)
        return tr("Received");
    return status;
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == QuantityColumn || index.column() == ReceivedColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return row.id;
    case SkuColumn:
        return row.sku;
    case FromColumn:
        return row.from;
    case ToColumn:
        return row.to;
    case QuantityColumn:
        return QLocale().toString(row.quantity);
    case ReceivedColumn:
        return QLocale().toString(row.received);
    case StatusColumn:
        return statusTitle(row.status);
    case CreatedColumn:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case NoteColumn:
        return row.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        //: The number of a transfer.
        return tr("No.");
    case SkuColumn:
        return tr("SKU");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case QuantityColumn:
        return tr("Sent");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Sent at");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QString TransferModel::pagePath(const QString &cursor, int limit) const
{
    const QString status = m_show == Show::InTransit ? u"in_transit"_s : m_show == Show::Received ? u"received"_s : u"all"_s;
    QUrlQuery query;
    query.addQueryItem(u"status"_s, status);
    return pageUrl(u"/api/v1/stock/transfers"_s, query, cursor, limit);
}

void TransferModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void TransferModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
