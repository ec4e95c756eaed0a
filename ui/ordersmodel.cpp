// SPDX-License-Identifier: MIT
#include "ui/ordersmodel.h"

#include "ui/productsmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

} // namespace

QUrlQuery OrderFilter::query(bool withStatus) const
{
    QUrlQuery query;
    if (withStatus && status)
        query.addQueryItem(u"status"_s, Domain::orderStatusName(*status));
    if (from.isValid())
        query.addQueryItem(u"from"_s, startOfDay(from));
    // The server's "to" is exclusive; the day chosen is included.
    if (to.isValid())
        query.addQueryItem(u"to"_s, startOfDay(to.addDays(1)));
    if (!text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, QString::fromUtf8(QUrl::toPercentEncoding(text.trimmed())));
    if (!sku.trimmed().isEmpty())
        query.addQueryItem(u"sku"_s, QString::fromUtf8(QUrl::toPercentEncoding(sku.trimmed())));
    if (minTotal)
        query.addQueryItem(u"min_total"_s, QString::number(*minTotal));
    if (maxTotal)
        query.addQueryItem(u"max_total"_s, QString::number(*maxTotal));
    return query;
}

QVariantMap OrderFilter::toSettings() const
{
    QVariantMap map;
    if (status)
        map.insert(u"status"_s, Domain::orderStatusName(*status));
    if (from.isValid())
        map.insert(u"from"_s, from.toString(Qt::ISODate));
    if (to.isValid())
        map.insert(u"to"_s, to.toString(Qt::ISODate));
    if (!text.isEmpty())
        map.insert(u"q"_s, text);
    if (!sku.isEmpty())
        map.insert(u"sku"_s, sku);
    if (minTotal)
        map.insert(u"min_total"_s, *minTotal);
    if (maxTotal)
        map.insert(u"max_total"_s, *maxTotal);
    return map;
}

OrderFilter OrderFilter::fromSettings(const QVariantMap &map)
{
    OrderFilter filter;
    filter.status = Domain::orderStatusFromName(map.value(u"status"_s).toString());
    filter.from = QDate::fromString(map.value(u"from"_s).toString(), Qt::ISODate);
    filter.to = QDate::fromString(map.value(u"to"_s).toString(), Qt::ISODate);
    filter.text = map.value(u"q"_s).toString();
    filter.sku = map.value(u"sku"_s).toString();
    bool ok = false;
    if (const qint64 n = map.value(u"min_total"_s).toLongLong(&ok); ok)
        filter.minTotal = n;
    if (const qint64 n = map.value(u"max_total"_s).toLongLong(&ok); ok)
        filter.maxTotal = n;
    return filter;
}

std::optional<OrderRow> OrderRow::fromJson(const QJsonObject &object)
{
    OrderRow row;
    row.id = idText(object.value("id"_L1));
    const auto status = Domain::orderStatusFromName(object.value("status"_L1).toString());
    if (row.id.isEmpty() || !status)
        return std::nullopt;
    row.state.status = *status;
    row.state.step = Domain::fulfilmentStepFromName(object.value("fulfilment"_L1).toString()).value_or(Domain::FulfilmentStep::None);
    row.number = object.value("number"_L1).toString();
    row.customerId = idText(object.value("customer_id"_L1));
    row.email = object.value("email"_L1).toString();
    row.name = object.value("name"_L1).toString();
    const QJsonObject total = object.value("total"_L1).toObject();
    row.total = {total.value("amount"_L1).toInteger(), total.value("currency"_L1).toString()};
    row.itemCount = object.value("item_count"_L1).toInteger(-1);
    row.placedAt = QDateTime::fromString(object.value("placed_at"_L1).toString(), Qt::ISODateWithMs);
    row.version = object.value("version"_L1).toInt();
    return row;
}

OrdersModel::OrdersModel(Session *session, Layout layout, QObject *parent)
    : PagedTableModel(session, parent)
    , m_layout(layout)
{
}

const OrderRow *OrdersModel::order(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrdersModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

bool OrdersModel::updateOrder(const QJsonObject &order)
{
    std::optional<OrderRow> row = OrderRow::fromJson(order);
    const int at = row ? rowOf(row->id) : -1;
    if (at < 0)
        return false;
    OrderRow &current = m_rows[at];
    if (row->version < current.version)
        return true;
    if (row->itemCount < 0)
        row->itemCount = current.itemCount;
    current = *row;
    emit dataChanged(index(at, 0), index(at, columnCount() - 1));
    return true;
}

QString OrdersModel::statusTitle(Domain::OrderStatus status)
{
    using S = Domain::OrderStatus;
    switch (status) {
    case S::Pending:
        return tr("Pending");
    case S::Confirmed:
        return tr("Confirmed");
    case S::Fulfilling:
        return tr("Fulfilling");
    case S::Shipped:
        return tr("Shipped");
    case S::Delivered:
        return tr("Delivered");
    case S::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OrdersModel::stateTitle(const Domain::OrderState &state)
{
    // The step stays recorded after the order ships; it says something only while the warehouse works on it.
    if (state.status != Domain::OrderStatus::Fulfilling)
        return statusTitle(state.status);
    switch (state.step) {
    case Domain::FulfilmentStep::None:
        break;
    case Domain::FulfilmentStep::Picked:
        //: An order's status and its fulfilment step, e.g. "Fulfilling: picked".
        return tr("%1: picked").arg(statusTitle(state.status));
    case Domain::FulfilmentStep::Packed:
        return tr("%1: packed").arg(statusTitle(state.status));
    }
    return statusTitle(state.status);
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_layout == Layout::Card ? 1 : ColumnCount;
}

QString OrdersModel::cardText(const OrderRow &row) const
{
    const QString who = row.name.isEmpty() ? row.email : row.name;
    //: A card of the order board: number and customer, then total and placing time.
    return tr("%1 · %2\n%3 · %4")
        .arg(row.number, who, ProductsModel::moneyText(row.total),
             QLocale().toString(row.placedAt.toLocalTime(), QLocale::ShortFormat));
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRow &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (m_layout == Layout::Card) {
        if (role == Qt::DisplayRole)
            return cardText(row);
        if (role == Qt::ToolTipRole)
            return tr("%1, %2").arg(row.email, stateTitle(row.state));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == ItemsColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return row.number;
    case PlacedColumn:
        return QLocale().toString(row.placedAt.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        //: Customer name and email in the order list.
        return row.name.isEmpty() ? row.email : tr("%1 <%2>").arg(row.name, row.email);
    case StatusColumn:
        return stateTitle(row.state);
    case ItemsColumn:
        return row.itemCount < 0 ? QString() : QLocale().toString(row.itemCount);
    case TotalColumn:
        return ProductsModel::moneyText(row.total);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_layout == Layout::Card)
        return tr("Order");
    switch (Column(section)) {
    case NumberColumn:
        return tr("Order");
    case PlacedColumn:
        return tr("Placed");
    case CustomerColumn:
        return tr("Customer");
    case StatusColumn:
        return tr("Status");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

QString OrdersModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(u"/api/v1/orders"_s, m_filter.query(), cursor, limit);
}

void OrdersModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void OrdersModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
