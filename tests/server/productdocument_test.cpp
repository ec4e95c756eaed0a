// SPDX-License-Identifier: MIT
// The stored product documents (migration 0013) behind the storefront's uncached GET /api/v1/products/{id}:
// after every kind of write, whoever makes it, the read from the document answers exactly what the read
// from the tables answers.
#include "server/catalog/catalogservice.h"
#include "server/catalog/productdocument.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"
#include "tests/support/sampleimages.h"

#include <QDeadlineTimer>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;
namespace Samples = Backroom::Test::SampleImages;

namespace {
QJsonObject gbp(qint64 amount)
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QStringLiteral("GBP")}};
}

QJsonObject variant(const QString &sku, qint64 amount, const QString &size)
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("price"), gbp(amount)},
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("size"), size}}}};
}

QString idOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("id")).toString();
}

// What the product's ETag takes of its prices, read from the JSON the product is answered with.
QByteArray pricesDigest(const QJsonObject &json)
{
    CompactJson::PriceDigest prices;
    for (const QJsonValue &v : json.value(QStringLiteral("variants")).toArray()) {
        const QJsonObject price = v.toObject().value(QStringLiteral("effective_price")).toObject();
        prices.add(price.value(QStringLiteral("amount")).toInteger(),
                   price.value(QStringLiteral("currency")).toString(),
                   v.toObject().value(QStringLiteral("promotion")).toObject().value(QStringLiteral("id")).toString());
    }
    return prices.hex();
}

// toCompactJson against Qt's writer over toJson: the same bytes, the same ETag input.
void expectCompactJsonAsQtWritesIt(const StoredProduct &product, const QList<Domain::Promotion> &promotions,
                                   const QDateTime &at)
{
    const QJsonObject json = product.toJson(promotions, at);
    CompactJson::PriceDigest prices;
    EXPECT_EQ(product.toCompactJson(promotions, at, &prices), QJsonDocument(json).toJson(QJsonDocument::Compact));
    EXPECT_EQ(prices.hex(), pricesDigest(json));
}
} // namespace

TEST(PriceDigest, TellsAProductsPriceStatesApartAndIsTheSameInEveryProcess)
{
    const auto digest = [](qint64 amount, const char *currency, const char *promotion) {
        CompactJson::PriceDigest d;
        d.add(amount, QString::fromLatin1(currency), QString::fromLatin1(promotion));
        return d.hex();
    };
    // A fixed value: instances behind one balancer must give one tag, so nothing may seed it per process.
    EXPECT_EQ(digest(1299, "GBP", ""), digest(1299, "GBP", ""));
    EXPECT_EQ(digest(1299, "GBP", "").size(), 12);
    EXPECT_EQ(CompactJson::PriceDigest().hex(), "cbf29ce48422") << "FNV-1a's offset basis, untouched";
    EXPECT_NE(digest(1299, "GBP", ""), digest(1199, "GBP", ""));
    EXPECT_NE(digest(1299, "GBP", ""), digest(1299, "EUR", ""));
    EXPECT_NE(digest(1299, "GBP", ""), digest(1299, "GBP", "7"));
    EXPECT_NE(digest(1299, "GBP", "17"), digest(1299, "GBP", "71"));
    // Where one text ends and the next begins counts.
    EXPECT_NE(digest(1299, "GBP7", ""), digest(1299, "GBP", "7"));
}

