// SPDX-License-Identifier: MIT
// Background jobs: bulk product changes, the product CSV import and export, progress, visibility, restarts.
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"

#include <QDeadlineTimer>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const QByteArray header =
    "product_id,product_key,title,description,status,category_id,specifications,sku,options,barcode,price,"
    "compare_at_price,currency\r\n";

QJsonObject price(qint64 amount, const char *currency = "GBP")
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), QString::fromLatin1(currency)}};
}

QString idOf(const RawHttp::Response &r)
{
    return jsonOf(r).value(QStringLiteral("id")).toString();
}

// Rows for single-variant products: "<i>,...,SKU-<i>" priced 10.00.
QByteArray simpleRows(int count, const QByteArray &prefix = "P")
{
    QByteArray rows;
    for (int i = 1; i <= count; ++i)
        rows += ",," + prefix + " product " + QByteArray::number(i) + ",,active,,," + prefix + "-" + QByteArray::number(i)
            + ",,,10.00,,GBP\r\n";
    return rows;
}
} // namespace

class Jobs : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("merch@shop.test"), {QStringLiteral("merchandiser")});
        merch = signIn(QStringLiteral("merch@shop.test"), QStringLiteral("staff secret 1"));
    }
    RawHttp::Response postCsv(const QByteArray &csv, bool dryRun = false, const QByteArray &contentType = "text/csv")
    {
        auto r = RawHttp::request(server->port(), "POST",
                                  dryRun ? "/api/v1/products/import?dry_run=true" : "/api/v1/products/import", csv,
                                  {{"Content-Type", contentType}, {"Authorization", "Bearer " + merch}});
        EXPECT_TRUE(r.has_value());
        return r.value_or(RawHttp::Response{});
    }
    // Polls the job until it finished; the deadline only keeps a broken job from hanging the run.
    QJsonObject finished(const QString &id, const QByteArray &token = {})
    {
        QDeadlineTimer guard(120000);
        while (!guard.hasExpired()) {
            const QJsonObject job = jsonOf(get("/api/v1/jobs/" + id.toLatin1(), token.isEmpty() ? merch : token));
            const QString status = job.value(QStringLiteral("status")).toString();
            if (status == u"succeeded" || status == u"failed")
                return job;
            QThread::msleep(20);
        }
        ADD_FAILURE() << "job " << id.toStdString() << " did not finish";
        return {};
    }
    QJsonObject importJob(const QByteArray &csv, bool dryRun = false)
    {
        const auto r = postCsv(csv, dryRun);
        EXPECT_EQ(r.status, 202) << r.body.constData();
        EXPECT_EQ(r.header("Location"), "/api/v1/jobs/" + idOf(r).toLatin1());
        return finished(idOf(r));
    }
    QJsonObject bulk(const QJsonObject &body, int expectedStatus = 202)
    {
        const auto r = send("POST", "/api/v1/products/bulk", merch, body);
        EXPECT_EQ(r.status, expectedStatus) << r.body.constData();
        if (r.status != 202)
            return jsonOf(r);
        return finished(idOf(r));
    }
    QString product(const QJsonObject &body)
    {
        const auto r = send("POST", "/api/v1/products", merch, body);
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return idOf(r);
    }
    QString mug(const QString &sku, qint64 amount, const QString &status = QStringLiteral("active"),
                std::optional<qint64> compareAt = std::nullopt)
    {
        QJsonObject body{{QStringLiteral("title"), QStringLiteral("Mug ") + sku},
                         {QStringLiteral("sku"), sku},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("price"), price(amount)}};
        if (compareAt)
            body.insert(QStringLiteral("compare_at_price"), price(*compareAt));
        return product(body);
    }
    QString category(const QString &name)
    {
        const auto r = send("POST", "/api/v1/categories", merch, QJsonObject{{QStringLiteral("name"), name}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return idOf(r);
    }
    qint64 scalar(const QByteArray &sql, const PgParams &params = {})
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql, params);
        EXPECT_TRUE(rows.has_value()) << (rows ? "" : rows.error().serverMessage.toStdString());
        return rows && rows->rows() ? rows->toInt64(0, 0) : -1;
    }
    qint64 priceOf(const QString &sku)
    {
        return scalar("SELECT price_amount FROM variants WHERE sku = $1", {sku.toUtf8()});
    }
    static QJsonArray rejectedOf(const QJsonObject &job)
    {
        return job.value(QStringLiteral("result")).toObject().value(QStringLiteral("rejected")).toArray();
    }
    static QJsonObject ids(const QStringList &list)
    {
        return {{QStringLiteral("ids"), QJsonArray::fromStringList(list)}};
    }
    QByteArray merch;
};

