// SPDX-License-Identifier: MIT
#pragma once

#include "domain/roles.h"

namespace Backroom::Server {

// Who is calling, as their verified access token says.
struct Principal {
    qint64 userId = 0;
    QList<Domain::Role> roles;
};

} // namespace Backroom::Server
