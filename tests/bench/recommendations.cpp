// SPDX-License-Identifier: MIT
// backroom-bench-recommendations: how well "bought together" predicts real baskets, against popularity.
// A benchmark, not a test: prints hit rates, asserts nothing. tests/bench/recommendations runs it.
//
// Reads the Online Retail CSV (plain; the script decompresses it) with the import's own row rules
// (domain/retailimport), makes one basket per invoice (its distinct product stock codes), trains the
// domain's CooccurrenceModel on the invoices dated before the cut-off, and on every later basket of two or
// more products hides one product at a time:
//   product page  the list for ONE other product of the basket (the next one in the invoice, wrapping
//                 around), as GET /products/{id}/recommendations serves it: hit when the hidden product is
//                 in its first 10;
//   basket        the lists of ALL the other products summed (each list's score added per candidate),
//                 the basket's own products left out: hit when the hidden product is in the first 10.
// The popularity baseline answers both with the 10 most ordered products of the training invoices that are
// not in view. Hit rate@10 = hits / cases, every (basket, hidden product) one case.

#include "domain/csv.h"
#include "domain/recommendation.h"
#include "domain/retailimport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace Backroom::Domain;

namespace {

constexpr int topN = 10;

struct Basket {
    qint64 time = 0;
    QList<qint64> products; // distinct, in the order of the invoice's lines
};

struct Data {
    QList<Basket> baskets; // in the order invoices first appear
    qsizetype products = 0;
};

Data readBaskets(const QByteArray &csv)
{
    CsvReader reader(csv);
    Data data;
    auto header = reader.next();
    if (!header)
        return data;
    auto columns = retailColumns(header->fields);
    if (!columns) {
        std::fprintf(stderr, "%s\n", qPrintable(columns.error().message));
        return data;
    }
    QHash<QString, qint64> ids;
    QHash<QString, qsizetype> invoices;
    while (auto record = reader.next()) {
        auto row = readRetailRow(*record, *columns);
        if (!row)
            continue;
        const QString code = row->stockCode.toUpper();
        qint64 id = ids.value(code);
        if (id == 0) {
            id = ids.size() + 1;
            ids.insert(code, id);
        }
        auto at = invoices.constFind(row->invoiceNo);
        if (at == invoices.cend()) {
            at = invoices.insert(row->invoiceNo, data.baskets.size());
            data.baskets.append(Basket{row->invoiceTime, {}});
        }
        Basket &b = data.baskets[*at];
        if (!b.products.contains(id))
            b.products.append(id);
    }
    data.products = ids.size();
    return data;
}

struct Score {
    qint64 hits = 0;
    qint64 cases = 0;
    double rate() const { return cases ? double(hits) / double(cases) : 0.0; }
};

struct Setting {
    QString name;
    int cap = 40;
    RecommendationRanking ranking = RecommendationRanking::Confidence;
    RecommendationThresholds thresholds;
};

struct Outcome {
    Score page;        // co-occurrence, the popular list only when it has nothing (as the route)
    Score pagePadded;  // co-occurrence, then popular products up to 10
    Score pagePopular;
    Score basket;
    Score basketPopular;
    qint64 pageFallbacks = 0; // cases where the product in view had no co-occurrence list
};

Outcome evaluate(const Data &data, qint64 cutoff, const Setting &s)
{
    CooccurrenceModel model(CooccurrenceOptions{s.cap});
    QList<const Basket *> test;
    for (const Basket &b : data.baskets) {
        if (b.time < cutoff)
            model.addBasket(b.products);
        else if (b.products.size() >= 2)
            test.append(&b);
    }
    // Lists long enough for summing in the basket protocol; the first 10 are the product page's.
    constexpr int listLength = 50;
    QHash<qint64, QList<Recommendation>> lists;
    const auto listOf = [&](qint64 product) -> const QList<Recommendation> & {
        auto it = lists.find(product);
        if (it == lists.end())
            it = lists.insert(product, model.recommend(product, s.thresholds, listLength, s.ranking));
        return *it;
    };
    const QList<qint64> popularAll = model.popular({}, 1000);
    const auto popularExcept = [&](const QSet<qint64> &exclude) {
        QList<qint64> top;
        for (qint64 p : popularAll) {
            if (top.size() == topN)
                break;
            if (!exclude.contains(p))
                top.append(p);
        }
        return top;
    };

    Outcome r;
    for (const Basket *b : std::as_const(test)) {
        const QList<qint64> &items = b->products;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const qint64 hidden = items[i];
            const qint64 viewed = items[(i + 1) % items.size()];

            // Product page.
            const QList<Recommendation> &list = listOf(viewed);
            QList<qint64> shown;
            for (const Recommendation &rec : list) {
                if (shown.size() == topN)
                    break;
                shown.append(rec.product);
            }
            const QList<qint64> popular = popularExcept({viewed});
            ++r.page.cases;
            ++r.pagePadded.cases;
            ++r.pagePopular.cases;
            if (shown.isEmpty())
                ++r.pageFallbacks;
            const QList<qint64> &served = shown.isEmpty() ? popular : shown;
            if (served.contains(hidden))
                ++r.page.hits;
            QList<qint64> padded = shown;
            for (qint64 p : popular) {
                if (padded.size() == topN)
                    break;
                if (!padded.contains(p))
                    padded.append(p);
            }
            if (padded.contains(hidden))
                ++r.pagePadded.hits;
            if (popular.contains(hidden))
                ++r.pagePopular.hits;

            // Basket.
            QSet<qint64> context;
            for (qsizetype j = 0; j < items.size(); ++j) {
                if (j != i)
                    context.insert(items[j]);
            }
            QHash<qint64, double> sum;
            for (qint64 c : std::as_const(context)) {
                for (const Recommendation &rec : listOf(c)) {
                    if (!context.contains(rec.product))
                        sum[rec.product] += rec.score;
                }
            }
            QList<std::pair<double, qint64>> ranked;
            for (auto it = sum.cbegin(); it != sum.cend(); ++it)
                ranked.append({-it.value(), it.key()});
            std::sort(ranked.begin(), ranked.end());
            QList<qint64> top;
            for (const auto &[score, product] : std::as_const(ranked)) {
                if (top.size() == topN)
                    break;
                top.append(product);
            }
            for (qint64 p : popularExcept(context)) { // an empty list answers with popular products
                if (top.size() == topN)
                    break;
                if (!top.contains(p))
                    top.append(p);
            }
            ++r.basket.cases;
            ++r.basketPopular.cases;
            if (top.contains(hidden))
                ++r.basket.hits;
            if (popularExcept(context).contains(hidden))
                ++r.basketPopular.hits;
        }
    }
    return r;
}

