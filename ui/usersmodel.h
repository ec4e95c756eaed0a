// SPDX-License-Identifier: MIT
#pragma once

#include "domain/roles.h"
#include "ui/pagedtablemodel.h"

#include <QJsonObject>

#include <optional>

namespace Backroom::Ui {

// One account as GET /api/v1/users lists it.
struct UserRow {
    QString id;
    QString email;
    QString name;
    QList<Domain::Role> roles;
    bool disabled = false;
    int version = 0; // sent back as If-Match, so a change made meanwhile by someone else is not overwritten

    // The If-Match header of a change to this account, or none when the version is unknown.
    QList<std::pair<QByteArray, QByteArray>> ifMatch() const;

    static std::optional<UserRow> fromJson(const QJsonObject &object);
};

// The accounts of the server, paged (PagedTableModel), for admins. GUI thread.
class UsersModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { EmailColumn, NameColumn, RolesColumn, StatusColumn, ColumnCount };
    // The row's id, for Qt::UserRole on any column.
    static constexpr int IdRole = Qt::UserRole;

    explicit UsersModel(Session *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const UserRow *user(int row) const;
    // Replaces the row with the same id (e.g. after a PATCH); false when no loaded row has it.
    bool updateUser(const UserRow &user);

    // "Admin, Warehouse", in the order of Domain::allRoles().
    static QString rolesText(const QList<Domain::Role> &roles);
    // The name of a role for a person, e.g. "Warehouse staff".
    static QString roleTitle(Domain::Role role);

protected:
    QString pagePath(const QString &cursor, int limit) const override;
    void appendItems(const QJsonArray &items) override;
    void clearRows() override;

private:
    QList<UserRow> m_rows;
};

} // namespace Backroom::Ui
