// SPDX-License-Identifier: MIT
#include "server/catalog/productsearch.h"

#include "server/catalog/promotionservice.h"

#include "domain/product.h"

#include "server/store/database.h"
#include "server/store/transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr qint64 maxKey = std::numeric_limits<qint64>::max();

// Numbers a statement's parameters in the order its fragments ask for them. The SQL text is built only from
// this file's constant fragments and these placeholders, never from input, so each shape of query is one
// text among a few dozen, each with a plan of its own (one text with "$n IS NULL OR …" guards would scan
// every row). They run with execPlanned: a common word wants another plan than a rare one (an index scan
// in page order that stops early, or the GIN index), and a prepared statement's generic plan, chosen
// after five runs, took seconds where the planned one takes milliseconds at a million products.
class Statement {
public:
    QByteArray bind(QByteArray value, QByteArrayView type)
    {
        m_params.append(std::move(value));
        return '$' + QByteArray::number(m_params.size()) + "::" + type.toByteArray();
    }
    QByteArray bind(qint64 value) { return bind(QByteArray::number(value), "bigint"); }
    const PgParams &params() const { return m_params; }

private:
    PgParams m_params;
};

char sortLetter(SearchSort sort)
{
    switch (sort) {
    case SearchSort::Relevance:
        return 'r';
    case SearchSort::Price:
        return 'p';
    case SearchSort::PriceDescending:
        return 'd';
    case SearchSort::Newest:
        return 'n';
    }
    return '?';
}

Error badCursor()
{
    return Error::validation(QStringLiteral("The cursor is not valid for this search."),
                             {{QStringLiteral("cursor"),
                               QStringLiteral("is not a cursor this server issued for this sort; start again without "
                                              "one")}});
}

qint64 currencyScale()
{
    qint64 scale = 1;
    for (int i = 0; i < Domain::currencyExponent(shopCurrency).value_or(2); ++i)
        scale *= 10;
    return scale;
}

struct VariantRow {
    qint64 position = 0;
    QString sku;
    Domain::Money price;
    std::optional<Domain::Money> compareAt;
};

struct ItemRow {
    SearchItem item;
    QList<qint64> categoryPath;
    qint64 ord = 0;
};

struct Rows {
    QList<ItemRow> items;                      // in page order, possibly one more than the limit
    QHash<qint64, QList<VariantRow>> variants; // by product id, in position order
    qint64 total = 0;
    QList<CategoryFacet> categories;
    QHash<int, qint64> priceBuckets; // width_bucket number (1 = the first bucket) → count
};

// Which products a request matches, as SQL over `products p` with its parameters bound into s.
struct Matching {
    QByteArray where;
    QByteArray rankQuery; // the tsquery of every word, bound once for both filter and rank; empty otherwise
    QByteArray category;  // the bound category id; empty without one
};

// alternatives: the typo fallback's known words close to each search word; none: plain full text.
Matching matching(Statement &s, const SearchRequest &r, const QList<QStringList> *alternatives)
{
    Matching m;
    m.where = "p.status = 'active'";
    if (!r.text.isEmpty()) {
        // Every word must be there, or, misspelt, one of the known words close to it. A stop word ("the")
        // drops out of the tsquery and is not required.
        const QString query = alternatives ? r.text.tsquery(*alternatives) : r.text.tsquery();
        m.rankQuery = "to_tsquery('english', " + s.bind(query.toUtf8(), "text") + ')';
        m.where += " AND p.search @@ " + m.rankQuery;
    }
    if (r.categoryId) {
        m.category = s.bind(*r.categoryId);
        m.where += " AND p.category_path @> ARRAY[" + m.category + ']';
    }
    if (r.price.min || r.price.max) {
        const QByteArray currency = s.bind(shopCurrency.toUtf8(), "text");
        const QByteArray low = s.bind(r.price.min.value_or(0));
        const QByteArray high = s.bind(r.price.max.value_or(Domain::maxJsonAmount));
        m.where += " AND p.currency = " + currency + " AND p.price_amount BETWEEN " + low + " AND " + high;
    }
    return m;
}

