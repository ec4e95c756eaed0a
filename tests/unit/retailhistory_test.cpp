// SPDX-License-Identifier: MIT
#include "domain/retailhistory.h"
#include "tests/support/printers.h"

#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
const QByteArray header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

RetailHistoryPlan plan(const QByteArray &rows)
{
    CsvReader reader(header + rows);
    auto planned = planRetailHistory(reader);
    EXPECT_TRUE(planned.has_value()) << (planned ? "" : planned.error().message.toStdString());
    return planned.value_or(RetailHistoryPlan());
}

RetailInvoice invoice(const QString &no, const QString &customer, const QString &at,
                      const QList<std::pair<QString, qint64>> &lines)
{
    RetailInvoice i;
    i.invoiceNo = no;
    i.customerId = customer;
    i.placedAt = QDateTime::fromString(at, Qt::ISODate);
    i.cancellation = no.startsWith(u'C');
    for (const auto &[sku, quantity] : lines)
        i.lines.append({0, sku, sku, quantity, 100, 100 * quantity});
    return i;
}
} // namespace

TEST(RetailHistory, ClassifiesStockCodesByTheSharedDefinitions)
{
    for (const char *code : {"85123A", "22423", "10002", "DCGS0003", "dcgs0070", "DCGSSBOY"})
        EXPECT_EQ(retailLineKind(QString::fromLatin1(code)), RetailLineKind::Product) << code;
    for (const char *code : {"POST", "DOT", "C2", "post"})
        EXPECT_EQ(retailLineKind(QString::fromLatin1(code)), RetailLineKind::Shipping) << code;
    EXPECT_EQ(retailLineKind(u"D"), RetailLineKind::Discount);
    for (const char *code : {"M", "m", "BANK CHARGES", "AMAZONFEE", "S"})
        EXPECT_EQ(retailLineKind(QString::fromLatin1(code)), RetailLineKind::Fee) << code;
    for (const char *code : {"gift_0001_40", "GIFT_0001_10"})
        EXPECT_EQ(retailLineKind(QString::fromLatin1(code)), RetailLineKind::Voucher) << code;
    for (const char *code : {"B", "CRUK", "PADS", ""})
        EXPECT_EQ(retailLineKind(QString::fromLatin1(code)), RetailLineKind::Other) << code;
}

TEST(RetailHistory, RoundsEachLineToThePennyHalvesAwayFromZero)
{
    EXPECT_EQ(retailPriceMicros(u"2.55"), 2550000);
    EXPECT_EQ(retailPriceMicros(u"0.165"), 165000);
    EXPECT_EQ(retailPriceMicros(u"2.1"), 2100000);
    EXPECT_EQ(retailPriceMicros(u"0.0"), 0);
    EXPECT_EQ(retailPriceMicros(u"-11062.06"), -11062060000);
    EXPECT_EQ(retailPriceMicros(u"1.2500000"), 1250000);
    EXPECT_EQ(retailPriceMicros(u"twelve"), std::nullopt);
    EXPECT_EQ(retailPriceMicros(u"1.2345678"), std::nullopt);
    EXPECT_EQ(retailPriceMicros(u"."), std::nullopt);
    EXPECT_EQ(retailPriceMicros(u""), std::nullopt);

    EXPECT_EQ(retailLineAmount(6, 2550000), 1530);
    EXPECT_EQ(retailLineAmount(3, 165000), 50);   // 49.5 pence
    EXPECT_EQ(retailLineAmount(1, 165000), 17);   // 16.5 pence
    EXPECT_EQ(retailLineAmount(-3, 165000), -50); // a cancellation rounds the same way, mirrored
    EXPECT_EQ(retailLineAmount(2, 1234000), 247); // 246.8
    EXPECT_EQ(retailLineAmount(0, 1234000), 0);
}

TEST(RetailHistory, ReadsCustomersCountriesAndAddresses)
{
    EXPECT_EQ(retailCustomerId(u"17850.0"), QStringLiteral("17850"));
    EXPECT_EQ(retailCustomerId(u" 12583 "), QStringLiteral("12583"));
    EXPECT_EQ(retailCustomerId(u""), std::nullopt);
    EXPECT_EQ(retailCustomerId(u"12.5"), std::nullopt);
    EXPECT_EQ(retailCustomerId(u"abc"), std::nullopt);
    EXPECT_EQ(retailCountryCode(u"United Kingdom"), QStringLiteral("GB"));
    EXPECT_EQ(retailCountryCode(u"EIRE"), QStringLiteral("IE"));
    EXPECT_EQ(retailCountryCode(u"RSA"), QStringLiteral("ZA"));
    EXPECT_EQ(retailCountryCode(u"Channel Islands"), QStringLiteral("ZZ"));
    EXPECT_EQ(retailCountryCode(u"Unspecified"), QStringLiteral("ZZ"));
    EXPECT_EQ(retailCustomerEmail(QStringLiteral("12583")), QStringLiteral("customer-12583@retail.example"));
    EXPECT_EQ(retailGuestEmail(QStringLiteral("536414")), QStringLiteral("guest-536414@retail.example"));
}

