// SPDX-License-Identifier: MIT
#pragma once

#include "server/store/pgconnection.h"

#include <chrono>
#include <mutex>
#include <optional>

namespace Backroom::Server {

// How far the outbox can be followed by id without passing an event whose transaction is still open
// (ids are drawn before commit, so 11 can be visible while 10 is not yet). Every outbox id up to
// settled() is final: committed and visible to any snapshot taken after advance() returned, or rolled
// back. The proof is in migration 0011 (backroom_outbox_horizon). An open transaction that wrote events
// holds the horizon back until it ends; readers then wait instead of skipping.
//
// Thread-safe; several threads may advance one horizon with connections of their own.
class OutboxHorizon {
public:
    // One step forward; runs one statement on c, which must not be inside a transaction that wrote events.
    PgExpected<qint64> advance(PgConnection &c);
    // Advances until every event visible when it was called is settled, or patience runs out (sleeping
    // between tries; transactions writing events are short). For one-off reads that cannot come back later.
    PgExpected<qint64> catchUp(PgConnection &c, std::chrono::milliseconds patience);
    qint64 settled() const;
    // Events past settled() exist (or may) that wait for open writers to end: advancing again later
    // may move the horizon.
    bool behind() const;

private:
    struct Mark {
        QByteArray id;
        QByteArray writers; // text[]
    };
    mutable std::mutex m_mutex;
    qint64 m_settled = 0;
    std::optional<Mark> m_pending;
};

} // namespace Backroom::Server
