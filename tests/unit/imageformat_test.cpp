// SPDX-License-Identifier: MIT
#include "domain/imageformat.h"
#include "tests/support/printers.h"
#include "tests/support/sampleimages.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;
namespace Samples = Backroom::Test::SampleImages;

namespace {
void expectRefused(QByteArrayView bytes, const char *what)
{
    const auto r = sniffImage(bytes);
    ASSERT_FALSE(r.has_value()) << what;
    EXPECT_EQ(r.error().code, ErrorCode::Validation) << what;
    ASSERT_EQ(r.error().fields.size(), 1) << what;
    EXPECT_EQ(r.error().fields.first().field, QStringLiteral("image")) << what;
    EXPECT_FALSE(r.error().message.isEmpty()) << what;
}

QByteArray withBigEndian16(QByteArray bytes, qsizetype at, quint16 value)
{
    bytes[at] = char(value >> 8);
    bytes[at + 1] = char(value & 0xFF);
    return bytes;
}
} // namespace

TEST(ImageFormat, ReadsThePngHeader)
{
    const auto r = sniffImage(Samples::png3x2());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, ImageFormat::Png);
    EXPECT_EQ(r->width, 3);
    EXPECT_EQ(r->height, 2);
    EXPECT_EQ(imageContentType(r->format), "image/png");
}

TEST(ImageFormat, WalksTheJpegSegmentsToTheFrameHeader)
{
    const auto r = sniffImage(Samples::jpeg3x2());
    ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
    EXPECT_EQ(r->format, ImageFormat::Jpeg);
    EXPECT_EQ(r->width, 3);
    EXPECT_EQ(r->height, 2);
    EXPECT_EQ(imageContentType(r->format), "image/jpeg");
}

TEST(ImageFormat, ReadsEachKindOfWebPHeader)
{
    for (const QByteArray &webp : {Samples::webpLossy1x1(), Samples::webpLossless1x1(), Samples::webpExtended1x1()}) {
        const auto r = sniffImage(webp);
        ASSERT_TRUE(r.has_value()) << r.error().message.toStdString();
        EXPECT_EQ(r->format, ImageFormat::WebP);
        EXPECT_EQ(r->width, 1);
        EXPECT_EQ(r->height, 1);
    }
    EXPECT_EQ(imageContentType(ImageFormat::WebP), "image/webp");
}

TEST(ImageFormat, SaysWhichFormatsAreAcceptedForAnythingElse)
{
    const auto r = sniffImage("GIF89a\x01\x00\x01\x00");
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(u"PNG, JPEG or WebP"));
    EXPECT_FALSE(imageFormatOf("GIF89a").has_value());
    expectRefused({}, "empty");
    expectRefused("just some text named photo.png", "text");
    expectRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "svg");
}

TEST(ImageFormat, RefusesTruncatedHeaders)
{
    for (const QByteArray &image : {Samples::png3x2(), Samples::jpeg3x2(), Samples::webpLossy1x1(),
                                    Samples::webpLossless1x1(), Samples::webpExtended1x1()}) {
        // Every cut before the size is known is refused, never read past.
        EXPECT_TRUE(imageFormatOf(image.first(12)).has_value());
        expectRefused(image.first(12), "cut at 12");
        expectRefused(image.first(image.size() / 2 > 24 ? 24 : image.size() / 2), "cut in the header");
    }
    // The JPEG cut right after its quantisation tables: no frame header yet.
    expectRefused(Samples::jpeg3x2().first(160), "jpeg without SOF");
}

TEST(ImageFormat, RefusesInconsistentHeaders)
{
    QByteArray png = Samples::png3x2();
    png.replace(12, 4, "IDAT"); // IHDR must come first
    expectRefused(png, "png without IHDR first");
    QByteArray riff = Samples::webpLossy1x1();
    riff[4] = char(0x7F); // RIFF says longer than the file
    expectRefused(riff, "riff longer than the file");
    QByteArray vp8l = Samples::webpLossless1x1();
    vp8l[20] = 0x2E; // not the VP8L signature
    expectRefused(vp8l, "bad vp8l signature");
    QByteArray jpeg = Samples::jpeg3x2();
    jpeg = withBigEndian16(jpeg, 4, 0xFFF0); // the APP0 segment claims more than the file holds
    expectRefused(jpeg, "jpeg segment too long");
    QByteArray chunk = Samples::webpExtended1x1();
    chunk.replace(12, 4, "ABCD");
    expectRefused(chunk, "unknown webp chunk");
}

TEST(ImageFormat, RefusesZeroAndAbsurdSizes)
{
    const QByteArray png = Samples::png3x2();
    QByteArray zero = png;
    zero.replace(16, 4, QByteArray(4, '\0'));
    expectRefused(zero, "zero width");
    QByteArray huge = png;
    huge.replace(20, 4, QByteArray::fromHex("00004E21")); // 20001 px high
    const auto r = sniffImage(huge);
    ASSERT_FALSE(r.has_value());
    EXPECT_TRUE(r.error().message.contains(u"20000"));
    QByteArray edge = png;
    edge.replace(20, 4, QByteArray::fromHex("00004E20")); // 20000 px is still fine
    EXPECT_EQ(sniffImage(edge)->height, 20000);
    // The JPEG frame header: precision, height, width.
    const qsizetype sof = Samples::jpeg3x2().indexOf(QByteArrayView("\xFF\xC0", 2));
    ASSERT_GT(sof, 0);
    expectRefused(withBigEndian16(Samples::jpeg3x2(), sof + 5, 0), "jpeg zero height");
    expectRefused(withBigEndian16(Samples::jpeg3x2(), sof + 7, 30000), "jpeg too wide");
}

TEST(ImageFormat, NeverTrustsTheLeadingBytesAlone)
{
    // Right signatures with nothing behind them.
    expectRefused(QByteArrayView("\x89PNG\r\n\x1a\n", 8), "png signature only");
    expectRefused(QByteArrayView("\xFF\xD8\xFF", 3), "jpeg soi only");
    expectRefused("RIFF\x04\x00\x00\x00WEBP", "riff only");
}
