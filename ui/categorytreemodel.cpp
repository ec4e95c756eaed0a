// SPDX-License-Identifier: MIT
#include "ui/categorytreemodel.h"

#include "ui/session.h"

#include <QFont>
#include <QJsonArray>
#include <QMimeData>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

namespace {

QString idText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
}

QJsonValue parentValue(const QString &parentId)
{
    return parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentId);
}

} // namespace

std::optional<CategoryRow> CategoryRow::fromJson(const QJsonObject &object)
{
    CategoryRow row;
    row.id = idText(object.value("id"_L1));
    row.parentId = idText(object.value("parent_id"_L1));
    row.name = object.value("name"_L1).toString();
    row.position = object.value("position"_L1).toInt(0);
    row.version = object.value("version"_L1).toInt(0);
    if (row.id.isEmpty())
        return std::nullopt;
    return row;
}

CategoryTreeModel::CategoryTreeModel(Session *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    build({});
}

CategoryTreeModel::~CategoryTreeModel() = default;

void CategoryTreeModel::build(const QList<CategoryRow> &rows)
{
    m_nodes.clear();
    m_byId.clear();
    m_rows.clear();
    m_invisibleRoot.children.clear();
    auto all = std::make_unique<Node>();
    m_all = all.get();
    m_all->parent = &m_invisibleRoot;
    m_invisibleRoot.children.append(m_all);
    m_nodes.push_back(std::move(all));
    m_byId.insert(QString(), m_all);
    for (const CategoryRow &row : rows) {
        m_rows.insert(row.id, row);
        auto node = std::make_unique<Node>();
        node->id = row.id;
        m_byId.insert(row.id, node.get());
        m_nodes.push_back(std::move(node));
    }
    for (const CategoryRow &row : rows) {
        Node *node = m_byId.value(row.id);
        // A parent the list does not hold would be a server fault; the category is shown at the top level.
        Node *parent = m_byId.value(row.parentId, m_all);
        if (parent == node)
            parent = m_all;
        node->parent = parent;
        parent->children.append(node);
    }
    for (const auto &node : m_nodes) {
        std::sort(node->children.begin(), node->children.end(), [this](const Node *a, const Node *b) {
            const CategoryRow &x = m_rows[a->id];
            const CategoryRow &y = m_rows[b->id];
            if (x.position != y.position)
                return x.position < y.position;
            if (const int byName = QString::localeAwareCompare(x.name, y.name))
                return byName < 0;
            return x.id.toLongLong() < y.id.toLongLong();
        });
        for (qsizetype i = 0; i < node->children.size(); ++i)
            node->children[i]->row = int(i);
    }
}

void CategoryTreeModel::reload()
{
    delete std::exchange(m_load, nullptr); // abandons a load under way
    m_started = true;
    m_load = new QObject(this);
    QObject *request = m_load;
    emit loadingChanged(true);
    m_session->get(u"/api/v1/categories"_s, request, [this, request](const ApiResponse &response) {
        request->deleteLater();
        m_load = nullptr;
        if (!response.ok) {
            m_error = response.errorMessage;
            emit loadingChanged(false);
            emit loadFailed(m_error);
            return;
        }
        QList<CategoryRow> rows;
        for (const QJsonValue &item : response.json.object().value("items"_L1).toArray()) {
            if (std::optional<CategoryRow> row = CategoryRow::fromJson(item.toObject()))
                rows.append(*std::move(row));
        }
        m_error.clear();
        beginResetModel();
        build(rows);
        endResetModel();
        emit loadingChanged(false);
        emit loaded();
    });
}

const CategoryRow *CategoryTreeModel::category(const QString &id) const
{
    const auto it = m_rows.constFind(id);
    return it == m_rows.constEnd() ? nullptr : &*it;
}

