// SPDX-License-Identifier: MIT
#include "domain/shipment.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <gtest/gtest.h>

using namespace Backroom::Domain;

namespace {
const QDateTime t0 = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);

TrackingEvent ev(TrackingStatus s, int minutes, const QString &id = {})
{
    TrackingEvent e;
    e.status = s;
    e.at = t0.addSecs(minutes * 60);
    e.sourceId = id;
    return e;
}

QString fieldOf(const Error &e)
{
    return e.fields.isEmpty() ? QString() : e.fields.first().field;
}

QByteArray sign(const QByteArray &secret, qint64 t, const QByteArray &body)
{
    return "t=" + QByteArray::number(t) + ",v1="
        + QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, secret, QCryptographicHash::Sha256).toHex();
}
} // namespace

TEST(TrackingNumbers, RoyalMailNeedsTheS10CheckDigit)
{
    EXPECT_EQ(validateTrackingNumber(QStringLiteral("royal_mail"), QStringLiteral("ab 1234 5678 5gb")).value(),
              QStringLiteral("AB123456785GB"));
    const auto wrong = validateTrackingNumber(QStringLiteral("royal_mail"), QStringLiteral("AB123456784GB"));
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::Validation);
    EXPECT_EQ(fieldOf(wrong.error()), QStringLiteral("tracking_number"));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("royal_mail"), QStringLiteral("1Z999AA10123456784")));
}

TEST(TrackingNumbers, UpsChecksItsCheckDigit)
{
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("ups"), QStringLiteral("1Z999AA10123456785")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("ups"), QStringLiteral("1Z999AA1012345678")));
}

TEST(TrackingNumbers, DhlFedexDpdAndOther)
{
    // 123456789 mod 7 = 1.
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("dhl"), QStringLiteral("1234567891")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("dhl"), QStringLiteral("1234567892")));
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("dhl"), QStringLiteral("JJD0099999999")));
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("fedex"), QStringLiteral("123456789012")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("fedex"), QStringLiteral("12345678901")));
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("dpd"), QStringLiteral("1550 1234 5678 90")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("dpd"), QStringLiteral("ABC")));
    EXPECT_TRUE(validateTrackingNumber(QStringLiteral("other"), QStringLiteral("parcel-42x")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("other"), QStringLiteral("<script>")));
    EXPECT_FALSE(validateTrackingNumber(QStringLiteral("other"), QStringLiteral("abc")));
}

TEST(TrackingNumbers, UnknownCarrierNamesTheCarrierField)
{
    const auto r = validateTrackingNumber(QStringLiteral("pigeon"), QStringLiteral("1234567891"));
    ASSERT_FALSE(r);
    EXPECT_EQ(fieldOf(r.error()), QStringLiteral("carrier"));
    EXPECT_TRUE(trackingUrl(QStringLiteral("ups"), QStringLiteral("1Z999AA10123456784")).endsWith(u"1Z999AA10123456784"));
    EXPECT_TRUE(trackingUrl(QStringLiteral("other"), QStringLiteral("X1234")).isEmpty());
}

TEST(Tracking, EventsArrivingOutOfOrderAreKeptInEventTime)
{
    QList<TrackingEvent> events;
    events = mergeTrackingEvent(events, ev(TrackingStatus::Delivered, 300));
    events = mergeTrackingEvent(events, ev(TrackingStatus::PickedUp, 0));
    events = mergeTrackingEvent(events, ev(TrackingStatus::OutForDelivery, 200));
    events = mergeTrackingEvent(events, ev(TrackingStatus::InTransit, 100));
    ASSERT_EQ(events.size(), 4);
    EXPECT_EQ(events[0].status, TrackingStatus::PickedUp);
    EXPECT_EQ(events[1].status, TrackingStatus::InTransit);
    EXPECT_EQ(events[2].status, TrackingStatus::OutForDelivery);
    EXPECT_EQ(events[3].status, TrackingStatus::Delivered);
    EXPECT_EQ(deriveTrackingStatus(events), TrackingStatus::Delivered);
}

TEST(Tracking, DuplicatesAreDroppedByCarrierIdOrStatusAndTime)
{
    bool duplicate = false;
    QList<TrackingEvent> events = mergeTrackingEvent({}, ev(TrackingStatus::InTransit, 10, QStringLiteral("e1")), &duplicate);
    EXPECT_FALSE(duplicate);
    events = mergeTrackingEvent(events, ev(TrackingStatus::InTransit, 20, QStringLiteral("e1")), &duplicate);
    EXPECT_TRUE(duplicate);
    events = mergeTrackingEvent(events, ev(TrackingStatus::Exception, 30), &duplicate);
    EXPECT_FALSE(duplicate);
    events = mergeTrackingEvent(events, ev(TrackingStatus::Exception, 30), &duplicate);
    EXPECT_TRUE(duplicate);
    EXPECT_EQ(events.size(), 2);
    EXPECT_EQ(deriveTrackingStatus(events), TrackingStatus::Exception);
}

