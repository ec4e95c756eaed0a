// SPDX-License-Identifier: MIT
#include "domain/categorytree.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
//  clothing ── tops ── shirts ── oxford
//           └─ trousers
//  home ── kitchen
CategoryParents shop()
{
    return {{QStringLiteral("clothing"), QString()},   {QStringLiteral("tops"), QStringLiteral("clothing")},
            {QStringLiteral("shirts"), QStringLiteral("tops")}, {QStringLiteral("oxford"), QStringLiteral("shirts")},
            {QStringLiteral("trousers"), QStringLiteral("clothing")}, {QStringLiteral("home"), QString()},
            {QStringLiteral("kitchen"), QStringLiteral("home")}};
}

// c1 ── c2 ── … ── c<levels>, plus a top-level "loose" category with one child.
CategoryParents chain(int levels)
{
    CategoryParents parents{{QStringLiteral("c1"), QString()}, {QStringLiteral("loose"), QString()},
                            {QStringLiteral("loose-child"), QStringLiteral("loose")}};
    for (int i = 2; i <= levels; ++i)
        parents.insert(QStringLiteral("c%1").arg(i), QStringLiteral("c%1").arg(i - 1));
    return parents;
}
} // namespace

TEST(CategoryTree, ListsAncestorsNearestFirst)
{
    EXPECT_EQ(categoryAncestors(shop(), QStringLiteral("oxford")),
              (QStringList{QStringLiteral("shirts"), QStringLiteral("tops"), QStringLiteral("clothing")}));
    EXPECT_EQ(categoryWithAncestors(shop(), QStringLiteral("shirts")),
              (QStringList{QStringLiteral("shirts"), QStringLiteral("tops"), QStringLiteral("clothing")}));
    EXPECT_TRUE(categoryAncestors(shop(), QStringLiteral("home")).isEmpty());
    EXPECT_TRUE(categoryAncestors(shop(), QStringLiteral("nowhere")).isEmpty());
}

TEST(CategoryTree, ReadsTheCategoryAndItsAncestorsFromAStoredPath)
{
    EXPECT_EQ(categoryWithAncestors(QList<qint64>{3, 17, 42}),
              (QStringList{QStringLiteral("42"), QStringLiteral("17"), QStringLiteral("3")}));
    EXPECT_TRUE(categoryWithAncestors(QList<qint64>{}).isEmpty());
}

TEST(CategoryTree, KnowsEachCategorysDepth)
{
    EXPECT_EQ(categoryDepth(shop(), QStringLiteral("clothing")), 1);
    EXPECT_EQ(categoryDepth(shop(), QStringLiteral("kitchen")), 2);
    EXPECT_EQ(categoryDepth(shop(), QStringLiteral("oxford")), 4);
    EXPECT_EQ(categoryDepth(shop(), QStringLiteral("nowhere")), 0);
}

TEST(CategoryTree, ListsDescendantsBreadthFirstInIdOrder)
{
    EXPECT_EQ(categoryDescendants(shop(), QStringLiteral("clothing")),
              (QStringList{QStringLiteral("tops"), QStringLiteral("trousers"), QStringLiteral("shirts"), QStringLiteral("oxford")}));
    EXPECT_EQ(categoryDescendants(shop(), QStringLiteral("home")), QStringList{QStringLiteral("kitchen")});
    EXPECT_TRUE(categoryDescendants(shop(), QStringLiteral("oxford")).isEmpty());
    EXPECT_TRUE(categoryDescendants(shop(), QStringLiteral("nowhere")).isEmpty());
    EXPECT_TRUE(categoryDescendants({}, QStringLiteral("clothing")).isEmpty());
}

TEST(CategoryTree, AllowsMovesThatKeepATree)
{
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("shirts"), QStringLiteral("home")).has_value());
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("shirts"), QString()).has_value());
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("home"), QStringLiteral("oxford")).has_value());
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("oxford"), QStringLiteral("shirts")).has_value()); // stays put
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("trousers"), QStringLiteral("tops")).has_value()); // under a sibling
}

TEST(CategoryTree, RefusesAMoveUnderItselfOrItsDescendants)
{
    for (const QString &target : {QStringLiteral("clothing"), QStringLiteral("tops"), QStringLiteral("oxford")}) {
        auto r = checkCategoryMove(shop(), QStringLiteral("clothing"), target);
        ASSERT_FALSE(r.has_value()) << target.toStdString();
        EXPECT_EQ(r.error().code, ErrorCode::Validation);
        EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("parent_id")});
    }
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("tops"), QStringLiteral("oxford")).error().message.contains(u"cycle"));
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("tops"), QStringLiteral("tops")).error().message.contains(u"itself"));
}

