// SPDX-License-Identifier: MIT
#include "cannedhttpserver.h"
#include "uitestsupport.h"

#include "tests/support/testserver.h"
#include "ui/apiclient.h"

#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

TEST(ApiClient, ExplainsConnectionRefused)
{
    Ui::ApiClient api;
    const QUrl server = closedPortUrl();
    api.setBaseUrl(server);

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/readyz"_s);

    ASSERT_TRUE(response);
    EXPECT_FALSE(response->ok);
    EXPECT_EQ(response->httpStatus, 0);
    EXPECT_FALSE(response->problem);
    EXPECT_EQ(str(response->errorMessage),
              str(u"Nothing is accepting connections at %1. Check that the Backroom server is running and that "
                  "the address and port are right."_s.arg(server.toString())));
}

TEST(ApiClient, ExplainsTimeout)
{
    CannedHttpServer hung; // reads the request, never answers
    Ui::ApiClient api;
    api.setBaseUrl(hung.url());
    api.setTimeout(300ms);

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/readyz"_s, 10s);

    ASSERT_TRUE(response);
    EXPECT_FALSE(response->ok);
    EXPECT_EQ(response->httpStatus, 0);
    EXPECT_TRUE(response->errorMessage.startsWith(
        u"The server at %1 did not answer within 0.3 s."_s.arg(hung.url().toString())))
        << str(response->errorMessage);
}

TEST(ApiClient, DecodesProblemWithFieldErrors)
{
    CannedHttpServer canned;
    canned.setResponse(CannedHttpServer::response(
        422, "Unprocessable Content", "application/problem+json",
        R"({"type":"https://backroom.dev/problems/validation","title":"Invalid input","status":422,)"
        R"("detail":"The product has 1 invalid field.","request_id":"req-42",)"
        R"("errors":[{"field":"name","message":"must not be empty"}]})",
        "X-Request-Id: req-42\r\n"));
    Ui::ApiClient api;
    api.setBaseUrl(canned.url());

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/api/v1/products"_s);

    ASSERT_TRUE(response);
    EXPECT_FALSE(response->ok);
    EXPECT_EQ(response->httpStatus, 422);
    ASSERT_TRUE(response->problem);
    EXPECT_EQ(response->problem->errors.size(), 1);
    EXPECT_EQ(str(response->requestId), "req-42");
    EXPECT_EQ(str(response->errorMessage), "The product has 1 invalid field.\n• name: must not be empty\n"
                                           "Request id: req-42 (quote it when you report this problem).");
}

TEST(ApiClient, ExplainsErrorPageThatIsNotJson)
{
    CannedHttpServer proxy;
    proxy.setResponse(CannedHttpServer::response(502, "Bad Gateway", "text/html", "<html>upstream down</html>"));
    Ui::ApiClient api;
    api.setBaseUrl(proxy.url());

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/readyz"_s);

    ASSERT_TRUE(response);
    EXPECT_EQ(response->httpStatus, 502);
    EXPECT_FALSE(response->problem);
    EXPECT_FALSE(response->requestId.isEmpty());
    EXPECT_EQ(str(response->errorMessage),
              str(u"The server at %1 failed to answer /readyz (HTTP 502 Bad Gateway). Try again in a moment; if it "
                  "keeps happening, ask your administrator to look for request id %2 in the server log."_s.arg(
                      proxy.url().toString(), response->requestId)));
}

TEST(ApiClient, RejectsSuccessThatIsNotJson)
{
    CannedHttpServer website;
    website.setResponse(CannedHttpServer::response(200, "OK", "text/html", "<html>a shop</html>"));
    Ui::ApiClient api;
    api.setBaseUrl(website.url());

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/readyz"_s);

    ASSERT_TRUE(response);
    EXPECT_FALSE(response->ok);
    EXPECT_EQ(response->httpStatus, 200);
    EXPECT_TRUE(response->errorMessage.contains(u"not valid JSON"_s)) << str(response->errorMessage);
}

