// SPDX-License-Identifier: MIT
#include "ui/sagamonitorview.h"

#include "domain/order.h"
#include "ui/eventfeed.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {
// What a checkout saga records on the feed (aggregate: the saga).
const QStringList SagaEvents{u"PaymentProcessed"_s, u"PaymentFailed"_s, u"CheckoutCompleted"_s, u"CheckoutFailed"_s};

QString timeText(const QString &rfc3339)
{
    const QDateTime at = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A step's detail as "key: value" pairs on one line.
QString detailText(const QJsonObject &detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QJsonValue v = it.value();
        const QString text = v.isString() ? v.toString()
            : v.isDouble()                ? QString::number(v.toDouble(), 'g', 17)
            : v.isObject()                ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
            : v.isArray()                 ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                          : QString();
        parts.append(it.key() + u": "_s + text);
    }
    return parts.join(u"; "_s);
}

QString valueOr(const QJsonValue &value, const QString &none)
{
    return value.isString() && !value.toString().isEmpty() ? value.toString() : none;
}
} // namespace

SagaMonitorView::SagaMonitorView(Session *session, SagasModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_feed(new EventFeed(session, this))
    , m_refresh(new QTimer(this))
    , m_status(new QComboBox(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_progress(new QProgressBar(this))
    , m_message(newMessageLabel(u"sagaMessage"_s, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_provider(new QLabel(this))
    , m_steps(new QTableWidget(this))
    , m_retry(new QPushButton(tr("Re&try…"), this))
    , m_compensate(new QPushButton(tr("Co&mpensate…"), this))
{
    m_status->setObjectName(u"sagaStatusFilter"_s);
    m_status->addItem(tr("Needing attention (running, compensating, failed)"));
    m_status->addItem(SagasModel::statusTitle(Domain::SagaStatus::Running));
    m_status->addItem(SagasModel::statusTitle(Domain::SagaStatus::Compensating));
    m_status->addItem(SagasModel::statusTitle(Domain::SagaStatus::Failed));
    m_status->addItem(SagasModel::statusTitle(Domain::SagaStatus::Completed));
    m_status->addItem(tr("All"));
    m_reload->setObjectName(u"sagaReload"_s);
    auto *statusLabel = new QLabel(tr("&Show:"), this);
    statusLabel->setBuddy(m_status);
    auto *filters = new QHBoxLayout;
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_reload);
    filters->addStretch();
    m_provider->setObjectName(u"paymentProvider"_s);
    m_provider->setTextFormat(Qt::PlainText);
    filters->addWidget(m_provider);

    m_progress->setObjectName(u"sagaProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_count->setObjectName(u"sagaCount"_s);

    m_table->setObjectName(u"sagaTable"_s);
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setColumnWidth(SagasModel::StartedColumn, fontMetrics().averageCharWidth() * 20);
    m_table->setColumnWidth(SagasModel::StepColumn, fontMetrics().averageCharWidth() * 20);
    m_table->setColumnWidth(SagasModel::EmailColumn, fontMetrics().averageCharWidth() * 28);

    m_summary->setObjectName(u"sagaSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_steps->setObjectName(u"sagaSteps"_s);
    m_steps->setColumnCount(4);
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Outcome"), tr("Time"), tr("Detail")});
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->verticalHeader()->setVisible(false);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_retry->setObjectName(u"sagaRetry"_s);
    m_retry->setToolTip(tr("Run the step under way (or the outstanding compensations) now instead of waiting for "
                           "the next automatic attempt."));
    m_compensate->setObjectName(u"sagaCompensate"_s);
    m_compensate->setToolTip(tr("Undo what the saga did: refund the payment, release the stock, cancel the order."));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_retry);
    actions->addWidget(m_compensate);
    actions->addStretch();
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_steps, 1);
    detailLayout->addLayout(actions);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);
    connect(m_refresh, &QTimer::timeout, this, &SagaMonitorView::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SagaMonitorView::reload);
    connect(m_reload, &QPushButton::clicked, this, &SagaMonitorView::reload);
    connect(m_retry, &QPushButton::clicked, this, &SagaMonitorView::openRetryDialog);
    connect(m_compensate, &QPushButton::clicked, this, &SagaMonitorView::openCompensateDialog);
    connect(m_model, &SagasModel::loadingChanged, this, &SagaMonitorView::showLoadState);
    connect(m_model, &SagasModel::loadFailed, this, &SagaMonitorView::showLoadState);
    connect(m_model, &SagasModel::pageLoaded, this, [this] {
        if (!m_keepSelected.isEmpty()) {
            const int row = m_model->rowOf(m_keepSelected);
            if (row >= 0)
                m_table->setCurrentIndex(m_model->index(row, SagasModel::StartedColumn));
            m_keepSelected.clear();
        }
        showLoadState();
    });
    connect(m_model, &SagasModel::modelReset, this, &SagaMonitorView::selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SagaMonitorView::selectionChanged);
    m_feed->setTypes(SagaEvents);
    connect(m_feed, &EventFeed::eventArrived, this, &SagaMonitorView::eventArrived);
    connect(m_session, &Session::accountChanged, this, &SagaMonitorView::accountChanged);
    accountChanged(m_session->account());
    showLoadState();
    showDetail();
}

void SagaMonitorView::accountChanged(const std::optional<Account> &account)
{
    m_allowed = account && account->may(Domain::Permission::SystemManage);
    if (!m_allowed)
        m_feed->stop();
    else if (isVisible())
        m_feed->start();
}

void SagaMonitorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_allowed)
        m_feed->start();
}

void SagaMonitorView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_feed->stop();
}

