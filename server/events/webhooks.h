// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/audit/auditlog.h"
#include "server/events/outboxconsumer.h"
#include "server/events/notifiedloop.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QUrl>
#include <atomic>

namespace Backroom::Server {

class Database;

// An event as the feed and webhooks show it: {"id","type","aggregate_type","aggregate_id","payload","occurred_at"}.
QJsonObject feedEventJson(qint64 id, const QString &type, const QString &aggregateType, const QString &aggregateId,
                          const QJsonObject &payload, const QString &occurredAt);

// False for loopback, link-local, private (RFC 1918, CGNAT, unique local), unspecified, multicast,
// broadcast and documentation addresses, IPv4 and IPv6 (v4-mapped ones judged as the IPv4 address).
bool isPublicAddress(const QHostAddress &address);

// The Backroom-Signature header value: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" under secret>.
QByteArray webhookSignature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

struct WebhookSubscription {
    qint64 id = 0;
    QString url;
    QStringList eventTypes;
    QString description;
    bool active = true;
    int version = 1;
    QString createdAt;
    QString updatedAt;

    QJsonObject toJson() const; // never the secret
};

// Admin-managed webhook subscriptions and their delivery log. Validation errors name the field.
class WebhookService {
public:
    WebhookService(Database &database, bool allowPrivateUrls) : m_database(database), m_allowPrivate(allowPrivateUrls) {}

    // Validation when the URL is not http(s), cannot be resolved, or resolves to an address that is not
    // public (unless allowed). Blocking: resolves the host name.
    Domain::Status checkUrl(const QString &url) const;

    struct Created {
        WebhookSubscription subscription;
        QByteArray secret;
    };
    Domain::Result<Created> create(const QJsonObject &body, const AuditActor &actor);
    // Keyset paging by id.
    Domain::Result<QList<WebhookSubscription>> list(qint64 after, int limit);
    Domain::Result<WebhookSubscription> find(qint64 id);
    // {url?, event_types?, description?, active?, rotate_secret?}; the new secret when rotated.
    Domain::Result<Created> update(qint64 id, const QJsonObject &body, std::optional<int> expectedVersion,
                                   const AuditActor &actor);
    Domain::Status remove(qint64 id, const AuditActor &actor);

    // Newest first; status: empty or one of pending, failed, delivered, dead.
    Domain::Result<QJsonArray> deliveries(qint64 subscription, const QString &status, qint64 before, int limit);
    // A new delivery of the same event (the log keeps the old one); 202 material.
    Domain::Result<QJsonObject> replay(qint64 subscription, qint64 delivery, const AuditActor &actor);
    // New deliveries for every original delivery created in [from, to); returns how many.
    Domain::Result<qint64> replayRange(qint64 subscription, const QDateTime &from, const QDateTime &to,
                                       const AuditActor &actor);

private:
    Database &m_database;
    bool m_allowPrivate;
};

// The outbox consumer that turns each event into a delivery row for every active subscription that wants
// its type, and wakes the senders (NOTIFY backroom_webhooks) when the transaction commits.
class WebhookFanout : public OutboxConsumer {
public:
    QString name() const override { return QStringLiteral("webhooks"); }
    bool wants(const QString &) const override { return true; }
    PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) override;
};

// POSTs due deliveries, on a thread and connection of its own. A delivery is claimed by moving its
// next_attempt_at past the attempt's timeout (FOR UPDATE SKIP LOCKED), so instances share the work and one
// that dies mid-attempt leaves the delivery to be tried again once the claim runs out: at least once.
// Failures are retried after firstRetry, doubling with ±20% jitter (at most an hour apart); a delivery that
// has not succeeded within retryFor of its creation is dead.
class WebhookSender {
public:
    struct Options {
        int firstRetryMs = 10000;
        int retryForMs = 24 * 3600 * 1000;
        int timeoutMs = 10000;
        bool allowPrivate = false; // checked again on every attempt, against the address connected to
    };
    WebhookSender(QByteArray conninfo, Options options);
    ~WebhookSender();
    void start() { m_loop.start([this] { run(); }); }
    void stop() { m_loop.stop(); }
    void writeMetrics(QByteArray &out) const;

    struct Attempt {
        int status = 0;  // HTTP status, 0 when none came
        QString error;   // why it failed, for the log
    };
    // One POST; blocking. Public for tests of the address checks.
    static Attempt post(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                        int timeoutMs, bool allowPrivate);

private:
    void run();
    // Attempts one due delivery; false when none was due.
    bool attemptOne(PgConnection &connection);

    Options m_options;
    NotifiedLoop m_loop;
    std::atomic<quint64> m_delivered{0};
    std::atomic<quint64> m_failed{0};
    std::atomic<quint64> m_dead{0};
};

} // namespace Backroom::Server
