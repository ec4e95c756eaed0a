// SPDX-License-Identifier: MIT
#pragma once

#include "domain/problem.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace Backroom::Ui {

// The outcome of one request: either ok with the decoded JSON body, or a message a person can act on.
struct ApiResponse {
    bool ok = false;
    int httpStatus = 0;   // 0 when no HTTP answer arrived (refused, unknown host, timeout, TLS failure)
    QString requestId;    // the server's X-Request-Id, else the one that was sent
    QJsonDocument json;   // the body of a successful answer; null when it was empty
    QByteArray bytes;     // instead of json, for a request with rawReply: the body of a successful answer
    QString errorMessage; // when !ok: what went wrong and what to check
    std::optional<Domain::Problem> problem; // the server's problem+json document, when it sent one
    std::optional<int> retryAfterSeconds;   // the server's Retry-After (e.g. on 429), when it sent one
};

// One request as the client sends it. The path is relative to the base URL and may carry a query.
struct ApiRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    std::optional<QJsonDocument> body; // sent as application/json
    // Sent as "Authorization: Bearer <token>" when not empty. Never logged, never stored by the client.
    QString bearerToken;
    // More headers, e.g. If-Match.
    QList<std::pair<QByteArray, QByteArray>> headers;
    // Sent as is, with rawContentType, when there is no JSON body (an image upload, say).
    std::optional<QByteArray> rawBody;
    QByteArray rawContentType = QByteArrayLiteral("application/octet-stream");
    // A successful answer's body is kept as ApiResponse::bytes, not read as JSON (an image, say).
    bool rawReply = false;
    // How long the server may stay silent before the request is given up; the client's default when not
    // set. For answers the server prepares at length (an export of the whole catalog).
    std::optional<std::chrono::milliseconds> timeout;
};

// Talks JSON over HTTP to a Backroom server. Lives on, and is called from, the GUI thread.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResponse &)>;

    explicit ApiClient(QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    // The server's root, e.g. http://localhost:8080 or https://example.com/backroom behind a proxy.
    void setBaseUrl(const QUrl &url);

    std::chrono::milliseconds timeout() const { return m_timeout; }
    // A request fails when no data moves for this long; applies to requests sent afterwards.
    void setTimeout(std::chrono::milliseconds timeout);

    // Sends request to the base URL plus its path. The callback runs later on this thread, exactly once,
    // unless context is destroyed first: then the request is aborted and the callback never runs. Without a
    // base URL it reports that no server is set.
    void send(const ApiRequest &request, const QObject *context, Callback callback);

    // Shorthands for send() without a bearer token.
    void get(const QString &path, const QObject *context, Callback callback);
    void post(const QString &path, const QJsonDocument &body, const QObject *context, Callback callback);

signals:
    void baseUrlChanged(const QUrl &url);

private:
    static ApiResponse decode(QNetworkReply *reply, const QString &sentRequestId, bool rawReply);
    static QString networkErrorMessage(QNetworkReply *reply);
    static QString httpErrorMessage(QNetworkReply *reply, int status, const QString &requestId);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(10)};
};

} // namespace Backroom::Ui
