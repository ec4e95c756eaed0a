// SPDX-License-Identifier: MIT
// The storefront's search and category listing against a real server over a small fixed catalog: which
// products come back, in which order, with which prices and facets.
#include "server/catalog/productsearch.h"
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QSet>
#include <QUrl>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;
using namespace Qt::StringLiterals;

namespace {
struct VariantSpec {
    QString sku;
    qint64 price;
    std::optional<qint64> compareAt = std::nullopt;
};

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// The number a counter of /metrics shows, or -1 when it is not there.
qint64 counter(Server::ServerRuntime &server, QByteArrayView name)
{
    for (const QByteArray &line : server.metrics().render().split('\n'))
        if (line.startsWith(name) && line.size() > name.size() && line.at(name.size()) == ' ')
            return line.sliced(name.size() + 1).toLongLong();
    return -1;
}
} // namespace

// The catalog, a three-level tree:
//   Home ─ Lighting ─ Lanterns, Candles      Clothing ─ Tops ─ Hoodies, T-Shirts     Garden ─ Planters
//        └ Kitchen ─ Mugs                             └ Accessories
// 23 products, 19 of them active; one priced in EUR.
class SearchTest : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        if (HasFatalFailure())
            return;
        sql = std::make_unique<PgConnection>(db.conninfo());
        home = category(QStringLiteral("Home"));
        lighting = category(QStringLiteral("Lighting"), home);
        lanterns = category(QStringLiteral("Lanterns"), lighting);
        candles = category(QStringLiteral("Candles"), lighting);
        kitchen = category(QStringLiteral("Kitchen"), home);
        mugs = category(QStringLiteral("Mugs"), kitchen);
        clothing = category(QStringLiteral("Clothing"));
        tops = category(QStringLiteral("Tops"), clothing);
        hoodies = category(QStringLiteral("Hoodies"), tops);
        tshirts = category(QStringLiteral("T-Shirts"), tops);
        accessories = category(QStringLiteral("Accessories"), clothing);
        garden = category(QStringLiteral("Garden"));
        planters = category(QStringLiteral("Planters"), garden);

        brassLantern = product(u"Brass Storm Lantern", u"A hurricane lamp for the garden table.", lanterns,
                               {{u"LAN-BRASS"_s, 2400}});
        hangingLanterns = product(u"Hanging Lantern Set", u"Three paper lanterns with warm LED lights.", lanterns,
                                  {{u"LAN-HANG"_s, 3950}});
        vintageLantern = product(u"Vintage Lantern", u"Not on sale yet.", lanterns, {{u"LAN-VINT"_s, 1500}}, u"draft");
        tinLantern = product(u"Old Tin Lantern", u"Retired.", lanterns, {{u"LAN-TIN"_s, 900}}, u"archived");
        pillarCandle =
            product(u"Beeswax Pillar Candle", u"Slow burning, honey scented.", candles, {{u"CAN-PILLAR"_s, 850}});
        teaLights = product(u"Lavender Tea Lights", u"Candles for your lantern.", candles, {{u"CAN-TEA"_s, 499}});
        readingLamp =
            product(u"Bedside Reading Lamp", u"Warm light for late-night reading.", lighting, {{u"LAMP-READ"_s, 4500}});
        enamelMug = product(u"Enamel Camping Mug", u"Chip resistant.", mugs,
                            {{u"MUG-ENAMEL-BLUE"_s, 1200, 1500}, {u"MUG-ENAMEL-RED"_s, 1200}});
        stonewareMug = product(u"Stoneware Coffee Mug", u"Dishwasher safe.", mugs, {{u"MUG-STONE"_s, 1400}});
        giftSet = product(u"Christmas Mug Gift Set", u"Seasonal.", mugs, {{u"MUG-XMAS"_s, 2999}}, u"archived");
        kettle = product(u"Copper Tea Kettle", u"Whistles when it boils.", kitchen, {{u"KET-COPPER"_s, 6500}});
        greyHoodie = product(u"Grey Cotton Hoodie", u"Brushed fleece inside.", hoodies,
                             {{u"HOOD-GREY-M"_s, 3500}, {u"HOOD-GREY-XL"_s, 3800}});
        zipHoodie = product(u"Black Zip Hoodie", u"Full-length zip.", hoodies, {{u"HOOD-ZIP"_s, 4200}});
        kidsHoodie = product(u"Kids Hoodie", u"Coming soon.", hoodies, {{u"HOOD-KIDS"_s, 2000}}, u"draft");
        tshirt = product(u"Organic Cotton T-Shirt", u"Soft jersey.", tshirts, {{u"TEE-ORG"_s, 1800}});
        breton = product(u"Striped Breton Top", u"Navy and white.", tshirts, {{u"TEE-BRETON"_s, 2800}});
        beanie = product(u"Wool Beanie Hat", u"Ribbed knit.", accessories, {{u"HAT-BEANIE"_s, 1600}});
        cardHolder = product(u"Leather Card Holder", u"Six slots.", accessories, {{u"ACC-CARD"_s, 2200}});
        plantPot = product(u"Terracotta Plant Pot", u"With a drainage hole.", planters, {{u"POT-TERRA"_s, 1100}});
        basketPlanter = product(u"Hanging Basket Planter", u"Lined with coir.", planters, {{u"PLANT-BASKET"_s, 1900}});
        solarLantern = product(u"Solar Garden Lantern", u"Charges by day.", garden, {{u"LAN-SOLAR"_s, 2700}});
        outdoorPlanter = product(u"Large Outdoor Planter", u"Frost proof.", planters, {{u"PLANT-LARGE"_s, 12000}});
        espressoCup = product(u"Espresso Cup", u"Priced in euros.", mugs, {{u"CUP-ESPRESSO"_s, 900}}, u"active",
                              QStringLiteral("EUR"));
    }

    qint64 category(const QString &name, qint64 parent = 0)
    {
        auto inserted = sql->exec("INSERT INTO categories (parent_id, name, path) VALUES ($1, $2, '{}') RETURNING id",
                                  {parent ? std::optional(QByteArray::number(parent)) : std::nullopt, name.toUtf8()});
        EXPECT_TRUE(inserted.has_value()) << (inserted ? "" : inserted.error().error.message.toStdString());
        const qint64 id = inserted ? inserted->toInt64(0, 0) : 0;
        paths[id] = (parent ? paths.value(parent) : QList<qint64>()) << id;
        names[id] = name;
        QByteArray path = "{";
        for (qint64 p : paths[id])
            path += (path.size() > 1 ? "," : "") + QByteArray::number(p);
        auto updated =
            sql->exec("UPDATE categories SET path = $2::bigint[] WHERE id = $1", {QByteArray::number(id), path + '}'});
        EXPECT_TRUE(updated.has_value());
        return id;
    }

    // As the catalog writer stores them: the category's path copied, the path's names joined by spaces,
    // price_amount the lowest variant price.
    qint64 product(QStringView title, QStringView description, qint64 categoryId, const QList<VariantSpec> &variants,
                   QStringView status = u"active", const QString &currency = QStringLiteral("GBP"))
    {
        QByteArray path = "{";
        QStringList pathNames;
        for (qint64 p : paths.value(categoryId)) {
            path += (path.size() > 1 ? "," : "") + QByteArray::number(p);
            pathNames.append(names.value(p));
        }
        path += '}';
        qint64 lowest = variants.first().price;
        for (const VariantSpec &v : variants)
            lowest = std::min(lowest, v.price);
        auto inserted =
            sql->exec("INSERT INTO products (title, description, status, category_id, category_path, category_names, "
                      "price_amount, currency) VALUES ($1, $2, $3, $4, $5::bigint[], $6, $7, $8) RETURNING id",
                      {title.toUtf8(), description.toUtf8(), status.toUtf8(), QByteArray::number(categoryId), path,
                       pathNames.join(u' ').toUtf8(), QByteArray::number(lowest), currency.toUtf8()});
        EXPECT_TRUE(inserted.has_value()) << (inserted ? "" : inserted.error().error.message.toStdString());
        const qint64 id = inserted ? inserted->toInt64(0, 0) : 0;
        for (qsizetype i = 0; i < variants.size(); ++i) {
            const VariantSpec &v = variants[i];
            auto written = sql->exec(
                "INSERT INTO variants (product_id, position, sku, price_amount, currency, compare_at_amount) "
                "VALUES ($1, $2, $3, $4, $5, $6)",
                {QByteArray::number(id), QByteArray::number(i), v.sku.toUtf8(), QByteArray::number(v.price),
                 currency.toUtf8(), v.compareAt ? std::optional(QByteArray::number(*v.compareAt)) : std::nullopt});
            EXPECT_TRUE(written.has_value()) << (written ? "" : written.error().error.message.toStdString());
        }
        return id;
    }

    // A promotion active from startDays to endDays from now (no end: open-ended).
    QString promotion(const QString &name, const QByteArray &kind, qint64 value, const QStringList &skus,
                      const QList<qint64> &categories, int startDays, std::optional<int> endDays)
    {
        QByteArray categoryIds = "{";
        for (qint64 c : categories)
            categoryIds += (categoryIds.size() > 1 ? "," : "") + QByteArray::number(c);
        categoryIds += '}';
        const bool percentage = kind == "percentage";
        auto inserted =
            sql->exec("INSERT INTO promotions (name, kind, basis_points, amount, currency, skus, category_ids, "
                      "starts_at, ends_at) "
                      "VALUES ($1, $2, $3, $4, $5, $6::text[], $7::bigint[], now() + make_interval(days => $8), "
                      "now() + make_interval(days => $9)) RETURNING id",
                      {name.toUtf8(), kind, percentage ? std::optional(QByteArray::number(value)) : std::nullopt,
                       percentage ? std::nullopt : std::optional(QByteArray::number(value)),
                       percentage ? std::nullopt : std::optional(QByteArray("GBP")),
                       '{' + skus.join(u',').toUtf8() + '}', categoryIds, QByteArray::number(startDays),
                       endDays ? std::optional(QByteArray::number(*endDays)) : std::nullopt});
        EXPECT_TRUE(inserted.has_value()) << (inserted ? "" : inserted.error().error.message.toStdString());
        return inserted ? inserted->text(0, 0) : QString();
    }

    QJsonObject search(const QByteArray &query, int expectedStatus = 200)
    {
        const auto r = get("/api/v1/products/search?" + query);
        EXPECT_EQ(r.status, expectedStatus) << query.constData() << ": " << r.body.constData();
        return jsonOf(r);
    }
    QJsonObject searchFor(const QString &q, const QByteArray &more = {})
    {
        return search("q=" + encoded(q) + (more.isEmpty() ? QByteArray() : '&' + more));
    }

    static QList<qint64> ids(const QJsonObject &page)
    {
        QList<qint64> list;
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            list.append(item.toObject().value(QStringLiteral("id")).toString().toLongLong());
        return list;
    }
    static QSet<qint64> idSet(const QList<qint64> &list) { return QSet<qint64>(list.begin(), list.end()); }
    static QSet<qint64> top(const QJsonObject &page, qsizetype n)
    {
        return idSet(ids(page).first(std::min(n, ids(page).size())));
    }
    static qint64 total(const QJsonObject &page) { return page.value(QStringLiteral("total")).toInteger(); }
    static QHash<qint64, QJsonObject> byId(const QJsonObject &page)
    {
        QHash<qint64, QJsonObject> items;
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            items.insert(item.toObject().value(QStringLiteral("id")).toString().toLongLong(), item.toObject());
        return items;
    }
    // Follows next_cursor from the first page to the last; every id seen, in order.
    QList<qint64> walk(const QByteArray &path, int *pages = nullptr)
    {
        QList<qint64> seen;
        QByteArray cursor;
        int count = 0;
        for (; count < 50; ++count) {
            const auto r =
                get(path + (cursor.isEmpty() ? QByteArray() : "&cursor=" + encoded(QString::fromLatin1(cursor))));
            EXPECT_EQ(r.status, 200) << r.body.constData();
            const QJsonObject page = jsonOf(r);
            seen += ids(page);
            const QJsonValue next = page.value(QStringLiteral("next_cursor"));
            if (r.status != 200 || next.isNull())
                break;
            cursor = next.toString().toLatin1();
        }
        if (pages)
            *pages = count + 1;
        return seen;
    }

    std::unique_ptr<PgConnection> sql;
    QHash<qint64, QList<qint64>> paths;
    QHash<qint64, QString> names;
    qint64 home = 0, lighting = 0, lanterns = 0, candles = 0, kitchen = 0, mugs = 0, clothing = 0, tops = 0,
           hoodies = 0, tshirts = 0, accessories = 0, garden = 0, planters = 0;
    qint64 brassLantern = 0, hangingLanterns = 0, vintageLantern = 0, tinLantern = 0, pillarCandle = 0, teaLights = 0,
           readingLamp = 0, enamelMug = 0, stonewareMug = 0, giftSet = 0, kettle = 0, greyHoodie = 0, zipHoodie = 0,
           kidsHoodie = 0, tshirt = 0, breton = 0, beanie = 0, cardHolder = 0, plantPot = 0, basketPlanter = 0,
           solarLantern = 0, outdoorPlanter = 0, espressoCup = 0;
    static constexpr qint64 activeProducts = 19;
};