void SagaMonitorView::setFilter(Filter filter)
{
    m_status->setCurrentIndex(int(filter)); // reloads when it changes
}

void SagaMonitorView::reload()
{
    using S = Domain::SagaStatus;
    static const QList<QList<S>> choices{
        {}, {S::Running}, {S::Compensating}, {S::Failed}, {S::Completed}, {S::Running, S::Compensating, S::Failed, S::Completed}};
    m_refresh->stop();
    m_keepSelected = selectedId();
    m_model->setStatuses(choices.value(m_status->currentIndex()));
    m_model->reload();
    loadProvider();
}

void SagaMonitorView::loadProvider()
{
    delete std::exchange(m_providerRequest, nullptr);
    m_providerRequest = new QObject(this);
    QObject *request = m_providerRequest;
    m_session->get(u"/api/v1/payments/provider"_s, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_providerRequest = nullptr;
        if (!response.ok) {
            m_provider->setText(tr("Payment provider: unknown (%1)").arg(response.errorMessage));
            setErrorColour(m_provider, true);
            return;
        }
        const QJsonObject status = response.json.object();
        const QString state = status.value("state"_L1).toString();
        QString text;
        if (!status.value("configured"_L1).toBool())
            text = tr("Payment provider: none configured; checkouts cannot take payments.");
        else if (state == "closed"_L1)
            text = tr("Payment provider: working (circuit closed).");
        else if (state == "half_open"_L1)
            text = tr("Payment provider: recovering; trial payments are let through (circuit half-open).");
        else
            text = tr("Payment provider: failing; checkouts are refused for %1 more seconds (circuit open).")
                       .arg((status.value("open_remaining_ms"_L1).toInteger() + 999) / 1000);
        const QString lastFailure = status.value("last_failure"_L1).toString();
        if (state != "closed"_L1 && !lastFailure.isEmpty())
            text += u' ' + tr("Last failure: %1").arg(lastFailure);
        m_provider->setText(text);
        setErrorColour(m_provider, state != "closed"_L1);
    });
}

QString SagaMonitorView::providerStatus() const
{
    return m_provider->text();
}

QString SagaMonitorView::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    const SagaRow *saga = current.isValid() ? m_model->saga(current.row()) : nullptr;
    return saga ? saga->id : QString();
}

bool SagaMonitorView::isBusy() const
{
    return m_acting || m_detailRequest || m_model->isLoading();
}

bool SagaMonitorView::canRetry() const
{
    if (m_acting || m_detailRequest || m_detail.isEmpty() || m_detailId != selectedId())
        return false;
    const auto status = Domain::sagaStatusFromName(m_detail.value("status"_L1).toString());
    return status == Domain::SagaStatus::Running || status == Domain::SagaStatus::Compensating;
}

bool SagaMonitorView::canCompensate() const
{
    if (m_acting || m_detailRequest || m_detail.isEmpty() || m_detailId != selectedId())
        return false;
    const auto status = Domain::sagaStatusFromName(m_detail.value("status"_L1).toString());
    if (!status || *status == Domain::SagaStatus::Failed)
        return false;
    // With an order the saga is undone by cancelling it, which the order's state machine may no longer allow.
    const QJsonObject order = m_detail.value("order"_L1).toObject();
    if (order.isEmpty())
        return true;
    const auto orderStatus = Domain::orderStatusFromName(order.value("status"_L1).toString());
    return orderStatus == Domain::OrderStatus::Pending || orderStatus == Domain::OrderStatus::Confirmed
        || orderStatus == Domain::OrderStatus::Fulfilling;
}