TEST(RetailHistory, MakesOneOrderPerInvoiceWithShippingDiscountAndFeesBesideTheLines)
{
    const RetailHistoryPlan p = plan("536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
                                     "536370,22728,ALARM CLOCK BAKELIKE PINK,24,2010-12-01 08:45:00,3.75,12583.0,France\n"
                                     "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom\n"
                                     "536370,POST,POSTAGE,3,2010-12-01 08:45:00,18.0,12583.0,France\n"
                                     "536370,M,Manual,1,2010-12-01 08:45:00,0.5,12583.0,France\n"
                                     "536370,D,Discount,-1,2010-12-01 08:45:00,4.0,12583.0,France\n"
                                     "536370,gift_0001_40,Dotcomgiftshop Gift Voucher £40.00,1,2010-12-01 08:45:00,34.04,12583.0,France\n"
                                     "536371,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom\n"
                                     "536372,POST,POSTAGE,1,2010-12-01 11:53:00,15.0,12583.0,France\n"
                                     "536373,21275,,-30,2010-12-01 11:54:00,0,,United Kingdom\n"
                                     "536374,21275,ZINC TOP,-3,2010-12-01 11:55:00,2.0,,United Kingdom\n"
                                     "536375,21275,ZINC TOP,x,2010-12-01 11:55:00,2.0,,United Kingdom\n"
                                     "536376,21275,ZINC TOP,1,2010-12-01 11:55:00,2.0\n");
    EXPECT_EQ(p.rowsRead, 13);
    ASSERT_EQ(p.orders.size(), 3);
    const RetailInvoice &first = p.orders[0];
    EXPECT_EQ(first.invoiceNo, QStringLiteral("536365"));
    EXPECT_EQ(first.customerId, QStringLiteral("17850"));
    EXPECT_EQ(first.country, QStringLiteral("GB"));
    EXPECT_EQ(first.placedAt, QDateTime(QDate(2010, 12, 1), QTime(8, 26), Qt::UTC));
    ASSERT_EQ(first.lines.size(), 2);
    EXPECT_EQ(first.lines[0].sku, QStringLiteral("85123A"));
    EXPECT_EQ(first.lines[0].quantity, 6);
    EXPECT_EQ(first.lines[0].unitAmount, 255);
    EXPECT_EQ(first.lines[0].amount, 1530);
    EXPECT_EQ(first.lines[1].line, 4);
    EXPECT_EQ(first.subtotal(), 1530 + 2034);
    EXPECT_EQ(first.total(), first.subtotal());

    const RetailInvoice &second = p.orders[1];
    EXPECT_EQ(second.country, QStringLiteral("FR"));
    ASSERT_EQ(second.lines.size(), 1); // the voucher is not a sale
    EXPECT_EQ(second.subtotal(), 9000);
    EXPECT_EQ(second.shipping, 5400);
    EXPECT_EQ(second.fees, 50);
    EXPECT_EQ(second.discount, 400);
    EXPECT_EQ(second.total(), 9000 + 5400 + 50 - 400);

    // A line at price 0 is a product line worth 0; a row without a description is titled by its SKU.
    const RetailInvoice &free = p.orders[2];
    EXPECT_EQ(free.invoiceNo, QStringLiteral("536371"));
    EXPECT_TRUE(free.customerId.isEmpty());
    EXPECT_EQ(free.lines.value(0).title, QStringLiteral("22139"));
    EXPECT_EQ(free.total(), 0);

    EXPECT_EQ(p.vouchers, 1);
    EXPECT_EQ(p.writeOffs, 1);
    EXPECT_EQ(p.invoicesWithoutProducts, (QStringList{QStringLiteral("536372"), QStringLiteral("536373")}));
    ASSERT_EQ(p.customers.size(), 2);
    EXPECT_EQ(p.customers[1].id, QStringLiteral("12583"));
    EXPECT_EQ(p.customers[1].countryName, QStringLiteral("France"));
    EXPECT_EQ(p.customers[1].name(), QStringLiteral("Customer 12583"));

    QList<qsizetype> rejected;
    for (const RetailRejectedRow &r : p.rejected)
        rejected.append(r.line);
    EXPECT_EQ(rejected, (QList<qsizetype>{12, 13, 14})) << "negative sale, bad quantity, short row";
}