TEST_F(SearchTest, FindsAnExactWord)
{
    const QJsonObject page = searchFor(QStringLiteral("kettle"));
    ASSERT_FALSE(ids(page).isEmpty());
    EXPECT_EQ(ids(page).first(), kettle);
}

TEST_F(SearchTest, FindsStemmedWordsAndRanksTitlesAboveDescriptions)
{
    // "lanterns" and "lantern" share a stem; three titles say it, one description does.
    const QJsonObject page = searchFor(QStringLiteral("lanterns"));
    EXPECT_EQ(total(page), 4);
    EXPECT_EQ(top(page, 3), (QSet<qint64>{brassLantern, hangingLanterns, solarLantern}));
    EXPECT_EQ(ids(page).value(3), teaLights);
}

TEST_F(SearchTest, TreatsTheLastWordAsAPrefix)
{
    const QJsonObject page = searchFor(QStringLiteral("hoodi"));
    EXPECT_EQ(idSet(ids(page)), (QSet<qint64>{greyHoodie, zipHoodie})); // the kids' one is a draft
    EXPECT_EQ(total(page), 2);
}

TEST_F(SearchTest, RequiresEveryWord)
{
    const QJsonObject page = searchFor(QStringLiteral("cotton hoodie"));
    EXPECT_EQ(ids(page), QList<qint64>{greyHoodie});
}