TEST(ApiClient, SendsRequestIdToPathUnderBaseUrl)
{
    CannedHttpServer canned;
    canned.setResponse(CannedHttpServer::response(200, "OK", "application/json", R"({"status":"ok"})"));
    Ui::ApiClient api;
    api.setBaseUrl(canned.url().resolved(QUrl(u"/backroom/"_s)));

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/healthz?verbose=1"_s);

    ASSERT_TRUE(response);
    EXPECT_TRUE(response->ok) << str(response->errorMessage);
    EXPECT_EQ(str(response->json.object().value("status"_L1).toString()), "ok");
    ASSERT_EQ(canned.requests().size(), 1);
    const QByteArray head = canned.requests().constFirst();
    EXPECT_TRUE(head.startsWith("GET /backroom/healthz?verbose=1 HTTP/1.1\r\n")) << head.toStdString();
    ASSERT_FALSE(response->requestId.isEmpty());
    EXPECT_TRUE(head.contains("\r\nX-Request-Id: " + response->requestId.toLatin1())) << head.toStdString();
}

TEST(ApiClient, NeverCallsBackDestroyedContext)
{
    CannedHttpServer slow;
    slow.setResponse(CannedHttpServer::response(200, "OK", "application/json", "{}"), 100ms);
    Ui::ApiClient api;
    api.setBaseUrl(slow.url());
    bool called = false;

    auto context = std::make_unique<QObject>();
    api.get(u"/healthz"_s, context.get(), [&](const Ui::ApiResponse &) { called = true; });
    context.reset();

    QTest::qWait(400); // well past the time the server would take to answer

    // Whether the request reached the server first is up to QNAM's own thread; what matters is that the
    // callback of a destroyed context never runs.
    EXPECT_FALSE(called);
}

TEST(ApiClient, ReportsMissingServerLater)
{
    Ui::ApiClient api;
    bool called = false;
    QObject context;
    api.get(u"/readyz"_s, &context, [&](const Ui::ApiResponse &response) {
        called = true;
        EXPECT_FALSE(response.ok);
        EXPECT_TRUE(response.errorMessage.startsWith(u"No server is set."_s)) << str(response.errorMessage);
    });
    EXPECT_FALSE(called) << "callbacks must never run inside get()";
    EXPECT_TRUE(QTest::qWaitFor([&] { return called; }, 5000));
}

TEST(ApiClient, ReadsJsonFromServer)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    Ui::ApiClient api;
    api.setBaseUrl(server.url());

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/healthz"_s);

    ASSERT_TRUE(response);
    EXPECT_TRUE(response->ok) << str(response->errorMessage);
    EXPECT_EQ(response->httpStatus, 200);
    EXPECT_EQ(str(response->json.object().value("status"_L1).toString()), "ok");
}

TEST(ApiClient, DecodesProblemFromServer)
{
    Backroom::Test::TestServer server;
    ASSERT_TRUE(server.start()) << str(server.output());
    Ui::ApiClient api;
    api.setBaseUrl(server.url());

    const std::optional<Ui::ApiResponse> response = getAndWait(api, u"/no-such-route"_s);

    ASSERT_TRUE(response);
    EXPECT_FALSE(response->ok);
    EXPECT_EQ(response->httpStatus, 404);
    ASSERT_TRUE(response->problem) << str(response->errorMessage);
    EXPECT_EQ(response->problem->status, 404);
    EXPECT_FALSE(response->problem->detail.isEmpty());
    EXPECT_FALSE(response->requestId.isEmpty());
    EXPECT_EQ(str(response->problem->requestId), str(response->requestId));
    EXPECT_TRUE(response->errorMessage.startsWith(response->problem->detail)) << str(response->errorMessage);
    EXPECT_TRUE(response->errorMessage.contains(u"Request id: "_s + response->requestId)) << str(response->errorMessage);
}