// One statement answers the page: the page of the matches and the page's variants, as rows told apart by
// their first column.
//   kind     | ord      | id         | name  | amount       | currency | extra             | path
//   item     | position | product id | title | price_amount | currency | category_id       | category_path
//   variant  | position | product id | sku   | price_amount | currency | compare_at_amount |
// Price and newest pages are an index scan in that order that stops after the page. Relevance ranks the
// newest rankWindow matches only: ranking every match of a common word costs a read of most of the table.
PgExpected<PgResult> runPage(PgConnection &connection, const SearchRequest &r, const QList<QStringList> *alternatives)
{
    Statement s;
    const Matching m = matching(s, r, alternatives);
    QByteArray matches;
    if (r.sort == SearchSort::Relevance && !m.rankQuery.isEmpty()) {
        const QByteArray &rankQuery = m.rankQuery;
        const QByteArray window = s.bind(ProductSearch::rankWindow);
        matches = "SELECT c.id, c.title, c.category_id, c.category_path, c.price_amount, c.currency, "
                  "ts_rank_cd('{0.1,0.2,0.4,1.0}', c.search, " + rankQuery + ") + word_similarity(" +
                  s.bind(r.text.trigramText().toUtf8(), "text") + ", lower(c.title)) AS relevance FROM (SELECT p.id, "
                  "p.title, p.category_id, p.category_path, p.price_amount, p.currency, p.search FROM products p "
                  "WHERE " + m.where + " ORDER BY p.id DESC LIMIT " + window + ") c";
    } else {
        matches = "SELECT p.id, p.title, p.category_id, p.category_path, p.price_amount, p.currency, 0::real AS "
                  "relevance FROM products p WHERE " + m.where;
    }

    // Keyset positions before the first page: below the cheapest price or above the dearest and the newest.
    QByteArray order;
    QByteArray keyset = "true";
    QByteArray offset;
    switch (r.sort) {
    case SearchSort::Relevance:
        order = "m.relevance DESC, m.id DESC";
        offset = " OFFSET " + s.bind(r.after ? r.after->offset : 0);
        break;
    case SearchSort::Price:
    case SearchSort::PriceDescending: {
        const bool up = r.sort == SearchSort::Price;
        const QByteArray price = s.bind(r.after ? r.after->price : (up ? -1 : maxKey));
        const QByteArray id = s.bind(r.after ? r.after->id : (up ? 0 : maxKey));
        order = up ? "m.price_amount, m.id" : "m.price_amount DESC, m.id DESC";
        keyset = "(m.price_amount, m.id) " + QByteArray(up ? ">" : "<") + " (" + price + ", " + id + ')';
        break;
    }
    case SearchSort::Newest:
        order = "m.id DESC";
        keyset = "m.id < " + s.bind(r.after ? r.after->id : maxKey);
        break;
    }
    // One row more than the page tells whether there is a next page.
    const QByteArray limit = s.bind(r.limit + 1);
    const QByteArray sql = "WITH page AS MATERIALIZED (SELECT m.*, row_number() OVER (ORDER BY " + order +
                           ") AS ord FROM (" + matches + ") m WHERE " + keyset + " ORDER BY " + order + " LIMIT " +
                           limit + offset +
                           ") SELECT 'item' AS kind, pg.ord, pg.id, pg.title, pg.price_amount, pg.currency, "
                           "pg.category_id, pg.category_path::text FROM page pg"
                           " UNION ALL SELECT 'variant', v.position, v.product_id, v.sku, v.price_amount, v.currency, "
                           "v.compare_at_amount, NULL FROM variants v WHERE v.product_id IN (SELECT id FROM page)";
    return connection.execPlanned(sql, s.params());
}

