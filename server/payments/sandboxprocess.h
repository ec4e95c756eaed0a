// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QProcess>
#include <QUrl>
#include <memory>

namespace Backroom::Server {

// backroom-payments-sandbox run as a child process: started on a free loopback port with its journal under
// dataDir, told to exit when its parent does (so a killed server leaves none behind), stopped with SIGTERM.
// Its log lines go to this process's standard error.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts program and waits (up to timeoutMs) for the line that says where it listens. Fails with a
    // message saying what to do when the program is missing or does not start.
    Domain::Status start(const QString &program, const QString &dataDir, const QStringList &extraArgs = {},
                         int timeoutMs = 15000);
    // SIGTERM, then SIGKILL if it has not exited after graceMs.
    void stop(int graceMs = 3000);
    // SIGKILL, as in a crash.
    void kill();

    QUrl url() const { return m_url; }
    qint64 pid() const;
    bool running() const;

    // Where the server looks for the sandbox by default: next to its own program.
    static QString defaultProgram();

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
};

} // namespace Backroom::Server
