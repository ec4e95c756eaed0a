// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace Backroom::Domain {

// Who someone is to the shop. A user may hold several roles; what they may do is the union.
enum class Role {
    Customer,
    Vendor,
    Merchandiser,
    Warehouse,
    Support,
    SupportLead, // Support, and approves refunds above the approval limit
    Admin,
};

// What a route needs. Every route declares exactly one; the gateway checks it before the handler runs.
enum class Permission {
    Public,           // anyone, signed in or not
    OwnAccount,       // a signed-in user's own profile, addresses, carts and orders
    CatalogWrite,     // products, variants, categories, prices
    PromotionsManage, //
    VendorProducts,   // a vendor's own products only (checked per object)
    InventoryRead,    //
    InventoryWrite,   // receive, adjust, transfer
    OrdersRead,       // every customer's orders
    OrdersManage,     // cancel, fulfil, notes
    RefundsCreate,    //
    RefundsApprove,   // refunds above the approval limit
    ShipmentsManage,  //
    CustomersRead,    //
    ReportsRead,      //
    UsersManage,      // staff users and roles
    AuditRead,        //
    SystemManage,     // webhooks, warehouses, sagas, OIDC issuers
    EventsRead,       // the live event feed the desktop follows (every staff role but vendors)
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
// A JSON array of role names, as a write body carries it: Validation error naming field for anything
// else, an unknown name, or a repeated one. May be empty; whether that is allowed is the caller's rule.
Result<QList<Role>> rolesFromJson(const QJsonValue &value, const QString &field);
QList<Role> allRoles();

QString permissionName(Permission permission);

// The one table of who may do what.
bool roleGrants(Role role, Permission permission);
bool rolesGrant(const QList<Role> &roles, Permission permission);

// Roles a person may hold only if an admin gives them; registration yields Customer only.
bool isStaffRole(Role role);

} // namespace Backroom::Domain