TEST_F(Jobs, ImportCreatesProductsAndImportingAgainChangesNothing)
{
    const QString shelf = category(QStringLiteral("Kitchen"));
    const QByteArray csv = header
        + ",mug,Enamel mug,\"A mug,\nfor camp coffee\",active," + shelf.toLatin1()
        + ",Material=Steel; Care=Hand wash,MUG-S,Size=S,,8.50,,GBP\r\n"
          ",mug,Enamel mug,\"A mug,\nfor camp coffee\",active," + shelf.toLatin1()
        + ",Material=Steel; Care=Hand wash,MUG-L,Size=L,,9.99,12.00,GBP\r\n"
          ",,Tea towel,,draft,,Note=a\\=b\\; c,TOWEL-1,,4006381333931,3.5,,GBP\r\n";
    const QJsonObject first = importJob(csv);
    ASSERT_EQ(first.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << QJsonDocument(first).toJson().constData();
    EXPECT_EQ(first.value(QStringLiteral("kind")).toString(), QStringLiteral("product_import"));
    const QJsonObject result = first.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("rows")).toInt(), 3);
    EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 2);
    EXPECT_EQ(result.value(QStringLiteral("rejected_total")).toInt(), 0);
    EXPECT_EQ(first.value(QStringLiteral("progress")).toObject(), (QJsonObject{{QStringLiteral("done"), 3}, {QStringLiteral("total"), 3}}));

    const qint64 mugId = scalar("SELECT product_id FROM variants WHERE sku = 'MUG-L'");
    const QJsonObject stored = jsonOf(get("/api/v1/products/" + QByteArray::number(mugId), merch));
    EXPECT_EQ(stored.value(QStringLiteral("description")).toString(), QStringLiteral("A mug,\nfor camp coffee"));
    EXPECT_EQ(stored.value(QStringLiteral("primary_category_id")).toString(), shelf);
    EXPECT_EQ(stored.value(QStringLiteral("specifications")).toObject().value(QStringLiteral("Care")).toString(), QStringLiteral("Hand wash"));
    const QJsonArray variants = stored.value(QStringLiteral("variants")).toArray();
    ASSERT_EQ(variants.size(), 2);
    EXPECT_EQ(variants[1].toObject().value(QStringLiteral("price")).toObject(), price(999));
    EXPECT_EQ(variants[1].toObject().value(QStringLiteral("compare_at_price")).toObject(), price(1200));
    EXPECT_EQ(variants[0].toObject().value(QStringLiteral("options")).toObject().value(QStringLiteral("Size")).toString(), QStringLiteral("S"));
    const qint64 towel = scalar("SELECT product_id FROM variants WHERE sku = 'TOWEL-1'");
    EXPECT_EQ(jsonOf(get("/api/v1/products/" + QByteArray::number(towel), merch)).value(QStringLiteral("specifications")).toObject(),
              (QJsonObject{{QStringLiteral("Note"), QStringLiteral("a=b; c")}}))
        << "escaped separators stay in the value";
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'product.import'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type = 'ProductCreated'"), 2);

    const qint64 versions = scalar("SELECT sum(version) FROM products");
    const QJsonObject again = importJob(csv);
    EXPECT_EQ(again.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_EQ(again.value(QStringLiteral("result")).toObject().value(QStringLiteral("unchanged")).toInt(), 2);
    EXPECT_EQ(again.value(QStringLiteral("result")).toObject().value(QStringLiteral("created")).toInt(), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM products"), 2);
    EXPECT_EQ(scalar("SELECT sum(version) FROM products"), versions) << "an unchanged product keeps its version";
}

TEST_F(Jobs, ExportIsReimportedUnchangedAndFollowsTheFilter)
{
    const QString shelf = category(QStringLiteral("Bathroom"));
    ASSERT_EQ(importJob(header + simpleRows(3) + ",,\"Odd \"\"quoted\"\" title\",,archived," + shelf.toLatin1()
                        + ",\"Fit=Loose; Pack=2\",ODD-1,Colour=Red,,1.00,2.00,GBP\r\n")
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("succeeded"));
    const auto all = get("/api/v1/products/export", merch);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    EXPECT_EQ(all.header("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_TRUE(all.header("Content-Disposition").startsWith("attachment; filename=\"products-"));
    EXPECT_EQ(all.body.count("\r\n"), 5) << all.body.constData();
    EXPECT_TRUE(all.body.startsWith(header));

    const qint64 versions = scalar("SELECT sum(version) FROM products");
    const QJsonObject reimport = importJob(all.body);
    ASSERT_EQ(reimport.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << QJsonDocument(reimport).toJson().constData();
    EXPECT_EQ(reimport.value(QStringLiteral("result")).toObject().value(QStringLiteral("unchanged")).toInt(), 4);
    EXPECT_EQ(reimport.value(QStringLiteral("result")).toObject().value(QStringLiteral("updated")).toInt(), 0);
    EXPECT_EQ(scalar("SELECT sum(version) FROM products"), versions);

    const auto archived = get("/api/v1/products/export?status=archived", merch);
    ASSERT_EQ(archived.status, 200);
    EXPECT_EQ(archived.body.count("\r\n"), 2);
    EXPECT_TRUE(archived.body.contains("ODD-1"));
    const auto inShelf = get("/api/v1/products/export?category=" + shelf.toLatin1(), merch);
    EXPECT_TRUE(inShelf.body.contains("ODD-1"));
    EXPECT_FALSE(inShelf.body.contains("P-1"));
    EXPECT_EQ(get("/api/v1/products/export?status=gone", merch).status, 422);
}

TEST_F(Jobs, DryRunReportsAndChangesNothing)
{
    const QJsonObject job = importJob(header + simpleRows(4) + ",,Bad,,,,,BAD-1,,,-2.00,,GBP\r\n", true);
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_TRUE(job.value(QStringLiteral("dry_run")).toBool());
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 4);
    EXPECT_EQ(result.value(QStringLiteral("rejected_total")).toInt(), 1);
    EXPECT_EQ(rejectedOf(job).first().toObject(),
              (QJsonObject{{QStringLiteral("line"), 6}, {QStringLiteral("column"), QStringLiteral("price")},
                           {QStringLiteral("reason"), QStringLiteral("must not be negative")}}));
    EXPECT_EQ(scalar("SELECT count(*) FROM products"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'product.%'"), 0);
}

TEST_F(Jobs, AProductIdThatNamesNoProductIsReportedOnItsLines)
{
    const QJsonObject job = importJob(header + simpleRows(2) + "999999,,Ghost,,,,,GHOST-1,,,1.00,,GBP\r\n", true);
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    const QJsonObject result = job.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(result.value(QStringLiteral("created")).toInt(), 2);
    ASSERT_EQ(rejectedOf(job).size(), 1);
    EXPECT_EQ(rejectedOf(job).first().toObject(),
              (QJsonObject{{QStringLiteral("line"), 4}, {QStringLiteral("column"), QStringLiteral("product_id")},
                           {QStringLiteral("reason"), QStringLiteral("names no product; leave it empty to create one")}}));
}

TEST_F(Jobs, ARealRunWithOneBadRowChangesNothing)
{
    const QJsonObject job = importJob(header + simpleRows(3) + ",,Bad,,,,,BAD-1,,,1.00,,XYZ\r\n");
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_EQ(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("status")).toInt(), 422);
    EXPECT_TRUE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("nothing was imported")));
    EXPECT_EQ(rejectedOf(job).first().toObject().value(QStringLiteral("column")).toString(), QStringLiteral("currency"));
    EXPECT_EQ(scalar("SELECT count(*) FROM products"), 0);
}

