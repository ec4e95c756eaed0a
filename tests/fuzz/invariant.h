// SPDX-License-Identifier: MIT
#pragma once

#include <cstdio>
#include <cstdlib>

// The one way a fuzz target reports a broken invariant: a line naming the target and what broke (the
// smoke tests look for "invariant violated"), then abort(), which libFuzzer keeps as a crash with its input.
namespace Backroom::Fuzz {

[[noreturn]] inline void violated(const char *target, const char *what)
{
    std::fprintf(stderr, "%s: invariant violated: %s\n", target, what);
    std::abort();
}

} // namespace Backroom::Fuzz

#define BACKROOM_FUZZ_CHECK(target, cond)                                                                    \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::Backroom::Fuzz::violated(target, #cond);                                                       \
    } while (false)
