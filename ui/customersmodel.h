// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "ui/ordersmodel.h"
#include "ui/pagedtablemodel.h"
#include "ui/refundsmodel.h"

#include <QDateTime>

namespace Backroom::Ui {

// A customer as the search lists one (an item of GET /api/v1/customers).
struct CustomerRow {
    QString id;
    QString name;
    QString email;
    QString country;
    qint64 orderCount = 0;
    QDateTime lastOrderAt; // invalid: no orders

    static std::optional<CustomerRow> fromJson(const QJsonObject &object);
};

// The customers of GET /api/v1/customers?q=, by id, paged. GUI thread.
class CustomersModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, CountryColumn, OrdersColumn, LastOrderColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit CustomersModel(Session *session, QObject *parent = nullptr);

    QString search() const { return m_search; }
    // Takes effect with the next reload().
    void setSearch(const QString &text) { m_search = text.trimmed(); }
    const CustomerRow *customer(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<CustomerRow> m_rows;
    QString m_search;
};

// One customer's orders (GET /api/v1/customers/{id}/orders), newest first, in the order list's columns.
class CustomerOrdersModel : public OrdersModel
{
    Q_OBJECT
public:
    explicit CustomerOrdersModel(Session *session, QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    // Takes effect with the next reload().
    void setCustomerId(const QString &id) { m_customerId = id; }

protected:
    QString pagePath(const QString &cursor, int limit) const override;

private:
    QString m_customerId;
};

// The refunds of one customer's orders (GET /api/v1/customers/{id}/refunds), newest first, in the refund list's
// columns (the customer's list does not say who asked). GUI thread.
class CustomerRefundsModel : public RefundsModel
{
    Q_OBJECT
public:
    explicit CustomerRefundsModel(Session *session, QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    // Takes effect with the next reload().
    void setCustomerId(const QString &id) { m_customerId = id; }

protected:
    QString pagePath(const QString &cursor, int limit) const override;

private:
    QString m_customerId;
};

// A return as GET /api/v1/customers/{id}/returns lists one.
struct CustomerReturnRow {
    QString id;
    QString orderId;
    QString orderNumber;
    QString status; // open, received, refunded, cancelled
    QString note;
    qint64 quantity = 0;
    Domain::Money refunded;
    QDateTime createdAt;

    static std::optional<CustomerReturnRow> fromJson(const QJsonObject &object);
};

// The returns of one customer's orders, newest first, paged. GUI thread.
class CustomerReturnsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, OrderColumn, StatusColumn, UnitsColumn, RefundedColumn, NoteColumn, CreatedColumn, ColumnCount };

    explicit CustomerReturnsModel(Session *session, QObject *parent = nullptr);

    QString customerId() const { return m_customerId; }
    // Takes effect with the next reload().
    void setCustomerId(const QString &id) { m_customerId = id; }
    const CustomerReturnRow *customerReturn(int row) const;
    static QString statusTitle(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<CustomerReturnRow> m_rows;
    QString m_customerId;
};

} // namespace Backroom::Ui
