// SPDX-License-Identifier: MIT
#include "server/catalog/imagestore.h"
#include "server/store/pgconnection.h"
#include "tests/server/apitest.h"
#include "tests/support/sampleimages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;
namespace Samples = Backroom::Test::SampleImages;

namespace {
QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A PNG header the sniffer accepts, padded to size: the server reads headers, never pixels.
QByteArray paddedPng(qsizetype size)
{
    QByteArray bytes = Samples::png3x2();
    bytes.append(QByteArray(size - bytes.size(), 'x'));
    return bytes;
}
} // namespace

class ProductImages : public ApiTest {
protected:
    void configure(ServerConfig &config) override
    {
        ASSERT_TRUE(dataDir.isValid());
        config.dataDir = dataDir.path();
    }
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("merch@shop.test"), {QStringLiteral("merchandiser")});
        merch = signIn(QStringLiteral("merch@shop.test"), QStringLiteral("staff secret 1"));
        productPath = createProduct(QStringLiteral("MUG-1"));
    }
    QByteArray createProduct(const QString &sku)
    {
        const auto r = send("POST", "/api/v1/products", merch,
                            QJsonObject{{QStringLiteral("title"), QStringLiteral("Enamel mug")},
                                        {QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("sku"), sku},
                                        {QStringLiteral("price"), QJsonObject{{QStringLiteral("amount"), 1299},
                                                                              {QStringLiteral("currency"), QStringLiteral("GBP")}}}});
        EXPECT_EQ(r.status, 201) << r.body.constData();
        return "/api/v1/products/" + jsonOf(r).value(QStringLiteral("id")).toString().toLatin1();
    }
    RawHttp::Response upload(const QByteArray &path, const QByteArray &bytes, const QByteArray &contentType = {},
                             Headers headers = {}, const QByteArray &token = {})
    {
        if (!contentType.isEmpty())
            headers.append({"Content-Type", contentType});
        headers.append({"Authorization", "Bearer " + (token.isEmpty() ? merch : token)});
        return RawHttp::request(server->port(), "POST", path + "/images", bytes, headers).value_or(RawHttp::Response{});
    }
    QJsonObject product(const QByteArray &path) { return jsonOf(get(path, merch)); }
    QJsonArray imagesOf(const QByteArray &path) { return product(path).value(QStringLiteral("images")).toArray(); }
    QStringList imageIds(const QByteArray &path)
    {
        QStringList ids;
        for (const QJsonValue &v : imagesOf(path))
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
    int versionOf(const QByteArray &path) { return product(path).value(QStringLiteral("version")).toInt(); }
    qint64 count(const QByteArray &sql)
    {
        PgConnection c(db.conninfo());
        auto rows = c.exec(sql);
        return rows ? rows->toInt64(0, 0) : -1;
    }
    RawHttp::Response order(const QByteArray &path, const QStringList &ids, Headers headers = {})
    {
        return send("PUT", path + "/images/order", merch,
                    QJsonObject{{QStringLiteral("order"), QJsonArray::fromStringList(ids)}}, std::move(headers));
    }

    QTemporaryDir dataDir;
    QByteArray merch;
    QByteArray productPath;
};

