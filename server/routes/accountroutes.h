// SPDX-License-Identifier: MIT
#pragma once

#include "server/audit/auditlog.h"
#include "server/http/router.h"
#include "server/identity/addressbook.h"

namespace Backroom::Server {

class Database;
class IdentityService;

// Changes to accounts: the caller's own (PATCH /me, the address book) and, for admins, anyone's (roles,
// disabling), plus the audit log those changes leave behind.
class AccountRoutes {
public:
    AccountRoutes(IdentityService &identity, Database &database);
    void registerOn(Router &router);

private:
    IdentityService &m_identity;
    AddressBook m_addresses;
    AuditLog m_audit;
};

} // namespace Backroom::Server
