// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/router.h"

namespace Backroom::Server {

class PaymentProvider;
class SandboxProcess;

// Payment administration: the provider client's state (circuit breaker, settings, counters) for admins.
class PaymentRoutes {
public:
    // provider: none when the server runs without one; sandbox: none unless the server started it.
    PaymentRoutes(const PaymentProvider *provider, const SandboxProcess *sandbox)
        : m_provider(provider)
        , m_sandbox(sandbox)
    {
    }
    void registerOn(Router &router);

private:
    const PaymentProvider *m_provider;
    const SandboxProcess *m_sandbox;
};

} // namespace Backroom::Server
