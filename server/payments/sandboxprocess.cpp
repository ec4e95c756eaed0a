// SPDX-License-Identifier: MIT
#include "server/payments/sandboxprocess.h"

#include "server/log.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::defaultProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/backroom-payments-sandbox");
}

Domain::Status SandboxProcess::start(const QString &program, const QString &dataDir, const QStringList &extraArgs,
                                     int timeoutMs)
{
    stop();
    if (!QFileInfo(program).isExecutable())
        return fail(Error::unavailable(
            QStringLiteral("The payments sandbox %1 is missing or not executable; build it (it is built next to "
                           "backroom-server), name it with --payments-sandbox, or point --payments-url at a provider.")
                .arg(program)));
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    m_process->setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--data-dir"), dataDir, QStringLiteral("--exit-with-parent")}
                            + extraArgs);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        const QString why = m_process->errorString();
        m_process.reset();
        return fail(Error::unavailable(QStringLiteral("The payments sandbox %1 did not start: %2.").arg(program, why)));
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!line.contains('\n')) {
        if (m_process->bytesAvailable() == 0
            && (deadline.hasExpired() || !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))) {
            stop(0);
            return fail(Error::unavailable(
                QStringLiteral("The payments sandbox %1 did not say where it listens within %2 ms; see its messages "
                               "above.")
                    .arg(program)
                    .arg(timeoutMs)));
        }
        line += m_process->readAll();
    }
    // "backroom-payments-sandbox listening on http://127.0.0.1:PORT"
    const QByteArray first = line.left(line.indexOf('\n')).trimmed();
    m_url = QUrl(QString::fromUtf8(first.mid(first.lastIndexOf(' ') + 1)));
    if (!m_url.isValid() || m_url.port() <= 0) {
        stop(0);
        return fail(Error::unavailable(QStringLiteral("The payments sandbox %1 said '%2', not where it listens.")
                                           .arg(program, QString::fromUtf8(first.left(200)))));
    }
    Log::info("payments.sandbox_started", {{"url", m_url.toString()}, {"pid", QString::number(pid())}});
    return {};
}

void SandboxProcess::stop(int graceMs)
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(graceMs)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_process.reset();
}

void SandboxProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(3000);
    m_process.reset();
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool SandboxProcess::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace Backroom::Server
