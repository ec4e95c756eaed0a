// SPDX-License-Identifier: MIT
#include "ui/usersmodel.h"

#include <QFont>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

std::optional<UserRow> UserRow::fromJson(const QJsonObject &object)
{
    UserRow user;
    const QJsonValue id = object.value("id"_L1);
    user.id = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
    user.email = object.value("email"_L1).toString();
    user.name = object.value("name"_L1).toString();
    user.disabled = object.value("disabled"_L1).toBool(false);
    user.version = object.value("version"_L1).toInt(0);
    for (const QJsonValue &name : object.value("roles"_L1).toArray()) {
        if (const std::optional<Domain::Role> role = Domain::roleFromName(name.toString()))
            user.roles.append(*role);
    }
    if (user.id.isEmpty())
        return std::nullopt;
    return user;
}

QList<std::pair<QByteArray, QByteArray>> UserRow::ifMatch() const
{
    if (version <= 0)
        return {};
    return {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(version) + '"'}};
}

UsersModel::UsersModel(Session *session, QObject *parent)
    : PagedTableModel(session, parent)
{
}

QString UsersModel::roleTitle(Domain::Role role)
{
    using Domain::Role;
    switch (role) {
    case Role::Customer:
        return tr("Customer");
    case Role::Vendor:
        return tr("Vendor");
    case Role::Merchandiser:
        return tr("Merchandiser");
    case Role::Warehouse:
        return tr("Warehouse staff");
    case Role::Support:
        return tr("Customer service");
    case Role::SupportLead:
        return tr("Customer service lead");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

QString UsersModel::rolesText(const QList<Domain::Role> &roles)
{
    QStringList titles;
    for (Domain::Role role : Domain::allRoles()) {
        if (roles.contains(role))
            titles.append(roleTitle(role));
    }
    return titles.join(tr(", ", "between role names"));
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRow &user = m_rows.at(index.row());
    if (role == IdRole)
        return user.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case EmailColumn:
            return user.email;
        case NameColumn:
            return user.name;
        case RolesColumn:
            return rolesText(user.roles);
        case StatusColumn:
            return user.disabled ? tr("Disabled") : tr("Active");
        }
    }
    if (role == Qt::FontRole && user.disabled) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

const UserRow *UsersModel::user(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool UsersModel::updateUser(const UserRow &user)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != user.id)
            continue;
        m_rows[row] = user;
        emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return true;
    }
    return false;
}

QString UsersModel::pagePath(const QString &cursor, int limit) const
{
    return pageUrl(u"/api/v1/users"_s, {}, cursor, limit);
}

void UsersModel::appendItems(const QJsonArray &items)
{
    appendParsed(m_rows, items);
}

void UsersModel::clearRows()
{
    m_rows.clear();
}

} // namespace Backroom::Ui
