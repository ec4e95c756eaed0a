// SPDX-License-Identifier: MIT
#include "server/catalog/productcache.h"
#include "server/catalog/promotionindex.h"
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <QDeadlineTimer>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
// A counter or gauge of the runtime's /metrics text; -1 when it is not there.
qint64 metric(ServerRuntime &runtime, QByteArrayView name)
{
    for (const QByteArray &line : runtime.metrics().render().split('\n')) {
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == ' ')
            return line.sliced(name.size() + 1).toLongLong();
    }
    return -1;
}

// Asks until done says yes, for at most ten seconds: notifications arrive soon, not at a known time.
template<typename Done>
bool eventually(Done done)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QThread::msleep(20);
    }
    return done();
}

QString titleOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("title")).toString();
}

qint64 effectiveAmount(const RawHttp::Response &r)
{
    return jsonOf(r)
        .value(QStringLiteral("variants"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("effective_price"))
        .toObject()
        .value(QStringLiteral("amount"))
        .toInteger(-1);
}

CachedProduct entry(const char *body)
{
    return {HttpResponse::text(200, body), true};
}
} // namespace

TEST(ProductCache, KeepsTheMostRecentlyUsedWithinItsCapacity)
{
    ProductCache cache(2);
    cache.setListening(true);
    cache.insert(1, entry("one"), ProductCache::never, cache.generation());
    cache.insert(2, entry("two"), ProductCache::never, cache.generation());
    ASSERT_TRUE(cache.find(1, 0)); // 1 is now more recent than 2
    cache.insert(3, entry("three"), ProductCache::never, cache.generation());
    EXPECT_EQ(cache.size(), 2);
    EXPECT_TRUE(cache.find(1, 0));
    EXPECT_FALSE(cache.find(2, 0)) << "the least recently used leaves first";
    EXPECT_EQ(cache.find(3, 0)->response.body, "three");
}

TEST(ProductCache, DropsAReadThatRacedWithAnInvalidation)
{
    ProductCache cache(10);
    cache.setListening(true);
    const quint64 before = cache.generation(); // a reader starts reading the database
    cache.handleNotification("p7,8");          // meanwhile product 8 changes, committed and notified
    cache.insert(8, entry("old"), ProductCache::never, before);     // the reader may have read the old row
    EXPECT_FALSE(cache.find(8, 0));
    cache.insert(8, entry("new"), ProductCache::never, cache.generation());
    EXPECT_EQ(cache.find(8, 0)->response.body, "new");
    cache.handleNotification("*");
    EXPECT_FALSE(cache.find(8, 0));
}

TEST(ProductCache, ExpiresAnEntryAtItsPriceChange)
{
    ProductCache cache(10);
    cache.setListening(true);
    cache.insert(1, entry("before the sale"), 5000, cache.generation());
    EXPECT_TRUE(cache.find(1, 4999));
    EXPECT_FALSE(cache.find(1, 5000));
}

TEST(ProductCache, IsOffWhileItCannotHearChanges)
{
    ProductCache cache(10);
    cache.insert(1, entry("unheard"), ProductCache::never, cache.generation());
    EXPECT_FALSE(cache.find(1, 0)) << "nothing is kept before the listener listens";
    cache.setListening(true);
    cache.insert(1, entry("heard"), ProductCache::never, cache.generation());
    cache.setListening(false);
    EXPECT_FALSE(cache.find(1, 0));
    cache.setListening(true);
    EXPECT_EQ(cache.size(), 0) << "changes made while deaf were not heard: everything goes";
}

