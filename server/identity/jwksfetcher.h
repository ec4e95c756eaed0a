// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/auth/jwt.h"

#include <QUrl>

#include <chrono>

namespace Backroom::Server {

// Downloads an OIDC issuer's JWKS document and reads its keys. Blocking: the calling thread waits, running
// a local event loop, so it works on worker threads that have no event loop of their own. Never call it
// from an I/O thread. Holds no state; any number of threads may fetch at once.
//
// Errors: Validation for a URL that is not http(s) with a host; Unavailable, with a message saying what
// happened (no answer within the timeout, connection refused, TLS failure, a status other than 200, a
// document over the size cap, a document that is not a JWKS or holds no key this server can use).
class JwksFetcher {
public:
    struct Options {
        std::chrono::milliseconds timeout{5000}; // the whole exchange: name lookup, connect, TLS, body
        qint64 maxBytes = 256 * 1024;            // real key sets are a few KiB
        int maxRedirects = 3;
    };

    JwksFetcher() = default;
    explicit JwksFetcher(Options options) : m_options(options) {}

    Domain::Result<JwkSet> fetch(const QUrl &url) const;

    const Options &options() const { return m_options; }

    // True for an absolute http or https URL with a host and no user info: the only URLs fetch() takes.
    static bool isFetchableUrl(const QUrl &url);

private:
    Options m_options;
};

} // namespace Backroom::Server
