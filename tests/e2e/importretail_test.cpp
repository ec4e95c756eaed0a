// SPDX-License-Identifier: MIT
// `backroom-server import-retail` as an operator runs it: the real binary against a database of the test cluster.
#include "domain/csv.h"
#include "server/catalog/retailimporter.h"
#include "server/reports/reportservice.h"
#include "server/reports/reportsprojection.h"
#include "server/store/database.h"
#include "server/store/pgconnection.h"
#include "tests/support/printers.h"
#include "tests/support/rawhttp.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Backroom::Test;
using Backroom::Server::PgConnection;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun importRetail(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BACKROOM_SERVER_BINARY), QStringList{QStringLiteral("import-retail")} + args);
    // Generous: the demo month imports in about 20 s alone, but the tests share two cores with everything else.
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 count(PgConnection &c, const char *sql)
{
    auto r = c.exec(sql);
    EXPECT_TRUE(r.has_value()) << sql;
    return r ? r->toInt64(0, 0) : -1;
}

// The numbers of a summary line such as "Products: 3 created, 0 updated, 0 unchanged."
QList<qint64> numbersOf(const QString &output, const QString &linePrefix)
{
    QList<qint64> numbers;
    for (const QString &line : output.split(u'\n')) {
        if (!line.startsWith(linePrefix))
            continue;
        static const QRegularExpression number(QStringLiteral("\\d+"));
        for (const auto &m : number.globalMatch(line))
            numbers.append(m.captured().toLongLong());
        break;
    }
    return numbers;
}

// Lines 4-11 hold every kind of bad row; line 12 sells 85123A again, later, at another price.
const QByteArray fixture =
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\r\n"
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\r\n"
    "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\r\n"
    "536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France\r\n"
    "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01 09:41:00,2.55,14527.0,United Kingdom\r\n"
    "536381,\"82567\",\"AIRLINE LOUNGE,METAL SIGN\",2,2010-12-01 09:41:00,2.1,15311.0,United Kingdom\r\n"
    "536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom\r\n"
    "536415,85 123,BROKEN CODE,1,2010-12-01 11:53:00,1.00,,United Kingdom\r\n"
    "536416,22423,REGENCY CAKESTAND 3 TIER,2,2010-12-01 12:00:00,twelve,,United Kingdom\r\n"
    "536417,22423,REGENCY CAKESTAND 3 TIER,1,2010-12-01 12:00:00\r\n"
    "536418,22423,\"REGENCY CAKESTAND 3 TIER,1,2010-12-01 12:00:00,12.75,,United Kingdom\r\n"
    "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-02 08:26:00,2.65,17850.0,United Kingdom\r\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

struct DemoLine {
    QString sku;
    qint64 quantity = 0;
    qint64 amount = 0;
};

// What the file says, read here independently of the importer: product rows (a digit or DCGS first) with a
// positive quantity on invoices not starting with C, amounts rounded per line.
struct DemoHistory {
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 cancellations = 0;
    QMap<QString, qint64> dailyGross;
    QHash<QString, qint64> cancelledGoods; // a cancellation's product lines, as given back
    QHash<QString, QList<DemoLine>> lines;
    QHash<QString, qint64> shipping; // POST, DOT, C2
    QStringList invoiceOrder;
    QStringList withPostage;
};

// Pence from quantity and a price such as "2.55" or "0.165", halves away from zero.
qint64 pence(qint64 quantity, const QString &price)
{
    const QString whole = price.section(u'.', 0, 0);
    const QString fraction = (price.section(u'.', 1) + QStringLiteral("000000")).left(6);
    const qint64 micros = whole.toLongLong() * 1000000 + fraction.toLongLong(); // prices are not negative here
    const qint64 product = quantity * micros;
    return (product + (product >= 0 ? 5000 : -5000)) / 10000;
}

