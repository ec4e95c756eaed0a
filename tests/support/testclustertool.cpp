// SPDX-License-Identifier: MIT
// backroom-test-cluster start|stop: the CTest fixture that runs one PostgreSQL cluster for a whole test run.

#include "server/store/embeddedpostgres.h"
#include "server/store/migrator.h"
#include "server/store/pgconnection.h"
#include "tests/support/testcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>

using namespace Backroom;

namespace {
int failWith(const QString &message)
{
    std::fprintf(stderr, "backroom-test-cluster: %s\n", qPrintable(message));
    return 1;
}

Server::EmbeddedPostgres::Options options(const QString &directory)
{
    // A throwaway cluster: durability buys nothing here and costs seconds per run.
    return {directory,
            {},
            QStringLiteral("postgres"),
            {QStringLiteral("fsync = off"), QStringLiteral("synchronous_commit = off"),
             QStringLiteral("full_page_writes = off")}};
}

int stop()
{
    const QString directory = Test::TestCluster::directory();
    QFile::remove(QStringLiteral(BACKROOM_TEST_CLUSTER_STATE));
    if (directory.isEmpty())
        return 0;
    Server::EmbeddedPostgres cluster(options(directory));
    if (cluster.isRunning()) {
        cluster.adopt();
        if (auto stopped = cluster.stop(); !stopped)
            return failWith(stopped.error().message);
    }
    // The cluster lives in <temporary parent>/pg; the parent was made for it alone.
    QDir(QFileInfo(directory).absolutePath()).removeRecursively();
    return 0;
}

int start()
{
    stop(); // a cluster left behind by an interrupted run
    // Short and world-enterable: the socket path has a length limit and, as root, the cluster runs as postgres.
    QTemporaryDir parent(QDir::tempPath() + QStringLiteral("/backroom-test-XXXXXX"));
    if (!parent.isValid())
        return failWith(QStringLiteral("cannot create a temporary directory"));
    parent.setAutoRemove(false);
    QFile::setPermissions(parent.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                             | QFile::ReadGroup | QFile::ExeOther | QFile::ReadOther);
    const QString directory = parent.path() + QStringLiteral("/pg");
    Server::EmbeddedPostgres cluster(options(directory));
    if (auto started = cluster.start(); !started)
        return failWith(started.error().message);
    cluster.release(); // keep it running after this process exits

    Server::PgConnection admin(cluster.conninfo(QStringLiteral("postgres")));
    if (auto created = admin.execScript(QByteArray("CREATE DATABASE ") + Test::TestCluster::templateName); !created)
        return failWith(created.error().serverMessage);
    Server::PgConnection templ(cluster.conninfo(QString::fromLatin1(Test::TestCluster::templateName)));
    auto migrated = Server::Migrator().migrate(templ);
    templ.disconnect();
    if (!migrated)
        return failWith(migrated.error().message);

    QFile state(QStringLiteral(BACKROOM_TEST_CLUSTER_STATE));
    if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failWith(QStringLiteral("cannot write %1").arg(state.fileName()));
    state.write(directory.toUtf8());
    std::printf("test cluster running in %s (schema version %d)\n", qPrintable(directory), *migrated);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 2 && args[1] == QStringLiteral("start"))
        return start();
    if (args.size() == 2 && args[1] == QStringLiteral("stop"))
        return stop();
    return failWith(QStringLiteral("usage: backroom-test-cluster start|stop"));
}
