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
class QTableView;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class CustomerOrdersModel;
class CustomersModel;
class OrderDetailDialog;

// The Customers area, for accounts with customers:read: a search by name, email or order number over the
// paged list of customers; the chosen customer's profile (email, country, addresses, lifetime value per
// currency, first and last order), a chart of their orders per month, their orders (Enter or a double-click
// opens the order) and staff notes, newest first, with a box to add one. Ctrl+F goes to the search. GUI
// thread.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersView(Session *session, QWidget *parent = nullptr);
    ~CustomersView() override;

    CustomersModel *customers() const { return m_customers; }
    CustomerOrdersModel *orders() const { return m_orders; }
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
    QTableView *m_orderTable;
    QListWidget *m_notes;
    QPlainTextEdit *m_noteText;
    QPushButton *m_addNote;
};

} // namespace Backroom::Ui
