// SPDX-License-Identifier: MIT
#include "ui/refundsview.h"

#include "ui/eventfeed.h"
#include "ui/refundsmodel.h"
#include "ui/session.h"
#include "ui/viewstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

RefundsView::RefundsView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_feed(new EventFeed(session, this))
    , m_queue(new RefundsModel(session, u"awaiting_approval"_s, this))
    , m_recent(new RefundsModel(session, {}, this))
    , m_queueTable(new QTableView(this))
    , m_recentTable(new QTableView(this))
    , m_note(new QLineEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_reload(new QPushButton(tr("Re&load"), this))
    , m_message(newMessageLabel(u"refundsMessage"_s, this))
{
    m_queueTable->setObjectName(u"refundQueue"_s);
    m_recentTable->setObjectName(u"recentRefunds"_s);
    m_approve->setObjectName(u"approveRefund"_s);
    m_reject->setObjectName(u"rejectRefund"_s);
    m_note->setObjectName(u"decisionNote"_s);
    m_note->setMaxLength(1000);
    m_note->setPlaceholderText(tr("A note for the decision (optional)"));
    for (QTableView *table : {m_queueTable, m_recentTable}) {
        setUpListTable(table);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    m_queueTable->setModel(m_queue);
    m_recentTable->setModel(m_recent);

    auto *queueTitle = new QLabel(tr("Awaiting approval"), this);
    auto *recentTitle = new QLabel(tr("Recent refunds"), this);
    for (QLabel *title : {queueTitle, recentTitle}) {
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
    }
    auto *hint = new QLabel(tr("Refunds above the approval limit wait here until someone other than the person who asked "
                               "approves or rejects them. Refund an order from its detail in Orders."),
                            this);
    hint->setWordWrap(true);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_note, 1);
    decision->addWidget(m_approve);
    decision->addWidget(m_reject);
    decision->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(queueTitle);
    layout->addWidget(m_queueTable, 1);
    layout->addLayout(decision);
    layout->addWidget(m_message);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recentTable, 2);

    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_reload, &QPushButton::clicked, this, &RefundsView::reload);
    connect(m_queueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RefundsView::updateButtons);
    connect(m_queue, &QAbstractItemModel::modelReset, this, &RefundsView::updateButtons);
    connect(m_queue, &RefundsModel::loadFailed, this, [this](const QString &message) { setMessage(message, true); });
    connect(m_recent, &RefundsModel::loadFailed, this, [this](const QString &message) { setMessage(message, true); });
    m_feed->setTypes({u"RefundRequested"_s, u"RefundIssued"_s, u"RefundFailed"_s});
    // A refund changed somewhere: both lists are short and newest first, so they are read again.
    connect(m_feed, &EventFeed::eventArrived, this, [this] {
        if (!m_queue->isLoading() && !m_recent->isLoading())
            reload();
    });
    connect(m_session, &Session::accountChanged, this, &RefundsView::accountChanged);
    accountChanged(m_session->account());
}

void RefundsView::accountChanged(const std::optional<Account> &account)
{
    if (!account)
        m_feed->stop();
    updateButtons();
    const QString id = account ? account->id : QString();
    if (id == m_accountId)
        return;
    m_accountId = id;
    m_loaded = false;
    if (isVisible() && account)
        reload();
}

QString RefundsView::message() const
{
    return m_message->text();
}

void RefundsView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setErrorColour(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

void RefundsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
    if (m_session->account())
        m_feed->start();
}

void RefundsView::reload()
{
    m_loaded = true;
    m_queue->reload();
    m_recent->reload();
}

void RefundsView::updateButtons()
{
    const bool approver = m_session->account() && m_session->account()->may(Domain::Permission::RefundsApprove);
    const QModelIndexList rows = m_queueTable->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty() && m_queue->refund(rows.first().row());
    for (QPushButton *button : {m_approve, m_reject}) {
        button->setVisible(approver);
        button->setEnabled(approver && selected && !m_deciding);
    }
    m_note->setVisible(approver);
}

void RefundsView::decide(bool approve)
{
    const QModelIndexList rows = m_queueTable->selectionModel()->selectedRows();
    const RefundRow *refund = rows.isEmpty() ? nullptr : m_queue->refund(rows.first().row());
    if (!refund || m_deciding)
        return;
    ApiRequest request;
    request.method = "POST"_ba;
    request.path = u"/api/v1/refunds/%1/%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(refund->id)),
                                                 approve ? u"approve"_s : u"reject"_s);
    QJsonObject body;
    if (!m_note->text().trimmed().isEmpty())
        body.insert(u"note"_s, m_note->text().trimmed());
    request.body = QJsonDocument(body);
    // A decision sent twice (after a lost answer) is refused as already decided, never done twice.
    request.headers.append({"Idempotency-Key"_ba, QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    m_deciding = true;
    updateButtons();
    const QString number = refund->orderNumber;
    m_session->send(request, this, [this, approve, number](const ApiResponse &response) {
        m_deciding = false;
        if (response.ok) {
            const QString status = response.json.object().value("status"_L1).toString();
            m_note->clear();
            setMessage(approve ? tr("Approved the refund of %1: %2.").arg(number, RefundsModel::statusTitle(status))
                               : tr("Rejected the refund of %1.").arg(number),
                       false);
            reload();
        } else {
            setMessage(response.problem ? response.problem->detail : response.errorMessage, true);
        }
        updateButtons();
    });
}

} // namespace Backroom::Ui
