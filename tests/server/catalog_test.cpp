// SPDX-License-Identifier: MIT
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;
using namespace Qt::StringLiterals;

namespace {
QJsonObject price(qint64 amount, const char *currency = "GBP")
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QString::fromLatin1(currency)}};
}
QJsonObject mug(const QString &sku = QStringLiteral("MUG-1"), const QJsonValue &category = QJsonValue())
{
    return {{QStringLiteral("title"), QStringLiteral("Enamel mug")},
            {QStringLiteral("description"), QStringLiteral("A mug for camp coffee.")},
            {QStringLiteral("sku"), sku},
            {QStringLiteral("price"), price(1299)},
            {QStringLiteral("primary_category_id"), category}};
}
QString idOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("id")).toString();
}
} // namespace

class Catalog : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("merch@shop.test"), {QStringLiteral("merchandiser")});
        merch = signIn(QStringLiteral("merch@shop.test"), QStringLiteral("staff secret 1"));
    }
    QString category(const QString &name, const QJsonValue &parent = QJsonValue())
    {
        const auto r = send("POST", "/api/v1/categories", merch,
                            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("parent_id"), parent}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return idOf(r);
    }
    qint64 count(const char *sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows ? rows->toInt64(0, 0) : -1;
    }
    QByteArray merch;
};

TEST_F(Catalog, KeepsDraftsFromTheStorefrontAndGuardsUpdatesWithIfMatch)
{
    const auto created = send("POST", "/api/v1/products", merch, mug());
    ASSERT_EQ(created.status, 201) << created.body.constData();
    const QByteArray path = "/api/v1/products/" + idOf(created).toLatin1();
    EXPECT_EQ(created.header("Location"), path);
    const QJsonObject variant = jsonOf(created).value(QStringLiteral("variants")).toArray().first().toObject();
    EXPECT_EQ(variant.value(QStringLiteral("sku")).toString(), QStringLiteral("MUG-1"));
    EXPECT_EQ(variant.value(QStringLiteral("effective_price")).toObject(), price(1299));
    EXPECT_TRUE(variant.value(QStringLiteral("promotion")).isNull());

    EXPECT_EQ(get(path).status, 404) << "a draft does not exist for the storefront";
    EXPECT_EQ(get(path, merch).status, 200);

    const QJsonObject publish{{QStringLiteral("status"), QStringLiteral("active")}};
    EXPECT_EQ(send("PATCH", path, merch, publish).status, 428) << "updates must say which version they change";
    EXPECT_EQ(send("PATCH", path, merch, publish, {{"If-Match", "\"7\""}}).status, 412);
    const auto published = send("PATCH", path, merch, publish, {{"If-Match", created.header("ETag")}});
    ASSERT_EQ(published.status, 200) << published.body.constData();
    EXPECT_EQ(send("PATCH", path, merch, QJsonObject{{QStringLiteral("title"), QStringLiteral("Lost update")}},
                   {{"If-Match", created.header("ETag")}})
                  .status,
              412)
        << "a second editor working from the old version is refused";

    const auto storefront = get(path);
    ASSERT_EQ(storefront.status, 200);
    EXPECT_EQ(storefront.header("Cache-Control"), "public, max-age=60");
    EXPECT_EQ(get(path, {}, {{"If-None-Match", storefront.header("ETag")}}).status, 304);
    EXPECT_EQ(jsonOf(storefront).value(QStringLiteral("title")).toString(), QStringLiteral("Enamel mug"));

    QJsonObject replacement = mug(QStringLiteral("MUG-2"));
    replacement.insert(QStringLiteral("status"), QStringLiteral("active"));
    const auto replaced = send("PUT", path, merch, replacement, {{"If-Match", storefront.header("ETag")}});
    ASSERT_EQ(replaced.status, 200) << replaced.body.constData();
    EXPECT_EQ(jsonOf(replaced).value(QStringLiteral("variants")).toArray().first().toObject().value(QStringLiteral("sku")).toString(),
              QStringLiteral("MUG-2"));
}

