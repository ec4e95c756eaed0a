// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace Backroom::Server {

// Makes SIGINT and SIGTERM quit the application's event loop, and ignores SIGPIPE. A signal handler may do
// next to nothing, so it writes a byte to a socket pair that the main thread's event loop watches;
// beforeQuit then runs there. Call once, from the main thread, after QCoreApplication exists. False when the
// socket pair cannot be made.
bool quitOnTerminationSignals(std::function<void()> beforeQuit = {});

} // namespace Backroom::Server
