// SPDX-License-Identifier: MIT
#include "server/http/httprequestparser.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Server;
using State = HttpRequestParser::State;

namespace {
qsizetype feedAll(HttpRequestParser &p, QByteArrayView bytes)
{
    return p.feed(bytes.data(), bytes.size());
}
} // namespace

TEST(HttpRequestParser, ParsesAGetWithQuery)
{
    HttpRequestParser p;
    const QByteArray req = "GET /api/v1/products/search?q=mug&limit=5 HTTP/1.1\r\nHost: x\r\nX-Request-Id: r1\r\n\r\n";
    EXPECT_EQ(feedAll(p, req), req.size());
    ASSERT_EQ(p.state(), State::RequestComplete);
    const HttpRequest r = p.takeRequest();
    EXPECT_EQ(r.method, "GET");
    EXPECT_EQ(r.path, "/api/v1/products/search");
    EXPECT_EQ(r.query, "q=mug&limit=5");
    EXPECT_EQ(r.header("x-request-id"), "r1");
    EXPECT_TRUE(r.keepAlive);
}

TEST(HttpRequestParser, AssemblesHeadersSplitAcrossReads)
{
    HttpRequestParser p;
    const QByteArray req = "POST /a HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{\"a\":1}";
    for (qsizetype i = 0; i < req.size(); ++i)
        ASSERT_EQ(p.feed(req.constData() + i, 1), 1) << "byte " << i;
    ASSERT_EQ(p.state(), State::RequestComplete);
    const HttpRequest r = p.takeRequest();
    EXPECT_EQ(r.header("Content-Type"), "application/json");
    EXPECT_EQ(r.body, "{\"a\":1}");
}

TEST(HttpRequestParser, StopsAfterEachPipelinedRequest)
{
    HttpRequestParser p;
    const QByteArray two = "GET /one HTTP/1.1\r\nHost: x\r\n\r\nGET /two HTTP/1.1\r\nHost: x\r\n\r\n";
    const qsizetype used = feedAll(p, two);
    ASSERT_EQ(p.state(), State::RequestComplete);
    EXPECT_EQ(p.takeRequest().path, "/one");
    EXPECT_EQ(p.feed(two.constData() + used, two.size() - used), two.size() - used);
    ASSERT_EQ(p.state(), State::RequestComplete);
    EXPECT_EQ(p.takeRequest().path, "/two");
}

TEST(HttpRequestParser, DecodesChunkedBodies)
{
    HttpRequestParser p;
    feedAll(p, "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    ASSERT_EQ(p.state(), State::RequestComplete);
    EXPECT_EQ(p.takeRequest().body, "abcde");
}

TEST(HttpRequestParser, RefusesADeclaredBodyOverTheLimitBeforeReadingIt)
{
    HttpLimits limits;
    limits.maxBodyBytes = 1024;
    HttpRequestParser p(limits);
    feedAll(p, "POST /a HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
    ASSERT_EQ(p.state(), State::Failed);
    EXPECT_EQ(p.errorStatus(), 413);
}

TEST(HttpRequestParser, RefusesAChunkedBodyThatGrowsOverTheLimit)
{
    HttpLimits limits;
    limits.maxBodyBytes = 4;
    HttpRequestParser p(limits);
    feedAll(p, "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n");
    ASSERT_EQ(p.state(), State::Failed);
    EXPECT_EQ(p.errorStatus(), 413);
}

TEST(HttpRequestParser, RefusesOversizedHeadersWith431)
{
    HttpLimits limits;
    limits.maxHeaderBytes = 100;
    HttpRequestParser p(limits);
    feedAll(p, "GET / HTTP/1.1\r\nX-Big: " + QByteArray(200, 'a') + "\r\n\r\n");
    ASSERT_EQ(p.state(), State::Failed);
    EXPECT_EQ(p.errorStatus(), 431);
}

TEST(HttpRequestParser, RefusesTooManyHeaders)
{
    HttpLimits limits;
    limits.maxHeaderCount = 3;
    HttpRequestParser p(limits);
    feedAll(p, "GET / HTTP/1.1\r\na: 1\r\nb: 2\r\nc: 3\r\nd: 4\r\n\r\n");
    EXPECT_EQ(p.errorStatus(), 431);
}

TEST(HttpRequestParser, RefusesLongUrlsWith414)
{
    HttpLimits limits;
    limits.maxUrlBytes = 50;
    HttpRequestParser p(limits);
    feedAll(p, "GET /" + QByteArray(100, 'a') + " HTTP/1.1\r\n\r\n");
    EXPECT_EQ(p.errorStatus(), 414);
}

TEST(HttpRequestParser, FlagsExpectContinueOnlyWhenABodyFollows)
{
    HttpRequestParser p;
    feedAll(p, "POST /a HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    EXPECT_TRUE(p.takeContinueNeeded());
    EXPECT_FALSE(p.takeContinueNeeded());
    feedAll(p, "abc");
    EXPECT_EQ(p.state(), State::RequestComplete);
}

TEST(HttpRequestParser, RefusesUnknownExpectations)
{
    HttpRequestParser p;
    feedAll(p, "POST /a HTTP/1.1\r\nExpect: magic\r\nContent-Length: 3\r\n\r\n");
    EXPECT_EQ(p.errorStatus(), 417);
}

TEST(HttpRequestParser, RefusesGarbageWith400)
{
    HttpRequestParser p;
    feedAll(p, "GET / HTTP/1.1\r\nBad Header\r\n\r\n");
    ASSERT_EQ(p.state(), State::Failed);
    EXPECT_EQ(p.errorStatus(), 400);
}

TEST(HttpRequestParser, RefusesAbsoluteFormTargetsWithoutPath)
{
    HttpRequestParser p;
    feedAll(p, "GET * HTTP/1.1\r\n\r\n");
    EXPECT_EQ(p.state(), State::Failed);
}

TEST(HttpRequestParser, HonoursConnectionClose)
{
    HttpRequestParser p;
    feedAll(p, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
    EXPECT_FALSE(p.takeRequest().keepAlive);
    HttpRequestParser old;
    feedAll(old, "GET / HTTP/1.0\r\n\r\n");
    EXPECT_FALSE(old.takeRequest().keepAlive);
}

TEST(HttpRequestParser, NeverMergesChunkedTrailersIntoHeaders)
{
    HttpRequestParser p;
    feedAll(p, "POST /api/v1/orders HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "2\r\n{}\r\n0\r\nAuthorization: Bearer smuggled\r\nContent-Length: 5\r\n\r\n");
    ASSERT_EQ(p.state(), State::RequestComplete);
    const HttpRequest r = p.takeRequest();
    EXPECT_EQ(r.body, "{}");
    EXPECT_FALSE(r.hasHeader("Authorization"));
    EXPECT_FALSE(r.hasHeader("Content-Length"));
}

TEST(HttpRequestParser, IgnoresExpectContinueFromHttp10Clients)
{
    HttpRequestParser p;
    feedAll(p, "POST /a HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    EXPECT_FALSE(p.takeContinueNeeded());
}
