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
    m_database = std::make_unique<TestDatabase>();
    if (!m_database->isValid()) {
        m_output = m_database->error();
        return false;
    }
    m_extraArgs = extraArgs;
    return launch(QStringLiteral("127.0.0.1:0"));
}

bool TestServer::restart()
{
    if (!m_database || !m_url.isValid())
        return false;
    stop();
    return launch(QStringLiteral("127.0.0.1:%1").arg(m_url.port()));
}

bool TestServer::launch(const QString &listen)
{
    if (m_process)
        m_output += QString::fromUtf8(m_process->readAll());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(BACKROOM_SERVER_BINARY),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), listen,
                                 QStringLiteral("--database-url"), QString::fromUtf8(m_database->conninfo()),
                                 QStringLiteral("--access-log"), QStringLiteral("off"), QStringLiteral("--data-dir"),
                                 m_dataDir.path(), QStringLiteral("--bcrypt-cost"), QStringLiteral("4")}
                         + m_extraArgs);
    static const QRegularExpression listening(QStringLiteral("is listening on (https?://[^\\s]+)"));
    // Only what this process printed: an earlier run's line must not count.
    QString output;
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning)
            break;
        output += QString::fromUtf8(m_process->readAll());
        const QRegularExpressionMatch m = listening.match(output);
        if (m.hasMatch()) {
            m_output += output;
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    m_output += output + QString::fromUtf8(m_process->readAll());
    return false;
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

} // namespace Backroom::Test
