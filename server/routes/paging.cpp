// SPDX-License-Identifier: MIT
#include "server/routes/paging.h"

#include <QRegularExpression>

namespace Backroom::Server {

QString encodeCursor(qint64 lastId)
{
    return QString::fromLatin1(
        QByteArray::number(lastId).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString encodeTimeCursor(const QString &at, const QString &id)
{
    return QString::fromLatin1(
        (at + u'|' + id).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Domain::Result<std::pair<QString, QString>> decodeTimeCursor(const QString &cursor, const QString &idPattern)
{
    const QRegularExpression shape(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z)\\|(")
                                   + idPattern + QStringLiteral(")$"));
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const auto match = decoded ? shape.match(QString::fromUtf8(decoded.decoded)) : QRegularExpressionMatch();
    if (cursor.size() > 200 || !match.hasMatch())
        return Domain::fail(Domain::Error::validation(
            QStringLiteral("The cursor is not one this list gave out; start again without it."),
            {{QStringLiteral("cursor"), QStringLiteral("is not a cursor of this list")}}));
    return std::pair(match.captured(1), match.captured(2));
}

Domain::Result<PageRequest> PageRequest::from(const QUrlQuery &query)
{
    PageRequest page;
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        page.after = decoded ? decoded.decoded.toLongLong(&ok) : 0;
        if (!ok || page.after <= 0)
            return Domain::fail(Domain::Error::validation(
                QStringLiteral("The page parameters are not valid."),
                {{QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued")}}));
    }
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    bool limitOk = true;
    page.limit = limitText.isEmpty() ? defaultLimit : limitText.toInt(&limitOk);
    if (!limitOk || page.limit < 1 || page.limit > maxLimit)
        return Domain::fail(Domain::Error::validation(
            QStringLiteral("The page parameters are not valid."),
            {{QStringLiteral("limit"), QStringLiteral("must be a whole number from 1 to %1").arg(maxLimit)}}));
    return page;
}

QJsonObject pageJson(const QJsonArray &items, int limit)
{
    const qint64 last = items.isEmpty() ? 0 : items.last().toObject().value(QStringLiteral("id")).toString().toLongLong();
    return pageJson(items, limit, last);
}

Domain::Result<QString> statusFilter(const QUrlQuery &query, const QStringList &allowed)
{
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (status.isEmpty() || allowed.contains(status))
        return status;
    const QString expected = QStringLiteral("must be one of ") + allowed.join(QStringLiteral(", "));
    return Domain::fail(Domain::Error::validation(QStringLiteral("status %1.").arg(expected), {{QStringLiteral("status"), expected}}));
}

QJsonObject pageJson(const QJsonArray &items, int limit, qint64 lastId)
{
    const QJsonValue next = items.size() == limit ? QJsonValue(encodeCursor(lastId)) : QJsonValue();
    return {{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}};
}

} // namespace Backroom::Server
