// SPDX-License-Identifier: MIT
#pragma once

#include "domain/mailtemplate.h"
#include "server/audit/auditlog.h"
#include "server/events/notifiedloop.h"
#include "server/events/outboxconsumer.h"
#include "server/notifications/smtpclient.h"

#include <QHash>
#include <QJsonArray>
#include <atomic>

namespace Backroom::Server {

class Database;

// The mail templates built into the server (resources/notifications/<language>/<name>.txt), read once.
class MailTemplates {
public:
    MailTemplates(); // reads and parses every template; a broken one is logged and left out
    // The template in language, else in English; nullptr when neither exists.
    const Domain::MailTemplate *find(const QString &name, const QString &language) const;
    // "<language>/<name>: <why>" for each template that did not parse (empty when all did).
    const QStringList &problems() const { return m_problems; }

private:
    QHash<QString, Domain::MailTemplate> m_templates; // "<language>/<name>"
    QStringList m_problems;
};

struct NotificationOptions {
    QString shopName = QStringLiteral("Backroom");
    QString shopLanguage = QStringLiteral("en"); // for customers who chose none
    QString from = QStringLiteral("Backroom <noreply@localhost>");
    QString mailDropDir;                         // where mails go without SMTP
    SmtpOptions smtp;                            // smtp.host empty: the mail-drop
    int firstRetryMs = 30000;                    // doubles after each failed attempt, at most an hour
    int maxAttempts = 8;                         // then the notification is failed, until retried
};

// The outbox consumer that turns the customer-facing events (Domain::mailTemplateFor) into queued
// notifications: it reads the order (and the customer's language) on the dispatcher's connection, renders
// the mail and inserts it, all in the dispatcher's transaction. (event id, template) is unique, so an
// event the outbox delivers twice still queues one mail. Orders that were not placed through a checkout
// (imported history) mail nobody. A mail that cannot be rendered is queued as failed with the reason, for
// an admin to see, instead of holding up the order's later events.
class NotificationConsumer : public OutboxConsumer {
public:
    NotificationConsumer(const MailTemplates &templates, NotificationOptions options)
        : m_templates(templates)
        , m_options(std::move(options))
    {
    }
    QString name() const override { return QStringLiteral("notifications"); }
    bool wants(const QString &eventType) const override;
    PgExpected<void> apply(PgConnection &connection, const OutboxEvent &event) override;

private:
    const MailTemplates &m_templates;
    NotificationOptions m_options;
};

// Sends due notifications on a thread and connection of its own: by SMTP when options.smtp.host is set,
// else as <mailDropDir>/notification-<id>.eml (written to a temporary file and renamed, so a reader never
// sees half a mail). A notification is claimed (status sending, attempts + 1, next_attempt_at pushed past
// the attempt's longest duration) with FOR UPDATE SKIP LOCKED and committed before it is sent, so several
// instances share the queue and one that dies mid-attempt leaves it to be claimed again later.
//
// The guarantee, honestly: a mail is sent once per event unless the sender dies (or loses its database)
// after the SMTP server accepted the message and before "sent" is committed; then it is sent a second
// time, with the same Message-ID (notification-<id>@<from domain>) and Date, which lets mail systems that
// deduplicate on Message-ID drop it. The mail-drop has no such window: a second attempt overwrites the
// same file. A 5xx answer fails the notification at once; other failures retry with backoff until
// maxAttempts.
class NotificationSender {
public:
    NotificationSender(QByteArray conninfo, NotificationOptions options);
    ~NotificationSender();
    void start() { m_loop.start([this] { run(); }); }
    void stop() { m_loop.stop(); }
    void writeMetrics(QByteArray &out) const;

private:
    void run();
    bool attemptOne(PgConnection &connection); // false when nothing was due
    struct Outcome {
        bool sent = false;
        bool permanent = false;
        QString error;
    };
    Outcome deliver(qint64 id, const QByteArray &message, const QByteArray &recipient);

    NotificationOptions m_options;
    NotifiedLoop m_loop;
    std::atomic<quint64> m_sent{0};
    std::atomic<quint64> m_retried{0};
    std::atomic<quint64> m_failed{0};
};

// The admin's view of the queue: the list (newest first, by status), one notification with its bodies, and
// retrying a failed one.
class NotificationService {
public:
    explicit NotificationService(Database &database) : m_database(database) {}

    static const QStringList &statuses(); // queued, sending, sent, failed

    // Keyset by id, newest first: ids below `before` (0: from the newest).
    Domain::Result<QJsonArray> list(const QString &status, qint64 before, int limit);
    // With subject, body_text and body_html. NotFound.
    Domain::Result<QJsonObject> find(qint64 id);
    // A failed (or queued) notification goes out again now with a fresh set of attempts. NotFound; Conflict
    // for a sent one (it would mail the customer twice) or one being sent.
    Domain::Result<QJsonObject> retry(qint64 id, const AuditActor &actor);

private:
    Database &m_database;
};

} // namespace Backroom::Server
