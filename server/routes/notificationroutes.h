// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"
#include "server/notifications/notifications.h"

namespace Backroom::Server {

// The customer mails for admins (system:manage): the queue by status (failed ones are the visible failure
// list), one mail with its bodies, and a retry of a failed one.
class NotificationRoutes {
public:
    explicit NotificationRoutes(Database &database) : m_notifications(database) {}
    void registerOn(Router &router);

private:
    NotificationService m_notifications;
};

} // namespace Backroom::Server
