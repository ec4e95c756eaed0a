// SPDX-License-Identifier: MIT
#include "ui/stockmodel.h"

#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

std::optional<qint64> optionalNumber(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInteger();
}

constexpr int MeasuresPerWarehouse = 3;

} // namespace

StockLevels StockLevels::fromJson(const QJsonObject &object)
{
    StockLevels levels;
    levels.onHand = object.value("on_hand"_L1).toInteger();
    levels.reserved = object.value("reserved"_L1).toInteger();
    levels.allocated = object.value("allocated"_L1).toInteger();
    levels.available = object.value("available"_L1).toInteger();
    levels.incoming = object.value("incoming"_L1).toInteger();
    return levels;
}

std::optional<StockRow> StockRow::fromJson(const QJsonObject &object)
{
    StockRow row;
    row.sku = object.value("sku"_L1).toString();
    if (row.sku.isEmpty())
        return std::nullopt;
    row.productId = object.value("product_id"_L1).toVariant().toString();
    row.title = object.value("title"_L1).toString();
    row.total = StockLevels::fromJson(object);
    row.reorderPoint = optionalNumber(object.value("reorder_point"_L1));
    row.reorderQuantity = optionalNumber(object.value("reorder_quantity"_L1));
    row.low = object.value("low"_L1).toBool();
    for (const QJsonValue &value : object.value("warehouses"_L1).toArray()) {
        const QJsonObject warehouse = value.toObject();
        row.warehouses.insert(warehouse.value("warehouse"_L1).toString(), StockLevels::fromJson(warehouse));
    }
    return row;
}

StockModel::StockModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

void StockModel::setFilter(const StockFilter &filter)
{
    if (filter.warehouse != m_filter.warehouse) {
        beginResetModel();
        m_filter = filter;
        endResetModel();
        return;
    }
    m_filter = filter;
}

void StockModel::setWarehouses(const QStringList &codes)
{
    if (codes == m_warehouses)
        return;
    beginResetModel();
    m_warehouses = codes;
    endResetModel();
}

QStringList StockModel::warehouseColumns() const
{
    return m_filter.warehouse.isEmpty() ? m_warehouses : QStringList();
}

int StockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lowColumn() + 1;
}

int StockModel::totalColumn(Measure measure) const
{
    return FirstWarehouseColumn + int(warehouseColumns().size()) * MeasuresPerWarehouse + int(measure);
}

int StockModel::lowColumn() const
{
    return totalColumn(Measure::Available) + 1;
}

qint64 StockModel::measureOf(const StockLevels &levels, Measure measure)
{
    switch (measure) {
    case Measure::OnHand:
        return levels.onHand;
    case Measure::Reserved:
        return levels.reserved;
    case Measure::Available:
        return levels.available;
    }
    return 0;
}

QString StockModel::measureTitle(Measure measure)
{
    switch (measure) {
    case Measure::OnHand:
        return tr("On hand");
    case Measure::Reserved:
        return tr("Reserved");
    case Measure::Available:
        return tr("Available");
    }
    return {};
}

QVariant StockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == SkuRole)
        return row.sku;
    if (role == LowRole)
        return row.low;
    if (role == Qt::TextAlignmentRole && column >= FirstWarehouseColumn && column < lowColumn())
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && row.low && (column == totalColumn(Measure::Available) || column == lowColumn()))
        return QBrush(errorTextColour());
    if (role == Qt::ToolTipRole && column == lowColumn() && row.low) {
        return tr("Available %1 is below the reorder point %2.")
            .arg(QLocale().toString(row.total.available), QLocale().toString(row.reorderPoint.value_or(0)));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == SkuColumn)
        return row.sku;
    if (column == TitleColumn)
        return row.title;
    if (column == lowColumn())
        return row.low ? tr("Low") : QString();
    const QStringList warehouses = warehouseColumns();
    const int offset = column - FirstWarehouseColumn;
    const auto measure = Measure(offset % MeasuresPerWarehouse);
    if (offset / MeasuresPerWarehouse < warehouses.size()) {
        const auto levels = row.warehouses.constFind(warehouses.at(offset / MeasuresPerWarehouse));
        return levels == row.warehouses.constEnd() ? QVariant(QString()) : QVariant(QLocale().toString(measureOf(*levels, measure)));
    }
    return QLocale().toString(measureOf(row.total, measure));
}

QVariant StockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == SkuColumn)
        return tr("SKU");
    if (section == TitleColumn)
        return tr("Title");
    if (section == lowColumn())
        return tr("Low");
    const QStringList warehouses = warehouseColumns();
    const int offset = section - FirstWarehouseColumn;
    const auto measure = Measure(offset % MeasuresPerWarehouse);
    if (offset / MeasuresPerWarehouse < warehouses.size()) {
        //: A column of one warehouse, e.g. "MAIN: On hand".
        return tr("%1: %2").arg(warehouses.at(offset / MeasuresPerWarehouse), measureTitle(measure));
    }
    if (!m_filter.warehouse.isEmpty())
        return tr("%1: %2").arg(m_filter.warehouse, measureTitle(measure));
    //: A column of the totals over all warehouses, e.g. "Total on hand".
    return tr("Total: %1").arg(measureTitle(measure));
}

const StockRow *StockModel::stock(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StockModel::rowOf(const QString &sku) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sku == sku)
            return int(i);
    }
    return -1;
}

bool StockModel::updateStock(const QJsonObject &item)
{
    const std::optional<StockRow> row = StockRow::fromJson(item);
    if (!row)
        return false;
    const int at = rowOf(row->sku);
    if (at < 0)
        return false;
    StockRow updated = *row;
    // The server restricts a filtered answer to the filter's warehouse; /stock/{sku} answers all of them.
    if (!m_filter.warehouse.isEmpty()) {
        updated.total = updated.warehouses.value(m_filter.warehouse);
    }
    m_rows[at] = updated;
    emit dataChanged(index(at, 0), index(at, columnCount() - 1));
    return true;
}

void StockModel::refreshSku(const QString &sku)
{
    if (rowOf(sku) < 0)
        return;
    session()->get(u"/api/v1/stock/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(sku))), this,
                   [this, sku](const ApiResponse &response) {
                       if (response.ok && updateStock(response.json.object()))
                           emit skuRefreshed(sku);
                   });
}

QString StockModel::queryOf(const StockFilter &filter)
{
    QUrlQuery query;
    if (!filter.warehouse.isEmpty())
        query.addQueryItem(u"warehouse"_s, filter.warehouse);
    if (!filter.text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter.text.trimmed())));
    if (filter.lowOnly)
        query.addQueryItem(u"low"_s, u"true"_s);
    return query.toString(QUrl::FullyEncoded);
}

QString StockModel::pagePath(const QString &cursor, int limit) const
{
    QString path = u"/api/v1/stock?"_s;
    const QString query = queryOf(m_filter);
    if (!query.isEmpty())
        path += query + u'&';
    path += u"limit="_s + QString::number(limit);
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return path;
}

void StockModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void StockModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
