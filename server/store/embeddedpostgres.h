// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QString>

namespace Backroom::Server {

// A private PostgreSQL cluster under a directory of ours: initdb'd on first use, reachable only through a
// Unix socket in that directory (no TCP), run as the `postgres` system user when we are root because
// PostgreSQL refuses to run as root. Several processes may use it: whoever finds it stopped starts it,
// and only the one that started it (or a server that adopts it) stops it.
class EmbeddedPostgres {
public:
    struct Options {
        QString directory;   // holds data/, the socket and postgres.log
        QString binDir;      // empty: found with pg_config or under /usr/lib/postgresql
        QString databaseName = QStringLiteral("backroom");
        QStringList settings; // extra postgresql.conf lines, e.g. "fsync = off" for throwaway test clusters
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres();
    EmbeddedPostgres(const EmbeddedPostgres &) = delete;
    EmbeddedPostgres &operator=(const EmbeddedPostgres &) = delete;

    // Creates the cluster if needed, starts it unless it already runs, and creates the database.
    Domain::Status start();
    // Stops the cluster if this object started or adopted it.
    Domain::Status stop();
    // Take over responsibility for stopping a cluster someone else started (a server does this, and the
    // test fixture's cleanup); works on an object that never called start().
    void adopt();
    void release() { m_owned = false; }

    bool isRunning() const;
    bool ownsCluster() const { return m_owned; }
    QByteArray conninfo(const QString &databaseName = {}) const;
    QString socketDirectory() const { return m_options.directory; }
    QString dataDirectory() const;
    QString logFile() const;

    // Where initdb and pg_ctl live: pg_config's answer, else the newest /usr/lib/postgresql/N/bin. Cached.
    static QString findBinDir();
    static bool runningAsRoot();

private:
    struct ProcessResult {
        int exitCode = -1;
        QString output;
    };
    static QString locateBinDir();
    ProcessResult runTool(const QString &tool, const QStringList &arguments, int timeoutMs) const;
    Domain::Status initialise();
    Domain::Status createDatabase();

    Options m_options;
    bool m_running = false;
    bool m_owned = false;
};

} // namespace Backroom::Server
