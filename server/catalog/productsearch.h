// SPDX-License-Identifier: MIT
#pragma once

#include "domain/money.h"
#include "domain/promotion.h"
#include "domain/result.h"
#include "server/store/notifiedcache.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Backroom::Server {

class Database;
class PgConnection;

// The storefront's product search and category listing, on PostgreSQL: full text (products.search, weights
// title A, category names B, description C), prefix matching of the last word, typo tolerance with pg_trgm
// (misspelt words are compared with the words of all titles, table search_words, and searched as those),
// category subtree and price filters, facets. Only active products are ever returned.

// The shop's currency: price_range and the price facets are in its major units, and only products priced
// in it take part in them. Sorting by price compares amounts whatever their currency.
inline constexpr QStringView shopCurrency = u"GBP";

enum class SearchSort {
    Relevance,       // full-text rank + title similarity of the newest rankWindow matches, best first; without
                     // search words: Newest
    Price,           // lowest variant price (before promotions), cheapest first
    PriceDescending, // the same, dearest first
    Newest,          // most recently created first (the identity id grows with every product created)
};

// "relevance", "price", "-price", "newest"; nullopt for anything else.
std::optional<SearchSort> searchSortFromName(QStringView name);

// What user text becomes before it reaches PostgreSQL: only its words (runs of letters and digits, lower
// case, at most maxWords of at most maxWordLength characters), never its punctuation, so no input can
// carry tsquery syntax (& | ! ( ) : * < > ' \) into to_tsquery.
struct SearchText {
    static constexpr qsizetype maxLength = 200; // of q as sent; longer is a validation error
    static constexpr qsizetype maxWords = 10;
    static constexpr qsizetype maxWordLength = 50;

    QStringList words;

    static SearchText from(QStringView q);
    bool isEmpty() const { return words.isEmpty(); }
    // Word i as a to_tsquery('english', …) term: quoted, and for the last word a prefix ("hoodi" finds
    // "hoodie") when it has at least two characters: 'hoodi':*
    QString term(qsizetype i) const;
    // Every term ANDed: 'grey' & 'hoodi':*
    QString tsquery() const;
    // The typo fallback's query: each term ORed with the known words close to it (alternatives[i] for word
    // i), all ANDed: ('hoddie':* | 'hoodie' | 'hoodies') & 'grey'. Alternatives hold only letters and digits.
    QString tsquery(const QList<QStringList> &alternatives) const;
    // The words joined by spaces, compared with pg_trgm's word_similarity against lower(title).
    QString trigramText() const;
};

// Where a page starts: a keyset position for price and newest, an offset for relevance.
struct SearchPosition {
    qint64 offset = 0; // Relevance: how many results came before
    qint64 price = 0;  // Price, PriceDescending: the last item's price_amount
    qint64 id = 0;     // Price, PriceDescending, Newest: the last item's id
};

struct SearchRequest {
    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 100;
    // Relevance pages end here: relevance ranks a window of the matches (ProductSearch::rankWindow).
    static constexpr qint64 maxRelevanceOffset = 1000;

    SearchText text;
    std::optional<qint64> categoryId;     // the category and everything below it
    Domain::PriceRange price;             // minor units of shopCurrency, both ends inclusive
    SearchSort sort = SearchSort::Newest; // as effective: Relevance only with words (see effectiveSort)
    std::optional<SearchPosition> after;  // none: the first page
    int limit = defaultLimit;
    bool withFacets = true; // total and facets: they need every match, not just the page

    // Relevance without words has nothing to rank by, so it lists newest first.
    static SearchSort effectiveSort(std::optional<SearchSort> asked, const SearchText &text);
    // Everything that decides the answer, as text: equal keys, equal answers (at one time).
    QByteArray cacheKey() const;
};

// Opaque cursors: base64url of the sort's letter and its position. Validation error on "cursor" for text
// this server did not issue or one issued for another sort.
QString encodeSearchCursor(SearchSort sort, const SearchPosition &position);
Domain::Result<SearchPosition> decodeSearchCursor(QStringView cursor, SearchSort sort);

