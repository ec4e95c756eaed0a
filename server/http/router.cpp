// SPDX-License-Identifier: MIT
#include "server/http/router.h"

#include <QUrl>

namespace Backroom::Server {

namespace {
QList<QByteArray> splitPath(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    parts.removeAll(QByteArray());
    return parts;
}

bool isParameter(const QByteArray &segment)
{
    return segment.size() > 2 && segment.startsWith('{') && segment.endsWith('}');
}
} // namespace

void Router::add(RouteSpec spec)
{
    Q_ASSERT(spec.handler || spec.deferred);
    m_compiled.append({splitPath(spec.pattern)});
    m_routes.append(std::move(spec));
}

Router::Match Router::match(const QByteArray &method, const QByteArray &path) const
{
    const QList<QByteArray> parts = splitPath(path);
    Match result;
    qsizetype bestLiterals = -1;
    // HEAD is served by the GET route; the connection drops the body.
    const QByteArray wanted = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        const QList<QByteArray> &segments = m_compiled[i].segments;
        if (segments.size() != parts.size())
            continue;
        // Literal segments first: most routes of the same length differ there, and decoding parameters
        // for them was most of the cost of routing a request.
        bool same = true;
        for (qsizetype s = 0; s < segments.size() && same; ++s)
            same = isParameter(segments[s]) || segments[s] == parts[s];
        if (!same)
            continue;
        QHash<QString, QString> params;
        for (qsizetype s = 0; s < segments.size(); ++s) {
            if (isParameter(segments[s]))
                params.insert(QString::fromLatin1(segments[s].mid(1, segments[s].size() - 2)),
                              QUrl::fromPercentEncoding(parts[s]));
        }
        if (m_routes[i].method != wanted) {
            if (!result.allowedMethods.contains(m_routes[i].method))
                result.allowedMethods.append(m_routes[i].method);
            continue;
        }
        // The most literal route wins (/products/search over /products/{id}).
        const qsizetype literals = segments.size() - params.size();
        if (!result.route || literals > bestLiterals) {
            bestLiterals = literals;
            result.route = &m_routes[i];
            result.routeIndex = int(i);
            result.params = std::move(params);
        }
    }
    if (result.route)
        result.allowedMethods.clear();
    return result;
}

qsizetype Router::bodyLimit(QByteArrayView method, QByteArrayView path) const
{
    const Match found = match(method.toByteArray(), path.toByteArray());
    return found.route ? found.route->maxBodyBytes : 0;
}

} // namespace Backroom::Server
