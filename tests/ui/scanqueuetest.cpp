// SPDX-License-Identifier: MIT
#include "stocktestsupport.h"

#include "ui/scanqueue.h"
#include "ui/scanstationview.h"
#include "ui/stockchangedialog.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace Backroom;
using namespace Backroom::UiTest;
using namespace Qt::StringLiterals;
using Kind = Ui::ScanOperation::Kind;

namespace {

// The queue on its own: a local file, no server needed to take and keep scans.
class ScanQueueStore : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString path() const { return m_dir.filePath(u"queue/scans.sqlite"_s); }

    QTemporaryDir m_dir;
    Ui::ApiClient m_api;
    Ui::Session m_session{&m_api, nullptr};
};

TEST_F(ScanQueueStore, KeepsScansInOrderAcrossRecreation)
{
    QStringList keys;
    {
        Ui::ScanQueue queue(&m_session, path());
        ASSERT_TRUE(queue.isOpen()) << str(queue.errorMessage());
        const auto first = queue.enqueue(Kind::Receive, u" SKU-1 "_s, u"MAIN"_s, 5);
        ASSERT_TRUE(first) << str(first.error().message);
        const auto second = queue.enqueue(Kind::Count, u"4006381333931"_s, u"MAIN"_s, 0);
        ASSERT_TRUE(second) << str(second.error().message);
        EXPECT_NE(first->idempotencyKey, second->idempotencyKey);
        keys = {first->idempotencyKey, second->idempotencyKey};
        EXPECT_EQ(queue.pendingCount(), 2);
    }
    Ui::ScanQueue reopened(&m_session, path());
    ASSERT_TRUE(reopened.isOpen()) << str(reopened.errorMessage());
    const QList<Ui::ScanOperation> pending = reopened.pending();
    ASSERT_EQ(pending.size(), 2);
    EXPECT_EQ(pending.at(0).idempotencyKey, keys.at(0));
    EXPECT_EQ(pending.at(0).kind, Kind::Receive);
    EXPECT_EQ(pending.at(0).code, u"SKU-1"_s);
    EXPECT_EQ(pending.at(0).warehouse, u"MAIN"_s);
    EXPECT_EQ(pending.at(0).quantity, 5);
    EXPECT_EQ(pending.at(1).idempotencyKey, keys.at(1));
    EXPECT_EQ(pending.at(1).kind, Kind::Count);
    EXPECT_EQ(pending.at(1).quantity, 0);
    EXPECT_TRUE(pending.at(1).scannedAt.isValid());
}

TEST_F(ScanQueueStore, RefusesIncompleteScansWithoutStoringThem)
{
    Ui::ScanQueue queue(&m_session, path());
    const auto noCode = queue.enqueue(Kind::Receive, u"  "_s, u"MAIN"_s, 1);
    ASSERT_FALSE(noCode);
    EXPECT_EQ(noCode.error().fields.first().field, u"code"_s);
    const auto nothingReceived = queue.enqueue(Kind::Receive, u"SKU-1"_s, u"MAIN"_s, 0);
    ASSERT_FALSE(nothingReceived);
    EXPECT_EQ(nothingReceived.error().fields.first().field, u"quantity"_s);
    const auto noWarehouse = queue.enqueue(Kind::Count, u"SKU-1"_s, QString(), 3);
    ASSERT_FALSE(noWarehouse);
    EXPECT_EQ(noWarehouse.error().fields.first().field, u"warehouse"_s);
    EXPECT_EQ(queue.pendingCount(), 0);
}

TEST_F(ScanQueueStore, SaysWhyAFileCannotBeUsed)
{
    // A folder where the file should be: SQLite cannot open it.
    ASSERT_TRUE(QDir().mkpath(path()));
    Ui::ScanQueue queue(&m_session, path());
    EXPECT_FALSE(queue.isOpen());
    EXPECT_TRUE(queue.errorMessage().contains(path())) << str(queue.errorMessage());
    const auto op = queue.enqueue(Kind::Receive, u"SKU-1"_s, u"MAIN"_s, 1);
    ASSERT_FALSE(op);
    EXPECT_EQ(op.error().code, Domain::ErrorCode::Unavailable);
}

