// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httprequest.h"

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Backroom::Server {

// What a route handler gets: the request, its path parameters, its decoded JSON body (for routes that
// declare one) and its request id. Lives on the I/O thread for the duration of one call.
class RequestContext {
public:
    RequestContext(const HttpRequest &request, QHash<QString, QString> params, QByteArray requestId)
        : m_request(request)
        , m_params(std::move(params))
        , m_requestId(std::move(requestId))
    {
    }

    const HttpRequest &request() const { return m_request; }
    QString param(const QString &name) const { return m_params.value(name); }
    QUrlQuery query() const { return QUrlQuery(QString::fromUtf8(m_request.query)); }
    const QByteArray &requestId() const { return m_requestId; }
    const QJsonDocument &body() const { return m_body; }
    void setBody(QJsonDocument body) { m_body = std::move(body); }

private:
    const HttpRequest &m_request;
    QHash<QString, QString> m_params;
    QByteArray m_requestId;
    QJsonDocument m_body;
};

} // namespace Backroom::Server