TEST(ProductJson, IsWrittenExactlyAsQtWritesIt)
{
    StoredProduct p;
    p.id = 9007199254740993; // above 2^53: a double would lose it
    QString awkward;
    for (char16_t c = 1; c < 0x80; ++c)
        awkward += QChar(c);
    awkward += QStringLiteral("\u00e9\u00df\u20ac\u2028\uffff") + QString::fromUcs4(U"\U0001F375\U00010000");
    p.product.title = awkward;
    p.product.description = QStringLiteral("line\nnext \"quoted\" back\\slash\ttab");
    p.product.specifications = {{QStringLiteral("zeta"), QStringLiteral("z")},
                                {QStringLiteral("Alpha"), awkward},
                                {QStringLiteral("\u00e9t\u00e9"), QStringLiteral("summer")},
                                {QString::fromUcs4(U"\U0001F375"), QStringLiteral("tea")},
                                {QStringLiteral("\uff21"), QStringLiteral("fullwidth")},
                                {QString(), QStringLiteral("empty key")}};
    p.product.status = Domain::ProductStatus::Active;
    p.product.primaryCategoryId = QStringLiteral("12");
    p.categoryPath = {3, 12};
    p.vendorId = 77;
    p.version = 42;
    p.createdAt = QStringLiteral("2024-01-02T03:04:05Z");
    p.updatedAt = QStringLiteral("2024-02-03T04:05:06Z");
    Domain::Variant a;
    a.sku = QStringLiteral("MUG-S");
    a.options = {{QStringLiteral("size"), QStringLiteral("S")}, {QStringLiteral("colour"), awkward}};
    a.barcode = QStringLiteral("4006381333931");
    a.price = {1200, QStringLiteral("GBP")};
    a.compareAtPrice = Domain::Money{9007199254740993, QStringLiteral("GBP")};
    Domain::Variant b;
    b.sku = QStringLiteral("MUG-L");
    b.price = {0, QStringLiteral("GBP")};
    p.product.variants = {a, b};
    p.images = {{5, QString(64, u'a'), "image/png", 3, 2, 1234, 0}, {6, QString(64, u'b'), "image/webp", 1, 1, 99, 1}};
    const QDateTime at = QDateTime::fromString(QStringLiteral("2025-06-07T08:09:10.123Z"), Qt::ISODateWithMs);

    expectCompactJsonAsQtWritesIt(p, {}, at);
    Domain::Promotion byCategory;
    byCategory.id = QStringLiteral("8");
    byCategory.name = QStringLiteral("Half \"off\" \u00e9");
    byCategory.basisPoints = 5000;
    byCategory.categoryIds = {QStringLiteral("3")};
    byCategory.startsAt = at.addDays(-1);
    expectCompactJsonAsQtWritesIt(p, {byCategory}, at);

    StoredProduct bare; // nothing optional, no variants, no images
    bare.id = 1;
    expectCompactJsonAsQtWritesIt(bare, {}, at);
}

TEST(ProductDocument, RefusesTextOfAnotherShape)
{
    for (const char *text :
         {"", "[", "{}", "[1, \"t\"]", "[1, \"t\", \"d\", {}, \"active\", null, null, [], 1, \"c\", \"u\", [], []",
          "[1, \"t\", \"d\", {}, \"active\", null, null, [], 1, \"c\", \"u\", [[\"S\", {}]], []]",
          "[1, \"t\", \"d\", {\"k\" 1}, \"active\", null, null, [], 1, \"c\", \"u\", [], []]",
          "[1, \"unterminated, \"d\", {}, \"active\", null, null, [], 1, \"c\", \"u\", [], []]",
          "[1, \"t\", \"d\", {}, \"active\", null, null, [], 1, \"c\", \"u\", [], []] trailing"})
        EXPECT_FALSE(ProductDocument::parse(text).has_value()) << text;

    auto minimal = ProductDocument::parse("[7, \"t\", null, {}, \"bogus\", null, null, [], 3, \"c\", \"u\", [], []]");
    ASSERT_TRUE(minimal.has_value());
    EXPECT_EQ(minimal->id(), 7);
    EXPECT_EQ(minimal->version(), 3);
    EXPECT_EQ(minimal->status(), Domain::ProductStatus::Draft) << "an unknown status reads as the tables' read does";
}