// The queue against the real server, stopped and started under it.
class ScanQueueSending : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_server.start()) << str(m_server.error());
        // MAIN, the warehouse every server starts with.
        ASSERT_EQ(str(m_server.createProduct(u"Enamel mug"_s, u"MUG-1"_s)), "");
        ASSERT_EQ(str(m_server.createProduct(u"Tea towel"_s, u"TOWEL-1"_s)), "");
    }

    std::unique_ptr<Ui::ScanQueue> newQueue()
    {
        auto queue = std::make_unique<Ui::ScanQueue>(&m_server.worker(), m_dir.filePath(u"scans.sqlite"_s));
        EXPECT_TRUE(queue->isOpen()) << str(queue->errorMessage());
        // Short pauses: the test waits for the server, not for the production back-off.
        queue->setRetryDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
        return queue;
    }

    static bool drained(const Ui::ScanQueue &queue)
    {
        return queue.pendingCount() == 0 && !queue.isBusy();
    }

    qint64 onHand(const QString &sku)
    {
        QString error;
        const auto stock = m_server.stock(sku, &error);
        EXPECT_TRUE(stock) << str(error);
        return stock ? StockServer::onHandIn(*stock, u"MAIN"_s) : -2;
    }

    QTemporaryDir m_dir;
    StockServer m_server;
};

TEST_F(ScanQueueSending, AppliesScansTakenWhileTheServerWasDownExactlyOnce)
{
    auto queue = newQueue();
    QSignalSpy applied(queue.get(), &Ui::ScanQueue::applied);
    QSignalSpy offline(queue.get(), &Ui::ScanQueue::connectionStateChanged);
    queue->start();

    ASSERT_EQ(m_server.staff().server().stop(), 0) << str(m_server.staff().output());
    ASSERT_TRUE(queue->enqueue(Kind::Receive, u"MUG-1"_s, u"MAIN"_s, 5));
    ASSERT_TRUE(queue->enqueue(Kind::Receive, u"TOWEL-1"_s, u"MAIN"_s, 2));
    ASSERT_TRUE(queue->enqueue(Kind::Receive, u"MUG-1"_s, u"MAIN"_s, 7));
    ASSERT_TRUE(queue->enqueue(Kind::Count, u"TOWEL-1"_s, u"MAIN"_s, 10));
    // Sent and not answered, more than once: the scans wait on disk.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !queue->pending().isEmpty() && queue->pending().first().attempts >= 2; },
                                20'000));
    EXPECT_EQ(queue->pendingCount(), 4);
    EXPECT_EQ(applied.count(), 0);
    ASSERT_FALSE(offline.isEmpty());
    EXPECT_FALSE(offline.last().at(0).toString().isEmpty());

    ASSERT_TRUE(m_server.staff().server().restart()) << str(m_server.staff().output());
    ASSERT_TRUE(QTest::qWaitFor([&] { return drained(*queue); }, 30'000)) << queue->pendingCount() << " left";
    EXPECT_TRUE(queue->failed().isEmpty()) << str(queue->failed().value(0).error);
    EXPECT_EQ(applied.count(), 4);

    EXPECT_EQ(onHand(u"MUG-1"_s), 12);
    EXPECT_EQ(onHand(u"TOWEL-1"_s), 10); // received 2, counted 10: a correction of +8
    QString error;
    const QList<QJsonObject> mugEvents = m_server.history(u"MUG-1"_s, &error);
    ASSERT_TRUE(error.isEmpty()) << str(error);
    ASSERT_EQ(mugEvents.size(), 2);
    EXPECT_EQ(mugEvents.at(0).value("quantity"_L1).toInteger(), 7); // newest first
    EXPECT_EQ(mugEvents.at(1).value("quantity"_L1).toInteger(), 5);
    const QList<QJsonObject> towelEvents = m_server.history(u"TOWEL-1"_s, &error);
    ASSERT_EQ(towelEvents.size(), 2);
    EXPECT_EQ(towelEvents.at(0).value("quantity"_L1).toInteger(), 8);
    EXPECT_EQ(towelEvents.at(0).value("reason"_L1).toString(), u"count_correction"_s);
}

// The program stopped after the server applied a scan but before the file forgot it: the scan goes again
// under its key, and the server replays its first answer instead of receiving the goods twice.
TEST_F(ScanQueueSending, ResendsAnAppliedScanWithoutApplyingItTwice)
{
    Ui::ScanOperation sent;
    {
        auto queue = newQueue();
        QSignalSpy applied(queue.get(), &Ui::ScanQueue::applied);
        queue->start();
        ASSERT_TRUE(queue->enqueue(Kind::Receive, u"MUG-1"_s, u"MAIN"_s, 4));
        ASSERT_TRUE(QTest::qWaitFor([&] { return applied.count() == 1; }, 20'000));
        sent = applied.first().at(0).value<Ui::ScanOperation>();
    }
    ASSERT_EQ(onHand(u"MUG-1"_s), 4);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"scanqueuetest"_s);
        db.setDatabaseName(m_dir.filePath(u"scans.sqlite"_s));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO scan_operations (idempotency_key, kind, code, warehouse, quantity, scanned_at)"
                      " VALUES (?, 'receive', ?, ?, ?, ?)"_s);
        query.addBindValue(sent.idempotencyKey);
        query.addBindValue(sent.code);
        query.addBindValue(sent.warehouse);
        query.addBindValue(sent.quantity);
        query.addBindValue(sent.scannedAt.toString(Qt::ISODateWithMs));
        ASSERT_TRUE(query.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"scanqueuetest"_s);

    auto queue = newQueue();
    ASSERT_EQ(queue->pendingCount(), 1);
    QSignalSpy applied(queue.get(), &Ui::ScanQueue::applied);
    queue->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return drained(*queue); }, 20'000));
    EXPECT_EQ(applied.count(), 1);
    EXPECT_TRUE(queue->failed().isEmpty()) << str(queue->failed().value(0).error);
    EXPECT_EQ(onHand(u"MUG-1"_s), 4);
    EXPECT_EQ(m_server.history(u"MUG-1"_s).size(), 1);
}

TEST_F(ScanQueueSending, ShowsARefusedScanAndGoesOnWithTheNext)
{
    auto queue = newQueue();
    QSignalSpy refused(queue.get(), &Ui::ScanQueue::failedForGood);
    ASSERT_TRUE(queue->enqueue(Kind::Receive, u"NO-SUCH-SKU"_s, u"MAIN"_s, 3));
    ASSERT_TRUE(queue->enqueue(Kind::Receive, u"MUG-1"_s, u"MAIN"_s, 2));
    queue->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return drained(*queue); }, 20'000));
    ASSERT_EQ(refused.count(), 1);
    const QList<Ui::ScanOperation> failed = queue->failed();
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().code, u"NO-SUCH-SKU"_s);
    EXPECT_FALSE(failed.first().error.isEmpty());
    EXPECT_EQ(onHand(u"MUG-1"_s), 2);

    // It stays, also in a new queue on the same file, until the operator dismisses it.
    queue.reset();
    queue = newQueue();
    ASSERT_EQ(queue->failed().size(), 1);
    queue->dismiss(queue->failed().first().id);
    EXPECT_TRUE(queue->failed().isEmpty());
}

