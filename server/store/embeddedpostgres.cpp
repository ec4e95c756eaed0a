// SPDX-License-Identifier: MIT
#include "server/store/embeddedpostgres.h"

#include "server/store/pgconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <pwd.h>
#include <unistd.h>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr int socketPort = 5432; // only names the socket file; there is no TCP listener
constexpr qsizetype maxSocketPath = 107; // sun_path limit on Linux, minus the terminator

QString tail(const QString &text, int lines = 12)
{
    QStringList all = text.trimmed().split(u'\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(u'\n');
}

struct SystemUser {
    uid_t uid = 0;
    gid_t gid = 0;
};

std::optional<SystemUser> postgresUser()
{
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        return std::nullopt;
    return SystemUser{pw->pw_uid, pw->pw_gid};
}

// Every directory above the cluster must be enterable by the user PostgreSQL runs as.
QString firstUntraversableParent(const QString &directory, uid_t uid, gid_t gid)
{
    QDir dir(QFileInfo(directory).absoluteFilePath());
    while (dir.cdUp()) {
        const QFileInfo info(dir.absolutePath());
        const QFile::Permissions p = info.permissions();
        bool ok = p.testFlag(QFile::ExeOther);
        if (info.ownerId() == uid)
            ok = ok || p.testFlag(QFile::ExeOwner);
        if (info.groupId() == gid)
            ok = ok || p.testFlag(QFile::ExeGroup);
        if (!ok)
            return dir.absolutePath();
        if (dir.isRoot())
            break;
    }
    return {};
}
} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options)
    : m_options(std::move(options))
{
    m_options.directory = QFileInfo(m_options.directory).absoluteFilePath();
    if (m_options.binDir.isEmpty())
        m_options.binDir = findBinDir();
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (m_owned)
        (void)stop();
}

bool EmbeddedPostgres::runningAsRoot()
{
    return geteuid() == 0;
}

QString EmbeddedPostgres::findBinDir()
{
    static const QString found = [] { return locateBinDir(); }();
    return found;
}

QString EmbeddedPostgres::locateBinDir()
{
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    // Debian keeps the server binaries off PATH, one directory per major version; take the newest.
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : found) {
        const QString dir = versions.filePath(v) + QStringLiteral("/bin");
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return {};
}

QString EmbeddedPostgres::dataDirectory() const
{
    return m_options.directory + QStringLiteral("/data");
}

QString EmbeddedPostgres::logFile() const
{
    return m_options.directory + QStringLiteral("/postgres.log");
}

QByteArray EmbeddedPostgres::conninfo(const QString &databaseName) const
{
    // Values are quoted for libpq's conninfo syntax; the directory is ours, but may contain spaces.
    auto quote = [](QString v) {
        v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        return QStringLiteral("'") + v + QStringLiteral("'");
    };
    const QString db = databaseName.isEmpty() ? m_options.databaseName : databaseName;
    return (QStringLiteral("host=") + quote(m_options.directory) + QStringLiteral(" port=%1").arg(socketPort)
            + QStringLiteral(" user=backroom dbname=") + quote(db) + QStringLiteral(" connect_timeout=5"))
        .toUtf8();
}

EmbeddedPostgres::ProcessResult EmbeddedPostgres::runTool(const QString &tool, const QStringList &arguments,
                                                          int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = m_options.binDir + u'/' + tool;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), path} + arguments);
    else
        process.start(path, arguments);
    if (!process.waitForStarted(10000))
        return {-1, QStringLiteral("could not start %1: %2").arg(path, process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return {-1, QStringLiteral("%1 did not finish within %2 s").arg(tool).arg(timeoutMs / 1000)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAll())};
}

void EmbeddedPostgres::adopt()
{
    m_running = m_running || isRunning();
    m_owned = m_running;
}

bool EmbeddedPostgres::isRunning() const
{
    if (!QFileInfo::exists(dataDirectory() + QStringLiteral("/postmaster.pid")))
        return false;
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), dataDirectory()}, 10000)
               .exitCode
        == 0;
}

