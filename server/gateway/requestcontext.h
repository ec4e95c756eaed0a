// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"
#include "server/http/httprequest.h"
#include "server/http/router.h"
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
    RequestContext(HttpRequest request, PathParams params, QByteArray requestId)
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
    // A path parameter that names a row: a positive whole number, else nullopt (answer 404: no such row).
    std::optional<qint64> idParam(const QString &name) const
    {
        bool ok = false;
        const qint64 id = m_params.value(name).toLongLong(&ok);
        return ok && id > 0 ? std::optional(id) : std::nullopt;
    }
    // The version an update is conditional on, from If-Match (see versionETag): nullopt without the header
    // or with "*"; Stale for a tag that can never match (weak, or not one of ours).
    Domain::Result<std::optional<int>> expectedVersion() const
    {
        const QByteArray tag = m_request.header("If-Match").trimmed();
        if (tag.isEmpty() || tag == "*")
            return std::nullopt;
        bool ok = false;
        const QByteArray opaque = tag.size() > 2 && tag.startsWith('"') && tag.endsWith('"')
            ? tag.sliced(1, tag.size() - 2) : QByteArray();
        const qsizetype dash = opaque.indexOf('-'); // see versionETag's suffix
        const int version = (dash < 0 ? opaque : opaque.first(dash)).toInt(&ok);
        if (!ok || version <= 0)
            return Domain::fail(Domain::Error::stale(QStringLiteral(
                "If-Match must be the ETag this resource was read with, e.g. \"3\"; read it again and retry.")));
        return version;
    }
    // The verified caller; always set for routes that need a permission other than Public.
    const std::optional<Principal> &principal() const { return m_principal; }
    void setPrincipal(std::optional<Principal> principal) { m_principal = std::move(principal); }
    void setBody(QJsonDocument body) { m_body = std::move(body); }

private:
    HttpRequest m_request;
    PathParams m_params;
    QByteArray m_requestId;
    QJsonDocument m_body;
    std::optional<Principal> m_principal;
};

} // namespace Backroom::Server