QString percent(double rate)
{
    return QString::number(rate * 100.0, 'f', 1) + u'%';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "Usage: backroom-bench-recommendations FILE.csv [CUTOFF yyyy-MM-dd, default 2010-12-15]\n";
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "Cannot read " << args.at(1) << ": " << file.errorString() << '\n';
        return 1;
    }
    const QDate cutoffDate = QDate::fromString(args.value(2, QStringLiteral("2010-12-15")), Qt::ISODate);
    if (!cutoffDate.isValid()) {
        QTextStream(stderr) << "The cut-off must be a date, yyyy-MM-dd.\n";
        return 2;
    }
    const qint64 cutoff = cutoffDate.toJulianDay() * 86400;
    const Data data = readBaskets(file.readAll());
    qsizetype train = 0;
    qsizetype test = 0;
    QMap<int, int> sizes;
    for (const Basket &b : data.baskets) {
        (b.time < cutoff ? train : test) += 1;
        const qsizetype n = b.products.size();
        sizes[n <= 10 ? 10 : n <= 20 ? 20 : n <= 40 ? 40 : n <= 80 ? 80 : n <= 160 ? 160 : 100000] += 1;
    }
    out << "Online Retail: " << data.baskets.size() << " invoices with products (" << train << " before "
        << cutoffDate.toString(Qt::ISODate) << " for training, " << test << " after for testing), " << data.products
        << " products.\nDistinct products per invoice:";
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it)
        out << ' ' << (it.key() == 100000 ? QStringLiteral(">160") : QStringLiteral("<=%1").arg(it.key())) << ": "
            << it.value();
    out << "\n\n";

    QList<Setting> settings;
    const auto add = [&](const QString &name, int cap, RecommendationRanking ranking, RecommendationThresholds t = {}) {
        settings.append({name, cap, ranking, t});
    };
    add(QStringLiteral("cosine, cap 80 (the server's settings)"), 80, RecommendationRanking::Cosine);
    add(QStringLiteral("confidence, cap 80"), 80, RecommendationRanking::Confidence);
    add(QStringLiteral("cosine, cap 20"), 20, RecommendationRanking::Cosine);
    add(QStringLiteral("cosine, cap 40"), 40, RecommendationRanking::Cosine);
    add(QStringLiteral("cosine, cap 160"), 160, RecommendationRanking::Cosine);
    add(QStringLiteral("cosine, no cap"), 100000, RecommendationRanking::Cosine);
    add(QStringLiteral("lift, cap 80"), 80, RecommendationRanking::Lift);
    RecommendationThresholds loose;
    loose.minPairCount = 1;
    loose.minConfidence = 0;
    loose.minLift = 0;
    loose.minItemBaskets = 1;
    add(QStringLiteral("cosine, cap 80, no thresholds"), 80, RecommendationRanking::Cosine, loose);
    RecommendationThresholds strict;
    strict.minPairCount = 3;
    strict.minConfidence = 0.05;
    strict.minLift = 1.5;
    strict.minItemBaskets = 5;
    add(QStringLiteral("cosine, cap 80, strict (n>=3, conf>=.05, lift>1.5)"), 80, RecommendationRanking::Cosine, strict);

    out << "hit rate@10          product page:  co-occurrence  +popular fill  popularity  (fallbacks) |  basket:  "
           "co-occurrence  popularity\n";
    for (const Setting &s : std::as_const(settings)) {
        const Outcome r = evaluate(data, cutoff, s);
        out << s.name.leftJustified(56) << ' ' << percent(r.page.rate()).rightJustified(8) << ' '
            << percent(r.pagePadded.rate()).rightJustified(8) << ' ' << percent(r.pagePopular.rate()).rightJustified(8)
            << "  (" << QString::number(double(r.pageFallbacks) / double(std::max<qint64>(1, r.page.cases)) * 100.0, 'f', 1)
            << "%) | " << percent(r.basket.rate()).rightJustified(8) << ' '
            << percent(r.basketPopular.rate()).rightJustified(8) << "   cases " << r.page.cases << '\n';
        out.flush();
    }
    return 0;
}