TEST_F(ScanQueueSending, StationTakesCodeThenQuantityFromTheKeyboard)
{
    auto queue = newQueue();
    queue->start();
    Ui::ScanStationView station(queue.get());
    station.setWarehouses({{u"MAIN"_s, u"Main warehouse"_s}});
    station.setWritable(true);
    station.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&station));
    station.codeField()->setFocus();
    // A keyboard-wedge scanner: the code's characters, then Enter; the worker types the quantity and Enter.
    QTest::keyClicks(station.codeField(), u"MUG-1"_s);
    QTest::keyClick(station.codeField(), Qt::Key_Return);
    EXPECT_TRUE(station.quantityField()->hasFocus());
    station.quantityField()->selectAll();
    QTest::keyClicks(station.quantityField(), u"6"_s);
    QTest::keyClick(station.quantityField(), Qt::Key_Return);
    EXPECT_TRUE(station.codeField()->text().isEmpty());
    EXPECT_TRUE(station.codeField()->hasFocus());
    ASSERT_TRUE(QTest::qWaitFor([&] { return station.feedback() == Ui::ScanStationView::Feedback::Applied; }, 20'000))
        << str(station.feedbackText());
    EXPECT_TRUE(station.feedbackText().contains(u"MUG-1"_s)) << str(station.feedbackText());
    EXPECT_EQ(onHand(u"MUG-1"_s), 6);

    QTest::keyClicks(station.codeField(), u"NOPE-404"_s);
    QTest::keyClick(station.codeField(), Qt::Key_Return);
    QTest::keyClick(station.quantityField(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return station.feedback() == Ui::ScanStationView::Feedback::Failed; }, 20'000));
    EXPECT_TRUE(station.feedbackText().contains(u"NOPE-404"_s)) << str(station.feedbackText());
    ASSERT_EQ(station.queueTable()->rowCount(), 1);
    EXPECT_EQ(station.queueTable()->item(0, 3)->text(), u"NOPE-404"_s);
}

} // namespace
