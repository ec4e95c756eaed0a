// SPDX-License-Identifier: MIT
#include "domain/checkoutsaga.h"

namespace Backroom::Domain {

namespace {
struct StepSpec {
    SagaStep step;
    const char *name;
    std::optional<Compensation> undo; // what undoes the step once it is done
    bool compensable;                 // whether a failure here is undone (else retried)
};

// The plan. Creating the order is the pivot: before it every step can be undone; after it the order exists
// and the customer has been told, so the rest only goes forward.
constexpr StepSpec plan[] = {
    {SagaStep::ReserveInventory, "reserve_inventory", Compensation::ReleaseReservation, true},
    {SagaStep::ProcessPayment, "process_payment", Compensation::RefundPayment, true},
    {SagaStep::CreateOrder, "create_order", std::nullopt, true},
    {SagaStep::SendConfirmation, "send_confirmation", std::nullopt, false},
    {SagaStep::UpdateAnalytics, "update_analytics", std::nullopt, false},
};

const StepSpec &specOf(SagaStep step)
{
    return plan[int(step)];
}
} // namespace

QString sagaStepName(SagaStep step)
{
    return QString::fromLatin1(specOf(step).name);
}

std::optional<SagaStep> sagaStepFromName(QStringView name)
{
    for (const StepSpec &s : plan)
        if (name == QLatin1StringView(s.name))
            return s.step;
    return std::nullopt;
}

QString sagaStatusName(SagaStatus status)
{
    switch (status) {
    case SagaStatus::Running: return QStringLiteral("running");
    case SagaStatus::Compensating: return QStringLiteral("compensating");
    case SagaStatus::Completed: return QStringLiteral("completed");
    case SagaStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

std::optional<SagaStatus> sagaStatusFromName(QStringView name)
{
    for (SagaStatus s : {SagaStatus::Running, SagaStatus::Compensating, SagaStatus::Completed, SagaStatus::Failed})
        if (name == sagaStatusName(s))
            return s;
    return std::nullopt;
}

QString compensationName(Compensation compensation)
{
    switch (compensation) {
    case Compensation::RefundPayment: return QStringLiteral("refund_payment");
    case Compensation::ReleaseReservation: return QStringLiteral("release_reservation");
    case Compensation::CancellationNotice: return QStringLiteral("cancellation_notice");
    }
    return {};
}

const QList<SagaStep> &checkoutSteps()
{
    static const QList<SagaStep> steps = [] {
        QList<SagaStep> all;
        for (const StepSpec &s : plan)
            all.append(s.step);
        return all;
    }();
    return steps;
}

std::optional<SagaStep> nextStep(SagaStep step)
{
    const int next = int(step) + 1;
    if (next >= int(std::size(plan)))
        return std::nullopt;
    return plan[next].step;
}

bool compensable(SagaStep step)
{
    return specOf(step).compensable;
}

QList<Compensation> compensationsFor(SagaStep failed)
{
    if (!compensable(failed))
        return {};
    QList<Compensation> undo;
    for (int i = int(failed) - 1; i >= 0; --i)
        if (plan[i].undo)
            undo.append(*plan[i].undo);
    undo.append(Compensation::CancellationNotice);
    return undo;
}

SagaMove afterPayment(PaymentOutcome outcome)
{
    switch (outcome) {
    case PaymentOutcome::Captured: return SagaMove::Advance;
    case PaymentOutcome::Declined:
    case PaymentOutcome::Refused:
    case PaymentOutcome::NotCharged: return SagaMove::Compensate;
    case PaymentOutcome::Unknown: return SagaMove::Wait;
    }
    return SagaMove::Wait;
}

} // namespace Backroom::Domain
