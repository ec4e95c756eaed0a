// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Backroom::Test {

// A real SMTP server on 127.0.0.1 that speaks enough SMTP (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) to take
// mail, and keeps every message it accepted (dot-unstuffed). Recipients nobody@… are refused with 550. It offers
// neither STARTTLS nor AUTH. While refusing, it greets with 421 and hangs
// up, as a mail server that is down for maintenance does. Serves one connection at a time, on a thread of
// its own with blocking sockets (no event loop).
class SmtpSink {
public:
    struct Message {
        QByteArray from;
        QByteArray to;
        QByteArray data;
    };

    SmtpSink()
    {
        m_thread = std::thread([this] { run(); });
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return m_port != 0 || m_failed; });
    }
    ~SmtpSink()
    {
        m_stopping = true;
        m_thread.join();
    }
    quint16 port() const { return m_port; }
    void setRefusing(bool refusing) { m_refusing = refusing; }
    QList<Message> messages() const
    {
        const std::lock_guard lock(m_mutex);
        return m_messages;
    }
    // Polls until at least count messages came, or timeoutMs passed; returns whether they came.
    bool waitForMessages(int count, int timeoutMs = 30000) const
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (messages().size() >= count)
                return true;
            QThread::msleep(20);
        }
        return messages().size() >= count;
    }

private:
    void run()
    {
        QTcpServer server;
        const bool listening = server.listen(QHostAddress::LocalHost, 0);
        {
            const std::lock_guard lock(m_mutex);
            m_port = listening ? server.serverPort() : 0;
            m_failed = !listening;
        }
        m_ready.notify_all();
        while (listening && !m_stopping) {
            if (!server.waitForNewConnection(50))
                continue;
            QTcpSocket *socket = server.nextPendingConnection();
            serve(*socket);
            delete socket;
        }
    }
    static bool readLine(QTcpSocket &s, QByteArray &line)
    {
        while (!s.canReadLine()) {
            if (!s.waitForReadyRead(5000))
                return false;
        }
        line = s.readLine();
        return true;
    }
    static void say(QTcpSocket &s, const QByteArray &text)
    {
        s.write(text);
        s.waitForBytesWritten(5000);
    }
    void serve(QTcpSocket &s)
    {
        if (m_refusing) {
            say(s, "421 sink.test Service not available, closing transmission channel\r\n");
            s.disconnectFromHost();
            return;
        }
        say(s, "220 sink.test ESMTP ready\r\n");
        Message message;
        QByteArray line;
        while (readLine(s, line)) {
            const QByteArray verb = line.left(4).toUpper();
            if (verb == "EHLO" || verb == "HELO") {
                say(s, "250-sink.test\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n");
            } else if (verb == "MAIL") {
                message = {};
                message.from = line.mid(10).trimmed();
                say(s, "250 OK\r\n");
            } else if (verb == "RCPT") {
                message.to = line.mid(8).trimmed();
                // An address that does not exist here, as a real server refuses it: for good.
                say(s, message.to.contains("nobody@") ? "550 5.1.1 No such user\r\n" : "250 OK\r\n");
            } else if (verb == "DATA") {
                say(s, "354 End data with <CR><LF>.<CR><LF>\r\n");
                QByteArray data;
                while (readLine(s, line) && line != ".\r\n")
                    data += line.startsWith("..") ? line.mid(1) : line;
                message.data = data;
                {
                    const std::lock_guard lock(m_mutex);
                    m_messages.append(message);
                }
                say(s, "250 OK queued\r\n");
            } else if (verb == "QUIT") {
                say(s, "221 Bye\r\n");
                s.disconnectFromHost();
                return;
            } else if (verb == "RSET" || verb == "NOOP") {
                say(s, "250 OK\r\n");
            } else {
                say(s, "502 Command not implemented\r\n");
            }
        }
    }

    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    quint16 m_port = 0;
    bool m_failed = false;
    std::atomic<bool> m_stopping{false};
    std::atomic<bool> m_refusing{false};
    QList<Message> m_messages;
};

} // namespace Backroom::Test
