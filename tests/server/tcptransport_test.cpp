// SPDX-License-Identifier: MIT
// TcpTransport on an I/O thread (EpollEventDispatcher): what a turn of the loop writes goes out when the
// turn is done, whole, and the transport's own rules (close once written) still hold.
#include "server/http/epolleventdispatcher.h"
#include "server/http/httptransport.h"

#include <QDeadlineTimer>
#include <QThread>
#include <functional>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Backroom::Server;

namespace {
// One end of a connected pair for the transport, the other for the test to read as the client would.
class IoThreadTransport : public ::testing::Test {
protected:
    void SetUp() override
    {
        int fds[2];
        ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds), 0);
        m_serverFd = fds[0];
        m_clientFd = fds[1];
        m_io.setEventDispatcher(new EpollEventDispatcher);
        m_io.start();
        m_onIo.moveToThread(&m_io);
    }
    void TearDown() override
    {
        onIoThread([this] { delete m_transport; });
        m_io.quit();
        m_io.wait();
        ::close(m_clientFd);
    }
    // Runs fn as one turn of the I/O thread's loop, and returns when it has.
    void onIoThread(const std::function<void()> &fn)
    {
        QMetaObject::invokeMethod(&m_onIo, fn, Qt::BlockingQueuedConnection);
    }
    void createTransport() { m_transport = new TcpTransport(m_serverFd); }
    bool clientHasInput() const
    {
        char byte;
        return ::recv(m_clientFd, &byte, 1, MSG_DONTWAIT | MSG_PEEK) > 0;
    }
    // What the client receives until the server's end closes, or until the deadline.
    QByteArray readUntilClosed(int timeoutMs, bool *closed)
    {
        QByteArray got;
        QDeadlineTimer deadline(timeoutMs);
        *closed = false;
        char buffer[64 * 1024];
        while (!deadline.hasExpired()) {
            pollfd p{m_clientFd, POLLIN, 0};
            if (::poll(&p, 1, int(deadline.remainingTime())) <= 0)
                continue;
            const ssize_t n = ::recv(m_clientFd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                *closed = n == 0;
                break;
            }
            got.append(buffer, n);
        }
        return got;
    }

    QThread m_io;
    QObject m_onIo;
    TcpTransport *m_transport = nullptr;
    int m_serverFd = -1;
    int m_clientFd = -1;
};
} // namespace

TEST_F(IoThreadTransport, SendsWhatATurnOfTheLoopWroteOnceTheTurnIsDone)
{
    bool sentDuringTheTurn = true;
    qint64 leftDuringTheTurn = 0;
    onIoThread([&] {
        createTransport();
        m_transport->write("first ");
        m_transport->write("second");
        sentDuringTheTurn = clientHasInput();
        leftDuringTheTurn = m_transport->bytesToWrite();
        m_transport->disconnectFromHost();
    });
    EXPECT_FALSE(sentDuringTheTurn);
    EXPECT_EQ(leftDuringTheTurn, 12);
    bool closed = false;
    EXPECT_EQ(readUntilClosed(10000, &closed), "first second");
    EXPECT_TRUE(closed);
}

TEST_F(IoThreadTransport, SendsAnAnswerLargerThanTheSocketTakesWholeAndThenCloses)
{
    // Far more than a socket buffer: the send at the end of the turn leaves most of it for the write
    // notifier, which must then be armed.
    QByteArray answer(8 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < answer.size(); ++i)
        answer[i] = char('a' + i % 26);
    onIoThread([&] {
        createTransport();
        m_transport->write(answer);
        m_transport->disconnectFromHost();
    });
    bool closed = false;
    const QByteArray got = readUntilClosed(30000, &closed);
    EXPECT_EQ(got.size(), answer.size());
    EXPECT_TRUE(got == answer);
    EXPECT_TRUE(closed);
}

TEST_F(IoThreadTransport, SendsNothingForATransportDeletedInTheTurnThatWrote)
{
    onIoThread([&] {
        createTransport();
        m_transport->write("never sent");
        delete m_transport;
        m_transport = nullptr;
    });
    bool closed = false;
    EXPECT_EQ(readUntilClosed(10000, &closed), QByteArray());
    EXPECT_TRUE(closed);
}

TEST_F(IoThreadTransport, SendsAtOnceOffAnIoThread)
{
    // The main thread's loop is Qt's own: there is no end of a turn to wait for.
    TcpTransport transport(m_serverFd);
    transport.write("now");
    EXPECT_TRUE(clientHasInput());
    EXPECT_EQ(transport.bytesToWrite(), 0);
    m_serverFd = -1; // the transport closes it
}
