// SPDX-License-Identifier: MIT
#include "server/events/eventfeed.h"

#include "server/events/webhooks.h"

#include <QJsonDocument>

namespace Backroom::Server {

namespace {
// Enough for every waiter's next page at once; a waiter further behind is answered over several rounds.
constexpr int sharedReadLimit = 1000;
// How long a request waits for event writers in flight to end before it is answered up to where the horizon
// got: long enough for any ordinary write, short enough not to hold a worker.
constexpr std::chrono::milliseconds catchUpPatience{250};

PgExpected<qint64> newestUpTo(PgConnection &connection, qint64 horizon)
{
    auto newest = connection.exec("SELECT COALESCE(max(id), 0) FROM outbox WHERE id <= $1", {QByteArray::number(horizon)});
    if (!newest)
        return std::unexpected(newest.error());
    return newest->toInt64(0, 0);
}
} // namespace

EventFeed::~EventFeed()
{
    stop();
}

void EventFeed::start()
{
    if (m_thread.joinable())
        return;
    m_listener = std::make_unique<ChangeListener>(
        m_conninfo, QByteArrayLiteral("backroom_outbox"),
        ChangeListener::Callbacks{[this](QByteArrayView) {
                                      {
                                          const std::lock_guard lock(m_mutex);
                                          m_changed = true;
                                      }
                                      m_wakeUp.notify_one();
                                  },
                                  {}});
    m_listener->start();
    m_thread = std::thread([this] { run(); });
}

void EventFeed::stop()
{
    std::list<Waiter> left;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        left.swap(m_waiters);
    }
    m_wakeUp.notify_one();
    for (Waiter &w : left)
        w.reply(answer({{}, w.after}));
    if (m_thread.joinable())
        m_thread.join();
    m_listener.reset();
}

PgExpected<EventFeed::Page> EventFeed::read(PgConnection &connection, qint64 after, const QStringList &types, int limit)
{
    auto horizon = m_horizon.catchUp(connection, catchUpPatience);
    if (!horizon)
        return std::unexpected(horizon.error());
    return readUpTo(connection, after, types, limit, *horizon);
}

PgExpected<EventFeed::Page> EventFeed::readUpTo(PgConnection &connection, qint64 after, const QStringList &types,
                                                int limit, qint64 horizon)
{
    auto rows = connection.exec(
        "SELECT id, event_type, aggregate_type, aggregate_id, payload, "
        "to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM outbox "
        "WHERE id > $1 AND id <= $4 AND ($2::text[] IS NULL OR event_type = ANY ($2::text[])) ORDER BY id LIMIT $3",
        {QByteArray::number(after), types.isEmpty() ? std::nullopt : std::optional(textArrayParam(types)),
         QByteArray::number(limit), QByteArray::number(horizon)});
    if (!rows)
        return std::unexpected(rows.error());
    Page page;
    page.lastId = after;
    for (int i = 0; i < rows->rows(); ++i) {
        page.lastId = rows->toInt64(i, 0);
        page.items.append(feedEventJson(page.lastId, rows->text(i, 1), rows->text(i, 2), rows->text(i, 3),
                                        QJsonDocument::fromJson(rows->value(i, 4).toByteArray()).object(),
                                        rows->text(i, 5)));
    }
    if (!types.isEmpty() && rows->rows() < limit) {
        // Nothing more of these types: skip what was looked at and not wanted.
        auto newest = newestUpTo(connection, horizon);
        if (!newest)
            return std::unexpected(newest.error());
        page.lastId = std::max(page.lastId, *newest);
    }
    return page;
}

PgExpected<qint64> EventFeed::newestId(PgConnection &connection)
{
    auto horizon = m_horizon.catchUp(connection, catchUpPatience);
    if (!horizon)
        return std::unexpected(horizon.error());
    return newestUpTo(connection, *horizon);
}

HttpResponse EventFeed::answer(const Page &page)
{
    HttpResponse r = HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), page.items},
                                                         {QStringLiteral("last_id"), page.lastId}});
    r.setHeader("Cache-Control", "no-store");
    return r;
}

