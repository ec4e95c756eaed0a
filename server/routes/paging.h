// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace Backroom::Server {

// The one shape of list paging: ?cursor=&limit=, where the cursor is the last id seen, opaque to clients.
struct PageRequest {
    qint64 after = 0; // 0: from the start
    int limit = 50;

    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 200;

    // Validation error naming cursor or limit when either is not one this server accepts.
    static Domain::Result<PageRequest> from(const QUrlQuery &query);
};

QString encodeCursor(qint64 lastId);

// Keyset cursors over (a time, an id), for lists in time order: base64url of "<RFC 3339 UTC with microseconds>|<id>".
QString encodeTimeCursor(const QString &at, const QString &id);
// The (time, id) of a cursor whose id matches idPattern (a regular expression of the id alone); Validation on
// "cursor" for anything else.
Domain::Result<std::pair<QString, QString>> decodeTimeCursor(const QString &cursor, const QString &idPattern);

// {"items": items, "next_cursor": cursor of lastId when the page is full, else null}.
QJsonObject pageJson(const QJsonArray &items, int limit, qint64 lastId);
// The same for items whose "id" is the id as a string (the last one's is the cursor).
QJsonObject pageJson(const QJsonArray &items, int limit);

// A list's ?status= filter: empty, or one of allowed. Validation error naming status otherwise.
Domain::Result<QString> statusFilter(const QUrlQuery &query, const QStringList &allowed);

} // namespace Backroom::Server
