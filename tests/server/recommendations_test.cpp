// SPDX-License-Identifier: MIT
#include "server/orders/orderservice.h"
#include "server/recommendations/recommendationservice.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor actor{std::nullopt, QByteArrayLiteral("recommendations-test"), QStringLiteral("checkout")};

NewOrder newOrder(const QStringList &skus)
{
    NewOrder o;
    o.email = QStringLiteral("shopper@example.com");
    o.customerName = QStringLiteral("Shopper");
    o.shippingAddress.name = o.customerName;
    o.shippingAddress.line1 = QStringLiteral("1 High Street");
    o.shippingAddress.city = QStringLiteral("London");
    o.shippingAddress.country = QStringLiteral("GB");
    const Domain::Money price{500, QStringLiteral("GBP")};
    QList<Domain::PricedLine> lines;
    for (const QString &sku : skus)
        lines.append({sku, sku + QStringLiteral(" title"), 1, price, price, {}, {}});
    o.totals = *Domain::computeTotals(lines, QStringLiteral("GB"), QStringLiteral("GBP"), Domain::PricingRules::standard());
    o.paymentReference = QStringLiteral("pi_test");
    return o;
}

QStringList ids(const QJsonObject &list, const QString &source = {})
{
    QStringList out;
    for (const QJsonValue &v : list.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (source.isEmpty() || item.value(QStringLiteral("source")).toString() == source)
            out.append(item.value(QStringLiteral("id")).toString());
    }
    return out;
}
} // namespace

