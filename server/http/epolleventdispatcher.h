// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>
#include <atomic>
#include <functional>
#include <vector>

class QSocketNotifier;

namespace Backroom::Server {

// The event loop of an I/O thread, on Linux's epoll: waiting costs the same with ten thousand sockets as
// with one. Qt's own dispatchers (glib, and poll without it) hand the kernel every socket of the thread on
// each turn of the loop; with 64 keep-alive clients and a pipelined database connection that was the
// largest single cost of an uncached read (measured on 2 cores: poll was 23% of the server's CPU).
//
// Socket notifiers, timers, posted events (deleteLater, queued calls) and wake-ups from other threads work
// as with Qt's dispatchers. Level-triggered, like poll: a notifier is activated for as long as its socket
// stays ready. Timers have millisecond precision whatever their type. Used on one thread only, the one
// it is installed on (QThread::setEventDispatcher); wakeUp() and interrupt() may be called from any.
class EpollEventDispatcher : public QAbstractEventDispatcher {
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    // Runs fn once on this thread, after the events ready now have been handled and before the loop waits
    // again: for work that costs the same for one as for all of them (a database pipeline's sync point).
    // From this thread only.
    void runBeforeWaiting(std::function<void()> fn) { m_beforeWaiting.push_back(std::move(fn)); }

private:
    struct Watched {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // what epoll watches for now
    };
    struct Timer {
        int id;
        qint64 interval;
        Qt::TimerType type;
        QObject *object;
        qint64 dueMs; // on the monotonic clock
    };
    void updateWatch(int fd);
    // Milliseconds until the next timer is due (0: one is), -1 without timers.
    int nextTimerWait(qint64 nowMs) const;
    bool activateDueTimers();
    void runBeforeWaitingNow();

    int m_epoll = -1;
    int m_wakeFd = -1; // an eventfd: wakeUp() writes, the loop reads
    std::atomic<bool> m_wakeUpPending{false};
    std::atomic<bool> m_interrupted{false};
    QHash<int, Watched> m_watched;
    std::vector<Timer> m_timers;
    std::vector<std::function<void()>> m_beforeWaiting;
};

} // namespace Backroom::Server