TEST_F(SearchTest, ToleratesTypos)
{
    const QJsonObject hoodies = searchFor(QStringLiteral("hoddie"));
    EXPECT_EQ(top(hoodies, 2), (QSet<qint64>{greyHoodie, zipHoodie})) << QJsonDocument(hoodies).toJson().constData();
    EXPECT_FALSE(ids(hoodies).contains(kidsHoodie));
    const QJsonObject lanternsFound = searchFor(QStringLiteral("lantren"));
    EXPECT_EQ(top(lanternsFound, 3), (QSet<qint64>{brassLantern, hangingLanterns, solarLantern}));
    EXPECT_FALSE(ids(lanternsFound).contains(vintageLantern));
    EXPECT_FALSE(ids(lanternsFound).contains(tinLantern));
    // Each word must still match, spelt right in the document or misspelt in the title.
    EXPECT_EQ(ids(searchFor(QStringLiteral("cotton hoddie"))), QList<qint64>{greyHoodie});
    EXPECT_EQ(ids(searchFor(QStringLiteral("brass lantren"))), QList<qint64>{brassLantern});
}

TEST_F(SearchTest, ToleratesTyposInTitlesWrittenBehindTheServersBack)
{
    // Misspelt words are looked up among the words of every title, which a trigger keeps, whoever writes.
    ASSERT_TRUE(sql->exec("UPDATE products SET title = 'Marmalade Jar' WHERE id = $1", {QByteArray::number(enamelMug)}));
    const QJsonObject page = searchFor(QStringLiteral("marmelade"));
    EXPECT_EQ(ids(page), QList<qint64>{enamelMug}) << QJsonDocument(page).toJson().constData();
}

