// SPDX-License-Identifier: MIT
#include "server/orders/orderservice.h"
#include "server/store/pgconnection.h"
#include "server/store/transaction.h"
#include "tests/server/apitest.h"

using namespace Backroom;
using namespace Backroom::Server;
using namespace Backroom::Test;

namespace {
const AuditActor importActor{std::nullopt, QByteArrayLiteral("customers-test"), QStringLiteral("import-retail")};

// A delivered order of history, as import-retail places one.
NewOrder historicOrder(qint64 customer, const QString &email, const QString &reference, const QDateTime &at,
                       qint64 amount, const QString &currency = QStringLiteral("GBP"))
{
    NewOrder o;
    o.customerId = customer;
    o.email = email;
    o.customerName = QStringLiteral("Ada Lovelace");
    o.shippingAddress.name = o.customerName;
    o.shippingAddress.country = QStringLiteral("GB");
    Domain::OrderTotals &t = o.totals;
    t.currency = currency;
    t.country = QStringLiteral("GB");
    const Domain::Money money{amount, currency};
    const Domain::Money zero{0, currency};
    t.lines.append({QStringLiteral("85123A"), QStringLiteral("HEART"), 1, money, zero, zero, money, {}, {}});
    t.subtotal = t.total = money;
    t.discount = t.shipping = t.tax = t.shippingTax = t.fees = zero;
    o.sourceReference = reference;
    o.placedAt = at;
    o.status = Domain::OrderStatus::Delivered;
    return o;
}
} // namespace

class Customers : public ApiTest {
protected:
    void SetUp() override
    {
        ApiTest::SetUp();
        createStaff(QStringLiteral("agent@shop.test"), {QStringLiteral("support")});
        agent = signIn(QStringLiteral("agent@shop.test"), QStringLiteral("staff secret 1"));
        ada = customer(QStringLiteral("ada@example.com"));
        adaId = jsonOf(get("/api/v1/me", ada)).value(QStringLiteral("id")).toString().toLongLong();
        customer(QStringLiteral("bob_smith@example.com"));
    }
    qint64 place(const NewOrder &order)
    {
        PgConnection c(db.conninfo());
        auto placed = runInTransaction<StoredOrder>(c, [&](PgConnection &tx) { return OrderService::createOrder(tx, order, importActor); });
        EXPECT_TRUE(placed.has_value()) << (placed ? "" : placed.error().message.toStdString());
        return placed ? placed->id : 0;
    }
    QByteArray path(const char *suffix = "") const
    {
        return "/api/v1/customers/" + QByteArray::number(adaId) + suffix;
    }
    QStringList emailsOf(const RawHttp::Response &r)
    {
        QStringList emails;
        for (const QJsonValue &v : jsonOf(r).value(QStringLiteral("items")).toArray())
            emails.append(v.toObject().value(QStringLiteral("email")).toString());
        return emails;
    }

    QByteArray agent;
    QByteArray ada;
    qint64 adaId = 0;
};

TEST_F(Customers, SearchFindsByNameEmailAndOrderNumberAndPagesByKeyset)
{
    const qint64 order = place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:536365"),
                                             QDateTime(QDate(2010, 12, 1), QTime(8, 26), Qt::UTC), 1530));

    auto all = get("/api/v1/customers", agent);
    ASSERT_EQ(all.status, 200) << all.body.constData();
    EXPECT_EQ(emailsOf(all), (QStringList{QStringLiteral("ada@example.com"), QStringLiteral("bob_smith@example.com")}))
        << "customers only: not the admin or the agent";
    EXPECT_FALSE(all.body.contains("password")) << all.body.constData();
    EXPECT_EQ(all.header("Cache-Control"), "no-store");

    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=BOB", agent)), QStringList{QStringLiteral("bob_smith@example.com")});
    // LIKE's wildcards are taken literally.
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=b_s", agent)), QStringList{QStringLiteral("bob_smith@example.com")});
    EXPECT_TRUE(emailsOf(get("/api/v1/customers?q=%25", agent)).isEmpty());
    const QString number = QStringLiteral("BR-%1").arg(order, 7, 10, QLatin1Char('0'));
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=" + number.toLower().toUtf8(), agent)),
              QStringList{QStringLiteral("ada@example.com")});
    EXPECT_EQ(emailsOf(get("/api/v1/customers?q=536365", agent)), QStringList{QStringLiteral("ada@example.com")})
        << "an imported invoice's number finds its customer";

    // One per page: the cursor leads from Ada to Bob and then ends.
    auto first = get("/api/v1/customers?limit=1", agent);
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(emailsOf(first), QStringList{QStringLiteral("ada@example.com")});
    const QString cursor = jsonOf(first).value(QStringLiteral("next_cursor")).toString();
    ASSERT_FALSE(cursor.isEmpty());
    auto second = get("/api/v1/customers?limit=1&cursor=" + cursor.toLatin1(), agent);
    EXPECT_EQ(emailsOf(second), QStringList{QStringLiteral("bob_smith@example.com")});
    auto third = get("/api/v1/customers?limit=1&cursor=" +
                         jsonOf(second).value(QStringLiteral("next_cursor")).toString().toLatin1(),
                     agent);
    EXPECT_TRUE(emailsOf(third).isEmpty());
    EXPECT_TRUE(jsonOf(third).value(QStringLiteral("next_cursor")).isNull());
}

