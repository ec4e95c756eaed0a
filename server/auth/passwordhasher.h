// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace Backroom::Server {

// bcrypt ($2b$, libxcrypt) password hashes. bcrypt reads at most 72 bytes and stops at a NUL, so longer
// passwords are first reduced to a SHA-256 digest (base64, 44 bytes) instead of being cut silently, and a
// NUL is refused. Hashing costs about 0.5 s at cost 12: call it from a worker thread, never an I/O thread.
class PasswordHasher {
public:
    static constexpr int defaultCost = 12;
    static constexpr qsizetype bcryptMaxBytes = 72;
    static constexpr qsizetype minBytes = 10;
    static constexpr qsizetype maxBytes = 1024; // beyond this a password is refused, not hashed

    explicit PasswordHasher(int cost = defaultCost);

    // Validation error (with the field "password") for passwords too short, too long or holding a NUL.
    Domain::Result<QByteArray> hash(QByteArrayView password) const;
    // Constant-time comparison; false for any malformed stored hash.
    bool verify(QByteArrayView password, const QByteArray &storedHash) const;
    // Spends the same time as verify() against a real hash, so an unknown account answers no faster than
    // a wrong password does.
    void verifyNothing(QByteArrayView password) const;

    int cost() const { return m_cost; }
    // True when a stored hash was made with another cost and should be replaced at the next sign-in.
    bool needsRehash(const QByteArray &storedHash) const;

private:
    static QByteArray bcryptInput(QByteArrayView password);

    int m_cost;
    QByteArray m_dummyHash;
};

} // namespace Backroom::Server
