// SPDX-License-Identifier: MIT
#pragma once

#include "domain/promotion.h"
#include "domain/result.h"
#include "server/audit/auditlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <optional>

namespace Backroom::Server {

class Database;
class PgConnection;
class PgResult;

struct StoredPromotion {
    Domain::Promotion promotion; // its id is the row's id
    int version = 0;

    QJsonObject toJson() const;
};

// Price reductions for SKUs and categories over a period. The storefront never reads this directly: the
// effective prices of products are worked out from it (Domain::effectivePrice).
class PromotionService {
public:
    explicit PromotionService(Database &database) : m_database(database) {}

    // All promotions, newest start first; activeAt: only those in force at that time.
    Domain::Result<QList<StoredPromotion>> list(std::optional<QDateTime> activeAt) const;
    Domain::Result<StoredPromotion> get(qint64 id) const;
    // Validation when a target category does not exist.
    Domain::Result<StoredPromotion> create(const Domain::Promotion &promotion, const AuditActor &actor);
    Domain::Result<StoredPromotion> replace(qint64 id, const Domain::Promotion &promotion,
                                            std::optional<int> expectedVersion, const AuditActor &actor);
    Domain::Status remove(qint64 id, const AuditActor &actor);

    // A promotion row as one JSON array: the column every query that loads promotions selects (alone, or
    // aggregated with json_agg inside a larger read), and what promotionFrom decodes.
    static const char *const record;
    static StoredPromotion promotionFrom(const QJsonArray &record);
    // The record in column 0 of row.
    static StoredPromotion promotionFrom(const PgResult &rows, int row);

private:
    Database &m_database;
};

} // namespace Backroom::Server