DemoHistory demoHistory(const QString &path)
{
    DemoHistory h;
    auto bytes = Backroom::Server::readRetailFile(path);
    EXPECT_TRUE(bytes.has_value());
    if (!bytes)
        return h;
    Backroom::Domain::CsvReader reader(*bytes);
    reader.next(); // InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
    QSet<QString> customers, cancellations;
    while (auto r = reader.next()) {
        const QStringList &f = r->fields;
        const QString invoice = f[0], code = f[1];
        const qint64 quantity = f[3].toLongLong();
        if (!f[6].isEmpty())
            customers.insert(f[6]);
        if (invoice.startsWith(u'C')) {
            cancellations.insert(invoice);
            if (code.front().isDigit() || code.startsWith(QStringLiteral("DCGS")))
                h.cancelledGoods[invoice] += pence(-quantity, f[5]);
            continue;
        }
        if (code == QStringLiteral("POST") || code == QStringLiteral("DOT") || code == QStringLiteral("C2")) {
            h.shipping[invoice] += pence(quantity, f[5]);
            if (!h.withPostage.contains(invoice))
                h.withPostage.append(invoice);
        }
        const bool product = code.front().isDigit() || code.startsWith(QStringLiteral("DCGS"));
        if (!product || quantity <= 0)
            continue;
        if (!h.lines.contains(invoice))
            h.invoiceOrder.append(invoice);
        const qint64 amount = pence(quantity, f[5]);
        h.lines[invoice].append({code, quantity, amount});
        h.dailyGross[f[4].left(10)] += amount;
    }
    h.customers = customers.size();
    h.orders = h.lines.size();
    h.cancellations = cancellations.size();
    // Only invoices that are orders count for the postage checks.
    h.withPostage.erase(std::remove_if(h.withPostage.begin(), h.withPostage.end(),
                                       [&](const QString &i) { return !h.lines.contains(i); }),
                        h.withPostage.end());
    return h;
}
} // namespace

TEST(ImportRetail, DryRunReportsBadRowsWithTheirLinesAndChangesNothing)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("retail.csv"));
    const QString report = dir.filePath(QStringLiteral("rejected.csv"));
    ASSERT_TRUE(write(file, fixture));

    const CliRun dry = importRetail({QStringLiteral("--database-url"), QString::fromUtf8(db.conninfo()),
                                     QStringLiteral("--dry-run"), QStringLiteral("--report"), report, file});
    ASSERT_EQ(dry.exitCode, 0) << dry.out.toStdString() << dry.err.toStdString();
    for (const char *expected : {
             "Rows: 11 read, 4 used, 7 rejected.",
             "line 4: not a product: StockCode POST is postage",
             "line 5: cancellation: invoice C536379",
             "line 7: no price: UnitPrice is 0",
             "line 8: invalid value: StockCode '85 123' is not a SKU",
             "line 9: invalid value: UnitPrice \"twelve\"",
             "line 10: malformed: has 5 fields, the header has 8",
             "line 11: malformed: the quote opening field 3 on line 11 is never closed",
             "Products (would be): 3 created, 0 updated, 0 unchanged.",
             "Categories (would be): 3 created.",
             "Dry run: nothing was changed.",
             "Customers (would be): 4 created, 0 unchanged.",
             "Orders (would be): 4 created, 0 unchanged.",
             "Invoices without a product line, not orders: 1 (536370).",
             "Cancellations: 1 invoices, 0 matched to an earlier order, 1 unmatched",
             "  C536379: customer 14527 has no order in the file",
         })
        EXPECT_TRUE(dry.out.contains(QString::fromUtf8(expected))) << expected << "\n" << dry.out.toStdString();
    EXPECT_FALSE(dry.err.contains(QStringLiteral("products\n"))) << "a dry run shows no progress";

    PgConnection sql(db.conninfo());
    EXPECT_EQ(count(sql, "SELECT count(*) FROM products"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM categories"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM users"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM orders"), 0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM retail_cancellations"), 0);

    // The report holds every rejected row as line,reason.
    QFile reportFile(report);
    ASSERT_TRUE(reportFile.open(QIODevice::ReadOnly));
    Backroom::Domain::CsvReader reader(reportFile.readAll());
    EXPECT_EQ(reader.next()->fields, (QStringList{QStringLiteral("line"), QStringLiteral("reason")}));
    QStringList lines;
    while (auto r = reader.next()) {
        ASSERT_TRUE(r->isValid()) << r->error.toStdString();
        ASSERT_EQ(r->fields.size(), 2);
        lines.append(r->fields[0]);
    }
    EXPECT_EQ(lines.join(u' '), QStringLiteral("4 5 7 8 9 10 11"));
}

