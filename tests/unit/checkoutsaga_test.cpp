// SPDX-License-Identifier: MIT
#include "domain/checkoutsaga.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(CheckoutSaga, RunsTheStepsOfTheSpecInOrder)
{
    EXPECT_EQ(checkoutSteps(), (QList<SagaStep>{SagaStep::ReserveInventory, SagaStep::ProcessPayment, SagaStep::CreateOrder,
                                                SagaStep::SendConfirmation, SagaStep::UpdateAnalytics}));
    EXPECT_EQ(nextStep(SagaStep::ReserveInventory), SagaStep::ProcessPayment);
    EXPECT_EQ(nextStep(SagaStep::SendConfirmation), SagaStep::UpdateAnalytics);
    EXPECT_EQ(nextStep(SagaStep::UpdateAnalytics), std::nullopt);
}

TEST(CheckoutSaga, NamesRoundTrip)
{
    for (SagaStep s : checkoutSteps())
        EXPECT_EQ(sagaStepFromName(sagaStepName(s)), s);
    EXPECT_EQ(sagaStepName(SagaStep::ProcessPayment), QStringLiteral("process_payment"));
    EXPECT_EQ(sagaStepFromName(u"charge"), std::nullopt);
    for (SagaStatus s : {SagaStatus::Running, SagaStatus::Compensating, SagaStatus::Completed, SagaStatus::Failed})
        EXPECT_EQ(sagaStatusFromName(sagaStatusName(s)), s);
    EXPECT_EQ(sagaStatusFromName(u"done"), std::nullopt);
}

TEST(CheckoutSaga, UndoesWhatWasDoneNewestFirstThenTellsTheCustomer)
{
    EXPECT_EQ(compensationsFor(SagaStep::ReserveInventory), (QList<Compensation>{Compensation::CancellationNotice}));
    EXPECT_EQ(compensationsFor(SagaStep::ProcessPayment),
              (QList<Compensation>{Compensation::ReleaseReservation, Compensation::CancellationNotice}));
    EXPECT_EQ(compensationsFor(SagaStep::CreateOrder),
              (QList<Compensation>{Compensation::RefundPayment, Compensation::ReleaseReservation,
                                   Compensation::CancellationNotice}));
}

TEST(CheckoutSaga, PastTheOrderOnlyGoesForward)
{
    EXPECT_TRUE(compensable(SagaStep::CreateOrder));
    EXPECT_FALSE(compensable(SagaStep::SendConfirmation));
    EXPECT_FALSE(compensable(SagaStep::UpdateAnalytics));
    EXPECT_TRUE(compensationsFor(SagaStep::SendConfirmation).isEmpty());
    EXPECT_TRUE(compensationsFor(SagaStep::UpdateAnalytics).isEmpty());
}

TEST(CheckoutSaga, NeverChargesBlindAfterAnUnknownOutcome)
{
    EXPECT_EQ(afterPayment(PaymentOutcome::Captured), SagaMove::Advance);
    EXPECT_EQ(afterPayment(PaymentOutcome::Declined), SagaMove::Compensate);
    EXPECT_EQ(afterPayment(PaymentOutcome::Refused), SagaMove::Compensate);
    EXPECT_EQ(afterPayment(PaymentOutcome::Unknown), SagaMove::Wait);
    // Asked by key after the attempt or a restart (the card number is never stored): no charge, give up.
    EXPECT_EQ(afterPayment(PaymentOutcome::NotCharged), SagaMove::Compensate);
}