class Recommendations : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        admin = adminToken();
        for (const char *sku : {"REC-A", "REC-B", "REC-C", "REC-D", "REC-E"})
            product.insert(QString::fromLatin1(sku), makeProduct(QString::fromLatin1(sku)));
    }
    QString makeProduct(const QString &sku)
    {
        const auto r = send("POST", "/api/v1/products", admin,
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Item ") + sku},
                                        {QStringLiteral("sku"), sku},
                                        {QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 500},
                                                                              {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return jsonOf(r).value(QStringLiteral("id")).toString();
    }
    qint64 place(const QStringList &skus)
    {
        PgConnection c(db.conninfo());
        auto placed = runInTransaction<StoredOrder>(
            c, [&](PgConnection &tx) { return OrderService::createOrder(tx, newOrder(skus), actor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed ? placed->id : 0;
    }
    qint64 scalar(const QByteArray &sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows && rows->rows() ? rows->toInt64(0, 0) : -1;
    }
    // The projection runs on the server's outbox dispatcher; waits until it has seen count orders.
    bool waitForOrders(qint64 count)
    {
        const QDeadlineTimer deadline(60000);
        while (scalar("SELECT count(*) FROM recommendation_orders") < count && !deadline.hasExpired())
            QThread::msleep(20);
        return scalar("SELECT count(*) FROM recommendation_orders") == count;
    }
    QByteArray snapshot()
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec("SELECT (SELECT string_agg(baskets || '/' || orders, ',') FROM recommendation_model) || ';' || "
                           "(SELECT string_agg(product_id || ':' || baskets || '/' || orders, ',' ORDER BY product_id) "
                           "FROM recommendation_items) || ';' || (SELECT string_agg(product_id || '-' || other_id || ':' "
                           "|| baskets, ',' ORDER BY product_id, other_id) FROM recommendation_pairs)");
        return rows ? rows->value(0, 0).toByteArray() : QByteArray();
    }
    RawHttp::Response recommendations(const QString &sku, const QByteArray &query = {})
    {
        return get("/api/v1/products/" + product.value(sku).toUtf8() + "/recommendations" + query);
    }
    // The history of the tests below. By hand, over the N = 8 orders (none above the cap):
    //   n(A) = 6, n(B) = 3, n(C) = 2, n(D) = 2, n(E) = 3; n(A,B) = 3, n(A,C) = 2, n(A,E) = 1, n(D,E) = 2.
    //   A → B: confidence 3/6, lift 3·8/(6·3) = 4/3; A → C: confidence 2/6, lift 2·8/(6·2) = 4/3;
    //   A → E: one shared order, below the minimum of 2.
    void placeHistory()
    {
        for (int i = 0; i < 3; ++i)
            place({QStringLiteral("REC-A"), QStringLiteral("rec-b")}); // SKUs match whatever their case
        for (int i = 0; i < 2; ++i)
            place({QStringLiteral("REC-A"), QStringLiteral("REC-C")});
        for (int i = 0; i < 2; ++i)
            place({QStringLiteral("REC-D"), QStringLiteral("REC-E")});
        place({QStringLiteral("REC-A"), QStringLiteral("REC-E"), QStringLiteral("GONE-1")}); // a SKU no product has
        ASSERT_TRUE(waitForOrders(8));
    }

    QByteArray admin;
    QHash<QString, QString> product;
};

TEST_F(Recommendations, OrdersPlacedMakeCoOccurringProductsAppearAboveTheThresholds)
{
    const auto before = recommendations(QStringLiteral("REC-A"));
    ASSERT_EQ(before.status, 200) << before.body.constData();
    EXPECT_EQ(jsonOf(before).value(QStringLiteral("source")).toString(), u"popular");
    EXPECT_TRUE(ids(jsonOf(before)).isEmpty()) << "nothing was ordered yet";

    placeHistory();
    const auto r = recommendations(QStringLiteral("REC-A"));
    ASSERT_EQ(r.status, 200) << r.body.constData();
    EXPECT_EQ(r.header("Cache-Control"), "public, max-age=60");
    const QJsonObject list = jsonOf(r);
    EXPECT_EQ(list.value(QStringLiteral("product_id")).toString(), product[QStringLiteral("REC-A")]);
    EXPECT_EQ(list.value(QStringLiteral("source")).toString(), u"co-occurrence");
    // B before C (confidence 1/2 over 1/3); E shared one order only: not a co-occurrence, but popular.
    EXPECT_EQ(ids(list, QStringLiteral("co-occurrence")),
              (QStringList{product[QStringLiteral("REC-B")], product[QStringLiteral("REC-C")]}));
    EXPECT_EQ(ids(list, QStringLiteral("popular")),
              (QStringList{product[QStringLiteral("REC-E")], product[QStringLiteral("REC-D")]}))
        << "popular ones fill the list: E (3 orders), then D (2)";
    EXPECT_FALSE(ids(list).contains(product[QStringLiteral("REC-A")])) << "never the product itself";
    const QJsonObject b = list.value(QStringLiteral("items")).toArray().at(0).toObject();
    EXPECT_EQ(b.value(QStringLiteral("pair_count")).toInteger(), 3);
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("support")).toDouble(), 3.0 / 8.0);
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("confidence")).toDouble(), 0.5);
    EXPECT_DOUBLE_EQ(b.value(QStringLiteral("lift")).toDouble(), 4.0 / 3.0);
    EXPECT_EQ(b.value(QStringLiteral("title")).toString(), u"Item REC-B");
    EXPECT_EQ(b.value(QStringLiteral("price")).toObject().value(QStringLiteral("amount")).toInteger(), 500);

    const auto one = recommendations(QStringLiteral("REC-A"), "?limit=1");
    ASSERT_EQ(one.status, 200);
    EXPECT_EQ(ids(jsonOf(one)), QStringList{product[QStringLiteral("REC-B")]});
}

TEST_F(Recommendations, TooLittleHistoryAnswersWithThePopularFallbackMarkedAsSuch)
{
    placeHistory();
    // n(C) = 2, below the 3 orders a product needs for its own list.
    const QJsonObject list = jsonOf(recommendations(QStringLiteral("REC-C")));
    EXPECT_EQ(list.value(QStringLiteral("source")).toString(), u"popular");
    EXPECT_EQ(ids(list, QStringLiteral("co-occurrence")), QStringList{});
    EXPECT_EQ(ids(list), (QStringList{product[QStringLiteral("REC-A")], product[QStringLiteral("REC-B")],
                                      product[QStringLiteral("REC-E")], product[QStringLiteral("REC-D")]}));
    EXPECT_EQ(list.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("orders")).toInteger(), 6);
}