class ProductCaching : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (HasFatalFailure())
            return;
        if (server->productCache()) {
            ASSERT_TRUE(eventually([&] { return server->productCache()->isEnabled(); }));
        }
        admin = adminToken();
        const auto created = send("POST", "/api/v1/products", admin,
                                  QJsonObject{{QStringLiteral("title"), QStringLiteral("Enamel mug")},
                                              {QStringLiteral("status"), QStringLiteral("active")},
                                              {QStringLiteral("sku"), QStringLiteral("MUG-1")},
                                              {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1200},
                                                                                    {QStringLiteral("currency"),
                                                                                     QStringLiteral("GBP")}}}});
        ASSERT_EQ(created.status, 201) << created.body.constData();
        id = jsonOf(created).value(QStringLiteral("id")).toString().toLatin1();
        path = "/api/v1/products/" + id;
        // The creation's own notification (its variant) must not empty the cache in the middle of a test.
        if (server->productCache()) {
            ASSERT_TRUE(eventually([&] { return metric(*server, "backroom_product_cache_notifications_total") >= 1; }));
        }
    }
    // Runs SQL as any other program would, past the server.
    void sql(const QByteArray &statement, const PgParams &params = {})
    {
        PgConnection c(db.conninfo());
        if (params.isEmpty()) {
            auto done = c.execScript(statement);
            ASSERT_TRUE(done.has_value()) << done.error().error.message.toStdString();
        } else {
            auto done = c.exec(statement, params);
            ASSERT_TRUE(done.has_value()) << done.error().error.message.toStdString();
        }
    }

    // A percentage promotion of one SKU, made through the API.
    RawHttp::Response postPromotion(const QString &name, int basisPoints, const QString &sku, const QString &startsAt)
    {
        return send("POST", "/api/v1/promotions", admin,
                    QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("kind"), QStringLiteral("percentage")},
                                {QStringLiteral("basis_points"), basisPoints},
                                {QStringLiteral("skus"), QJsonArray{sku}},
                                {QStringLiteral("starts_at"), startsAt}});
    }

    QByteArray admin;
    QByteArray id;
    QByteArray path;
};

TEST_F(ProductCaching, AnswersAHitWithoutTheDatabase)
{
    const auto first = get(path);
    ASSERT_EQ(first.status, 200) << first.body.constData();
    const qint64 hits = metric(*server, "backroom_product_cache_hits_total");
    // With the catalog's tables out of the way, only an answer from memory can succeed.
    sql("ALTER TABLE products RENAME TO products_away; ALTER TABLE variants RENAME TO variants_away; "
        "ALTER TABLE promotions RENAME TO promotions_away");
    const auto second = get(path);
    const auto unknown = get("/api/v1/products/999999");
    sql("ALTER TABLE products_away RENAME TO products; ALTER TABLE variants_away RENAME TO variants; "
        "ALTER TABLE promotions_away RENAME TO promotions");
    EXPECT_EQ(second.status, 200);
    EXPECT_EQ(second.body, first.body);
    EXPECT_EQ(second.header("ETag"), first.header("ETag"));
    EXPECT_EQ(second.header("Cache-Control"), "public, max-age=60");
    EXPECT_NE(unknown.status, 200) << "a miss does need the tables";
    EXPECT_EQ(metric(*server, "backroom_product_cache_hits_total"), hits + 1);
    EXPECT_EQ(get(path, {}, {{"If-None-Match", first.header("ETag")}}).status, 304);
}

TEST_F(ProductCaching, ShowsAnUpdateThroughTheApiAtOnce)
{
    const auto read = get(path);
    ASSERT_EQ(get(path).status, 200);
    const auto patched = send("PATCH", path, admin, QJsonObject{{QStringLiteral("title"), QStringLiteral("Tin mug")}},
                              {{"If-Match", read.header("ETag")}});
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    EXPECT_EQ(titleOf(get(path)), QStringLiteral("Tin mug")) << "the writer's instance forgets before it answers";

    // Archived: gone from the storefront at once, still there for staff.
    const auto archived = send("PATCH", path, admin, QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}},
                               {{"If-Match", patched.header("ETag")}});
    ASSERT_EQ(archived.status, 200) << archived.body.constData();
    EXPECT_EQ(get(path).status, 404);
    EXPECT_EQ(get(path, admin).status, 200);
    EXPECT_EQ(get(path, admin).header("Cache-Control"), "private, no-cache");
}

