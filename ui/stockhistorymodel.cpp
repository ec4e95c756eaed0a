// SPDX-License-Identifier: MIT
#include "ui/stockhistorymodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

StockEventRow StockEventRow::fromJson(const QJsonObject &object)
{
    StockEventRow row;
    row.id = object.value("id"_L1).toInteger();
    row.warehouse = object.value("warehouse"_L1).toString();
    row.type = object.value("type"_L1).toString();
    row.quantity = object.value("quantity"_L1).toInteger();
    row.reason = object.value("reason"_L1).toString();
    row.note = object.value("note"_L1).toString();
    row.actor = object.value("actor"_L1).toVariant().toString();
    row.reference = object.value("reference"_L1).toVariant().toString();
    row.occurredAt = QDateTime::fromString(object.value("occurred_at"_L1).toString(), Qt::ISODateWithMs);
    row.onHandAfter = object.value("on_hand_after"_L1).toInteger();
    row.availableAfter = object.value("available_after"_L1).toInteger();
    return row;
}

StockHistoryModel::StockHistoryModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

int StockHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockEventRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == QuantityColumn || index.column() == OnHandColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !row.note.isEmpty())
        return row.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(row.occurredAt.toLocalTime(), QLocale::ShortFormat);
    case WarehouseColumn:
        return row.warehouse;
    case TypeColumn:
        return row.type;
    case QuantityColumn:
        return QLocale().toString(row.quantity);
    case OnHandColumn:
        return QLocale().toString(row.onHandAfter);
    case ReasonColumn:
        return row.note.isEmpty() ? row.reason : tr("%1: %2").arg(row.reason, row.note);
    case ActorColumn:
        return row.actor;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant StockHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("When");
    case WarehouseColumn:
        return tr("Warehouse");
    case TypeColumn:
        return tr("Event");
    case QuantityColumn:
        return tr("Quantity");
    case OnHandColumn:
        return tr("On hand after");
    case ReasonColumn:
        return tr("Reason");
    case ActorColumn:
        return tr("By");
    case ColumnCount:
        break;
    }
    return {};
}

const StockEventRow *StockHistoryModel::event(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString StockHistoryModel::pagePath(const QString &cursor, int limit) const
{
    QString path = u"/api/v1/stock/%1/history?limit=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(m_sku)))
                       .arg(limit);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path;
}

void StockHistoryModel::appendItems(const QJsonArray &items)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + items.size() - 1));
    for (const QJsonValue &value : items)
        m_rows.append(StockEventRow::fromJson(value.toObject()));
    endInsertRows();
}

void StockHistoryModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
