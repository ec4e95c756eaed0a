// SPDX-License-Identifier: MIT
#pragma once

#include "server/identity/principal.h"

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <mutex>
#include <optional>

namespace Backroom::Server {

// Access tokens that already passed verification, by their exact bytes, until they expire. A session sends
// the same token with every request for its whole lifetime, and one Ed25519 verification costs more than
// the rest of a primary-key read; this makes the repeat requests cost a hash lookup. Only successful
// verifications go in; a token that differs in a single byte is a different key and is verified afresh.
// Bounded: when full, expired entries go first, then everything (the next requests verify again).
// Thread-safe: the I/O threads share one.
class VerifiedTokens {
public:
    using Clock = std::chrono::system_clock;

    explicit VerifiedTokens(qsizetype capacity = 20000) : m_capacity(capacity) {}

    std::optional<Principal> find(QByteArrayView token, Clock::time_point now)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_entries.constFind(QByteArray::fromRawData(token.data(), token.size()));
        if (it == m_entries.cend())
            return std::nullopt;
        if (now >= it->validUntil) {
            m_entries.erase(it);
            return std::nullopt;
        }
        return it->principal;
    }

    // validUntil: the token's expiry plus the leeway the verifier allows.
    void insert(QByteArrayView token, const Principal &principal, Clock::time_point validUntil, Clock::time_point now)
    {
        const std::lock_guard lock(m_mutex);
        if (m_entries.size() >= m_capacity) {
            m_entries.removeIf([&](const auto &entry) { return now >= entry.value().validUntil; });
            if (m_entries.size() >= m_capacity)
                m_entries.clear();
        }
        m_entries.insert(token.toByteArray(), {principal, validUntil});
    }

    qsizetype size() const
    {
        const std::lock_guard lock(m_mutex);
        return m_entries.size();
    }

private:
    struct Entry {
        Principal principal;
        Clock::time_point validUntil;
    };
    qsizetype m_capacity;
    mutable std::mutex m_mutex;
    QHash<QByteArray, Entry> m_entries;
};

} // namespace Backroom::Server
