// SPDX-License-Identifier: MIT
#include "ui/apiclient.h"

#include "domain/json.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

constexpr char RequestIdHeader[] = "X-Request-Id";

// scheme://host:port of a request, the part of the address a person recognises and checks.
QString serverOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

QUrl joined(const QUrl &base, const QString &path)
{
    const QUrl relative(path);
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + (relative.path().startsWith(u'/') ? u""_s : u"/"_s) + relative.path());
    url.setQuery(relative.query());
    return url;
}

bool isJsonContentType(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    return type.startsWith(u"application/json"_s) || type.startsWith(u"application/problem+json"_s);
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    emit baseUrlChanged(m_baseUrl);
}

void ApiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApiClient::get(const QString &path, const QObject *context, Callback callback)
{
    send({QByteArrayLiteral("GET"), path, std::nullopt, {}}, context, std::move(callback));
}

void ApiClient::post(const QString &path, const QJsonDocument &body, const QObject *context, Callback callback)
{
    send({QByteArrayLiteral("POST"), path, body, {}}, context, std::move(callback));
}

void ApiClient::send(const ApiRequest &apiRequest, const QObject *context, Callback callback)
{
    if (m_baseUrl.isEmpty()) {
        ApiResponse response;
        response.errorMessage = tr("No server is set. Choose File › Connect to Server… and enter its address.");
        QTimer::singleShot(0, context, [callback = std::move(callback), response] { callback(response); });
        return;
    }

    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QNetworkRequest request(joined(m_baseUrl, apiRequest.path));
    request.setRawHeader("Accept"_ba, apiRequest.rawReply ? "*/*"_ba : "application/json, application/problem+json"_ba);
    request.setRawHeader(RequestIdHeader, requestId.toLatin1());
    for (const auto &[name, value] : apiRequest.headers)
        request.setRawHeader(name, value);
    if (!apiRequest.bearerToken.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + apiRequest.bearerToken.toLatin1());
    request.setTransferTimeout(int(apiRequest.timeout.value_or(m_timeout).count()));

    QNetworkReply *reply = nullptr;
    if (apiRequest.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        reply = m_network->sendCustomRequest(request, apiRequest.method, apiRequest.body->toJson(QJsonDocument::Compact));
    } else if (apiRequest.rawBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(apiRequest.rawContentType));
        reply = m_network->sendCustomRequest(request, apiRequest.method, *apiRequest.rawBody);
    } else {
        reply = m_network->sendCustomRequest(request, apiRequest.method, static_cast<QIODevice *>(nullptr));
    }
    // The context connection is the guard: Qt drops it when context dies, so the callback never runs on a
    // destroyed receiver. Nobody waits for the answer then, so the request is aborted; destroyed() comes
    // before Qt drops the connection and abort() finishes at once, hence the explicit disconnect first.
    // The reply deletes itself after finished (autoDeleteReplies).
    const QMetaObject::Connection delivery =
        connect(reply, &QNetworkReply::finished, context,
                [reply, requestId, raw = apiRequest.rawReply, callback = std::move(callback)] {
                    callback(decode(reply, requestId, raw));
                });
    connect(context, &QObject::destroyed, reply, [reply, delivery] {
        disconnect(delivery);
        reply->abort();
    });
}