Domain::Status EmbeddedPostgres::initialise()
{
    QDir dir(m_options.directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return fail(Error::internal(QStringLiteral("Could not create the database directory %1; check that its "
                                                   "parent exists and is writable.")
                                        .arg(m_options.directory)));
    QFile::setPermissions(m_options.directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (runningAsRoot()) {
        const auto pg = postgresUser();
        if (!pg)
            return fail(Error::internal(QStringLiteral(
                "Running as root, the embedded PostgreSQL must run as the 'postgres' system user, which does not "
                "exist. Install the 'postgresql' package or run backroom-server as an ordinary user.")));
        const QString blocked = firstUntraversableParent(m_options.directory, pg->uid, pg->gid);
        if (!blocked.isEmpty())
            return fail(Error::internal(
                QStringLiteral("The 'postgres' user cannot enter %1, so it cannot run the database under %2. "
                               "Choose a data directory outside it (e.g. --data-dir /var/lib/backroom).")
                    .arg(blocked, m_options.directory)));
        if (::chown(QFile::encodeName(m_options.directory).constData(), pg->uid, pg->gid) != 0)
            return fail(Error::internal(
                QStringLiteral("Could not hand %1 to the 'postgres' user.").arg(m_options.directory)));
    }
    if (QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION")))
        return {};

    const ProcessResult init = runTool(QStringLiteral("initdb"),
                                       {QStringLiteral("-D"), dataDirectory(), QStringLiteral("--username=backroom"),
                                        QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                                        QStringLiteral("--locale=C.UTF-8")},
                                       120000);
    if (init.exitCode != 0)
        return fail(Error::internal(
            QStringLiteral("initdb failed for %1:\n%2").arg(dataDirectory(), tail(init.output))));

    // Trust is safe only because the socket is the one way in and it lives in a directory only the cluster's
    // owner can enter.
    QFile conf(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text))
        return fail(Error::internal(QStringLiteral("Could not write %1.").arg(conf.fileName())));
    QStringList lines{QStringLiteral("listen_addresses = ''"),
                      QStringLiteral("unix_socket_directories = '%1'")
                          .arg(QString(m_options.directory).replace(u'\'', QStringLiteral("''"))),
                      QStringLiteral("unix_socket_permissions = 0700"), QStringLiteral("port = %1").arg(socketPort),
                      QStringLiteral("max_connections = 200")};
    lines += m_options.settings;
    conf.write(QStringLiteral("\n# Added by backroom-server\n%1\n").arg(lines.join(u'\n')).toUtf8());
    return {};
}

Domain::Status EmbeddedPostgres::createDatabase()
{
    PgConnection admin(conninfo(QStringLiteral("postgres")));
    auto exists = admin.exec("SELECT 1 FROM pg_database WHERE datname = $1", {m_options.databaseName.toUtf8()});
    if (!exists)
        return fail(Error::unavailable(QStringLiteral("The embedded PostgreSQL started but does not answer: %1")
                                           .arg(exists.error().serverMessage)));
    if (exists->rows() > 0)
        return {};
    // CREATE DATABASE takes no parameters; the name is quoted as an identifier by the server itself.
    auto quoted = admin.exec("SELECT quote_ident($1)", {m_options.databaseName.toUtf8()});
    if (!quoted)
        return fail(quoted.error().error);
    auto created = admin.execScript("CREATE DATABASE " + quoted->value(0, 0).toByteArray());
    if (!created && created.error().sqlstate != "42P04")
        return fail(Error::internal(QStringLiteral("Could not create the database %1: %2")
                                        .arg(m_options.databaseName, created.error().serverMessage)));
    return {};
}

Domain::Status EmbeddedPostgres::start()
{
    if (m_options.binDir.isEmpty())
        return fail(Error::internal(QStringLiteral(
            "PostgreSQL's server programs (initdb, pg_ctl) were not found. Install the 'postgresql' package, or "
            "pass --database-url to use an existing PostgreSQL.")));
    const QString socketPath = m_options.directory + QStringLiteral("/.s.PGSQL.%1").arg(socketPort);
    if (socketPath.toUtf8().size() > maxSocketPath)
        return fail(Error::internal(QStringLiteral("The data directory path is too long for a Unix socket (%1 > %2 "
                                                   "bytes); choose a shorter --data-dir.")
                                        .arg(socketPath.toUtf8().size())
                                        .arg(maxSocketPath)));
    if (auto ok = initialise(); !ok)
        return ok;
    if (isRunning()) {
        m_running = true;
    } else {
        const ProcessResult started = runTool(
            QStringLiteral("pg_ctl"),
            {QStringLiteral("start"), QStringLiteral("-D"), dataDirectory(), QStringLiteral("-l"), logFile(),
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60")},
            90000);
        if (started.exitCode != 0) {
            QFile log(logFile());
            QString logTail;
            if (log.open(QIODevice::ReadOnly))
                logTail = tail(QString::fromUtf8(log.readAll()));
            return fail(Error::unavailable(QStringLiteral("The embedded PostgreSQL in %1 did not start:\n%2\n%3")
                                               .arg(dataDirectory(), tail(started.output), logTail)));
        }
        m_running = true;
        m_owned = true;
    }
    return createDatabase();
}

Domain::Status EmbeddedPostgres::stop()
{
    m_owned = false;
    if (!m_running)
        return {};
    m_running = false;
    const ProcessResult stopped = runTool(QStringLiteral("pg_ctl"),
                                          {QStringLiteral("stop"), QStringLiteral("-D"), dataDirectory(),
                                           QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w")},
                                          90000);
    if (stopped.exitCode != 0 && isRunning())
        return fail(Error::internal(QStringLiteral("The embedded PostgreSQL in %1 did not stop:\n%2")
                                        .arg(dataDirectory(), tail(stopped.output))));
    return {};
}

} // namespace Backroom::Server
