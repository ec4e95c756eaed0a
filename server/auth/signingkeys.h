// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/auth/jwt.h"

#include <QMutex>

#include <chrono>

namespace Backroom::Server {

// The Ed25519 keys that sign our access tokens, and the public keys that verify them.
//
// Directory mode (the default, <data-dir>/keys/): each key is a PKCS#8 PEM file jwt-<unix time>.pem, created
// 0600 in a 0700 directory. The newest key signs. An older key keeps verifying until every token it can
// have signed has expired: until max(its creation + rotation age, its successor's creation) + token
// lifetime + leeway. Instances that share the directory share the keys; each picks up the others' new
// keys on its next load().
//
// File mode (keyFile set, BACKROOM_JWT_KEY_FILE): one key, given by the operator, which signs and verifies;
// rotating it is the operator's business (replace the file, restart or load()).
//
// A key file that group or others may read or write is refused, as is a keys directory they may write.
// Time is always passed in. Every member may be called from any thread; load() and rotate() do file I/O.
class SigningKeys {
public:
    struct Options {
        QString directory; // <data-dir>/keys
        QString keyFile;   // when set, used instead of directory
        std::chrono::seconds rotationAge = std::chrono::days(30);
        std::chrono::seconds tokenLifetime = std::chrono::minutes(15);
        std::chrono::seconds leeway = std::chrono::seconds(60); // the verifiers' clock leeway
    };

    explicit SigningKeys(Options options);
    SigningKeys(const SigningKeys &) = delete;
    SigningKeys &operator=(const SigningKeys &) = delete;

    // Reads the keys; in directory mode creates the directory and a first key when there is none. Call
    // again to pick up keys another instance wrote and to drop keys whose tokens have all expired.
    // Errors: Validation for an unsafe or unusable key file or directory (naming it and the fix),
    // Unavailable when the file system fails. On error the keys loaded before stay in use.
    Domain::Status load(std::chrono::sys_seconds now);

    // Directory mode: writes a new key that signs from now on, and deletes the files of keys that no longer
    // verify. Validation error in file mode.
    Domain::Status rotate(std::chrono::sys_seconds now);
    // Directory mode: whether the signing key is at least the rotation age old. Always false in file mode.
    bool rotationDue(std::chrono::sys_seconds now) const;

    // The key that signs new tokens; Unavailable before a successful load().
    Domain::Result<Jwk> signingKey() const;
    // The public keys that verify, newest first.
    JwkSet keySet() const;
    // keySet() as the JWKS document served at /.well-known/jwks.json.
    QJsonObject jwks() const;

private:
    struct Entry {
        Jwk key;
        std::chrono::sys_seconds created;
        QString path;
    };
    struct Loaded {
        QList<Entry> entries; // oldest first
    };
    Domain::Result<Loaded> readDirectory() const;
    Domain::Result<Loaded> readKeyFile() const;
    Domain::Status writeNewKey(std::chrono::sys_seconds now) const;
    bool verifies(const QList<Entry> &entries, qsizetype index, std::chrono::sys_seconds now) const;
    void install(const Loaded &loaded, std::chrono::sys_seconds now);

    const Options m_options;
    mutable QMutex m_mutex;
    QMutex m_writeMutex; // one load()/rotate() at a time
    std::optional<Jwk> m_signing;
    std::chrono::sys_seconds m_signingCreated{};
    JwkSet m_verifying;
};

} // namespace Backroom::Server