// The total and the facets of every match, in the same row shape as runPage:
//   total    |          |            |       |              |          | count             |
//   category |          | id         | name  |              |          | count             |
//   price    | bucket   |            |       |              |          | count             |
PgExpected<PgResult> runFacets(PgConnection &connection, const SearchRequest &r,
                               const QList<QStringList> *alternatives)
{
    Statement s;
    const Matching m = matching(s, r, alternatives);
    // Per child of the filtered category, or per top-level category; products right in the filtered
    // category (or in none) have no such child and are left out of this facet.
    const QByteArray facetCategory = r.categoryId
                                         ? "m.category_path[array_position(m.category_path, " + m.category + ") + 1]"
                                         : QByteArray("m.category_path[1]");
    QList<qint64> bounds;
    for (qint64 bound : ProductSearch::priceBucketBounds)
        bounds.append(bound * currencyScale());
    const QByteArray facetLimit = s.bind(ProductSearch::facetCategories);
    const QByteArray bucketBounds = s.bind(int64ArrayParam(bounds), "bigint[]");
    const QByteArray currency = s.bind(shopCurrency.toUtf8(), "text");
    const QByteArray sql =
        "WITH matches AS MATERIALIZED (SELECT p.category_path, p.price_amount, p.currency FROM products p WHERE " +
        m.where +
        ") SELECT 'total' AS kind, NULL::bigint AS ord, NULL::bigint AS id, NULL AS name, NULL::bigint AS amount, "
        "NULL AS currency, count(*) AS extra, NULL AS path FROM matches"
        " UNION ALL (SELECT 'category', NULL, c.id, c.name, NULL, NULL, f.n, NULL FROM (SELECT " +
        facetCategory +
        " AS id, count(*) AS n FROM matches m GROUP BY 1) f JOIN categories c ON c.id = f.id "
        "ORDER BY f.n DESC, c.name, c.id LIMIT " +
        facetLimit +
        ")"
        " UNION ALL SELECT 'price', width_bucket(m.price_amount, " +
        bucketBounds + "), NULL, NULL, NULL, NULL, count(*), NULL FROM matches m WHERE m.currency = " + currency +
        " GROUP BY 2";
    return connection.execPlanned(sql, s.params());
}

Rows readRows(const PgResult &result)
{
    Rows rows;
    for (int i = 0; i < result.rows(); ++i) {
        const QByteArrayView kind = result.value(i, 0);
        if (kind == "item") {
            ItemRow row;
            row.ord = result.toInt64(i, 1);
            row.item.id = result.toInt64(i, 2);
            row.item.title = result.text(i, 3);
            row.item.price = {result.toInt64(i, 4), result.text(i, 5)};
            if (!result.isNull(i, 6))
                row.item.categoryId = result.toInt64(i, 6);
            row.categoryPath = int64ArrayValue(result.value(i, 7));
            rows.items.append(std::move(row));
        } else if (kind == "variant") {
            VariantRow v{
                result.toInt64(i, 1), result.text(i, 3), {result.toInt64(i, 4), result.text(i, 5)}, std::nullopt};
            if (!result.isNull(i, 6))
                v.compareAt = Domain::Money{result.toInt64(i, 6), v.price.currency};
            rows.variants[result.toInt64(i, 2)].append(std::move(v));
        } else if (kind == "total") {
            rows.total = result.toInt64(i, 6);
        } else if (kind == "category") {
            rows.categories.append({result.toInt64(i, 2), result.text(i, 3), result.toInt64(i, 6)});
        } else if (kind == "price") {
            rows.priceBuckets.insert(int(result.toInt64(i, 1)), result.toInt64(i, 6));
        }
    }
    // Rows of a UNION ALL come in no promised order; ord and the positions restore the page's and the
    // variants' own.
    std::sort(rows.items.begin(), rows.items.end(), [](const ItemRow &a, const ItemRow &b) { return a.ord < b.ord; });
    for (QList<VariantRow> &list : rows.variants)
        std::sort(list.begin(), list.end(),
                  [](const VariantRow &a, const VariantRow &b) { return a.position < b.position; });
    std::sort(rows.categories.begin(), rows.categories.end(), [](const CategoryFacet &a, const CategoryFacet &b) {
        return a.count != b.count ? a.count > b.count : (a.name != b.name ? a.name < b.name : a.id < b.id);
    });
    return rows;
}

// The promotions not ended at `at` (active then or starting later) that target one of the page's SKUs or
// categories (ancestors included): Domain::effectivePrice picks those active at `at`, and the others say
// until when its answer holds (Domain::nextPromotionChange).
Domain::Result<QList<Domain::Promotion>> loadPromotions(PgConnection &connection, const QStringList &skus,
                                                        const QList<qint64> &categories, const QDateTime &at)
{
    auto rows = connection.exec(
        QByteArray("SELECT ") + PromotionService::record
            + " FROM promotions WHERE (ends_at IS NULL OR ends_at > $1::timestamptz) "
              "AND (category_ids && $2::bigint[] OR EXISTS (SELECT 1 FROM unnest(skus) s WHERE lower(s) = ANY ($3::text[])))",
        {at.toUTC().toString(Qt::ISODateWithMs).toLatin1(), int64ArrayParam(categories), textArrayParam(skus)});
    if (!rows)
        return fail(rows.error().error);
    QList<Domain::Promotion> promotions;
    for (int i = 0; i < rows->rows(); ++i)
        promotions.append(PromotionService::promotionFrom(*rows, i).promotion);
    return promotions;
}