// Whole pages kept would answer before the facets are looked at: this looks at the facets alone.
class SearchFacetTest : public SearchTest {
protected:
    void configure(Server::ServerConfig &config) override { config.searchCacheSize = 0; }
};

TEST_F(SearchFacetTest, CountsAgainOnceTheCatalogChanges)
{
    ASSERT_EQ(total(searchFor(QStringLiteral("lanterns"))), 4);
    const auto facetHits = [&] { return counter(*server, "backroom_search_facet_cache_hits_total"); };
    // The fixture's products are announced through NOTIFY, and the cache stays off until its listener is
    // connected: only once both have happened is a repeated search answered from memory. Wait for that.
    qint64 hits = facetHits();
    for (QDeadlineTimer settled(10000); !settled.hasExpired(); QThread::msleep(20)) {
        hits = facetHits();
        ASSERT_EQ(total(searchFor(QStringLiteral("lanterns"))), 4);
        if (facetHits() == hits + 1)
            break;
    }
    EXPECT_EQ(facetHits(), hits + 1) << "the facets of a search are kept";
    product(u"Copper Lantern", u"Hammered copper.", lanterns, {{u"LAN-COPPER"_s, 2900}});
    // The new product's notification empties the kept facets soon, not at a known time.
    QDeadlineTimer deadline(10000);
    while (total(searchFor(QStringLiteral("lanterns"))) != 5 && !deadline.hasExpired())
        QThread::msleep(20);
    EXPECT_EQ(total(searchFor(QStringLiteral("lanterns"))), 5);
}

TEST_F(SearchTest, KeepsWholePagesUntilTheCatalogChanges)
{
    const QByteArray hits = "backroom_search_page_cache_hits_total";
    // As for the facets: the cache is on only once its listener hears changes and the fixture's own
    // notifications have arrived, so wait for a repeated search to be a hit.
    qint64 before = counter(*server, hits);
    for (QDeadlineTimer settled(10000); !settled.hasExpired(); QThread::msleep(20)) {
        before = counter(*server, hits);
        searchFor(QStringLiteral("mug"));
        if (counter(*server, hits) == before + 1)
            break;
    }
    const QJsonObject kept = searchFor(QStringLiteral("mug"));
    ASSERT_EQ(counter(*server, hits), before + 2) << "a repeated search is answered from memory";
    EXPECT_EQ(searchFor(QStringLiteral("mug"), "limit=3"), search("q=mug&limit=3")) << "the limit is part of the key";
    ASSERT_TRUE(ids(kept).contains(enamelMug));

    // A change written behind the server's back reaches every kept page through NOTIFY.
    const auto title = [&] {
        return byId(searchFor(QStringLiteral("mug"))).value(enamelMug)[QStringLiteral("title")].toString();
    };
    ASSERT_EQ(title(), QStringLiteral("Enamel Camping Mug"));
    ASSERT_TRUE(sql->exec("UPDATE products SET title = 'Enamel Hiking Mug' WHERE id = $1", {QByteArray::number(enamelMug)}));
    QDeadlineTimer deadline(10000);
    while (title() != QStringLiteral("Enamel Hiking Mug") && !deadline.hasExpired())
        QThread::msleep(20);
    EXPECT_EQ(title(), QStringLiteral("Enamel Hiking Mug"));
}

