// SPDX-License-Identifier: MIT
#include "domain/circuitbreaker.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;
using namespace std::chrono_literals;
using State = CircuitBreaker::State;

namespace {
const CircuitBreaker::TimePoint t0{};
CircuitBreaker::TimePoint at(std::chrono::milliseconds ms)
{
    return t0 + ms;
}
CircuitBreaker::Options options(int threshold, std::chrono::milliseconds window, std::chrono::milliseconds openFor,
                                int trials = 1)
{
    return {threshold, window, openFor, trials};
}
// One call that fails at `when`.
void failAt(CircuitBreaker &b, std::chrono::milliseconds when)
{
    const auto p = b.allow(at(when));
    ASSERT_TRUE(p.allowed);
    b.recordFailure(p, at(when));
}
} // namespace

TEST(CircuitBreaker, OpensOnTheThresholdthFailureInsideTheWindow)
{
    CircuitBreaker b(options(3, 1000ms, 5000ms));
    failAt(b, 0ms);
    failAt(b, 400ms);
    EXPECT_EQ(b.state(at(400ms)), State::Closed);
    EXPECT_EQ(b.recentFailures(at(400ms)), 2);
    failAt(b, 900ms);
    EXPECT_EQ(b.state(at(900ms)), State::Open);
    EXPECT_EQ(b.timesOpened(), 1u);
}

TEST(CircuitBreaker, FailuresOlderThanTheWindowDoNotCount)
{
    CircuitBreaker b(options(3, 1000ms, 5000ms));
    failAt(b, 0ms);
    failAt(b, 500ms);
    // The failure at 0 left the window at 1000: 500 and 1200 are two, not three.
    failAt(b, 1200ms);
    EXPECT_EQ(b.state(at(1200ms)), State::Closed);
    EXPECT_EQ(b.recentFailures(at(1200ms)), 2);
    failAt(b, 1400ms);
    EXPECT_EQ(b.state(at(1400ms)), State::Open);
}

TEST(CircuitBreaker, SuccessesInBetweenDoNotResetTheCount)
{
    CircuitBreaker b(options(2, 1000ms, 5000ms));
    failAt(b, 0ms);
    const auto ok = b.allow(at(100ms));
    b.recordSuccess(ok, at(100ms));
    failAt(b, 200ms);
    EXPECT_EQ(b.state(at(200ms)), State::Open);
}

TEST(CircuitBreaker, RefusesWhileOpenAndSaysForHowLong)
{
    CircuitBreaker b(options(1, 1000ms, 5000ms));
    failAt(b, 1000ms);
    const auto refused = b.allow(at(2500ms));
    EXPECT_FALSE(refused.allowed);
    EXPECT_EQ(refused.retryAfter, 3500ms);
    EXPECT_EQ(b.openRemaining(at(2500ms)), 3500ms);
    EXPECT_EQ(b.refusedCalls(), 1u);
    EXPECT_EQ(b.state(at(5999ms)), State::Open);
    EXPECT_EQ(b.state(at(6000ms)), State::HalfOpen);
}

TEST(CircuitBreaker, HalfOpenLetsOnlyTheTrialsThrough)
{
    CircuitBreaker b(options(1, 1000ms, 5000ms, 2));
    failAt(b, 0ms);
    const auto first = b.allow(at(5000ms));
    const auto second = b.allow(at(5001ms));
    const auto third = b.allow(at(5002ms));
    EXPECT_TRUE(first.allowed && first.trial);
    EXPECT_TRUE(second.allowed && second.trial);
    EXPECT_FALSE(third.allowed);
    EXPECT_EQ(third.retryAfter, 0ms);
    EXPECT_EQ(b.state(at(5002ms)), State::HalfOpen);
}

TEST(CircuitBreaker, ASuccessfulTrialClosesAndForgetsOldFailures)
{
    CircuitBreaker b(options(2, 10000ms, 5000ms));
    failAt(b, 0ms);
    failAt(b, 1ms);
    ASSERT_EQ(b.state(at(1ms)), State::Open);
    const auto trial = b.allow(at(5001ms));
    ASSERT_TRUE(trial.trial);
    b.recordSuccess(trial, at(5100ms));
    EXPECT_EQ(b.state(at(5100ms)), State::Closed);
    EXPECT_EQ(b.recentFailures(at(5100ms)), 0);
    failAt(b, 5200ms);
    EXPECT_EQ(b.state(at(5200ms)), State::Closed); // one failure again, not three
}

TEST(CircuitBreaker, AFailedTrialOpensAgainForTheWholeOpenTime)
{
    CircuitBreaker b(options(1, 1000ms, 5000ms));
    failAt(b, 0ms);
    const auto trial = b.allow(at(5000ms));
    ASSERT_TRUE(trial.trial);
    b.recordFailure(trial, at(5300ms));
    EXPECT_EQ(b.state(at(5300ms)), State::Open);
    EXPECT_EQ(b.openRemaining(at(5300ms)), 5000ms);
    EXPECT_FALSE(b.allow(at(10299ms)).allowed);
    EXPECT_TRUE(b.allow(at(10300ms)).trial);
    EXPECT_EQ(b.timesOpened(), 2u);
}

TEST(CircuitBreaker, LateOutcomesOfCallsFromAnEarlierStateAreIgnored)
{
    CircuitBreaker b(options(2, 1000ms, 5000ms));
    const auto slow = b.allow(at(0ms));      // admitted while closed, answers late
    const auto slowOk = b.allow(at(0ms));
    failAt(b, 10ms);
    failAt(b, 20ms);
    ASSERT_EQ(b.state(at(20ms)), State::Open);
    b.recordFailure(slow, at(3000ms)); // must not restart the open time
    EXPECT_EQ(b.openRemaining(at(3000ms)), 2020ms);
    const auto trial = b.allow(at(5020ms));
    ASSERT_TRUE(trial.trial);
    b.recordSuccess(slowOk, at(5030ms)); // not a trial: must not close
    EXPECT_EQ(b.state(at(5030ms)), State::HalfOpen);
    b.recordSuccess(trial, at(5040ms));
    EXPECT_EQ(b.state(at(5040ms)), State::Closed);
}

TEST(CircuitBreaker, NamesItsStates)
{
    EXPECT_EQ(circuitStateName(State::Closed), QStringLiteral("closed"));
    EXPECT_EQ(circuitStateName(State::Open), QStringLiteral("open"));
    EXPECT_EQ(circuitStateName(State::HalfOpen), QStringLiteral("half_open"));
}
