// SPDX-License-Identifier: MIT
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor seedActor{std::nullopt, QByteArrayLiteral("ordercounts-test"), QStringLiteral("checkout")};

class OrderCounts : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
        agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
    }
    // An order as the checkout would place it, in status (history goes straight there).
    void place(const QString &email, const QString &sku, qint64 unit, Domain::OrderStatus status)
    {
        NewOrder o;
        o.email = email;
        o.customerName = email.section(u'@', 0, 0);
        o.shippingAddress.name = o.customerName;
        o.shippingAddress.line1 = QStringLiteral("1 High Street");
        o.shippingAddress.city = QStringLiteral("London");
        o.shippingAddress.country = QStringLiteral("GB");
        const Domain::Money price{unit, QStringLiteral("GBP")};
        o.totals = *Domain::computeTotals({{sku, sku, 1, price, price, {}, {}}}, QStringLiteral("GB"), QStringLiteral("GBP"),
                                          Domain::PricingRules::standard());
        o.sourceReference = QStringLiteral("test:%1").arg(++placed);
        o.status = status;
        PgConnection c(db.conninfo());
        auto done = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, o, seedActor); });
        ASSERT_TRUE(done.has_value()) << done.error().message.toStdString();
    }
    QJsonObject counts(const QByteArray &query)
    {
        const auto r = get("/api/v1/orders/counts" + query, agent);
        EXPECT_EQ(r.status, 200) << r.body.constData();
        return jsonOf(r);
    }

    QByteArray agent;
    int placed = 0;
};

TEST_F(OrderCounts, CountsEveryStatusUnderTheListsFilters)
{
    place(QStringLiteral("ann@example.com"), QStringLiteral("MUG-1"), 1000, Domain::OrderStatus::Pending);
    place(QStringLiteral("bob@example.com"), QStringLiteral("MUG-1"), 6000, Domain::OrderStatus::Pending);
    place(QStringLiteral("cy@example.com"), QStringLiteral("POT-1"), 2000, Domain::OrderStatus::Confirmed);
    place(QStringLiteral("ann@example.com"), QStringLiteral("POT-1"), 3000, Domain::OrderStatus::Delivered);

    const QJsonObject all = counts("");
    EXPECT_EQ(all.value(QStringLiteral("total")).toInteger(), 4);
    const QJsonObject byStatus = all.value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(byStatus.value(QStringLiteral("pending")).toInteger(), 2);
    EXPECT_EQ(byStatus.value(QStringLiteral("confirmed")).toInteger(), 1);
    EXPECT_EQ(byStatus.value(QStringLiteral("delivered")).toInteger(), 1);
    // Statuses without orders are there, as 0, so that every column of a board has its number.
    EXPECT_TRUE(byStatus.value(QStringLiteral("cancelled")).isDouble());
    EXPECT_EQ(byStatus.value(QStringLiteral("cancelled")).toInteger(), 0);
    EXPECT_EQ(byStatus.size(), 6);

    // The same filters as the list, and the same agreement with it.
    const QJsonObject mugs = counts("?sku=mug-1").value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(mugs.value(QStringLiteral("pending")).toInteger(), 2);
    EXPECT_EQ(mugs.value(QStringLiteral("confirmed")).toInteger(), 0);
    const QJsonObject anns = counts("?q=ann&min_total=1500").value(QStringLiteral("counts")).toObject();
    EXPECT_EQ(anns.value(QStringLiteral("pending")).toInteger(), 0);
    EXPECT_EQ(anns.value(QStringLiteral("delivered")).toInteger(), 1);
    const auto list = get("/api/v1/orders?q=ann&min_total=1500", agent);
    EXPECT_EQ(jsonOf(list).value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(OrderCounts, RefusesBadFiltersAndCustomers)
{
    const auto bad = get("/api/v1/orders/counts?status=lost&min_total=-1", agent);
    EXPECT_EQ(bad.status, 422) << bad.body.constData();
    EXPECT_EQ(jsonOf(bad).value(QStringLiteral("errors")).toArray().size(), 2);
    const QByteArray casey = customer(QStringLiteral("casey@example.com"));
    EXPECT_EQ(get("/api/v1/orders/counts", casey).status, 403);
    EXPECT_EQ(get("/api/v1/orders/counts").status, 401);
}
} // namespace
