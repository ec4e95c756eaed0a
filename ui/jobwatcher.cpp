// SPDX-License-Identifier: MIT
#include "ui/jobwatcher.h"

#include "domain/problem.h"
#include "ui/session.h"

#include <QJsonDocument>
#include <QProgressBar>

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

JobWatcher::JobWatcher(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(PollMs);
    connect(m_timer, &QTimer::timeout, this, &JobWatcher::poll);
}

bool JobWatcher::hasEnded(const QJsonObject &job)
{
    const QString s = status(job);
    return s == "succeeded"_L1 || s == "failed"_L1;
}

QString JobWatcher::failureMessage(const QJsonObject &job)
{
    const QJsonObject error = job.value("error"_L1).toObject();
    const auto problem = Domain::Problem::fromJson(QJsonDocument(error).toJson());
    return problem ? problem->userMessage() : error.value("detail"_L1).toString();
}

void JobWatcher::reportTo(QProgressBar *bar)
{
    connect(this, &JobWatcher::progress, bar, [bar](qint64 done, qint64 total) {
        bar->setRange(0, total > 0 ? int(std::min<qint64>(total, INT_MAX)) : 0);
        bar->setValue(int(std::min<qint64>(done, INT_MAX)));
    });
}

void JobWatcher::watch(const QJsonObject &job)
{
    m_id = job.value("id"_L1).toString();
    m_failedPolls = 0;
    take(job);
}

void JobWatcher::take(const QJsonObject &job)
{
    const QJsonObject progressJson = job.value("progress"_L1).toObject();
    emit progress(qint64(progressJson.value("done"_L1).toDouble()), qint64(progressJson.value("total"_L1).toDouble()));
    if (hasEnded(job)) {
        m_id.clear();
        emit finished(job);
        return;
    }
    m_timer->start();
}

void JobWatcher::poll()
{
    if (m_id.isEmpty())
        return;
    const QString id = m_id;
    m_session->get(u"/api/v1/jobs/"_s + id, this, [this, id](const ApiResponse &response) {
        if (id != m_id)
            return; // another job is followed now
        if (response.ok) {
            m_failedPolls = 0;
            take(response.json.object());
            return;
        }
        if (++m_failedPolls < MaxFailedPolls && response.httpStatus != 404 && response.httpStatus != 403) {
            m_timer->start();
            return;
        }
        m_id.clear();
        emit lost(tr("The progress of job %1 could not be read: %2\nThe job goes on on the server; reload the "
                     "catalog later to see its outcome.")
                      .arg(id, response.errorMessage));
    });
}

} // namespace Backroom::Ui