TEST_F(ProductCaching, SeesChangesMadeWithPlainSqlOnceNotified)
{
    ASSERT_EQ(titleOf(get(path)), QStringLiteral("Enamel mug"));
    ASSERT_EQ(titleOf(get(path)), QStringLiteral("Enamel mug")); // cached
    const qint64 invalidated = metric(*server, "backroom_product_cache_invalidations_total");
    sql("UPDATE products SET title = 'Mug renamed in SQL' WHERE id = $1", {id});
    EXPECT_TRUE(eventually([&] { return titleOf(get(path)) == QStringLiteral("Mug renamed in SQL"); }));
    EXPECT_GT(metric(*server, "backroom_product_cache_invalidations_total"), invalidated);

    ASSERT_EQ(effectiveAmount(get(path)), 1200);
    sql("UPDATE variants SET price_amount = 900 WHERE product_id = $1", {id});
    EXPECT_TRUE(eventually([&] { return effectiveAmount(get(path)) == 900; })) << "a variant is part of its product";

    // A promotion inserted behind the server's back reprices whatever it targets.
    sql("INSERT INTO promotions (name, kind, basis_points, skus, starts_at) "
        "VALUES ('Half off', 'percentage', 5000, '{MUG-1}', now() - interval '1 minute')");
    EXPECT_TRUE(eventually([&] { return effectiveAmount(get(path)) == 450; }));
    sql("DELETE FROM products WHERE id = $1", {id});
    EXPECT_TRUE(eventually([&] { return get(path).status == 404; }));
}

TEST_F(ProductCaching, EndsAnEntryWhenAPromotionStarts)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(2);
    const auto promotion =
        postPromotion(QStringLiteral("Soon"), 2500, QStringLiteral("MUG-1"), start.toString(Qt::ISODateWithMs));
    ASSERT_EQ(promotion.status, 201) << promotion.body.constData();
    get(path); // cached, normally before the start
    // No notification comes when a scheduled promotion starts; the entry must end by itself.
    EXPECT_TRUE(eventually([&] { return effectiveAmount(get(path)) == 900; }));
}

TEST_F(ProductCaching, OneInstanceSeesTheChangesOfAnother)
{
    ServerConfig config = testConfig(db.conninfo());
    ServerRuntime other(config);
    ASSERT_TRUE(other.start().has_value());
    ASSERT_TRUE(eventually([&] { return other.productCache()->isEnabled(); }));
    const auto fromOther = [&] {
        auto r = RawHttp::request(other.port(), "GET", path);
        return r.value_or(RawHttp::Response{});
    };
    const auto read = fromOther();
    ASSERT_EQ(titleOf(read), QStringLiteral("Enamel mug"));
    const qint64 hits = metric(other, "backroom_product_cache_hits_total");
    ASSERT_EQ(titleOf(fromOther()), QStringLiteral("Enamel mug"));
    ASSERT_EQ(metric(other, "backroom_product_cache_hits_total"), hits + 1) << "the other instance cached it";

    const auto patched = send("PATCH", path, admin, QJsonObject{{QStringLiteral("title"), QStringLiteral("Tin mug")}},
                              {{"If-Match", read.header("ETag")}});
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    EXPECT_TRUE(eventually([&] { return titleOf(fromOther()) == QStringLiteral("Tin mug"); }));

    const auto promotion =
        postPromotion(QStringLiteral("Now"), 1000, QStringLiteral("MUG-1"), QStringLiteral("2020-01-01T00:00:00Z"));
    ASSERT_EQ(promotion.status, 201) << promotion.body.constData();
    EXPECT_EQ(effectiveAmount(get(path)), 1080) << "this instance at once";
    EXPECT_TRUE(eventually([&] { return effectiveAmount(fromOther()) == 1080; })) << "the other once notified";
    other.stop();
}

