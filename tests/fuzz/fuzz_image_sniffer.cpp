// SPDX-License-Identifier: MIT
// libFuzzer target for the image sniffer every upload goes through (Backroom::Domain::sniffImage).
//
// Invariants:
//  - sniffImage never crashes or reads outside the bytes it is given (ASan);
//  - it refuses with a Validation error that has a message and names the field "image";
//  - an accepted picture has a format its leading bytes announce and both sides within 1..maxSide;
//  - the answer depends only on the bytes: trailing bytes never change the size of an accepted picture
//    whose header lies before them (except for WebP, whose RIFF size covers the whole file).
#include "domain/imageformat.h"
#include "tests/fuzz/invariant.h"

#include <cstdint>

using namespace Backroom::Domain;

#define CHECK(cond) BACKROOM_FUZZ_CHECK("fuzz_image_sniffer", cond)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = sniffImage(bytes);
    if (!result.has_value()) {
        CHECK(result.error().code == ErrorCode::Validation);
        CHECK(!result.error().message.isEmpty());
        CHECK(result.error().fields.size() == 1 && result.error().fields.first().field == QStringLiteral("image"));
        return 0;
    }
    CHECK(imageFormatOf(bytes) == result->format);
    CHECK(result->width >= 1 && result->width <= ImageLimits::maxSide);
    CHECK(result->height >= 1 && result->height <= ImageLimits::maxSide);
    CHECK(!imageContentType(result->format).isEmpty());
    if (result->format != ImageFormat::WebP) {
        QByteArray longer = bytes.toByteArray();
        longer.append("\xFF\xD9 trailing", 11);
        const auto again = sniffImage(longer);
        CHECK(again.has_value() && again->width == result->width && again->height == result->height);
    }
    return 0;
}
