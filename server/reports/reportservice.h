// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "domain/salesreport.h"
#include "server/store/pgconnection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Backroom::Server {

class Database;

// A report's answer: a table (the same rows as JSON "items" and as CSV) and, for JSON only, members
// around it (totals, the range, the comparison period).
struct ReportTable {
    QStringList columns;
    QList<QJsonArray> rows; // one value per column: numbers (money in minor units), strings or null
    QJsonObject extra;

    QJsonObject toJson() const;
    // RFC 4180 with a header line; numbers as written in JSON, null as an empty field.
    QByteArray toCsv() const;
};

// The reports over the read models of ReportsProjection (migration 0020), and the live counts the
// dashboard's attention cards show. Reads only; call from any thread (each call takes a pooled connection).
// Every error is a Domain::Error: Validation for bad input (naming the field), Unavailable when the
// database is.
class ReportService {
public:
    struct Options {
        int shipPromiseDays = 2; // confirmed orders not shipped within this many days are late
    };
    ReportService(Database &database, Options options) : m_database(database), m_options(options) {}

    enum class TopBy { Units, Revenue };

    // currency empty: the currency with the most orders in the range (GBP for an empty shop).
    Domain::Result<ReportTable> sales(const Domain::ReportRange &range, const QString &currency) const;
    Domain::Result<ReportTable> topProducts(const Domain::ReportRange &range, TopBy by, int limit, const QString &currency) const;
    Domain::Result<ReportTable> topCategories(const Domain::ReportRange &range, TopBy by, int limit,
                                              const QString &currency) const;
    Domain::Result<ReportTable> refunds(const Domain::ReportRange &range, const QString &currency) const;
    Domain::Result<ReportTable> ordersByState(const Domain::ReportRange &range) const;
    Domain::Result<ReportTable> fulfilment(const Domain::ReportRange &range) const;
    Domain::Result<ReportTable> stockValue() const;
    Domain::Result<ReportTable> stockouts(const QDate &today) const;
    Domain::Result<QJsonObject> attention(const QDateTime &now) const;

    // Gross sales per day of one currency, from → to inclusive (days without sales are absent): the one query
    // a test compares with sums taken straight from a data file.
    static PgExpected<QMap<QDate, qint64>> dailyGross(PgConnection &connection, const QString &currency, const QDate &from,
                                                      const QDate &to);

private:
    Domain::Result<QString> currencyFor(PgConnection &c, const Domain::ReportRange &range, const QString &asked) const;
    Domain::Result<ReportTable> top(const Domain::ReportRange &range, TopBy by, int limit, const QString &currency,
                                    bool categories) const;

    Database &m_database;
    Options m_options;
};

} // namespace Backroom::Server
