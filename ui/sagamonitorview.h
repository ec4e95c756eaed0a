// SPDX-License-Identifier: MIT
#pragma once

#include "ui/sagasmodel.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class EventFeed;
class Session;
struct Account;
struct FeedEvent;

// The saga monitor for admins (system:manage): the sagas of the chosen statuses newest first (paged), the
// selected saga's steps and references, and Retry and Compensate, each after a confirmation and offered only
// where the server would take it. Follows the event feed while shown: a checkout's events refresh the list
// and the open saga. GUI thread.
class SagaMonitorView : public QWidget
{
    Q_OBJECT
public:
    // The status filter's choices, in the combo's order.
    enum class Filter { NeedsAttention, Running, Compensating, Failed, Completed, All };

    SagaMonitorView(Session *session, SagasModel *model, QWidget *parent = nullptr);

    void setFilter(Filter filter);
    // Reloads the list with the chosen filter, keeping the selected saga selected when it is still listed.
    void reload();

    QString selectedId() const;
    // The selected saga as GET /api/v1/sagas/{id} answered (empty while none is selected or it loads).
    QJsonObject detail() const { return m_detail; }
    bool isBusy() const;
    bool canRetry() const;
    bool canCompensate() const;
    // The confirmations (window-modal, open already); null when the action is not offered now.
    QDialog *openRetryDialog();
    QDialog *openCompensateDialog();
    // The message under the filters, empty when none is shown.
    QString message() const;
    // What the server says of its payment provider (GET /api/v1/payments/provider), as shown beside the
    // filters: a stuck checkout is often the provider's circuit being open.
    QString providerStatus() const;
    EventFeed *feed() const { return m_feed; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void accountChanged(const std::optional<Account> &account);
    void showLoadState();
    void selectionChanged();
    void loadDetail();
    void showDetail();
    void updateActions();
    void act(const QString &action, const QJsonObject &body);
    void eventArrived(const FeedEvent &event);
    void setMessage(const QString &text, bool error);
    void loadProvider();

    Session *m_session;
    SagasModel *m_model;
    EventFeed *m_feed;
    QTimer *m_refresh; // gathers a burst of events into one reload
    QComboBox *m_status;
    QPushButton *m_reload;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_summary;
    QLabel *m_provider;
    QObject *m_providerRequest = nullptr;
    QTableWidget *m_steps;
    QPushButton *m_retry;
    QPushButton *m_compensate;
    QJsonObject m_detail;
    QString m_detailId;           // the saga m_detail is (or is being loaded) for
    QObject *m_detailRequest = nullptr;
    QString m_keepSelected;       // reselected when the reloaded list arrives
    QString m_pendingKey;         // the Idempotency-Key of an action not yet answered for certain
    QString m_pendingAction;
    bool m_acting = false;
    bool m_allowed = false;
};

} // namespace Backroom::Ui