TEST_F(SearchTest, AKeptPageEndsWhenAPromotionOnItsItemsStarts)
{
    // Nothing is notified when a promotion's start time comes: the kept page must end by itself then.
    auto inserted = sql->exec("INSERT INTO promotions (name, kind, basis_points, skus, category_ids, starts_at) "
                              "VALUES ('Flash sale', 'percentage', 5000, '{LAN-BRASS}', '{}', now() + interval '3 seconds') "
                              "RETURNING extract(epoch FROM starts_at) * 1000");
    ASSERT_TRUE(inserted) << inserted.error().error.message.toStdString();
    const qint64 startsAtMs = qint64(inserted->text(0, 0).toDouble());
    const auto brassPrice = [&] {
        return byId(searchFor(QStringLiteral("brass"))).value(brassLantern)[QStringLiteral("effective_price")]
            .toObject()[QStringLiteral("amount")].toInteger();
    };
    const QByteArray hits = "backroom_search_page_cache_hits_total";
    qint64 before = counter(*server, hits);
    for (QDeadlineTimer settled(2500); !settled.hasExpired(); QThread::msleep(20)) {
        before = counter(*server, hits);
        ASSERT_EQ(brassPrice(), 2400);
        if (counter(*server, hits) == before + 1)
            break;
    }
    ASSERT_LT(QDateTime::currentMSecsSinceEpoch(), startsAtMs) << "the machine was too slow to see the page kept";
    EXPECT_EQ(counter(*server, hits), before + 1) << "the page before the sale is kept";
    while (QDateTime::currentMSecsSinceEpoch() <= startsAtMs + 50)
        QThread::msleep(20);
    EXPECT_EQ(brassPrice(), 1200) << "the sale's price shows as soon as it starts";
}

TEST_F(SearchTest, MatchesCategoryNamesBelowTitles)
{
    const QJsonObject clothes = searchFor(QStringLiteral("clothing"));
    EXPECT_EQ(idSet(ids(clothes)), (QSet<qint64>{greyHoodie, zipHoodie, tshirt, breton, beanie, cardHolder}));
    // Two titles say "planter"; the pot is found through its category's name and comes after them.
    const QJsonObject pots = searchFor(QStringLiteral("planters"));
    EXPECT_EQ(top(pots, 2), (QSet<qint64>{basketPlanter, outdoorPlanter}));
    EXPECT_EQ(ids(pots).value(2), plantPot);
    EXPECT_EQ(total(pots), 3);
}

TEST_F(SearchTest, NeverShowsDraftsOrArchivedProducts)
{
    const QSet<qint64> hidden{vintageLantern, tinLantern, giftSet, kidsHoodie};
    for (const QString &q : {QStringLiteral("vintage"), QStringLiteral("christmas"), QStringLiteral("kids"),
                             QStringLiteral("tin lantern"), QString()}) {
        const QJsonObject page = searchFor(q, "limit=100");
        EXPECT_TRUE((idSet(ids(page)) & hidden).isEmpty()) << q.toStdString();
    }
    const QJsonObject everything = search("limit=100");
    EXPECT_EQ(total(everything), activeProducts);
    EXPECT_EQ(ids(everything).size(), activeProducts);
    const auto listed = get("/api/v1/categories/" + QByteArray::number(lanterns) + "/products");
    EXPECT_EQ(idSet(ids(jsonOf(listed))), (QSet<qint64>{brassLantern, hangingLanterns}));
}

TEST_F(SearchTest, FiltersByCategorySubtree)
{
    const QJsonObject homeProducts = search("category=" + QByteArray::number(home) + "&limit=100");
    EXPECT_EQ(idSet(ids(homeProducts)), (QSet<qint64>{brassLantern, hangingLanterns, pillarCandle, teaLights,
                                                      readingLamp, enamelMug, stonewareMug, kettle, espressoCup}));
    const QJsonObject lit = searchFor(QStringLiteral("lantern"), "category=" + QByteArray::number(lighting));
    EXPECT_EQ(idSet(ids(lit)), (QSet<qint64>{brassLantern, hangingLanterns, teaLights})); // not the garden's
    EXPECT_TRUE(ids(search("category=" + QByteArray::number(tops) + "&q=mug")).isEmpty());
}