TEST(ImportRetail, CreatesTheProductsOnceAndThenOnlyWhatChanged)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("retail.csv"));
    ASSERT_TRUE(write(file, fixture));
    const QStringList args{QStringLiteral("--database-url"), QString::fromUtf8(db.conninfo()), file};

    const CliRun first = importRetail(args);
    ASSERT_EQ(first.exitCode, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Products: 3 created, 0 updated, 0 unchanged.")))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Categories: 3 created."))) << first.out.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("import-retail: 3 of 3 products"))) << first.err.toStdString();

    PgConnection sql(db.conninfo());
    auto variants = sql.exec("SELECT v.sku, v.price_amount, v.currency, p.title, p.status, c.name FROM variants v "
                             "JOIN products p ON p.id = v.product_id JOIN categories c ON c.id = p.category_id "
                             "ORDER BY v.sku");
    ASSERT_TRUE(variants.has_value());
    ASSERT_EQ(variants->rows(), 3);
    EXPECT_EQ(variants->text(0, 0), QStringLiteral("71053"));
    EXPECT_EQ(variants->toInt64(0, 1), 339);
    EXPECT_EQ(variants->text(1, 0), QStringLiteral("82567"));
    EXPECT_EQ(variants->text(1, 3), QStringLiteral("AIRLINE LOUNGE,METAL SIGN"));
    EXPECT_EQ(variants->text(1, 5), QStringLiteral("Wall Art & Signs"));
    EXPECT_EQ(variants->text(2, 0), QStringLiteral("85123A"));
    EXPECT_EQ(variants->toInt64(2, 1), 265); // the most recent sale's price
    EXPECT_EQ(variants->text(2, 2), QStringLiteral("GBP"));
    EXPECT_EQ(variants->text(2, 4), QStringLiteral("active"));
    EXPECT_EQ(variants->text(2, 5), QStringLiteral("Candles & Lights"));
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'ProductCreated'"), 3);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log WHERE action = 'product.create'"), 3);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log WHERE action = 'category.create'"), 3);
    EXPECT_TRUE(first.out.contains(QStringLiteral("Customers: 4 created, 0 unchanged."))) << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Orders: 4 created, 0 unchanged."))) << first.out.toStdString();
    EXPECT_TRUE(first.err.contains(QStringLiteral("import-retail: 4 of 4 orders"))) << first.err.toStdString();
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'OrderPlaced'"), 4);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'OrderConfirmationRequested'"), 0);
    // Invoice 536365 has three product rows, one of them a day later: the invoice is dated by its first.
    auto order = sql.exec("SELECT o.status, o.email, o.customer_name, o.total_amount, o.country, "
                          "to_char(o.placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), u.name, u.password_hash IS NULL, "
                          "u.roles::text, u.profile->>'country_name' FROM orders o JOIN users u ON u.id = o.customer_id "
                          "WHERE o.source_reference = 'retail:536365'");
    ASSERT_TRUE(order.has_value());
    ASSERT_EQ(order->rows(), 1);
    EXPECT_EQ(order->text(0, 0), QStringLiteral("delivered"));
    EXPECT_EQ(order->text(0, 1), QStringLiteral("customer-17850@retail.example"));
    EXPECT_EQ(order->toInt64(0, 3), 6 * 255 + 6 * 339 + 6 * 265);
    EXPECT_EQ(order->text(0, 4), QStringLiteral("GB"));
    EXPECT_EQ(order->text(0, 5), QStringLiteral("2010-12-01 08:26:00"));
    EXPECT_EQ(order->text(0, 6), QStringLiteral("Customer 17850"));
    EXPECT_EQ(order->text(0, 7), QStringLiteral("t")) << "an imported customer has no password";
    EXPECT_EQ(order->text(0, 8), QStringLiteral("{customer}"));
    EXPECT_EQ(order->text(0, 9), QStringLiteral("United Kingdom"));
    EXPECT_EQ(count(sql, "SELECT count(*) FROM orders WHERE customer_id IS NULL AND email = 'guest-536414@retail.example'"), 1);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM retail_cancellations WHERE invoice_no = 'C536379' AND order_id IS NULL"), 1);

    // The same file again: nothing written, no event, no audit entry.
    const qint64 outbox = count(sql, "SELECT count(*) FROM outbox");
    const qint64 audit = count(sql, "SELECT count(*) FROM audit_log");
    const CliRun again = importRetail(args);
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Products: 0 created, 0 updated, 3 unchanged.")))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Categories: 0 created."))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Customers: 0 created, 4 unchanged."))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("Orders: 0 created, 4 unchanged."))) << again.out.toStdString();
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox"), outbox);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log"), audit);
    EXPECT_EQ(count(sql, "SELECT max(version) FROM products"), 1);

    // What `make run` does on every start: nothing once the catalog holds products.
    const CliRun demo = importRetail(QStringList{QStringLiteral("--if-empty")} + args);
    EXPECT_EQ(demo.exitCode, 0);
    EXPECT_TRUE(demo.out.contains(QStringLiteral("nothing was imported (--if-empty)"))) << demo.out.toStdString();

    // A later price in the file updates that one product.
    ASSERT_TRUE(write(file, QByteArray(fixture).replace("2010-12-02 08:26:00,2.65", "2010-12-02 08:26:00,2.75")));
    const CliRun changed = importRetail(args);
    ASSERT_EQ(changed.exitCode, 0) << changed.out.toStdString() << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(QStringLiteral("Products: 0 created, 1 updated, 2 unchanged.")))
        << changed.out.toStdString();
    EXPECT_EQ(count(sql, "SELECT price_amount FROM variants WHERE sku = '85123A'"), 275);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'ProductUpdated'"), 1);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log WHERE action = 'product.update'"), 1);
}

