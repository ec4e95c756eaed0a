// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httpserver.h"
#include "server/store/pgconnection.h"

#include <QDeadlineTimer>
#include <QThread>
#include <functional>
#include <mutex>

namespace Backroom::Test {

// A real HTTP server on loopback that records every webhook POST it gets. decide(n) gives the status for
// the n-th request (from 0); 0 means never answer (the sender's timeout).
class WebhookReceiver {
public:
    struct Received {
        QByteArray signature;
        QByteArray event;
        QByteArray eventId;
        QByteArray delivery;
        QByteArray body;
    };
    using Decide = std::function<int(int n)>;

    explicit WebhookReceiver(Decide decide = {}) : m_decide(std::move(decide))
    {
        Server::HttpServer::Options o;
        o.address = QHostAddress(QHostAddress::LocalHost);
        o.port = 0;
        o.threads = 1;
        m_server = std::make_unique<Server::HttpServer>(o, [this](Server::HttpRequest &r, Server::Reply reply) {
            int n = 0;
            {
                const std::lock_guard lock(m_mutex);
                n = int(m_received.size());
                m_received.append({r.header("Backroom-Signature"), r.header("Backroom-Event"),
                                   r.header("Backroom-Event-Id"), r.header("Backroom-Delivery"), r.body});
            }
            const int status = m_decide ? m_decide(n) : 200;
            if (status == 0) {
                const std::lock_guard lock(m_mutex);
                m_held.append(reply);
                return;
            }
            reply(Server::HttpResponse::text(status, "thanks"));
        });
        started = m_server->start().has_value();
    }
    ~WebhookReceiver() { m_server->shutdown(500); }

    QString url(const QString &path = QStringLiteral("/hook")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path);
    }
    QList<Received> received() const
    {
        const std::lock_guard lock(m_mutex);
        return m_received;
    }
    // Polls until done() holds for what arrived, or timeoutMs passes; returns whether it held.
    bool waitUntil(const std::function<bool(const QList<Received> &)> &done, int timeoutMs = 30000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (done(received()))
                return true;
            QThread::msleep(20);
        }
        return done(received());
    }

    bool started = false;

private:
    Decide m_decide;
    mutable std::mutex m_mutex;
    QList<Received> m_received;
    QList<Server::Reply> m_held;
    std::unique_ptr<Server::HttpServer> m_server;
};

// Commits one outbox event as any domain would; returns its id (0 on failure).
inline qint64 commitEvent(Server::PgConnection &c, const QByteArray &type, const QByteArray &aggregateId,
                          const QByteArray &payload = "{}")
{
    auto r = c.exec("INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload) VALUES ($1, 'thing', $2, "
                    "$3::jsonb) RETURNING id",
                    {type, aggregateId, payload});
    return r && r->rows() == 1 ? r->toInt64(0, 0) : 0;
}

} // namespace Backroom::Test