TEST_F(ProductImages, TakesPngJpegAndWebPByTheirBytesAndShowsThemInOrder)
{
    const auto png = upload(productPath, Samples::png3x2(), "image/png");
    ASSERT_EQ(png.status, 201) << png.body.constData();
    const QString pngSha = sha256Of(Samples::png3x2());
    EXPECT_EQ(png.header("Location"), "/api/v1/images/" + pngSha.toLatin1());
    // The declared type is wrong, and no type at all: the bytes decide.
    const auto jpeg = upload(productPath, Samples::jpeg3x2(), "image/png");
    ASSERT_EQ(jpeg.status, 201) << jpeg.body.constData();
    const auto webp = upload(productPath, Samples::webpLossless1x1());
    ASSERT_EQ(webp.status, 201) << webp.body.constData();

    const QJsonArray images = imagesOf(productPath);
    ASSERT_EQ(images.size(), 3);
    const QStringList types{QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("image/webp")};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject image = images[i].toObject();
        EXPECT_EQ(image.value(QStringLiteral("content_type")).toString(), types[i]);
        EXPECT_EQ(image.value(QStringLiteral("position")).toInt(), i);
    }
    const QJsonObject first = images[0].toObject();
    QJsonObject answered = jsonOf(png);
    EXPECT_TRUE(answered.contains(QStringLiteral("product_version")));
    answered.remove(QStringLiteral("product_version"));
    EXPECT_EQ(first, answered);
    EXPECT_EQ(first.value(QStringLiteral("url")).toString(), QStringLiteral("/api/v1/images/") + pngSha);
    EXPECT_EQ(first.value(QStringLiteral("width")).toInt(), 3);
    EXPECT_EQ(first.value(QStringLiteral("height")).toInt(), 2);
    EXPECT_EQ(first.value(QStringLiteral("bytes")).toInteger(), Samples::png3x2().size());

    // Content-addressed under the data directory, the bytes as sent.
    QFile stored(dataDir.path() + QStringLiteral("/images/") + pngSha.first(2) + u'/' + pngSha);
    ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
    EXPECT_EQ(stored.readAll(), Samples::png3x2());

    // Last by default; ?position= puts one in front of the others.
    const auto front = upload(productPath, Samples::webpLossy1x1());
    ASSERT_EQ(front.status, 201);
    EXPECT_EQ(jsonOf(front).value(QStringLiteral("position")).toInt(), 3);
    const auto ahead = RawHttp::request(server->port(), "POST", productPath + "/images?position=0",
                                        Samples::webpExtended1x1(), {{"Authorization", "Bearer " + merch}});
    ASSERT_TRUE(ahead.has_value());
    ASSERT_EQ(ahead->status, 201) << ahead->body.constData();
    const QJsonArray now = imagesOf(productPath);
    ASSERT_EQ(now.size(), 5);
    EXPECT_EQ(now[0].toObject().value(QStringLiteral("id")), jsonOf(*ahead).value(QStringLiteral("id")));
    EXPECT_EQ(now[1].toObject().value(QStringLiteral("url")).toString(), QStringLiteral("/api/v1/images/") + pngSha);
}

TEST_F(ProductImages, RefusesWhatIsNotAPictureAndChangesNothing)
{
    const int version = versionOf(productPath);
    const auto text = upload(productPath, "name=holiday.png\nthis is text", "image/png");
    EXPECT_EQ(text.status, 415);
    EXPECT_TRUE(jsonOf(text).value(QStringLiteral("detail")).toString().contains(QStringLiteral("PNG, JPEG or WebP")));
    const auto empty = upload(productPath, {}, "image/png");
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(firstErrorField(empty), QStringLiteral("image"));
    const auto truncated = upload(productPath, Samples::png3x2().first(20), "image/png");
    EXPECT_EQ(truncated.status, 422);
    EXPECT_EQ(firstErrorField(truncated), QStringLiteral("image"));
    const auto position = RawHttp::request(server->port(), "POST", productPath + "/images?position=-1",
                                           Samples::png3x2(), {{"Authorization", "Bearer " + merch}});
    EXPECT_EQ(position->status, 422);
    EXPECT_EQ(firstErrorField(*position), QStringLiteral("position"));
    EXPECT_EQ(upload("/api/v1/products/987654", Samples::png3x2()).status, 404);
    EXPECT_EQ(versionOf(productPath), version);
    EXPECT_EQ(count("SELECT count(*) FROM product_images"), 0);
}

TEST_F(ProductImages, TakesBodiesAboveTheServerLimitAndRefusesOversizedOnesBeforeTheyAreSent)
{
    // Above the 1 MiB every other route keeps, below the 10 MiB default of --max-image-size.
    const auto large = upload(productPath, paddedPng(2'000'000));
    EXPECT_EQ(large.status, 201) << large.body.constData();
    RawHttp c(server->port());
    ASSERT_TRUE(c.send("POST " + productPath + "/images HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + merch
                       + "\r\nContent-Length: 11000000\r\n\r\n"));
    const auto refused = c.read(5000); // answered with not one byte of the body sent
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->status, 413);
    EXPECT_EQ(imagesOf(productPath).size(), 1);
}

TEST_F(ProductImages, OnePictureIsOnceOnAProductButMayBeOnSeveral)
{
    ASSERT_EQ(upload(productPath, Samples::png3x2()).status, 201);
    const auto again = upload(productPath, Samples::png3x2());
    EXPECT_EQ(again.status, 409);
    EXPECT_FALSE(jsonOf(again).value(QStringLiteral("detail")).toString().isEmpty());
    const QByteArray other = createProduct(QStringLiteral("MUG-2"));
    EXPECT_EQ(upload(other, Samples::png3x2()).status, 201);
    EXPECT_EQ(count("SELECT count(*) FROM product_images"), 2);
    EXPECT_EQ(QDir(dataDir.path() + QStringLiteral("/images/") + sha256Of(Samples::png3x2()).first(2))
                  .entryList(QDir::Files)
                  .size(),
              1);
}

