// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
class RefundsModel;
class Session;
struct Account;

// The Refunds area: the approval queue (refunds above the approval limit, waiting for a second person) with
// Approve and Reject for accounts with refunds:approve, and the recent refunds of every order below it. A
// refund is asked for from an order's detail (OrderDetailDialog's Refund… wizard). Loads when first shown,
// again on Reload, after every decision, when another account signs in, and whenever the event feed brings a
// RefundRequested, RefundIssued or RefundFailed (from the first time it is shown until sign-out). GUI thread.
class RefundsView : public QWidget
{
    Q_OBJECT
public:
    explicit RefundsView(Session *session, QWidget *parent = nullptr);

    RefundsModel *queueModel() const { return m_queue; }
    RefundsModel *recentModel() const { return m_recent; }
    QTableView *queueTable() const { return m_queueTable; }
    // The message under the queue (a failure, or what the last decision did), empty when none.
    QString message() const;
    bool isBusy() const { return m_deciding; }

    void reload();
    // Approves (or rejects) the refund selected in the queue, with the note typed beside the buttons.
    void decide(bool approve);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void accountChanged(const std::optional<Account> &account);
    void setMessage(const QString &text, bool error);

    Session *m_session;
    EventFeed *m_feed;
    QString m_accountId;
    RefundsModel *m_queue;
    RefundsModel *m_recent;
    QTableView *m_queueTable;
    QTableView *m_recentTable;
    QLineEdit *m_note;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_reload;
    QLabel *m_message;
    bool m_deciding = false;
    bool m_loaded = false;
};

} // namespace Backroom::Ui
