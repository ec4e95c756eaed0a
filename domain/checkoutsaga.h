// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Backroom::Domain {

// The checkout saga as data: its steps in order, what undoes each, and what a runner does after each outcome.
// The server persists a saga's position (the step it is at, and its status) and asks these functions what
// comes next, so a saga resumed after a crash takes the same decisions as one that never stopped.
enum class SagaStep { ReserveInventory, ProcessPayment, CreateOrder, SendConfirmation, UpdateAnalytics };
enum class SagaStatus {
    Running,      // moving forward; step is the next step to run (or the one whose outcome is not known yet)
    Compensating, // step failed; the compensations of the steps before it are being run
    Completed,
    Failed, // compensated: nothing of the saga is left but its record and the cancellation notice
};
enum class Compensation {
    RefundPayment,      // undoes ProcessPayment
    ReleaseReservation, // undoes ReserveInventory
    CancellationNotice, // tells the customer the checkout did not go through (always last)
};

QString sagaStepName(SagaStep step); // "reserve_inventory", "process_payment", ...
std::optional<SagaStep> sagaStepFromName(QStringView name);
QString sagaStatusName(SagaStatus status); // "running", "compensating", "completed", "failed"
std::optional<SagaStatus> sagaStatusFromName(QStringView name);
QString compensationName(Compensation compensation); // "refund_payment", "release_reservation", "cancellation_notice"

const QList<SagaStep> &checkoutSteps();
// The step after step; none after the last.
std::optional<SagaStep> nextStep(SagaStep step);
// What undoing a saga that failed at `failed` takes, in the order to run them: the compensations of the steps
// completed before it, newest first, then the cancellation notice. Empty for the steps after CreateOrder: once
// the order exists the saga only moves forward (those steps are retried until they are done).
QList<Compensation> compensationsFor(SagaStep failed);
// Whether a failure at step may be compensated at all (false past the order: retry instead).
bool compensable(SagaStep step);

// What the provider said about the saga's charge (or, after a crash or timeout, what asking it by our
// idempotency key found).
enum class PaymentOutcome {
    Captured,   // charged: go on
    Declined,   // the card was declined: nothing charged
    Refused,    // refused without charging: invalid request, circuit open
    NotCharged, // the provider holds no charge for our key (the call never arrived or did nothing)
    Unknown,    // no usable answer (timeout, provider down): the card may have been charged
};
enum class SagaMove { Advance, Compensate, Wait };
// Unknown waits (ask again later by the key, never charge blind). NotCharged compensates: the saga asks by
// its key only after its one charge attempt, or after a restart, when the card number (never stored) is gone.
SagaMove afterPayment(PaymentOutcome outcome);

} // namespace Backroom::Domain