// The item's effective price: the lowest over its variants of Domain::effectivePrice.
void applyPromotions(ItemRow &row, const QList<VariantRow> &variants, const QList<Domain::Promotion> &promotions,
                     const QDateTime &at)
{
    SearchItem &item = row.item;
    item.effectivePrice = item.price;
    QStringList categories; // the category first, then its ancestors
    for (auto it = row.categoryPath.crbegin(); it != row.categoryPath.crend(); ++it)
        categories.append(QString::number(*it));
    bool first = true;
    for (const VariantRow &v : variants) {
        const Domain::EffectivePrice effective = Domain::effectivePrice(v.price, v.sku, categories, promotions, at);
        if (first || effective.price.amount < item.effectivePrice.amount) {
            item.effectivePrice = effective.price;
            item.promotion = effective.promotion;
            item.compareAtPrice = v.compareAt;
            first = false;
        }
    }
}
} // namespace

std::optional<SearchSort> searchSortFromName(QStringView name)
{
    if (name == u"relevance")
        return SearchSort::Relevance;
    if (name == u"price")
        return SearchSort::Price;
    if (name == u"-price")
        return SearchSort::PriceDescending;
    if (name == u"newest")
        return SearchSort::Newest;
    return std::nullopt;
}

SearchText SearchText::from(QStringView q)
{
    SearchText text;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty() && text.words.size() < maxWords)
            text.words.append(word.left(maxWordLength));
        word.clear();
    };
    // Letters (any script) and digits make words; everything else, quotes, operators and '+' included,
    // only separates them.
    for (const QChar c : q) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return text;
}

QString SearchText::term(qsizetype i) const
{
    // Words hold only letters, digits and marks, so the quotes cannot be closed early.
    QString term = u'\'' + words.value(i) + u'\'';
    // A one-letter prefix would expand to a good part of the dictionary.
    if (i == words.size() - 1 && words[i].size() >= 2)
        term += QStringLiteral(":*");
    return term;
}

QString SearchText::tsquery() const
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i)
        terms.append(term(i));
    return terms.join(QStringLiteral(" & "));
}

QString SearchText::tsquery(const QList<QStringList> &alternatives) const
{
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringList any{term(i)};
        for (const QString &word : alternatives.value(i))
            any.append(u'\'' + word + u'\'');
        terms.append(any.size() == 1 ? any.first() : u'(' + any.join(QStringLiteral(" | ")) + u')');
    }
    return terms.join(QStringLiteral(" & "));
}

QString SearchText::trigramText() const
{
    return words.join(u' ');
}

SearchSort SearchRequest::effectiveSort(std::optional<SearchSort> asked, const SearchText &text)
{
    const SearchSort sort = asked.value_or(text.isEmpty() ? SearchSort::Newest : SearchSort::Relevance);
    return sort == SearchSort::Relevance && text.isEmpty() ? SearchSort::Newest : sort;
}

QString encodeSearchCursor(SearchSort sort, const SearchPosition &position)
{
    QByteArray plain(1, sortLetter(sort));
    switch (sort) {
    case SearchSort::Relevance:
        plain += QByteArray::number(position.offset);
        break;
    case SearchSort::Price:
    case SearchSort::PriceDescending:
        plain += QByteArray::number(position.price) + '.' + QByteArray::number(position.id);
        break;
    case SearchSort::Newest:
        plain += QByteArray::number(position.id);
        break;
    }
    return QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Domain::Result<SearchPosition> decodeSearchCursor(QStringView cursor, SearchSort sort)
{
    if (cursor.size() > 100)
        return fail(badCursor());
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 2 || decoded.decoded.front() != sortLetter(sort))
        return fail(badCursor());
    const QByteArray body = decoded.decoded.sliced(1);
    const auto number = [](const QByteArray &text, qint64 &out) {
        bool ok = false;
        // Digits only: toLongLong would also take a sign, spaces or "0x".
        out = std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }) ? text.toLongLong(&ok)
                                                                                                 : 0;
        return ok;
    };
    SearchPosition position;
    bool ok = false;
    switch (sort) {
    case SearchSort::Relevance:
        ok = number(body, position.offset) && position.offset > 0 &&
             position.offset <= SearchRequest::maxRelevanceOffset;
        break;
    case SearchSort::Price:
    case SearchSort::PriceDescending: {
        const QList<QByteArray> parts = body.split('.');
        ok = parts.size() == 2 && number(parts[0], position.price) && number(parts[1], position.id) && position.id > 0;
        break;
    }
    case SearchSort::Newest:
        ok = number(body, position.id) && position.id > 0;
        break;
    }
    if (!ok)
        return fail(badCursor());
    return position;
}

