// SPDX-License-Identifier: MIT
#pragma once

#include "ui/session.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class CustomerOrdersModel;
class CustomerRefundsModel;
class CustomerReturnsModel;
class CustomersModel;
class OrderDetailDialog;

// The Customers area, for accounts with customers:read: a search by name, email or order number over the
// paged list of customers; the chosen customer's profile (email, country, addresses, lifetime value per
// currency, net of refunds, with what was refunded), a chart of their orders per month, tabs of their orders,
// refunds and returns (Enter or a double-click on any of them opens the order) and staff notes, newest first, with a box to add one. Ctrl+F goes to the search. GUI
// thread.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(Session *session, QWidget *parent = nullptr);
    ~CustomersView() override;

    CustomersModel *customers() const { return m_customers; }
    CustomerOrdersModel *orders() const { return m_orders; }
    CustomerRefundsModel *refunds() const { return m_refunds; }
    CustomerReturnsModel *returns() const { return m_returns; }
    // The customer shown ({} before one was read).
    QJsonObject profile() const { return m_profile; }
    QString currentCustomerId() const { return m_customerId; }
    QStringList notes() const;
    bool isLoading() const;
    // The message above the profile (a failure), empty when none.
    QString notice() const;
    // How many bars the chart shows.
    int chartPoints() const;

    void reload();
    // Searches for text (what typing in the search box does after a pause).
    void search(const QString &text);
    // Reads and shows customer id.
    void showCustomer(const QString &id);
    // Adds the note typed in the notes box.
    void addNote();
    OrderDetailDialog *openOrder(const QString &orderId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    void showProfile(const QJsonObject &profile);
    void loadNotes();
    void clearProfile();
    void setNotice(const QString &text);
    void updateButtons();

    Session *m_session;
    CustomersModel *m_customers;
    CustomerOrdersModel *m_orders;
    CustomerRefundsModel *m_refunds;
    CustomerReturnsModel *m_returns;
    bool m_allowed = false;
    bool m_ordersReadable = false;
    bool m_writable = false;
    bool m_stockReadable = false;
    bool m_loaded = false;
    QString m_accountId;
    QString m_customerId;
    QJsonObject m_profile;
    QObject *m_profileRequest = nullptr;
    QObject *m_notesRequest = nullptr;
    bool m_sendingNote = false;
    bool m_selectFirst = false; // the next page shows its first customer (after a new search)
    QList<QPointer<OrderDetailDialog>> m_dialogs;

    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_loadMore;
    QLabel *m_notice;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_value;
    QLabel *m_addresses;
    QChartView *m_chart;
    QTabWidget *m_tabs;
    QTableView *m_orderTable;
    QTableView *m_refundTable;
    QTableView *m_returnTable;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteText;
    QPushButton *m_addNote;
};

} // namespace Backroom::Ui
