// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/store/pgconnection.h"

namespace Backroom::Server {

struct Migration {
    int version = 0;
    QString name;
    QByteArray sql;
    QByteArray checksum; // SHA-256 hex of sql: a released migration is never edited
};

// Applies the numbered SQL migrations bundled in the binary (resources/migrations/NNNN_name.sql), in order,
// each in its own transaction, under an advisory lock so several servers starting at once apply each
// migration exactly once. Refuses a database whose schema is newer than this binary, and one whose applied
// migrations differ from the bundled ones.
class Migrator {
public:
    explicit Migrator(QList<Migration> migrations = bundled());

    static QList<Migration> bundled();
    int latestKnown() const;

    // Brings the schema up to date; returns the schema version.
    Domain::Result<int> migrate(PgConnection &connection) const;
    // The schema version, checked to be one this binary understands; 0 for an empty database.
    Domain::Result<int> checkedVersion(PgConnection &connection) const;

private:
    Domain::Result<QHash<int, QByteArray>> applied(PgConnection &connection) const;
    Domain::Status verify(const QHash<int, QByteArray> &applied) const;

    QList<Migration> m_migrations;
};

} // namespace Backroom::Server
