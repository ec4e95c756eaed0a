// SPDX-License-Identifier: MIT
#include "ui/orderboard.h"

#include "ui/session.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

OrderBoard::OrderBoard(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *previous = nullptr;
    for (Domain::OrderStatus status : statuses()) {
        const QString key = Domain::orderStatusName(status);
        auto *model = new OrdersModel(session, OrdersModel::Layout::Card, this);
        model->setPageSize(25);
        auto *view = new QListView(this);
        view->setObjectName(key + u"Column"_s);
        view->setModel(model);
        view->setAccessibleName(OrdersModel::statusTitle(status));
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setSpacing(1);
        view->setWordWrap(false);
        auto *header = new QLabel(this);
        header->setObjectName(key + u"Count"_s);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setBuddy(view);
        auto *column = new QVBoxLayout;
        column->addWidget(header);
        column->addWidget(view, 1);
        layout->addLayout(column, 1);
        m_models.insert(status, model);
        m_views.insert(status, view);
        m_headers.insert(status, header);
        if (previous)
            setTabOrder(previous, view);
        previous = view;
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            emit openRequested(index.data(OrdersModel::IdRole).toString());
        });
        connect(model, &OrdersModel::loadFailed, this, [this](const QString &message) {
            m_error = message;
            emit loadFailed(message);
        });
        connect(model, &OrdersModel::pageLoaded, this, [this] {
            if (!isLoading())
                emit loaded();
        });
    }
    showCounts();
}

QList<Domain::OrderStatus> OrderBoard::statuses()
{
    using S = Domain::OrderStatus;
    return {S::Pending, S::Confirmed, S::Fulfilling, S::Shipped, S::Delivered, S::Cancelled};
}

void OrderBoard::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
}

bool OrderBoard::isLoading() const
{
    if (m_countRequest)
        return true;
    for (OrdersModel *model : m_models) {
        if (model->isLoading())
            return true;
    }
    return false;
}

void OrderBoard::reload()
{
    refresh(statuses());
}

void OrderBoard::refresh(const QList<Domain::OrderStatus> &changed)
{
    m_error.clear();
    loadCounts();
    for (Domain::OrderStatus status : changed)
        reloadColumn(status);
}

void OrderBoard::reloadColumn(Domain::OrderStatus status)
{
    OrdersModel *model = m_models.value(status);
    if (!model)
        return;
    OrderFilter filter = m_filter;
    filter.status = status;
    model->setFilter(filter);
    // A status filter leaves one column; the others are hidden and not asked for.
    const bool shown = !m_filter.status || *m_filter.status == status;
    m_views.value(status)->setVisible(shown);
    m_headers.value(status)->setVisible(shown);
    if (!shown)
        return;
    model->reload();
}

bool OrderBoard::updateOrder(const QJsonObject &order)
{
    for (OrdersModel *model : std::as_const(m_models)) {
        if (model->updateOrder(order))
            return true;
    }
    return false;
}

void OrderBoard::loadCounts()
{
    delete std::exchange(m_countRequest, nullptr);
    m_countRequest = new QObject(this);
    QObject *request = m_countRequest;
    QUrlQuery query = m_filter.query();
    QString path = u"/api/v1/orders/counts"_s;
    if (!query.isEmpty())
        path += u'?' + query.toString(QUrl::FullyEncoded);
    m_session->get(path, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_countRequest = nullptr;
        if (!response.ok) {
            m_error = response.errorMessage;
            emit loadFailed(m_error);
            return;
        }
        const QJsonObject counts = response.json.object().value("counts"_L1).toObject();
        for (Domain::OrderStatus status : statuses())
            m_counts.insert(status, counts.value(Domain::orderStatusName(status)).toInteger());
        showCounts();
        if (!isLoading())
            emit loaded();
    });
}

void OrderBoard::showCounts()
{
    for (Domain::OrderStatus status : statuses()) {
        const qint64 n = m_counts.value(status, -1);
        //: A column of the order board: its status and how many orders are in it, e.g. "Pending (12)".
        m_headers.value(status)->setText(n < 0 ? OrdersModel::statusTitle(status)
                                               : tr("%1 (%2)").arg(OrdersModel::statusTitle(status), QLocale().toString(n)));
    }
}

} // namespace Backroom::Ui