struct SearchItem {
    qint64 id = 0;
    QString title;
    std::optional<qint64> categoryId;
    Domain::Money price;                         // the lowest variant price, before promotions
    Domain::Money effectivePrice;                // the lowest variant price after promotions (Domain::effectivePrice)
    std::optional<Domain::Promotion> promotion;  // the rule that made effectivePrice, if any
    std::optional<Domain::Money> compareAtPrice; // of the variant that gives effectivePrice

    // {id, title, category_id, price, effective_price, promotion: {id, name} | null, compare_at_price | null}
    QJsonObject toJson() const;
};

struct CategoryFacet {
    qint64 id = 0;
    QString name;
    qint64 count = 0;
};

// One fixed price bucket in major units of shopCurrency: min inclusive, max exclusive (none: open).
struct PriceFacet {
    qint64 min = 0;
    std::optional<qint64> max;
    qint64 count = 0;
};

// The total and facets of every match of a request; typoTolerant: they (and the page) needed the trigram
// fallback because full text found too little.
struct SearchFacets {
    qint64 total = 0;
    QList<CategoryFacet> categories;
    QList<PriceFacet> prices;
    bool typoTolerant = false;
    QList<QStringList> alternatives; // typoTolerant: the known words close to each search word
};

// Facets of recent searches, keyed by what decides the matches (words, category, price range). Counting
// every match of a common word means reading most of the catalog, so they are kept until any catalog
// change is notified (backroom_catalog, as for ProductCache): any product, category or promotion change
// empties it.
class SearchFacetCache : public NotifiedCache<QByteArray, SearchFacets> {
public:
    using NotifiedCache::NotifiedCache;
    void handleNotification(QByteArrayView)
    {
        countNotification();
        clear();
    }
    void writeMetrics(QByteArray &out) const
    {
        NotifiedCache::writeMetrics(out, "backroom_search_facet_cache", "search facets");
    }
};

struct SearchResult {
    QList<SearchItem> items;
    std::optional<SearchPosition> next; // where the next page starts; none after the last page
    qint64 total = 0;                   // every match (withFacets only)
    QList<CategoryFacet> categories;    // withFacets only
    QList<PriceFacet> prices;           // withFacets only
    bool typoTolerant = false;          // the trigram fallback ran (full text found too little)
    // The first time after `at` at which a promotion touching an item starts or ends; none: no such time.
    std::optional<QDateTime> pricesHoldUntil;
};

// Runs on the calling thread with its own database connection (Database::acquire): call it from the I/O
// thread that serves the request or from a worker. Errors: Unavailable or Internal from the database only;
// the request is valid by construction (the route validates the query).
class ProductSearch {
public:
    // Full text finding fewer matches than this searches again with the known words close to each word.
    static constexpr qint64 typoFallbackBelow = 3;
    // pg_trgm word_similarity a known word must reach to stand in for a search word: just below 0.4, the
    // score of one doubled or swapped letter in a six-letter word ("hoddie" for "hoodie").
    static constexpr const char *typoThreshold = "0.39";
    static constexpr int typoAlternatives = 5; // the closest known words per search word, at most
    static constexpr int facetCategories = 20; // the categories with most matches, at most this many
    // The fixed price buckets' lower bounds, in major units; the last bucket is open-ended.
    static constexpr qint64 priceBucketBounds[] = {0, 5, 10, 25, 50, 100};
    // Relevance ranks the newest this many matches: finding them is an index scan that stops early, while
    // ranking every match of a common word in a large catalog reads most of the table.
    static constexpr qint64 rankWindow = SearchRequest::maxRelevanceOffset;

    // facetCache: facets of recent searches, or none.
    explicit ProductSearch(Database &database, SearchFacetCache *facetCache = nullptr)
        : m_database(database)
        , m_facetCache(facetCache)
    {}

    // The page of request at `at` (promotions active then give the effective prices).
    Domain::Result<SearchResult> search(const SearchRequest &request, const QDateTime &at) const;
    // Whether a category with this id exists.
    Domain::Result<bool> categoryExists(qint64 id) const;

private:
    Domain::Result<SearchFacets> facets(PgConnection &db, const SearchRequest &request) const;

    Database &m_database;
    SearchFacetCache *m_facetCache;
};

// {"items", "next_cursor"} plus, with facets, {"facets": {"categories", "price"}, "total"}.
QJsonObject searchResultJson(const SearchResult &result, SearchSort sort, bool withFacets);

} // namespace Backroom::Server