QString SagaMonitorView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SagaMonitorView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setErrorColour(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

void SagaMonitorView::showLoadState()
{
    m_progress->setVisible(m_model->isLoading());
    const QString error = m_model->errorMessage();
    if (!error.isEmpty())
        setMessage(tr("The sagas could not be loaded: %1\nReload to try again.").arg(error), true);
    const int rows = m_model->rowCount();
    if (m_model->isLoading())
        m_count->setText(tr("Loading the sagas…"));
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("Sagas shown: %L1, newest first; scroll down for older ones.").arg(rows));
    else if (rows == 0 && error.isEmpty() && m_model->isStarted())
        m_count->setText(tr("No sagas in this state."));
    else
        m_count->setText(tr("Sagas: %L1, newest first.").arg(rows));
}

void SagaMonitorView::selectionChanged()
{
    const QString id = selectedId();
    if (id == m_detailId && (!m_detail.isEmpty() || m_detailRequest))
        return;
    m_detailId = id;
    m_detail = {};
    delete std::exchange(m_detailRequest, nullptr);
    if (!id.isEmpty())
        loadDetail();
    showDetail();
}

void SagaMonitorView::loadDetail()
{
    if (m_detailId.isEmpty())
        return;
    delete std::exchange(m_detailRequest, nullptr);
    m_detailRequest = new QObject(this);
    QObject *request = m_detailRequest;
    const QString id = m_detailId;
    m_session->get(u"/api/v1/sagas/%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id))), request,
                   [this, request, id](const ApiResponse &response) {
                       request->deleteLater();
                       m_detailRequest = nullptr;
                       if (id != m_detailId)
                           return;
                       if (!response.ok) {
                           setMessage(tr("The saga could not be loaded: %1").arg(response.errorMessage), true);
                           showDetail();
                           return;
                       }
                       m_detail = response.json.object();
                       if (const auto row = SagaRow::fromJson(m_detail))
                           m_model->updateSaga(*row);
                       showDetail();
                   });
    updateActions();
}

void SagaMonitorView::showDetail()
{
    m_steps->setRowCount(0);
    if (m_detailId.isEmpty()) {
        m_summary->setText(tr("Select a saga to see its steps."));
        updateActions();
        return;
    }
    if (m_detail.isEmpty()) {
        m_summary->setText(m_detailRequest ? tr("Loading the saga…") : QString());
        updateActions();
        return;
    }
    const QJsonObject &d = m_detail;
    const auto status = Domain::sagaStatusFromName(d.value("status"_L1).toString());
    const QJsonObject order = d.value("order"_L1).toObject();
    const QString none = tr("none");
    QStringList lines;
    lines.append(tr("Checkout %1: %2 at %3.")
                     .arg(d.value("id"_L1).toString(), status ? SagasModel::statusTitle(*status) : QString(),
                          SagasModel::stepTitle(d.value("step"_L1).toString())));
    lines.append(tr("Order: %1. Reservation: %2. Charge: %3 (card ending %4).")
                     .arg(order.isEmpty() ? none
                                          : tr("%1 (%2)").arg(order.value("number"_L1).toString(), order.value("status"_L1).toString()),
                          valueOr(d.value("reservation_id"_L1), none), valueOr(d.value("charge_id"_L1), none),
                          valueOr(d.value("card_last4"_L1), tr("unknown"))));
    if (status == Domain::SagaStatus::Running || status == Domain::SagaStatus::Compensating)
        lines.append(tr("Waited %n time(s); next automatic attempt %1.", nullptr, d.value("attempts"_L1).toInt())
                         .arg(timeText(d.value("next_attempt_at"_L1).toString())));
    const QString error = d.value("error"_L1).toObject().value("detail"_L1).toString();
    if (!error.isEmpty())
        lines.append(tr("Error: %1").arg(error));
    m_summary->setText(lines.join(u'\n'));

    const QJsonArray steps = d.value("steps"_L1).toArray();
    m_steps->setRowCount(int(steps.size()));
    for (int row = 0; row < steps.size(); ++row) {
        const QJsonObject step = steps.at(row).toObject();
        m_steps->setItem(row, 0, new QTableWidgetItem(SagasModel::stepTitle(step.value("step"_L1).toString())));
        m_steps->setItem(row, 1, new QTableWidgetItem(step.value("outcome"_L1).toString()));
        m_steps->setItem(row, 2, new QTableWidgetItem(timeText(step.value("at"_L1).toString())));
        m_steps->setItem(row, 3, new QTableWidgetItem(detailText(step.value("detail"_L1).toObject())));
    }
    m_steps->resizeColumnsToContents();
    updateActions();
}

