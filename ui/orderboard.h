// SPDX-License-Identifier: MIT
#pragma once

#include "domain/order.h"
#include "ui/ordersmodel.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListView;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// The order pipeline as a board: a column per status (pending, confirmed, fulfilling, shipped, delivered,
// cancelled), each headed by how many orders the filters match in it (GET /api/v1/orders/counts) and
// listing its newest orders, paged as the column scrolls. A status in the filter leaves only its own
// column. Enter (or a double click) on an order asks to open it. GUI thread.
class OrderBoard : public QWidget
{
    Q_OBJECT
public:
    explicit OrderBoard(Session *session, QWidget *parent = nullptr);

    static QList<Domain::OrderStatus> statuses();
    void setFilter(const OrderFilter &filter);
    OrderFilter filter() const { return m_filter; }
    // Reads the counts and every column again.
    void reload();
    // Reads the counts again, and the columns of these statuses.
    void refresh(const QList<Domain::OrderStatus> &statuses);
    // Applies an order's newer data to the column that shows it; false when no column does.
    bool updateOrder(const QJsonObject &order);

    bool isLoading() const;
    // The count of status as last read; -1 before the first answer.
    qint64 count(Domain::OrderStatus status) const { return m_counts.value(status, -1); }
    OrdersModel *column(Domain::OrderStatus status) const { return m_models.value(status); }
    QListView *columnView(Domain::OrderStatus status) const { return m_views.value(status); }
    QString errorMessage() const { return m_error; }

signals:
    void openRequested(const QString &orderId);
    void loadFailed(const QString &message);
    void loaded();

private:
    void loadCounts();
    void showCounts();
    void reloadColumn(Domain::OrderStatus status);

    Session *m_session;
    OrderFilter m_filter;
    QMap<Domain::OrderStatus, OrdersModel *> m_models;
    QMap<Domain::OrderStatus, QListView *> m_views;
    QMap<Domain::OrderStatus, QLabel *> m_headers;
    QMap<Domain::OrderStatus, qint64> m_counts;
    QObject *m_countRequest = nullptr;
    QString m_error;
};

} // namespace Backroom::Ui
