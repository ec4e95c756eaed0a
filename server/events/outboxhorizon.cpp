// SPDX-License-Identifier: MIT
#include "server/events/outboxhorizon.h"

#include <thread>

namespace Backroom::Server {

PgExpected<qint64> OutboxHorizon::advance(PgConnection &c)
{
    std::optional<Mark> mark;
    {
        const std::lock_guard lock(m_mutex);
        mark = m_pending;
    }
    auto r = c.exec("SELECT pending_id, pending_writers, settled FROM backroom_outbox_horizon($1, $2)",
                    {mark ? std::optional(mark->id) : std::nullopt, mark ? std::optional(mark->writers) : std::nullopt});
    if (!r)
        return std::unexpected(r.error());
    const std::lock_guard lock(m_mutex);
    if (!r->isNull(0, 2))
        m_settled = std::max(m_settled, r->toInt64(0, 2));
    // Any mark the function hands back is a sound one; with several callers the last one wins.
    if (r->isNull(0, 1))
        m_pending.reset();
    else
        m_pending = Mark{r->value(0, 0).toByteArray(), r->value(0, 1).toByteArray()};
    return m_settled;
}

PgExpected<qint64> OutboxHorizon::catchUp(PgConnection &c, std::chrono::milliseconds patience)
{
    const auto giveUp = std::chrono::steady_clock::now() + patience;
    auto settled = advance(c);
    if (!settled)
        return settled;
    qint64 target = 0;
    {
        const std::lock_guard lock(m_mutex);
        target = m_pending ? m_pending->id.toLongLong() : m_settled;
    }
    while (*settled < target && std::chrono::steady_clock::now() < giveUp) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        settled = advance(c);
        if (!settled)
            return settled;
    }
    return settled;
}

qint64 OutboxHorizon::settled() const
{
    const std::lock_guard lock(m_mutex);
    return m_settled;
}

bool OutboxHorizon::behind() const
{
    const std::lock_guard lock(m_mutex);
    return m_pending && m_pending->id.toLongLong() > m_settled;
}

} // namespace Backroom::Server
