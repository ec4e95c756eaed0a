// SPDX-License-Identifier: MIT
#include "ui/customersmodel.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

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
    return pageUrl(u"/api/v1/customers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_customerId)) + u"/orders"_s,
                   {}, cursor, limit);
}

} // namespace Backroom::Ui
