// SPDX-License-Identifier: MIT
// backroom-server starts its payments sandbox as a child process, and a killed server leaves none behind.
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>

using namespace Backroom::Test;

namespace {

// The processes whose parent is pid, with their command names (from /proc).
QList<QPair<qint64, QByteArray>> childrenOf(qint64 pid)
{
    QList<QPair<qint64, QByteArray>> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 child = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ..."; comm may hold spaces, so read from the last ')'.
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> rest = text.mid(close + 2).split(' ');
        if (rest.size() > 1 && rest[1].toLongLong() == pid)
            children.append({child, text.mid(text.indexOf('(') + 1, close - text.indexOf('(') - 1)});
    }
    return children;
}

bool alive(qint64 pid)
{
    // A zombie (exited, not yet reaped by init) counts as gone.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    return text.mid(text.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

TEST(PaymentsSandboxProcess, StartsWithTheServerAndDiesWithIt)
{
    TestServer server;
    ASSERT_TRUE(server.start()) << server.output().toStdString();
    qint64 sandbox = 0;
    for (const auto &[pid, name] : childrenOf(server.process()->processId()))
        if (name.startsWith("backroom-paymen")) // comm is cut to 15 characters
            sandbox = pid;
    ASSERT_NE(sandbox, 0) << "the server started no sandbox:\n" << server.output().toStdString();
    ASSERT_TRUE(alive(sandbox));

    server.kill(); // SIGKILL: the server runs no shutdown code
    const QDeadlineTimer deadline(10000);
    while (alive(sandbox) && !deadline.hasExpired())
        QThread::msleep(20);
    EXPECT_FALSE(alive(sandbox)) << "the sandbox outlived its server";
    if (alive(sandbox))
        ::kill(pid_t(sandbox), SIGKILL);
}

TEST(PaymentsSandboxProcess, AnExternalProviderUrlStartsNoSandbox)
{
    TestServer server;
    ASSERT_TRUE(server.start({QStringLiteral("--payments-url"), QStringLiteral("http://127.0.0.1:9")}))
        << server.output().toStdString();
    for (const auto &[pid, name] : childrenOf(server.process()->processId()))
        EXPECT_FALSE(name.startsWith("backroom-paymen")) << "a sandbox runs as " << pid;
    EXPECT_EQ(server.stop(), 0);
}

TEST(PaymentsSandboxProcess, ABadProviderUrlIsRefusedWithTheOptionsName)
{
    TestServer server;
    EXPECT_FALSE(server.start({QStringLiteral("--payments-url"), QStringLiteral("ftp://bank")}));
    EXPECT_TRUE(server.output().contains(QStringLiteral("--payments-url"))) << server.output().toStdString();
}
