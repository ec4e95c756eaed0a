// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"

namespace Backroom::Server {

class IdentityService;
class SigningKeys;
class RateLimiter;

// Sign-up, sign-in, sessions, the caller's own account, staff user administration and the JWKS document.
class AuthRoutes {
public:
    // limiter may be null (no limits); it must outlive the routes.
    AuthRoutes(IdentityService &identity, SigningKeys &keys, RateLimiter *limiter);
    void registerOn(Router &router);

private:
    IdentityService &m_identity;
    SigningKeys &m_keys;
    RateLimiter *m_limiter;
};

} // namespace Backroom::Server
