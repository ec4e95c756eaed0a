// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Backroom::Ui {

// One customer mail as GET /api/v1/notifications lists it.
struct NotificationRow {
    QString id;
    QString templateName; // order_confirmation, shipment_sent, …
    QString recipient;
    QString subject;
    QString status;       // queued, sending, sent, failed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;

    static std::optional<NotificationRow> fromJson(const QJsonObject &object);
};

// The customer mails, newest first, of one status (or all), paged from the server. GUI thread.
class NotificationsModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { CreatedColumn, StatusColumn, TemplateColumn, RecipientColumn, AttemptsColumn, ErrorColumn, ColumnCount };

    explicit NotificationsModel(Session *session, QObject *parent = nullptr);

    QString status() const { return m_status; }
    // Empty: every status. Takes effect with the next reload().
    void setStatus(const QString &status) { m_status = status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const NotificationRow *row(int row) const;

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QString m_status;
    QList<NotificationRow> m_rows;
};

// The Admin area's Notifications tab: failed mails first (the status filter starts there), queued ones
// and the rest on request, and Retry for the selected failed or queued mail. GUI thread.
class NotificationsView : public QWidget
{
    Q_OBJECT
public:
    NotificationsView(Session *session, NotificationsModel *model, QWidget *parent = nullptr);

    NotificationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *statusFilter() const { return m_status; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *messageLabel() const { return m_message; }
    // Whether a retry is on its way to the server.
    bool isRetrying() const { return m_retrying; }

    // Retries the selected notification; the list reloads when the server took it.
    void retrySelected();

signals:
    void retried(const QString &id);

private:
    void updateButtons();

    Session *m_session;
    NotificationsModel *m_model;
    QComboBox *m_status;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_refresh;
    QLabel *m_message;
    bool m_retrying = false;
};

} // namespace Backroom::Ui