TEST_F(SearchTest, FiltersByPriceRangeWithOpenEnds)
{
    // Both bounds inclusive, in pounds; the product priced in euros takes no part.
    EXPECT_EQ(idSet(ids(search("price_range=8.50-12&limit=100"))), (QSet<qint64>{pillarCandle, enamelMug, plantPot}));
    EXPECT_EQ(ids(search("price_range=-5")), QList<qint64>{teaLights});
    EXPECT_EQ(ids(search("price_range=100-")), QList<qint64>{outdoorPlanter});
    EXPECT_EQ(total(search("price_range=10-25")), 8);
    EXPECT_EQ(idSet(ids(searchFor(QStringLiteral("lantern"), "price_range=25-40"))),
              (QSet<qint64>{hangingLanterns, solarLantern}));
}

TEST_F(SearchTest, SortsByPriceAndNewest)
{
    const auto prices = [&](const QJsonObject &page) {
        QList<qint64> amounts;
        for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
            amounts.append(item[QStringLiteral("price")][QStringLiteral("amount")].toInteger());
        return amounts;
    };
    const QJsonObject cheapest = search("sort=price&limit=100&price_range=0-10");
    EXPECT_EQ(ids(cheapest), (QList<qint64>{teaLights, pillarCandle}));
    const QList<qint64> up = prices(search("sort=price&limit=100"));
    EXPECT_TRUE(std::is_sorted(up.begin(), up.end()));
    const QList<qint64> down = prices(search("sort=-price&limit=100"));
    EXPECT_TRUE(std::is_sorted(down.rbegin(), down.rend()));
    EXPECT_EQ(down.first(), 12000);
    const QList<qint64> newest = ids(search("sort=newest&limit=100"));
    EXPECT_TRUE(std::is_sorted(newest.rbegin(), newest.rend()));
    EXPECT_EQ(newest.first(), espressoCup);
    // Without words relevance has nothing to rank by and lists newest first.
    EXPECT_EQ(ids(search("sort=relevance&limit=100")), newest);
}

TEST_F(SearchTest, PagingCoversEveryMatchExactlyOnce)
{
    for (const QByteArray sort : {"price", "-price", "newest"}) {
        int pages = 0;
        const QList<qint64> seen = walk("/api/v1/products/search?limit=5&sort=" + sort, &pages);
        EXPECT_EQ(seen.size(), activeProducts) << sort.constData();
        EXPECT_EQ(idSet(seen).size(), activeProducts) << sort.constData();
        EXPECT_EQ(pages, 4) << sort.constData(); // 5 + 5 + 5 + 4, and no empty page after the last
    }
    const QList<qint64> ranked = walk("/api/v1/products/search?q=lantern&limit=1");
    EXPECT_EQ(ranked, ids(searchFor(QStringLiteral("lantern"))));
    EXPECT_EQ(ranked.size(), 4);
    const QList<qint64> listed =
        walk("/api/v1/categories/" + QByteArray::number(home) + "/products?limit=2&sort=price");
    EXPECT_EQ(idSet(listed).size(), 9);
    EXPECT_EQ(listed.size(), 9);
}

TEST_F(SearchTest, CountsFacetsOverAllMatches)
{
    const auto categoryCounts = [](const QJsonObject &page) {
        QHash<QString, qint64> counts;
        for (const QJsonValue &c : page[QStringLiteral("facets")][QStringLiteral("categories")].toArray())
            counts.insert(c[QStringLiteral("name")].toString(), c[QStringLiteral("count")].toInteger());
        return counts;
    };
    const QJsonObject all = search("limit=1");
    EXPECT_EQ(total(all), activeProducts);
    EXPECT_EQ(categoryCounts(all),
              (QHash<QString, qint64>{
                  {QStringLiteral("Home"), 9}, {QStringLiteral("Clothing"), 6}, {QStringLiteral("Garden"), 4}}));
    EXPECT_EQ(all[QStringLiteral("facets")][QStringLiteral("categories")][0][QStringLiteral("id")].toString(),
              QString::number(home));
    // Buckets in pounds, lower bound inclusive; the euro-priced cup is in none.
    QList<QList<qint64>> buckets;
    for (const QJsonValue &b : all[QStringLiteral("facets")][QStringLiteral("price")].toArray())
        buckets.append({b[QStringLiteral("min")].toInteger(),
                        b[QStringLiteral("max")].isNull() ? -1 : b[QStringLiteral("max")].toInteger(),
                        b[QStringLiteral("count")].toInteger()});
    EXPECT_EQ(buckets,
              (QList<QList<qint64>>{{0, 5, 1}, {5, 10, 1}, {10, 25, 8}, {25, 50, 6}, {50, 100, 1}, {100, -1, 1}}));

    const QJsonObject inHome = search("category=" + QByteArray::number(home));
    EXPECT_EQ(categoryCounts(inHome),
              (QHash<QString, qint64>{{QStringLiteral("Lighting"), 5}, {QStringLiteral("Kitchen"), 4}}));
    const QJsonObject inLighting = search("category=" + QByteArray::number(lighting));
    EXPECT_EQ(total(inLighting), 5);
    EXPECT_EQ(categoryCounts(inLighting),
              (QHash<QString, qint64>{{QStringLiteral("Lanterns"), 2}, {QStringLiteral("Candles"), 2}}));
    const QJsonObject lanternMatches = searchFor(QStringLiteral("lantern"), "limit=1");
    EXPECT_EQ(categoryCounts(lanternMatches),
              (QHash<QString, qint64>{{QStringLiteral("Home"), 3}, {QStringLiteral("Garden"), 1}}));
}

