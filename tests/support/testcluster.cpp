// SPDX-License-Identifier: MIT
#include "tests/support/testcluster.h"

#include "server/store/embeddedpostgres.h"
#include "server/store/pgconnection.h"

#include <QFile>
#include <QRandomGenerator>
#include <QThread>

namespace Backroom::Test {

using Server::EmbeddedPostgres;
using Server::PgConnection;

QString TestCluster::directory()
{
    QFile state(QStringLiteral(BACKROOM_TEST_CLUSTER_STATE));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(state.readAll()).trimmed();
}

QByteArray TestCluster::conninfo(const QString &databaseName)
{
    EmbeddedPostgres cluster({directory(), {}, QStringLiteral("postgres"), {}});
    QByteArray info = cluster.conninfo(databaseName);
    cluster.release();
    return info;
}

TestDatabase::TestDatabase(Content content)
{
    if (TestCluster::directory().isEmpty()) {
        m_error = QStringLiteral("The shared test cluster is not running: run the tests through ctest (fixture "
                                 "pg_cluster), or `backroom-test-cluster start` first.");
        return;
    }
    const QString name = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QChar(u'0'));
    PgConnection admin(TestCluster::conninfo(QStringLiteral("postgres")));
    // Names are generated here from hex digits only, so they are safe identifiers.
    const QByteArray sql = content == Content::Migrated
        ? "CREATE DATABASE " + name.toLatin1() + " TEMPLATE " + TestCluster::templateName
        : "CREATE DATABASE " + name.toLatin1() + " TEMPLATE template0";
    // Copying a template fails while anyone else copies it at the same instant; try again briefly.
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto created = admin.execScript(sql);
        if (created) {
            m_name = name;
            return;
        }
        m_error = created.error().serverMessage;
        if (created.error().sqlstate != "55006")
            return;
        QThread::msleep(50 * (attempt + 1));
    }
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    PgConnection admin(TestCluster::conninfo(QStringLiteral("postgres")));
    (void)admin.execScript("DROP DATABASE IF EXISTS " + m_name.toLatin1() + " WITH (FORCE)");
}

} // namespace Backroom::Test