TEST_F(Jobs, TenThousandBadRowsAreAllReportedWithTheirLines)
{
    QByteArray csv = header;
    for (int i = 0; i < 10000; ++i) {
        switch (i % 3) {
        case 0: csv += ",,Neg,,,,,NEG-" + QByteArray::number(i) + ",,,-1.00,,GBP\r\n"; break;
        case 1: csv += ",,Cur,,,,,CUR-" + QByteArray::number(i) + ",,,1.00,,QQQ\r\n"; break;
        default: csv += ",,Bar,,,,,BAR-" + QByteArray::number(i) + ",,4006381333932,1.00,,GBP\r\n"; break;
        }
    }
    const QJsonObject job = importJob(csv);
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    const QJsonArray rejected = rejectedOf(job);
    ASSERT_EQ(rejected.size(), 10000);
    EXPECT_EQ(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("rejected_total")).toInt(), 10000);
    const QStringList columns{QStringLiteral("price"), QStringLiteral("currency"), QStringLiteral("barcode")};
    for (int i = 0; i < 10000; ++i) {
        const QJsonObject row = rejected[i].toObject();
        ASSERT_EQ(row.value(QStringLiteral("line")).toInt(), i + 2);
        ASSERT_EQ(row.value(QStringLiteral("column")).toString(), columns[i % 3]) << i;
    }
    EXPECT_TRUE(rejected[2].toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("check digit")));
    EXPECT_EQ(scalar("SELECT count(*) FROM products"), 0);
}