class ProductDocuments : public ApiTest {
protected:
    void configure(ServerConfig &config) override
    {
        ASSERT_TRUE(dataDir.isValid());
        config.dataDir = dataDir.path();
        config.productCacheSize = 0; // every storefront read goes to the document
    }
    void SetUp() override
    {
        ApiTest::SetUp();
        if (HasFatalFailure())
            return;
        createStaff(QStringLiteral("merch@shop.test"), {QStringLiteral("merchandiser")});
        merch = signIn(QStringLiteral("merch@shop.test"), QStringLiteral("staff secret 1"));
        database = std::make_unique<Database>(db.conninfo());
        catalog = std::make_unique<CatalogService>(*database);
    }
    void TearDown() override
    {
        catalog.reset();
        database.reset();
        ApiTest::TearDown();
    }
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
    QList<qint64> productIds()
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec("SELECT id FROM products ORDER BY id");
        EXPECT_TRUE(rows.has_value());
        QList<qint64> ids;
        for (int i = 0; rows && i < rows->rows(); ++i)
            ids.append(rows->toInt64(i, 0));
        return ids;
    }
    qint64 scalar(const QByteArray &statement)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(statement);
        EXPECT_TRUE(rows.has_value());
        return rows ? rows->toInt64(0, 0) : -1;
    }
    // Every product read through its document (the storefront's read) against the read from the tables
    // (the writers'), with the promotions of each, at a time before and one after the promotions start.
    void expectDocumentsMatchTables(const char *after)
    {
        SCOPED_TRACE(after);
        EXPECT_EQ(scalar("SELECT count(*) FROM products p FULL JOIN product_documents d ON d.product_id = p.id "
                         "WHERE p.id IS NULL OR d.product_id IS NULL"),
                  0)
            << "one document per product";
        for (const QDateTime &at : {QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addDays(10)}) {
            for (qint64 id : productIds()) {
                auto fast = catalog->pricedProduct(id, at);
                auto slow = catalog->product(id);
                ASSERT_TRUE(fast.has_value()) << "product " << id << ": " << fast.error().message.toStdString();
                ASSERT_TRUE(slow.has_value());
                auto promotions = catalog->promotionsFor(*slow, at);
                ASSERT_TRUE(promotions.has_value());
                const QJsonObject json = slow->toJson(*promotions, at);
                CompactJson::PriceDigest prices;
                EXPECT_EQ(fast->document.render(fast->promotions, at, &prices),
                          QJsonDocument(json).toJson(QJsonDocument::Compact))
                    << "product " << id;
                EXPECT_EQ(prices.hex(), pricesDigest(json)) << "product " << id;
                EXPECT_EQ(fast->document.version(), slow->version);
                EXPECT_EQ(fast->document.status(), slow->product.status);
                expectCompactJsonAsQtWritesIt(slow.value(), *promotions, at);
                EXPECT_TRUE(Domain::nextPromotionChange(fast->promotions, at) == Domain::nextPromotionChange(*promotions, at))
                    << "product " << id;
                ++compared;
            }
        }
    }
    QString create(const QJsonObject &body)
    {
        const auto r = send("POST", "/api/v1/products", merch, body);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return idOf(r);
    }
    QString createCategory(const QString &name, const QJsonValue &parent = QJsonValue())
    {
        QJsonObject body{{QStringLiteral("name"), name}};
        if (!parent.isNull())
            body.insert(QStringLiteral("parent_id"), parent);
        const auto r = send("POST", "/api/v1/categories", merch, body);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return idOf(r);
    }
    QByteArray etagOf(const QByteArray &path) { return get(path, merch).header("ETag"); }
    void waitForJob(const RawHttp::Response &started)
    {
        ASSERT_EQ(started.status, 202) << started.body.constData();
        QDeadlineTimer guard(120000);
        while (!guard.hasExpired()) {
            const QString status =
                jsonOf(get("/api/v1/jobs/" + idOf(started).toLatin1(), merch)).value(QStringLiteral("status")).toString();
            if (status == u"succeeded")
                return;
            ASSERT_NE(status, u"failed");
            QThread::msleep(20);
        }
        FAIL() << "the job did not finish";
    }

    QTemporaryDir dataDir;
    QByteArray merch;
    std::unique_ptr<Database> database;
    std::unique_ptr<CatalogService> catalog;
    int compared = 0;
};

