// SPDX-License-Identifier: MIT
#include "tests/server/serverfixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSslSocket>
#include <QTemporaryDir>
#include <thread>

using namespace Backroom;
using namespace Backroom::Test;

namespace {
Server::HttpServer::Options withTimeouts(int headerMs, int idleMs)
{
    auto o = GatewayHarness::defaultOptions();
    o.timeouts.headerMs = headerMs;
    o.timeouts.idleMs = idleMs;
    o.timeouts.requestMs = headerMs;
    return o;
}
} // namespace

TEST(HttpServer, RefusesATwoMegabyteBodyBeforeItIsSent)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    // Only the headers go out: the answer must come without the server waiting for the body.
    ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n"));
    auto r = c.read(3000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 413);
    EXPECT_EQ(r->header("Content-Type"), "application/problem+json");
    EXPECT_FALSE(r->header("X-Request-Id").isEmpty());
    EXPECT_EQ(jsonOf(*r).value(QStringLiteral("request_id")).toString().toLatin1(), r->header("X-Request-Id"));
    EXPECT_TRUE(c.waitClosed(5000));
}

TEST(HttpServer, AnswersTheClientThatKeepsSendingAnOversizedBody)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n"));
    c.send(QByteArray(256 * 1024, 'x')); // may fail part-way once the server has half-closed
    auto r = c.read(3000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 413);
}

TEST(HttpServer, TakesALargerBodyOnARouteThatAllowsOne)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    const QByteArray body(2'000'000, 'x');
    ASSERT_TRUE(c.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n" + body));
    auto r = c.read(10000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, "2000000");
    // The route's own limit is refused as early as the server's.
    RawHttp over(h.port());
    ASSERT_TRUE(over.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 3000001\r\n\r\n"));
    auto refused = over.read(3000);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->status, 413);
    EXPECT_TRUE(jsonOf(*refused).value(QStringLiteral("detail")).toString().contains(QStringLiteral("3000000")));
}

TEST(HttpServer, StreamsAFileBodyAndRemovesItsTemporaryFile)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    // A pipelined request waits behind the streamed body and is answered after it, whole.
    ASSERT_TRUE(c.send("GET /file?bytes=5000000 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    auto r = c.read(20000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("Content-Length"), "5000000");
    EXPECT_EQ(r->header("ETag"), "\"file\"");
    ASSERT_EQ(r->body.size(), 5'000'000);
    bool same = true;
    for (qsizetype i = 0; i < r->body.size() && same; ++i)
        same = r->body[i] == char(i % 251);
    EXPECT_TRUE(same);
    auto next = c.read();
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->body, "hello");
    EXPECT_FALSE(QFile::exists(h.lastFilePath()));
}

TEST(HttpServer, RemovesTheTemporaryFileOfAnAnswerNobodyReads)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    {
        RawHttp c(h.port());
        ASSERT_TRUE(c.send("GET /file?bytes=20000000 HTTP/1.1\r\nHost: x\r\n\r\n"));
        QElapsedTimer wait;
        wait.start();
        while (h.lastFilePath().isEmpty() && wait.elapsed() < 10000)
            QThread::msleep(10);
    } // hangs up with most of the body unread
    ASSERT_FALSE(h.lastFilePath().isEmpty());
    QElapsedTimer wait;
    wait.start();
    while (QFile::exists(h.lastFilePath()) && wait.elapsed() < 10000)
        QThread::msleep(20);
    EXPECT_FALSE(QFile::exists(h.lastFilePath()));
    // HEAD: the length, no body, and the file goes too.
    RawHttp head(h.port());
    ASSERT_TRUE(head.send("HEAD /file?bytes=50 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    auto r = head.read();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->header("Content-Length"), "50");
    EXPECT_TRUE(r->body.startsWith("HTTP/")); // the next answer's status line, read as if it were a body
    wait.restart();
    while (QFile::exists(h.lastFilePath()) && wait.elapsed() < 10000)
        QThread::msleep(20);
    EXPECT_FALSE(QFile::exists(h.lastFilePath()));
}

TEST(HttpServer, CutsOffASlowHeaderClient)
{
    GatewayHarness h(withTimeouts(500, 5000));
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(c.send("GET /hello HTTP/1.1\r\nHost: x\r\nX-Slow: "));
    auto r = c.read(4000);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 408);
    EXPECT_TRUE(c.waitClosed(3000));
    EXPECT_LT(t.elapsed(), 3000);
}

