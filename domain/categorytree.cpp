// SPDX-License-Identifier: MIT
#include "domain/categorytree.h"

#include <QSet>
#include <algorithm>

namespace Backroom::Domain {

namespace {
QHash<QString, QStringList> childrenOf(const CategoryParents &parents)
{
    QHash<QString, QStringList> children;
    for (auto it = parents.constBegin(); it != parents.constEnd(); ++it)
        children[it.value()].append(it.key());
    for (QStringList &list : children)
        list.sort();
    return children;
}

// Levels of id's subtree, id included: 1 for a leaf.
int subtreeHeight(const QHash<QString, QStringList> &children, const QString &id)
{
    int height = 0;
    QStringList level{id};
    QSet<QString> seen{id};
    while (!level.isEmpty()) {
        ++height;
        QStringList next;
        for (const QString &node : std::as_const(level)) {
            for (const QString &child : children.value(node)) {
                if (!seen.contains(child)) { // corrupt links must not loop
                    seen.insert(child);
                    next.append(child);
                }
            }
        }
        level = std::move(next);
    }
    return height;
}
} // namespace

QStringList categoryAncestors(const CategoryParents &parents, const QString &id)
{
    QStringList ancestors;
    QSet<QString> seen{id};
    QString current = parents.value(id);
    while (!current.isEmpty() && !seen.contains(current)) {
        ancestors.append(current);
        seen.insert(current);
        current = parents.value(current);
    }
    return ancestors;
}

QStringList categoryWithAncestors(const CategoryParents &parents, const QString &id)
{
    return QStringList{id} + categoryAncestors(parents, id);
}

QStringList categoryWithAncestors(const QList<qint64> &path)
{
    QStringList ids;
    ids.reserve(path.size());
    for (auto it = path.crbegin(); it != path.crend(); ++it)
        ids.append(QString::number(*it));
    return ids;
}

int categoryDepth(const CategoryParents &parents, const QString &id)
{
    if (!parents.contains(id))
        return 0;
    return int(categoryAncestors(parents, id).size()) + 1;
}

QStringList categoryDescendants(const CategoryParents &parents, const QString &id)
{
    const QHash<QString, QStringList> children = childrenOf(parents);
    QStringList found;
    QSet<QString> seen{id};
    for (qsizetype i = -1; i < found.size(); ++i) {
        for (const QString &child : children.value(i < 0 ? id : found.at(i))) {
            if (!seen.contains(child)) {
                seen.insert(child);
                found.append(child);
            }
        }
    }
    return found;
}

Status checkCategoryMove(const CategoryParents &parents, const QString &id, const QString &newParentId, int maxDepth,
                         const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The category cannot move there: %1.").arg(why), {{field, why}}));
    };
    if (!parents.contains(id))
        return fail(Error::notFound(QStringLiteral("Category %1 does not exist; reload the category tree.").arg(id)));
    if (!newParentId.isEmpty() && !parents.contains(newParentId))
        return refuse(QStringLiteral("names no category (%1); reload the category tree").arg(newParentId));
    if (newParentId == id)
        return refuse(QStringLiteral("is the category itself; a category cannot be its own parent"));
    const QStringList chain = categoryAncestors(parents, newParentId);
    if (chain.contains(id))
        return refuse(QStringLiteral("is %1, which lies inside the category being moved; that would make a cycle")
                          .arg(newParentId));
    const int parentDepth = newParentId.isEmpty() ? 0 : int(chain.size()) + 1;
    const int deepest = parentDepth + subtreeHeight(childrenOf(parents), id);
    if (deepest > maxDepth)
        return refuse(QStringLiteral("the tree would become %1 levels deep there, and at most %2 are allowed")
                          .arg(QString::number(deepest), QString::number(maxDepth)));
    return {};
}

Status checkCategoryParent(const CategoryParents &parents, const QString &parentId, int maxDepth, const QString &field)
{
    if (parentId.isEmpty())
        return maxDepth >= 1 ? Status{} : fail(Error::validation(QStringLiteral("No category levels are allowed.")));
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The category cannot be created there: %1.").arg(why),
                                      {{field, why}}));
    };
    if (!parents.contains(parentId))
        return refuse(QStringLiteral("names no category (%1); reload the category tree").arg(parentId));
    if (categoryDepth(parents, parentId) + 1 > maxDepth)
        return refuse(QStringLiteral("a category there would be %1 levels deep, and at most %2 are allowed")
                          .arg(QString::number(categoryDepth(parents, parentId) + 1), QString::number(maxDepth)));
    return {};
}

Result<QString> parseCategoryName(const QJsonValue &value, const QString &field)
{
    const auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("The category name is not valid: %1.").arg(why), {{field, why}}));
    };
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return refuse(QStringLiteral("is required and must be a non-empty string"));
    const QString name = value.toString().trimmed();
    if (name.size() > CategoryLimits::nameLength)
        return refuse(QStringLiteral("must be at most %1 characters").arg(CategoryLimits::nameLength));
    if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return refuse(QStringLiteral("must be one line without control characters"));
    return name;
}

Status checkSiblingNameUnique(const QString &name, const QStringList &siblingNames, const QString &field)
{
    // Case folding, not toLower: it is Unicode's form for caseless matching ("ΟΔΟΣ" and "οδος" clash).
    const QString key = name.trimmed().toCaseFolded();
    for (const QString &sibling : siblingNames) {
        if (sibling.trimmed().toCaseFolded() == key) {
            const QString why = QStringLiteral("another category at this level is already called \"%1\"; choose "
                                               "another name")
                                    .arg(sibling.trimmed());
            return fail(Error{ErrorCode::Conflict, QStringLiteral("The category name is taken: %1.").arg(why),
                              {{field, why}}});
        }
    }
    return {};
}

} // namespace Backroom::Domain