QJsonObject SearchItem::toJson() const
{
    return {{QStringLiteral("id"), QString::number(id)},
            {QStringLiteral("title"), title},
            {QStringLiteral("category_id"), categoryId ? QJsonValue(QString::number(*categoryId)) : QJsonValue()},
            {QStringLiteral("price"), price.toJson()},
            {QStringLiteral("effective_price"), effectivePrice.toJson()},
            {QStringLiteral("promotion"), promotion ? QJsonValue(QJsonObject{{QStringLiteral("id"), promotion->id},
                                                                             {QStringLiteral("name"), promotion->name}})
                                                    : QJsonValue()},
            {QStringLiteral("compare_at_price"), compareAtPrice ? QJsonValue(compareAtPrice->toJson()) : QJsonValue()}};
}

namespace {
// The facets' cache key: everything that decides which products match, nothing about the page.
QByteArray facetKey(const SearchRequest &r)
{
    return r.text.words.join(u' ').toUtf8() + '|' + (r.categoryId ? QByteArray::number(*r.categoryId) : QByteArray()) +
           '|' + (r.price.min ? QByteArray::number(*r.price.min) : QByteArray()) + '|' +
           (r.price.max ? QByteArray::number(*r.price.max) : QByteArray());
}
} // namespace

QByteArray SearchRequest::cacheKey() const
{
    QByteArray key = facetKey(*this) + '|' + QByteArray::number(int(sort)) + '|' + QByteArray::number(limit) + '|'
                     + (withFacets ? "f" : "") + '|';
    if (after)
        key += QByteArray::number(after->offset) + ',' + QByteArray::number(after->price) + ','
               + QByteArray::number(after->id);
    return key;
}

namespace {

// The known title words (search_words) closest to each search word, by pg_trgm word_similarity.
Domain::Result<QList<QStringList>> closeWords(PgConnection &db, const SearchText &text)
{
    // The threshold of <% is a setting; set_config(…, true) keeps it to this transaction, so the
    // connection's other statements see the default.
    Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error().error);
    if (auto set = db.exec("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)",
                           {QByteArray(ProductSearch::typoThreshold)});
        !set)
        return fail(set.error().error);
    auto rows = db.exec("SELECT q.i, s.word FROM unnest($1::text[]) WITH ORDINALITY AS q(w, i) CROSS JOIN LATERAL "
                        "(SELECT word FROM search_words WHERE q.w <% word ORDER BY word_similarity(q.w, word) DESC, "
                        "word LIMIT $2) s",
                        {textArrayParam(text.words), QByteArray::number(ProductSearch::typoAlternatives)});
    if (!rows)
        return fail(rows.error().error);
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error().error);
    QList<QStringList> alternatives(text.words.size());
    for (int i = 0; i < rows->rows(); ++i) {
        const QString word = rows->text(i, 1);
        // Only letters and digits go into a tsquery term (see SearchText); the table's words are cut so.
        if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber() || c.isMark(); }))
            alternatives[rows->toInt64(i, 0) - 1].append(word);
    }
    return alternatives;
}
} // namespace

Domain::Result<SearchFacets> ProductSearch::facets(PgConnection &db, const SearchRequest &request) const
{
    const QByteArray key = facetKey(request);
    if (m_facetCache) {
        if (auto hit = m_facetCache->find(key, QDateTime::currentMSecsSinceEpoch()))
            return *hit;
    }
    const quint64 generation = m_facetCache ? m_facetCache->generation() : 0;
    auto result = runFacets(db, request, nullptr);
    if (!result)
        return fail(result.error().error);
    Rows rows = readRows(*result);
    SearchFacets facets;
    if (!request.text.isEmpty() && rows.total < typoFallbackBelow) {
        auto alternatives = closeWords(db, request.text);
        if (!alternatives)
            return fail(alternatives.error());
        if (std::any_of(alternatives->cbegin(), alternatives->cend(), [](const QStringList &l) { return !l.isEmpty(); })) {
            auto tolerant = runFacets(db, request, &*alternatives);
            if (!tolerant)
                return fail(tolerant.error().error);
            rows = readRows(*tolerant);
            facets.typoTolerant = true;
            facets.alternatives = std::move(*alternatives);
        }
    }
    facets.total = rows.total;
    facets.categories = rows.categories;
    for (qsizetype b = 0; b < qsizetype(std::size(priceBucketBounds)); ++b) {
        PriceFacet facet{priceBucketBounds[b], std::nullopt, rows.priceBuckets.value(int(b) + 1)};
        if (b + 1 < qsizetype(std::size(priceBucketBounds)))
            facet.max = priceBucketBounds[b + 1];
        facets.prices.append(facet);
    }
    // Facets count base prices, not promotions: only changes to products and categories end them.
    if (m_facetCache)
        m_facetCache->insert(key, facets, SearchFacetCache::never, generation);
    return facets;
}