void SagaMonitorView::updateActions()
{
    m_retry->setEnabled(canRetry());
    m_compensate->setEnabled(canCompensate());
}

QDialog *SagaMonitorView::openRetryDialog()
{
    if (!canRetry())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Retry Saga"),
                                tr("Run checkout %1 on now? The step under way runs at once; a payment whose outcome "
                                   "is unknown is asked for, never charged again.")
                                    .arg(m_detailId),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"retryConfirmation"_s);
    box->button(QMessageBox::Yes)->setText(tr("&Retry"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this] { act(u"retry"_s, {}); });
    box->open();
    return box;
}

QDialog *SagaMonitorView::openCompensateDialog()
{
    if (!canCompensate())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"compensateConfirmation"_s);
    dialog->setWindowTitle(tr("Compensate Saga"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool withOrder = !m_detail.value("order"_L1).toObject().isEmpty();
    auto *text = new QLabel(withOrder ? tr("Undo checkout %1? Its order is cancelled, which releases the stock and "
                                           "refunds the payment. This cannot be reversed.")
                                            .arg(m_detailId)
                                      : tr("Undo checkout %1? Whatever it charged is refunded, the stock it holds is "
                                           "released, and the customer is told the checkout did not go through. This "
                                           "cannot be reversed.")
                                            .arg(m_detailId),
                            dialog);
    text->setWordWrap(true);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(u"compensateReason"_s);
    reason->setMaxLength(500);
    reason->setPlaceholderText(tr("Why (for the audit log and the order's timeline)"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), dialog);
    reasonLabel->setBuddy(reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Compensate"));
    ok->setEnabled(false);
    connect(reason, &QLineEdit::textChanged, ok, [ok](const QString &t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, reason] {
        act(u"compensate"_s, QJsonObject{{u"reason"_s, reason->text().trimmed()}});
    });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(reasonLabel);
    layout->addWidget(reason);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

void SagaMonitorView::act(const QString &action, const QJsonObject &body)
{
    if (m_acting || m_detailId.isEmpty())
        return;
    const QString id = m_detailId;
    const QString what = id + u'/' + action;
    // The same action on the same saga after an answer that was not definite goes with the same key.
    if (m_pendingKey.isEmpty() || m_pendingAction != what)
        m_pendingKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pendingAction = what;
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = u"/api/v1/sagas/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), action);
    request.body = QJsonDocument(body);
    request.headers.append({"Idempotency-Key"_ba, m_pendingKey.toLatin1()});
    m_acting = true;
    setMessage({}, false);
    updateActions();
    m_session->send(request, this, [this, id, action](const ApiResponse &response) {
        m_acting = false;
        const int status = response.httpStatus;
        if (response.ok || (status >= 400 && status < 500 && status != 408 && status != 429))
            m_pendingKey.clear();
        if (!response.ok) {
            setMessage(tr("The saga was not changed: %1").arg(response.errorMessage), true);
            if (id == m_detailId)
                loadDetail();
            updateActions();
            return;
        }
        const QJsonObject saga = response.json.object();
        if (const auto row = SagaRow::fromJson(saga))
            m_model->updateSaga(*row);
        const auto now = Domain::sagaStatusFromName(saga.value("status"_L1).toString());
        const QString state = now ? SagasModel::statusTitle(*now) : saga.value("status"_L1).toString();
        setMessage(action == "retry"_L1 ? tr("Retried checkout %1; it is now: %2.").arg(id, state)
                                        : tr("Compensated checkout %1; it is now: %2.").arg(id, state),
                   false);
        if (id == m_detailId) {
            m_detail = saga;
            showDetail();
        }
    });
}

void SagaMonitorView::eventArrived(const FeedEvent &event)
{
    if (event.aggregateType != "saga"_L1)
        return;
    if (event.aggregateId == m_detailId && !m_acting)
        loadDetail();
    m_refresh->start();
}

} // namespace Backroom::Ui