TEST_F(SearchTest, ShowsEffectivePricesUnderActivePromotionsOnly)
{
    const QString lanternWeek = promotion(QStringLiteral("Lantern week"), "percentage", 2000, {}, {lanterns}, -1, 1);
    promotion(QStringLiteral("Old sale"), "percentage", 5000, {QStringLiteral("MUG-STONE")}, {}, -10, -1);
    promotion(QStringLiteral("Hoodie launch"), "percentage", 3000, {}, {hoodies}, 1, 10);
    const QString redMug = promotion(QStringLiteral("Red mug deal"), "fixed_amount", 200,
                                     {QStringLiteral("mug-enamel-red")}, {}, -1, std::nullopt);

    const auto items = byId(search("limit=100"));
    const auto money = [](qint64 amount) { return Domain::Money{amount, QStringLiteral("GBP")}.toJson(); };
    const QJsonObject brass = items.value(brassLantern);
    EXPECT_EQ(brass[QStringLiteral("price")].toObject(), money(2400));
    EXPECT_EQ(brass[QStringLiteral("effective_price")].toObject(), money(1920));
    EXPECT_EQ(
        brass[QStringLiteral("promotion")].toObject(),
        (QJsonObject{{QStringLiteral("id"), lanternWeek}, {QStringLiteral("name"), QStringLiteral("Lantern week")}}));
    EXPECT_EQ(items.value(hangingLanterns)[QStringLiteral("effective_price")].toObject(), money(3160));
    EXPECT_EQ(items.value(solarLantern)[QStringLiteral("effective_price")].toObject(), money(2700)); // not in Lanterns

    for (qint64 untouched : {stonewareMug, greyHoodie}) { // expired, and not started yet
        EXPECT_EQ(items.value(untouched)[QStringLiteral("effective_price")],
                  items.value(untouched)[QStringLiteral("price")]);
        EXPECT_TRUE(items.value(untouched)[QStringLiteral("promotion")].isNull());
    }
    // The cheapest variant after promotions wins: the red mug, which has no compare-at price.
    const QJsonObject mug = items.value(enamelMug);
    EXPECT_EQ(mug[QStringLiteral("effective_price")].toObject(), money(1000));
    EXPECT_EQ(mug[QStringLiteral("promotion")][QStringLiteral("id")].toString(), redMug);
    EXPECT_TRUE(mug[QStringLiteral("compare_at_price")].isNull());
}

TEST_F(SearchTest, ItemsCarryTheirShapeAndCompareAtPrice)
{
    const QJsonObject page = searchFor(QStringLiteral("enamel"));
    ASSERT_EQ(ids(page), QList<qint64>{enamelMug});
    const QJsonObject item = page[QStringLiteral("items")][0].toObject();
    EXPECT_EQ(item.keys(),
              (QStringList{QStringLiteral("category_id"), QStringLiteral("compare_at_price"),
                           QStringLiteral("effective_price"), QStringLiteral("id"), QStringLiteral("price"),
                           QStringLiteral("promotion"), QStringLiteral("title")}));
    EXPECT_EQ(item[QStringLiteral("title")].toString(), QStringLiteral("Enamel Camping Mug"));
    EXPECT_EQ(item[QStringLiteral("category_id")].toString(), QString::number(mugs));
    EXPECT_EQ(item[QStringLiteral("compare_at_price")].toObject(),
              (Domain::Money{1500, QStringLiteral("GBP")}.toJson()));
    EXPECT_TRUE(page[QStringLiteral("next_cursor")].isNull());

    const auto r = get("/api/v1/products/search?q=enamel");
    EXPECT_EQ(r.header("Cache-Control"), "public, max-age=30");
    ASSERT_FALSE(r.header("ETag").isEmpty());
    EXPECT_EQ(get("/api/v1/products/search?q=enamel", {}, {{"If-None-Match", r.header("ETag")}}).status, 304);
    const auto listed = get("/api/v1/categories/" + QByteArray::number(mugs) + "/products");
    EXPECT_EQ(listed.header("Cache-Control"), "public, max-age=30");
    EXPECT_FALSE(jsonOf(listed).contains(QStringLiteral("facets")));
}

