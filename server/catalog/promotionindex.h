// SPDX-License-Identifier: MIT
#pragma once

#include "domain/promotion.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <atomic>
#include <memory>
#include <mutex>

namespace Backroom::Server {

class Database;

// The promotions that have not ended, in memory, so that a storefront read of a product is one primary-key
// read of its document instead of that read plus a search of the promotions (which made PostgreSQL's
// share of an uncached read 1.6 times as dear, with no promotion at all: 55k against 89k reads a second on
// 2 cores). Kept true like the product cache, by the catalog's change notifications (ChangeListener):
// every change of a promotion (or of the category tree) sends '*', which reloads it.
//
// Correctness first: it is trusted only while the listener listens and no change has been notified since
// the last load was started (a load under way when a change is notified is not trusted when it ends);
// until then, and for prices asked about before the load (?at= in the past, for promotions since ended),
// readers search the tables as before (snapshotFor gives nothing). The writer of a change reloads it
// before answering (reload), so it reads its own write. Thread-safe.
class PromotionIndex {
public:
    struct Snapshot {
        QDateTime loadedFor; // holds every promotion that had not ended at this time
        QList<Domain::Promotion> promotions;
        QHash<QString, QList<int>> bySku;      // lower-case SKU -> indexes into promotions
        QHash<QString, QList<int>> byCategory; // category id -> indexes into promotions

        // The promotions that target one of skus (ignoring case) or one of categoryPath and have not ended
        // at `at`, in load order: what a search of the tables for that product gives.
        QList<Domain::Promotion> promotionsFor(const QStringList &skus, const QList<qint64> &categoryPath,
                                               const QDateTime &at) const;
    };

    explicit PromotionIndex(Database &database)
        : m_database(database)
    {}

    // The index if it can answer for prices at `at`; null when the tables must be read instead.
    std::shared_ptr<const Snapshot> snapshotFor(const QDateTime &at) const;

    // Reads the promotions again (a blocking query on the calling thread's connection). False when it could not:
    // the index stays untrusted until a later load succeeds.
    bool reload();
    // After this server changed promotions or categories: untrusted at once, then reloaded.
    void changed();
    // ChangeListener callbacks (on the listener's thread): a '*' payload reloads; product ids do not touch
    // promotions. Listening again after a gap reloads too; while not listening nothing is trusted.
    void handleNotification(QByteArrayView payload);
    void setListening(bool listening);
    // Loads that succeeded, ever.
    quint64 loads() const { return m_loads.load(); }

private:
    Database &m_database;
    mutable std::mutex m_mutex;
    std::shared_ptr<const Snapshot> m_snapshot;
    quint64 m_loadedGeneration = 0; // the generation m_snapshot was loaded at
    quint64 m_generation = 1;       // bumped by every change notified; a load records it when it starts
    bool m_listening = false;
    std::mutex m_loading; // one load at a time
    std::atomic<quint64> m_loads{0};
};

} // namespace Backroom::Server