TEST(Tracking, AFinalStatusStaysAndTiesGoToTheLaterStep)
{
    QList<TrackingEvent> events{ev(TrackingStatus::Delivered, 10), ev(TrackingStatus::InTransit, 20)};
    EXPECT_EQ(deriveTrackingStatus(events), TrackingStatus::Delivered);
    EXPECT_EQ(deriveTrackingStatus({ev(TrackingStatus::Delivered, 10), ev(TrackingStatus::OutForDelivery, 10)}),
              TrackingStatus::Delivered);
    EXPECT_EQ(deriveTrackingStatus({ev(TrackingStatus::Exception, 10), ev(TrackingStatus::InTransit, 20)}),
              TrackingStatus::InTransit);
    EXPECT_EQ(deriveTrackingStatus({}), std::nullopt);
    EXPECT_EQ(deriveTrackingStatus({ev(TrackingStatus::InTransit, 10), ev(TrackingStatus::LabelCreated, 20)}),
              TrackingStatus::InTransit);
    EXPECT_EQ(deriveTrackingStatus({ev(TrackingStatus::LabelCreated, 20)}), TrackingStatus::LabelCreated);
}

TEST(Tracking, EventFromJsonNamesEveryBadMember)
{
    const auto bad = trackingEventFromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("lost_in_space")},
                                                       {QStringLiteral("occurred_at"), QStringLiteral("yesterday")}},
                                           t0);
    ASSERT_FALSE(bad);
    ASSERT_EQ(bad.error().fields.size(), 2);
    EXPECT_EQ(bad.error().fields[0].field, QStringLiteral("status"));
    EXPECT_EQ(bad.error().fields[1].field, QStringLiteral("occurred_at"));
    const auto unknown = trackingEventFromJson(QJsonObject{{QStringLiteral("colour"), 1}}, t0);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(fieldOf(unknown.error()), QStringLiteral("colour"));
    const auto future = trackingEventFromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("delivered")},
                                                          {QStringLiteral("occurred_at"), t0.addDays(2).toString(Qt::ISODate)}},
                                              t0);
    ASSERT_FALSE(future);
    EXPECT_EQ(fieldOf(future.error()), QStringLiteral("occurred_at"));
    const auto good = trackingEventFromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("out_for_delivery")},
                                                        {QStringLiteral("occurred_at"), QStringLiteral("2026-11-24T08:00:00Z")},
                                                        {QStringLiteral("location"), QStringLiteral(" Leeds ")}},
                                            t0);
    ASSERT_TRUE(good);
    EXPECT_EQ(good->status, TrackingStatus::OutForDelivery);
    EXPECT_EQ(good->location, QStringLiteral("Leeds"));
    EXPECT_EQ(good->at, t0.addSecs(-3600));
}

TEST(Tracking, LateOnlyWhenPastExpectedAndNotFinished)
{
    const QDateTime expected = t0.addDays(expectedTransitDays(QStringLiteral("standard")));
    EXPECT_FALSE(isShipmentLate(expected, TrackingStatus::InTransit, t0.addDays(2)));
    EXPECT_TRUE(isShipmentLate(expected, TrackingStatus::InTransit, t0.addDays(4)));
    EXPECT_FALSE(isShipmentLate(expected, TrackingStatus::Delivered, t0.addDays(4)));
    EXPECT_FALSE(isShipmentLate(std::nullopt, std::nullopt, t0.addDays(4)));
    EXPECT_EQ(expectedTransitDays(QStringLiteral("next_day")), 1);
}

TEST(ShipmentSplit, OneShipmentPerWarehouseWithOpenLines)
{
    OpenQuantities open;
    open[QStringLiteral("NORTH")][QStringLiteral("MUG-1")] = 2;
    open[QStringLiteral("MAIN")][QStringLiteral("MUG-1")] = 1;
    open[QStringLiteral("MAIN")][QStringLiteral("CUP-1")] = 3;
    open[QStringLiteral("EMPTY")][QStringLiteral("CUP-1")] = 0;
    const QList<PlannedShipment> planned = splitIntoShipments(open);
    ASSERT_EQ(planned.size(), 2);
    EXPECT_EQ(planned[0], (PlannedShipment{QStringLiteral("MAIN"), {{QStringLiteral("CUP-1"), 3}, {QStringLiteral("MUG-1"), 1}}}));
    EXPECT_EQ(planned[1], (PlannedShipment{QStringLiteral("NORTH"), {{QStringLiteral("MUG-1"), 2}}}));
    EXPECT_TRUE(splitIntoShipments({}).isEmpty());
}

