// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>

#include <chrono>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// One event of the server's feed (GET /api/v1/events).
struct FeedEvent {
    qint64 id = 0;
    QString type;          // "InventoryChanged", …
    QString aggregateType;
    QString aggregateId;
    QJsonObject payload;

    static FeedEvent fromJson(const QJsonObject &object);
    // The SKU an inventory event is about: the payload's "sku", else the aggregate id of a stock aggregate.
    QString sku() const;
};

// Follows the server's event feed by long polling GET /api/v1/events?after=&wait=25: the first request
// (without after) only learns where the feed stands, every later one waits for what is newer. After a
// failed request it tries again after a doubling pause; it stops when the account signs out and starts
// again at the newest event when one signs in. GUI thread.
class EventFeed : public QObject
{
    Q_OBJECT
public:
    explicit EventFeed(Session *session, QObject *parent = nullptr);

    // Only these types are asked for (the server filters); empty: all.
    void setTypes(const QStringList &types) { m_types = types; }
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // The newest event id seen; 0 before the first answer.
    qint64 lastId() const { return m_lastId; }
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds most);
    // How long the server may hold a request open, in seconds (0–30).
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }

signals:
    void eventArrived(const Backroom::Ui::FeedEvent &event);
    // The feed caught up with the server (after its first answer): following from now on.
    void following();
    // A request failed; the feed tries again after a pause. message says why.
    void interrupted(const QString &message);

private:
    void poll();
    void retryLater(const QString &message);

    Session *m_session;
    QObject *m_request = nullptr;
    QTimer *m_retry;
    QStringList m_types;
    qint64 m_lastId = 0;
    bool m_haveStart = false;
    bool m_running = false;
    int m_waitSeconds = 25;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_mostDelay{30000};
    std::chrono::milliseconds m_delay{0};
};

} // namespace Backroom::Ui
