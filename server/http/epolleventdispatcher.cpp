// SPDX-License-Identifier: MIT
#include "server/http/epolleventdispatcher.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtDebug>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <limits>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Backroom::Server {

namespace {
qint64 monotonicMs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

void drain(int eventFd)
{
    quint64 count;
    while (::read(eventFd, &count, sizeof count) < 0 && errno == EINTR) {
    }
}
} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("epoll_create1 or eventfd failed: %s", std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event);
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    // Cleared before the posted events are sent: whatever is posted from now on wakes the wait below.
    if (m_wakeUpPending.exchange(false))
        drain(m_wakeFd);
    QCoreApplication::sendPostedEvents();
    runBeforeWaitingNow();

    const bool canWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (canWait)
        emit aboutToBlock();
    if (m_interrupted.load())
        return false;

    epoll_event events[256];
    const int wait = canWait ? nextTimerWait(monotonicMs()) : 0;
    int ready = ::epoll_wait(m_epoll, events, int(std::size(events)), wait);
    if (ready < 0) {
        if (errno != EINTR)
            qWarning("epoll_wait failed: %s", std::strerror(errno));
        ready = 0;
    }
    if (wait != 0)
        emit awake();

    bool handled = false;
    const auto activate = [](QSocketNotifier *notifier) {
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(notifier, &event);
    };
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        const quint32 what = events[i].events;
        if (fd == m_wakeFd) {
            // The flag is cleared at the start of the next call, before the posted events are sent.
            drain(m_wakeFd);
            continue;
        }
        if (flags & QEventLoop::ExcludeSocketNotifiers)
            continue;
        // Looked up again before each activation: an earlier one may have removed or replaced a notifier.
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            if (auto it = m_watched.constFind(fd); it != m_watched.cend() && it->read) {
                activate(it->read);
                handled = true;
            }
        }
        // A hang-up wakes a writer too, where poll would not: it finds the error when it writes, instead of
        // the loop being woken forever for a socket nobody reads.
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
            if (auto it = m_watched.constFind(fd); it != m_watched.cend() && it->write) {
                activate(it->write);
                handled = true;
            }
        }
        if (what & (EPOLLPRI | EPOLLHUP | EPOLLERR)) {
            if (auto it = m_watched.constFind(fd); it != m_watched.cend() && it->exception) {
                activate(it->exception);
                handled = true;
            }
        }
    }
    if (!(flags & QEventLoop::X11ExcludeTimers) && activateDueTimers())
        handled = true;
    runBeforeWaitingNow();
    return handled;
}

void EpollEventDispatcher::runBeforeWaitingNow()
{
    // A call may ask for another one (an answer that sends the next statement): they run too.
    while (!m_beforeWaiting.empty()) {
        std::vector<std::function<void()>> now;
        now.swap(m_beforeWaiting);
        for (const auto &fn : now)
            fn();
    }
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watched &w = m_watched[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        w.read = notifier;
        break;
    case QSocketNotifier::Write:
        w.write = notifier;
        break;
    case QSocketNotifier::Exception:
        w.exception = notifier;
        break;
    }
    updateWatch(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    for (QSocketNotifier **slot : {&it->read, &it->write, &it->exception}) {
        if (*slot == notifier)
            *slot = nullptr;
    }
    updateWatch(fd);
}

void EpollEventDispatcher::updateWatch(int fd)
{
    auto it = m_watched.find(fd);
    if (it == m_watched.end())
        return;
    const quint32 wanted = (it->read ? EPOLLIN : 0u) | (it->write ? EPOLLOUT : 0u) | (it->exception ? EPOLLPRI : 0u);
    if (wanted == it->events)
        return;
    epoll_event event{};
    event.events = wanted;
    event.data.fd = fd;
    if (wanted == 0) {
        // Not watched at all, so that a hang-up nobody asked about does not wake the loop. A descriptor
        // closed before its notifier was disabled has already left the epoll set (ENOENT, EBADF): fine.
        ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &event);
        m_watched.erase(it);
        return;
    }
    int rc = ::epoll_ctl(m_epoll, it->events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &event);
    // A number closed and reused behind our back is new to epoll, or already there.
    if (rc != 0 && errno == ENOENT)
        rc = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event);
    else if (rc != 0 && errno == EEXIST)
        rc = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event);
    if (rc != 0) {
        qWarning("epoll_ctl for descriptor %d failed: %s", fd, std::strerror(errno));
        return;
    }
    it->events = wanted;
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    m_timers.push_back({timerId, interval, timerType, object, monotonicMs() + interval});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [timerId](const Timer &t) { return t.id == timerId; });
    return m_timers.size() != before;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    const auto before = m_timers.size();
    std::erase_if(m_timers, [object](const Timer &t) { return t.object == object; });
    return m_timers.size() != before;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const Timer &t : m_timers) {
        if (t.object == object)
            list.append(TimerInfo(t.id, int(t.interval), t.type));
    }
    return list;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const qint64 now = monotonicMs();
    for (const Timer &t : m_timers) {
        if (t.id == timerId)
            return int(std::max<qint64>(0, t.dueMs - now));
    }
    return -1;
}

int EpollEventDispatcher::nextTimerWait(qint64 nowMs) const
{
    qint64 wait = -1;
    for (const Timer &t : m_timers) {
        const qint64 left = std::max<qint64>(0, t.dueMs - nowMs);
        if (wait < 0 || left < wait)
            wait = left;
    }
    return int(std::min<qint64>(wait, std::numeric_limits<int>::max()));
}

bool EpollEventDispatcher::activateDueTimers()
{
    if (m_timers.empty())
        return false;
    const qint64 now = monotonicMs();
    std::vector<int> due;
    for (const Timer &t : m_timers) {
        if (t.dueMs <= now)
            due.push_back(t.id);
    }
    // A timer's event may stop, start or restart any timer, this one too: each is looked up again.
    for (const int id : due) {
        auto it = std::find_if(m_timers.begin(), m_timers.end(), [id](const Timer &t) { return t.id == id; });
        if (it == m_timers.end() || it->dueMs > now)
            continue;
        // A timer that fell behind (a long handler) fires once, not once for every interval it missed.
        it->dueMs += it->interval;
        if (it->dueMs <= now)
            it->dueMs = now + it->interval;
        QObject *object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
    }
    return !due.empty();
}

void EpollEventDispatcher::wakeUp()
{
    if (m_wakeUpPending.exchange(true))
        return; // already signalled and not yet seen
    const quint64 one = 1;
    while (::write(m_wakeFd, &one, sizeof one) < 0 && errno == EINTR) {
    }
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace Backroom::Server
