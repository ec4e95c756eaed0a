// SPDX-License-Identifier: MIT
#include "domain/roles.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

TEST(Roles, RoundTripTheirNames)
{
    for (Role r : allRoles())
        EXPECT_EQ(roleFromName(roleName(r)), r);
    EXPECT_EQ(allRoles().size(), 7);
    EXPECT_EQ(roleName(Role::SupportLead), QStringLiteral("support_lead"));
    EXPECT_FALSE(roleFromName(QStringLiteral("Admin")).has_value()) << "names are exact, lower case";
    EXPECT_FALSE(roleFromName(QStringLiteral("superuser")).has_value());
}

TEST(Roles, CustomersReachOnlyTheirOwnAccount)
{
    EXPECT_TRUE(roleGrants(Role::Customer, Permission::OwnAccount));
    EXPECT_TRUE(roleGrants(Role::Customer, Permission::Public));
    for (Permission p : {Permission::CatalogWrite, Permission::OrdersRead, Permission::UsersManage,
                         Permission::AuditRead, Permission::InventoryWrite, Permission::RefundsCreate})
        EXPECT_FALSE(roleGrants(Role::Customer, p)) << permissionName(p).toStdString();
}

TEST(Roles, StaffGetTheirAreaAndNotOthers)
{
    EXPECT_TRUE(roleGrants(Role::Merchandiser, Permission::CatalogWrite));
    EXPECT_FALSE(roleGrants(Role::Merchandiser, Permission::RefundsCreate));
    EXPECT_TRUE(roleGrants(Role::Warehouse, Permission::InventoryWrite));
    EXPECT_FALSE(roleGrants(Role::Warehouse, Permission::CatalogWrite));
    EXPECT_TRUE(roleGrants(Role::Support, Permission::RefundsCreate));
    EXPECT_FALSE(roleGrants(Role::Support, Permission::RefundsApprove)) << "approval needs a second, senior person";
    EXPECT_FALSE(roleGrants(Role::Support, Permission::UsersManage));
}

TEST(Roles, SupportLeadsAreSupportWhoMayApproveRefunds)
{
    EXPECT_TRUE(roleGrants(Role::SupportLead, Permission::RefundsApprove));
    for (int i = 0; i <= int(Permission::EventsRead); ++i) {
        const auto p = Permission(i);
        if (p != Permission::RefundsApprove) {
            EXPECT_EQ(roleGrants(Role::SupportLead, p), roleGrants(Role::Support, p)) << permissionName(p).toStdString();
        }
    }
    EXPECT_FALSE(roleGrants(Role::SupportLead, Permission::UsersManage));
    EXPECT_TRUE(isStaffRole(Role::SupportLead));
}

TEST(Roles, AdminsMayDoEverythingButActAsAVendor)
{
    EXPECT_TRUE(roleGrants(Role::Admin, Permission::UsersManage));
    EXPECT_TRUE(roleGrants(Role::Admin, Permission::RefundsApprove));
    EXPECT_TRUE(roleGrants(Role::Admin, Permission::AuditRead));
    EXPECT_FALSE(roleGrants(Role::Admin, Permission::VendorProducts));
}

TEST(Roles, EveryStaffRoleButVendorsFollowsTheEventFeed)
{
    for (Role r : {Role::Merchandiser, Role::Warehouse, Role::Support, Role::SupportLead, Role::Admin})
        EXPECT_TRUE(roleGrants(r, Permission::EventsRead)) << roleName(r).toStdString();
    // The feed spans the whole shop; a vendor sees only their own products.
    EXPECT_FALSE(roleGrants(Role::Vendor, Permission::EventsRead));
    EXPECT_FALSE(roleGrants(Role::Customer, Permission::EventsRead));
}

TEST(Roles, SeveralRolesGrantTheUnion)
{
    EXPECT_TRUE(rolesGrant({Role::Merchandiser, Role::Warehouse}, Permission::InventoryWrite));
    EXPECT_TRUE(rolesGrant({Role::Merchandiser, Role::Warehouse}, Permission::CatalogWrite));
    EXPECT_FALSE(rolesGrant({}, Permission::OwnAccount));
    EXPECT_TRUE(rolesGrant({}, Permission::Public));
}

TEST(Roles, OnlyCustomerIsNotStaff)
{
    for (Role r : allRoles())
        EXPECT_EQ(isStaffRole(r), r != Role::Customer);
}