TEST_F(ProductImages, ReordersAndRemovesKeepingPositionsGapFree)
{
    for (const QByteArray &bytes : {Samples::png3x2(), Samples::jpeg3x2(), Samples::webpLossy1x1()})
        ASSERT_EQ(upload(productPath, bytes).status, 201);
    const QStringList ids = imageIds(productPath);
    ASSERT_EQ(ids.size(), 3);

    const QStringList reversed{ids[2], ids[1], ids[0]};
    const auto ordered = order(productPath, reversed);
    ASSERT_EQ(ordered.status, 200) << ordered.body.constData();
    EXPECT_EQ(imageIds(productPath), reversed);
    EXPECT_EQ(jsonOf(ordered).value(QStringLiteral("product_version")).toInt(), versionOf(productPath));

    for (const QStringList &bad : {QStringList{ids[0], ids[1]}, QStringList{ids[0], ids[0], ids[1]},
                                   QStringList{ids[0], ids[1], QStringLiteral("999999")}}) {
        const auto refused = order(productPath, bad);
        EXPECT_EQ(refused.status, 422);
        EXPECT_EQ(firstErrorField(refused), QStringLiteral("order"));
    }
    EXPECT_EQ(send("PUT", productPath + "/images/order", merch, QJsonObject{{QStringLiteral("order"), 3}}).status, 422);
    EXPECT_EQ(send("PUT", productPath + "/images/order", merch,
                   QJsonObject{{QStringLiteral("order"), QJsonArray()}, {QStringLiteral("extra"), 1}})
                  .status,
              422);
    EXPECT_EQ(imageIds(productPath), reversed);

    const auto removed = send("DELETE", productPath + "/images/" + ids[1].toLatin1(), merch);
    ASSERT_EQ(removed.status, 200) << removed.body.constData();
    const QJsonArray left = imagesOf(productPath);
    ASSERT_EQ(left.size(), 2);
    EXPECT_EQ(left[0].toObject().value(QStringLiteral("id")).toString(), ids[2]);
    EXPECT_EQ(left[0].toObject().value(QStringLiteral("position")).toInt(), 0);
    EXPECT_EQ(left[1].toObject().value(QStringLiteral("position")).toInt(), 1);
    EXPECT_EQ(jsonOf(removed).value(QStringLiteral("images")).toArray(), left);
    EXPECT_EQ(send("DELETE", productPath + "/images/" + ids[1].toLatin1(), merch).status, 404);
    // An image of another product is not this product's to remove.
    const QByteArray other = createProduct(QStringLiteral("MUG-2"));
    EXPECT_EQ(send("DELETE", other + "/images/" + ids[0].toLatin1(), merch).status, 404);
}

TEST_F(ProductImages, EveryChangeBumpsTheVersionIsAuditedAndGoesThroughTheOutbox)
{
    const auto before = get(productPath, merch);
    const int version = jsonOf(before).value(QStringLiteral("version")).toInt();
    const qint64 events = count("SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated'");

    // A stale If-Match is refused before anything is stored.
    EXPECT_EQ(upload(productPath, Samples::png3x2(), {}, {{"If-Match", "\"" + QByteArray::number(version + 5) + "\""}}).status,
              412);
    const auto added = upload(productPath, Samples::png3x2(), {}, {{"If-Match", before.header("ETag")}});
    ASSERT_EQ(added.status, 201) << added.body.constData();
    EXPECT_EQ(jsonOf(added).value(QStringLiteral("product_version")).toInt(), version + 1);
    const auto after = get(productPath, merch);
    EXPECT_NE(after.header("ETag"), before.header("ETag"));
    EXPECT_EQ(send("GET", productPath, merch, std::nullopt, {{"If-None-Match", before.header("ETag")}}).status, 200);

    ASSERT_EQ(upload(productPath, Samples::jpeg3x2()).status, 201);
    const QStringList ids = imageIds(productPath);
    EXPECT_EQ(order(productPath, {ids[1], ids[0]}, {{"If-Match", before.header("ETag")}}).status, 412);
    ASSERT_EQ(order(productPath, {ids[1], ids[0]}, {{"If-Match", get(productPath, merch).header("ETag")}}).status, 200);
    EXPECT_EQ(send("DELETE", productPath + "/images/" + ids[0].toLatin1(), merch, std::nullopt,
                   {{"If-Match", before.header("ETag")}})
                  .status,
              412);
    ASSERT_EQ(send("DELETE", productPath + "/images/" + ids[0].toLatin1(), merch).status, 200);
    // Reordering into the order it already has changes nothing.
    const int settled = versionOf(productPath);
    ASSERT_EQ(order(productPath, imageIds(productPath)).status, 200);
    EXPECT_EQ(versionOf(productPath), settled);

    EXPECT_EQ(settled, version + 4);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated'"), events + 4);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated' AND payload->'changed' = "
                    "'[\"images\"]' AND jsonb_array_length(payload->'images') = 1"),
              2); // after the first upload and after the removal
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'product.image_added' AND entity_type = 'product'"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'product.images_reordered' AND "
                    "jsonb_array_length(after->'order') = 2"),
              1);
    EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'product.image_removed' AND "
                    "before->'image'->>'id' = '" + ids[0].toLatin1() + "'"),
              1);
}