TEST_F(Catalog, RefusesBadProductsByFieldAndChangesNothing)
{
    ASSERT_EQ(send("POST", "/api/v1/products", merch, mug()).status, 201);
    struct Case {
        QJsonObject body;
        int status;
        QString field;
    };
    QJsonObject negative = mug(QStringLiteral("NEG-1"));
    negative.insert(QStringLiteral("price"), price(-5));
    QJsonObject currency = mug(QStringLiteral("CUR-1"));
    currency.insert(QStringLiteral("price"), price(100, "XXQ"));
    QJsonObject barcode = mug(QStringLiteral("EAN-1"));
    barcode.insert(QStringLiteral("barcode"), QStringLiteral("4006381333932")); // check digit should be 1
    QJsonObject unknown = mug(QStringLiteral("UNK-1"));
    unknown.insert(QStringLiteral("vendor_id"), QStringLiteral("1"));
    const QList<Case> cases{
        {negative, 422, QStringLiteral("price.amount")},
        {currency, 422, QStringLiteral("price.currency")},
        {barcode, 422, QStringLiteral("barcode")},
        {unknown, 422, QStringLiteral("vendor_id")},
        {mug(QStringLiteral("mug-1")), 409, QStringLiteral("variants[0].sku")},
        {mug(QStringLiteral("CAT-1"), QStringLiteral("424242")), 422, QStringLiteral("primary_category_id")},
    };
    for (const Case &c : cases) {
        const auto r = send("POST", "/api/v1/products", merch, c.body);
        EXPECT_EQ(r.status, c.status) << c.field.toStdString() << ' ' << r.body.constData();
        EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
        EXPECT_EQ(firstErrorField(r), c.field) << r.body.constData();
    }
    EXPECT_EQ(count("SELECT count(*) FROM products"), 1) << "nothing was created";
    EXPECT_EQ(count("SELECT count(*) FROM variants"), 1);
}

TEST_F(Catalog, KeepsCatalogWritesToMerchandisersAndAdmins)
{
    const QByteArray shopper = customer(QStringLiteral("ann@shop.test"));
    createStaff(QStringLiteral("wh@shop.test"), {QStringLiteral("warehouse")});
    const QByteArray warehouse = signIn(QStringLiteral("wh@shop.test"), QStringLiteral("staff secret 1"));
    EXPECT_EQ(send("POST", "/api/v1/products", shopper, mug()).status, 403);
    EXPECT_EQ(send("POST", "/api/v1/products", warehouse, mug()).status, 403);
    EXPECT_EQ(send("POST", "/api/v1/products", {}, mug()).status, 401);
    EXPECT_EQ(send("POST", "/api/v1/products", adminToken(), mug()).status, 201);
}

TEST_F(Catalog, MovesCategoriesWithoutCyclesAndCarriesTheirProducts)
{
    const QString home = category(QStringLiteral("Home"));
    const QString kitchen = category(QStringLiteral("Kitchen"), home);
    const QString mugs = category(QStringLiteral("Mugs"), kitchen);
    QJsonObject product = mug(QStringLiteral("MUG-9"), mugs);
    ASSERT_EQ(send("POST", "/api/v1/products", merch, product).status, 201);

    const auto cycle = send("PATCH", "/api/v1/categories/" + home.toLatin1(), merch,
                            QJsonObject{{QStringLiteral("parent_id"), mugs}});
    EXPECT_EQ(cycle.status, 422) << cycle.body.constData();
    EXPECT_EQ(firstErrorField(cycle), QStringLiteral("parent_id"));
    EXPECT_EQ(send("PATCH", "/api/v1/categories/" + home.toLatin1(), merch, QJsonObject{{QStringLiteral("parent_id"), home}}).status,
              422);
    EXPECT_EQ(send("POST", "/api/v1/categories", merch,
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("kitchen")}, {QStringLiteral("parent_id"), home}})
                  .status,
              409)
        << "sibling names are unique whatever their case";

    // Kitchen (with Mugs and its product) moves to the top level.
    const auto moved = send("PATCH", "/api/v1/categories/" + kitchen.toLatin1(), merch,
                            QJsonObject{{QStringLiteral("parent_id"), QJsonValue()}});
    ASSERT_EQ(moved.status, 200) << moved.body.constData();
    EXPECT_EQ(jsonOf(get("/api/v1/categories/" + mugs.toLatin1())).value(QStringLiteral("path")).toArray(),
              (QJsonArray{kitchen, mugs}));
    EXPECT_EQ(jsonOf(get("/api/v1/products?category=" + kitchen.toLatin1(), merch)).value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_TRUE(jsonOf(get("/api/v1/products?category=" + home.toLatin1(), merch)).value(QStringLiteral("items")).toArray().isEmpty())
        << "the product left Home with its category";
    EXPECT_EQ(count("SELECT count(*) FROM products WHERE search @@ to_tsquery('english', 'kitchen')"), 1)
        << "category names are part of the search document";

    EXPECT_EQ(send("DELETE", "/api/v1/categories/" + kitchen.toLatin1(), merch).status, 409) << "it still holds Mugs";
    EXPECT_EQ(send("DELETE", "/api/v1/categories/" + home.toLatin1(), merch).status, 204);
    EXPECT_EQ(get("/api/v1/categories/" + home.toLatin1()).status, 404);
}

