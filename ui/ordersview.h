// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ordersmodel.h"

#include <QPointer>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
class OrderBoard;
class OrderDetailDialog;
class Session;
struct Account;
struct FeedEvent;

// The Orders area (orders:read): find orders and follow them through the pipeline.
// - Filters: free text (number, email, name), status, SKU, total range (major units, "10-50"), placed from/to
//   (days); saved views keep a named set of filters in the settings and bring it back from a combo.
// - Table mode: the matching orders, newest first, paged as it scrolls. Board mode: a column per status
//   with its count (OrderBoard). Both use the same filters; switching keeps them.
// - Enter (or a double click) opens the order (OrderDetailDialog), where accounts with orders:manage act on
//   it.
// From the first time the area is shown until sign-out it follows the event feed: an order event updates
// the row, the board's counts and columns, and an open order; a new order reloads the list. GUI thread.
class OrdersView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 300;
    enum Mode { TableMode, BoardMode };

    explicit OrdersView(Session *session, QWidget *parent = nullptr);
    ~OrdersView() override;

    bool isLoading() const;
    void reload();
    void showMode(Mode mode);
    Mode mode() const;

    // The filter the widgets describe now; nullopt (and the reason shown) when the total range is not valid.
    std::optional<OrderFilter> currentFilter() const;
    // Sets the widgets to filter and applies it.
    void setFilter(const OrderFilter &filter);

    // Saved views, by name (sorted).
    QStringList savedViews() const;
    // Keeps the current filters under name (replacing a view of that name) and selects it.
    void saveView(const QString &name);
    // Applies the view saved under name; false when there is none.
    bool chooseView(const QString &name);
    void deleteView(const QString &name);

    // Opens orderId (or brings its open window forward) over the area.
    OrderDetailDialog *openOrder(const QString &orderId);
    // The open order windows.
    QList<OrderDetailDialog *> openOrders() const;

    OrdersModel *ordersModel() const { return m_orders; }
    OrderBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    EventFeed *eventFeed() const { return m_feed; }
    // The problem shown over the list, empty when none.
    QString notice() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    void applyFilter();
    void loadCurrentMode();
    void showLoadState();
    void eventArrived(const FeedEvent &event);
    void orderChanged(const QJsonObject &order);
    void fillViews(const QString &select);
    void askViewName();
    void flushRefresh();

    Session *m_session;
    OrdersModel *m_orders;
    OrderBoard *m_board;
    EventFeed *m_feed;
    QLineEdit *m_search;
    QComboBox *m_status;
    QLineEdit *m_sku;
    QLineEdit *m_total;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QComboBox *m_views;
    QPushButton *m_saveView;
    QPushButton *m_deleteView;
    QPushButton *m_reload;
    QProgressBar *m_progress;
    QLabel *m_notice;
    QTabWidget *m_modes;
    QTableView *m_table;
    QLabel *m_countLabel;
    QPushButton *m_loadMore;
    QTimer *m_searchTimer;
    QTimer *m_refreshTimer; // gathers a burst of events into one refresh
    QList<QPointer<OrderDetailDialog>> m_dialogs;
    OrderFilter m_filter;
    QString m_filterError;
    QString m_accountId;
    QString m_reselect; // the order to select again after the list reloads
    QList<Domain::OrderStatus> m_staleColumns;
    bool m_tableStale = false;
    bool m_boardStale = true;
    bool m_allowed = false;
    bool m_writable = false;
    bool m_stockReadable = false;
    bool m_loaded = false;
};

} // namespace Backroom::Ui
