// SPDX-License-Identifier: MIT
#include "ordertestsupport.h"

#include "ui/createshipmentdialog.h"
#include "ui/eventfeed.h"
#include "ui/orderdetaildialog.h"
#include "ui/shipmentsmodel.h"
#include "ui/shipmentsview.h"
#include "ui/shippingdocuments.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;

namespace {

// The text of a PDF as poppler's pdftotext reads it (poppler-utils is in the Makefile's package list): the
// documents are drawn with embedded fonts, so their text is only readable through the fonts' maps.
QString pdfText(const QByteArray &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, u"-"_s, u"-"_s});
    if (!p.waitForStarted(10'000))
        return u"(pdftotext did not start: install poppler-utils)"_s;
    p.write(pdf);
    p.closeWriteChannel();
    p.waitForFinished(30'000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool looksLikePdf(const QByteArray &pdf)
{
    return pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF");
}

// A support agent ships an order of 3 mugs held in MAIN, as the checkout places it.
class ShipmentsViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        ASSERT_EQ(str(m_server.stockProduct(u"Enamel mug"_s, u"MUG-1"_s, 10)), "");
        QString error;
        const QString reservation = m_server.reserve(u"MUG-1"_s, 3, &error);
        ASSERT_FALSE(reservation.isEmpty()) << str(error);
        const auto placed = m_server.place({u"ann@example.com"_s, u"Ann Smith"_s, u"MUG-1"_s, 3, 1000,
                                            Domain::OrderStatus::Confirmed, reservation, {}},
                                           &error);
        ASSERT_TRUE(placed) << str(error);
        m_order = *placed;
    }

    // Through the order's window: Create Shipment…, 2 of the 3 mugs by Royal Mail.
    QString createPartialShipment()
    {
        Ui::OrderDetailDialog detail(&m_server.agent(), m_order.id, true, true);
        detail.show();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !detail.isBusy() && !detail.order().isEmpty(); }, 20'000));
        auto *create = detail.findChild<QPushButton *>(u"createShipment"_s);
        EXPECT_TRUE(create && create->isVisible());
        auto *dialog = qobject_cast<Ui::CreateShipmentDialog *>(detail.openCreateShipmentDialog());
        EXPECT_TRUE(dialog);
        if (!dialog)
            return {};
        QSignalSpy created(dialog, &Ui::CreateShipmentDialog::created);
        EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->isLoaded(); }, 20'000));
        EXPECT_EQ(dialog->warehouses(), QStringList{u"MAIN"_s});
        dialog->setCarrier(u"royal_mail"_s);
        dialog->setTrackingNumber(u"AB123456784GB"_s); // a wrong check digit
        EXPECT_FALSE(dialog->problem().isEmpty());
        dialog->setTrackingNumber(u"AB 1234 5678 5GB"_s);
        EXPECT_TRUE(dialog->setQuantity(u"MUG-1"_s, 2));
        EXPECT_EQ(str(dialog->problem()), "");
        dialog->submit();
        EXPECT_TRUE(QTest::qWaitFor([&] { return created.size() == 1; }, 20'000)) << str(dialog->message());
        if (created.isEmpty())
            return {};
        const QJsonArray shipments = created.first().first().toJsonArray();
        // The order window reads the order again and lists the shipment.
        auto *table = detail.findChild<QTableWidget *>(u"orderShipments"_s);
        EXPECT_TRUE(QTest::qWaitFor([&] { return table && table->rowCount() == 1; }, 20'000));
        return shipments.first().toObject().value(u"id"_s).toString();
    }

    OrderServer m_server;
    OrderServer::Placed m_order;
};

TEST_F(ShipmentsViewTest, CreatesShipsTracksAndFiltersAShipment)
{
    const QString id = createPartialShipment();
    ASSERT_FALSE(id.isEmpty());

    Ui::ShipmentsView view(&m_server.agent());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->isStarted() && !view.model()->isLoading(); }, 20'000));
    ASSERT_EQ(view.model()->rowCount(), 1);
    EXPECT_EQ(view.model()->shipment(0)->status, u"pending"_s);
    EXPECT_EQ(view.model()->shipment(0)->orderNumber, m_order.number);

    QSignalSpy shown(&view, &Ui::ShipmentsView::shipmentShown);
    view.showShipment(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.size() >= 1 && !view.isBusy(); }, 20'000)) << str(view.message());
    EXPECT_EQ(view.shipment().value(u"lines"_s).toArray(), (QJsonArray{QJsonObject{{u"sku"_s, u"MUG-1"_s}, {u"quantity"_s, 2}}}));

    view.markShipped();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.shipment().value(u"status"_s).toString() == u"picked_up"_s && !view.isBusy(); }, 20'000))
        << str(view.message());
    // Two mugs left MAIN; the third is still held for the order.
    const auto stock = m_server.order(m_order.id);
    ASSERT_TRUE(stock);
    EXPECT_EQ(stock->value(u"status"_s).toString(), u"confirmed"_s);

    view.addEvent(u"delivered"_s, u"Leeds"_s, u"Left with a neighbour"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.shipment().value(u"status"_s).toString() == u"delivered"_s && !view.isBusy(); }, 20'000))
        << str(view.message());
    ASSERT_EQ(view.timeline()->rowCount(), 3); // label created, handed over, delivered
    EXPECT_EQ(view.timeline()->item(2, 2)->text(), u"Leeds"_s);
    EXPECT_EQ(view.model()->shipment(0)->status, u"delivered"_s);

    Ui::ShipmentFilter pending;
    pending.status = u"pending"_s;
    view.setFilter(pending);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.model()->isLoading(); }, 20'000));
    EXPECT_EQ(view.model()->rowCount(), 0);
    Ui::ShipmentFilter royalMail;
    royalMail.carrier = u"royal_mail"_s;
    royalMail.warehouse = u"main"_s;
    view.setFilter(royalMail);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view.model()->isLoading() && view.model()->rowCount() == 1; }, 20'000));
}

