// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace Backroom::Ui {

// Keeps the refresh token of "stay signed in" in the system keychain (the Secret Service on Linux, e.g.
// GNOME Keyring or KWallet; Keychain on macOS; Credential Manager on Windows), one entry per server and
// account. There is no fallback: when no keychain can be reached, nothing is stored anywhere else, and the
// caller gets a message saying so and what to do about it.
//
// How the login flow is meant to use it:
// - At start, with the last server and email from AppSettings (the email is not a secret, the token is),
//   read(): a token means "try to refresh the session with it"; none means "show the login dialog"; an
//   error means the same, with the message shown next to "Stay signed in".
// - After a sign-in with "Stay signed in" ticked, and after every refresh (the server rotates refresh
//   tokens), write() the new token. A failure does not undo the sign-in; it only means the next start asks
//   again, and the dialog should say why.
// - On sign-out, on a sign-in without "Stay signed in", and when the server refuses the token as revoked
//   or expired, remove().
// - availability() tells the dialog whether to offer "Stay signed in" at all; it is Unknown until a call
//   has shown either way, since the keychain libraries cannot tell without trying.
//
// Lives on, and is called from, the GUI thread. Every call returns at once; its callback runs later on this
// thread, exactly once, unless the store or context (which must not be null) is destroyed first: then it
// never runs. Calls are carried out in the order they were made. A keychain may show its own unlock prompt
// and wait for the person, so there is no time limit.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability {
        Unknown,     // nothing has been stored or read yet
        Available,   // the last write, or a read that found a token, succeeded
        Unavailable, // the last call failed for want of a usable keychain; see unavailableReason()
    };
    Q_ENUM(Availability)

    // The token, or nullopt when none is stored for that account (which is not an error).
    using ReadCallback = std::function<void(const Domain::Result<std::optional<QString>> &)>;
    using StatusCallback = std::function<void(const Domain::Status &)>;

    // Entries go under the service name "Backroom".
    explicit TokenStore(QObject *parent = nullptr);
    // Entries go under serviceName instead; tests use this to stay apart from each other.
    explicit TokenStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_serviceName; }
    Availability availability() const { return m_availability; }
    // When Unavailable: the message of the call that found out, for a person.
    QString unavailableReason() const { return m_unavailableReason; }

    // Errors: Validation for an empty token, an invalid server URL or an empty email (nothing is touched);
    // Unavailable when the keychain cannot be reached, is locked, or refused access (nothing is stored).
    void write(const QUrl &server, const QString &email, const QString &refreshToken, const QObject *context,
               StatusCallback callback);
    // Errors: Validation as for write(); Unavailable as for write().
    void read(const QUrl &server, const QString &email, const QObject *context, ReadCallback callback);
    // Removing an entry that does not exist succeeds. Errors: Validation as for write(); Unavailable when the
    // entry may still be there.
    void remove(const QUrl &server, const QString &email, const QObject *context, StatusCallback callback);

    // The keychain key of an account: the server URL without user info, query, fragment, default port or
    // trailing slash, then the trimmed, lower-cased email. Empty when either part is unusable.
    static QString keyFor(const QUrl &server, const QString &email);

signals:
    void availabilityChanged(Backroom::Ui::TokenStore::Availability availability);

private:
    enum class Operation { Write, Read, Remove };

    Domain::Error keychainError(Operation operation, const QKeychain::Job &job) const;
    void setAvailability(Availability availability, const QString &reason = {});

    QString m_serviceName;
    Availability m_availability = Availability::Unknown;
    QString m_unavailableReason;
};

} // namespace Backroom::Ui