TEST(HttpServer, ClosesAConnectionThatNeverSpeaks)
{
    GatewayHarness h(withTimeouts(500, 5000));
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    EXPECT_TRUE(c.waitClosed(4000));
}

TEST(HttpServer, ClosesIdleKeepAliveConnections)
{
    GatewayHarness h(withTimeouts(5000, 500));
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    ASSERT_EQ(c.read()->status, 200);
    EXPECT_TRUE(c.waitClosed(4000));
}

TEST(HttpServer, ServesSeveralRequestsOnOneConnection)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(c.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
        auto r = c.read();
        ASSERT_TRUE(r.has_value()) << "request " << i;
        EXPECT_EQ(r->body, "hello");
        EXPECT_EQ(r->header("Connection"), "keep-alive");
    }
}

TEST(HttpServer, AnswersPipelinedRequestsInOrder)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n"
                       "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n"
                       "{\"n\":42}"));
    EXPECT_EQ(c.read()->status, 200);
    EXPECT_EQ(c.read()->status, 404);
    auto third = c.read();
    ASSERT_TRUE(third.has_value());
    EXPECT_EQ(jsonOf(*third).value(QStringLiteral("n")).toInt(), 42);
}

TEST(HttpServer, AcceptsChunkedRequestBodies)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n"));
    auto r = c.read();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(jsonOf(*r).value(QStringLiteral("a")).toInt(), 1);
}

TEST(HttpServer, AnswersHeadWithoutABody)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    // RawHttp would read a body by Content-Length, so read the HEAD answer by hand: the next bytes must be
    // the GET's status line, not a body.
    auto head = c.read();
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->header("Content-Length"), "5");
    EXPECT_EQ(head->body, "HTTP/"); // the GET's status line, read as if it were the HEAD's body
}

TEST(HttpServer, SendsContinueBeforeTheBody)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Expect: 100-continue\r\nContent-Length: 2\r\n\r\n"));
    auto interim = c.read();
    ASSERT_TRUE(interim.has_value());
    EXPECT_EQ(interim->status, 100);
    ASSERT_TRUE(c.send("{}"));
    EXPECT_EQ(c.read()->status, 200);
}

TEST(HttpServer, RefusesOversizedHeadersWith431)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    auto r = RawHttp::request(h.port(), "GET", "/hello", {}, {{"X-Big", QByteArray(20000, 'a')}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 431);
}

TEST(HttpServer, RefusesConnectionsBeyondTheCap)
{
    auto o = GatewayHarness::defaultOptions();
    o.maxConnections = 2;
    GatewayHarness h(o);
    ASSERT_TRUE(h.started);
    RawHttp a(h.port()), b(h.port());
    ASSERT_TRUE(a.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    ASSERT_TRUE(b.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    ASSERT_EQ(a.read()->status, 200);
    ASSERT_EQ(b.read()->status, 200);
    RawHttp third(h.port());
    auto r = third.read();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 503);
}

TEST(HttpServer, FinishesARequestUnderWayOnShutdown)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"n\""));
    QThread::msleep(100);
    std::thread stopper([&] { h.server->shutdown(5000); });
    QThread::msleep(300);
    // New connections are no longer accepted...
    RawHttp late(h.port());
    EXPECT_FALSE(late.isConnected() && late.send("GET /hello HTTP/1.1\r\n\r\n") && late.read(500).has_value());
    // ...but the request under way completes, and the connection closes after it.
    ASSERT_TRUE(c.send(":42}"));
    auto r = c.read();
    stopper.join();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("Connection"), "close");
}

