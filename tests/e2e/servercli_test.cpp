// SPDX-License-Identifier: MIT
// The backroom-server program as an operator runs it.
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

#include <QProcess>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Backroom::Test;

namespace {
struct CliRun {
    int exitCode = -1;
    QString output;
};

CliRun runServer(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(BACKROOM_SERVER_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}
} // namespace

TEST(ServerCli, DescribesItsCommandsAndOptions)
{
    const CliRun help = runServer({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.output.contains(QStringLiteral("--max-body")));
    EXPECT_TRUE(help.output.contains(QStringLiteral("BACKROOM_DATABASE_URL")));
    EXPECT_TRUE(help.output.contains(QStringLiteral("migrate")));
    const CliRun migrateHelp = runServer({QStringLiteral("migrate"), QStringLiteral("--help")});
    EXPECT_EQ(migrateHelp.exitCode, 0);
    EXPECT_TRUE(migrateHelp.output.contains(QStringLiteral("--data-dir")));
}

TEST(ServerCli, RejectsUnknownCommandsAndBadOptions)
{
    const CliRun unknown = runServer({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.output.contains(QStringLiteral("Unknown command 'frobnicate'")));
    const CliRun bad = runServer({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nowhere")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.output.contains(QStringLiteral("--listen")));
}

TEST(ServerCli, MigratesADatabaseGivenByEnvironment)
{
    TestDatabase db(TestDatabase::Content::Empty);
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BACKROOM_DATABASE_URL"), QString::fromUtf8(db.conninfo()));
    const CliRun first = runServer({QStringLiteral("migrate")}, env);
    EXPECT_EQ(first.exitCode, 0) << first.output.toStdString();
    EXPECT_TRUE(first.output.contains(QStringLiteral("Schema is at version ")));
    const CliRun again = runServer({QStringLiteral("migrate")}, env);
    EXPECT_EQ(again.exitCode, 0) << again.output.toStdString();
}

TEST(ServerCli, ServesUntilTerminatedAndExitsCleanly)
{
    TestServer server;
    ASSERT_TRUE(server.start()) << server.output().toStdString();
    auto ready = RawHttp::request(quint16(server.url().port()), "GET", "/readyz");
    ASSERT_TRUE(ready.has_value());
    EXPECT_EQ(ready->status, 200);
    EXPECT_EQ(server.stop(), 0) << server.output().toStdString();
    EXPECT_TRUE(server.output().contains(QStringLiteral("server.stopped")));
}

TEST(ServerCli, LogsJsonLinesWithTheRequestId)
{
    TestServer server;
    ASSERT_TRUE(server.start({QStringLiteral("--log-format"), QStringLiteral("json"), QStringLiteral("--access-log"),
                              QStringLiteral("on")}))
        << server.output().toStdString();
    RawHttp::request(quint16(server.url().port()), "GET", "/nope", {}, {{"X-Request-Id", "json-log-1"}});
    server.stop();
    bool found = false;
    for (const QString &line : server.output().split(u'\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("event")).toString() == QStringLiteral("http.request")
            && o.value(QStringLiteral("request_id")).toString() == QStringLiteral("json-log-1")) {
            found = true;
            EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("404"));
        }
    }
    EXPECT_TRUE(found) << server.output().toStdString();
}

TEST(ServerCli, RunsItsOwnEmbeddedPostgresAndStopsIt)
{
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/br-XXXXXX"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeOther);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(BACKROOM_SERVER_BINARY),
            {QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
             QStringLiteral("127.0.0.1:0")});
    QString out;
    QDeadlineTimer deadline(90000);
    while (!out.contains(QStringLiteral("is listening on")) && !deadline.hasExpired() && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(200);
        out += QString::fromUtf8(p.readAll());
    }
    ASSERT_TRUE(out.contains(QStringLiteral("embedded PostgreSQL"))) << out.toStdString();
    ASSERT_TRUE(QFile::exists(dir.path() + QStringLiteral("/postgres/data/PG_VERSION")));
    p.terminate();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral("/postgres/data/postmaster.pid")))
        << "the embedded cluster must be stopped with the server";
}

TEST(ServerCli, AddsAUserWithThePasswordFromStandardInput)
{
    TestServer server;
    ASSERT_TRUE(server.start()) << server.output().toStdString();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(BACKROOM_SERVER_BINARY),
            {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"), QStringLiteral("lead@shop.test"),
             QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--role"), QStringLiteral("admin"),
             QStringLiteral("--password-stdin"), QStringLiteral("--bcrypt-cost"), QStringLiteral("4"),
             QStringLiteral("--database-url"), QString::fromUtf8(server.database()->conninfo())});
    p.write("a long cli password\n");
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAll());
    ASSERT_EQ(p.exitCode(), 0) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("with roles support, admin")));

    // The running server signs the new user in at once.
    auto r = RawHttp::request(quint16(server.url().port()), "POST", "/api/v1/auth/login",
                              R"({"email":"lead@shop.test","password":"a long cli password"})",
                              {{"Content-Type", "application/json"}});
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200) << r->body.constData();

    const CliRun bad = runServer({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--email"),
                                  QStringLiteral("x@shop.test"), QStringLiteral("--role"), QStringLiteral("root"),
                                  QStringLiteral("--password-stdin")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.output.contains(QStringLiteral("Unknown role 'root'")));
}
