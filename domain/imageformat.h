// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <optional>

namespace Backroom::Domain {

// The picture formats a product image may have.
enum class ImageFormat {
    Png,
    Jpeg,
    WebP,
};

namespace ImageLimits {
inline constexpr int maxSide = 20000; // pixels, per side: anything larger is a mistake or an attack
} // namespace ImageLimits

struct ImageInfo {
    ImageFormat format = ImageFormat::Png;
    int width = 0;
    int height = 0;
};

// "image/png", "image/jpeg", "image/webp".
QByteArray imageContentType(ImageFormat format);

// The format the leading bytes announce (PNG signature, JPEG SOI, RIFF…WEBP), or nullopt for anything else.
// Says nothing about whether the rest is sound: see sniffImage.
std::optional<ImageFormat> imageFormatOf(QByteArrayView bytes);

// The format and size of a picture, read from its bytes alone (never a file name or a declared type): the
// PNG IHDR chunk, the JPEG SOFn segment found by walking the segments, the WebP VP8 / VP8L / VP8X header.
// Validation (field "image", message naming the accepted formats) for anything else: another format, empty,
// truncated or inconsistent headers, a zero side, or a side above ImageLimits::maxSide. The pixel data
// itself is not decoded.
Result<ImageInfo> sniffImage(QByteArrayView bytes);

} // namespace Backroom::Domain
