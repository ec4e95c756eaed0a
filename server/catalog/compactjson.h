// SPDX-License-Identifier: MIT
#pragma once

#include "domain/promotion.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <cstring>

// The pieces of the storefront's product JSON, written byte by byte exactly as Qt's compact JSON writer
// writes them (StoredProduct::toCompactJson, ProductDocument::render): the product read is the hottest
// route, and building QJsonObjects to serialise them cost more than the rest of it.
namespace Backroom::Server::CompactJson {

// at.toUTC().toString(Qt::ISODateWithMs, or Qt::ISODate without).
QByteArray isoUtc(const QDateTime &at, bool withMs);

// What Qt's JSON writer does with a string (qjsonwriter.cpp): quotes, backslashes and control characters
// escaped, everything else as UTF-8.
void appendJsonString(QByteArray &out, QStringView text);
// ,"key": (without the comma when first), in one append: a product's JSON has dozens of members, and four
// appends and two strlen() each showed as a twentieth of an uncached read in perf.
template <qsizetype N> void appendMember(QByteArray &out, const char (&key)[N], bool first = false)
{
    char text[N + 3]; // N counts the key's terminating zero
    text[0] = ',';
    text[1] = '"';
    std::memcpy(text + 2, key, N - 1);
    text[N + 1] = '"';
    text[N + 2] = ':';
    out.append(first ? text + 1 : text, first ? N + 2 : N + 3);
}
void appendMoney(QByteArray &out, const Domain::Money &money);
// A QMap's order is QJsonObject's: both compare keys as UTF-16 code units.
void appendStringMap(QByteArray &out, const QMap<QString, QString> &map);
// null for an empty text
void appendOptionalString(QByteArray &out, const QString &text);
// A variant's "promotion": {"id","name"} of the one that made its effective price, or null.
void appendPromotion(QByteArray &out, const Domain::EffectivePrice &effective);
// What a product's ETag adds to its version: its variants' effective prices and the promotions that made
// them, which change without a new version. The same in every process (instances behind one balancer give
// one tag), so not qHash; not SHA-256 either, which with the indented JSON it used to hash was a tenth of
// an uncached product read. 64-bit FNV-1a: the tag tells one product's price states apart, nobody is
// trying to forge one.
class PriceDigest {
public:
    void add(const Domain::EffectivePrice &effective);
    void add(qint64 amount, QStringView currency, QStringView promotionId);
    // 12 hex digits
    QByteArray hex() const;

private:
    void addByte(uchar byte)
    {
        m_hash ^= byte;
        m_hash *= 1099511628211ull;
    }
    void addText(QStringView text);

    quint64 m_hash = 14695981039346656037ull;
};

} // namespace Backroom::Server::CompactJson
