// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/problem.h"
#include "server/http/httprequest.h"

#include <QJsonDocument>

namespace Backroom::Server {

struct HttpResponse {
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, QByteArray body, QByteArray contentType = "text/plain; charset=utf-8");
    static HttpResponse noContent(int status = 204);
    static HttpResponse problem(const Domain::Problem &problem);
    // A problem with a stable type slug (see docs of Domain::problemTypeUri) and a message for a person.
    static HttpResponse problem(int status, const QString &typeSlug, const QString &detail,
                                QList<Domain::FieldError> errors = {});
    // The one mapping from error codes to HTTP status codes.
    static HttpResponse fromError(const Domain::Error &error);

    // The bytes on the wire: status line, headers (Content-Length, Date, Connection added), body unless HEAD.
    QByteArray serialize(bool headRequest, bool keepAlive) const;
};

int statusForError(Domain::ErrorCode code);
// The strong ETag of a versioned resource ("7"); If-Match sends it back (RequestContext::expectedVersion).
// A representation that also depends on something else (a product's price under today's promotions) adds
// a suffix ("7-x3f"): If-None-Match then sees the change, If-Match still reads the version.
QByteArray versionETag(int version, QByteArrayView suffix = {});
QByteArray reasonPhrase(int status);

} // namespace Backroom::Server