TEST_F(ProductDocuments, FollowEveryKindOfWrite)
{
    const QString top = createCategory(QStringLiteral("Kitchen"));
    const QString below = createCategory(QStringLiteral("Mugs"), top);
    const QString elsewhere = createCategory(QStringLiteral("Garden"));
    const QString mug = create(
        {{QStringLiteral("title"), QStringLiteral("Enamel mug \"blue\" \u00e9t\u00e9 \U0001F375")},
         {QStringLiteral("description"), QStringLiteral("Line one\nline two\ttab")},
         {QStringLiteral("status"), QStringLiteral("active")},
         {QStringLiteral("primary_category_id"), below},
         {QStringLiteral("specifications"), QJsonObject{{QStringLiteral("material"), QStringLiteral("enamel")},
                                                        {QStringLiteral("Zeta"), QStringLiteral("last")}}},
         {QStringLiteral("variants"), QJsonArray{variant(QStringLiteral("MUG-S"), 1200, QStringLiteral("S")),
                                                 variant(QStringLiteral("MUG-L"), 1500, QStringLiteral("L"))}}});
    const QString plate = create({{QStringLiteral("title"), QStringLiteral("Plate")},
                                  {QStringLiteral("status"), QStringLiteral("active")},
                                  {QStringLiteral("sku"), QStringLiteral("PLATE-1")},
                                  {QStringLiteral("barcode"), QStringLiteral("4006381333931")},
                                  {QStringLiteral("price"), gbp(800)},
                                  {QStringLiteral("compare_at_price"), gbp(1000)}});
    const QByteArray mugPath = "/api/v1/products/" + mug.toLatin1();
    const QByteArray platePath = "/api/v1/products/" + plate.toLatin1();
    expectDocumentsMatchTables("create");

    // Promotions, by SKU (any case) and by an ancestor category, one now and one that starts later.
    const auto promote = [&](const QJsonObject &extra) {
        QJsonObject body{{QStringLiteral("kind"), QStringLiteral("percentage")}, {QStringLiteral("basis_points"), 1000}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            body.insert(it.key(), it.value());
        const auto r = send("POST", "/api/v1/promotions", merch, body);
        ASSERT_EQ(r.status, 201) << r.body.constData();
    };
    promote({{QStringLiteral("name"), QStringLiteral("Mugs now")},
             {QStringLiteral("skus"), QJsonArray{QStringLiteral("mug-l")}},
             {QStringLiteral("starts_at"), QStringLiteral("2020-01-01T00:00:00Z")}});
    promote({{QStringLiteral("name"), QStringLiteral("Kitchen later")},
             {QStringLiteral("basis_points"), 2500},
             {QStringLiteral("category_ids"), QJsonArray{top}},
             {QStringLiteral("starts_at"), QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate)}});
    expectDocumentsMatchTables("promotions");

    const auto patched = send("PATCH", mugPath, merch, QJsonObject{{QStringLiteral("title"), QStringLiteral("Tin mug")}},
                              {{"If-Match", etagOf(mugPath)}});
    ASSERT_EQ(patched.status, 200) << patched.body.constData();
    expectDocumentsMatchTables("patch");
    // The storefront's read and the writer's answer: the same ETag, the same body but for when it was priced.
    const auto read = get(mugPath);
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.header("ETag"), patched.header("ETag"));
    QJsonObject readBody = jsonOf(read), patchedBody = jsonOf(patched);
    readBody.remove(QStringLiteral("price_at"));
    patchedBody.remove(QStringLiteral("price_at"));
    EXPECT_EQ(readBody, patchedBody);

    const QJsonObject replacement{
        {QStringLiteral("title"), QStringLiteral("Tin mug")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("primary_category_id"), below},
        {QStringLiteral("variants"), QJsonArray{variant(QStringLiteral("MUG-M"), 1300, QStringLiteral("M")),
                                                variant(QStringLiteral("MUG-L"), 1600, QStringLiteral("L")),
                                                variant(QStringLiteral("MUG-XL"), 1700, QStringLiteral("XL"))}}};
    const auto replaced = send("PUT", mugPath, merch, replacement, {{"If-Match", etagOf(mugPath)}});
    ASSERT_EQ(replaced.status, 200) << replaced.body.constData();
    expectDocumentsMatchTables("put with other variants");

    ASSERT_EQ(send("PATCH", platePath, merch, QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}},
                   {{"If-Match", etagOf(platePath)}})
                  .status,
              200);
    expectDocumentsMatchTables("archive");

    // Images: added, reordered, removed.
    const auto upload = [&](const QByteArray &bytes) {
        const auto r = RawHttp::request(server->port(), "POST", mugPath + "/images", bytes,
                                        {{"Authorization", "Bearer " + merch}});
        EXPECT_TRUE(r.has_value());
        EXPECT_EQ(r ? r->status : 0, 201) << (r ? r->body.constData() : "");
        return r ? idOf(*r) : QString();
    };
    const QString png = upload(Samples::png3x2());
    const QString jpeg = upload(Samples::jpeg3x2());
    expectDocumentsMatchTables("image upload");
    ASSERT_EQ(send("PUT", mugPath + "/images/order", merch, QJsonObject{{QStringLiteral("order"), QJsonArray{jpeg, png}}})
                  .status,
              200);
    expectDocumentsMatchTables("image reorder");
    ASSERT_EQ(send("DELETE", mugPath + "/images/" + png.toLatin1(), merch).status, 200);
    expectDocumentsMatchTables("image removal");

    // The tree: a move changes the paths of the products below; a rename changes their search text.
    const auto category = get("/api/v1/categories/" + top.toLatin1(), merch);
    const auto moved = send("PATCH", "/api/v1/categories/" + top.toLatin1(), merch,
                            QJsonObject{{QStringLiteral("parent_id"), elsewhere}}, {{"If-Match", category.header("ETag")}});
    ASSERT_EQ(moved.status, 200) << moved.body.constData();
    ASSERT_EQ(scalar("SELECT cardinality(category_path) FROM product_documents WHERE product_id = " + mug.toLatin1()), 3);
    expectDocumentsMatchTables("category move");
    const auto renamed = send("PATCH", "/api/v1/categories/" + below.toLatin1(), merch,
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("Cups")}},
                              {{"If-Match", get("/api/v1/categories/" + below.toLatin1(), merch).header("ETag")}});
    ASSERT_EQ(renamed.status, 200) << renamed.body.constData();
    expectDocumentsMatchTables("category rename");

    // Jobs: a bulk price change and a CSV import (new products and an update of one).
    waitForJob(send("POST", "/api/v1/products/bulk", merch,
                    QJsonObject{{QStringLiteral("selection"), QJsonObject{{QStringLiteral("ids"), QJsonArray{mug, plate}}}},
                                {QStringLiteral("change"),
                                 QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("percent"), -10}}}}}}));
    expectDocumentsMatchTables("bulk price change");
    const QByteArray csv =
        "product_id,product_key,title,description,status,category_id,specifications,sku,options,barcode,price,"
        "compare_at_price,currency\r\n"
        ",,Imported bowl,,active,,,BOWL-1,,,4.50,,GBP\r\n"
        ",,Imported jug,,draft,,,JUG-1,,,7.25,,GBP\r\n";
    const auto imported = RawHttp::request(server->port(), "POST", "/api/v1/products/import", csv,
                                           {{"Content-Type", "text/csv"}, {"Authorization", "Bearer " + merch}});
    ASSERT_TRUE(imported.has_value());
    waitForJob(*imported);
    ASSERT_EQ(scalar("SELECT count(*) FROM products"), 4);
    expectDocumentsMatchTables("csv import");

    // Plain SQL, past the server: every writer is caught.
    sql("UPDATE variants SET price_amount = price_amount + 1 WHERE product_id = $1", {mug.toLatin1()});
    expectDocumentsMatchTables("sql variant update");
    sql("UPDATE variants SET product_id = $1, position = 7 WHERE sku = 'MUG-XL'", {plate.toLatin1()});
    expectDocumentsMatchTables("sql variant moved to another product");
    sql("DELETE FROM variants WHERE sku = 'MUG-M'");
    expectDocumentsMatchTables("sql variant delete");
    sql("INSERT INTO products (title, status) VALUES ('Made in SQL', 'active')");
    expectDocumentsMatchTables("sql product insert");
    // Every control character, quotes, backslashes, text beyond the BMP, a value that is not a string, and
    // keys whose jsonb order (length first) is not QJsonObject's: the document's own escaping and order
    // must come out as Qt writes them.
    QString awkward;
    for (char16_t c = 1; c < 0x80; ++c)
        awkward += QChar(c);
    awkward += QStringLiteral("\u00e9\u00df\u20ac\u2028\uffff") + QString::fromUcs4(U"\U0001F375\U00010000");
    const QJsonObject awkwardMap{{QStringLiteral("zeta"), QStringLiteral("z")},
                                 {QStringLiteral("Alpha"), awkward},
                                 {QStringLiteral("\u00e9t\u00e9"), QStringLiteral("summer")},
                                 {QString::fromUcs4(U"\U0001F375"), QStringLiteral("tea")},
                                 {QStringLiteral("\uff21"), QStringLiteral("fullwidth")},
                                 {QStringLiteral("a\"b\\c\n"), 12},
                                 {QStringLiteral("q!x"), QStringLiteral("escaped keys are ordered by what they say")},
                                 {QStringLiteral("q\""), QStringLiteral("quote")},
                                 {QStringLiteral("q#"), QStringLiteral("hash")},
                                 {QStringLiteral("k"), QStringLiteral("a prefix")},
                                 {QStringLiteral("k k"), QStringLiteral("after its prefix")},
                                 {QString(), QStringLiteral("empty key")}};
    const QByteArray awkwardJson = QJsonDocument(awkwardMap).toJson(QJsonDocument::Compact);
    sql("WITH p AS (INSERT INTO products (title, description, status, specifications) "
        "VALUES (left($1, 200), $1, 'active', $2::jsonb) RETURNING id) "
        "INSERT INTO variants (product_id, position, sku, options, barcode, price_amount, currency, compare_at_amount) "
        "SELECT id, 0, 'ODD.1_x-Y', $2::jsonb, '12345678', 9007199254740993, 'EUR', NULL FROM p",
        {awkward.toUtf8(), awkwardJson});
    expectDocumentsMatchTables("sql product with awkward text");
    sql("UPDATE products SET specifications = '{\"a\": \"1\"}', vendor_id = NULL, title = 'Renamed in SQL'");
    expectDocumentsMatchTables("sql update of every product");
    sql("DELETE FROM products WHERE id = $1", {plate.toLatin1()});
    expectDocumentsMatchTables("sql product delete");
    EXPECT_EQ(get(platePath, merch).status, 404);
    sql("TRUNCATE product_images");
    expectDocumentsMatchTables("truncate images");
    EXPECT_GE(compared, 40) << "the comparisons ran";
}

TEST_F(ProductDocuments, AreWhatTheStorefrontReads)
{
    const QString id = create({{QStringLiteral("title"), QStringLiteral("Enamel mug")},
                               {QStringLiteral("status"), QStringLiteral("active")},
                               {QStringLiteral("sku"), QStringLiteral("MUG-1")},
                               {QStringLiteral("price"), gbp(1200)}});
    const QByteArray path = "/api/v1/products/" + id.toLatin1();
    ASSERT_EQ(get(path).status, 200);
    // A document that says something else than the tables shows: the storefront answers from the document.
    sql("UPDATE product_documents SET document = jsonb_set(document::jsonb, '{1}', '\"From the document\"')::text");
    const auto read = get(path);
    ASSERT_EQ(read.status, 200) << read.body.constData();
    EXPECT_EQ(jsonOf(read).value(QStringLiteral("title")).toString(), QStringLiteral("From the document"));
    sql("DELETE FROM product_documents");
    EXPECT_EQ(get(path).status, 404);
}
