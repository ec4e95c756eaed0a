// SPDX-License-Identifier: MIT
#include "tests/support/testserver.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

namespace Backroom::Test {

TestServer::~TestServer()
{
    stop();
}

QString TestServer::output() const
{
    if (m_process)
        m_output += QString::fromUtf8(m_process->readAll());
    return m_output;
}

bool TestServer::start(const QStringList &extraArgs)
{
    if (!m_database)
        m_database = std::make_unique<TestDatabase>();
    if (!m_database->isValid()) {
        m_output = m_database->error();
        return false;
    }
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(BACKROOM_SERVER_BINARY),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--database-url"), QString::fromUtf8(m_database->conninfo()),
                                 QStringLiteral("--access-log"), QStringLiteral("off"), QStringLiteral("--data-dir"),
                                 m_dataDir.path(), QStringLiteral("--bcrypt-cost"), QStringLiteral("4")}
                         + extraArgs);
    static const QRegularExpression listening(QStringLiteral("is listening on (https?://[^\\s]+)"));
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning)
            break;
        m_output += QString::fromUtf8(m_process->readAll());
        const QRegularExpressionMatch m = listening.match(m_output);
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    m_output += QString::fromUtf8(m_process->readAll());
    return false;
}

void TestServer::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
}

int TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return m_process ? m_process->exitCode() : 0;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return -1;
    }
    m_output += QString::fromUtf8(m_process->readAll());
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

bool TestServer::restart(const QStringList &extraArgs)
{
    if (!m_database || !m_url.isValid())
        return false;
    const int port = m_url.port();
    stop();
    // The server takes the last --listen it is given.
    return start(extraArgs + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
}

} // namespace Backroom::Test
