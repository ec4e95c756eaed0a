// SPDX-License-Identifier: MIT
#include "server/identity/jwksfetcher.h"

#include "domain/json.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace Backroom::Server {

using Domain::Error;
using Domain::fail;

namespace {
constexpr int maxJwksDepth = 8; // {"keys":[{"x5c":[…]}]} is three levels deep

Error unavailable(const QUrl &url, const QString &reason)
{
    return Error::unavailable(QStringLiteral("The sign-in provider's keys could not be fetched from %1: %2. Try again "
                                             "later; if this persists, ask an administrator to check the issuer's "
                                             "jwks_uri.")
                                  .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), reason));
}
} // namespace

bool JwksFetcher::isFetchableUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QStringLiteral("https") || scheme == QStringLiteral("http"))
        && !url.host().isEmpty() && url.userInfo().isEmpty();
}

Domain::Result<JwkSet> JwksFetcher::fetch(const QUrl &url) const
{
    if (!isFetchableUrl(url))
        return fail(Error::validation(
            QStringLiteral("The JWKS URL must be an absolute http or https URL with a host and no user name."),
            {{QStringLiteral("jwks_uri"), QStringLiteral("must be an http(s) URL")}}));

    // A manager per fetch: fetches are rare (once per issuer per cache lifetime) and a manager belongs to the
    // thread that made it, which here is whichever worker happens to need the keys.
    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); // never from https down to http
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setRawHeader("Accept", "application/jwk-set+json, application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    const std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        // total is the announced Content-Length (or -1); either over the cap ends the download at once.
        if (received > m_options.maxBytes || total > m_options.maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    deadline.start(m_options.timeout);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    deadline.stop();

    if (timedOut)
        return fail(unavailable(url, QStringLiteral("no answer within %1 ms").arg(m_options.timeout.count())));
    if (tooLarge)
        return fail(unavailable(url, QStringLiteral("the document is larger than %1 bytes").arg(m_options.maxBytes)));
    // An HTTP error status also sets error(); the status says more than Qt's wording of it.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return fail(unavailable(url, reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                             : QStringLiteral("no HTTP answer")));
    if (status != 200)
        return fail(unavailable(url, QStringLiteral("the server answered with HTTP status %1 instead of 200").arg(status)));
    if (reply->error() != QNetworkReply::NoError)
        return fail(unavailable(url, reply->errorString()));

    const QByteArray body = reply->read(m_options.maxBytes + 1);
    if (body.size() > m_options.maxBytes)
        return fail(unavailable(url, QStringLiteral("the document is larger than %1 bytes").arg(m_options.maxBytes)));
    auto document = Domain::Json::parse(body, Domain::Json::ParseLimits{maxJwksDepth, m_options.maxBytes});
    if (!document)
        return fail(unavailable(url, QStringLiteral("the answer is not JSON (%1)").arg(document.error().message)));
    if (!document->isObject())
        return fail(unavailable(url, QStringLiteral("the answer is not a JWKS document (a JSON object)")));
    auto keys = JwkSet::fromJson(document->object());
    if (!keys)
        return fail(unavailable(url, QStringLiteral("the key set was refused (%1)").arg(keys.error().message)));
    if (keys->isEmpty())
        return fail(unavailable(url, QStringLiteral("the key set holds no key this server can use (RS256, ES256 or "
                                                    "EdDSA signing keys)")));
    return std::move(*keys);
}

} // namespace Backroom::Server
