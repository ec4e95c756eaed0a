// SPDX-License-Identifier: MIT
#include "ui/auditlogmodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QString instant(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}

} // namespace

std::optional<AuditEntry> AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.id = idText(object.value("id"_L1));
    entry.at = QDateTime::fromString(object.value("at"_L1).toString(), Qt::ISODateWithMs);
    entry.actorId = idText(object.value("actor_id"_L1));
    entry.actorEmail = object.value("actor_email"_L1).toString();
    entry.action = object.value("action"_L1).toString();
    entry.entityType = object.value("entity_type"_L1).toString();
    entry.entityId = idText(object.value("entity_id"_L1));
    entry.requestId = object.value("request_id"_L1).toString();
    entry.remoteAddress = object.value("remote_addr"_L1).toString();
    entry.before = object.value("before"_L1);
    entry.after = object.value("after"_L1);
    if (entry.id.isEmpty())
        return std::nullopt;
    return entry;
}

AuditLogModel::AuditLogModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const AuditEntry &entry = m_rows.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return entry.at.isValid() ? QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat) : QString();
    case ActorColumn:
        if (!entry.actorEmail.isEmpty())
            return entry.actorEmail;
        return entry.actorId.isEmpty() ? tr("System") : tr("User %1").arg(entry.actorId);
    case ActionColumn:
        return entry.action;
    case EntityColumn:
        return entry.entityId.isEmpty() ? entry.entityType : u"%1 %2"_s.arg(entry.entityType, entry.entityId);
    case AddressColumn:
        return entry.remoteAddress;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case AddressColumn:
        return tr("From address");
    }
    return {};
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AuditLogModel::queryOf(const AuditFilter &filter)
{
    QUrlQuery query;
    if (!filter.actorId.isEmpty())
        query.addQueryItem(u"actor_id"_s, filter.actorId);
    if (!filter.action.trimmed().isEmpty())
        query.addQueryItem(u"action"_s, filter.action.trimmed());
    if (!filter.entityType.trimmed().isEmpty())
        query.addQueryItem(u"entity_type"_s, filter.entityType.trimmed());
    if (filter.from.isValid())
        query.addQueryItem(u"since"_s, instant(filter.from));
    if (filter.to.isValid()) // until is exclusive: the start of the day after
        query.addQueryItem(u"until"_s, instant(filter.to.addDays(1)));
    return query.toString(QUrl::FullyEncoded);
}

QString AuditLogModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(u"/api/v1/audit"_s, QUrlQuery(queryOf(m_filter)), cursor, limit);
}

void AuditLogModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void AuditLogModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
