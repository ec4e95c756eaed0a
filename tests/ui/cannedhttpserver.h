// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

namespace Backroom::UiTest {

// A loopback HTTP/1.1 server that answers every request with the same bytes, for the answers a real
// Backroom server does not give on demand (a proxy's HTML error page, a hung server, a 503 while its
// database is down).
class CannedHttpServer : public QObject
{
    Q_OBJECT
public:
    CannedHttpServer();

    QUrl url() const;
    // Answers with response after delay. An empty response means: accept, read, never answer.
    void setResponse(QByteArray response, std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    // The head (request line and headers) of every request received so far.
    QList<QByteArray> requests() const { return m_requests; }
    int answered() const { return m_answered; }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &extraHeaders = {});

private:
    void accept();

    QTcpServer m_server;
    QByteArray m_response;
    std::chrono::milliseconds m_delay{0};
    QList<QByteArray> m_requests;
    int m_answered = 0;
};

} // namespace Backroom::UiTest
