// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/product.h"
#include "ui/pagedtablemodel.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace Backroom::Ui {

// One product as the grid shows it, kept compact: the staff list answers whole products, the grid keeps what
// its columns need.
struct ProductRow {
    QString id;
    QString title;
    QStringList skus;
    std::optional<Domain::Money> lowestPrice;  // over the variants; nullopt without any
    std::optional<Domain::Money> highestPrice;
    Domain::ProductStatus status = Domain::ProductStatus::Draft;
    QString categoryId; // empty when in no category
    QDateTime updatedAt;
    int version = 0;
    qint64 arrival = 0; // the place in the server's order, to go back to it after a local sort

    static std::optional<ProductRow> fromJson(const QJsonObject &object);
};

// What the product list is narrowed to; the server filters. Empty parts do not narrow.
struct ProductFilter {
    QString text;       // a substring of the title
    QString status;     // "draft", "active" or "archived"
    QString categoryId; // the category and everything below it
    QString priceRange; // "10-50", "10-" or "-50": major units of the shop's currency (the server checks it)
    QString sort;       // the server's order: "" (oldest first), "title", "-title", "price", "-price"

    friend bool operator==(const ProductFilter &, const ProductFilter &) = default;
};

// The products of the catalog for merchandisers (GET /api/v1/products), paged (PagedTableModel) in the
// server's order, oldest first. sort() by title or price asks the server for the whole catalog in that order
// (reloading from the first page); the server does not sort by the other columns, so for them sort() orders
// the rows loaded so far (and keeps later pages in that order). Column -1 goes back to the server's order.
// GUI thread.
class ProductsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, SkuColumn, PriceColumn, StatusColumn, CategoryColumn, UpdatedColumn, ColumnCount };
    // The row's product id, for any column.
    static constexpr int IdRole = Qt::UserRole;

    explicit ProductsModel(Session *session, QObject *parent = nullptr);

    ProductFilter filter() const { return m_filter; }
    // Takes effect with the next reload().
    void setFilter(const ProductFilter &filter) { m_filter = filter; }

    // Category id → name, for the category column; e.g. from CategoryTreeModel::names().
    void setCategoryNames(const QHash<QString, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The column the rows are sorted by, or -1 for the server's order.
    int sortColumn() const { return m_sortColumn; }
    // Whether that order is the server's, over the whole catalog, rather than the loaded rows'.
    bool sortedByServer() const { return m_sortColumn >= 0 && !serverSort(m_sortColumn, m_sortOrder).isEmpty(); }
    // The server's name of a column's order ("title", "-price"), or empty when the server cannot sort by it.
    static QString serverSort(int column, Qt::SortOrder order);

    const ProductRow *product(int row) const;
    int rowOf(const QString &id) const;
    // Replaces the loaded row of the same product (e.g. after a save) from the server's JSON; false when the
    // product is not loaded.
    bool updateProduct(const QJsonObject &product);

    static QString statusTitle(Domain::ProductStatus status);
    // 1299 GBP as "1,299.00 GBP" in an English locale: the currency's own number of decimals, the locale's
    // digits grouping and decimal point.
    static QString moneyText(const Domain::Money &money, const QLocale &locale = QLocale());
    // "12.99 GBP", or "9.99 – 12.99 GBP" for variants at different prices.
    static QString priceText(const ProductRow &product, const QLocale &locale = QLocale());
    // The query of a filter as the server takes it, without paging.
    static QString queryOf(const ProductFilter &filter);

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    bool lessThan(const ProductRow &a, const ProductRow &b, int column) const;
    void applySort();

    ProductFilter m_filter;
    QHash<QString, QString> m_categoryNames;
    QList<ProductRow> m_rows;
    qint64 m_arrivals = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Backroom::Ui
