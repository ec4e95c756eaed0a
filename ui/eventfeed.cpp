// SPDX-License-Identifier: MIT
#include "ui/eventfeed.h"

#include "ui/session.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

FeedEvent FeedEvent::fromJson(const QJsonObject &object)
{
    FeedEvent event;
    event.id = object.value("id"_L1).toInteger();
    event.type = object.value("type"_L1).toString();
    event.aggregateType = object.value("aggregate_type"_L1).toString();
    event.aggregateId = object.value("aggregate_id"_L1).toVariant().toString();
    event.payload = object.value("payload"_L1).toObject();
    return event;
}

QString FeedEvent::sku() const
{
    const QString fromPayload = payload.value("sku"_L1).toString();
    if (!fromPayload.isEmpty())
        return fromPayload;
    return aggregateType.contains("stock"_L1, Qt::CaseInsensitive) || aggregateType.contains("inventory"_L1, Qt::CaseInsensitive)
               ? aggregateId
               : QString();
}

EventFeed::EventFeed(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &EventFeed::poll);
    connect(m_session, &Session::accountChanged, this, [this](const auto &account) {
        if (!account) {
            stop();
        }
    });
}

void EventFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_haveStart = false;
    m_delay = {};
    poll();
}

void EventFeed::stop()
{
    m_running = false;
    m_retry->stop();
    delete std::exchange(m_request, nullptr);
}

void EventFeed::setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most)
{
    m_firstDelay = first;
    m_mostDelay = std::max(first, most);
}

void EventFeed::poll()
{
    if (!m_running || m_request)
        return;
    QUrlQuery query;
    if (m_haveStart) {
        query.addQueryItem(u"after"_s, QString::number(m_lastId));
        query.addQueryItem(u"wait"_s, QString::number(m_waitSeconds));
    }
    if (!m_types.isEmpty())
        query.addQueryItem(u"types"_s, m_types.join(u','));
    ApiRequest request;
    request.path = u"/api/v1/events"_s;
    if (!query.isEmpty())
        request.path += u'?' + query.toString(QUrl::FullyEncoded);
    // The server holds the request for up to wait seconds before it answers an empty page.
    request.timeout = std::chrono::seconds(m_waitSeconds + 15);
    m_request = new QObject(this);
    QObject *context = m_request;
    m_session->send(request, context, [this, context](const ApiResponse &response) {
        context->deleteLater();
        m_request = nullptr;
        if (!m_running)
            return;
        if (!response.ok) {
            retryLater(response.errorMessage);
            return;
        }
        m_delay = {};
        const QJsonObject page = response.json.object();
        const bool first = !m_haveStart;
        m_haveStart = true;
        for (const QJsonValue &value : page.value("items"_L1).toArray()) {
            const FeedEvent event = FeedEvent::fromJson(value.toObject());
            m_lastId = std::max(m_lastId, event.id);
            emit eventArrived(event);
        }
        m_lastId = std::max(m_lastId, page.value("last_id"_L1).toInteger());
        if (first)
            emit following();
        QTimer::singleShot(0, this, &EventFeed::poll);
    });
}

void EventFeed::retryLater(const QString &message)
{
    m_delay = m_delay.count() == 0 ? m_firstDelay : std::min(m_delay * 2, m_mostDelay);
    emit interrupted(message);
    m_retry->start(m_delay);
}

} // namespace Backroom::Ui
