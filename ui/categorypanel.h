// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;
QT_END_NAMESPACE

namespace Backroom::Ui {

class CategoryTreeModel;

// The category tree beside the product grid: choosing a category narrows the grid to it (and everything
// below it); "All Categories" shows every product. New, rename (F2), delete, and moves by drag and drop or
// from the keyboard (Ctrl+Shift+arrows: up, down, out of the parent, into the category above). Every change
// goes through CategoryTreeModel, which checks it first; what was refused or done shows under the tree.
// GUI thread.
class CategoryPanel : public QWidget
{
    Q_OBJECT
public:
    CategoryPanel(CategoryTreeModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    // The chosen category's id; "" for all categories.
    QString currentCategoryId() const;
    void setCurrentCategoryId(const QString &id);
    // The message of the last change, for a person.
    QString message() const;

    // Asks for a name and creates the category inside the current one (at the top level from "All
    // Categories").
    void createCategory();
    void renameCategory();
    // Asks first.
    void deleteCategory();
    void moveUp();
    void moveDown();
    // To the level of its parent, right after the parent.
    void moveOut();
    // Into the category just above it, as its last one.
    void moveIn();

signals:
    void currentCategoryChanged(const QString &id);

private:
    void updateActions();
    void showLoadState();
    void showMessage(const QString &message, bool error);
    void rememberState();
    void restoreState();

    CategoryTreeModel *m_model;
    QTreeView *m_tree;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_move;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_moveOut;
    QAction *m_moveIn;
    QProgressBar *m_progress;
    QLabel *m_message;
    QString m_currentId;      // kept across reloads of the tree
    QSet<QString> m_expanded; // likewise
    QString m_selectAfterLoad; // a category just created
    bool m_firstLoad = true;
};

} // namespace Backroom::Ui
