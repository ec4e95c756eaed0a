// SPDX-License-Identifier: MIT
#include "domain/imageformat.h"

namespace Backroom::Domain {

namespace {
constexpr QByteArrayView pngSignature("\x89PNG\r\n\x1a\n", 8);

quint32 bigEndian16(QByteArrayView b, qsizetype at)
{
    return quint32(quint8(b[at])) << 8 | quint8(b[at + 1]);
}

quint32 bigEndian32(QByteArrayView b, qsizetype at)
{
    return bigEndian16(b, at) << 16 | bigEndian16(b, at + 2);
}

quint32 littleEndian(QByteArrayView b, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = value << 8 | quint8(b[at + i]);
    return value;
}

Error refused(const QString &why)
{
    return Error::validation(
        QStringLiteral("The file is not a picture this shop can use (%1); send a PNG, JPEG or WebP image.").arg(why),
        {{QStringLiteral("image"), why}});
}

Result<ImageInfo> sized(ImageFormat format, quint32 width, quint32 height)
{
    if (width == 0 || height == 0)
        return fail(refused(QStringLiteral("its header gives it no width or height")));
    if (width > quint32(ImageLimits::maxSide) || height > quint32(ImageLimits::maxSide))
        return fail(Error::validation(
            QStringLiteral("The picture is %1 × %2 pixels; a side may be at most %3 pixels. Scale it down and send "
                           "it again.")
                .arg(width)
                .arg(height)
                .arg(ImageLimits::maxSide),
            {{QStringLiteral("image"), QStringLiteral("is larger than %1 pixels on a side").arg(ImageLimits::maxSide)}}));
    return ImageInfo{format, int(width), int(height)};
}

Result<ImageInfo> png(QByteArrayView b)
{
    // The signature, then IHDR must come first: length 13, type, width, height, depth, colour type, …, CRC.
    if (b.size() < 8 + 8 + 13 + 4)
        return fail(refused(QStringLiteral("the PNG header is cut short")));
    if (bigEndian32(b, 8) != 13 || b.sliced(12, 4) != "IHDR")
        return fail(refused(QStringLiteral("the PNG does not start with its IHDR header")));
    return sized(ImageFormat::Png, bigEndian32(b, 16), bigEndian32(b, 20));
}

bool isStartOfFrame(quint8 marker)
{
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

Result<ImageInfo> jpeg(QByteArrayView b)
{
    qsizetype at = 2; // after SOI
    while (true) {
        if (at >= b.size())
            return fail(refused(QStringLiteral("the JPEG ends before its frame header")));
        if (quint8(b[at]) != 0xFF)
            return fail(refused(QStringLiteral("the JPEG segments are inconsistent at byte %1").arg(at)));
        while (at < b.size() && quint8(b[at]) == 0xFF) // fill bytes may precede a marker
            ++at;
        if (at >= b.size())
            return fail(refused(QStringLiteral("the JPEG ends before its frame header")));
        const quint8 marker = quint8(b[at++]);
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            continue; // standalone markers carry no length
        if (marker == 0xD9 || marker == 0xDA || marker == 0x00)
            return fail(refused(QStringLiteral("the JPEG has no frame header before its image data")));
        if (at + 2 > b.size())
            return fail(refused(QStringLiteral("the JPEG ends inside a segment")));
        const quint32 length = bigEndian16(b, at);
        if (length < 2 || at + qsizetype(length) > b.size())
            return fail(refused(QStringLiteral("a JPEG segment is longer than the file")));
        if (isStartOfFrame(marker)) {
            if (length < 2 + 1 + 2 + 2)
                return fail(refused(QStringLiteral("the JPEG frame header is cut short")));
            return sized(ImageFormat::Jpeg, bigEndian16(b, at + 5), bigEndian16(b, at + 3));
        }
        at += length;
    }
}

Result<ImageInfo> webp(QByteArrayView b)
{
    if (b.size() < 20)
        return fail(refused(QStringLiteral("the WebP header is cut short")));
    const quint32 riffSize = littleEndian(b, 4, 4);
    if (riffSize < 4 + 8 || qint64(riffSize) + 8 > b.size())
        return fail(refused(QStringLiteral("the WebP file is shorter than its RIFF header says")));
    const QByteArrayView chunk = b.sliced(12, 4);
    const quint32 chunkSize = littleEndian(b, 16, 4);
    if (qint64(chunkSize) > qint64(riffSize) - 4 - 8)
        return fail(refused(QStringLiteral("a WebP chunk is longer than the file")));
    const qsizetype data = 20;
    if (chunk == "VP8 ") {
        // A key frame: 3-byte frame tag (bit 0 clear), start code 9D 01 2A, then 14-bit width and height.
        if (chunkSize < 10)
            return fail(refused(QStringLiteral("the WebP frame header is cut short")));
        if ((quint8(b[data]) & 1) != 0 || b.sliced(data + 3, 3) != QByteArrayView("\x9d\x01\x2a", 3))
            return fail(refused(QStringLiteral("the WebP (VP8) frame header is not valid")));
        return sized(ImageFormat::WebP, littleEndian(b, data + 6, 2) & 0x3FFF, littleEndian(b, data + 8, 2) & 0x3FFF);
    }
    if (chunk == "VP8L") {
        // Signature 0x2F, then 14 bits width − 1, 14 bits height − 1, 1 bit alpha, 3 bits version (0).
        if (chunkSize < 5 || quint8(b[data]) != 0x2F)
            return fail(refused(QStringLiteral("the WebP (VP8L) header is not valid")));
        const quint32 bits = littleEndian(b, data + 1, 4);
        if (bits >> 29 != 0)
            return fail(refused(QStringLiteral("the WebP (VP8L) header has an unknown version")));
        return sized(ImageFormat::WebP, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8X") {
        // Flags, 3 reserved bytes, then the canvas width − 1 and height − 1 in 24 bits each.
        if (chunkSize < 10)
            return fail(refused(QStringLiteral("the WebP (VP8X) header is cut short")));
        return sized(ImageFormat::WebP, littleEndian(b, data + 4, 3) + 1, littleEndian(b, data + 7, 3) + 1);
    }
    return fail(refused(QStringLiteral("the WebP file has no VP8, VP8L or VP8X header")));
}
} // namespace

QByteArray imageContentType(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png: return QByteArrayLiteral("image/png");
    case ImageFormat::Jpeg: return QByteArrayLiteral("image/jpeg");
    case ImageFormat::WebP: return QByteArrayLiteral("image/webp");
    }
    return {};
}

std::optional<ImageFormat> imageFormatOf(QByteArrayView bytes)
{
    if (bytes.startsWith(pngSignature))
        return ImageFormat::Png;
    if (bytes.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return ImageFormat::Jpeg;
    if (bytes.size() >= 12 && bytes.first(4) == "RIFF" && bytes.sliced(8, 4) == "WEBP")
        return ImageFormat::WebP;
    return std::nullopt;
}

Result<ImageInfo> sniffImage(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return fail(refused(QStringLiteral("it is empty")));
    const std::optional<ImageFormat> format = imageFormatOf(bytes);
    if (!format)
        return fail(refused(QStringLiteral("its content is not PNG, JPEG or WebP, whatever its name says")));
    switch (*format) {
    case ImageFormat::Png: return png(bytes);
    case ImageFormat::Jpeg: return jpeg(bytes);
    case ImageFormat::WebP: return webp(bytes);
    }
    return fail(refused(QStringLiteral("its format is unknown")));
}

} // namespace Backroom::Domain
