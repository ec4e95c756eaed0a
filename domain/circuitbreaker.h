// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <chrono>
#include <deque>

namespace Backroom::Domain {

// The circuit breaker in front of a remote service, as pure logic: the caller passes the time in and
// reports each call's outcome. Not thread-safe; the owner guards it.
//
//   CLOSED    calls pass; a failure is remembered for `window`. `failureThreshold` failures within the
//             window open the circuit.
//   OPEN      calls are refused at once (no network) until `openFor` has passed since it opened; then
//   HALF_OPEN at most `halfOpenTrials` trial calls are let through at a time, others are refused. A trial
//             that succeeds closes the circuit (failures forgotten); one that fails opens it again for
//             another `openFor`.
//
// Outcomes of calls admitted before the last change of state are ignored: a slow call that was let through
// while CLOSED and fails after the circuit has already opened must not extend the open time, and one that
// succeeds then must not close it without a trial.
class CircuitBreaker {
public:
    using Clock = std::chrono::steady_clock;
    using TimePoint = Clock::time_point;
    using Duration = std::chrono::milliseconds;

    enum class State { Closed, Open, HalfOpen };

    struct Options {
        int failureThreshold = 5;
        Duration window{30000};
        Duration openFor{10000};
        int halfOpenTrials = 1;
    };

    // What allow() decided; handed back with the outcome.
    struct Permit {
        bool allowed = false;
        bool trial = false;          // a HALF_OPEN trial call
        quint64 generation = 0;      // the state it was admitted under
        Duration retryAfter{0};      // when refused: how long until a trial may be let through (0: trial slots busy)
    };

    explicit CircuitBreaker(Options options);

    // Whether a call may go out now. A refused call is not reported back.
    Permit allow(TimePoint now);
    void recordSuccess(const Permit &permit, TimePoint now);
    void recordFailure(const Permit &permit, TimePoint now);

    // OPEN turns HALF_OPEN on its own once openFor has passed; state() reports that without changing anything.
    State state(TimePoint now) const;
    // Failures that count toward opening (CLOSED only; 0 otherwise).
    int recentFailures(TimePoint now) const;
    // Time left until a trial may go out while OPEN; 0 otherwise.
    Duration openRemaining(TimePoint now) const;
    const Options &options() const { return m_options; }

    // Counters since construction.
    quint64 timesOpened() const { return m_timesOpened; }
    quint64 refusedCalls() const { return m_refused; }

private:
    void advance(TimePoint now);
    void prune(TimePoint now);
    void open(TimePoint now);

    Options m_options;
    State m_state = State::Closed;
    std::deque<TimePoint> m_failures; // CLOSED: inside the window, oldest first
    TimePoint m_openedAt{};
    int m_trialsInFlight = 0;
    quint64 m_generation = 1;
    quint64 m_timesOpened = 0;
    quint64 m_refused = 0;
};

// "closed", "open", "half_open": the names /metrics and the admin route use.
QString circuitStateName(CircuitBreaker::State state);

} // namespace Backroom::Domain
