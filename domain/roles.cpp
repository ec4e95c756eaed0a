// SPDX-License-Identifier: MIT
#include "domain/roles.h"

#include <QJsonArray>

#include <array>

namespace Backroom::Domain {

namespace {
struct RoleEntry {
    Role role;
    const char16_t *name;
};

constexpr std::array<RoleEntry, 7> roles{{
    {Role::Customer, u"customer"},
    {Role::Vendor, u"vendor"},
    {Role::Merchandiser, u"merchandiser"},
    {Role::Warehouse, u"warehouse"},
    {Role::Support, u"support"},
    {Role::SupportLead, u"support_lead"},
    {Role::Admin, u"admin"},
}};
} // namespace

QString roleName(Role role)
{
    for (const RoleEntry &e : roles) {
        if (e.role == role)
            return QString::fromUtf16(e.name);
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const RoleEntry &e : roles) {
        if (name == QStringView(e.name))
            return e.role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> list;
    for (const RoleEntry &e : roles)
        list.append(e.role);
    return list;
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Public: return QStringLiteral("public");
    case Permission::OwnAccount: return QStringLiteral("own-account");
    case Permission::CatalogWrite: return QStringLiteral("catalog:write");
    case Permission::PromotionsManage: return QStringLiteral("promotions:manage");
    case Permission::VendorProducts: return QStringLiteral("vendor:products");
    case Permission::InventoryRead: return QStringLiteral("inventory:read");
    case Permission::InventoryWrite: return QStringLiteral("inventory:write");
    case Permission::OrdersRead: return QStringLiteral("orders:read");
    case Permission::OrdersManage: return QStringLiteral("orders:manage");
    case Permission::RefundsCreate: return QStringLiteral("refunds:create");
    case Permission::RefundsApprove: return QStringLiteral("refunds:approve");
    case Permission::ShipmentsManage: return QStringLiteral("shipments:manage");
    case Permission::CustomersRead: return QStringLiteral("customers:read");
    case Permission::ReportsRead: return QStringLiteral("reports:read");
    case Permission::UsersManage: return QStringLiteral("users:manage");
    case Permission::AuditRead: return QStringLiteral("audit:read");
    case Permission::SystemManage: return QStringLiteral("system:manage");
    case Permission::EventsRead: return QStringLiteral("events:read");
    }
    return {};
}

bool roleGrants(Role role, Permission permission)
{
    using P = Permission;
    if (permission == P::Public)
        return true;
    switch (role) {
    case Role::Admin:
        // Admins run the shop but do not act as a vendor; vendor routes are about one vendor's own products.
        return permission != P::VendorProducts;
    case Role::Customer:
        return permission == P::OwnAccount;
    case Role::Vendor:
        return permission == P::OwnAccount || permission == P::VendorProducts;
    case Role::Merchandiser:
        return permission == P::OwnAccount || permission == P::CatalogWrite || permission == P::PromotionsManage
            || permission == P::InventoryRead || permission == P::ReportsRead || permission == P::EventsRead;
    case Role::Warehouse:
        return permission == P::OwnAccount || permission == P::InventoryRead || permission == P::InventoryWrite
            || permission == P::OrdersRead || permission == P::ShipmentsManage || permission == P::EventsRead;
    case Role::Support:
        return permission == P::OwnAccount || permission == P::OrdersRead || permission == P::OrdersManage
            || permission == P::RefundsCreate || permission == P::ShipmentsManage || permission == P::CustomersRead
            || permission == P::InventoryRead || permission == P::EventsRead;
    case Role::SupportLead:
        return permission == P::RefundsApprove || roleGrants(Role::Support, permission);
    }
    return false;
}

bool rolesGrant(const QList<Role> &held, Permission permission)
{
    if (permission == Permission::Public)
        return true;
    return std::any_of(held.cbegin(), held.cend(), [&](Role r) { return roleGrants(r, permission); });
}

bool isStaffRole(Role role)
{
    return role != Role::Customer;
}

Result<QList<Role>> rolesFromJson(const QJsonValue &value, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The roles are not valid."), {{field, why}}));
    };
    if (!value.isArray())
        return refuse(QStringLiteral("must be an array of role names"));
    QList<Role> roles;
    for (const QJsonValue &v : value.toArray()) {
        const auto role = v.isString() ? roleFromName(v.toString()) : std::nullopt;
        if (!role)
            return refuse(QStringLiteral("'%1' is not one of customer, vendor, merchandiser, warehouse, support, support_lead, admin")
                              .arg(v.toString().left(40)));
        if (roles.contains(*role))
            return refuse(QStringLiteral("names '%1' twice").arg(roleName(*role)));
        roles.append(*role);
    }
    return roles;
}

} // namespace Backroom::Domain
