// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

// Small real pictures for the tests of image sniffing and upload: the PNG and JPEG were written once by
// QImageWriter (3 × 2 pixels, red with one blue pixel), the WebP files are the 1 × 1 lossy, lossless and
// extended (alpha) images browsers use for feature detection.
namespace Backroom::Test::SampleImages {

inline QByteArray png3x2()
{
    return QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000030000000208020000001216f14d000000097048597300000ec400000ec401"
        "952b0e1b0000001649444154089963fccf00054c0c0c0c8c0cff19181800172b0203c4a24bb80000000049454e44ae426082");
}

inline QByteArray jpeg3x2()
{
    return QByteArray::fromHex(
        "ffd8ffe000104a46494600010101006000600000ffdb00430050373c463c32504641465a55505f78c882786e6e78f5afb991"
        "c8ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdb004301555a5a786978"
        "eb8282ebffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
        "ffffffffffffffffffc00011080002000303012200021101031101ffc4001f00000105010101010101000000000000000001"
        "02030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114"
        "328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a53545556"
        "5758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5"
        "b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffc4001f010003"
        "0101010101010101010000000000000102030405060708090a0bffc400b51100020102040403040705040400010277000102"
        "031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a35"
        "363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a92939495"
        "969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9ea"
        "f2f3f4f5f6f7f8f9faffda000c03010002110311003f00845145159b3b11ffd9");
}

inline QByteArray webpLossy1x1()
{
    return QByteArray::fromBase64("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
}

inline QByteArray webpLossless1x1()
{
    return QByteArray::fromBase64("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
}

inline QByteArray webpExtended1x1()
{
    return QByteArray::fromBase64("UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==");
}

} // namespace Backroom::Test::SampleImages