TEST(HttpServer, RefusesASecondServerOnTheSamePort)
{
    GatewayHarness first;
    ASSERT_TRUE(first.started);
    auto o = GatewayHarness::defaultOptions();
    o.port = first.port();
    Server::HttpServer second(o, [](Server::HttpRequest &, Server::Reply reply) { reply(Server::HttpResponse::noContent()); });
    auto started = second.start();
    ASSERT_FALSE(started.has_value());
    EXPECT_TRUE(started.error().message.contains(QString::number(first.port())));
}

TEST(HttpServer, ServesTlsOneTwoAndNewerOnly)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    ASSERT_TRUE(openssl.waitForFinished(30000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().constData();

    auto tls = Server::ServerRuntime::loadTls(cert, key);
    ASSERT_TRUE(tls.has_value()) << tls.error().message.toStdString();
    auto o = GatewayHarness::defaultOptions();
    o.tls = *tls;
    GatewayHarness h(o);
    ASSERT_TRUE(h.started);

    auto handshake = [&](QSsl::SslProtocol protocol) {
        QSslSocket s;
        s.setPeerVerifyMode(QSslSocket::VerifyNone);
        s.setProtocol(protocol);
        s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), h.port());
        if (!s.waitForEncrypted(5000))
            return QByteArray();
        s.write("GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray all;
        while (s.waitForReadyRead(3000))
            all += s.readAll();
        return all;
    };
    EXPECT_TRUE(handshake(QSsl::TlsV1_2).startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(handshake(QSsl::TlsV1_3).startsWith("HTTP/1.1 200"));
}

TEST(HttpServer, RunsWorkerRoutesOffTheIoThreads)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    EXPECT_TRUE(RawHttp::request(h.port(), "GET", "/io-thread")->body.startsWith("http-io-"));
    auto r = RawHttp::request(h.port(), "GET", "/slow");
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_FALSE(r->body.startsWith("http-io-")) << r->body.constData();
    EXPECT_FALSE(r->header("X-Request-Id").isEmpty()) << "the gateway finishes worker responses too";
}

TEST(HttpServer, OverlapsWorkerRequestsWhileIoThreadsStayFree)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    std::vector<std::unique_ptr<RawHttp>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<RawHttp>(h.port()));
        ASSERT_TRUE(clients.back()->send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
    }
    // While the workers sleep, an I/O-thread route still answers.
    EXPECT_EQ(RawHttp::request(h.port(), "GET", "/hello")->status, 200);
    for (auto &c : clients)
        EXPECT_EQ(c->read()->status, 200);
    EXPECT_GE(h.maxRunningSlow.load(), 2);
}

TEST(HttpServer, SurvivesAClientThatHangsUpBeforeItsAnswer)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    for (int i = 0; i < 5; ++i) {
        RawHttp c(h.port());
        ASSERT_TRUE(c.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
    } // each closes at once; the worker's answer finds no connection
    QThread::msleep(700);
    EXPECT_EQ(RawHttp::request(h.port(), "GET", "/hello")->status, 200);
}

TEST(HttpServer, KeepsPipelinedAnswersInOrderBehindAWorkerRoute)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n"));
    auto first = c.read();
    auto second = c.read();
    ASSERT_TRUE(first && second);
    EXPECT_FALSE(first->body.startsWith("http-io-"));
    EXPECT_EQ(second->body, "hello");
}

TEST(HttpServer, AnswersAWorkerRequestUnderWayOnShutdown)
{
    GatewayHarness h;
    ASSERT_TRUE(h.started);
    RawHttp c(h.port());
    ASSERT_TRUE(c.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"));
    QThread::msleep(50);
    std::thread stopper([&] { h.server->shutdown(5000); });
    auto r = c.read();
    stopper.join();
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->header("Connection"), "close");
}
