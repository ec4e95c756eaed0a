// SPDX-License-Identifier: MIT
#include "server/http/router.h"

#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

namespace Backroom::Server {

namespace {
constexpr qsizetype prefixSegments = 3;

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
    Compiled compiled{splitPath(spec.pattern), {}, 0};
    for (const QByteArray &segment : std::as_const(compiled.segments)) {
        compiled.parameter.append(isParameter(segment));
        if (!compiled.parameter.last())
            ++compiled.literals;
    }
    const qsizetype length = compiled.segments.size();
    if (m_bySegments.size() <= length)
        m_bySegments.resize(length + 1);
    const int index = int(m_routes.size());
    if (length >= prefixSegments && !compiled.parameter[0] && !compiled.parameter[1] && !compiled.parameter[2])
        m_byPrefix[keyOf(length, compiled.segments[0], compiled.segments[1], compiled.segments[2])].append(index);
    else
        m_bySegments[length].append(index);
    m_compiled.append(std::move(compiled));
    m_routes.append(std::move(spec));
}

QByteArray Router::keyOf(qsizetype segments, QByteArrayView first, QByteArrayView second, QByteArrayView third)
{
    QByteArray key;
    key.reserve(first.size() + second.size() + third.size() + 8);
    key.append(char('0' + segments % 64)).append(first).append('/').append(second).append('/').append(third);
    return key;
}

Router::Match Router::match(const QByteArray &method, const QByteArray &path) const
{
    // Split without copying: this runs for every request.
    QVarLengthArray<QByteArrayView, 16> parts;
    for (qsizetype from = 0; from <= path.size();) {
        qsizetype to = path.indexOf('/', from);
        if (to < 0)
            to = path.size();
        if (to > from)
            parts.append(QByteArrayView(path).sliced(from, to - from));
        from = to + 1;
    }
    Match result;
    if (parts.size() >= m_bySegments.size())
        return result;
    qsizetype bestLiterals = -1;
    // HEAD is served by the GET route; the connection drops the body.
    const QByteArrayView wanted = method == "HEAD" ? QByteArrayView("GET") : QByteArrayView(method);
    // The two candidate lists hold different routes; merged in the order added, as the tie-break needs.
    static const QList<int> none;
    const QList<int> &prefixed = parts.size() >= prefixSegments
        ? m_byPrefix.value(keyOf(parts.size(), parts[0], parts[1], parts[2]), none) : none;
    const QList<int> &others = m_bySegments[parts.size()];
    QVarLengthArray<int, 64> candidates;
    std::merge(prefixed.cbegin(), prefixed.cend(), others.cbegin(), others.cend(), std::back_inserter(candidates));
    for (const int i : candidates) {
        const Compiled &c = m_compiled[i];
        bool same = true;
        for (qsizetype s = 0; s < parts.size() && same; ++s)
            same = c.parameter[s] || QByteArrayView(c.segments[s]) == parts[s];
        if (!same)
            continue;
        if (QByteArrayView(m_routes[i].method) != wanted) {
            if (!result.allowedMethods.contains(m_routes[i].method))
                result.allowedMethods.append(m_routes[i].method);
            continue;
        }
        // The most literal route wins (/products/search over /products/{id}).
        if (!result.route || c.literals > bestLiterals) {
            bestLiterals = c.literals;
            result.route = &m_routes[i];
            result.routeIndex = i;
        }
    }
    if (!result.route)
        return result;
    result.allowedMethods.clear();
    const Compiled &c = m_compiled[result.routeIndex];
    for (qsizetype s = 0; s < parts.size(); ++s) {
        if (c.parameter[s])
            result.params.insert(QString::fromLatin1(c.segments[s].mid(1, c.segments[s].size() - 2)),
                                 QUrl::fromPercentEncoding(parts[s].toByteArray()));
    }
    return result;
}

qsizetype Router::bodyLimit(QByteArrayView method, QByteArrayView path) const
{
    const Match found = match(method.toByteArray(), path.toByteArray());
    return found.route ? found.route->maxBodyBytes : 0;
}

} // namespace Backroom::Server