TEST_F(Customers, ProfileSumsLifetimeValuePerCurrencyAndCountsOrdersPerMonth)
{
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:1"),
                        QDateTime(QDate(2010, 12, 1), QTime(8, 26), Qt::UTC), 1530));
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:2"),
                        QDateTime(QDate(2010, 12, 24), QTime(9, 0), Qt::UTC), 470));
    place(historicOrder(adaId, QStringLiteral("ada@example.com"), QStringLiteral("retail:3"),
                        QDateTime(QDate(2011, 2, 3), QTime(10, 0), Qt::UTC), 999, QStringLiteral("EUR")));
    ASSERT_EQ(send("POST", "/api/v1/me/addresses", ada,
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Ada")},
                               {QStringLiteral("line1"), QStringLiteral("12 St James's Square")},
                               {QStringLiteral("city"), QStringLiteral("London")},
                               {QStringLiteral("country"), QStringLiteral("GB")}})
                  .status,
              201);

    auto r = get(path(), agent);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject c = jsonOf(r);
    EXPECT_EQ(c.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
    EXPECT_EQ(c.value(QStringLiteral("order_count")).toInt(), 3);
    EXPECT_EQ(c.value(QStringLiteral("first_order_at")).toString(), QStringLiteral("2010-12-01T08:26:00.000000Z"));
    EXPECT_EQ(c.value(QStringLiteral("last_order_at")).toString(), QStringLiteral("2011-02-03T10:00:00.000000Z"));
    EXPECT_EQ(c.value(QStringLiteral("addresses")).toArray().size(), 1);
    const QJsonArray value = c.value(QStringLiteral("lifetime_value")).toArray();
    ASSERT_EQ(value.size(), 2);
    EXPECT_EQ(value[0].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(value[0].toObject().value(QStringLiteral("amount")).toInteger(), 999);
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("GBP"));
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("amount")).toInteger(), 2000);
    EXPECT_EQ(value[1].toObject().value(QStringLiteral("orders")).toInt(), 2);
    QStringList months;
    for (const QJsonValue &m : c.value(QStringLiteral("orders_per_month")).toArray())
        months.append(m.toObject().value(QStringLiteral("month")).toString() + u'=' +
                      QString::number(m.toObject().value(QStringLiteral("orders")).toInt()));
    EXPECT_EQ(months, (QStringList{QStringLiteral("2010-12=2"), QStringLiteral("2011-01=0"), QStringLiteral("2011-02=1")}));
    EXPECT_FALSE(r.body.contains("password")) << r.body.constData();
    EXPECT_FALSE(r.body.contains("token")) << r.body.constData();

    // The customer's orders, newest first, paged with the order list's cursor.
    auto page = get(path("/orders?limit=2"), agent);
    ASSERT_EQ(page.status, 200) << page.body.constData();
    const QJsonArray items = jsonOf(page).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("placed_at")).toString(), QStringLiteral("2011-02-03T10:00:00.000000Z"));
    auto rest = get(path("/orders?limit=2&cursor=") + jsonOf(page).value(QStringLiteral("next_cursor")).toString().toLatin1(), agent);
    ASSERT_EQ(rest.status, 200);
    EXPECT_EQ(jsonOf(rest).value(QStringLiteral("items")).toArray().size(), 1);
}