QString CategoryTreeModel::pathText(const QString &id) const
{
    if (!m_rows.contains(id))
        return id;
    QStringList names;
    for (const Node *node = m_byId.value(id); node && node != m_all; node = node->parent)
        names.prepend(m_rows.value(node->id).name);
    //: Between the names of a category's path, e.g. "Clothing › Shirts".
    return names.join(tr(" › "));
}

QHash<QString, QString> CategoryTreeModel::names() const
{
    QHash<QString, QString> names;
    for (const CategoryRow &row : m_rows)
        names.insert(row.id, row.name);
    return names;
}

QList<std::pair<QString, QString>> CategoryTreeModel::pathsInTreeOrder() const
{
    QList<std::pair<QString, QString>> paths;
    QList<const Node *> stack{m_all};
    while (!stack.isEmpty()) {
        const Node *node = stack.takeLast();
        if (node != m_all)
            paths.append({node->id, pathText(node->id)});
        for (qsizetype i = node->children.size() - 1; i >= 0; --i)
            stack.append(node->children.at(i));
    }
    return paths;
}

Domain::CategoryParents CategoryTreeModel::parents() const
{
    Domain::CategoryParents parents;
    for (const CategoryRow &row : m_rows)
        parents.insert(row.id, row.parentId);
    return parents;
}

QStringList CategoryTreeModel::childIds(const QString &parentId) const
{
    QStringList ids;
    if (const Node *node = m_byId.value(parentId)) {
        for (const Node *child : node->children)
            ids.append(child->id);
    }
    return ids;
}

QStringList CategoryTreeModel::siblingNames(const QString &parentId, const QString &except) const
{
    QStringList names;
    for (const QString &id : childIds(parentId)) {
        if (id != except)
            names.append(m_rows.value(id).name);
    }
    return names;
}

QModelIndex CategoryTreeModel::allCategoriesIndex() const
{
    return createIndex(0, 0, m_all);
}

QModelIndex CategoryTreeModel::indexOf(const QString &id) const
{
    Node *node = m_byId.value(id);
    return node ? indexOfNode(node) : QModelIndex();
}

QString CategoryTreeModel::idAt(const QModelIndex &index)
{
    return index.data(IdRole).toString();
}

CategoryTreeModel::Node *CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&m_invisibleRoot);
}

QModelIndex CategoryTreeModel::indexOfNode(Node *node) const
{
    if (!node || node == &m_invisibleRoot)
        return {};
    return createIndex(node->row, 0, node);
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (column != 0 || row < 0 || row >= node->children.size())
        return {};
    return createIndex(row, 0, node->children.at(row));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    if (role == IdRole)
        return node->id;
    if (node == m_all) {
        if (role == Qt::DisplayRole)
            return tr("All Categories");
        if (role == Qt::ToolTipRole)
            return tr("Every product, in any category or none. Drop a category here to make it a top-level one.");
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    const CategoryRow &row = m_rows[node->id];
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return row.name;
    if (role == Qt::ToolTipRole)
        return pathText(node->id);
    return {};
}

bool CategoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || nodeOf(index) == m_all)
        return false;
    const QString id = nodeOf(index)->id;
    if (value.toString().trimmed() == m_rows.value(id).name)
        return false;
    (void)renameCategory(id, value.toString());
    return false;
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // below the last row: the top level
    if (nodeOf(index) == m_all)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemIsDropEnabled;
}

Qt::DropActions CategoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CategoryTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *CategoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // One category moves at a time: the tree selects one.
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && nodeOf(index) != m_all) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), nodeOf(index)->id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                        const QModelIndex &) const
{
    return data && data->hasFormat(QString::fromLatin1(MimeType)) && action == Qt::MoveAction;
}

bool CategoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)));
    // Beside "All categories" (outside any row) is the top level as well.
    const Node *target = nodeOf(parent);
    const QString parentId = target == &m_invisibleRoot ? QString() : target->id;
    if (target == &m_invisibleRoot)
        row = -1;
    // The view counts the dragged category among its siblings when it stays under the same parent.
    if (row >= 0) {
        const int current = int(childIds(parentId).indexOf(id));
        if (current >= 0 && current < row)
            --row;
    }
    (void)moveCategory(id, parentId, row);
    return false;
}