TEST_F(SearchTest, RefusesBadParametersNamingThem)
{
    const QByteArray priceCursor = search("sort=price&limit=1")[QStringLiteral("next_cursor")].toString().toLatin1();
    ASSERT_FALSE(priceCursor.isEmpty());
    const QList<QPair<QByteArray, QString>> cases{
        {"price_range=abc", QStringLiteral("price_range")},
        {"price_range=50-10", QStringLiteral("price_range")},
        {"price_range=-", QStringLiteral("price_range")},
        {"price_range=1.999-2", QStringLiteral("price_range")},
        {"sort=cheapest", QStringLiteral("sort")},
        {"limit=0", QStringLiteral("limit")},
        {"limit=101", QStringLiteral("limit")},
        {"limit=ten", QStringLiteral("limit")},
        {"cursor=not-a-cursor", QStringLiteral("cursor")},
        {"sort=newest&cursor=" + priceCursor, QStringLiteral("cursor")},
        {"q=" + QByteArray(201, 'a'), QStringLiteral("q")},
        {"category=lanterns", QStringLiteral("category")},
        {"category=-3", QStringLiteral("category")},
    };
    for (const auto &[query, field] : cases) {
        const auto r = get("/api/v1/products/search?" + query);
        EXPECT_EQ(r.status, 422) << query.constData();
        EXPECT_EQ(firstErrorField(r), field) << query.constData();
        EXPECT_TRUE(r.header("Content-Type").startsWith("application/problem+json")) << query.constData();
    }
    EXPECT_EQ(get("/api/v1/products/search?q=" + QByteArray(200, 'a')).status, 200);
    EXPECT_EQ(get("/api/v1/categories/999999/products").status, 404);
    EXPECT_EQ(get("/api/v1/categories/abc/products").status, 404);
    EXPECT_EQ(get("/api/v1/categories/" + QByteArray::number(home) + "/products?limit=0").status, 422);
}

TEST_F(SearchTest, InjectionLookingTextIsOnlyWords)
{
    for (const QString &q : {QStringLiteral("'; DROP TABLE products; --"), QStringLiteral("lantern' OR 1=1 --"),
                             QStringLiteral("lantern & !hoodie | (mug:*"), QStringLiteral("<-> <2> ((("),
                             QStringLiteral("lamp%' OR '%'='"), QStringLiteral("lantern:*A")}) {
        const QJsonObject page = searchFor(q, "limit=100");
        EXPECT_LT(total(page), activeProducts) << q.toStdString();
    }
    EXPECT_EQ(total(search("")), activeProducts); // the table is still there, whole
    // Punctuation only leaves no words: nothing to match on, so everything is listed.
    EXPECT_EQ(total(searchFor(QStringLiteral("!!! ???"))), activeProducts);
    EXPECT_EQ(total(searchFor(QStringLiteral("\\'\\\\:*&|"))), activeProducts);
}

TEST(SearchText, KeepsOnlyWordsAndMakesTheLastAPrefix)
{
    EXPECT_EQ(SearchText::from(u"Grey  hoodi").tsquery(), QStringLiteral("'grey' & 'hoodi':*"));
    EXPECT_EQ(SearchText::from(u"Grey  hoddi").tsquery({{}, {QStringLiteral("hoodie"), QStringLiteral("hoodies")}}),
              QStringLiteral("'grey' & ('hoddi':* | 'hoodie' | 'hoodies')"));
    EXPECT_EQ(SearchText::from(u"it's a:* 'x' & y|z").words,
              (QStringList{u"it"_s, u"s"_s, u"a"_s, u"x"_s, u"y"_s, u"z"_s}));
    EXPECT_EQ(SearchText::from(u"t-shirt x").tsquery(), QStringLiteral("'t' & 'shirt' & 'x'"));
    EXPECT_EQ(SearchText::from(u"Crème brûlée").trigramText(), QStringLiteral("crème brûlée"));
    EXPECT_TRUE(SearchText::from(u"'\\:*&|!()<>").isEmpty());
}

TEST(SearchCursor, RoundTripsAndBelongsToOneSort)
{
    const SearchPosition position{0, 1299, 57};
    const QString cursor = encodeSearchCursor(SearchSort::Price, position);
    auto decoded = decodeSearchCursor(cursor, SearchSort::Price);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded->price, 1299);
    EXPECT_EQ(decoded->id, 57);
    EXPECT_FALSE(decodeSearchCursor(cursor, SearchSort::PriceDescending).has_value());
    EXPECT_FALSE(decodeSearchCursor(u"", SearchSort::Newest).has_value());
    SearchPosition deep;
    deep.offset = SearchRequest::maxRelevanceOffset + 1;
    EXPECT_FALSE(
        decodeSearchCursor(encodeSearchCursor(SearchSort::Relevance, deep), SearchSort::Relevance).has_value());
}
