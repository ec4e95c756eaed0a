// SPDX-License-Identifier: MIT
// `backroom-server rebuild-projections` and `check-projections` on the reports, as an operator runs them.
#include "server/store/pgconnection.h"
#include "tests/support/printers.h"
#include "tests/support/testserver.h"

#include <QProcess>
#include <gtest/gtest.h>

using namespace Backroom::Test;
using Backroom::Server::PgConnection;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun command(const QString &name, const QByteArray &conninfo)
{
    QProcess p;
    p.start(QStringLiteral(BACKROOM_SERVER_BINARY),
            {name, QStringLiteral("--database-url"), QString::fromUtf8(conninfo)});
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST(ReportProjections, RebuildTakesTheOutboxAndCheckFindsDamage)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    PgConnection sql(db.conninfo());
    // Events no dispatcher has delivered: no server runs.
    ASSERT_TRUE(sql.exec(
        "INSERT INTO outbox (event_type, aggregate_type, aggregate_id, payload) VALUES "
        "('OrderPlaced', 'order', '7', '{\"currency\":\"GBP\",\"placed_at\":\"2010-12-01T08:26:00Z\",\"status\":\"pending\","
        "\"lines\":[{\"sku\":\"85123A\",\"quantity\":6,\"line_total\":{\"amount\":1530,\"currency\":\"GBP\"}},"
        "{\"sku\":\"POST\",\"quantity\":1,\"line_total\":{\"amount\":1800,\"currency\":\"GBP\"}}]}'), "
        "('RefundIssued', 'refund', '1', '{\"order_id\":\"7\",\"amount\":{\"amount\":255,\"currency\":\"GBP\"},"
        "\"reason\":\"damaged\",\"created_at\":\"2010-12-02T10:00:00Z\"}')"));

    const CliRun rebuilt = command(QStringLiteral("rebuild-projections"), db.conninfo());
    ASSERT_EQ(rebuilt.exitCode, 0) << rebuilt.out.toStdString() << rebuilt.err.toStdString();
    EXPECT_TRUE(rebuilt.out.contains(QStringLiteral("report rows; 7 differed and were replaced."))) << rebuilt.out.toStdString();
    auto gross = sql.exec("SELECT gross, refunds FROM report_sales_daily WHERE day = '2010-12-01' OR day = '2010-12-02' "
                          "ORDER BY day");
    ASSERT_TRUE(gross.has_value());
    ASSERT_EQ(gross->rows(), 2);
    EXPECT_EQ(gross->toInt64(0, 0), 1530) << "postage is not a sale";
    EXPECT_EQ(gross->toInt64(1, 1), 255);

    const CliRun clean = command(QStringLiteral("check-projections"), db.conninfo());
    EXPECT_EQ(clean.exitCode, 0) << clean.out.toStdString() << clean.err.toStdString();
    EXPECT_TRUE(clean.out.contains(QStringLiteral("report rows; 0 differ."))) << clean.out.toStdString();

    ASSERT_TRUE(sql.exec("UPDATE report_sales_daily SET gross = gross + 1 WHERE day = '2010-12-01'"));
    const CliRun damaged = command(QStringLiteral("check-projections"), db.conninfo());
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_TRUE(damaged.out.contains(QStringLiteral("report_sales_daily [2010-12-01,GBP]: live 1,6,1531,0,0,0,0,0, from "
                                                    "the events 1,6,1530,0,0,0,0,0")))
        << damaged.out.toStdString();
}