TEST_F(ProductImages, ServesTheBytesForGoodWhileAProductShowsThem)
{
    ASSERT_EQ(upload(productPath, Samples::jpeg3x2(), "image/png").status, 201);
    const QByteArray url = "/api/v1/images/" + sha256Of(Samples::jpeg3x2()).toLatin1();
    const auto r = get(url);
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(r.body, Samples::jpeg3x2());
    EXPECT_EQ(r.header("Content-Type"), "image/jpeg");
    EXPECT_EQ(r.header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_EQ(r.header("ETag"), "\"" + sha256Of(Samples::jpeg3x2()).toLatin1() + "\"");
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
    const auto cached = get(url, {}, {{"If-None-Match", r.header("ETag")}});
    EXPECT_EQ(cached.status, 304);
    EXPECT_TRUE(cached.body.isEmpty());

    EXPECT_EQ(get("/api/v1/images/not-a-hash").status, 404);
    EXPECT_EQ(get("/api/v1/images/" + sha256Of(Samples::jpeg3x2()).toUpper().toLatin1()).status, 404);
    EXPECT_EQ(get("/api/v1/images/" + sha256Of("never uploaded").toLatin1()).status, 404);

    // Archived, the product still shows its pictures to whoever kept a link.
    const auto archived = send("PATCH", productPath, merch, QJsonObject{{QStringLiteral("status"), QStringLiteral("archived")}},
                               {{"If-Match", get(productPath, merch).header("ETag")}});
    ASSERT_EQ(archived.status, 200) << archived.body.constData();
    EXPECT_EQ(get(url).status, 200);

    // Removed from one product, served while another shows it; then no more (the file may stay behind).
    const QByteArray other = createProduct(QStringLiteral("MUG-2"));
    ASSERT_EQ(upload(other, Samples::jpeg3x2()).status, 201);
    ASSERT_EQ(send("DELETE", productPath + "/images/" + imageIds(productPath).first().toLatin1(), merch).status, 200);
    EXPECT_EQ(get(url).status, 200);
    ASSERT_EQ(send("DELETE", other + "/images/" + imageIds(other).first().toLatin1(), merch).status, 200);
    EXPECT_EQ(get(url).status, 404);
}

TEST_F(ProductImages, OnlyCatalogStaffChangeImages)
{
    const auto anonymous =
        RawHttp::request(server->port(), "POST", productPath + "/images", Samples::png3x2(), {});
    EXPECT_EQ(anonymous->status, 401);
    const QByteArray shopper = customer(QStringLiteral("shopper@example.test"));
    EXPECT_EQ(upload(productPath, Samples::png3x2(), {}, {}, shopper).status, 403);
    EXPECT_EQ(send("DELETE", productPath + "/images/1", shopper).status, 403);
    EXPECT_EQ(send("PUT", productPath + "/images/order", shopper, QJsonObject{{QStringLiteral("order"), QJsonArray()}}).status,
              403);
    EXPECT_EQ(count("SELECT count(*) FROM product_images"), 0);
}

TEST_F(ProductImages, APutOfWhatWasReadKeepsTheImagesAndRefusesChangingThem)
{
    for (const QByteArray &bytes : {Samples::png3x2(), Samples::jpeg3x2()})
        ASSERT_EQ(upload(productPath, bytes).status, 201);
    const auto read = get(productPath, merch);
    QJsonObject body = jsonOf(read);
    QJsonObject put;
    for (const char *member : {"title", "description", "specifications", "status", "primary_category_id", "images"})
        put.insert(QString::fromLatin1(member), body.value(QString::fromLatin1(member)));
    QJsonArray variants;
    for (const QJsonValue &v : body.value(QStringLiteral("variants")).toArray()) {
        QJsonObject variant = v.toObject();
        variant.remove(QStringLiteral("effective_price"));
        variant.remove(QStringLiteral("promotion"));
        variants.append(variant);
    }
    put.insert(QStringLiteral("variants"), variants);
    put.insert(QStringLiteral("title"), QStringLiteral("Enamel mug, blue"));

    QJsonArray swapped = put.value(QStringLiteral("images")).toArray();
    swapped = QJsonArray{swapped[1], swapped[0]};
    QJsonObject reordered = put;
    reordered.insert(QStringLiteral("images"), swapped);
    const auto refused = send("PUT", productPath, merch, reordered, {{"If-Match", read.header("ETag")}});
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(firstErrorField(refused), QStringLiteral("images"));
    EXPECT_TRUE(jsonOf(refused).value(QStringLiteral("detail")).toString().contains(QStringLiteral("/images")));
    const auto patch = send("PATCH", productPath, merch, QJsonObject{{QStringLiteral("images"), QJsonArray()}},
                            {{"If-Match", read.header("ETag")}});
    EXPECT_EQ(patch.status, 422);
    EXPECT_EQ(firstErrorField(patch), QStringLiteral("images"));
    EXPECT_EQ(jsonOf(get(productPath, merch)).value(QStringLiteral("title")).toString(), QStringLiteral("Enamel mug"));

    const auto replaced = send("PUT", productPath, merch, put, {{"If-Match", read.header("ETag")}});
    ASSERT_EQ(replaced.status, 200) << replaced.body.constData();
    EXPECT_EQ(jsonOf(replaced).value(QStringLiteral("title")).toString(), QStringLiteral("Enamel mug, blue"));
    EXPECT_EQ(jsonOf(replaced).value(QStringLiteral("images")), body.value(QStringLiteral("images")));
}

namespace {
// Sets a file's modification time hours into the past, as if it had been stored then.
void age(const QString &path, int hours)
{
    const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite)) << path.toStdString();
    ASSERT_TRUE(file.setFileTime(then, QFileDevice::FileModificationTime));
}
} // namespace

