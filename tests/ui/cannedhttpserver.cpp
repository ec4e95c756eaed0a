// SPDX-License-Identifier: MIT
#include "cannedhttpserver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Backroom::UiTest {

CannedHttpServer::CannedHttpServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, &CannedHttpServer::accept);
    if (!m_server.listen(QHostAddress::LocalHost))
        qFatal("CannedHttpServer: cannot listen on loopback: %s", qPrintable(m_server.errorString()));
}

QUrl CannedHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void CannedHttpServer::setResponse(QByteArray response, std::chrono::milliseconds delay)
{
    m_response = std::move(response);
    m_delay = delay;
}

QByteArray CannedHttpServer::response(int status, const QByteArray &reason, const QByteArray &contentType,
                                      const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
           + "\r\n" + body;
}

void CannedHttpServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer = QByteArray()]() mutable {
            buffer += socket->readAll();
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_requests.append(buffer.left(end));
            buffer.clear();
            if (m_response.isEmpty())
                return;
            QTimer::singleShot(m_delay, socket, [this, socket, response = m_response] {
                socket->write(response);
                socket->disconnectFromHost();
                ++m_answered;
            });
        });
    }
}

} // namespace Backroom::UiTest