TEST_F(Jobs, LinesCountTheBreaksInsideQuotedCells)
{
    const QByteArray csv = header + ",,Poem,\"one\ntwo\r\nthree\",,,,POEM-1,,,1.00,,GBP\r\n" // lines 2–4
        + ",,Broken,,,,,BROKEN-1,,,1.001,,GBP\r\n";                                         // line 5
    const QJsonObject job = importJob(csv, true);
    ASSERT_EQ(rejectedOf(job).size(), 1);
    EXPECT_EQ(rejectedOf(job).first().toObject().value(QStringLiteral("line")).toInt(), 5);
    EXPECT_EQ(rejectedOf(job).first().toObject().value(QStringLiteral("column")).toString(), QStringLiteral("price"));
}

TEST_F(Jobs, RefusesABadHeaderAtOnce)
{
    const QByteArray noCurrency = QByteArray(header).replace(",currency", "");
    auto r = postCsv(noCurrency + ",,A,,,,,A-1,,,1.00,\r\n");
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(firstErrorField(r), QStringLiteral("currency"));
    r = postCsv(QByteArray(header).replace("options", "colour"));
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(r.body.contains("colour"));
    r = postCsv(QByteArray(header).replace("barcode", "sku"));
    EXPECT_EQ(r.status, 422);
    EXPECT_TRUE(r.body.contains("named twice"));
    EXPECT_EQ(postCsv({}).status, 422);
    EXPECT_EQ(postCsv(header, false, "application/json").status, 415);
    EXPECT_EQ(scalar("SELECT count(*) FROM jobs"), 0) << "a refused file starts no job";
    r = postCsv("\xEF\xBB\xBF" + header + simpleRows(1));
    EXPECT_EQ(r.status, 202) << "a byte order mark is fine";
}

TEST_F(Jobs, RowsOfOneProductMustAgreeAndSkusMustBeFree)
{
    const QString a = mug(QStringLiteral("A-1"), 500);
    mug(QStringLiteral("B-1"), 500);
    const QByteArray csv = header
        + ",tee,Tee,,,,,TEE-S,Size=S,,5.00,,GBP\r\n"               // 2
          ",tee,T-shirt,,,,,TEE-M,Size=M,,5.00,,GBP\r\n"           // 3: another title
          ",,Dup,,,,,tee-s,,,5.00,,GBP\r\n"                        // 4: SKU of line 2
          + a.toLatin1() + ",,Mug A-1,,active,,,B-1,,,5.00,,GBP\r\n" // 5: B's SKU on product A
          ",,Ghost,,,,,GHOST-1,,,5.00,,GBP\r\n"
          "999999,,Missing,,,,,MISSING-1,,,5.00,,GBP\r\n";        // 7: no such product
    const QJsonObject job = importJob(csv, true);
    QList<std::pair<int, QString>> seen;
    for (const QJsonValue &v : rejectedOf(job))
        seen.append({v.toObject().value(QStringLiteral("line")).toInt(), v.toObject().value(QStringLiteral("column")).toString()});
    const QList<std::pair<int, QString>> expected{{3, QStringLiteral("title")},
                                                  {4, QStringLiteral("sku")},
                                                  {5, QStringLiteral("sku")},
                                                  {7, QStringLiteral("product_id")}};
    EXPECT_EQ(seen, expected) << QJsonDocument(job).toJson().constData();
}

