// SPDX-License-Identifier: MIT
#include "server/http/sendbatch.h"

#include <algorithm>
#include <cerrno>
#include <liburing.h>
#include <limits>
#include <sys/socket.h>

namespace Backroom::Server {

namespace {
constexpr qsizetype notSent = std::numeric_limits<qsizetype>::min();
constexpr int sendFlags = MSG_NOSIGNAL | MSG_DONTWAIT;
} // namespace

struct SendBatch::Ring {
    io_uring ring{};
};

SendBatch::SendBatch(Kernel kernel, unsigned ringEntries)
{
    if (kernel != Kernel::IoUringWhereAllowed)
        return;
    auto ring = std::make_unique<Ring>();
    if (io_uring_queue_init(ringEntries, &ring->ring, 0) != 0)
        return; // not allowed here (io_uring_disabled, seccomp) or not built in: send() each
    m_ring = std::move(ring);
}

SendBatch::~SendBatch()
{
    dropRing();
}

void SendBatch::dropRing()
{
    if (!m_ring)
        return;
    // Entries queued but not submitted are dropped with the ring: they must never go out later, when their
    // buffers may be gone.
    io_uring_queue_exit(&m_ring->ring);
    m_ring.reset();
}

void SendBatch::sendAll(std::span<Send> sends)
{
    for (Send &s : sends)
        s.result = notSent;
    size_t next = 0;
    while (m_ring && next < sends.size()) {
        const size_t first = next;
        unsigned queued = 0;
        for (; next < sends.size(); ++next) {
            io_uring_sqe *sqe = io_uring_get_sqe(&m_ring->ring); // none when the ring is full: submit these
            if (!sqe)
                break;
            const Send &s = sends[next];
            io_uring_prep_send(sqe, s.fd, s.data, size_t(s.size), sendFlags);
            io_uring_sqe_set_data64(sqe, next);
            ++queued;
        }
        // A send with MSG_DONTWAIT is made during the call and completes there, -EAGAIN when the socket is
        // full, so its completion is waiting when the call returns.
        const int submitted = io_uring_submit(&m_ring->ring);
        // A ring that takes nothing (queued 0) would loop here for ever.
        bool ringFailed = queued == 0 || submitted != int(queued);
        for (int reaped = 0; reaped < submitted;) {
            io_uring_cqe *cqe = nullptr;
            const int rc = io_uring_wait_cqe(&m_ring->ring, &cqe);
            if (rc == -EINTR)
                continue;
            if (rc < 0) {
                // Sent or not, nobody can tell: sending again could put the same bytes on the wire twice,
                // so those connections fail instead.
                for (size_t i = first; i < first + size_t(submitted); ++i) {
                    if (sends[i].result == notSent)
                        sends[i].result = -EIO;
                }
                ringFailed = true;
                break;
            }
            sends[cqe->user_data].result = cqe->res;
            io_uring_cqe_seen(&m_ring->ring, cqe);
            ++reaped;
        }
        if (ringFailed) {
            next = first + size_t(std::max(submitted, 0));
            dropRing(); // the rest go out with send(), and so does every later batch
        }
    }
    for (size_t i = next; i < sends.size(); ++i) {
        Send &s = sends[i];
        ssize_t n;
        do {
            n = ::send(s.fd, s.data, size_t(s.size), sendFlags);
        } while (n < 0 && errno == EINTR);
        s.result = n >= 0 ? qsizetype(n) : -qsizetype(errno);
    }
}

} // namespace Backroom::Server
