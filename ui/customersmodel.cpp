// SPDX-License-Identifier: MIT
#include "ui/customersmodel.h"

#include "ui/productsmodel.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
QString customerPath(const QString &customerId, const QString &list)
{
    return u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(customerId)) + u'/' + list;
}
} // namespace

std::optional<CustomerRow> CustomerRow::fromJson(const QJsonObject &object)
{
    CustomerRow row;
    row.id = object.value("id"_L1).toString();
    if (row.id.isEmpty())
        return std::nullopt;
    row.name = object.value("name"_L1).toString();
    row.email = object.value("email"_L1).toString();
    row.country = object.value("country"_L1).toString();
    row.orderCount = object.value("order_count"_L1).toInteger();
    row.lastOrderAt = QDateTime::fromString(object.value("last_order_at"_L1).toString(), Qt::ISODateWithMs);
    return row;
}

CustomersModel::CustomersModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{}

const CustomerRow *CustomersModel::customer(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    const CustomerRow *row = customer(index.row());
    if (!row || !index.isValid())
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole && index.column() == OrdersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return row->name;
    case EmailColumn:
        return row->email;
    case CountryColumn:
        return row->country;
    case OrdersColumn:
        return QLocale().toString(row->orderCount);
    case LastOrderColumn:
        return row->lastOrderAt.isValid() ? QLocale().toString(row->lastOrderAt.toLocalTime().date(), QLocale::ShortFormat)
                                          : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case CountryColumn:
        return tr("Country");
    case OrdersColumn:
        return tr("Orders");
    case LastOrderColumn:
        return tr("Last order");
    case ColumnCount:
        break;
    }
    return {};
}

QString CustomersModel::pagePath(const QString &cursor, int limit) const
{
    QUrlQuery query;
    if (!m_search.isEmpty())
        query.addQueryItem(u"q"_s, QString::fromUtf8(QUrl::toPercentEncoding(m_search)));
    return pageUrl(u"/api/v1/customers"_s, query, cursor, limit);
}

void CustomersModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void CustomersModel::clearRows()
{
    m_rows.clear();
}

CustomerOrdersModel::CustomerOrdersModel(Session *session, QObject *parent)
    : OrdersModel(session, Layout::Table, parent)
{}

QString CustomerOrdersModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(customerPath(m_customerId, u"orders"_s), {}, cursor, limit);
}

CustomerRefundsModel::CustomerRefundsModel(Session *session, QObject *parent)
    : RefundsModel(session, {}, parent)
{}

QString CustomerRefundsModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(customerPath(m_customerId, u"refunds"_s), {}, cursor, limit);
}

std::optional<CustomerReturnRow> CustomerReturnRow::fromJson(const QJsonObject &object)
{
    CustomerReturnRow row;
    row.id = object.value("id"_L1).toString();
    if (row.id.isEmpty())
        return std::nullopt;
    row.orderId = object.value("order_id"_L1).toString();
    row.orderNumber = object.value("order_number"_L1).toString();
    row.status = object.value("status"_L1).toString();
    row.note = object.value("note"_L1).toString();
    row.quantity = object.value("quantity"_L1).toInteger();
    const QJsonObject refunded = object.value("amount"_L1).toObject();
    row.refunded = {refunded.value("amount"_L1).toInteger(), refunded.value("currency"_L1).toString()};
    row.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    return row;
}

CustomerReturnsModel::CustomerReturnsModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{}

const CustomerReturnRow *CustomerReturnsModel::customerReturn(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString CustomerReturnsModel::statusTitle(const QString &status)
{
    if (status == "open"_L1)
        //: A return whose goods have not arrived yet.
        return tr("Open");
    if (status == "received"_L1)
        return tr("Received");
    if (status == "refunded"_L1)
        return tr("Refunded");
    if (status == "cancelled"_L1)
        return tr("Cancelled");
    return status;
}

int CustomerReturnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerReturnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerReturnsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerReturnRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == UnitsColumn || index.column() == RefundedColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NoteColumn && !row.note.isEmpty())
        return row.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return row.id;
    case OrderColumn:
        return row.orderNumber;
    case StatusColumn:
        return statusTitle(row.status);
    case UnitsColumn:
        return QLocale().toString(row.quantity);
    case RefundedColumn:
        return ProductsModel::moneyText(row.refunded);
    case NoteColumn:
        return row.note;
    case CreatedColumn:
        return QLocale().toString(row.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case IdColumn:
        //: The number of a return.
        return tr("Return");
    case OrderColumn:
        return tr("Order");
    case StatusColumn:
        return tr("Status");
    case UnitsColumn:
        return tr("Units");
    case RefundedColumn:
        return tr("Refunded");
    case NoteColumn:
        return tr("Note");
    case CreatedColumn:
        return tr("When");
    case ColumnCount:
        break;
    }
    return {};
}

QString CustomerReturnsModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(customerPath(m_customerId, u"returns"_s), {}, cursor, limit);
}

void CustomerReturnsModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void CustomerReturnsModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
