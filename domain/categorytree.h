// SPDX-License-Identifier: MIT
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QJsonValue>
#include <QStringList>

namespace Backroom::Domain {

// The category tree as parent links: category id → its parent's id, "" for a top-level category. Every
// category of the shop is a key. The server keeps the tree in SQL; the desktop holds these links to check a
// drag and drop before it sends it.
using CategoryParents = QHash<QString, QString>;

namespace CategoryLimits {
inline constexpr int maxDepth = 20; // levels, a top-level category being level 1
inline constexpr qsizetype nameLength = 100;
} // namespace CategoryLimits

// The ancestors of id, its parent first, up to the top level; empty for a top-level or unknown id. A
// cycle in corrupt links ends the walk instead of looping.
QStringList categoryAncestors(const CategoryParents &parents, const QString &id);

// id followed by its ancestors: the categories whose promotions reach a product in id.
QStringList categoryWithAncestors(const CategoryParents &parents, const QString &id);
// The same from a category's path as the server stores it (the top level first, the category last).
QStringList categoryWithAncestors(const QList<qint64> &path);

// 1 for a top-level category, 2 for its children, …; 0 for an unknown id.
int categoryDepth(const CategoryParents &parents, const QString &id);

// Every category below id (not id itself), breadth first, siblings in id order: the categories whose
// products "the products of id" include.
QStringList categoryDescendants(const CategoryParents &parents, const QString &id);

// Whether id may move under newParentId ("" for the top level). NotFound when id is no category;
// Validation on field when newParentId names no category, is id itself or one of its descendants (a cycle),
// or when id's subtree would end deeper than maxDepth levels.
Status checkCategoryMove(const CategoryParents &parents, const QString &id, const QString &newParentId,
                         int maxDepth = CategoryLimits::maxDepth, const QString &field = QStringLiteral("parent_id"));

// Whether a new category may be created under parentId ("" for the top level): Validation on field when
// parentId names no category or the new one would be deeper than maxDepth levels.
Status checkCategoryParent(const CategoryParents &parents, const QString &parentId,
                           int maxDepth = CategoryLimits::maxDepth, const QString &field = QStringLiteral("parent_id"));

// A category name from a body: a string, trimmed, 1–100 characters, one line. Validation error on field.
Result<QString> parseCategoryName(const QJsonValue &value, const QString &field = QStringLiteral("name"));

// Whether name is free among its future siblings' names (the category's own name left out by the caller):
// compared trimmed and ignoring case, so "Shoes" and "shoes " clash. Conflict naming field otherwise.
Status checkSiblingNameUnique(const QString &name, const QStringList &siblingNames,
                              const QString &field = QStringLiteral("name"));

} // namespace Backroom::Domain