Domain::Result<SearchResult> ProductSearch::search(const SearchRequest &request, const QDateTime &at) const
{
    auto db = m_database.acquire();
    SearchResult out;
    SearchFacets facetsUsed;
    if (request.withFacets) {
        // The facets decide whether the typo fallback runs, so they come first.
        auto facets = this->facets(*db, request);
        if (!facets)
            return fail(facets.error());
        facetsUsed = std::move(*facets);
        out.typoTolerant = facetsUsed.typoTolerant;
        out.total = facetsUsed.total;
        out.categories = facetsUsed.categories;
        out.prices = facetsUsed.prices;
    }
    auto page = runPage(*db, request, out.typoTolerant ? &facetsUsed.alternatives : nullptr);
    if (!page)
        return fail(page.error().error);
    Rows rows = readRows(*page);

    const bool more = rows.items.size() > request.limit;
    if (more)
        rows.items.resize(request.limit);
    if (more && !rows.items.isEmpty()) {
        const SearchItem &last = rows.items.constLast().item;
        SearchPosition next;
        next.offset = (request.after ? request.after->offset : 0) + request.limit;
        next.price = last.price.amount;
        next.id = last.id;
        if (request.sort != SearchSort::Relevance || next.offset <= SearchRequest::maxRelevanceOffset)
            out.next = next;
    }

    QStringList skus;
    QList<qint64> categories;
    for (const ItemRow &row : std::as_const(rows.items)) {
        for (const VariantRow &v : rows.variants.value(row.item.id))
            skus.append(Domain::skuKey(v.sku));
        for (qint64 id : row.categoryPath) {
            if (!categories.contains(id))
                categories.append(id);
        }
    }
    QList<Domain::Promotion> promotions;
    if (!rows.items.isEmpty()) {
        auto loaded = loadPromotions(*db, skus, categories, at);
        if (!loaded)
            return fail(loaded.error());
        promotions = std::move(*loaded);
    }
    out.pricesHoldUntil = Domain::nextPromotionChange(promotions, at);
    for (ItemRow &row : rows.items) {
        applyPromotions(row, rows.variants.value(row.item.id), promotions, at);
        out.items.append(std::move(row.item));
    }
    return out;
}

Domain::Result<bool> ProductSearch::categoryExists(qint64 id) const
{
    auto db = m_database.acquire();
    auto rows = db->exec("SELECT 1 FROM categories WHERE id = $1", {QByteArray::number(id)});
    if (!rows)
        return fail(rows.error().error);
    return rows->rows() > 0;
}

QJsonObject searchResultJson(const SearchResult &result, SearchSort sort, bool withFacets)
{
    QJsonArray items;
    for (const SearchItem &item : result.items)
        items.append(item.toJson());
    QJsonObject json{{QStringLiteral("items"), items},
                     {QStringLiteral("next_cursor"),
                      result.next ? QJsonValue(encodeSearchCursor(sort, *result.next)) : QJsonValue()}};
    if (!withFacets)
        return json;
    QJsonArray categories;
    for (const CategoryFacet &c : result.categories)
        categories.append(QJsonObject{{QStringLiteral("id"), QString::number(c.id)},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("count"), c.count}});
    QJsonArray prices;
    for (const PriceFacet &p : result.prices)
        prices.append(QJsonObject{{QStringLiteral("min"), p.min},
                                  {QStringLiteral("max"), p.max ? QJsonValue(*p.max) : QJsonValue()},
                                  {QStringLiteral("count"), p.count}});
    json.insert(QStringLiteral("facets"),
                QJsonObject{{QStringLiteral("categories"), categories}, {QStringLiteral("price"), prices}});
    json.insert(QStringLiteral("total"), result.total);
    return json;
}

} // namespace Backroom::Server