// Customer 13047's order and its three cancellations: two of them the order holds; the second asks more money
// back (a higher price) than remains of what the order captured, so it is refused and reported as unmatched.
const QByteArray cancellationsFixture =
    "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\r\n"
    "536500,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-03 10:00:00,2.55,13047.0,United Kingdom\r\n"
    "536500,71053,WHITE METAL LANTERN,6,2010-12-03 10:00:00,3.39,13047.0,United Kingdom\r\n"
    "536500,POST,POSTAGE,1,2010-12-03 10:00:00,5.00,13047.0,United Kingdom\r\n"
    "C536501,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-03 11:00:00,2.55,13047.0,United Kingdom\r\n"
    "C536501,POST,POSTAGE,-1,2010-12-03 11:00:00,5.00,13047.0,United Kingdom\r\n"
    "C536502,71053,WHITE METAL LANTERN,-6,2010-12-04 12:00:00,9.99,13047.0,United Kingdom\r\n"
    "C536503,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-4,2010-12-05 13:00:00,2.55,13047.0,United Kingdom\r\n";

TEST(ImportRetail, TurnsMatchedCancellationsIntoRefundsOfTheirOrders)
{
    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("retail.csv"));
    ASSERT_TRUE(write(file, cancellationsFixture));
    const QStringList args{QStringLiteral("--database-url"), QString::fromUtf8(db.conninfo()), file};

    const CliRun dry = importRetail(QStringList{QStringLiteral("--dry-run")} + args);
    ASSERT_EQ(dry.exitCode, 0) << dry.out.toStdString() << dry.err.toStdString();
    EXPECT_EQ(numbersOf(dry.out, QStringLiteral("Refunds of matched cancellations")), (QList<qint64>{3, 0, 0}))
        << dry.out.toStdString();

    const CliRun first = importRetail(args);
    ASSERT_EQ(first.exitCode, 0) << first.out.toStdString() << first.err.toStdString();
    EXPECT_EQ(numbersOf(first.out, QStringLiteral("Refunds of matched cancellations")), (QList<qint64>{2, 0, 1}))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("Cancellations: 3 invoices, 2 matched to an earlier order, 1 unmatched")))
        << first.out.toStdString();
    EXPECT_TRUE(first.out.contains(QStringLiteral("  C536502: not refunded from the order of invoice 536500")))
        << first.out.toStdString();

    PgConnection sql(db.conninfo());
    // Paid outside this server: the import captured the order's total, and the refunds came out of it.
    auto payment = sql.exec("SELECT p.captured_amount, p.refunded_amount, p.pending_amount, o.total_amount, o.id FROM order_payments p "
                            "JOIN orders o ON o.id = p.order_id WHERE o.source_reference = 'retail:536500'");
    ASSERT_TRUE(payment.has_value());
    ASSERT_EQ(payment->rows(), 1);
    EXPECT_EQ(payment->toInt64(0, 3), 6 * 255 + 6 * 339 + 500);
    EXPECT_EQ(payment->toInt64(0, 0), payment->toInt64(0, 3));
    EXPECT_EQ(payment->toInt64(0, 1), (2 * 255 + 500) + 4 * 255);
    EXPECT_EQ(payment->toInt64(0, 2), 0);
    const QByteArray orderId = payment->value(0, 4).toByteArray();

    auto refunds = sql.exec("SELECT r.kind, r.status, r.step, r.amount, r.shipping_amount, r.charge_id, r.reason, "
                            "to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), c.invoice_no, "
                            "(SELECT string_agg(l.line || ':' || l.sku || 'x' || l.quantity || '=' || l.amount, ',' ORDER BY l.line) "
                            " FROM refund_lines l WHERE l.refund_id = r.id) "
                            "FROM refunds r JOIN retail_cancellations c ON c.refund_id = r.id WHERE r.order_id = $1 ORDER BY r.id",
                            {orderId});
    ASSERT_TRUE(refunds.has_value());
    ASSERT_EQ(refunds->rows(), 2);
    EXPECT_EQ(refunds->text(0, 0), QStringLiteral("import"));
    EXPECT_EQ(refunds->text(0, 1), QStringLiteral("succeeded"));
    EXPECT_EQ(refunds->text(0, 2), QStringLiteral("done"));
    EXPECT_EQ(refunds->toInt64(0, 3), 2 * 255 + 500);
    EXPECT_EQ(refunds->toInt64(0, 4), 500);
    EXPECT_EQ(refunds->text(0, 5), QString()) << "never sent to a provider";
    EXPECT_EQ(refunds->text(0, 6), QStringLiteral("customer_request"));
    EXPECT_EQ(refunds->text(0, 7), QStringLiteral("2010-12-03 11:00:00"));
    EXPECT_EQ(refunds->text(0, 8), QStringLiteral("C536501"));
    EXPECT_EQ(refunds->text(0, 9), QStringLiteral("0:85123Ax2=510"));
    EXPECT_EQ(refunds->toInt64(1, 3), 4 * 255);
    EXPECT_EQ(refunds->text(1, 7), QStringLiteral("2010-12-05 13:00:00"));
    EXPECT_EQ(refunds->text(1, 8), QStringLiteral("C536503"));
    EXPECT_EQ(refunds->text(1, 9), QStringLiteral("0:85123Ax4=1020"));
    EXPECT_EQ(count(sql, "SELECT count(*) FROM refund_lines WHERE restocked OR restock_warehouse IS NOT NULL"), 0);

    auto refused = sql.exec("SELECT order_id IS NULL, refund_id IS NULL, unmatched_reason FROM retail_cancellations "
                            "WHERE invoice_no = 'C536502'");
    ASSERT_TRUE(refused.has_value());
    ASSERT_EQ(refused->rows(), 1);
    EXPECT_EQ(refused->text(0, 0), QStringLiteral("t"));
    EXPECT_EQ(refused->text(0, 1), QStringLiteral("t"));
    EXPECT_TRUE(refused->text(0, 2).contains(QStringLiteral("more than the 30.54 GBP that remains"))) << refused->text(0, 2).toStdString();

    // Each refund on the order's timeline at its day, and issued as the refunds service issues one.
    auto timeline = sql.exec("SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM order_events "
                             "WHERE order_id = $1 AND type = 'refund' ORDER BY occurred_at",
                             {orderId});
    ASSERT_TRUE(timeline.has_value());
    ASSERT_EQ(timeline->rows(), 2);
    EXPECT_EQ(timeline->text(0, 0), QStringLiteral("2010-12-03 11:00:00"));
    EXPECT_EQ(timeline->text(1, 0), QStringLiteral("2010-12-05 13:00:00"));
    auto issued = sql.exec("SELECT payload FROM outbox WHERE event_type = 'RefundIssued' ORDER BY id");
    ASSERT_TRUE(issued.has_value());
    ASSERT_EQ(issued->rows(), 2);
    const QJsonObject event = QJsonDocument::fromJson(issued->value(0, 0).toByteArray()).object();
    EXPECT_EQ(event.value(QStringLiteral("order_id")).toString(), QString::fromLatin1(orderId));
    EXPECT_EQ(event.value(QStringLiteral("amount")).toObject().value(QStringLiteral("amount")).toInteger(), 2 * 255 + 500);
    EXPECT_EQ(event.value(QStringLiteral("shipping")).toObject().value(QStringLiteral("amount")).toInteger(), 500);
    EXPECT_EQ(event.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
    EXPECT_TRUE(event.value(QStringLiteral("created_at")).toString().startsWith(QStringLiteral("2010-12-03T11:00:00")))
        << event.value(QStringLiteral("created_at")).toString().toStdString();
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'RefundRequested'"), 0);

    // Again: nothing refunded twice, the refused one stays unmatched.
    const qint64 outbox = count(sql, "SELECT count(*) FROM outbox");
    const CliRun again = importRetail(args);
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_EQ(numbersOf(again.out, QStringLiteral("Refunds of matched cancellations")), (QList<qint64>{0, 2, 0}))
        << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("2 matched to an earlier order, 1 unmatched"))) << again.out.toStdString();
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox"), outbox);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM refunds"), 2);
    EXPECT_EQ(count(sql, "SELECT refunded_amount FROM order_payments p JOIN orders o ON o.id = p.order_id "
                         "WHERE o.source_reference = 'retail:536500'"),
              (2 * 255 + 500) + 4 * 255);
}

