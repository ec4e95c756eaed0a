// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QProgressBar;
class QTimer;
QT_END_NAMESPACE

namespace Backroom::Ui {

class Session;

// Follows one server job (GET /api/v1/jobs/{id}: bulk edits, CSV imports) until it ends: progress() as the
// server reports it, then finished() once with the job's last JSON, whether it succeeded or failed. A
// failed poll is tried again a few times before lost() gives up, with what to do; the job itself goes on
// on the server either way. GUI thread.
class JobWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int PollMs = 400;
    static constexpr int MaxFailedPolls = 5;

    explicit JobWatcher(Session *session, QObject *parent = nullptr);

    // Starts following the job as the POST that started it answered it (its "id" and first state).
    void watch(const QJsonObject &job);
    bool isWatching() const { return !m_id.isEmpty(); }
    QString jobId() const { return m_id; }

    // The job's state as a person reads it: "succeeded", "failed", "running" or "queued".
    static QString status(const QJsonObject &job) { return job.value(QStringLiteral("status")).toString(); }
    static bool hasEnded(const QJsonObject &job);
    // Why a failed job failed, for a person: its problem's message.
    static QString failureMessage(const QJsonObject &job);

    // Shows the job's progress in bar (busy until the server knows a total).
    void reportTo(QProgressBar *bar);

signals:
    void progress(qint64 done, qint64 total);
    void finished(const QJsonObject &job);
    void lost(const QString &message);

private:
    void poll();
    void take(const QJsonObject &job);

    Session *m_session;
    QTimer *m_timer;
    QString m_id;
    int m_failedPolls = 0;
};

} // namespace Backroom::Ui
