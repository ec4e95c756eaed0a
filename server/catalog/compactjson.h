// SPDX-License-Identifier: MIT
#pragma once

#include "domain/promotion.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QMap>
#include <QString>

// The pieces of the storefront's product JSON, written byte by byte exactly as Qt's compact JSON writer
// writes them (StoredProduct::toCompactJson, ProductDocument::render): the product read is the hottest
// route, and building QJsonObjects to serialise them cost more than the rest of it.
namespace Backroom::Server::CompactJson {

// at.toUTC().toString(Qt::ISODateWithMs, or Qt::ISODate without).
QByteArray isoUtc(const QDateTime &at, bool withMs);

// What Qt's JSON writer does with a string (qjsonwriter.cpp): quotes, backslashes and control characters
// escaped, everything else as UTF-8.
void appendJsonString(QByteArray &out, QStringView text);
// ,"key": (without the comma when first)
void appendMember(QByteArray &out, const char *key, bool first = false);
void appendMoney(QByteArray &out, const Domain::Money &money);
// A QMap's order is QJsonObject's: both compare keys as UTF-16 code units.
void appendStringMap(QByteArray &out, const QMap<QString, QString> &map);
// null for an empty text
void appendOptionalString(QByteArray &out, const QString &text);
// A variant's "promotion": {"id","name"} of the one that made its effective price, or null.
void appendPromotion(QByteArray &out, const Domain::EffectivePrice &effective);
// What a product's ETag hashes of each variant: QJsonDocument's indented form of the effective price, as
// it has always hashed it, and the promotion's id.
void digestPrice(QCryptographicHash &prices, const Domain::EffectivePrice &effective);

} // namespace Backroom::Server::CompactJson