TEST_F(Recommendations, InactiveProductsAreNeverRecommendedAndHaveNoList)
{
    placeHistory();
    EXPECT_TRUE(ids(jsonOf(recommendations(QStringLiteral("REC-A")))).contains(product[QStringLiteral("REC-B")]));
    const QByteArray path = "/api/v1/products/" + product[QStringLiteral("REC-B")].toUtf8();
    const auto archived = send("PATCH", path, admin, QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}},
                               {{"If-Match", get(path, admin).header("ETag")}});
    ASSERT_EQ(archived.status, 200) << archived.body.constData();
    // Read again at once: the cached list of A must not outlive the change.
    const QDeadlineTimer deadline(30000);
    QJsonObject list = jsonOf(recommendations(QStringLiteral("REC-A")));
    while (ids(list).contains(product[QStringLiteral("REC-B")]) && !deadline.hasExpired()) {
        QThread::msleep(20);
        list = jsonOf(recommendations(QStringLiteral("REC-A")));
    }
    EXPECT_FALSE(ids(list).contains(product[QStringLiteral("REC-B")]));
    EXPECT_EQ(ids(list, QStringLiteral("co-occurrence")), QStringList{product[QStringLiteral("REC-C")]});
    for (const char *sku : {"REC-C", "REC-D", "REC-E"})
        EXPECT_FALSE(ids(jsonOf(recommendations(QString::fromLatin1(sku)))).contains(product[QStringLiteral("REC-B")])) << sku;
    EXPECT_EQ(recommendations(QStringLiteral("REC-B")).status, 404);
}

TEST_F(Recommendations, UnknownProductsAndBadLimitsAreRefused)
{
    EXPECT_EQ(get("/api/v1/products/999999/recommendations").status, 404);
    EXPECT_EQ(get("/api/v1/products/nope/recommendations").status, 404);
    for (const QByteArray query : {"?limit=0", "?limit=51", "?limit=abc", "?limit=", "?limit=-1", "?limit=+5"}) {
        const auto r = recommendations(QStringLiteral("REC-A"), query);
        EXPECT_EQ(r.status, 400) << query.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json") << query.constData();
        EXPECT_EQ(jsonOf(r).value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("field")).toString(),
                  u"limit")
            << query.constData();
    }
    EXPECT_EQ(recommendations(QStringLiteral("REC-A"), "?limit=50").status, 200);
}

TEST_F(Recommendations, AnEventAppliedTwiceCountsOnce)
{
    placeHistory();
    const QByteArray counted = snapshot();
    PgConnection c(db.conninfo());
    auto row = c.exec("SELECT id, aggregate_id, payload::text FROM outbox WHERE event_type = 'OrderPlaced' ORDER BY id LIMIT 1");
    ASSERT_TRUE(row && row->rows() == 1);
    OutboxEvent event;
    event.id = row->toInt64(0, 0);
    event.type = QStringLiteral("OrderPlaced");
    event.aggregateType = QStringLiteral("order");
    event.aggregateId = row->text(0, 1);
    event.payload = QJsonDocument::fromJson(row->value(0, 2).toByteArray()).object();
    RecommendationProjection projection;
    auto again = runInTransaction<bool>(c, [&](PgConnection &tx) -> PgExpected<bool> {
        if (auto applied = projection.apply(tx, event); !applied)
            return std::unexpected(applied.error());
        return true;
    });
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(snapshot(), counted);
}

TEST_F(Recommendations, RebuildingFromTheOrdersGivesTheLiveCounts)
{
    placeHistory();
    const QByteArray live = snapshot();
    ASSERT_FALSE(live.isEmpty());
    Database database(db.conninfo());
    RecommendationService service(database);
    auto checked = service.rebuild(false);
    ASSERT_TRUE(checked.has_value()) << checked.error().message.toStdString();
    EXPECT_EQ(checked->orders, 8);
    EXPECT_FALSE(checked->differed);

    ASSERT_TRUE(PgConnection(db.conninfo()).exec("UPDATE recommendation_pairs SET baskets = 99").has_value());
    auto rebuilt = service.rebuild(true);
    ASSERT_TRUE(rebuilt.has_value()) << rebuilt.error().message.toStdString();
    EXPECT_TRUE(rebuilt->differed);
    EXPECT_EQ(snapshot(), live);
}
