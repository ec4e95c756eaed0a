// SPDX-License-Identifier: MIT
#pragma once

#include "domain/product.h"
#include "domain/promotion.h"
#include "server/catalog/compactjson.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace Backroom::Server {

// A product_documents.document (migration 0013) answered as GET /api/v1/products/{id} answers it, from the
// document's own bytes. Its strings are JSON already, escaped by PostgreSQL's escape_json exactly as Qt's
// writer escapes them (quotes, backslashes and control characters; \u00xx in lower case; the rest as
// UTF-8), so they are copied as they are; only what pricing needs (SKUs, prices, the category path) and
// what the route needs (status, version) is decoded. Decoding the whole document into a StoredProduct and
// writing it again cost a third of an uncached read.
//
// The only difference to undo is the order of object members: jsonb keeps keys by length, then bytes,
// where QJsonObject sorts them as UTF-16; specifications and options are put in QJsonObject's order here.
class ProductDocument {
public:
    // nullopt when text is not a document of that shape.
    static std::optional<ProductDocument> parse(QByteArray text);

    qint64 id() const { return m_id; }
    int version() const { return m_version; }
    Domain::ProductStatus status() const { return m_status; }
    const QList<qint64> &categoryPath() const { return m_categoryPath; }
    QStringList skus() const;

    // Exactly StoredProduct::toCompactJson of the same product with the same arguments.
    QByteArray render(const QList<Domain::Promotion> &promotions, const QDateTime &at,
                      CompactJson::PriceDigest *prices = nullptr) const;

    // Offsets into the document's text of one JSON value.
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    struct Member {
        Span key;
        Span value;
    };

private:
    struct Variant {
        QString sku;
        Domain::Money price;
        Span skuToken;
        QList<Member> options;
        Span barcode;
        Span amount;
        Span currency;
        Span compareAt;
    };
    struct Image {
        Span id, sha256, contentType, width, height, bytes, position;
    };

    void append(QByteArray &out, Span s) const { out.append(m_text.constData() + s.begin, s.end - s.begin); }
    bool isNull(Span s) const;
    void appendStringOrEmpty(QByteArray &out, Span s) const;
    void appendIntegerOrZero(QByteArray &out, Span s) const;
    void appendObject(QByteArray &out, const QList<Member> &members) const;

    QByteArray m_text;
    qint64 m_id = 0;
    int m_version = 0;
    Domain::ProductStatus m_status = Domain::ProductStatus::Draft;
    QList<qint64> m_categoryPath;
    Span m_title, m_description, m_category, m_vendor, m_createdAt, m_updatedAt;
    QList<Member> m_specifications;
    QList<Variant> m_variants;
    QList<Image> m_images;
};

} // namespace Backroom::Server