Domain::Status CategoryTreeModel::refuse(const QString &message)
{
    emit changeFinished(false, message);
    return Domain::fail(Domain::Error::validation(message));
}

ApiRequest CategoryTreeModel::patchRequest(const CategoryRow &category, const QJsonObject &body) const
{
    return {QByteArrayLiteral("PATCH"), u"/api/v1/categories/"_s + category.id, QJsonDocument(body), {},
            {{QByteArrayLiteral("If-Match"), '"' + QByteArray::number(category.version) + '"'}}};
}

Domain::Status CategoryTreeModel::createCategory(const QString &name, const QString &parentId)
{
    if (isBusy())
        return refuse(tr("Another change to the categories is on its way; try again when it is done."));
    const auto parsed = Domain::parseCategoryName(QJsonValue(name));
    if (!parsed)
        return refuse(tr("A category needs a name of one line, at most %1 characters.").arg(Domain::CategoryLimits::nameLength));
    if (!Domain::checkCategoryParent(parents(), parentId)) {
        return refuse(m_rows.contains(parentId) || parentId.isEmpty()
                          ? tr("No category can be created inside “%1”: the tree would be deeper than %2 levels.")
                                .arg(pathText(parentId))
                                .arg(Domain::CategoryLimits::maxDepth)
                          : tr("The category to create it in no longer exists; reload the tree."));
    }
    if (!Domain::checkSiblingNameUnique(*parsed, siblingNames(parentId, {})))
        return refuse(tr("There is already a category named “%1” at this place; choose another name.").arg(*parsed));
    const QJsonObject body{{u"name"_s, *parsed},
                           {u"parent_id"_s, parentValue(parentId)},
                           {u"position"_s, int(childIds(parentId).size())}};
    Step step{{QByteArrayLiteral("POST"), u"/api/v1/categories"_s, QJsonDocument(body), {}, {}},
              [this](const ApiResponse &response) {
                  emit created(idText(response.json.object().value("id"_L1)));
              }};
    startChange({step}, tr("The category “%1” was created.").arg(*parsed),
                tr("The category “%1” could not be created: %2").arg(*parsed, u"%1"_s));
    return {};
}

Domain::Status CategoryTreeModel::renameCategory(const QString &id, const QString &name)
{
    if (isBusy())
        return refuse(tr("Another change to the categories is on its way; try again when it is done."));
    const CategoryRow *current = category(id);
    if (!current)
        return refuse(tr("That category no longer exists; reload the tree."));
    const auto parsed = Domain::parseCategoryName(QJsonValue(name));
    if (!parsed)
        return refuse(tr("A category needs a name of one line, at most %1 characters.").arg(Domain::CategoryLimits::nameLength));
    if (!Domain::checkSiblingNameUnique(*parsed, siblingNames(current->parentId, id)))
        return refuse(tr("There is already a category named “%1” at this place; choose another name.").arg(*parsed));
    const QString old = current->name;
    startChange({{patchRequest(*current, {{u"name"_s, *parsed}}), {}}},
                tr("“%1” is now called “%2”.").arg(old, *parsed),
                tr("“%1” could not be renamed: %2").arg(old, u"%1"_s));
    return {};
}

Domain::Status CategoryTreeModel::deleteCategory(const QString &id)
{
    if (isBusy())
        return refuse(tr("Another change to the categories is on its way; try again when it is done."));
    const CategoryRow *current = category(id);
    if (!current)
        return refuse(tr("That category no longer exists; reload the tree."));
    if (!childIds(id).isEmpty())
        return refuse(tr("“%1” still holds subcategories; move or delete them first.").arg(current->name));
    const QString name = current->name;
    startChange({{{QByteArrayLiteral("DELETE"), u"/api/v1/categories/"_s + id, std::nullopt, {}, {}}, {}}},
                tr("The category “%1” was deleted.").arg(name),
                tr("“%1” could not be deleted: %2").arg(name, u"%1"_s));
    return {};
}

