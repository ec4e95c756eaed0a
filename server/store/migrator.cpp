// SPDX-License-Identifier: MIT
#include "server/store/migrator.h"

#include "server/store/transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
// Any constant will do as long as it is ours alone; it is the key of the migration advisory lock.
constexpr QByteArrayView migrationLockKey = "7262300201";

Error storeError(const PgError &e, const QString &what)
{
    Error error = e.error;
    error.message = what + QStringLiteral(": ") + (e.serverMessage.isEmpty() ? e.error.message : e.serverMessage);
    return error;
}
} // namespace

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QList<Migration> Migrator::bundled()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration migration;
        migration.version = m.captured(1).toInt();
        migration.name = m.captured(2);
        migration.sql = f.readAll();
        migration.checksum = QCryptographicHash::hash(migration.sql, QCryptographicHash::Sha256).toHex();
        list.append(std::move(migration));
    }
    return list;
}

int Migrator::latestKnown() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Domain::Result<QHash<int, QByteArray>> Migrator::applied(PgConnection &connection) const
{
    auto exists = connection.exec("SELECT to_regclass('backroom_schema_migrations') IS NOT NULL");
    if (!exists)
        return fail(storeError(exists.error(), QStringLiteral("Could not read the schema version")));
    QHash<int, QByteArray> versions;
    if (exists->value(0, 0) != "t")
        return versions;
    auto rows = connection.exec("SELECT version, checksum FROM backroom_schema_migrations");
    if (!rows)
        return fail(storeError(rows.error(), QStringLiteral("Could not read the schema version")));
    for (int i = 0; i < rows->rows(); ++i)
        versions.insert(int(rows->toInt64(i, 0)), rows->value(i, 1).toByteArray());
    return versions;
}

Domain::Status Migrator::verify(const QHash<int, QByteArray> &applied) const
{
    int newest = 0;
    for (auto it = applied.cbegin(); it != applied.cend(); ++it)
        newest = std::max(newest, it.key());
    if (newest > latestKnown())
        return fail(Error::conflict(
            QStringLiteral("The database schema is at version %1, newer than this backroom-server understands "
                           "(up to %2). Run a newer backroom-server, or point this one at another database.")
                .arg(newest)
                .arg(latestKnown())));
    for (const Migration &m : m_migrations) {
        const auto it = applied.constFind(m.version);
        if (it != applied.cend() && *it != m.checksum)
            return fail(Error::conflict(
                QStringLiteral("Migration %1 (%2) in the database differs from the one in this binary: released "
                               "migrations must never be edited. Restore the original file and add a new "
                               "migration instead.")
                    .arg(m.version)
                    .arg(m.name)));
    }
    return {};
}

Domain::Result<int> Migrator::checkedVersion(PgConnection &connection) const
{
    auto versions = applied(connection);
    if (!versions)
        return fail(versions.error());
    if (auto ok = verify(*versions); !ok)
        return fail(ok.error());
    int newest = 0;
    for (auto it = versions->cbegin(); it != versions->cend(); ++it)
        newest = std::max(newest, it.key());
    return newest;
}

Domain::Result<int> Migrator::migrate(PgConnection &connection) const
{
    auto locked = connection.exec("SELECT pg_advisory_lock($1::bigint)", {migrationLockKey.toByteArray()});
    if (!locked)
        return fail(storeError(locked.error(), QStringLiteral("Could not take the migration lock")));
    const auto unlock = qScopeGuard(
        [&] { (void)connection.exec("SELECT pg_advisory_unlock($1::bigint)", {migrationLockKey.toByteArray()}); });

    if (auto created = connection.execScript("CREATE TABLE IF NOT EXISTS backroom_schema_migrations ("
                                             " version integer PRIMARY KEY,"
                                             " name text NOT NULL,"
                                             " checksum text NOT NULL,"
                                             " applied_at timestamptz NOT NULL DEFAULT now())");
        !created)
        return fail(storeError(created.error(), QStringLiteral("Could not create the migrations table")));

    auto versions = applied(connection);
    if (!versions)
        return fail(versions.error());
    if (auto ok = verify(*versions); !ok)
        return fail(ok.error());

    for (const Migration &m : m_migrations) {
        if (versions->contains(m.version))
            continue;
        Transaction tx(connection);
        PgExpected<void> step = tx.begin();
        if (step)
            step = connection.execScript(m.sql);
        if (step) {
            auto recorded = connection.exec(
                "INSERT INTO backroom_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)",
                {QByteArray::number(m.version), m.name.toUtf8(), m.checksum});
            if (!recorded)
                step = std::unexpected(recorded.error());
        }
        if (step)
            step = tx.commit();
        if (!step)
            return fail(storeError(step.error(), QStringLiteral("Migration %1 (%2) failed").arg(m.version).arg(m.name)));
        versions->insert(m.version, m.checksum);
    }
    return latestKnown();
}

} // namespace Backroom::Server
