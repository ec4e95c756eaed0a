// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include "ui/categorypanel.h"
#include "ui/categorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Ui::CategoryTreeModel;

namespace {

// The category tree panel of a merchandiser on a real server.
class CategoryPanelTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.start()) << str(m_server.error()); }

    QString make(const QString &name, const QString &parentId = {})
    {
        QString error;
        const auto category = createCategory(m_server.session(), name, parentId, &error);
        EXPECT_TRUE(category) << str(error);
        return category ? category->value("id"_L1).toString() : QString();
    }

    void showPanel()
    {
        m_panel = std::make_unique<Ui::CategoryPanel>(&m_model);
        m_panel->resize(400, 500);
        m_panel->show();
        m_panel->activateWindow(); // shortcuts need an active window
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
        m_model.reload();
        waitUntilSettled();
    }

    void waitUntilSettled()
    {
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_model.isBusy() && !m_model.isLoading(); }, 20'000));
    }

    // Drops id onto (row -1) or into (row ≥ 0) the category parentId, as the tree view does at the end of
    // a drag.
    bool drop(const QString &id, const QString &parentId, int row = -1)
    {
        const std::unique_ptr<QMimeData> data(m_model.mimeData({m_model.indexOf(id)}));
        EXPECT_TRUE(data);
        EXPECT_TRUE(m_model.canDropMimeData(data.get(), Qt::MoveAction, row, 0, m_model.indexOf(parentId)));
        return m_model.dropMimeData(data.get(), Qt::MoveAction, row, 0, m_model.indexOf(parentId));
    }

    // The server's parent of id.
    QString serverParent(const QString &id)
    {
        for (const QJsonObject &category : fetchCategories(m_server.session())) {
            if (category.value("id"_L1).toString() == id)
                return category.value("parent_id"_L1).toString();
        }
        return u"(missing)"_s;
    }

    QStringList names(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids)
            names.append(m_model.category(id) ? m_model.category(id)->name : id);
        return names;
    }

    QString message() const { return m_panel->findChild<QLabel *>(u"categoriesMessage"_s)->text(); }

    CatalogServer m_server;
    CategoryTreeModel m_model{&m_server.session()};
    std::unique_ptr<Ui::CategoryPanel> m_panel;
};

} // namespace

TEST_F(CategoryPanelTest, ShowsTheTreeUnderAllCategories)
{
    const QString kitchen = make(u"Kitchen"_s);
    make(u"Mugs"_s, kitchen);
    make(u"Garden"_s);
    showPanel();
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    ASSERT_EQ(m_model.rowCount(), 1);
    EXPECT_EQ(str(m_model.allCategoriesIndex().data().toString()), "All Categories");
    EXPECT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Garden, Kitchen") << "by name while positions tie";
    EXPECT_EQ(str(names(m_model.childIds(kitchen)).join(u", "_s)), "Mugs");
    EXPECT_EQ(str(m_model.pathText(m_model.childIds(kitchen).value(0))), "Kitchen › Mugs");
    EXPECT_TRUE(m_panel->tree()->isExpanded(m_model.allCategoriesIndex()));
    EXPECT_TRUE(m_panel->currentCategoryId().isEmpty());
}

TEST_F(CategoryPanelTest, MovesACategoryByDragAndDrop)
{
    const QString kitchen = make(u"Kitchen"_s);
    const QString mugs = make(u"Mugs"_s);
    showPanel();
    QSignalSpy finished(&m_model, &CategoryTreeModel::changeFinished);

    EXPECT_FALSE(drop(mugs, kitchen)) << "the view must not remove the row; the reload moves it";
    ASSERT_TRUE(m_model.isBusy());
    waitUntilSettled();

    ASSERT_EQ(finished.count(), 1);
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << str(finished.at(0).at(1).toString());
    EXPECT_EQ(str(message()), "“Mugs” moved to “Kitchen”.");
    EXPECT_EQ(str(serverParent(mugs)), str(kitchen));
    EXPECT_EQ(str(names(m_model.childIds(kitchen)).join(u", "_s)), "Mugs") << "the tree shows the server's state";

    // Dropped on "All Categories": back to the top level.
    EXPECT_FALSE(drop(mugs, {}));
    waitUntilSettled();
    EXPECT_EQ(str(serverParent(mugs)), "");
    EXPECT_EQ(str(message()), "“Mugs” moved to the top level.");
}

TEST_F(CategoryPanelTest, ReordersSiblingsByDroppingBetweenThem)
{
    const QString a = make(u"Alpha"_s);
    make(u"Beta"_s);
    const QString c = make(u"Gamma"_s);
    showPanel();
    ASSERT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Alpha, Beta, Gamma");

    drop(c, {}, 1); // between Alpha and Beta
    waitUntilSettled();
    EXPECT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Alpha, Gamma, Beta");

    drop(a, {}, 3); // below the last
    waitUntilSettled();
    EXPECT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Gamma, Beta, Alpha");
    EXPECT_EQ(str(message()), "“Alpha” moved to place 3 of 3.");
}

