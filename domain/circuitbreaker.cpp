// SPDX-License-Identifier: MIT
#include "domain/circuitbreaker.h"

#include <algorithm>

namespace Backroom::Domain {

CircuitBreaker::CircuitBreaker(Options options)
    : m_options(options)
{
    m_options.failureThreshold = std::max(1, m_options.failureThreshold);
    m_options.halfOpenTrials = std::max(1, m_options.halfOpenTrials);
}

void CircuitBreaker::advance(TimePoint now)
{
    if (m_state == State::Open && now - m_openedAt >= m_options.openFor) {
        m_state = State::HalfOpen;
        m_trialsInFlight = 0;
        ++m_generation;
    }
}

void CircuitBreaker::prune(TimePoint now)
{
    while (!m_failures.empty() && now - m_failures.front() >= m_options.window)
        m_failures.pop_front();
}

void CircuitBreaker::open(TimePoint now)
{
    m_state = State::Open;
    m_openedAt = now;
    m_failures.clear();
    m_trialsInFlight = 0;
    ++m_generation;
    ++m_timesOpened;
}

CircuitBreaker::Permit CircuitBreaker::allow(TimePoint now)
{
    advance(now);
    switch (m_state) {
    case State::Closed:
        return {true, false, m_generation, Duration(0)};
    case State::HalfOpen:
        if (m_trialsInFlight < m_options.halfOpenTrials) {
            ++m_trialsInFlight;
            return {true, true, m_generation, Duration(0)};
        }
        ++m_refused;
        return {false, false, m_generation, Duration(0)};
    case State::Open:
        break;
    }
    ++m_refused;
    return {false, false, m_generation, openRemaining(now)};
}

void CircuitBreaker::recordSuccess(const Permit &permit, TimePoint now)
{
    advance(now);
    if (!permit.allowed || permit.generation != m_generation)
        return;
    if (m_state == State::HalfOpen && permit.trial) {
        m_state = State::Closed;
        m_failures.clear();
        m_trialsInFlight = 0;
        ++m_generation;
    }
}

void CircuitBreaker::recordFailure(const Permit &permit, TimePoint now)
{
    advance(now);
    if (!permit.allowed || permit.generation != m_generation)
        return;
    if (m_state == State::HalfOpen && permit.trial) {
        open(now);
        return;
    }
    if (m_state != State::Closed)
        return;
    prune(now);
    m_failures.push_back(now);
    if (int(m_failures.size()) >= m_options.failureThreshold)
        open(now);
}

CircuitBreaker::State CircuitBreaker::state(TimePoint now) const
{
    if (m_state == State::Open && now - m_openedAt >= m_options.openFor)
        return State::HalfOpen;
    return m_state;
}

int CircuitBreaker::recentFailures(TimePoint now) const
{
    if (m_state != State::Closed)
        return 0;
    return int(std::count_if(m_failures.begin(), m_failures.end(),
                             [&](TimePoint t) { return now - t < m_options.window; }));
}

CircuitBreaker::Duration CircuitBreaker::openRemaining(TimePoint now) const
{
    if (m_state != State::Open)
        return Duration(0);
    const auto left = std::chrono::ceil<Duration>(m_openedAt + m_options.openFor - now);
    return std::max(Duration(0), left);
}

QString circuitStateName(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

} // namespace Backroom::Domain
