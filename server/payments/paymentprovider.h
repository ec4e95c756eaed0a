// SPDX-License-Identifier: MIT
#pragma once

#include "domain/circuitbreaker.h"
#include "domain/error.h"
#include "domain/money.h"

#include <QJsonObject>
#include <QUrl>
#include <atomic>
#include <expected>
#include <mutex>
#include <optional>

namespace Backroom::Server {

struct ProviderRefund {
    QString id;
    qint64 amount = 0;
    QString reason;
    QString createdAt;
};

// A charge as the provider reports it. Never holds the card number: only its last four digits.
struct ProviderCharge {
    QString id;         // the provider's reference, "ch_..."
    QString status;     // authorized, captured, canceled or declined
    Domain::Money amount;
    qint64 amountCaptured = 0;
    qint64 amountRefunded = 0;
    QString cardLast4;
    QString cardBrand;
    QString reference;      // ours (e.g. the order or saga id), as sent
    QString idempotencyKey; // the key the charge was created with
    QString failureCode;    // card_declined for a declined charge
    QList<ProviderRefund> refunds;
    QString createdAt;

    static ProviderCharge fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// Why a provider call did not give the wanted result.
struct PaymentError {
    enum class Kind {
        Declined,    // the card was declined; `charge` is the declined charge. Not a provider failure.
        Invalid,     // the request was refused as invalid (fields say which); a bug or bad input, do not retry
        Conflict,    // the charge is not in a state for this (capture of a captured charge, refund > captured)
        NotFound,    // no such charge
        CircuitOpen, // refused without calling: the provider failed repeatedly; retryAfterMs says when to try
        Unavailable, // no (usable) answer after the bounded retries: timeout, connection refused, 5xx.
                     // The provider may have acted on it; the same idempotency key finds out (findByIdempotencyKey)
                     // or repeats it safely.
    };
    Kind kind = Kind::Unavailable;
    QString message; // for logs and operators; never a card number
    QList<Domain::FieldError> fields;
    std::optional<ProviderCharge> charge;
    qint64 retryAfterMs = 0;
    bool timedOut = false; // the last attempt ran out of time (rather than being refused or failing)

    // The closest Domain::Error (Declined -> Validation on payment.card_number, CircuitOpen -> Unavailable, ...).
    Domain::Error toError() const;
};

template<typename T>
using PaymentResult = std::expected<T, PaymentError>;

// The server's client of the payment provider (the bundled sandbox, or whatever --payments-url names): every
// call goes through a circuit breaker (Domain::CircuitBreaker), has a timeout per attempt, and is retried a
// bounded number of times when the provider did not answer usefully (timeout, connection failure, 5xx).
// Retrying is safe because every POST carries an idempotency key the provider honours, the same key on
// every attempt; reads are safe anyway. Declines, invalid requests and conflicts are answers, not failures:
// they neither count against the breaker nor get retried.
//
// Thread-safe; calls block the calling thread (run them on workers, never on an I/O thread).
// Card numbers go only into the request body: never into logs, errors or the returned values.
class PaymentProvider {
public:
    struct Options {
        QUrl baseUrl;             // e.g. http://127.0.0.1:41234 (the API is under /v1)
        int timeoutMs = 5000;     // per attempt: connect, send, answer
        int maxAttempts = 2;      // attempts per call, the first included
        int retryDelayMs = 50;    // before the second attempt; doubles after each
        Domain::CircuitBreaker::Options breaker;
    };

    struct ChargeRequest {
        Domain::Money amount;
        QString cardNumber;     // as the customer typed it; checked by the provider
        bool capture = true;    // false: authorise only, capture() later
        QString reference;      // ours, up to 200 characters (an order number, a saga id)
        QString description;
    };

    explicit PaymentProvider(Options options);

    // Creates a charge. idempotencyKey is the caller's own, stored before the call: the same key never
    // charges twice, whatever happens in between (retries here, a crash and a new attempt after restart).
    PaymentResult<ProviderCharge> charge(const QString &idempotencyKey, const ChargeRequest &request);
    // Captures an authorised charge, all of it or amount (at most the authorised amount).
    PaymentResult<ProviderCharge> capture(const QString &chargeId, const QString &idempotencyKey,
                                          std::optional<qint64> amount = std::nullopt);
    // Releases an authorisation that was not captured.
    PaymentResult<ProviderCharge> cancel(const QString &chargeId, const QString &idempotencyKey);
    // Refunds what is left of the captured amount, or amount of it; the new refund is the charge's last.
    PaymentResult<ProviderCharge> refund(const QString &chargeId, const QString &idempotencyKey,
                                         std::optional<qint64> amount = std::nullopt, const QString &reason = {});
    PaymentResult<ProviderCharge> find(const QString &chargeId);
    // The charge created with this key, or nullopt when there is none (the call never reached the provider, or
    // it failed without charging): what a restarted saga asks before deciding to charge again or move on.
    PaymentResult<std::optional<ProviderCharge>> findByIdempotencyKey(const QString &idempotencyKey);

    Domain::CircuitBreaker::State state() const;
    // For GET /api/v1/payments/provider.
    QJsonObject statusJson() const;
    // Prometheus text: backroom_payment_circuit_state, backroom_payment_calls_total, ...
    void writeMetrics(QByteArray &out) const;
    const Options &options() const { return m_options; }

private:
    struct Answer {
        int status = 0;
        QJsonObject body;
    };
    // One logical call with the breaker and bounded retries: the answer (any HTTP status that is not a
    // provider failure), or the error. what names the call in logs.
    PaymentResult<Answer> call(const char *what, const QByteArray &method, const QString &path, const QJsonObject &body,
                               const QString &idempotencyKey);
    // An answer that is not the success wanted, as a PaymentError.
    static PaymentError errorFrom(const Answer &answer);
    PaymentResult<ProviderCharge> chargeFrom(PaymentResult<Answer> answer);

    Options m_options;
    mutable std::mutex m_mutex;
    Domain::CircuitBreaker m_breaker;
    QString m_lastFailure;
    QString m_lastFailureAt;
    std::atomic<quint64> m_succeeded{0}; // answers, declines and other 4xx included
    std::atomic<quint64> m_failed{0};    // attempts that failed (timeout, connection, 5xx)
    std::atomic<quint64> m_refused{0};   // calls refused by the open circuit
    std::atomic<quint64> m_retries{0};
    std::atomic<quint64> m_declined{0};
};

} // namespace Backroom::Server