TEST(ShipmentSplit, PartialShipmentChecksEachLine)
{
    OpenQuantities open;
    open[QStringLiteral("MAIN")][QStringLiteral("MUG-1")] = 2;
    const auto ok = checkPartialShipment(open, QStringLiteral("main"), {{QStringLiteral("mug-1"), 1}});
    ASSERT_TRUE(ok);
    EXPECT_EQ(*ok, (PlannedShipment{QStringLiteral("MAIN"), {{QStringLiteral("MUG-1"), 1}}}));

    const auto tooMany = checkPartialShipment(open, QStringLiteral("MAIN"), {{QStringLiteral("MUG-1"), 3}});
    ASSERT_FALSE(tooMany);
    EXPECT_EQ(fieldOf(tooMany.error()), QStringLiteral("lines[0].quantity"));
    const auto zero = checkPartialShipment(open, QStringLiteral("MAIN"), {{QStringLiteral("MUG-1"), 0}});
    ASSERT_FALSE(zero);
    EXPECT_EQ(fieldOf(zero.error()), QStringLiteral("lines[0].quantity"));
    const auto stranger = checkPartialShipment(open, QStringLiteral("MAIN"), {{QStringLiteral("MUG-1"), 1}, {QStringLiteral("TEA-9"), 1}});
    ASSERT_FALSE(stranger);
    EXPECT_EQ(fieldOf(stranger.error()), QStringLiteral("lines[1].sku"));
    const auto twice = checkPartialShipment(open, QStringLiteral("MAIN"), {{QStringLiteral("MUG-1"), 1}, {QStringLiteral("mug-1"), 1}});
    ASSERT_FALSE(twice);
    EXPECT_EQ(fieldOf(twice.error()), QStringLiteral("lines[1].sku"));
    const auto elsewhere = checkPartialShipment(open, QStringLiteral("NORTH"), {{QStringLiteral("MUG-1"), 1}});
    ASSERT_FALSE(elsewhere);
    EXPECT_EQ(fieldOf(elsewhere.error()), QStringLiteral("warehouse"));
    const auto none = checkPartialShipment(open, QStringLiteral("MAIN"), {});
    ASSERT_FALSE(none);
    EXPECT_EQ(fieldOf(none.error()), QStringLiteral("lines"));
}

TEST(CarrierSignature, AcceptsAFreshSignatureOverTimestampAndBody)
{
    const QByteArray body = R"({"tracking_number":"1Z999AA10123456784"})";
    const qint64 now = 1'790'000'000;
    EXPECT_TRUE(verifyCarrierSignature(sign("s3cret", now - 10, body), body, "s3cret", now));
    // A rotated secret: one of several v1 entries matches.
    EXPECT_TRUE(verifyCarrierSignature("t=" + QByteArray::number(now) + ",v1=00ff," + sign("s3cret", now, body).mid(
                                           sign("s3cret", now, body).indexOf("v1=")),
                                       body, "s3cret", now));
}

TEST(CarrierSignature, RefusesWrongSecretChangedBodyStaleTimeAndGarbage)
{
    const QByteArray body = R"({"a":1})";
    const qint64 now = 1'790'000'000;
    const auto wrong = verifyCarrierSignature(sign("other", now, body), body, "s3cret", now);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthorized);
    EXPECT_FALSE(verifyCarrierSignature(sign("s3cret", now, body), R"({"a":2})", "s3cret", now));
    const auto stale = verifyCarrierSignature(sign("s3cret", now - 301, body), body, "s3cret", now);
    ASSERT_FALSE(stale);
    EXPECT_TRUE(stale.error().message.contains(u"timestamp"));
    EXPECT_FALSE(verifyCarrierSignature(sign("s3cret", now + 301, body), body, "s3cret", now));
    EXPECT_FALSE(verifyCarrierSignature("", body, "s3cret", now));
    EXPECT_FALSE(verifyCarrierSignature("v1=abc", body, "s3cret", now));
    EXPECT_FALSE(verifyCarrierSignature(sign("", now, body), body, "", now));
}