Domain::Status CategoryTreeModel::moveCategory(const QString &id, const QString &newParentId, int row)
{
    if (isBusy())
        return refuse(tr("Another change to the categories is on its way; try again when it is done."));
    const CategoryRow *moving = category(id);
    if (!moving)
        return refuse(tr("That category no longer exists; reload the tree."));
    const Domain::CategoryParents links = parents();
    const QString target = newParentId.isEmpty() ? tr("the top level") : u"“%1”"_s.arg(pathText(newParentId));
    if (!Domain::checkCategoryMove(links, id, newParentId)) {
        QString why;
        if (!newParentId.isEmpty() && !links.contains(newParentId))
            why = tr("that category no longer exists; reload the tree");
        else if (newParentId == id || Domain::categoryAncestors(links, newParentId).contains(id))
            why = tr("a category cannot go inside itself or one of its own subcategories");
        else
            why = tr("the tree would become deeper than %1 levels").arg(Domain::CategoryLimits::maxDepth);
        //: %1 is a category name, %2 where it was dropped ("the top level" or a category), %3 the reason.
        return refuse(tr("“%1” cannot move to %2: %3.").arg(moving->name, target, why));
    }
    const bool newParent = moving->parentId != newParentId;
    if (newParent && !Domain::checkSiblingNameUnique(moving->name, siblingNames(newParentId, id)))
        return refuse(tr("“%1” cannot move to %2: a category there has the same name; rename one of them first.")
                          .arg(moving->name, target));

    QStringList order = childIds(newParentId);
    order.removeAll(id);
    order.insert(row < 0 || row > order.size() ? order.size() : row, id);
    // Positions become the places 0, 1, 2, … of the new order; only what differs is sent, the moved category
    // first (it is the step the server may refuse).
    QList<Step> steps;
    for (qsizetype place = 0; place < order.size(); ++place) {
        const CategoryRow &sibling = m_rows[order.at(place)];
        QJsonObject body;
        if (sibling.id == id && newParent)
            body.insert(u"parent_id"_s, parentValue(newParentId));
        if (sibling.position != place)
            body.insert(u"position"_s, int(place));
        if (body.isEmpty())
            continue;
        Step step{patchRequest(sibling, body), {}};
        if (sibling.id == id)
            steps.prepend(step);
        else
            steps.append(step);
    }
    if (steps.isEmpty())
        return {}; // dropped where it was
    startChange(steps,
                newParent ? tr("“%1” moved to %2.").arg(moving->name, target)
                          : tr("“%1” moved to place %2 of %3.").arg(moving->name).arg(order.indexOf(id) + 1).arg(order.size()),
                tr("“%1” could not be moved: %2").arg(moving->name, u"%1"_s));
    return {};
}

void CategoryTreeModel::startChange(QList<Step> steps, const QString &success, const QString &failure)
{
    m_change = new QObject(this);
    runStep(std::move(steps), success, failure);
}

void CategoryTreeModel::runStep(QList<Step> steps, const QString &success, const QString &failure)
{
    const Step step = steps.takeFirst();
    QObject *context = m_change;
    m_session->send(step.request, context,
                    [this, context, step, steps = std::move(steps), success, failure](const ApiResponse &response) mutable {
                        if (response.ok && step.done)
                            step.done(response);
                        if (response.ok && !steps.isEmpty()) {
                            runStep(std::move(steps), success, failure);
                            return;
                        }
                        context->deleteLater();
                        m_change = nullptr;
                        emit changeFinished(response.ok, response.ok ? success : failure.arg(response.errorMessage));
                        // Whatever happened, show the server's tree: a refusal may come from a change made
                        // meanwhile by someone else.
                        reload();
                    });
}

} // namespace Backroom::Ui
