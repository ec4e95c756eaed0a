// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <memory>
#include <span>

namespace Backroom::Server {

// Nonblocking sends to many sockets in one system call, on io_uring where the kernel allows it (a
// container's seccomp profile may not), else one send() each.
//
// Why one call: a send that wakes a waiting client lets that client take the CPU when the call returns,
// on a machine the clients share. With a send() per answer the loop was preempted between answers, and
// each client woke once per answer instead of once per turn; inside one io_uring_enter every send is made
// before the thread can be preempted (measured on 2 cores against wrk, the same turn's answers with a
// send() each and in one call: cached GET product 114-126k -> 133-148k req/s, healthz 125-142k ->
// 157-161k).
//
// Used on one thread at a time.
class SendBatch {
public:
    struct Send {
        int fd = -1;
        const char *data = nullptr;
        qsizetype size = 0;
        qsizetype result = 0; // what the socket took, or -errno (-EAGAIN: it takes nothing now)
    };
    enum class Kernel {
        IoUringWhereAllowed,
        SendCalls, // what a kernel without io_uring gets
    };

    explicit SendBatch(Kernel kernel = Kernel::IoUringWhereAllowed, unsigned ringEntries = 256);
    ~SendBatch();
    SendBatch(const SendBatch &) = delete;
    SendBatch &operator=(const SendBatch &) = delete;

    bool usesIoUring() const { return m_ring != nullptr; }
    // Sends each one's data, as far as its socket takes it now, and sets its result. Never blocks, never
    // raises SIGPIPE (a gone peer is -EPIPE or -ECONNRESET).
    void sendAll(std::span<Send> sends);

private:
    struct Ring;
    void dropRing();
    std::unique_ptr<Ring> m_ring;
};

} // namespace Backroom::Server
