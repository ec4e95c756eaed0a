// SPDX-License-Identifier: MIT
#pragma once

#include "domain/categorytree.h"
#include "domain/result.h"
#include "ui/apiclient.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Backroom::Ui {

class Session;

// One category as GET /api/v1/categories lists it.
struct CategoryRow {
    QString id;
    QString parentId; // empty for a top-level category
    QString name;
    int position = 0; // the order among its siblings, smallest first
    int version = 0;

    static std::optional<CategoryRow> fromJson(const QJsonObject &object);
};

// The category tree of the shop for the desktop, under one top row "All categories" (id "") that stands for
// the whole catalog and for the top level: dropping a category on it makes it a top-level one. Siblings are
// ordered by position, then by name.
//
// Changes (create, rename, delete, move) are checked here with the domain's rules first; a change the rules
// refuse returns the refusal and sends nothing. A change that passes is sent (one at a time) and the tree is
// loaded again afterwards, whatever the server answered, so it always shows the server's state.
// changeFinished() reports every outcome, local refusals included, for a person. Drag and drop goes
// through moveCategory() as well. GUI thread.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    // The category id ("" for the top row), for Qt::UserRole.
    static constexpr int IdRole = Qt::UserRole;
    static constexpr auto MimeType = "application/x-backroom-category-id";

    explicit CategoryTreeModel(Session *session, QObject *parent = nullptr);
    ~CategoryTreeModel() override;

    void reload();
    bool isLoading() const { return m_load != nullptr; }
    bool isStarted() const { return m_started; }
    // A change on its way to the server.
    bool isBusy() const { return m_change != nullptr; }
    // The message of the last failed load, empty after a success.
    QString errorMessage() const { return m_error; }

    int categoryCount() const { return int(m_rows.size()); }
    const CategoryRow *category(const QString &id) const;
    // "Clothing › Shirts"; the id itself for an unknown one.
    QString pathText(const QString &id) const;
    // Every category id → its name.
    QHash<QString, QString> names() const;
    // Every category in tree order (parents before their children) with its path text.
    QList<std::pair<QString, QString>> pathsInTreeOrder() const;
    Domain::CategoryParents parents() const;
    // The ids under parentId ("" for the top level) in display order.
    QStringList childIds(const QString &parentId) const;

    QModelIndex allCategoriesIndex() const;
    // The row of id ("" is the top row); invalid when it is not in the tree.
    QModelIndex indexOf(const QString &id) const;
    static QString idAt(const QModelIndex &index);

    // POST /api/v1/categories, at the end of parentId's children ("" for the top level). created() names
    // the new category after the server made it.
    Domain::Status createCategory(const QString &name, const QString &parentId);
    // PATCH its name.
    Domain::Status renameCategory(const QString &id, const QString &name);
    // DELETE it; refused here while it has subcategories (the server also refuses one that holds products).
    Domain::Status deleteCategory(const QString &id);
    // Moves id under newParentId ("" for the top level) to place row among its new siblings (-1 or beyond
    // the end: last). checkCategoryMove() and the sibling-name rule first; then PATCH parent_id and position,
    // and the positions of siblings that must make room.
    Domain::Status moveCategory(const QString &id, const QString &newParentId, int row);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Editing a name renames the category (on the server; the tree shows it after the reload).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Calls moveCategory() and answers false: the tree changes when the server has agreed, so the view must
    // not remove the dragged row itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const QString &message);
    // Every change's outcome: refused here, refused by the server, or done. message is for a person.
    void changeFinished(bool ok, const QString &message);
    // A category the server created.
    void created(const QString &id);

private:
    struct Node {
        QString id; // "" for the top row
        Node *parent = nullptr;
        QList<Node *> children;
        int row = 0;
    };
    // One request of a change; the change is a list of them, sent in order.
    struct Step {
        ApiRequest request;
        std::function<void(const ApiResponse &)> done; // may be empty
    };

    void build(const QList<CategoryRow> &rows);
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(Node *node) const;
    QStringList siblingNames(const QString &parentId, const QString &except) const;
    Domain::Status refuse(const QString &message);
    void startChange(QList<Step> steps, const QString &success, const QString &failure);
    void runStep(QList<Step> steps, const QString &success, const QString &failure);
    ApiRequest patchRequest(const CategoryRow &category, const QJsonObject &body) const;

    Session *m_session;
    QHash<QString, CategoryRow> m_rows;
    std::vector<std::unique_ptr<Node>> m_nodes;
    Node m_invisibleRoot; // holds the top row
    Node *m_all = nullptr; // the top row, "All categories"
    QHash<QString, Node *> m_byId;
    QObject *m_load = nullptr;   // the context of the load in flight
    QObject *m_change = nullptr; // the context of the change in flight
    QString m_error;
    bool m_started = false;
};

} // namespace Backroom::Ui
