// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/identity/oidcissuerrepository.h"
#include "server/identity/oidcsignin.h"

namespace Backroom::Server {

class Database;
class IdentityService;

// Social sign-in with an OpenID Connect ID token, and the administration of the issuers it trusts.
class OidcRoutes {
public:
    // database and identity must outlive the routes.
    OidcRoutes(Database &database, IdentityService &identity, OidcSignIn::Options options = {});
    void registerOn(Router &router);

private:
    OidcIssuerRepository m_issuers;
    OidcSignIn m_signIn;
};

} // namespace Backroom::Server