TEST(RetailHistory, MatchesCancellationsToTheLatestEarlierOrderThatHoldsTheirLines)
{
    const QList<RetailInvoice> orders = {
        invoice(QStringLiteral("1"), QStringLiteral("7"), QStringLiteral("2010-12-01T10:00:00Z"), {{QStringLiteral("A"), 5}, {QStringLiteral("B"), 1}}),
        invoice(QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("2010-12-02T10:00:00Z"), {{QStringLiteral("A"), 2}}),
        invoice(QStringLiteral("3"), QStringLiteral("7"), QStringLiteral("2010-12-05T10:00:00Z"), {{QStringLiteral("A"), 9}}),
        invoice(QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("2010-12-01T10:00:00Z"), {{QStringLiteral("C"), 1}}),
    };
    QList<RetailInvoice> cancellations = {
        invoice(QStringLiteral("C10"), QStringLiteral("7"), QStringLiteral("2010-12-03T10:00:00Z"), {{QStringLiteral("a"), 2}}),
        invoice(QStringLiteral("C11"), QStringLiteral("7"), QStringLiteral("2010-12-03T11:00:00Z"), {{QStringLiteral("A"), 1}}),
        invoice(QStringLiteral("C12"), QStringLiteral("7"), QStringLiteral("2010-12-03T12:00:00Z"), {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 1}}),
        invoice(QStringLiteral("C13"), QStringLiteral("7"), QStringLiteral("2010-12-03T13:00:00Z"), {{QStringLiteral("B"), 1}}),
        invoice(QStringLiteral("C14"), QString(), QStringLiteral("2010-12-03T13:00:00Z"), {{QStringLiteral("A"), 1}}),
        invoice(QStringLiteral("C15"), QStringLiteral("8"), QStringLiteral("2010-12-03T13:00:00Z"), {}),
        invoice(QStringLiteral("C16"), QStringLiteral("9"), QStringLiteral("2010-12-03T13:00:00Z"), {{QStringLiteral("A"), 1}}),
    };
    // Listed out of time order: C09 comes first in time and takes order 2's two units of A.
    cancellations.append(invoice(QStringLiteral("C09"), QStringLiteral("7"), QStringLiteral("2010-12-02T12:00:00Z"), {{QStringLiteral("A"), 2}}));

    const QList<RetailCancellationMatch> m = matchRetailCancellations(orders, cancellations);
    ASSERT_EQ(m.size(), cancellations.size());
    EXPECT_EQ(m[7].invoiceNo, QStringLiteral("C09"));
    EXPECT_EQ(m[7].orderInvoice, QStringLiteral("2"));
    EXPECT_EQ(m[0].orderInvoice, QStringLiteral("1")) << "order 2 is used up; order 3 is later";
    EXPECT_EQ(m[1].orderInvoice, QStringLiteral("1"));
    EXPECT_EQ(m[2].orderInvoice, QStringLiteral("1"));
    EXPECT_TRUE(m[3].orderInvoice.isEmpty()) << "B went back with C12";
    EXPECT_TRUE(m[3].reason.contains(QStringLiteral("no earlier order"))) << m[3].reason.toStdString();
    EXPECT_TRUE(m[4].reason.contains(QStringLiteral("guest"))) << m[4].reason.toStdString();
    EXPECT_TRUE(m[5].reason.contains(QStringLiteral("no product lines"))) << m[5].reason.toStdString();
    EXPECT_TRUE(m[6].reason.contains(QStringLiteral("no order in the file"))) << m[6].reason.toStdString();
    for (const RetailCancellationMatch &match : m)
        EXPECT_NE(match.orderInvoice.isEmpty(), match.reason.isEmpty()) << match.invoiceNo.toStdString();
}

TEST(RetailHistory, PlansCancellationsWithPositiveAmountsAndTheirMatch)
{
    const RetailHistoryPlan p = plan("536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n"
                                     "C536379,85123A,HEART,-2,2010-12-01 09:41:00,2.55,17850.0,United Kingdom\n"
                                     "C536379,POST,POSTAGE,-1,2010-12-01 09:41:00,5.0,17850.0,United Kingdom\n"
                                     "C536380,D,Discount,-1,2010-12-01 09:45:00,27.5,14527.0,United Kingdom\n");
    ASSERT_EQ(p.cancellations.size(), 2);
    EXPECT_TRUE(p.cancellations[0].cancellation);
    EXPECT_EQ(p.cancellations[0].lines.value(0).quantity, 2);
    EXPECT_EQ(p.cancellations[0].lines.value(0).amount, 510);
    EXPECT_EQ(p.cancellations[0].shipping, 500);
    EXPECT_EQ(p.cancellations[1].discount, 2750);
    ASSERT_EQ(p.matches.size(), 2);
    EXPECT_EQ(p.matches[0].orderInvoice, QStringLiteral("536365"));
    EXPECT_TRUE(p.matches[1].orderInvoice.isEmpty());
    EXPECT_EQ(p.matchedCancellations(), 1);
    EXPECT_EQ(p.customers.size(), 2) << "a customer known only from a cancellation is a customer";
}

TEST(RetailHistory, RefusesAFileWithoutTheNeededColumns)
{
    CsvReader reader("sku,title\nA,B\n");
    EXPECT_FALSE(planRetailHistory(reader).has_value());
    CsvReader empty("");
    EXPECT_FALSE(planRetailHistory(empty).has_value());
}