class SmallImports : public Jobs {
protected:
    void configure(ServerConfig &config) override { config.maxImportBytes = 4096; }
};

TEST_F(SmallImports, RefusesAFileLargerThanTheLimit)
{
    EXPECT_EQ(postCsv(header + simpleRows(10)).status, 202);
    EXPECT_EQ(postCsv(header + simpleRows(200)).status, 413);
}

TEST_F(Jobs, BulkPreviewShowsWhatWouldChangeAndChangesNothing)
{
    const QString a = mug(QStringLiteral("A-1"), 1299);
    const QString b = mug(QStringLiteral("B-1"), 1000, QStringLiteral("active"), 1100);
    const QString c = mug(QStringLiteral("C-1"), 2000);
    const auto r = send("POST", "/api/v1/products/bulk", merch,
                        QJsonObject{{QStringLiteral("selection"), ids({a, b, c, QStringLiteral("999999")})},
                                    {QStringLiteral("change"), QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("percent"), 10}}}}},
                                    {QStringLiteral("dry_run"), true}});
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject preview = jsonOf(r);
    EXPECT_EQ(preview.value(QStringLiteral("matched")).toInt(), 4);
    EXPECT_EQ(preview.value(QStringLiteral("changed")).toInt(), 2);
    EXPECT_EQ(preview.value(QStringLiteral("unchanged")).toInt(), 0);
    EXPECT_EQ(preview.value(QStringLiteral("rejected_total")).toInt(), 2) << "B above its compare-at price, and the missing id";
    const QJsonObject change = preview.value(QStringLiteral("changes")).toArray().first().toObject();
    EXPECT_EQ(change.value(QStringLiteral("id")).toString(), a);
    EXPECT_EQ(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("prices")).toArray().first().toObject().value(QStringLiteral("price")).toObject(),
              price(1429));
    EXPECT_EQ(priceOf(QStringLiteral("A-1")), 1299);
    EXPECT_EQ(scalar("SELECT count(*) FROM jobs"), 0);
}

TEST_F(Jobs, BulkChangesPricesStatusAndCategoryForIdsAndFilters)
{
    const QString a = mug(QStringLiteral("A-1"), 1299);
    const QString b = mug(QStringLiteral("B-1"), 1000, QStringLiteral("draft"));
    const QString shelf = category(QStringLiteral("Mugs"));
    auto price_ = [](const QJsonObject &p) { return QJsonObject{{QStringLiteral("price"), p}}; };

    QJsonObject job = bulk({{QStringLiteral("selection"), ids({a, b})},
                            {QStringLiteral("change"), price_({{QStringLiteral("set"), price(1500)}})}});
    ASSERT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded")) << QJsonDocument(job).toJson().constData();
    EXPECT_EQ(job.value(QStringLiteral("result")).toObject(), (QJsonObject{{QStringLiteral("changed"), 2}, {QStringLiteral("unchanged"), 0}}));
    EXPECT_EQ(priceOf(QStringLiteral("A-1")), 1500);

    job = bulk({{QStringLiteral("selection"), ids({a, b})}, {QStringLiteral("change"), price_({{QStringLiteral("percent"), -10}})}});
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_EQ(priceOf(QStringLiteral("B-1")), 1350);

    job = bulk({{QStringLiteral("selection"), ids({a})},
                {QStringLiteral("change"), price_({{QStringLiteral("amount"), price(101)}})}});
    EXPECT_EQ(priceOf(QStringLiteral("A-1")), 1451);

    job = bulk({{QStringLiteral("selection"), QJsonObject{{QStringLiteral("filter"), QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}}}},
                {QStringLiteral("change"), QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}}});
    EXPECT_EQ(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("changed")).toInt(), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM products WHERE status = 'active'"), 2);

    job = bulk({{QStringLiteral("selection"), QJsonObject{{QStringLiteral("filter"), QJsonObject{{QStringLiteral("q"), QStringLiteral("mug")}}}}},
                {QStringLiteral("change"), QJsonObject{{QStringLiteral("category"), shelf}, {QStringLiteral("status"), QStringLiteral("archived")}}}});
    EXPECT_EQ(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("changed")).toInt(), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM products WHERE category_id = $1 AND status = 'archived'", {shelf.toLatin1()}), 2);

    job = bulk({{QStringLiteral("selection"), ids({a, b})}, {QStringLiteral("change"), QJsonObject{{QStringLiteral("category"), QJsonValue()}}}});
    EXPECT_EQ(scalar("SELECT count(*) FROM products WHERE category_id IS NULL"), 2);

    // Events and audit entries as single updates write them, plus one summary per job.
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'product.bulk'"), 6);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action = 'product.bulk_updated'"), 2 + 2 + 1 + 1 + 2 + 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type = 'ProductPriceChanged'"), 5);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type = 'ProductArchived'"), 2);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated'"), 10);
}

