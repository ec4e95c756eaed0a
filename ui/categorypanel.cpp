// SPDX-License-Identifier: MIT
#include "ui/categorypanel.h"

#include "ui/categorytreemodel.h"
#include "ui/viewstyle.h"

#include <QAction>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Backroom::Ui {

CategoryPanel::CategoryPanel(CategoryTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tree(new QTreeView(this))
    , m_new(new QPushButton(tr("New &Category…"), this))
    , m_rename(new QPushButton(tr("&Rename"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_move(new QPushButton(tr("Mo&ve"), this))
    , m_moveUp(new QAction(tr("Move Up"), this))
    , m_moveDown(new QAction(tr("Move Down"), this))
    , m_moveOut(new QAction(tr("Move Out of Parent"), this))
    , m_moveIn(new QAction(tr("Move Into Category Above"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
{
    auto *heading = new QLabel(tr("Categor&ies"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setBuddy(m_tree);

    m_tree->setObjectName(u"categoryTree"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setToolTip(tr("Choose a category to show its products. Drag a category onto another to move it "
                          "there, or between two to reorder; F2 renames."));

    m_new->setObjectName(u"newCategory"_s);
    m_rename->setObjectName(u"renameCategory"_s);
    m_delete->setObjectName(u"deleteCategory"_s);
    m_move->setObjectName(u"moveCategory"_s);
    const std::initializer_list<std::pair<QAction *, QKeyCombination>> moves{
        {m_moveUp, Qt::CTRL | Qt::SHIFT | Qt::Key_Up},
        {m_moveDown, Qt::CTRL | Qt::SHIFT | Qt::Key_Down},
        {m_moveOut, Qt::CTRL | Qt::SHIFT | Qt::Key_Left},
        {m_moveIn, Qt::CTRL | Qt::SHIFT | Qt::Key_Right}};
    auto *moveMenu = new QMenu(m_move);
    for (const auto &[action, key] : moves) {
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        moveMenu->addAction(action);
        addAction(action);
    }
    m_moveUp->setObjectName(u"moveCategoryUp"_s);
    m_moveDown->setObjectName(u"moveCategoryDown"_s);
    m_moveOut->setObjectName(u"moveCategoryOut"_s);
    m_moveIn->setObjectName(u"moveCategoryIn"_s);
    m_move->setMenu(moveMenu);

    // The same commands on the tree's context menu.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *newAction = new QAction(tr("New Category…"), m_tree);
    connect(newAction, &QAction::triggered, this, &CategoryPanel::createCategory);
    auto *renameAction = new QAction(tr("Rename"), m_tree);
    renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    renameAction->setShortcutContext(Qt::WidgetShortcut);
    connect(renameAction, &QAction::triggered, this, &CategoryPanel::renameCategory);
    auto *deleteAction = new QAction(tr("Delete…"), m_tree);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &CategoryPanel::deleteCategory);
    auto *separator = new QAction(m_tree);
    separator->setSeparator(true);
    m_tree->addActions({newAction, renameAction, deleteAction, separator, m_moveUp, m_moveDown, m_moveOut, m_moveIn});

    // Two by two, so the panel can stay narrow beside the grid.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_rename, 0, 1);
    buttons->addWidget(m_delete, 1, 0);
    buttons->addWidget(m_move, 1, 1);

    m_progress->setObjectName(u"categoriesProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_message->setObjectName(u"categoriesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, &CategoryPanel::createCategory);
    connect(m_rename, &QPushButton::clicked, this, &CategoryPanel::renameCategory);
    connect(m_delete, &QPushButton::clicked, this, &CategoryPanel::deleteCategory);
    connect(m_moveUp, &QAction::triggered, this, &CategoryPanel::moveUp);
    connect(m_moveDown, &QAction::triggered, this, &CategoryPanel::moveDown);
    connect(m_moveOut, &QAction::triggered, this, &CategoryPanel::moveOut);
    connect(m_moveIn, &QAction::triggered, this, &CategoryPanel::moveIn);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // A reset passes through an invalid index; the state comes back in restoreState().
        if (!current.isValid())
            return;
        const QString id = CategoryTreeModel::idAt(current);
        if (id == m_currentId)
            return;
        m_currentId = id;
        updateActions();
        emit currentCategoryChanged(id);
    });
    connect(m_model, &CategoryTreeModel::modelAboutToBeReset, this, &CategoryPanel::rememberState);
    connect(m_model, &CategoryTreeModel::modelReset, this, &CategoryPanel::restoreState);
    connect(m_model, &CategoryTreeModel::loadingChanged, this, &CategoryPanel::showLoadState);
    connect(m_model, &CategoryTreeModel::loadFailed, this, &CategoryPanel::showLoadState);
    connect(m_model, &CategoryTreeModel::changeFinished, this,
            [this](bool ok, const QString &message) { showMessage(message, !ok); });
    connect(m_model, &CategoryTreeModel::created, this, [this](const QString &id) { m_selectAfterLoad = id; });
    restoreState();
    showLoadState();
}

QString CategoryPanel::currentCategoryId() const
{
    return m_currentId;
}

void CategoryPanel::setCurrentCategoryId(const QString &id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

QString CategoryPanel::message() const
{
    return m_message->text();
}

void CategoryPanel::showMessage(const QString &message, bool error)
{
    m_message->setText(message);
    setErrorColour(m_message, error);
    m_message->setVisible(!message.isEmpty());
}

void CategoryPanel::showLoadState()
{
    m_progress->setVisible(m_model->isLoading() || m_model->isBusy());
    if (!m_model->errorMessage().isEmpty())
        showMessage(tr("The categories could not be loaded: %1\nChoose Reload to try again.").arg(m_model->errorMessage()),
                    true);
    updateActions();
}

void CategoryPanel::updateActions()
{
    const bool category = !m_currentId.isEmpty() && m_model->category(m_currentId);
    m_rename->setEnabled(category);
    m_delete->setEnabled(category);
    m_move->setEnabled(category);
    const CategoryRow *row = m_model->category(m_currentId);
    const QStringList siblings = row ? m_model->childIds(row->parentId) : QStringList();
    const qsizetype place = siblings.indexOf(m_currentId);
    m_moveUp->setEnabled(category && place > 0);
    m_moveDown->setEnabled(category && place >= 0 && place + 1 < siblings.size());
    m_moveOut->setEnabled(category && !row->parentId.isEmpty());
    m_moveIn->setEnabled(category && place > 0);
}

void CategoryPanel::rememberState()
{
    m_expanded.clear();
    QStringList ids = m_model->names().keys();
    ids.append(QString());
    for (const QString &id : std::as_const(ids)) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid() && m_tree->isExpanded(index))
            m_expanded.insert(id);
    }
}

void CategoryPanel::restoreState()
{
    if (m_firstLoad && m_model->isStarted() && !m_model->isLoading()) {
        m_firstLoad = false;
        m_expanded.insert(QString()); // the top level shows
    }
    for (const QString &id : std::as_const(m_expanded)) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid())
            m_tree->expand(index);
    }
    if (m_expanded.isEmpty())
        m_tree->expand(m_model->allCategoriesIndex());
    QString wanted = std::exchange(m_selectAfterLoad, QString());
    if (wanted.isEmpty() || !m_model->category(wanted))
        wanted = m_model->category(m_currentId) ? m_currentId : QString();
    const QModelIndex index = m_model->indexOf(wanted);
    // A category that is gone leaves "All categories" chosen, and the grid follows.
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    updateActions();
}

void CategoryPanel::createCategory()
{
    const QString parentId = m_currentId;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"categoryNameDialog"_s);
    dialog->setWindowTitle(tr("New Category"));
    dialog->setLabelText(parentId.isEmpty()
                             ? tr("Name of the new top-level category:")
                             : tr("Name of the new category inside “%1”:").arg(m_model->pathText(parentId)));
    dialog->setOkButtonText(tr("Create"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, parentId](const QString &name) { (void)m_model->createCategory(name, parentId); });
    dialog->open();
}

void CategoryPanel::renameCategory()
{
    const QModelIndex index = m_model->indexOf(m_currentId);
    if (!m_currentId.isEmpty() && index.isValid())
        m_tree->edit(index);
}

void CategoryPanel::deleteCategory()
{
    const CategoryRow *row = m_model->category(m_currentId);
    if (!row)
        return;
    const QString id = row->id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Category"),
                                tr("Delete the category “%1”? Only an empty category can be deleted: move its "
                                   "products and subcategories elsewhere first.")
                                    .arg(m_model->pathText(id)),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmDeleteCategory"_s);
    box->addButton(tr("&Delete Category"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id] { (void)m_model->deleteCategory(id); });
    box->open();
}

void CategoryPanel::moveUp()
{
    const CategoryRow *row = m_model->category(m_currentId);
    if (!row)
        return;
    const int place = int(m_model->childIds(row->parentId).indexOf(row->id));
    if (place > 0)
        (void)m_model->moveCategory(row->id, row->parentId, place - 1);
}

void CategoryPanel::moveDown()
{
    const CategoryRow *row = m_model->category(m_currentId);
    if (!row)
        return;
    const int place = int(m_model->childIds(row->parentId).indexOf(row->id));
    (void)m_model->moveCategory(row->id, row->parentId, place + 1);
}

void CategoryPanel::moveOut()
{
    const CategoryRow *row = m_model->category(m_currentId);
    const CategoryRow *parent = row ? m_model->category(row->parentId) : nullptr;
    if (!parent)
        return;
    const int parentPlace = int(m_model->childIds(parent->parentId).indexOf(parent->id));
    (void)m_model->moveCategory(row->id, parent->parentId, parentPlace + 1);
}

void CategoryPanel::moveIn()
{
    const CategoryRow *row = m_model->category(m_currentId);
    if (!row)
        return;
    const QStringList siblings = m_model->childIds(row->parentId);
    const qsizetype place = siblings.indexOf(row->id);
    if (place > 0)
        (void)m_model->moveCategory(row->id, siblings.at(place - 1), -1);
}

} // namespace Backroom::Ui
