// SPDX-License-Identifier: MIT
#include "ui/productsmodel.h"

#include <QFont>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

} // namespace

std::optional<ProductRow> ProductRow::fromJson(const QJsonObject &object)
{
    ProductRow row;
    row.id = idText(object.value("id"_L1));
    if (row.id.isEmpty())
        return std::nullopt;
    row.title = object.value("title"_L1).toString();
    row.status = Domain::productStatusFromName(object.value("status"_L1).toString()).value_or(Domain::ProductStatus::Draft);
    row.categoryId = idText(object.value("primary_category_id"_L1));
    row.updatedAt = QDateTime::fromString(object.value("updated_at"_L1).toString(), Qt::ISODateWithMs);
    row.version = object.value("version"_L1).toInt(0);
    for (const QJsonValue &value : object.value("variants"_L1).toArray()) {
        const QJsonObject variant = value.toObject();
        row.skus.append(variant.value("sku"_L1).toString());
        const auto price = Domain::moneyFromJson(variant.value("price"_L1), u"price"_s, Domain::AmountRule::Any);
        if (!price)
            continue;
        // Variants share one currency; a different one would be a server fault, shown by the lowest price.
        if (!row.lowestPrice || (price->currency == row.lowestPrice->currency && price->amount < row.lowestPrice->amount))
            row.lowestPrice = *price;
        if (!row.highestPrice || (price->currency == row.highestPrice->currency && price->amount > row.highestPrice->amount))
            row.highestPrice = *price;
    }
    return row;
}

ProductsModel::ProductsModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

void ProductsModel::setCategoryNames(const QHash<QString, QString> &names)
{
    m_categoryNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CategoryColumn), index(rowCount() - 1, CategoryColumn));
    if (m_sortColumn == CategoryColumn)
        applySort();
}

QString ProductsModel::statusTitle(Domain::ProductStatus status)
{
    switch (status) {
    case Domain::ProductStatus::Draft:
        return tr("Draft");
    case Domain::ProductStatus::Active:
        return tr("Active");
    case Domain::ProductStatus::Archived:
        return tr("Archived");
    }
    return {};
}

QString ProductsModel::moneyText(const Domain::Money &money, const QLocale &locale)
{
    // formatMajorUnits knows the currency's decimals; the digits are re-written in the locale's way.
    const QString plain = Domain::formatMajorUnits(money);
    const bool negative = plain.startsWith(u'-');
    const QStringView digits = QStringView(plain).sliced(negative ? 1 : 0);
    const qsizetype point = digits.indexOf(u'.');
    QString text = locale.toString(digits.left(point < 0 ? digits.size() : point).toLongLong());
    if (point >= 0)
        text += locale.decimalPoint() + digits.sliced(point + 1).toString();
    if (negative)
        text.prepend(locale.negativeSign());
    return text + u' ' + money.currency;
}

QString ProductsModel::priceText(const ProductRow &product, const QLocale &locale)
{
    if (!product.lowestPrice)
        return {};
    if (!product.highestPrice || product.highestPrice == product.lowestPrice)
        return moneyText(*product.lowestPrice, locale);
    const QString high = moneyText(*product.highestPrice, locale);
    const QString low = moneyText(*product.lowestPrice, locale);
    //: A price range, e.g. "9.99 – 12.99 GBP"; %1 is the lowest amount, %2 the highest with its currency.
    return tr("%1 – %2").arg(low.left(low.lastIndexOf(u' ')), high);
}

int ProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductRow &product = m_rows.at(index.row());
    if (role == IdRole)
        return product.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TitleColumn:
            return product.title;
        case SkuColumn:
            return product.skus.join(role == Qt::DisplayRole ? u", "_s : u"\n"_s);
        case PriceColumn:
            return priceText(product);
        case StatusColumn:
            return statusTitle(product.status);
        case CategoryColumn:
            if (product.categoryId.isEmpty())
                return role == Qt::ToolTipRole ? tr("In no category") : QString();
            return m_categoryNames.value(product.categoryId, tr("Category %1").arg(product.categoryId));
        case UpdatedColumn:
            return QLocale().toString(product.updatedAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == PriceColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && product.status == Domain::ProductStatus::Archived) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole)
        return tr("Sorting orders the products loaded so far; the server lists them oldest first.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SkuColumn:
        return tr("SKU");
    case PriceColumn:
        return tr("Price");
    case StatusColumn:
        return tr("Status");
    case CategoryColumn:
        return tr("Category");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

bool ProductsModel::lessThan(const ProductRow &a, const ProductRow &b, int column) const
{
    switch (column) {
    case TitleColumn:
        return QString::localeAwareCompare(a.title, b.title) < 0;
    case SkuColumn:
        return QString::compare(a.skus.value(0), b.skus.value(0), Qt::CaseInsensitive) < 0;
    case PriceColumn: {
        if (!a.lowestPrice || !b.lowestPrice)
            return !a.lowestPrice && b.lowestPrice;
        if (a.lowestPrice->currency != b.lowestPrice->currency)
            return a.lowestPrice->currency < b.lowestPrice->currency;
        return a.lowestPrice->amount < b.lowestPrice->amount;
    }
    case StatusColumn:
        return int(a.status) < int(b.status);
    case CategoryColumn:
        return QString::localeAwareCompare(m_categoryNames.value(a.categoryId), m_categoryNames.value(b.categoryId)) < 0;
    case UpdatedColumn:
        return a.updatedAt < b.updatedAt;
    }
    return a.arrival < b.arrival;
}

QString ProductsModel::serverSort(int column, Qt::SortOrder order)
{
    const QString sign = order == Qt::DescendingOrder ? u"-"_s : QString();
    switch (column) {
    case TitleColumn:
        return sign + u"title"_s;
    case PriceColumn:
        return sign + u"price"_s;
    default:
        return {};
    }
}

void ProductsModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    const QString server = serverSort(m_sortColumn, order);
    if (server != m_filter.sort && (!server.isEmpty() || m_sortColumn < 0)) {
        // The server's order covers the whole catalog, so the pages start again in it.
        m_filter.sort = server;
        if (isStarted())
            reload();
        return;
    }
    applySort();
}

void ProductsModel::applySort()
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QString> ids;
    for (const QModelIndex &index : before)
        ids.append(m_rows.at(index.row()).id);
    // Rows in the server's order need no local sort; sorting them again could disagree on ties and case.
    const int column = sortedByServer() ? -1 : m_sortColumn;
    // (A local column over rows the server sorted keeps the server's order for ties: it is their arrival.)
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const ProductRow &a, const ProductRow &b) {
        if (column < 0)
            return a.arrival < b.arrival;
        // Ties keep the server's order either way.
        if (lessThan(a, b, column))
            return !descending;
        if (lessThan(b, a, column))
            return descending;
        return a.arrival < b.arrival;
    });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const ProductRow *ProductsModel::product(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProductsModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return int(row);
    }
    return -1;
}

bool ProductsModel::updateProduct(const QJsonObject &json)
{
    std::optional<ProductRow> updated = ProductRow::fromJson(json);
    const int row = updated ? rowOf(updated->id) : -1;
    if (row < 0)
        return false;
    updated->arrival = m_rows.at(row).arrival;
    m_rows[row] = *std::move(updated);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_sortColumn >= 0)
        applySort();
    return true;
}

QString ProductsModel::queryOf(const ProductFilter &filter)
{
    QUrlQuery query;
    if (!filter.status.isEmpty())
        query.addQueryItem(u"status"_s, filter.status);
    if (!filter.categoryId.isEmpty())
        query.addQueryItem(u"category"_s, filter.categoryId);
    if (!filter.text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter.text.trimmed())));
    if (!filter.priceRange.trimmed().isEmpty())
        query.addQueryItem(u"price_range"_s, QString::fromLatin1(QUrl::toPercentEncoding(filter.priceRange.trimmed())));
    if (!filter.sort.isEmpty())
        query.addQueryItem(u"sort"_s, filter.sort);
    return query.toString(QUrl::FullyEncoded);
}

QString ProductsModel::pagePath(const QString &cursor, int limit) const
{
    QString query = queryOf(m_filter);
    if (!query.isEmpty())
        query += u'&';
    query += u"limit="_s + QString::number(limit);
    if (!cursor.isEmpty())
        query += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    return u"/api/v1/products?"_s + query;
}

void ProductsModel::appendItems(const QJsonArray &items)
{
    QList<ProductRow> rows;
    for (const QJsonValue &item : items) {
        std::optional<ProductRow> product = ProductRow::fromJson(item.toObject());
        // A product that moved while paging could come twice; the grid shows it once.
        if (product && rowOf(product->id) < 0) {
            product->arrival = m_arrivals++;
            rows.append(*std::move(product));
        }
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
    if (m_sortColumn >= 0)
        applySort();
}

void ProductsModel::clearRows()
{
    m_rows.clear();
    m_arrivals = 0;
}

} // namespace Backroom::Ui
