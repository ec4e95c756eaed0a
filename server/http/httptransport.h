// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

class QSocketNotifier;
class QTcpSocket;

namespace Backroom::Server {

class EpollEventDispatcher;

// The byte stream under one HTTP connection, used on the connection's I/O thread only.
//
// Signals come from the event loop, never from inside a call: write() does not emit written(), and
// abort() or disconnectFromHost() do not emit closed() before they return.
class HttpTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QHostAddress peerAddress() const = 0;
    // Up to max bytes of what has arrived; empty when nothing is there now.
    virtual QByteArray read(qint64 max) = 0;
    // Sends what the socket takes, now or before the event loop waits again; the rest is sent as the peer
    // reads (bytesToWrite, written).
    virtual void write(const QByteArray &data) = 0;
    virtual qint64 bytesToWrite() const = 0;
    // Reads and drops whatever has arrived.
    virtual void discardInput() = 0;
    // Ends the sending direction once everything is written, keeping the receiving one open so the input
    // the peer still sends can be drained (a close with unread input sends a reset that can destroy the
    // answer before the peer reads it). False where that cannot be done (TLS): disconnectFromHost instead.
    virtual bool shutdownWrite() = 0;
    // Closes once everything is written; closed() follows.
    virtual void disconnectFromHost() = 0;
    // Closes now, dropping unwritten output; no closed() follows.
    virtual void abort() = 0;
    virtual bool isOpen() const = 0;

signals:
    void readable();
    void written(); // some output went out; bytesToWrite() says how much is left
    void closed();  // the peer hung up or the connection failed
};

// A plain TCP socket driven directly: reads and writes go straight to the kernel, and a write notifier is
// armed only while output is left over. QTcpSocket copies every byte through its own buffers and re-arms
// its notifiers for every answer, which cost more than the rest of a cached read (measured on 2 cores:
// three eventfd wake-ups and an extra poll per request).
//
// On an EpollEventDispatcher thread, what is written during a turn of the loop is sent once the turn's
// events have all been handled (runBeforeWaiting), so bytesToWrite() is not 0 right after a write there.
class TcpTransport : public HttpTransport {
    Q_OBJECT
public:
    // Takes ownership of descriptor (a connected, accepted socket).
    explicit TcpTransport(qintptr descriptor, QObject *parent = nullptr);
    ~TcpTransport() override;

    QHostAddress peerAddress() const override { return m_peer; }
    QByteArray read(qint64 max) override;
    void write(const QByteArray &data) override;
    qint64 bytesToWrite() const override { return m_output.size() - m_outputSent; }
    void discardInput() override;
    bool shutdownWrite() override;
    void disconnectFromHost() override;
    void abort() override;
    bool isOpen() const override { return m_fd >= 0; }

private:
    void onReadable();
    void onWritable();
    void sendOutput(); // as much of m_output as the socket takes
    void scheduleSend(EpollEventDispatcher &epoll);
    // Sends what this thread's transports wrote in the turn, in one system call (SendBatch).
    static void sendScheduledTogether();
    void sent(qsizetype result); // SendBatch::Send::result of this transport's output
    void fail();                 // closes and tells the connection, from the event loop
    void closeDescriptor();

    int m_fd = -1;
    QHostAddress m_peer;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_output; // unsent output starts at m_outputSent
    qsizetype m_outputSent = 0;
    bool m_peerClosed = false;  // read() saw the end of the input (or a failure)
    bool m_readPending = false; // readable() was emitted and the connection has not read since
    bool m_mayHaveInput = true; // false after a read that drained the socket, until the notifier fires
    bool m_closeWhenWritten = false;
    bool m_shutdownWhenWritten = false;
    bool m_failed = false;
    bool m_sendScheduled = false;
};

// A QTcpSocket or QSslSocket (TLS), which the transport owns.
class QtSocketTransport : public HttpTransport {
    Q_OBJECT
public:
    explicit QtSocketTransport(QTcpSocket *socket, QObject *parent = nullptr);

    QHostAddress peerAddress() const override { return m_peer; }
    QByteArray read(qint64 max) override;
    void write(const QByteArray &data) override;
    qint64 bytesToWrite() const override;
    void discardInput() override;
    bool shutdownWrite() override;
    void disconnectFromHost() override;
    void abort() override;
    bool isOpen() const override;

private:
    QTcpSocket *m_socket;
    QHostAddress m_peer;
};

} // namespace Backroom::Server