TEST_F(Catalog, PreviewsThePriceAScheduledPromotionWillMake)
{
    const QString kitchen = category(QStringLiteral("Kitchen"));
    QJsonObject product = mug(QStringLiteral("MUG-5"), kitchen);
    product.insert(QStringLiteral("status"), QStringLiteral("active"));
    const auto created = send("POST", "/api/v1/products", merch, product);
    ASSERT_EQ(created.status, 201) << created.body.constData();
    PgConnection c(db.conninfo());
    ASSERT_TRUE(c.exec("INSERT INTO promotions (name, kind, basis_points, category_ids, starts_at, ends_at) VALUES "
                       "('Friday sale', 'percentage', 2000, ARRAY[$1::bigint], now() + interval '1 day', "
                       "now() + interval '2 days')",
                       {kitchen.toLatin1()}));
    const QByteArray path = "/api/v1/products/" + idOf(created).toLatin1();
    const auto today = get(path);
    const auto variantToday = jsonOf(today).value(QStringLiteral("variants")).toArray().first().toObject();
    EXPECT_EQ(variantToday.value(QStringLiteral("effective_price")).toObject(), price(1299));

    const QByteArray friday = QDateTime::currentDateTimeUtc().addSecs(36 * 3600).toString(Qt::ISODate).toLatin1();
    const auto preview = get(path + "?at=" + friday);
    ASSERT_EQ(preview.status, 200) << preview.body.constData();
    const auto variant = jsonOf(preview).value(QStringLiteral("variants")).toArray().first().toObject();
    EXPECT_EQ(variant.value(QStringLiteral("effective_price")).toObject(), price(1039)) << "20 % off 12.99, half up";
    EXPECT_EQ(variant.value(QStringLiteral("promotion")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Friday sale"));
    EXPECT_NE(preview.header("ETag"), today.header("ETag")) << "another price is another representation";
    EXPECT_EQ(get(path + "?at=next-friday").status, 422);
}

TEST_F(Catalog, RecordsEventsAndAuditEntriesWithEveryWrite)
{
    const auto created = send("POST", "/api/v1/products", merch, mug());
    ASSERT_EQ(created.status, 201);
    const QByteArray path = "/api/v1/products/" + idOf(created).toLatin1();
    const auto active = send("PATCH", path, merch, QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}},
                             {{"If-Match", created.header("ETag")}});
    ASSERT_EQ(active.status, 200);
    const auto archived = send("PATCH", path, merch,
                               QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}, {QStringLiteral("price"), price(999)}},
                               {{"If-Match", active.header("ETag")}});
    ASSERT_EQ(archived.status, 200) << archived.body.constData();
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductCreated'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductArchived'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductPriceChanged'"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'product.update' AND after ? 'status'"), 2);
    EXPECT_EQ(get(path).status, 404) << "archived products leave the storefront";

    // A write that fails leaves neither an event nor an entry behind.
    const qint64 events = count("SELECT count(*) FROM outbox");
    EXPECT_EQ(send("PATCH", path, merch, QJsonObject{{QStringLiteral("price"), price(-1)}},
                   {{"If-Match", archived.header("ETag")}})
                  .status,
              422);
    EXPECT_EQ(count("SELECT count(*) FROM outbox"), events);
}

