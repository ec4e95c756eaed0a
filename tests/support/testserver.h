// SPDX-License-Identifier: MIT
#pragma once

#include "tests/support/testcluster.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace Backroom::Test {

// The real backroom-server program, on a fresh database of the shared test cluster and a free loopback
// port. Stopped (SIGTERM, then killed if it lingers) when destroyed.
class TestServer {
public:
    TestServer() = default;
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    // Starts the server and waits until it listens. False (see output()) if it did not start. Started
    // again (after stop() or kill()) it serves the same database and data directory.
    bool start(const QStringList &extraArgs = {});
    // SIGKILL: no shutdown code runs, as in a crash.
    void kill();
    QUrl url() const { return m_url; }
    // Graceful stop; returns the exit code (or -1 if it had to be killed).
    int stop();

    // Stops the server and starts it again on the same database, data directory (keys: tokens stay valid)
    // and port, as an operator restarts a server, so that clients keep their address. extraArgs as for
    // start(). False (see output()) if it did not start, e.g. when something else took the port meanwhile.
    bool restart(const QStringList &extraArgs = {});
    QString output() const;
    const TestDatabase *database() const { return m_database.get(); }
    QProcess *process() const { return m_process.get(); }

private:
    std::unique_ptr<TestDatabase> m_database;
    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    mutable QString m_output;
};

} // namespace Backroom::Test
