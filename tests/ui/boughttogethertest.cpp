// SPDX-License-Identifier: MIT
#include "catalogtestsupport.h"

#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "ui/boughttogetherpanel.h"
#include "ui/categorytreemodel.h"
#include "ui/producteditordialog.h"

#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The product editor's "bought together" list, read from a real server whose orders feed it.
class BoughtTogetherTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        m_mug = create(u"Enamel Mug"_s, u"MUG-1"_s, u"active"_s);
        m_spoon = create(u"Tea Spoon"_s, u"SPOON-1"_s, u"active"_s);
        m_lonely = create(u"Lonely Lamp"_s, u"LAMP-1"_s, u"active"_s);
        m_draft = create(u"Secret Kettle"_s, u"KETTLE-1"_s, u"draft"_s);
        m_categories.reload();
        ASSERT_TRUE(QTest::qWaitFor([&] { return !m_categories.isLoading(); }, 20'000));
    }

    QString create(const QString &title, const QString &sku, const QString &status)
    {
        QString error;
        const auto product = createProduct(m_server.session(), title, sku, 500, {}, status, &error);
        EXPECT_TRUE(product) << str(error);
        return product ? product->value("id"_L1).toString() : QString();
    }

    // Places an order of one of each SKU, the way the checkout saga does.
    void place(const QStringList &skus)
    {
        Server::NewOrder o;
        o.email = u"shopper@example.com"_s;
        o.customerName = u"Shopper"_s;
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.line1 = u"1 High Street"_s;
        o.shippingAddress.city = u"London"_s;
        o.shippingAddress.postalCode = u"N1 9GU"_s;
        o.shippingAddress.country = u"GB"_s;
        const Domain::Money price{500, u"GBP"_s};
        QList<Domain::PricedLine> lines;
        for (const QString &sku : skus)
            lines.append({sku, sku, 1, price, price, {}, {}});
        o.totals = *Domain::computeTotals(lines, u"GB"_s, u"GBP"_s, Domain::PricingRules::standard());
        o.paymentReference = u"pi_test"_s;
        const Server::AuditActor actor{std::nullopt, QByteArrayLiteral("ui-test"), u"checkout"_s};
        Server::PgConnection c(conninfo());
        auto placed = Server::runInTransaction<Server::StoredOrder>(
            c, [&](Server::PgConnection &tx) { return Server::OrderService::createOrder(tx, o, actor); });
        ASSERT_TRUE(placed.has_value()) << str(placed.error().message);
    }

    QByteArray conninfo() { return m_server.staff().server().database()->conninfo(); }

    // The server's outbox dispatcher feeds the counts; waits until it has seen count orders.
    bool waitForOrders(qint64 count)
    {
        Server::PgConnection c(conninfo());
        return QTest::qWaitFor(
            [&] {
                auto rows = c.exec("SELECT count(*) FROM recommendation_orders");
                return rows && rows->toInt64(0, 0) == count;
            },
            60'000);
    }

    Ui::BoughtTogetherPanel *open(const QString &id)
    {
        m_editor = std::make_unique<Ui::ProductEditorDialog>(&m_server.session(), &m_categories);
        m_editor->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->load(id);
        Ui::BoughtTogetherPanel *panel = m_editor->boughtTogetherPanel();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !m_editor->isLoading() && !panel->isLoading(); }, 20'000));
        return panel;
    }

    static QStringList rows(const Ui::BoughtTogetherPanel *panel)
    {
        QStringList texts;
        for (int i = 0; i < panel->list()->count(); ++i)
            texts.append(panel->list()->item(i)->text());
        return texts;
    }

    CatalogServer m_server;
    Ui::CategoryTreeModel m_categories{&m_server.session()};
    QString m_mug;
    QString m_spoon;
    QString m_lonely;
    QString m_draft;
    std::unique_ptr<Ui::ProductEditorDialog> m_editor;
};

} // namespace

TEST_F(BoughtTogetherTest, ShowsWhatIsBoughtWithTheProduct)
{
    for (int i = 0; i < 3; ++i)
        place({u"MUG-1"_s, u"SPOON-1"_s});
    place({u"LAMP-1"_s});
    ASSERT_TRUE(waitForOrders(4));

    const Ui::BoughtTogetherPanel *panel = open(m_mug);
    EXPECT_EQ(str(panel->source()), "co-occurrence");
    EXPECT_EQ(str(panel->note()), "Often bought together with this product:");
    ASSERT_GE(panel->list()->count(), 1);
    EXPECT_EQ(panel->list()->item(0)->data(Qt::UserRole).toString(), m_spoon);
    EXPECT_TRUE(rows(panel).at(0).startsWith(u"Tea Spoon"_s)) << str(rows(panel).join(u'|'));
    EXPECT_FALSE(rows(panel).at(0).contains(u"(popular)"_s));
    EXPECT_FALSE(rows(panel).join(u'|').contains(u"Enamel Mug"_s)) << "never the product itself";
    EXPECT_FALSE(rows(panel).join(u'|').contains(u"Secret Kettle"_s)) << "never a draft";
}

TEST_F(BoughtTogetherTest, MarksThePopularFallback)
{
    for (int i = 0; i < 2; ++i)
        place({u"MUG-1"_s, u"SPOON-1"_s});
    ASSERT_TRUE(waitForOrders(2));

    // The lamp was never ordered: the shop's most ordered products stand in, and say so.
    const Ui::BoughtTogetherPanel *panel = open(m_lonely);
    EXPECT_EQ(str(panel->source()), "popular");
    EXPECT_TRUE(panel->note().contains(u"most ordered products"_s)) << str(panel->note());
    ASSERT_EQ(panel->list()->count(), 2) << str(rows(panel).join(u'|'));
    for (const QString &row : rows(panel))
        EXPECT_TRUE(row.endsWith(u"(popular)"_s)) << str(row);
}

TEST_F(BoughtTogetherTest, ADraftHasNoListAndSaysWhy)
{
    const Ui::BoughtTogetherPanel *panel = open(m_draft);
    EXPECT_EQ(panel->list()->count(), 0);
    EXPECT_TRUE(panel->note().contains(u"Only active products"_s)) << str(panel->note());
}