TEST_F(Jobs, BulkIsAllOrNothing)
{
    const QString a = mug(QStringLiteral("A-1"), 1299);
    const QString b = mug(QStringLiteral("B-1"), 50);
    const QString c = mug(QStringLiteral("C-1"), 1000, QStringLiteral("active"), 1100);
    QJsonObject job = bulk({{QStringLiteral("selection"), ids({a, b})},
                            {QStringLiteral("change"), QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), price(-100)}}}}}});
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QJsonObject rejected = rejectedOf(job).first().toObject();
    EXPECT_EQ(rejected.value(QStringLiteral("id")).toString(), b);
    EXPECT_EQ(rejected.value(QStringLiteral("field")).toString(), QStringLiteral("variants[0].price"));
    EXPECT_EQ(priceOf(QStringLiteral("A-1")), 1299) << "the product that could change did not";

    job = bulk({{QStringLiteral("selection"), ids({a, c})},
                {QStringLiteral("change"), QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("percent"), 12.5}}}}}});
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    rejected = rejectedOf(job).first().toObject();
    EXPECT_EQ(rejected.value(QStringLiteral("id")).toString(), c);
    EXPECT_TRUE(rejected.value(QStringLiteral("field")).toString().startsWith(QStringLiteral("variants[0].compare_at_price")));
    EXPECT_EQ(priceOf(QStringLiteral("A-1")), 1299);
    EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE action LIKE 'product.bulk%'"), 0);
    EXPECT_EQ(scalar("SELECT count(*) FROM outbox WHERE event_type <> 'ProductCreated'"), 0);
}

TEST_F(Jobs, RefusesBadBulkRequests)
{
    const QString a = mug(QStringLiteral("A-1"), 1299);
    auto r = send("POST", "/api/v1/products/bulk", merch,
                  QJsonObject{{QStringLiteral("selection"), ids({a})}, {QStringLiteral("change"), QJsonObject{}}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(firstErrorField(r), QStringLiteral("change"));
    r = send("POST", "/api/v1/products/bulk", merch,
             QJsonObject{{QStringLiteral("selection"), ids({a})},
                         {QStringLiteral("change"), QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("percent"), 10.005}}}}}});
    EXPECT_EQ(firstErrorField(r), QStringLiteral("change.price.percent"));
    r = send("POST", "/api/v1/products/bulk", merch,
             QJsonObject{{QStringLiteral("selection"), ids({a})}, {QStringLiteral("colour"), 1},
                         {QStringLiteral("change"), QJsonObject{{QStringLiteral("category"), QStringLiteral("424242")}}}});
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(firstErrorField(r), QStringLiteral("colour"));
    r = send("POST", "/api/v1/products/bulk", merch,
             QJsonObject{{QStringLiteral("selection"), ids({a})},
                         {QStringLiteral("change"), QJsonObject{{QStringLiteral("category"), QStringLiteral("424242")}}}});
    EXPECT_EQ(firstErrorField(r), QStringLiteral("change.category"));
    EXPECT_EQ(scalar("SELECT count(*) FROM jobs"), 0);
}