TEST(ProductCacheListener, ForgetsEverythingAcrossADatabaseRestart)
{
    ClusterDir dir;
    EmbeddedPostgres cluster(fast(dir.path()));
    ASSERT_TRUE(cluster.start().has_value());
    ServerConfig config = testConfig(cluster.conninfo());
    config.adminEmail = QStringLiteral("ops@shop.test");
    config.adminPassword = "ops password 1";
    ServerRuntime server(config);
    ASSERT_TRUE(server.start().has_value());
    ProductCache &cache = *server.productCache();
    ASSERT_TRUE(eventually([&] { return cache.isEnabled(); }));
    const auto signedIn = RawHttp::request(server.port(), "POST", "/api/v1/auth/login",
                                           R"({"email":"ops@shop.test","password":"ops password 1"})",
                                           {{"Content-Type", "application/json"}});
    ASSERT_TRUE(signedIn && signedIn->status == 200);
    const QByteArray token = jsonOf(*signedIn).value(QStringLiteral("access_token")).toString().toLatin1();
    const auto created = RawHttp::request(
        server.port(), "POST", "/api/v1/products",
        R"({"title":"Lantern","status":"active","sku":"LAMP-1","price":{"amount":500,"currency":"GBP"}})",
        {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
    ASSERT_TRUE(created && created->status == 201);
    const QByteArray path = "/api/v1/products/" + jsonOf(*created).value(QStringLiteral("id")).toString().toLatin1();
    ASSERT_TRUE(eventually([&] { return metric(server, "backroom_product_cache_notifications_total") >= 1; }));
    ASSERT_EQ(RawHttp::request(server.port(), "GET", path)->status, 200);
    ASSERT_EQ(cache.size(), 1);

    ASSERT_TRUE(cluster.stop().has_value());
    EXPECT_TRUE(eventually([&] { return !cache.isEnabled(); })) << "the listener notices the database is gone";
    EXPECT_EQ(cache.size(), 0);
    EXPECT_NE(RawHttp::request(server.port(), "GET", path)->status, 200)
        << "changes cannot be heard now, so nothing is answered from memory";

    ASSERT_TRUE(cluster.start().has_value());
    EXPECT_TRUE(eventually([&] { return cache.isEnabled(); })) << "the listener reconnects";
    const qint64 misses = metric(server, "backroom_product_cache_misses_total");
    EXPECT_TRUE(eventually([&] { return RawHttp::request(server.port(), "GET", path)->status == 200; }));
    EXPECT_GT(metric(server, "backroom_product_cache_misses_total"), misses) << "read again from the database";
    EXPECT_EQ(RawHttp::request(server.port(), "GET", path)->status, 200);
    EXPECT_EQ(cache.size(), 1);
    server.stop();
}

TEST(PromotionIndex, FindsWhatASearchOfTheTablesWouldForAProduct)
{
    PromotionIndex::Snapshot index;
    index.loadedFor = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const auto add = [&](QString id, QStringList skus, QStringList categories, QDateTime ends = {}) {
        Domain::Promotion p;
        p.id = std::move(id);
        p.skus = std::move(skus);
        p.categoryIds = std::move(categories);
        p.startsAt = index.loadedFor;
        p.endsAt = std::move(ends);
        const int at = int(index.promotions.size());
        for (const QString &sku : std::as_const(p.skus))
            index.bySku[sku.toLower()].append(at);
        for (const QString &category : std::as_const(p.categoryIds))
            index.byCategory[category].append(at);
        index.promotions.append(p);
    };
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
    add(QStringLiteral("1"), {QStringLiteral("Mug-1")}, {});
    add(QStringLiteral("2"), {}, {QStringLiteral("7")});
    add(QStringLiteral("3"), {QStringLiteral("MUG-1")}, {QStringLiteral("9")}, now.addSecs(-1)); // ended
    add(QStringLiteral("4"), {QStringLiteral("other")}, {QStringLiteral("8")});
    add(QStringLiteral("5"), {QStringLiteral("mug-1")}, {QStringLiteral("7")}, now.addSecs(60)); // twice, listed once
    const auto ids = [](const QList<Domain::Promotion> &found) {
        QStringList list;
        for (const Domain::Promotion &p : found)
            list.append(p.id);
        return list;
    };
    EXPECT_EQ(ids(index.promotionsFor({QStringLiteral("MUG-1"), QStringLiteral("MUG-2")}, {3, 7}, now)), (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")}));
    EXPECT_EQ(ids(index.promotionsFor({QStringLiteral("MUG-1")}, {}, now.addSecs(-10))), (QStringList{QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5")}))
        << "an end is judged at the time asked about";
    EXPECT_TRUE(index.promotionsFor({QStringLiteral("CUP")}, {1}, now).isEmpty());
}

// The storefront's reads when nothing is cached: each is one read of the product's document, priced with
// the promotions the server holds in memory once it can trust them.
class UncachedProductReads : public ProductCaching {
protected:
    void configure(ServerConfig &config) override
    {
        config.productCacheSize = 0;
        config.searchCacheSize = 0;
    }
    bool indexTrusted() { return server->promotionIndex()->snapshotFor(QDateTime::currentDateTimeUtc()) != nullptr; }
};

TEST_F(UncachedProductReads, PriceWithThePromotionsHeldInMemory)
{
    ASSERT_TRUE(eventually([&] { return indexTrusted(); }));
    const quint64 loads = server->promotionIndex()->loads();
    const auto promotion = postPromotion(QStringLiteral("Tenth off"), 1000, QStringLiteral("mug-1"),
                                         QStringLiteral("2020-01-01T00:00:00Z"));
    ASSERT_EQ(promotion.status, 201) << promotion.body.constData();
    EXPECT_GE(server->promotionIndex()->loads(), loads + 1) << "the writer reloads the promotions before it answers";
    EXPECT_EQ(effectiveAmount(get(path)), 1080) << "this instance's own promotion, at once";
    // Reloaded once more when the change's notification arrives; after that nothing is pending.
    ASSERT_TRUE(eventually([&] { return server->promotionIndex()->loads() >= loads + 2 && indexTrusted(); }));
    // Without the promotions table only an answer priced from memory can succeed.
    sql("ALTER TABLE promotions RENAME TO promotions_away");
    const auto read = get(path);
    sql("ALTER TABLE promotions_away RENAME TO promotions");
    ASSERT_EQ(read.status, 200) << read.body.constData();
    EXPECT_EQ(effectiveAmount(read), 1080);
}

TEST_F(UncachedProductReads, SeeAPromotionInsertedWithPlainSqlOnceNotified)
{
    ASSERT_TRUE(eventually([&] { return indexTrusted(); }));
    ASSERT_EQ(effectiveAmount(get(path)), 1200);
    sql("INSERT INTO promotions (name, kind, basis_points, skus, starts_at) "
        "VALUES ('Half off', 'percentage', 5000, '{MUG-1}', now() - interval '1 minute')");
    EXPECT_TRUE(eventually([&] { return effectiveAmount(get(path)) == 600; }));
    EXPECT_TRUE(eventually([&] { return indexTrusted(); })) << "reloaded after the change";
    sql("DELETE FROM promotions");
    EXPECT_TRUE(eventually([&] { return effectiveAmount(get(path)) == 1200; }));
}

TEST_F(UncachedProductReads, AskTheTablesAboutAPastTheIndexDoesNotHold)
{
    sql("INSERT INTO promotions (name, kind, basis_points, skus, starts_at, ends_at) "
        "VALUES ('Last year', 'percentage', 2500, '{MUG-1}', '2020-01-01Z', '2021-01-01Z')");
    ASSERT_TRUE(eventually([&] { return indexTrusted(); }));
    EXPECT_EQ(effectiveAmount(get(path)), 1200) << "ended";
    EXPECT_EQ(effectiveAmount(get(path + "?at=2020-06-01T00:00:00Z")), 900)
        << "a promotion that ended before the index was loaded is not in it: the tables answer";
}
