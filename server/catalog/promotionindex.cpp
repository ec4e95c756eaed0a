// SPDX-License-Identifier: MIT
#include "server/catalog/promotionindex.h"

#include "server/catalog/promotionservice.h"
#include "server/log.h"
#include "server/store/database.h"

#include <algorithm>

namespace Backroom::Server {

QList<Domain::Promotion> PromotionIndex::Snapshot::promotionsFor(const QStringList &skus,
                                                                 const QList<qint64> &categoryPath,
                                                                 const QDateTime &at) const
{
    QList<int> hits;
    for (const QString &sku : skus)
        hits += bySku.value(sku.toLower());
    for (const qint64 category : categoryPath)
        hits += byCategory.value(QString::number(category));
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    QList<Domain::Promotion> found;
    for (const int i : std::as_const(hits)) {
        const Domain::Promotion &p = promotions[i];
        if (!p.endsAt.isValid() || p.endsAt > at)
            found.append(p);
    }
    return found;
}

std::shared_ptr<const PromotionIndex::Snapshot> PromotionIndex::snapshotFor(const QDateTime &at) const
{
    const std::lock_guard lock(m_mutex);
    if (!m_listening || !m_snapshot || m_loadedGeneration != m_generation || at < m_snapshot->loadedFor)
        return nullptr;
    return m_snapshot;
}

bool PromotionIndex::reload()
{
    const std::lock_guard loading(m_loading);
    quint64 generation;
    {
        const std::lock_guard lock(m_mutex);
        generation = m_generation;
    }
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->loadedFor = QDateTime::currentDateTimeUtc();
    auto connection = m_database.acquire();
    auto rows = connection->exec(QByteArray("SELECT ") + PromotionService::record +
                                     " FROM promotions WHERE ends_at IS NULL OR ends_at > $1::timestamptz ORDER BY id",
                                 {snapshot->loadedFor.toString(Qt::ISODateWithMs).toLatin1()});
    if (!rows) {
        Log::warning("catalog.promotion_index_unavailable", {{"error", rows.error().error.message}});
        return false;
    }
    for (int i = 0; i < rows->rows(); ++i) {
        const Domain::Promotion p = PromotionService::promotionFrom(*rows, i).promotion;
        const int at = int(snapshot->promotions.size());
        for (const QString &sku : p.skus)
            snapshot->bySku[sku.toLower()].append(at);
        for (const QString &category : p.categoryIds)
            snapshot->byCategory[category].append(at);
        snapshot->promotions.append(p);
    }
    const std::lock_guard lock(m_mutex);
    if (generation >= m_loadedGeneration) {
        m_snapshot = std::move(snapshot);
        m_loadedGeneration = generation;
    }
    ++m_loads;
    return true;
}

void PromotionIndex::handleNotification(QByteArrayView payload)
{
    if (payload.startsWith('p'))
        return; // product ids: a product's own document carries its SKUs and categories
    changed();
}

void PromotionIndex::changed()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
    }
    reload();
}

void PromotionIndex::setListening(bool listening)
{
    {
        const std::lock_guard lock(m_mutex);
        m_listening = listening;
        ++m_generation; // whatever was notified meanwhile is lost
    }
    if (listening)
        reload();
}

} // namespace Backroom::Server
