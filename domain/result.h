// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"

#include <expected>

namespace Backroom::Domain {

// Every fallible call returns this; callers must look at it.
template<typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace Backroom::Domain