TEST_F(CategoryPanelTest, RefusesACycleWithoutAsking)
{
    const QString kitchen = make(u"Kitchen"_s);
    const QString mugs = make(u"Mugs"_s, kitchen);
    const QString enamel = make(u"Enamel"_s, mugs);
    showPanel();
    const int patchesBefore = requestCount(m_server.url(), "PATCH /api/v1/categories/{id}");

    EXPECT_FALSE(drop(kitchen, enamel));
    EXPECT_FALSE(m_model.isBusy()) << "nothing was sent";
    EXPECT_EQ(str(message()), "“Kitchen” cannot move to “Kitchen › Mugs › Enamel”: a category cannot go inside "
                              "itself or one of its own subcategories.");
    const Domain::Status onto = m_model.moveCategory(kitchen, kitchen, -1);
    ASSERT_FALSE(onto);
    EXPECT_EQ(onto.error().code, Domain::ErrorCode::Validation);

    EXPECT_EQ(requestCount(m_server.url(), "PATCH /api/v1/categories/{id}"), patchesBefore);
    EXPECT_EQ(str(serverParent(kitchen)), "");
}

TEST_F(CategoryPanelTest, RefusesASiblingNameClashWithoutAsking)
{
    const QString kitchen = make(u"Kitchen"_s);
    make(u"Mugs"_s, kitchen);
    const QString mugs = make(u"mugs"_s);
    showPanel();

    const Domain::Status moved = m_model.moveCategory(mugs, kitchen, -1);

    ASSERT_FALSE(moved);
    EXPECT_FALSE(m_model.isBusy());
    EXPECT_EQ(str(message()), "“mugs” cannot move to “Kitchen”: a category there has the same name; rename one of "
                              "them first.");
}

TEST_F(CategoryPanelTest, MovesWithTheKeyboard)
{
    make(u"Alpha"_s);
    const QString beta = make(u"Beta"_s);
    showPanel();
    m_panel->setCurrentCategoryId(beta);
    m_panel->tree()->setFocus();

    QTest::keyClick(m_panel->tree(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    waitUntilSettled();
    EXPECT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Beta, Alpha");

    QTest::keyClick(m_panel->tree(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    waitUntilSettled();
    EXPECT_EQ(str(names(m_model.childIds({})).join(u", "_s)), "Alpha, Beta");

    QTest::keyClick(m_panel->tree(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier); // into Alpha
    waitUntilSettled();
    EXPECT_EQ(str(names(m_model.childIds(m_model.childIds({}).value(0))).join(u", "_s)), "Beta");
    EXPECT_EQ(str(m_panel->currentCategoryId()), str(beta)) << "the moved category stays chosen";
}

TEST_F(CategoryPanelTest, CreatesRenamesAndDeletes)
{
    showPanel();
    QSignalSpy chosen(m_panel.get(), &Ui::CategoryPanel::currentCategoryChanged);

    ASSERT_TRUE(m_model.createCategory(u"  Kitchen "_s, {}));
    waitUntilSettled();
    ASSERT_EQ(m_model.categoryCount(), 1);
    const QString kitchen = m_model.childIds({}).value(0);
    EXPECT_EQ(str(m_model.category(kitchen)->name), "Kitchen");
    EXPECT_EQ(str(m_panel->currentCategoryId()), str(kitchen)) << "a new category is chosen";
    EXPECT_EQ(chosen.count(), 1);

    // What the F2 editor does when it closes.
    m_model.setData(m_model.indexOf(kitchen), u"Cookware"_s);
    waitUntilSettled();
    EXPECT_EQ(str(m_model.category(kitchen)->name), "Cookware");
    EXPECT_EQ(str(message()), "“Kitchen” is now called “Cookware”.");

    const Domain::Status empty = m_model.createCategory(u"   "_s, {});
    EXPECT_FALSE(empty);

    const QString pans = make(u"Pans"_s, kitchen);
    m_model.reload();
    waitUntilSettled();
    EXPECT_FALSE(m_model.deleteCategory(kitchen)) << "it holds a subcategory";
    EXPECT_EQ(str(message()), "“Cookware” still holds subcategories; move or delete them first.");

    ASSERT_TRUE(m_model.deleteCategory(pans));
    waitUntilSettled();
    ASSERT_TRUE(m_model.deleteCategory(kitchen));
    waitUntilSettled();
    EXPECT_EQ(m_model.categoryCount(), 0);
    EXPECT_TRUE(m_panel->currentCategoryId().isEmpty()) << "a deleted category leaves All Categories chosen";
}

TEST_F(CategoryPanelTest, ShowsTheServersRefusal)
{
    const QString kitchen = make(u"Kitchen"_s);
    QString error;
    ASSERT_TRUE(createProduct(m_server.session(), u"Mug"_s, u"MUG-1"_s, 900, kitchen, u"active"_s, &error)) << str(error);
    showPanel();

    ASSERT_TRUE(m_model.deleteCategory(kitchen)) << "the tree cannot know about products";
    waitUntilSettled();

    EXPECT_TRUE(message().startsWith(u"“Kitchen” could not be deleted: This category still holds subcategories or "
                                     "products"_s))
        << str(message());
    EXPECT_EQ(m_model.categoryCount(), 1);
}
