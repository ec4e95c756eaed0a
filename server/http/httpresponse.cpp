// SPDX-License-Identifier: MIT
#include "server/http/httpresponse.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace Backroom::Server {

using Domain::ErrorCode;

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ResponseFile::ResponseFile(QString path, qint64 size, bool temporary)
    : path(std::move(path))
    , size(size)
    , temporary(temporary)
{
}

ResponseFile::~ResponseFile()
{
    if (temporary)
        QFile::remove(path);
}

HttpResponse HttpResponse::file(int status, const QString &path, QByteArray contentType, bool temporary)
{
    const QFileInfo info(path);
    // Owned before the check, so a temporary file that cannot be sent is still removed.
    auto owner = std::make_shared<const ResponseFile>(path, info.size(), temporary);
    if (!info.isReadable())
        return fileUnreadable();
    HttpResponse r{status, {{"Content-Type", std::move(contentType)}}, {}};
    r.bodyFile = std::move(owner);
    return r;
}

HttpResponse HttpResponse::fileUnreadable()
{
    return fromError(Domain::Error::unavailable(QStringLiteral(
        "The server cannot read a file it should send; try again, and tell the operator if it persists.")));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    return {status, {{"Content-Type", "application/json"}}, document.toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::text(int status, QByteArray body, QByteArray contentType)
{
    return {status, {{"Content-Type", std::move(contentType)}}, std::move(body)};
}

HttpResponse HttpResponse::noContent(int status)
{
    return {status, {}, {}};
}

HttpResponse HttpResponse::problem(const Domain::Problem &problem)
{
    return {problem.status, {{"Content-Type", "application/problem+json"}}, problem.toBytes()};
}

HttpResponse HttpResponse::problem(int status, const QString &typeSlug, const QString &detail,
                                   QList<Domain::FieldError> errors)
{
    Domain::Problem p;
    p.type = Domain::problemTypeUri(typeSlug);
    p.title = QString::fromLatin1(reasonPhrase(status));
    p.status = status;
    p.detail = detail;
    p.errors = std::move(errors);
    return problem(p);
}

QByteArray versionETag(int version, QByteArrayView suffix)
{
    return '"' + QByteArray::number(version) + (suffix.isEmpty() ? QByteArray() : '-' + suffix.toByteArray()) + '"';
}

int statusForError(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound: return 404;
    case ErrorCode::Validation: return 422;
    case ErrorCode::InvalidTransition: return 409;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::Stale: return 412;
    case ErrorCode::Unauthorized: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::Unavailable: return 503;
    case ErrorCode::Internal: return 500;
    }
    return 500;
}

HttpResponse HttpResponse::fromError(const Domain::Error &error)
{
    return problem(statusForError(error.code), Domain::errorCodeName(error.code), error.message, error.fields);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 417: return "Expectation Failed";
    case 422: return "Unprocessable Content";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

namespace {
// IMF-fixdate, formatted at most once a second per thread: it is on every response.
const QByteArray &httpDate()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cached;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}
} // namespace

QByteArray HttpResponse::serialize(bool headRequest, bool keepAlive) const
{
    // Measured first, then written once: this runs for every response.
    const QByteArray reason = reasonPhrase(status);
    const QByteArray date = httpDate();
    const bool withLength = sendsBody(false); // 1xx, 204 and 304 never carry a body or its length
    const bool withBody = sendsBody(headRequest) && !bodyFile;
    char length[24];
    const int lengthSize = withLength ? std::snprintf(length, sizeof length, "%lld", qlonglong(bodySize())) : 0;
    const QByteArrayView connection = keepAlive ? QByteArrayView("Connection: keep-alive\r\n\r\n")
                                                : QByteArrayView("Connection: close\r\n\r\n");
    qsizetype size = 9 + 3 + 1 + reason.size() + 2 + 6 + date.size() + 2 + connection.size();
    for (const HttpHeader &h : headers)
        size += h.first.size() + 2 + h.second.size() + 2;
    if (withLength)
        size += 16 + lengthSize + 2;
    if (withBody)
        size += body.size();

    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    const auto put = [&p](QByteArrayView v) {
        std::memcpy(p, v.data(), size_t(v.size()));
        p += v.size();
    };
    put("HTTP/1.1 ");
    const int code = std::clamp(status, 100, 999);
    *p++ = char('0' + code / 100);
    *p++ = char('0' + code / 10 % 10);
    *p++ = char('0' + code % 10);
    *p++ = ' ';
    put(reason);
    put("\r\n");
    for (const HttpHeader &h : headers) {
        put(h.first);
        put(": ");
        put(h.second);
        put("\r\n");
    }
    if (withLength) {
        put("Content-Length: ");
        put(QByteArrayView(length, lengthSize));
        put("\r\n");
    }
    put("Date: ");
    put(date);
    put("\r\n");
    put(connection);
    if (withBody)
        put(body);
    Q_ASSERT(p == out.constData() + out.size());
    return out;
}

} // namespace Backroom::Server