TEST(ImportRetail, RefusesBadUsageAndUnusableFiles)
{
    EXPECT_EQ(importRetail({}).exitCode, 2);
    const CliRun extra = importRetail({QStringLiteral("a.csv"), QStringLiteral("b.csv")});
    EXPECT_EQ(extra.exitCode, 2);
    EXPECT_TRUE(extra.err.contains(QStringLiteral("Unexpected argument 'b.csv'"))) << extra.err.toStdString();
    EXPECT_EQ(importRetail({QStringLiteral("--bogus"), QStringLiteral("a.csv")}).exitCode, 2);
    const CliRun help = importRetail({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("--dry-run"))) << help.out.toStdString();

    TestDatabase db;
    ASSERT_TRUE(db.isValid()) << db.error().toStdString();
    QTemporaryDir dir;
    const QString url = QString::fromUtf8(db.conninfo());
    const CliRun missing =
        importRetail({QStringLiteral("--database-url"), url, dir.filePath(QStringLiteral("nope.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Cannot read"))) << missing.err.toStdString();

    const QString wrong = dir.filePath(QStringLiteral("wrong.csv"));
    ASSERT_TRUE(write(wrong, "sku,title\nA,B\n"));
    const CliRun columns = importRetail({QStringLiteral("--database-url"), url, wrong});
    EXPECT_EQ(columns.exitCode, 1);
    EXPECT_TRUE(columns.err.contains(QStringLiteral("missing: InvoiceNo, StockCode"))) << columns.err.toStdString();

    const QString corrupt = dir.filePath(QStringLiteral("corrupt.csv.gz"));
    ASSERT_TRUE(write(corrupt, QByteArray("\x1f\x8b\x08\x00garbage", 11)));
    const CliRun gz = importRetail({QStringLiteral("--database-url"), url, corrupt});
    EXPECT_EQ(gz.exitCode, 1);
    EXPECT_TRUE(gz.err.contains(QStringLiteral("not a readable gzip file"))) << gz.err.toStdString();
}

TEST(ImportRetail, ImportsTheDemoDataSetWhileTheServerRuns)
{
    TestServer server;
    ASSERT_TRUE(server.start()) << server.output().toStdString();
    const QString demo = QStringLiteral(BACKROOM_SOURCE_DIR "/resources/demo/online-retail-2010-12.csv.gz");
    QElapsedTimer clock;
    clock.start();
    const CliRun run =
        importRetail({QStringLiteral("--database-url"), QString::fromUtf8(server.database()->conninfo()), demo});
    const qint64 ms = clock.elapsed();
    ASSERT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();

    const QList<qint64> rows = numbersOf(run.out, QStringLiteral("Rows:"));
    const QList<qint64> products = numbersOf(run.out, QStringLiteral("Products:"));
    const QList<qint64> categories = numbersOf(run.out, QStringLiteral("Categories:"));
    ASSERT_EQ(rows.size(), 3) << run.out.toStdString();
    ASSERT_EQ(products.size(), 3) << run.out.toStdString();
    ASSERT_EQ(categories.size(), 1) << run.out.toStdString();
    std::printf("demo import: %lld rows read, %lld used, %lld rejected; %lld products, %lld categories; %lld ms\n",
                rows[0], rows[1], rows[2], products[0], categories[0], ms);
    EXPECT_EQ(rows[0], 42481);
    EXPECT_EQ(rows[0], rows[1] + rows[2]);
    EXPECT_GT(products[0], 2500); // one per stock code: about 2,700 in December 2010
    EXPECT_LT(products[0], 3000);
    EXPECT_GE(categories[0], 15);

    PgConnection sql(server.database()->conninfo());
    EXPECT_EQ(count(sql, "SELECT count(*) FROM products WHERE status = 'active'"), products[0]);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM variants WHERE upper(sku) IN ('POST', 'DOT', 'M', 'D', 'AMAZONFEE')"),
              0);
    // Few products land in the catch-all category.
    EXPECT_LT(count(sql, "SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id "
                         "WHERE c.name = 'Other'"),
              products[0] / 10);

    // The history, checked against the file itself with this test's own reading of the definitions.
    const DemoHistory expected = demoHistory(demo);
    ASSERT_GT(expected.orders, 1000);
    const QList<qint64> customers = numbersOf(run.out, QStringLiteral("Customers:"));
    const QList<qint64> orders = numbersOf(run.out, QStringLiteral("Orders:"));
    ASSERT_EQ(customers.size(), 2) << run.out.toStdString();
    ASSERT_EQ(orders.size(), 2) << run.out.toStdString();
    EXPECT_EQ(customers[0], expected.customers);
    EXPECT_EQ(orders[0], expected.orders);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM users WHERE 'customer' = ANY (roles) AND email LIKE 'customer-%@retail.example'"),
              expected.customers);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM orders WHERE source_reference LIKE 'retail:%' AND status = 'delivered'"),
              expected.orders);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'OrderPlaced'"), expected.orders);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM retail_cancellations"), expected.cancellations);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM orders WHERE total_amount <> subtotal_amount - discount_amount + "
                         "shipping_amount + fees_amount"),
              0);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM orders o WHERE subtotal_amount <> "
                         "(SELECT sum(total_amount) FROM order_lines l WHERE l.order_id = o.id)"),
              0);
    const QList<qint64> cancellations = numbersOf(run.out, QStringLiteral("Cancellations:"));
    ASSERT_GE(cancellations.size(), 3) << run.out.toStdString();
    std::printf("demo history: %lld customers, %lld orders, %lld cancellations of which %lld matched\n", customers[0],
                orders[0], cancellations[0], cancellations[1]);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM retail_cancellations WHERE order_id IS NOT NULL"), cancellations[1]);

    // Line by line: the first invoice, invoices with postage, and a spread of others.
    QStringList checked = {QStringLiteral("536365")};
    for (qsizetype i = 1; i < expected.invoiceOrder.size(); i += expected.invoiceOrder.size() / 7)
        checked.append(expected.invoiceOrder[i]);
    checked.append(expected.withPostage.mid(0, 2));
    for (const QString &invoice : std::as_const(checked)) {
        auto lines = sql.exec("SELECT l.sku, l.quantity, l.total_amount, o.shipping_amount FROM order_lines l "
                              "JOIN orders o ON o.id = l.order_id WHERE o.source_reference = $1 ORDER BY l.line",
                              {(QStringLiteral("retail:") + invoice).toUtf8()});
        ASSERT_TRUE(lines.has_value());
        const QList<DemoLine> want = expected.lines.value(invoice);
        ASSERT_EQ(lines->rows(), want.size()) << invoice.toStdString();
        for (int i = 0; i < lines->rows(); ++i) {
            EXPECT_EQ(lines->text(i, 0), want[i].sku) << invoice.toStdString() << " line " << i;
            EXPECT_EQ(lines->toInt64(i, 1), want[i].quantity) << invoice.toStdString() << " line " << i;
            EXPECT_EQ(lines->toInt64(i, 2), want[i].amount) << invoice.toStdString() << " line " << i;
            EXPECT_EQ(lines->toInt64(i, 3), expected.shipping.value(invoice)) << invoice.toStdString();
        }
    }

    // Gross sales per day from the orders equal the file's, to the penny.
    auto daily = sql.exec("SELECT to_char(o.placed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), sum(l.total_amount) FROM orders o "
                          "JOIN order_lines l ON l.order_id = o.id WHERE o.source_reference LIKE 'retail:%' GROUP BY 1 ORDER BY 1");
    ASSERT_TRUE(daily.has_value());
    QMap<QString, qint64> fromOrders;
    for (int i = 0; i < daily->rows(); ++i)
        fromOrders.insert(daily->text(i, 0), daily->toInt64(i, 1));
    EXPECT_EQ(fromOrders, expected.dailyGross);
    EXPECT_GE(fromOrders.size(), 20);

    // Every matched cancellation became a refund; none was refused in this month.
    const QList<qint64> refunds = numbersOf(run.out, QStringLiteral("Refunds of matched cancellations"));
    ASSERT_EQ(refunds.size(), 3) << run.out.toStdString();
    std::printf("demo refunds: %lld issued, %lld refused\n", refunds[0], refunds[2]);
    EXPECT_EQ(refunds[0], cancellations[1]);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM refunds WHERE kind = 'import' AND status = 'succeeded'"), refunds[0]);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox WHERE event_type = 'RefundIssued'"), refunds[0]);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM order_payments WHERE refunded_amount + pending_amount > captured_amount"), 0);

    // The reports, once the running server's projection has applied every event, say what the file says.
    QElapsedTimer waited;
    waited.start();
    qint64 unapplied = -1;
    while (waited.elapsed() < 240000) {
        auto left = sql.exec("SELECT count(*) FROM outbox o WHERE o.event_type = ANY($1::text[]) "
                             "AND NOT EXISTS (SELECT 1 FROM report_events e WHERE e.id = o.id)",
                             {Backroom::Server::textArrayParam(Backroom::Server::ReportsProjection::eventTypes())});
        unapplied = left ? left->toInt64(0, 0) : -1;
        if (unapplied == 0)
            break;
        QThread::msleep(100);
    }
    ASSERT_EQ(unapplied, 0) << "report events were not applied";
    auto reported = Backroom::Server::ReportService::dailyGross(sql, QStringLiteral("GBP"), QDate(2010, 12, 1), QDate(2010, 12, 31));
    ASSERT_TRUE(reported.has_value());
    QMap<QString, qint64> fromReports;
    for (auto it = reported->cbegin(); it != reported->cend(); ++it)
        fromReports.insert(it.key().toString(Qt::ISODate), it.value());
    EXPECT_EQ(fromReports, expected.dailyGross);

    // The refunds report's total for the month: the goods of the refunded cancellations, from the file's lines.
    auto refunded = sql.exec("SELECT invoice_no, discount_amount, fees_amount FROM retail_cancellations WHERE refund_id IS NOT NULL");
    ASSERT_TRUE(refunded.has_value());
    ASSERT_EQ(refunded->rows(), refunds[0]);
    qint64 goods = 0;
    for (int i = 0; i < refunded->rows(); ++i)
        goods += expected.cancelledGoods.value(refunded->text(i, 0)) - refunded->toInt64(i, 1) + refunded->toInt64(i, 2);
    Backroom::Server::Database pool(server.database()->conninfo());
    Backroom::Server::ReportService reports(pool, {});
    auto month = reports.refunds({QDate(2010, 12, 1), QDate(2010, 12, 31), Backroom::Domain::ReportInterval::Day},
                                 QStringLiteral("GBP"));
    ASSERT_TRUE(month.has_value()) << month.error().message.toStdString();
    const QJsonObject totals = month->extra.value(QStringLiteral("totals")).toObject();
    std::printf("demo refunds report: %lld refunds, %lld pence\n", qint64(totals.value(QStringLiteral("refunds")).toInteger()),
                qint64(totals.value(QStringLiteral("amount")).toInteger()));
    EXPECT_GT(goods, 0);
    EXPECT_EQ(totals.value(QStringLiteral("amount")).toInteger(), goods);
    EXPECT_EQ(totals.value(QStringLiteral("refunds")).toInteger(), refunds[0]);

    // Imported refunds mail nobody: once the notifications consumer is past every RefundIssued, none was queued.
    waited.restart();
    qint64 unseen = -1;
    while (waited.elapsed() < 120000) {
        unseen = count(sql, "SELECT count(*) FROM outbox o WHERE o.event_type = 'RefundIssued' AND o.id > "
                            "(SELECT coalesce(max(floor), 0) FROM outbox_consumers WHERE consumer = 'notifications') "
                            "AND NOT EXISTS (SELECT 1 FROM outbox_streams s WHERE s.consumer = 'notifications' "
                            "AND s.aggregate_type = o.aggregate_type AND s.aggregate_id = o.aggregate_id "
                            "AND s.last_event_id >= o.id)");
        if (unseen == 0)
            break;
        QThread::msleep(100);
    }
    ASSERT_EQ(unseen, 0) << "the notifications consumer did not see every RefundIssued";
    EXPECT_EQ(count(sql, "SELECT count(*) FROM notifications WHERE event_type = 'RefundIssued'"), 0);

    // Again: nothing new, not an event, not an audit entry.
    const qint64 outbox = count(sql, "SELECT count(*) FROM outbox");
    const qint64 audit = count(sql, "SELECT count(*) FROM audit_log");
    const CliRun again =
        importRetail({QStringLiteral("--database-url"), QString::fromUtf8(server.database()->conninfo()), demo});
    ASSERT_EQ(again.exitCode, 0) << again.out.toStdString() << again.err.toStdString();
    EXPECT_EQ(numbersOf(again.out, QStringLiteral("Customers:")), (QList<qint64>{0, expected.customers}));
    EXPECT_EQ(numbersOf(again.out, QStringLiteral("Orders:")), (QList<qint64>{0, expected.orders}));
    EXPECT_EQ(count(sql, "SELECT count(*) FROM outbox"), outbox);
    EXPECT_EQ(count(sql, "SELECT count(*) FROM audit_log"), audit);

    // The running server serves what the command wrote.
    auto id = sql.exec("SELECT product_id FROM variants WHERE sku = '85123A'");
    ASSERT_TRUE(id.has_value());
    ASSERT_EQ(id->rows(), 1);
    auto r = RawHttp::request(quint16(server.url().port()), "GET", "/api/v1/products/" + id->value(0, 0).toByteArray());
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->status, 200) << r->body.constData();
    EXPECT_TRUE(r->body.contains("WHITE HANGING HEART T-LIGHT HOLDER")) << r->body.constData();
}