TEST_F(Jobs, AJobIsVisibleToItsCreatorAndAdminsOnly)
{
    const QString a = mug(QStringLiteral("A-1"), 1299);
    const auto r = send("POST", "/api/v1/products/bulk", merch,
                        QJsonObject{{QStringLiteral("selection"), ids({a})},
                                    {QStringLiteral("change"), QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}}}});
    ASSERT_EQ(r.status, 202);
    const QByteArray path = "/api/v1/jobs/" + idOf(r).toLatin1();
    finished(idOf(r));
    createStaff(QStringLiteral("other@shop.test"), {QStringLiteral("merchandiser")});
    const QByteArray other = signIn(QStringLiteral("other@shop.test"), QStringLiteral("staff secret 1"));
    const auto hidden = get(path, other);
    EXPECT_EQ(hidden.status, 404);
    EXPECT_EQ(jsonOf(hidden).value(QStringLiteral("detail")), jsonOf(get("/api/v1/jobs/999999", other)).value(QStringLiteral("detail")));
    const auto mine = get(path, merch);
    EXPECT_EQ(mine.status, 200);
    EXPECT_EQ(mine.header("Cache-Control"), "no-store");
    EXPECT_EQ(get(path, adminToken()).status, 200);
}

TEST_F(Jobs, ProgressIsVisibleWhileTheJobRunsAndAStoppingServerChangesNothing)
{
    ASSERT_EQ(importJob(header + simpleRows(600)).value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    // Holding the last product's row makes the job wait there, in the middle of its transaction.
    PgConnection holder(db.conninfo());
    ASSERT_TRUE(holder.exec("BEGIN").has_value());
    ASSERT_TRUE(holder.exec("SELECT id FROM products WHERE id = (SELECT max(id) FROM products) FOR UPDATE").has_value());
    const auto r = send("POST", "/api/v1/products/bulk", merch,
                        QJsonObject{{QStringLiteral("selection"), QJsonObject{{QStringLiteral("filter"), QJsonObject{}}}},
                                    {QStringLiteral("change"), QJsonObject{{QStringLiteral("price"), QJsonObject{{QStringLiteral("percent"), 10}}}}}});
    ASSERT_EQ(r.status, 202) << r.body.constData();
    const QByteArray path = "/api/v1/jobs/" + idOf(r).toLatin1();
    QJsonObject seen;
    for (QDeadlineTimer guard(120000); !guard.hasExpired(); QThread::msleep(20)) {
        seen = jsonOf(get(path, merch));
        if (seen.value(QStringLiteral("progress")).toObject().value(QStringLiteral("done")).toInt() >= 500)
            break;
    }
    EXPECT_EQ(seen.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    EXPECT_EQ(seen.value(QStringLiteral("progress")).toObject().value(QStringLiteral("total")).toInt(), 600);
    EXPECT_EQ(scalar("SELECT count(*) FROM variants WHERE price_amount <> 1000"), 0) << "nothing is visible before commit";

    server->stop();
    ASSERT_TRUE(holder.exec("ROLLBACK").has_value());
    EXPECT_EQ(scalar("SELECT count(*) FROM jobs WHERE status = 'failed' AND error->>'detail' LIKE '%nothing was changed%'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM variants WHERE price_amount <> 1000"), 0);
}

TEST_F(Jobs, AJobOfAServerThatDiedIsFailedOnRestart)
{
    PgConnection c(db.conninfo());
    auto inserted = c.exec("INSERT INTO jobs (kind, status, heartbeat_at) VALUES ('product_import', 'running', "
                           "now() - interval '5 minutes') RETURNING id");
    ASSERT_TRUE(inserted.has_value());
    const QByteArray id = inserted->value(0, 0).toByteArray();
    auto fresh = c.exec("INSERT INTO jobs (kind, status) VALUES ('product_bulk', 'running') RETURNING id");
    ASSERT_TRUE(fresh.has_value());

    server->stop();
    server = std::make_unique<ServerRuntime>([&] {
        ServerConfig config = testConfig(db.conninfo());
        return config;
    }());
    ASSERT_TRUE(server->start().has_value());
    const QJsonObject job = jsonOf(get("/api/v1/jobs/" + id, adminToken()));
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    EXPECT_TRUE(job.value(QStringLiteral("error")).toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("start the job again")));
    EXPECT_FALSE(job.value(QStringLiteral("finished_at")).isNull());
    EXPECT_EQ(jsonOf(get("/api/v1/jobs/" + fresh->value(0, 0).toByteArray(), adminToken())).value(QStringLiteral("status")).toString(),
              QStringLiteral("running"))
        << "a job with a recent heartbeat may belong to another instance";
}