void EventFeed::wait(qint64 after, QStringList types, std::chrono::milliseconds wait, DeferredReply reply)
{
    {
        const std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            // Read again once it is listed: an event committed since the caller's own read is not missed.
            m_waiters.push_back({after, std::move(types), std::chrono::steady_clock::now() + wait, std::move(reply)});
            m_changed = true;
            m_wakeUp.notify_one();
            return;
        }
    }
    reply(answer({{}, after}));
}

int EventFeed::waiting() const
{
    const std::lock_guard lock(m_mutex);
    return int(m_waiters.size());
}

void EventFeed::writeMetrics(QByteArray &out) const
{
    out += "# HELP backroom_event_feed_waiting Long polls of the event feed waiting for events.\n"
           "# TYPE backroom_event_feed_waiting gauge\nbackroom_event_feed_waiting "
        + QByteArray::number(waiting()) + '\n';
    out += "# TYPE backroom_event_feed_answered_total counter\nbackroom_event_feed_answered_total "
        + QByteArray::number(m_answered.load()) + '\n';
}

void EventFeed::run()
{
    PgConnection connection(m_conninfo);
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // The nearest deadline, a notification, a new waiter; polling while the listener is down, and at
        // least every second to drop waiters whose client hung up.
        auto until = std::chrono::steady_clock::now() + std::chrono::seconds(1);
        for (const Waiter &w : m_waiters)
            until = std::min(until, w.deadline);
        // Events held back behind an open writer: it sends no notification when it rolls back.
        const bool behind = m_horizon.behind();
        if (behind)
            until = std::min(until, std::chrono::steady_clock::now() + std::chrono::milliseconds(50));
        const bool listening = m_listener && m_listener->isListening();
        m_wakeUp.wait_until(lock, until, [this] { return m_changed || m_stopping; });
        if (m_stopping)
            break;
        const bool look = m_changed || !listening || behind;
        m_changed = false;

        struct Due {
            DeferredReply reply;
            Page page;
        };
        std::vector<Due> due; // answered outside the lock
        qint64 from = -1;
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (!it->reply.isOpen()) {
                it = m_waiters.erase(it);
                continue;
            }
            from = from < 0 ? it->after : std::min(from, it->after);
            ++it;
        }
        std::optional<Page> fresh;
        if (look && from >= 0) {
            lock.unlock();
            auto horizon = m_horizon.advance(connection);
            auto page = horizon ? readUpTo(connection, from, {}, sharedReadLimit, *horizon)
                                : PgExpected<Page>(std::unexpected(horizon.error()));
            lock.lock();
            if (page)
                fresh = std::move(*page);
            if (m_stopping)
                break;
        }
        const auto now = std::chrono::steady_clock::now();
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            Page mine{{}, it->after};
            if (fresh && it->after >= from) {
                for (const QJsonValue &v : std::as_const(fresh->items)) {
                    const QJsonObject event = v.toObject();
                    const qint64 id = event.value(QStringLiteral("id")).toInteger();
                    if (id <= it->after || mine.items.size() >= pageLimit)
                        continue;
                    if (it->types.isEmpty() || it->types.contains(event.value(QStringLiteral("type")).toString()))
                        mine.items.append(event);
                    mine.lastId = id;
                }
                if (mine.items.isEmpty() && fresh->items.size() < sharedReadLimit)
                    mine.lastId = std::max(mine.lastId, fresh->lastId);
                it->after = mine.lastId;
            }
            if (!mine.items.isEmpty() || it->deadline <= now) {
                mine.lastId = std::max(mine.lastId, it->after);
                due.push_back({std::move(it->reply), std::move(mine)});
                it = m_waiters.erase(it);
                continue;
            }
            ++it;
        }
        if (fresh && fresh->items.size() >= sharedReadLimit)
            m_changed = true; // more behind this page
        lock.unlock();
        for (Due &d : due) {
            d.reply(answer(d.page));
            ++m_answered;
        }
        lock.lock();
    }
}

} // namespace Backroom::Server