TEST(CategoryTree, SaysWhenACategoryIsNotThere)
{
    auto missing = checkCategoryMove(shop(), QStringLiteral("nowhere"), QStringLiteral("home"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto noParent = checkCategoryMove(shop(), QStringLiteral("tops"), QStringLiteral("nowhere"), 20, QStringLiteral("parent"));
    ASSERT_FALSE(noParent.has_value());
    EXPECT_EQ(noParent.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldsOf(noParent.error()), QStringList{QStringLiteral("parent")});
}

TEST(CategoryTree, LimitsTheDepthOfTheWholeMovedSubtree)
{
    const CategoryParents parents = chain(CategoryLimits::maxDepth);
    // "loose" brings a child along: under c18 it ends at level 20, under c19 at 21.
    EXPECT_TRUE(checkCategoryMove(parents, QStringLiteral("loose"), QStringLiteral("c18")).has_value());
    auto deep = checkCategoryMove(parents, QStringLiteral("loose"), QStringLiteral("c19"));
    ASSERT_FALSE(deep.has_value());
    EXPECT_EQ(fieldsOf(deep.error()), QStringList{QStringLiteral("parent_id")});
    EXPECT_TRUE(deep.error().fields.first().message.contains(u"21 levels"));
    EXPECT_TRUE(checkCategoryMove(parents, QStringLiteral("loose-child"), QStringLiteral("c19")).has_value());
    EXPECT_FALSE(checkCategoryMove(parents, QStringLiteral("loose-child"), QStringLiteral("c20")).has_value());
    // Moving the chain's own tail up keeps it within the limit.
    EXPECT_TRUE(checkCategoryMove(parents, QStringLiteral("c2"), QString()).has_value());
    EXPECT_FALSE(checkCategoryMove(shop(), QStringLiteral("shirts"), QStringLiteral("kitchen"), 3).has_value());
    EXPECT_TRUE(checkCategoryMove(shop(), QStringLiteral("shirts"), QStringLiteral("kitchen"), 4).has_value());
}

TEST(CategoryTree, ChecksWhereANewCategoryMayGo)
{
    const CategoryParents parents = chain(CategoryLimits::maxDepth);
    EXPECT_TRUE(checkCategoryParent(parents, QString()).has_value());
    EXPECT_TRUE(checkCategoryParent(parents, QStringLiteral("c19")).has_value());
    auto deep = checkCategoryParent(parents, QStringLiteral("c20"));
    ASSERT_FALSE(deep.has_value());
    EXPECT_EQ(fieldsOf(deep.error()), QStringList{QStringLiteral("parent_id")});
    auto missing = checkCategoryParent(parents, QStringLiteral("nowhere"));
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(fieldsOf(missing.error()), QStringList{QStringLiteral("parent_id")});
}

TEST(CategoryTree, SurvivesLinksThatAlreadyHoldACycle)
{
    const CategoryParents corrupt{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("b"), QStringLiteral("a")},
                                  {QStringLiteral("c"), QString()}};
    EXPECT_EQ(categoryAncestors(corrupt, QStringLiteral("a")), QStringList{QStringLiteral("b")});
    EXPECT_EQ(categoryDescendants(corrupt, QStringLiteral("a")), QStringList{QStringLiteral("b")});
    EXPECT_FALSE(checkCategoryMove(corrupt, QStringLiteral("c"), QStringLiteral("a"), 2).has_value());
    EXPECT_TRUE(checkCategoryMove(corrupt, QStringLiteral("a"), QStringLiteral("c")).has_value());
}

TEST(CategoryName, IsOneTrimmedLineOfAtMostAHundredCharacters)
{
    EXPECT_EQ(parseCategoryName(QStringLiteral("  Shirts ")).value(), QStringLiteral("Shirts"));
    EXPECT_EQ(parseCategoryName(QString(CategoryLimits::nameLength, u'x')).value().size(), CategoryLimits::nameLength);
    for (const QJsonValue &bad : {QJsonValue(QString(CategoryLimits::nameLength + 1, u'x')), QJsonValue(QStringLiteral(" ")),
                                  QJsonValue(QStringLiteral("Two\nlines")), QJsonValue(3), QJsonValue(QJsonValue::Undefined)}) {
        auto r = parseCategoryName(bad);
        ASSERT_FALSE(r.has_value());
        EXPECT_EQ(fieldsOf(r.error()), QStringList{QStringLiteral("name")});
    }
    EXPECT_EQ(fieldsOf(parseCategoryName(QJsonValue(3), QStringLiteral("categories[1].name")).error()),
              QStringList{QStringLiteral("categories[1].name")});
}

TEST(CategoryName, IsUniqueAmongSiblingsIgnoringCase)
{
    EXPECT_TRUE(checkSiblingNameUnique(QStringLiteral("Shoes"), {QStringLiteral("Boots"), QStringLiteral("Sandals")}).has_value());
    EXPECT_TRUE(checkSiblingNameUnique(QStringLiteral("Shoes"), {}).has_value());
    auto taken = checkSiblingNameUnique(QStringLiteral("Shoes"), {QStringLiteral("Boots"), QStringLiteral(" SHOES ")});
    ASSERT_FALSE(taken.has_value());
    EXPECT_EQ(taken.error().code, ErrorCode::Conflict);
    EXPECT_EQ(fieldsOf(taken.error()), QStringList{QStringLiteral("name")});
    EXPECT_TRUE(taken.error().message.contains(u"SHOES"));
    EXPECT_FALSE(checkSiblingNameUnique(QStringLiteral("ΟΔΟΣ"), {QStringLiteral("οδος")}).has_value()); // final sigma
    EXPECT_TRUE(checkSiblingNameUnique(QStringLiteral("Shoe"), {QStringLiteral("Shoes")}).has_value());
}
