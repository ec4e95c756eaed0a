// SPDX-License-Identifier: MIT
#pragma once

#include "domain/error.h"
#include "domain/problem.h"
#include "server/http/httprequest.h"

#include <QJsonDocument>

#include <memory>

namespace Backroom::Server {

// A response body read from a file while it is sent, for answers too large to hold in memory (exports)
// or already on disk (images). A temporary file is removed once nobody holds the response any more, sent
// or not (the client may have gone).
struct ResponseFile {
    QString path;
    qint64 size = 0;
    bool temporary = false;

    ResponseFile(QString path, qint64 size, bool temporary);
    ~ResponseFile();
    ResponseFile(const ResponseFile &) = delete;
    ResponseFile &operator=(const ResponseFile &) = delete;
};

struct HttpResponse {
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;
    std::shared_ptr<const ResponseFile> bodyFile; // when set, the body is this file and `body` stays empty

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse text(int status, QByteArray body, QByteArray contentType = "text/plain; charset=utf-8");
    static HttpResponse noContent(int status = 204);
    // The file at path as the body (see ResponseFile); fileUnreadable() when it cannot be read.
    static HttpResponse file(int status, const QString &path, QByteArray contentType, bool temporary);
    // The answer when a file the server should send cannot be read (503).
    static HttpResponse fileUnreadable();
    static HttpResponse problem(const Domain::Problem &problem);
    // A problem with a stable type slug (see docs of Domain::problemTypeUri) and a message for a person.
    static HttpResponse problem(int status, const QString &typeSlug, const QString &detail,
                                QList<Domain::FieldError> errors = {});
    // The one mapping from error codes to HTTP status codes.
    static HttpResponse fromError(const Domain::Error &error);

    qint64 bodySize() const { return bodyFile ? bodyFile->size : body.size(); }
    // Whether a body goes on the wire: never for HEAD, 1xx, 204 and 304.
    bool sendsBody(bool headRequest) const { return !headRequest && status >= 200 && status != 204 && status != 304; }
    // The bytes on the wire: status line, headers (Content-Length, Date, Connection added), body unless HEAD.
    // A bodyFile is not included: the connection streams it after these bytes.
    QByteArray serialize(bool headRequest, bool keepAlive) const;
};

int statusForError(Domain::ErrorCode code);
// The strong ETag of a versioned resource ("7"); If-Match sends it back (RequestContext::expectedVersion).
// A representation that also depends on something else (a product's price under today's promotions) adds
// a suffix ("7-x3f"): If-None-Match then sees the change, If-Match still reads the version.
QByteArray versionETag(int version, QByteArrayView suffix = {});
QByteArray reasonPhrase(int status);

} // namespace Backroom::Server
