// SPDX-License-Identifier: MIT
// SendBatch: many nonblocking sends in one call, on io_uring and on plain send(), with the same results.
#include "server/http/sendbatch.h"

#include <QByteArray>
#include <QFile>
#include <cerrno>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace Backroom::Server;

namespace {
struct SocketPair {
    int mine = -1;   // what the batch sends on
    int theirs = -1; // the peer
    SocketPair()
    {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0) {
            mine = fds[0];
            theirs = fds[1];
        }
    }
    ~SocketPair()
    {
        for (int fd : {mine, theirs}) {
            if (fd >= 0)
                ::close(fd);
        }
    }
    QByteArray received() const
    {
        QByteArray got;
        char buffer[64 * 1024];
        for (ssize_t n; (n = ::recv(theirs, buffer, sizeof buffer, MSG_DONTWAIT)) > 0;)
            got.append(buffer, n);
        return got;
    }
};

QByteArray procLine(const char *path, const QByteArray &prefix)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

class SendBatchTest : public ::testing::TestWithParam<SendBatch::Kernel> {};
} // namespace

TEST(SendBatch, UsesIoUringWhereTheKernelAllowsIt)
{
    // What decides it: the sysctl (0 allows everyone, 2 nobody, 1 the privileged) and, in containers, a
    // seccomp filter, which this test cannot read.
    const QByteArray sysctl = procLine("/proc/sys/kernel/io_uring_disabled", "");
    const bool filtered = procLine("/proc/self/status", "Seccomp:") != "0";
    SendBatch batch;
    if (sysctl == "2")
        EXPECT_FALSE(batch.usesIoUring());
    else if (sysctl == "0" && !filtered)
        EXPECT_TRUE(batch.usesIoUring());
    EXPECT_FALSE(SendBatch(SendBatch::Kernel::SendCalls).usesIoUring());
}

TEST_P(SendBatchTest, SendsToEverySocketInOneCallBeyondTheRingsSize)
{
    SendBatch batch(GetParam(), 4);
    std::vector<SocketPair> pairs(11);
    std::vector<QByteArray> data;
    std::vector<SendBatch::Send> sends;
    for (size_t i = 0; i < pairs.size(); ++i) {
        ASSERT_GE(pairs[i].mine, 0);
        data.push_back("answer " + QByteArray::number(qulonglong(i)) + QByteArray(int(i) * 100, 'x'));
    }
    for (size_t i = 0; i < pairs.size(); ++i)
        sends.push_back({pairs[i].mine, data[i].constData(), data[i].size()});
    batch.sendAll(sends);
    for (size_t i = 0; i < pairs.size(); ++i) {
        EXPECT_EQ(sends[i].result, data[i].size()) << i;
        EXPECT_EQ(pairs[i].received(), data[i]) << i;
    }
}

TEST_P(SendBatchTest, TakesWhatAFullSocketTakesWithoutBlocking)
{
    SendBatch batch(GetParam());
    SocketPair pair;
    const QByteArray big(16 * 1024 * 1024, 'b');
    SendBatch::Send first{pair.mine, big.constData(), big.size()};
    batch.sendAll({&first, 1});
    ASSERT_GT(first.result, 0);
    ASSERT_LT(first.result, big.size());
    SendBatch::Send second{pair.mine, big.constData() + first.result, big.size() - first.result};
    batch.sendAll({&second, 1});
    EXPECT_EQ(second.result, -EAGAIN);
    EXPECT_EQ(pair.received().size(), first.result);
}

TEST_P(SendBatchTest, ReportsAGonePeerWithoutASignalAndStillSendsToTheOthers)
{
    SendBatch batch(GetParam());
    SocketPair gone;
    SocketPair here;
    ::close(gone.theirs);
    gone.theirs = -1;
    std::vector<SendBatch::Send> sends{{gone.mine, "lost", 4}, {here.mine, "kept", 4}};
    batch.sendAll(sends); // SIGPIPE would end the test run here
    EXPECT_EQ(sends[0].result, -EPIPE);
    EXPECT_EQ(sends[1].result, 4);
    EXPECT_EQ(here.received(), "kept");
}

TEST_P(SendBatchTest, ReportsABadDescriptorForItsOwnSendOnly)
{
    SendBatch batch(GetParam());
    SocketPair here;
    std::vector<SendBatch::Send> sends{{here.mine, "one", 3}, {-1, "nowhere", 7}, {here.mine, "two", 3}};
    batch.sendAll(sends);
    EXPECT_EQ(sends[0].result, 3);
    EXPECT_EQ(sends[1].result, -EBADF);
    EXPECT_EQ(sends[2].result, 3);
    EXPECT_EQ(here.received(), "onetwo");
}

INSTANTIATE_TEST_SUITE_P(Kernels, SendBatchTest,
                         ::testing::Values(SendBatch::Kernel::IoUringWhereAllowed, SendBatch::Kernel::SendCalls),
                         [](const auto &info) {
                             return info.param == SendBatch::Kernel::SendCalls ? "SendCalls" : "IoUring";
                         });