// The server deletes files no product shows, once nobody has stored them for the grace period.
class ImageSweeps : public ProductImages {
protected:
    void configure(ServerConfig &config) override
    {
        ProductImages::configure(config);
        config.imageSweepIntervalMs = 100;
        config.imageGraceSeconds = 3600;
    }
    QString fileOf(const QByteArray &bytes) const
    {
        const QString sha = sha256Of(bytes);
        return dataDir.path() + QStringLiteral("/images/") + sha.first(2) + u'/' + sha;
    }
};

TEST_F(ImageSweeps, DeletesOldFilesNoProductShowsAndKeepsTheRest)
{
    ASSERT_EQ(upload(productPath, Samples::png3x2()).status, 201);  // shown
    ASSERT_EQ(upload(productPath, Samples::jpeg3x2()).status, 201); // let go below
    const QStringList ids = imageIds(productPath);
    ASSERT_EQ(send("DELETE", productPath + "/images/" + ids[1].toLatin1(), merch).status, 200);
    const QString shown = fileOf(Samples::png3x2());
    const QString letGo = fileOf(Samples::jpeg3x2());
    age(shown, 48);
    age(letGo, 48);
    // Let go too, but stored again within the grace period: an upload may be about to show it.
    ImageStore store(dataDir.path() + QStringLiteral("/images"));
    ASSERT_TRUE(store.put(Samples::webpLossy1x1()).has_value());
    const QString recent = fileOf(Samples::webpLossy1x1());
    age(recent, 48);
    ASSERT_TRUE(store.put(Samples::webpLossy1x1()).has_value()) << "stores the same bytes again, touching the file";
    EXPECT_GT(QFileInfo(recent).lastModified(), QDateTime::currentDateTimeUtc().addSecs(-600));
    // Not a name the store gives: someone else's file.
    const QString stranger = dataDir.path() + QStringLiteral("/images/README");
    {
        QFile file(stranger);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("notes\n");
    }
    age(stranger, 48);

    // The sweep's timer lives in this thread, which started the server: it fires while events are processed.
    const QDeadlineTimer deadline(20000);
    while (QFile::exists(letGo) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    EXPECT_FALSE(QFile::exists(letGo));
    EXPECT_TRUE(QFile::exists(shown));
    EXPECT_TRUE(QFile::exists(recent));
    EXPECT_TRUE(QFile::exists(stranger));
    EXPECT_EQ(get("/api/v1/images/" + sha256Of(Samples::png3x2()).toLatin1(), {}).status, 200);
}