TEST_F(Catalog, ManagesPromotionsThatTheStorefrontPricesFollow)
{
    QJsonObject product = mug(QStringLiteral("MUG-7"));
    product.insert(QStringLiteral("status"), QStringLiteral("active"));
    const auto created = send("POST", "/api/v1/products", merch, product);
    ASSERT_EQ(created.status, 201);
    const QByteArray path = "/api/v1/products/" + idOf(created).toLatin1();
    const QString yesterday = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
    QJsonObject sale{{QStringLiteral("name"), QStringLiteral("Mug week")},
                     {QStringLiteral("kind"), QStringLiteral("fixed_amount")},
                     {QStringLiteral("amount_off"), price(300)},
                     {QStringLiteral("skus"), QJsonArray{QStringLiteral("mug-7")}},
                     {QStringLiteral("starts_at"), yesterday}};

    const auto made = send("POST", "/api/v1/promotions", merch, sale);
    ASSERT_EQ(made.status, 201) << made.body.constData();
    const auto variant = jsonOf(get(path)).value(QStringLiteral("variants")).toArray().first().toObject();
    EXPECT_EQ(variant.value(QStringLiteral("effective_price")).toObject(), price(999));
    EXPECT_EQ(variant.value(QStringLiteral("promotion")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Mug week"));

    QJsonObject badCategory = sale;
    badCategory.insert(QStringLiteral("category_ids"), QJsonArray{QStringLiteral("999999")});
    const auto refused = send("POST", "/api/v1/promotions", merch, badCategory);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(firstErrorField(refused), QStringLiteral("category_ids[0]"));
    createStaff(QStringLiteral("wh@shop.test"), {QStringLiteral("warehouse")});
    EXPECT_EQ(send("POST", "/api/v1/promotions", signIn(QStringLiteral("wh@shop.test"), QStringLiteral("staff secret 1")), sale).status,
              403);

    const QByteArray promotion = "/api/v1/promotions/" + idOf(made).toLatin1();
    sale.insert(QStringLiteral("amount_off"), price(500));
    EXPECT_EQ(send("PUT", promotion, merch, sale, {{"If-Match", "\"9\""}}).status, 412);
    const auto replaced = send("PUT", promotion, merch, sale, {{"If-Match", made.header("ETag")}});
    ASSERT_EQ(replaced.status, 200) << made.header("ETag").constData() << replaced.body.constData();
    EXPECT_EQ(jsonOf(get(path)).value(QStringLiteral("variants")).toArray().first().toObject().value(QStringLiteral("effective_price")).toObject(),
              price(799));
    EXPECT_EQ(send("DELETE", promotion, merch).status, 204);
    EXPECT_EQ(jsonOf(get(path)).value(QStringLiteral("variants")).toArray().first().toObject().value(QStringLiteral("effective_price")).toObject(),
              price(1299));
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE entity_type = 'promotion'"), 3);
}

TEST_F(Catalog, ListsProductsForStaffSortedAndFilteredPageByPage)
{
    // Titles and prices chosen so each order differs from creation order, with a tie on price.
    const QList<std::pair<QString, qint64>> made{{QStringLiteral("delta lamp"), 500},
                                                 {QStringLiteral("Alpha mug"), 1500},
                                                 {QStringLiteral("charlie rug"), 500},
                                                 {QStringLiteral("Bravo vase"), 9000},
                                                 {QStringLiteral("echo bowl"), 2500}};
    QStringList ids;
    for (qsizetype i = 0; i < made.size(); ++i) {
        const auto r = send("POST", "/api/v1/products", merch,
                            QJsonObject{{QStringLiteral("title"), made[i].first},
                                        {QStringLiteral("sku"), QStringLiteral("S-%1").arg(i)},
                                        {QStringLiteral("price"), price(made[i].second)}});
        ASSERT_EQ(r.status, 201) << r.body.constData();
        ids.append(idOf(r));
    }
    // Every page of two, following next_cursor, as a client does.
    const auto titlesIn = [&](const QByteArray &query) {
        QStringList titles;
        QByteArray cursor;
        for (int page = 0; page < 10; ++page) {
            const QByteArray path = "/api/v1/products?limit=2&" + query
                + (cursor.isEmpty() ? QByteArray() : "&cursor=" + QUrl::toPercentEncoding(QString::fromLatin1(cursor)));
            const auto r = get(path, merch);
            EXPECT_EQ(r.status, 200) << path.constData() << r.body.constData();
            // Written by hand, byte for byte what Qt's writer makes of the same JSON.
            EXPECT_EQ(r.body, QJsonDocument(jsonOf(r)).toJson(QJsonDocument::Compact)) << path.constData();
            for (const QJsonValue &item : jsonOf(r).value(QStringLiteral("items")).toArray())
                titles.append(item.toObject().value(QStringLiteral("title")).toString());
            const QJsonValue next = jsonOf(r).value(QStringLiteral("next_cursor"));
            if (next.isNull())
                break;
            cursor = next.toString().toLatin1();
        }
        return titles;
    };
    EXPECT_EQ(titlesIn("sort=title"), (QStringList{u"Alpha mug"_s, u"Bravo vase"_s, u"charlie rug"_s, u"delta lamp"_s, u"echo bowl"_s}));
    EXPECT_EQ(titlesIn("sort=-title"), (QStringList{u"echo bowl"_s, u"delta lamp"_s, u"charlie rug"_s, u"Bravo vase"_s, u"Alpha mug"_s}));
    EXPECT_EQ(titlesIn("sort=price"), (QStringList{u"delta lamp"_s, u"charlie rug"_s, u"Alpha mug"_s, u"echo bowl"_s, u"Bravo vase"_s}));
    EXPECT_EQ(titlesIn("sort=-price"), (QStringList{u"Bravo vase"_s, u"echo bowl"_s, u"Alpha mug"_s, u"charlie rug"_s, u"delta lamp"_s}));
    EXPECT_EQ(titlesIn("sort=newest"), (QStringList{u"echo bowl"_s, u"Bravo vase"_s, u"charlie rug"_s, u"Alpha mug"_s, u"delta lamp"_s}));
    EXPECT_EQ(titlesIn(""), (QStringList{u"delta lamp"_s, u"Alpha mug"_s, u"charlie rug"_s, u"Bravo vase"_s, u"echo bowl"_s}));
    // price_range in major units of the shop currency, both ends inclusive, in any order.
    EXPECT_EQ(titlesIn("price_range=5-15&sort=title"), (QStringList{u"Alpha mug"_s, u"charlie rug"_s, u"delta lamp"_s}));
    EXPECT_EQ(titlesIn("price_range=20-&sort=-price"), (QStringList{u"Bravo vase"_s, u"echo bowl"_s}));

    // A cursor belongs to its sort; bad parameters are named, every one at once.
    const auto first = get("/api/v1/products?limit=2&sort=title", merch);
    const QString cursor = jsonOf(first).value(QStringLiteral("next_cursor")).toString();
    ASSERT_FALSE(cursor.isEmpty());
    const auto mixed = get("/api/v1/products?sort=price&cursor=" + cursor.toLatin1(), merch);
    EXPECT_EQ(mixed.status, 422);
    EXPECT_EQ(firstErrorField(mixed), QStringLiteral("cursor"));
    const auto bad = get("/api/v1/products?sort=colour&price_range=9-1&status=gone&limit=0", merch);
    EXPECT_EQ(bad.status, 422);
    QStringList fields;
    for (const QJsonValue &e : jsonOf(bad).value(QStringLiteral("errors")).toArray())
        fields.append(e.toObject().value(QStringLiteral("field")).toString());
    fields.sort();
    EXPECT_EQ(fields, (QStringList{u"limit"_s, u"price_range"_s, u"sort"_s, u"status"_s}));
}
