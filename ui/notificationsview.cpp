// SPDX-License-Identifier: MIT
#include "ui/notificationsview.h"

#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

std::optional<NotificationRow> NotificationRow::fromJson(const QJsonObject &object)
{
    NotificationRow row;
    row.id = object.value("id"_L1).toString();
    row.templateName = object.value("template"_L1).toString();
    row.recipient = object.value("recipient"_L1).toString();
    row.subject = object.value("subject"_L1).toString();
    row.status = object.value("status"_L1).toString();
    row.attempts = object.value("attempts"_L1).toInt();
    row.lastError = object.value("last_error"_L1).toString();
    row.createdAt = QDateTime::fromString(object.value("created_at"_L1).toString(), Qt::ISODateWithMs);
    if (row.id.isEmpty())
        return std::nullopt;
    return row;
}

NotificationsModel::NotificationsModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
    , m_status(u"failed"_s)
{
}

int NotificationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationRow &n = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return n.subject;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return n.createdAt.isValid() ? QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case StatusColumn:
        if (n.status == "failed"_L1)
            return tr("Failed");
        if (n.status == "queued"_L1)
            return tr("Queued");
        if (n.status == "sending"_L1)
            return tr("Sending");
        if (n.status == "sent"_L1)
            return tr("Sent");
        return n.status;
    case TemplateColumn:
        if (n.templateName == "order_confirmation"_L1)
            return tr("Order confirmation");
        if (n.templateName == "shipment_sent"_L1)
            return tr("Shipment sent");
        if (n.templateName == "order_delivered"_L1)
            return tr("Delivered");
        if (n.templateName == "refund_issued"_L1)
            return tr("Refund issued");
        if (n.templateName == "order_cancelled"_L1)
            return tr("Order cancelled");
        if (n.templateName == "checkout_cancelled"_L1)
            return tr("Checkout undone");
        return n.templateName;
    case RecipientColumn:
        return n.recipient;
    case AttemptsColumn:
        return n.attempts;
    case ErrorColumn:
        return n.lastError;
    }
    return {};
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Queued at");
    case StatusColumn:
        return tr("Status");
    case TemplateColumn:
        return tr("Mail");
    case RecipientColumn:
        return tr("Recipient");
    case AttemptsColumn:
        return tr("Attempts");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

const NotificationRow *NotificationsModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString NotificationsModel::pagePath(const QString &cursor, int limit) const
{
    QUrlQuery query;
    if (!m_status.isEmpty())
        query.addQueryItem(u"status"_s, m_status);
    return pageUrl(u"/api/v1/notifications"_s, query, cursor, limit);
}

void NotificationsModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void NotificationsModel::clearRows()
{
    m_rows.clear();
}

NotificationsView::NotificationsView(Session *session, NotificationsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_refresh(new QPushButton(tr("Re&load"), this))
    , m_message(new QLabel(this))
{
    m_status->setObjectName(u"notificationStatus"_s);
    m_status->addItem(tr("Failed"), u"failed"_s);
    m_status->addItem(tr("Queued"), u"queued"_s);
    m_status->addItem(tr("Sent"), u"sent"_s);
    m_status->addItem(tr("All"), QString());
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_model->status())));
    m_retry->setObjectName(u"notificationRetry"_s);
    m_retry->setToolTip(tr("Send the selected mail again now"));
    m_refresh->setObjectName(u"notificationReload"_s);
    m_message->setObjectName(u"notificationMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setVisible(false);

    m_table->setObjectName(u"notificationTable"_s);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(NotificationsModel::CreatedColumn, fontMetrics().averageCharWidth() * 20);
    m_table->setColumnWidth(NotificationsModel::TemplateColumn, fontMetrics().averageCharWidth() * 22);
    m_table->setColumnWidth(NotificationsModel::RecipientColumn, fontMetrics().averageCharWidth() * 30);

    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_status);
    auto *bar = new QHBoxLayout;
    bar->addWidget(statusLabel);
    bar->addWidget(m_status);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setStatus(m_status->currentData().toString());
        m_model->reload();
    });
    connect(m_refresh, &QPushButton::clicked, m_model, &PagedTableModel::reload);
    connect(m_retry, &QPushButton::clicked, this, &NotificationsView::retrySelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NotificationsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsView::updateButtons);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const QString &message) {
        setErrorColour(m_message, true);
        m_message->setText(message);
        m_message->setVisible(true);
    });
    updateButtons();
}

void NotificationsView::updateButtons()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const NotificationRow *row = selected.isEmpty() ? nullptr : m_model->row(selected.first().row());
    m_retry->setEnabled(!m_retrying && row && (row->status == "failed"_L1 || row->status == "queued"_L1));
}

void NotificationsView::retrySelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const NotificationRow *row = selected.isEmpty() ? nullptr : m_model->row(selected.first().row());
    if (!row || m_retrying)
        return;
    const QString id = row->id;
    const QString recipient = row->recipient;
    m_retrying = true;
    updateButtons();
    m_session->post(u"/api/v1/notifications/%1/retry"_s.arg(id), QJsonDocument(QJsonObject{}), this,
                    [this, id, recipient](const ApiResponse &response) {
                        m_retrying = false;
                        if (response.ok) {
                            setErrorColour(m_message, false);
                            m_message->setText(tr("The mail to %1 is queued to be sent again.").arg(recipient));
                            m_message->setVisible(true);
                            m_model->reload();
                            emit retried(id);
                        } else {
                            setErrorColour(m_message, true);
                            m_message->setText(tr("Could not retry the mail to %1: %2").arg(recipient, response.errorMessage));
                            m_message->setVisible(true);
                        }
                        updateButtons();
                    });
}

} // namespace Backroom::Ui