TEST_F(Customers, ACustomerWithoutOrdersHasAnEmptyHistory)
{
    auto r = get(path(), agent);
    ASSERT_EQ(r.status, 200) << r.body.constData();
    const QJsonObject c = jsonOf(r);
    EXPECT_EQ(c.value(QStringLiteral("order_count")).toInt(), 0);
    EXPECT_TRUE(c.value(QStringLiteral("first_order_at")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("last_order_at")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("lifetime_value")).toArray().isEmpty());
    EXPECT_TRUE(c.value(QStringLiteral("orders_per_month")).toArray().isEmpty());
    auto orders = get(path("/orders"), agent);
    ASSERT_EQ(orders.status, 200);
    EXPECT_TRUE(jsonOf(orders).value(QStringLiteral("items")).toArray().isEmpty());
}

TEST_F(Customers, NotesAreAddedAuditedAndListedNewestFirst)
{
    auto added = send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("  Prefers email.  ")}});
    ASSERT_EQ(added.status, 201) << added.body.constData();
    EXPECT_EQ(jsonOf(added).value(QStringLiteral("body")).toString(), QStringLiteral("Prefers email."));
    EXPECT_EQ(jsonOf(added).value(QStringLiteral("author")).toString(), QStringLiteral("agent@shop.test"));
    ASSERT_EQ(send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("Called back.")}}).status, 201);

    auto list = get(path("/notes?limit=1"), agent);
    ASSERT_EQ(list.status, 200) << list.body.constData();
    const QJsonArray items = jsonOf(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].toObject().value(QStringLiteral("body")).toString(), QStringLiteral("Called back."));
    auto older = get(path("/notes?limit=1&cursor=") + jsonOf(list).value(QStringLiteral("next_cursor")).toString().toLatin1(), agent);
    EXPECT_EQ(jsonOf(older).value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("body")).toString(),
              QStringLiteral("Prefers email."));

    PgConnection c(db.conninfo());
    auto audited = c.exec("SELECT count(*) FROM audit_log WHERE action = 'customer_note.create' AND entity_id = $1",
                          {QByteArray::number(adaId)});
    ASSERT_TRUE(audited.has_value());
    EXPECT_EQ(audited->toInt64(0, 0), 2);
}

TEST_F(Customers, BadInputIsRefusedWithProblemDetails)
{
    EXPECT_EQ(get("/api/v1/customers/999999", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/abc", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/999999/orders", agent).status, 404);
    EXPECT_EQ(get("/api/v1/customers/999999/notes", agent).status, 404);
    // A staff account is not a customer.
    const QByteArray agentId = jsonOf(get("/api/v1/me", agent)).value(QStringLiteral("id")).toString().toLatin1();
    EXPECT_EQ(get("/api/v1/customers/" + agentId, agent).status, 404);

    auto badCursor = get("/api/v1/customers?cursor=abc", agent);
    EXPECT_EQ(badCursor.status, 422);
    EXPECT_EQ(firstErrorField(badCursor), QStringLiteral("cursor"));
    EXPECT_EQ(badCursor.header("Content-Type"), "application/problem+json");
    EXPECT_EQ(firstErrorField(get(path("/orders?cursor=abc"), agent)), QStringLiteral("cursor"));
    EXPECT_EQ(firstErrorField(get(path("/notes?cursor=abc"), agent)), QStringLiteral("cursor"));
    EXPECT_EQ(firstErrorField(get("/api/v1/customers?limit=0", agent)), QStringLiteral("limit"));
    EXPECT_EQ(firstErrorField(get("/api/v1/customers?q=" + QByteArray(201, 'a'), agent)), QStringLiteral("q"));

    auto empty = send("POST", path("/notes"), agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("   ")}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(firstErrorField(empty), QStringLiteral("body"));
    auto unknown = send("POST", path("/notes"), agent,
                        QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}, {QStringLiteral("pinned"), true}});
    EXPECT_EQ(unknown.status, 422) << unknown.body.constData();
    EXPECT_EQ(send("POST", "/api/v1/customers/999999/notes", agent, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}).status,
              404);
}

TEST_F(Customers, OnlyStaffWithCustomersReadMayLook)
{
    createStaff(QStringLiteral("picker@shop.test"), {QStringLiteral("warehouse")});
    const QByteArray picker = signIn(QStringLiteral("picker@shop.test"), QStringLiteral("staff secret 1"));
    EXPECT_EQ(get("/api/v1/customers", picker).status, 403);
    EXPECT_EQ(get(path(), picker).status, 403);
    EXPECT_EQ(send("POST", path("/notes"), picker, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}}).status, 403);
    EXPECT_EQ(get("/api/v1/customers", ada).status, 403) << "a customer sees no one, not even themselves, here";
    EXPECT_EQ(get("/api/v1/customers").status, 401);
    EXPECT_EQ(get("/api/v1/customers", adminToken()).status, 200);
}
