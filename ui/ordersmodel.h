// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/order.h"
#include "ui/pagedtablemodel.h"

#include <QDate>
#include <QDateTime>

namespace Backroom::Ui {

// What the order list and board are narrowed to: the filters of GET /api/v1/orders. Also what a saved view
// keeps (toSettings/fromSettings).
struct OrderFilter {
    std::optional<Domain::OrderStatus> status;
    QDate from; // placed on or after this day (local time); null: open
    QDate to;   // placed on or before this day; null: open
    QString text; // part of the number, email or customer name
    QString sku;
    std::optional<qint64> minTotal; // minor units
    std::optional<qint64> maxTotal;

    bool isEmpty() const { return *this == OrderFilter{}; }
    // The query of the list; withStatus false leaves status out (the board's columns set their own).
    QUrlQuery query(bool withStatus = true) const;
    QVariantMap toSettings() const;
    static OrderFilter fromSettings(const QVariantMap &map);
    friend bool operator==(const OrderFilter &, const OrderFilter &) = default;
};

// An order as the list shows it (the list item of GET /api/v1/orders, or an order event's payload).
struct OrderRow {
    QString id;
    QString number;
    Domain::OrderState state;
    QString customerId;
    QString email;
    QString name;
    Domain::Money total;
    qint64 itemCount = -1; // -1: not known (an event's payload does not carry it)
    QDateTime placedAt;
    int version = 0;

    static std::optional<OrderRow> fromJson(const QJsonObject &object);
};

// The orders of GET /api/v1/orders, newest first, paged (PagedTableModel), under an OrderFilter. In compact
// mode (the board's columns) there is one column, a two-line card per order. GUI thread.
class OrdersModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, PlacedColumn, CustomerColumn, StatusColumn, ItemsColumn, TotalColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    enum class Layout { Table, Card };

    explicit OrdersModel(Session *session, Layout layout = Layout::Table, QObject *parent = nullptr);

    OrderFilter filter() const { return m_filter; }
    // Takes effect with the next reload().
    void setFilter(const OrderFilter &filter) { m_filter = filter; }

    const OrderRow *order(int row) const;
    int rowOf(const QString &id) const;
    // Replaces a loaded order with newer data (an order's JSON or an event's payload); an older version is
    // ignored. False when the order is not loaded.
    bool updateOrder(const QJsonObject &order);

    // "Pending", "Fulfilling: picked", … (the fulfilment step only while fulfilling)
    static QString statusTitle(Domain::OrderStatus status);
    static QString stateTitle(const Domain::OrderState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QString cardText(const OrderRow &row) const;

    QList<OrderRow> m_rows;
    OrderFilter m_filter;
    Layout m_layout;
};

} // namespace Backroom::Ui
