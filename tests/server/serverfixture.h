// SPDX-License-Identifier: MIT
#pragma once

#include "server/config.h"
#include "server/serverruntime.h"
#include "server/store/embeddedpostgres.h"
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testcluster.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QDir>
#include <mutex>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <gtest/gtest.h>

namespace Backroom::Test {

// A server configuration for in-process tests: loopback, a free port, quiet logs.
inline Server::ServerConfig testConfig(const QByteArray &conninfo)
{
    Server::ServerConfig c;
    c.databaseUrl = conninfo;
    // Signing keys live under the data directory; one private directory per test process.
    static QTemporaryDir dataDir;
    c.dataDir = dataDir.path();
    c.bcryptCost = 4;
    c.rateLimiting = false; // tests that are about limits turn it on
    c.http.address = QHostAddress(QHostAddress::LocalHost);
    c.http.port = 0;
    c.http.threads = 2;
    c.accessLog = false;
    c.shutdownGraceMs = 3000;
    Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
    return c;
}

inline QJsonObject jsonOf(const RawHttp::Response &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

// A directory the cluster's user can enter, also when the tests run as root and the cluster as postgres:
// for tests that start (and stop) a PostgreSQL cluster of their own.
class ClusterDir {
public:
    ClusterDir()
    {
        m_dir.setAutoRemove(true);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                                | QFile::ExeOther);
    }
    QString path(const QString &leaf = QStringLiteral("pg")) const { return m_dir.path() + u'/' + leaf; }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/br-XXXXXX")};
};

inline Server::EmbeddedPostgres::Options fast(const QString &directory)
{
    return {directory, {}, QStringLiteral("backroom"), {QStringLiteral("fsync = off")}};
}

} // namespace Backroom::Test

#include "server/gateway/gateway.h"
#include "server/gateway/requestcontext.h"
#include "server/http/httpserver.h"