TEST_F(ShipmentsViewTest, FollowsShipmentsChangedElsewhere)
{
    const QString id = createPartialShipment();
    ASSERT_FALSE(id.isEmpty());
    Ui::ShipmentsView view(&m_server.agent());
    view.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.model()->isStarted() && !view.model()->isLoading(); }, 20'000));
    ASSERT_EQ(view.model()->rowCount(), 1);
    // The feed has had its first answer (the shipment's creation is in it), so it follows from here on.
    ASSERT_TRUE(QTest::qWaitFor([&] { return view.eventFeed()->lastId() > 0; }, 20'000));

    bool answered = false;
    QString failure;
    Ui::ApiRequest ship;
    ship.method = "POST"_ba;
    ship.path = u"/api/v1/shipments/%1/ship"_s.arg(id);
    m_server.otherAgent().send(ship, &view, [&](const Ui::ApiResponse &r) {
        answered = true;
        failure = r.ok ? QString() : r.errorMessage;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered; }, 20'000));
    ASSERT_EQ(str(failure), "");
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.model()->shipment(0)->status == u"picked_up"_s; }, 30'000));
}

TEST_F(ShipmentsViewTest, PackingSlipAndLabelAreValidPdfsWithTheOrdersLines)
{
    const QString id = createPartialShipment();
    ASSERT_FALSE(id.isEmpty());
    Ui::ShipmentsView view(&m_server.agent());
    QSignalSpy shown(&view, &Ui::ShipmentsView::shipmentShown);
    view.showShipment(id);
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown.size() >= 1 && !view.isBusy(); }, 20'000)) << str(view.message());
    ASSERT_FALSE(view.order().isEmpty());

    const QByteArray slip = view.packingSlip();
    ASSERT_TRUE(looksLikePdf(slip)) << slip.left(20).constData();
    const QString slipText = pdfText(slip);
    EXPECT_TRUE(slipText.contains(u"MUG-1"_s)) << str(slipText);
    EXPECT_TRUE(slipText.contains(u"MUG-1 (test)"_s)) << str(slipText); // the line's title as the order has it
    EXPECT_TRUE(slipText.contains(m_order.number)) << str(slipText);
    EXPECT_TRUE(slipText.contains(u"Ann Smith"_s)) << str(slipText);

    const QByteArray label = view.shippingLabel();
    ASSERT_TRUE(looksLikePdf(label));
    const QString labelText = pdfText(label);
    EXPECT_TRUE(labelText.contains(u"AB123456785GB"_s)) << str(labelText);
    EXPECT_TRUE(labelText.contains(u"ROYAL MAIL"_s)) << str(labelText);

    QTemporaryDir dir;
    ASSERT_TRUE(view.savePdf(slip, dir.filePath(u"slip.pdf"_s)));
    QFile saved(dir.filePath(u"slip.pdf"_s));
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), slip);
    EXPECT_FALSE(view.savePdf(slip, dir.filePath(u"missing/dir/slip.pdf"_s)));
    EXPECT_FALSE(view.message().isEmpty());
}

} // namespace
