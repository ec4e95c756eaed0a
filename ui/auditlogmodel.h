// SPDX-License-Identifier: MIT
#pragma once

#include "ui/pagedtablemodel.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>

#include <optional>

namespace Backroom::Ui {

// One entry of the audit log as GET /api/v1/audit lists it.
struct AuditEntry {
    QString id;
    QDateTime at;
    QString actorId; // empty for the system itself
    QString actorEmail;
    QString action;
    QString entityType;
    QString entityId;
    QString requestId;
    QString remoteAddress;
    QJsonValue before; // an object of the fields before the change; null for creations
    QJsonValue after;  // an object of the fields after; null for deletions

    static std::optional<AuditEntry> fromJson(const QJsonObject &object);
};

// What the audit log is narrowed to; every part is optional. The server filters.
struct AuditFilter {
    QString actorId;
    QString action;     // exact, or a prefix ending in '.', e.g. "user."
    QString entityType;
    QDate from;         // first day, local time, inclusive
    QDate to;           // last day, local time, inclusive

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

// The audit log of the server, newest first, paged (PagedTableModel), for admins. GUI thread.
class AuditLogModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, EntityColumn, AddressColumn, ColumnCount };

    explicit AuditLogModel(Session *session, QObject *parent = nullptr);

    AuditFilter filter() const { return m_filter; }
    // Takes effect with the next reload().
    void setFilter(const AuditFilter &filter) { m_filter = filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AuditEntry *entry(int row) const;

    // The query of a filter, as the server takes it (dates become RFC 3339 instants in UTC).
    static QString queryOf(const AuditFilter &filter);

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
};

} // namespace Backroom::Ui
