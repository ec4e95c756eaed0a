// SPDX-License-Identifier: MIT
#include "domain/problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Backroom::Domain {

QString problemTypeUri(const QString &slug)
{
    return QStringLiteral("https://backroom.dev/problems/") + slug;
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("detail"), detail}};
    if (!instance.isEmpty())
        o.insert(QStringLiteral("instance"), instance);
    if (!requestId.isEmpty())
        o.insert(QStringLiteral("request_id"), requestId);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors)
            list.append(QJsonObject{{QStringLiteral("field"), e.field}, {QStringLiteral("message"), e.message}});
        o.insert(QStringLiteral("errors"), list);
    }
    return o;
}

QByteArray Problem::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Problem> Problem::fromJson(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("type")).isString() || !o.value(QStringLiteral("status")).isDouble())
        return std::nullopt;
    Problem p;
    p.type = o.value(QStringLiteral("type")).toString();
    p.title = o.value(QStringLiteral("title")).toString();
    p.status = o.value(QStringLiteral("status")).toInt();
    p.detail = o.value(QStringLiteral("detail")).toString();
    p.instance = o.value(QStringLiteral("instance")).toString();
    p.requestId = o.value(QStringLiteral("request_id")).toString();
    const QJsonArray list = o.value(QStringLiteral("errors")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        p.errors.append({e.value(QStringLiteral("field")).toString(), e.value(QStringLiteral("message")).toString()});
    }
    return p;
}

QString Problem::userMessage() const
{
    QString text = detail.isEmpty() ? title : detail;
    for (const FieldError &e : errors)
        text += QStringLiteral("\n• ") + e.field + QStringLiteral(": ") + e.message;
    return text;
}

} // namespace Backroom::Domain
