// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/httpresponse.h"

#include <atomic>
#include <chrono>
#include <variant>

namespace Backroom::Server {

class Database;

// The first answer to each request sent with an Idempotency-Key, kept for a day so a client that lost the
// answer (timeout, dropped connection) can send the request again and get that answer instead of a second
// effect. Keys are per caller and per route: two users, or two routes, never share one.
//
// A key whose request is still running answers 409; a key reused with a different request (method, path or
// body) answers 422; a key whose request ran out without an answer (the server died mid-way) can be used
// again after staleAfter. 5xx answers are not kept: the request did not happen, the client may retry.
// Runs on worker threads, on their database connections.
class IdempotencyStore {
public:
    struct Options {
        std::chrono::seconds retention = std::chrono::hours(24);
        std::chrono::seconds staleAfter = std::chrono::seconds(120); // above the longest request
    };

    // Go ahead: the key is now held for this request; call complete() or abandon() with the answer.
    struct Proceed {};
    // Answer this instead of running the handler.
    struct Answer {
        HttpResponse response;
    };
    using Claim = std::variant<Proceed, Answer>;

    IdempotencyStore(Database &database, Options options);
    explicit IdempotencyStore(Database &database) : IdempotencyStore(database, Options{}) {}

    // A 400 problem when the key is not 1-255 printable ASCII characters; nullopt when it is.
    static std::optional<HttpResponse> checkKey(QByteArrayView key);
    // requestHash covers everything that makes two requests "the same": method, path, query and body.
    static QByteArray requestHash(QByteArrayView method, QByteArrayView target, QByteArrayView body);

    Claim claim(const QByteArray &principal, const QByteArray &route, const QByteArray &key,
                const QByteArray &requestHash);
    // Keeps the answer for replays (or, for a 5xx answer, frees the key).
    void complete(const QByteArray &principal, const QByteArray &route, const QByteArray &key,
                  const HttpResponse &response, const QByteArray &requestId);

    // Deletes keys older than the retention; returns how many. Called now and then by claim().
    Domain::Result<qint64> purgeExpired();

private:
    Database &m_database;
    Options m_options;
    std::atomic<qint64> m_lastPurgeMs{0};
};

} // namespace Backroom::Server
