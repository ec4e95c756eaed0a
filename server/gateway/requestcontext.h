// SPDX-License-Identifier: MIT
#pragma once

#include "server/http/httprequest.h"
#include "server/identity/principal.h"

#include <optional>

#include <QHash>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Backroom::Server {

// What a route handler gets: the request, its path parameters, its decoded JSON body (for routes that
// declare one) and its request id. Owns the request, so it can travel to a worker thread.
class RequestContext {
public:
    RequestContext(HttpRequest request, QHash<QString, QString> params, QByteArray requestId)
        : m_request(std::move(request))
        , m_params(std::move(params))
        , m_requestId(std::move(requestId))
    {
    }

    const HttpRequest &request() const { return m_request; }
    QString param(const QString &name) const { return m_params.value(name); }
    QUrlQuery query() const { return QUrlQuery(QString::fromUtf8(m_request.query)); }
    const QByteArray &requestId() const { return m_requestId; }
    const QJsonDocument &body() const { return m_body; }
    // The verified caller; always set for routes that need a permission other than Public.
    const std::optional<Principal> &principal() const { return m_principal; }
    void setPrincipal(std::optional<Principal> principal) { m_principal = std::move(principal); }
    void setBody(QJsonDocument body) { m_body = std::move(body); }

private:
    HttpRequest m_request;
    QHash<QString, QString> m_params;
    QByteArray m_requestId;
    QJsonDocument m_body;
    std::optional<Principal> m_principal;
};

} // namespace Backroom::Server