namespace Backroom::Test {

// The real HTTP server and gateway over a router of the test's own routes, without a database: for the
// transport and gateway behaviour every route shares.
class GatewayHarness {
public:
    explicit GatewayHarness(Server::HttpServer::Options options = defaultOptions(),
                            Server::GatewayOptions gatewayOptions = {})
    {
        using namespace Server;
        router.add({"GET", "/hello", Domain::Permission::Public, false,
                    [](RequestContext &) { return HttpResponse::text(200, "hello"); }});
        router.add({"POST", "/echo", Domain::Permission::Public, true,
                    [](RequestContext &c) { return HttpResponse::json(200, c.body()); }});
        router.add({"GET", "/boom", Domain::Permission::Public, false,
                    [](RequestContext &) -> HttpResponse { throw std::runtime_error("kaboom"); }});
        // Takes its time on the worker pool, counting how many run at once.
        router.add({"GET", "/slow", Domain::Permission::Public, false,
                    [this](RequestContext &) {
                        const int now = ++runningSlow;
                        int seen = maxRunningSlow.load();
                        while (now > seen && !maxRunningSlow.compare_exchange_weak(seen, now)) {
                        }
                        QThread::msleep(300);
                        --runningSlow;
                        return HttpResponse::text(200, QThread::currentThread()->objectName().toUtf8());
                    },
                    Execution::Worker});
        // Counts its runs; ?ms=N makes it take that long, ?fail=1 answers 500. Needs an Idempotency-Key when
        // the gateway has an IdempotencyStore.
        router.add({"POST", "/charge", Domain::Permission::Public, true,
                    [this](RequestContext &c) {
                        const int run = ++charges;
                        QThread::msleep(c.query().queryItemValue(QStringLiteral("ms")).toULong());
                        if (c.query().hasQueryItem(QStringLiteral("fail")))
                            return HttpResponse::problem(500, QStringLiteral("internal"), QStringLiteral("failed"));
                        HttpResponse r = HttpResponse::json(201, QJsonObject{{QStringLiteral("run"), run}});
                        r.setHeader("Location", "/charges/" + QByteArray::number(run));
                        return r;
                    },
                    Execution::Worker, {QByteArrayLiteral("ip")}, Idempotency::Required});
        // Takes bodies up to 3 MB (the server's limit is 1 MiB) and answers how many bytes came.
        router.add({"POST", "/upload", Domain::Permission::Public, false,
                    [](RequestContext &c) { return HttpResponse::text(200, QByteArray::number(c.request().body.size())); },
                    Execution::IoThread, {QByteArrayLiteral("ip")}, Idempotency::None, 3'000'000});
        // Answers ?bytes=N bytes (0, 1, …, 250, 0, …) from a temporary file, whose path lands in lastFile.
        router.add({"GET", "/file", Domain::Permission::Public, false,
                    [this](RequestContext &c) {
                        QTemporaryFile file(QDir::tempPath() + QStringLiteral("/backroom-body-XXXXXX"));
                        file.setAutoRemove(false);
                        if (!file.open())
                            return HttpResponse::text(500, "no temporary file");
                        const qint64 size = c.query().queryItemValue(QStringLiteral("bytes")).toLongLong();
                        QByteArray block(64 * 1024, Qt::Uninitialized);
                        for (qint64 written = 0; written < size;) {
                            const qint64 n = std::min<qint64>(block.size(), size - written);
                            for (qint64 i = 0; i < n; ++i)
                                block[i] = char((written + i) % 251);
                            file.write(block.constData(), n);
                            written += n;
                        }
                        file.close();
                        {
                            const std::lock_guard lock(lastFileMutex);
                            lastFile = file.fileName();
                        }
                        HttpResponse r = HttpResponse::file(200, file.fileName(), "application/octet-stream", true);
                        r.setHeader("ETag", "\"file\"");
                        return r;
                    }});
        router.add({"GET", "/io-thread", Domain::Permission::Public, false,
                    [](RequestContext &) { return HttpResponse::text(200, QThread::currentThread()->objectName().toUtf8()); }});
        workers.setMaxThreadCount(4);
        workers.setExpiryTimeout(-1);
        QList<QByteArray> labels;
        for (const RouteSpec &r : router.routes())
            labels.append(r.method + ' ' + r.pattern);
        metrics = std::make_unique<Metrics>(labels);
        gatewayOptions.accessLog = false;
        gateway = std::make_unique<Gateway>(router, *metrics, gatewayOptions, &workers);
        Gateway *g = gateway.get();
        options.limits.bodyLimitFor = [this](QByteArrayView method, QByteArrayView path) {
            return router.bodyLimit(method, path);
        };
        server = std::make_unique<HttpServer>(
            options, [g](HttpRequest &r, Reply reply) { g->handle(r, std::move(reply)); },
            [g](int status, const QString &detail, const QHostAddress &peer) { return g->refuse(status, detail, peer); });
        started = server->start().has_value();
    }
    ~GatewayHarness()
    {
        server->shutdown(2000);
        workers.waitForDone();
    }

    static Server::HttpServer::Options defaultOptions()
    {
        Server::Log::configure(Server::Log::Format::Text, Server::Log::Level::Error);
        Server::HttpServer::Options o;
        o.address = QHostAddress(QHostAddress::LocalHost);
        o.port = 0;
        o.threads = 2;
        return o;
    }
    quint16 port() const { return server->port(); }

    QThreadPool workers;
    std::atomic<int> runningSlow{0};
    std::atomic<int> charges{0};
    std::atomic<int> maxRunningSlow{0};
    std::mutex lastFileMutex;
    QString lastFile;
    QString lastFilePath()
    {
        const std::lock_guard lock(lastFileMutex);
        return lastFile;
    }
    Server::Router router;
    std::unique_ptr<Server::Metrics> metrics;
    std::unique_ptr<Server::Gateway> gateway;
    std::unique_ptr<Server::HttpServer> server;
    bool started = false;
};

} // namespace Backroom::Test
