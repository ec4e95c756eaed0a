// SPDX-License-Identifier: MIT
#pragma once

#include "server/events/eventfeed.h"
#include "server/events/webhooks.h"
#include "server/http/router.h"

namespace Backroom::Server {

class Database;

// The live event feed (any staff role) and webhook subscriptions with their delivery log (system:manage).
class EventRoutes {
public:
    EventRoutes(Database &database, EventFeed &feed, bool allowPrivateWebhooks)
        : m_database(database)
        , m_feed(feed)
        , m_webhooks(database, allowPrivateWebhooks)
    {
    }
    void registerOn(Router &router);

private:
    void follow(RequestContext &context, DeferredReply reply);

    Database &m_database;
    EventFeed &m_feed;
    WebhookService m_webhooks;
};

} // namespace Backroom::Server