ApiResponse ApiClient::decode(QNetworkReply *reply, const QString &sentRequestId, bool rawReply)
{
    ApiResponse response;
    const QByteArray echoedId = reply->rawHeader(RequestIdHeader);
    response.requestId = echoedId.isEmpty() ? sentRequestId : QString::fromLatin1(echoedId);

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool success = status.isValid() && status.toInt() >= 200 && status.toInt() < 300;
    // A transfer can also break after a successful status line; that is a network failure, not an answer.
    if (!status.isValid() || (success && reply->error() != QNetworkReply::NoError)) {
        response.errorMessage = networkErrorMessage(reply);
        return response;
    }

    response.httpStatus = status.toInt();
    bool retryAfterOk = false;
    const int retryAfter = reply->rawHeader("Retry-After"_ba).trimmed().toInt(&retryAfterOk);
    if (retryAfterOk && retryAfter >= 0)
        response.retryAfterSeconds = retryAfter;
    const QByteArray body = reply->readAll();
    if (success) {
        if (rawReply) {
            response.ok = true;
            response.bytes = body;
            return response;
        }
        if (body.trimmed().isEmpty()) {
            response.ok = true;
            return response;
        }
        Domain::Result<QJsonDocument> json = Domain::Json::parse(body);
        if (!json) {
            response.errorMessage = tr("The server at %1 sent an answer that is not valid JSON (%2). "
                                       "Check that the address points at a Backroom server.")
                                        .arg(serverOf(reply->url()), json.error().message);
            return response;
        }
        response.ok = true;
        response.json = *std::move(json);
        return response;
    }

    if (isJsonContentType(reply) && Domain::Json::parse(body))
        response.problem = Domain::Problem::fromJson(body);
    if (response.problem) {
        if (response.problem->requestId.isEmpty())
            response.problem->requestId = response.requestId;
        response.errorMessage = tr("%1\nRequest id: %2 (quote it when you report this problem).")
                                    .arg(response.problem->userMessage(), response.problem->requestId);
    } else {
        response.errorMessage = httpErrorMessage(reply, response.httpStatus, response.requestId);
    }
    return response;
}

QString ApiClient::networkErrorMessage(QNetworkReply *reply)
{
    const QString server = serverOf(reply->url());
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing is accepting connections at %1. Check that the Backroom server is running and that "
                  "the address and port are right.")
            .arg(server);
    case QNetworkReply::HostNotFoundError:
        return tr("The host name “%1” could not be found. Check the spelling of the server address and your "
                  "network connection.")
            .arg(reply->url().host());
    // setTransferTimeout() aborts the request, which reports a cancellation; nothing else here cancels.
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("The server at %1 did not answer within %2 s. Check that it is running and reachable from this "
                  "computer; an overloaded server or network can also cause this.")
            .arg(server, QLocale().toString(reply->request().transferTimeout() / 1000.0));
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be established: %2. Check that the server's "
                  "certificate is valid and trusted on this computer, or whether the address should start "
                  "with http:// instead.")
            .arg(server, reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server at %1 closed the connection without answering. Check that the address uses the "
                  "right scheme (http:// or https://) and port.")
            .arg(server);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("This computer's network is not available (%1). Check your network connection.")
            .arg(reply->errorString());
    default:
        return tr("Could not talk to the server at %1: %2. Check the server address and your network "
                  "connection.")
            .arg(server, reply->errorString());
    }
}

QString ApiClient::httpErrorMessage(QNetworkReply *reply, int status, const QString &requestId)
{
    const QString server = serverOf(reply->url());
    const QString path = reply->url().path();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString code = reason.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(reason);
    if (status == 401)
        return tr("The server at %1 wants you to sign in before it answers %2 (HTTP %3). Sign in again.")
            .arg(server, path, code);
    if (status == 403)
        return tr("The server at %1 does not allow you to use %2 (HTTP %3). Ask an administrator for access.")
            .arg(server, path, code);
    if (status == 404)
        return tr("The server at %1 does not know %2 (HTTP %3). Check that the address points at a Backroom "
                  "server of a matching version.")
            .arg(server, path, code);
    if (status >= 500)
        return tr("The server at %1 failed to answer %2 (HTTP %3). Try again in a moment; if it keeps "
                  "happening, ask your administrator to look for request id %4 in the server log.")
            .arg(server, path, code, requestId);
    return tr("The server at %1 rejected the request for %2 (HTTP %3). Check that this program and the server "
              "are of matching versions; request id %4.")
        .arg(server, path, code, requestId);
}

} // namespace Backroom::Ui
