// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/router.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <mutex>

namespace Backroom::Server {

// The card processor that backroom-payments-sandbox serves: charges (authorise, or authorise and capture),
// captures, cancellations, refunds, and Idempotency-Key on every POST. Test cards: 4242424242424242 is
// approved, 4000000000000002 declined, 4000000000000119 fails with a processing error (nothing charged);
// any other number that passes the Luhn check is approved.
//
// Every change is appended to a journal under the data directory before it is answered, and read back on
// start, so a restarted sandbox remembers its charges and keys: the same key never charges twice. Full
// card numbers are never kept (last 4 and brand only); a replay is recognised by a hash of the request.
//
// Faults (latency, error rate, hang) apply to the /v1/charges routes; set at start or through
// PUT /v1/faults. The README documents the HTTP API.
class PaymentSandbox {
public:
    struct Faults {
        int latencyMs = 0;      // every answer waits this long (after the change is made and journalled)
        double errorRate = 0.0; // this share of requests is answered 503 without doing anything
        bool hang = false;      // requests are read and never answered
        QJsonObject toJson() const;
    };

    PaymentSandbox(QString dataDir, Faults faults, bool syncJournal);

    // Reads the journal (creating the directory and file as needed). Fails naming the file and line.
    Domain::Status open();
    void registerOn(Router &router);

    qsizetype chargeCount() const;

private:
    struct Stored {
        QByteArray route;       // "POST /v1/charges", ...
        QByteArray requestHash; // IdempotencyStore::requestHash of the request
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QString chargeId;
    };

    // The route logic; each returns the answer and whether it changed something (then it is journalled and
    // kept for replays).
    struct Outcome {
        HttpResponse response;
        bool changed = false;
        QJsonObject charge; // the charge as it is now, when changed
    };
    Outcome createCharge(const QJsonObject &body, const QString &key);
    Outcome capture(const QString &id, const QJsonObject &body);
    Outcome cancel(const QString &id, const QJsonObject &body);
    Outcome refund(const QString &id, const QJsonObject &body);

    // The idempotent POST wrapper: checks and replays keys, runs the route under the lock, journals changes.
    HttpResponse idempotentPost(const QByteArray &route, RequestContext &context,
                                const std::function<Outcome(const QJsonObject &, const QString &)> &run);
    // Answers through reply after the configured faults: maybe an injected error, latency, or never.
    void answer(RequestContext &context, DeferredReply reply, const std::function<HttpResponse()> &work);
    bool journal(const QJsonObject &entry);
    QJsonObject chargeJson(const QString &id) const;

    QString m_dataDir;
    bool m_sync;
    mutable std::mutex m_mutex;
    Faults m_faults;
    QFile m_journal;
    QHash<QString, QJsonObject> m_charges;
    QStringList m_order; // charge ids by creation
    QHash<QByteArray, Stored> m_keys;
};

} // namespace Backroom::Server
