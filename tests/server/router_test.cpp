// SPDX-License-Identifier: MIT
#include "server/gateway/requestcontext.h"
#include "server/http/router.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Server;

namespace {
RouteSpec route(QByteArray method, QByteArray pattern)
{
    return {std::move(method), std::move(pattern), Backroom::Domain::Permission::Public, false,
            [](RequestContext &) { return HttpResponse::noContent(); }};
}

Router sampleRouter()
{
    Router r;
    r.add(route("GET", "/api/v1/products/{id}"));
    r.add(route("PUT", "/api/v1/products/{id}"));
    r.add(route("GET", "/api/v1/products/search"));
    r.add(route("GET", "/api/v1/categories/{id}/products"));
    return r;
}
} // namespace

TEST(Router, ExtractsPathParameters)
{
    const Router r = sampleRouter();
    const auto m = r.match("GET", "/api/v1/categories/42/products");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, "/api/v1/categories/{id}/products");
    EXPECT_EQ(m.params.value(QStringLiteral("id")), QStringLiteral("42"));
}

TEST(Router, PrefersLiteralSegmentsOverParameters)
{
    const Router r = sampleRouter();
    EXPECT_EQ(r.match("GET", "/api/v1/products/search").route->pattern, "/api/v1/products/search");
    EXPECT_EQ(r.match("GET", "/api/v1/products/7").route->pattern, "/api/v1/products/{id}");
}

TEST(Router, ListsAllowedMethodsWhenOnlyTheMethodIsWrong)
{
    const Router r = sampleRouter();
    const auto m = r.match("DELETE", "/api/v1/products/7");
    EXPECT_EQ(m.route, nullptr);
    EXPECT_EQ(m.allowedMethods, (QList<QByteArray>{"GET", "PUT"}));
}

TEST(Router, FindsNothingForUnknownPaths)
{
    const Router r = sampleRouter();
    const auto m = r.match("GET", "/api/v1/nothing/here");
    EXPECT_EQ(m.route, nullptr);
    EXPECT_TRUE(m.allowedMethods.isEmpty());
}

TEST(Router, ServesHeadWithTheGetRoute)
{
    const Router r = sampleRouter();
    EXPECT_NE(r.match("HEAD", "/api/v1/products/7").route, nullptr);
}

TEST(Router, DecodesPercentEncodedParameters)
{
    const Router r = sampleRouter();
    EXPECT_EQ(r.match("GET", "/api/v1/products/a%20b").params.value(QStringLiteral("id")), QStringLiteral("a b"));
}

TEST(Router, PrefersLiteralSegmentsWhicheverWasRegisteredFirst)
{
    Router r;
    r.add(route("GET", "/api/v1/products/search"));
    r.add(route("GET", "/api/v1/products/{id}"));
    EXPECT_EQ(r.match("GET", "/api/v1/products/search").route->pattern, "/api/v1/products/search");
    EXPECT_EQ(r.match("GET", "/api/v1/products/7").route->pattern, "/api/v1/products/{id}");
}
