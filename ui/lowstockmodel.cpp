// SPDX-License-Identifier: MIT
#include "ui/lowstockmodel.h"

#include "ui/session.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

LowStockModel::LowStockModel(Session *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void LowStockModel::reload()
{
    delete std::exchange(m_request, nullptr);
    m_request = new QObject(this);
    QObject *request = m_request;
    m_session->get(u"/api/v1/stock/low"_s, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_request = nullptr;
        if (!response.ok) {
            m_error = response.errorMessage;
            emit loadFailed(m_error);
            return;
        }
        m_error.clear();
        beginResetModel();
        m_rows.clear();
        for (const QJsonValue &value : response.json.object().value("items"_L1).toArray()) {
            const QJsonObject object = value.toObject();
            LowStockRow row;
            row.sku = object.value("sku"_L1).toString();
            row.title = object.value("title"_L1).toString();
            row.available = object.value("available"_L1).toInteger();
            row.reorderPoint = object.value("reorder_point"_L1).toInteger();
            row.reorderQuantity = object.value("reorder_quantity"_L1).toInteger();
            row.suggestedQuantity = object.value("suggested_quantity"_L1).toInteger();
            if (const QJsonValue cover = object.value("days_of_cover"_L1); cover.isDouble())
                row.daysOfCover = cover.toDouble();
            row.reorderOn = QDate::fromString(object.value("reorder_on"_L1).toString(), Qt::ISODate);
            m_rows.append(row);
        }
        endResetModel();
        emit loaded();
    });
}

const LowStockRow *LowStockModel::item(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LowStockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LowStockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LowStockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LowStockRow &row = m_rows.at(index.row());
    if (role == SkuRole)
        return row.sku;
    if (role == Qt::TextAlignmentRole && index.column() >= AvailableColumn && index.column() <= CoverColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case SkuColumn:
        return row.sku;
    case TitleColumn:
        return row.title;
    case AvailableColumn:
        return locale.toString(row.available);
    case ReorderPointColumn:
        return locale.toString(row.reorderPoint);
    case SuggestedColumn:
        return locale.toString(row.suggestedQuantity);
    case CoverColumn:
        return row.daysOfCover ? locale.toString(*row.daysOfCover, 'f', 0) : QString();
    case ReorderOnColumn:
        return row.reorderOn.isValid() ? locale.toString(row.reorderOn, QLocale::ShortFormat) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LowStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case TitleColumn:
        return tr("Title");
    case AvailableColumn:
        return tr("Available");
    case ReorderPointColumn:
        return tr("Reorder point");
    case SuggestedColumn:
        return tr("Reorder quantity");
    case CoverColumn:
        return tr("Days of cover");
    case ReorderOnColumn:
        return tr("Reorder by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Backroom::Ui
