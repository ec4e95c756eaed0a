// SPDX-License-Identifier: MIT
#include "domain/shipment.h"

#include "domain/json.h"
#include "domain/promotion.h"

#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace Backroom::Domain {

QStringList knownCarriers()
{
    return {QStringLiteral("royal_mail"), QStringLiteral("dhl"), QStringLiteral("ups"), QStringLiteral("fedex"),
            QStringLiteral("dpd"), QStringLiteral("other")};
}

bool isKnownCarrier(QStringView carrier)
{
    return knownCarriers().contains(carrier);
}

namespace {
bool matches(const QString &text, const char *pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern))).match(text).hasMatch();
}

// UPU S10 (Royal Mail and most posts): AA + 8 digits + check digit + AA; weights 8 6 4 2 3 5 9 7.
bool s10Valid(const QString &n)
{
    if (!matches(n, "[A-Z]{2}[0-9]{9}[A-Z]{2}"))
        return false;
    static constexpr int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (n.at(2 + i).unicode() - u'0') * weights[i];
    int check = 11 - sum % 11;
    if (check == 10)
        check = 0;
    else if (check == 11)
        check = 5;
    return n.at(10).unicode() - u'0' == check;
}

// DHL Express waybills: 10 digits, the last one the first nine modulo 7.
bool dhlExpressValid(const QString &n)
{
    if (!matches(n, "[0-9]{10}"))
        return false;
    return n.left(9).toLongLong() % 7 == n.at(9).unicode() - u'0';
}

// UPS: 1Z + 15 characters + check digit. Letters count as (letter - 'A' + 2) mod 10; characters at odd
// positions (0-based, after 1Z) count twice.
bool upsValid(const QString &n)
{
    if (!matches(n, "1Z[A-Z0-9]{15}[0-9]"))
        return false;
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar ch = n.at(2 + i);
        const int v = ch.isDigit() ? ch.unicode() - u'0' : (ch.unicode() - u'A' + 2) % 10;
        sum += i % 2 == 1 ? 2 * v : v;
    }
    return (10 - sum % 10) % 10 == n.at(17).unicode() - u'0';
}

QString normalise(const QString &number)
{
    QString n;
    for (QChar ch : number.trimmed())
        if (ch != u' ' && ch != u'-')
            n.append(ch.toUpper());
    return n;
}
} // namespace

Result<QString> validateTrackingNumber(const QString &carrier, const QString &number, const QString &field)
{
    if (!isKnownCarrier(carrier))
        return fail(Error::validation(QStringLiteral("Choose a carrier the shop ships with."),
                                      {{QStringLiteral("carrier"),
                                        QStringLiteral("must be one of ") + knownCarriers().join(QStringLiteral(", "))}}));
    const QString n = normalise(number);
    bool ok = false;
    QString shape;
    if (carrier == u"royal_mail") {
        ok = s10Valid(n);
        shape = QStringLiteral("2 letters, 9 digits with a valid check digit and 2 letters, e.g. AB123456785GB");
    } else if (carrier == u"dhl") {
        ok = dhlExpressValid(n) || matches(n, "JJD[0-9]{9,18}") || s10Valid(n);
        shape = QStringLiteral("a 10-digit waybill with a valid check digit, a JJD number, or 2 letters, 9 digits and 2 letters");
    } else if (carrier == u"ups") {
        ok = upsValid(n);
        shape = QStringLiteral("1Z followed by 16 letters and digits with a valid check digit, e.g. 1Z999AA10123456784");
    } else if (carrier == u"fedex") {
        ok = matches(n, "[0-9]{12}|[0-9]{15}|[0-9]{20}|[0-9]{22}");
        shape = QStringLiteral("12, 15, 20 or 22 digits");
    } else if (carrier == u"dpd") {
        ok = matches(n, "[0-9]{10}|[0-9]{14}");
        shape = QStringLiteral("10 or 14 digits");
    } else {
        ok = matches(n, "[A-Z0-9]{4,40}");
        shape = QStringLiteral("4 to 40 letters and digits");
    }
    if (!ok)
        return fail(Error::validation(
            QStringLiteral("'%1' is not a %2 tracking number; check it against the label.").arg(number.trimmed(), carrier),
            {{field, QStringLiteral("must be ") + shape}}));
    return n;
}

QString trackingUrl(const QString &carrier, const QString &n)
{
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(n));
    if (carrier == u"royal_mail")
        return QStringLiteral("https://www.royalmail.com/track-your-item#/tracking-results/") + enc;
    if (carrier == u"dhl")
        return QStringLiteral("https://www.dhl.com/gb-en/home/tracking.html?tracking-id=") + enc;
    if (carrier == u"ups")
        return QStringLiteral("https://www.ups.com/track?tracknum=") + enc;
    if (carrier == u"fedex")
        return QStringLiteral("https://www.fedex.com/fedextrack/?trknbr=") + enc;
    if (carrier == u"dpd")
        return QStringLiteral("https://track.dpd.co.uk/parcels/") + enc;
    return {};
}

QString trackingStatusName(TrackingStatus status)
{
    switch (status) {
    case TrackingStatus::LabelCreated: return QStringLiteral("label_created");
    case TrackingStatus::PickedUp: return QStringLiteral("picked_up");
    case TrackingStatus::InTransit: return QStringLiteral("in_transit");
    case TrackingStatus::OutForDelivery: return QStringLiteral("out_for_delivery");
    case TrackingStatus::Delivered: return QStringLiteral("delivered");
    case TrackingStatus::Exception: return QStringLiteral("exception");
    case TrackingStatus::ReturnedToSender: return QStringLiteral("returned_to_sender");
    }
    return {};
}

QStringList trackingStatusNames()
{
    QStringList names;
    for (int s = int(TrackingStatus::LabelCreated); s <= int(TrackingStatus::ReturnedToSender); ++s)
        names.append(trackingStatusName(TrackingStatus(s)));
    return names;
}

std::optional<TrackingStatus> trackingStatusFromName(QStringView name)
{
    for (int s = int(TrackingStatus::LabelCreated); s <= int(TrackingStatus::ReturnedToSender); ++s)
        if (trackingStatusName(TrackingStatus(s)) == name)
            return TrackingStatus(s);
    return std::nullopt;
}

bool isFinalTrackingStatus(TrackingStatus status)
{
    return status == TrackingStatus::Delivered || status == TrackingStatus::ReturnedToSender;
}

QString TrackingEvent::dedupKey() const
{
    if (!sourceId.isEmpty())
        return QStringLiteral("id:") + sourceId;
    return trackingStatusName(status) + u'@' + QString::number(at.toMSecsSinceEpoch());
}

namespace {
bool earlier(const TrackingEvent &a, const TrackingEvent &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    return int(a.status) < int(b.status);
}
} // namespace

QList<TrackingEvent> mergeTrackingEvent(QList<TrackingEvent> events, const TrackingEvent &event, bool *duplicate)
{
    const QString key = event.dedupKey();
    const bool seen = std::any_of(events.cbegin(), events.cend(), [&](const TrackingEvent &e) { return e.dedupKey() == key; });
    if (duplicate)
        *duplicate = seen;
    if (seen)
        return events;
    events.insert(std::upper_bound(events.begin(), events.end(), event, earlier), event);
    return events;
}

std::optional<TrackingStatus> deriveTrackingStatus(const QList<TrackingEvent> &events)
{
    QList<TrackingEvent> sorted = events;
    std::stable_sort(sorted.begin(), sorted.end(), earlier);
    // A label is printed when the shipment is made, often after the carrier's first (back-dated) scan
    // arrives: once the carrier has it, "label created" says nothing new.
    const bool moving = std::any_of(sorted.cbegin(), sorted.cend(),
                                    [](const TrackingEvent &e) { return e.status != TrackingStatus::LabelCreated; });
    std::optional<TrackingStatus> status;
    for (const TrackingEvent &e : sorted) {
        if (status && isFinalTrackingStatus(*status))
            break;
        if (moving && e.status == TrackingStatus::LabelCreated)
            continue;
        status = e.status;
    }
    return status;
}

Result<TrackingEvent> trackingEventFromJson(const QJsonObject &json, const QDateTime &now, const QString &prefix)
{
    if (auto ok = Json::allowOnly(json, {u"status", u"occurred_at", u"location", u"description", u"event_id"}); !ok)
        return fail(ok.error());
    QList<FieldError> errors;
    TrackingEvent e;
    const QJsonValue status = json.value(QStringLiteral("status"));
    const auto parsed = status.isString() ? trackingStatusFromName(status.toString()) : std::nullopt;
    if (!parsed)
        errors.append({prefix + QStringLiteral("status"), QStringLiteral("must be one of ") + trackingStatusNames().join(QStringLiteral(", "))});
    else
        e.status = *parsed;
    auto at = parseTimestamp(json.value(QStringLiteral("occurred_at")), prefix + QStringLiteral("occurred_at"));
    if (!at)
        errors.append(at.error().fields);
    else if (*at > now.addSecs(3600))
        errors.append({prefix + QStringLiteral("occurred_at"), QStringLiteral("must not be more than an hour in the future")});
    else
        e.at = at->toUTC();
    auto text = [&](const char *name, qsizetype max, QString &into) {
        const QJsonValue v = json.value(QString::fromLatin1(name));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString() || v.toString().trimmed().size() > max)
            errors.append({prefix + QString::fromLatin1(name), QStringLiteral("must be text of at most %1 characters").arg(max)});
        else
            into = v.toString().trimmed();
    };
    text("location", 200, e.location);
    text("description", 500, e.description);
    text("event_id", 100, e.sourceId);
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The tracking event is not valid; see 'errors'."), errors));
    return e;
}

int expectedTransitDays(const QString &service)
{
    const QString s = service.trimmed().toLower();
    if (s == u"next_day" || s == u"express" || s == u"next-day")
        return 1;
    if (s == u"economy")
        return 5;
    return 3;
}

bool isShipmentLate(const std::optional<QDateTime> &expectedDelivery, std::optional<TrackingStatus> status,
                    const QDateTime &now)
{
    if (!expectedDelivery || !status)
        return false;
    return !isFinalTrackingStatus(*status) && *expectedDelivery < now;
}

QList<PlannedShipment> splitIntoShipments(const OpenQuantities &open)
{
    QStringList warehouses = open.keys();
    std::sort(warehouses.begin(), warehouses.end());
    QList<PlannedShipment> planned;
    for (const QString &w : warehouses) {
        const QHash<QString, qint64> &skus = open.value(w);
        QStringList names = skus.keys();
        std::sort(names.begin(), names.end());
        PlannedShipment p{w, {}};
        for (const QString &sku : names)
            if (skus.value(sku) > 0)
                p.lines.append({sku, skus.value(sku)});
        if (!p.lines.isEmpty())
            planned.append(p);
    }
    return planned;
}

Result<PlannedShipment> checkPartialShipment(const OpenQuantities &open, const QString &warehouse,
                                             const QList<ShipmentLine> &lines)
{
    QString code;
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        if (it.key().compare(warehouse, Qt::CaseInsensitive) == 0)
            code = it.key();
    qint64 anything = 0;
    for (qint64 q : open.value(code))
        anything += q;
    if (code.isEmpty() || anything <= 0)
        return fail(Error::validation(
            QStringLiteral("Nothing of this order is waiting to ship from warehouse '%1'.").arg(warehouse),
            {{QStringLiteral("warehouse"), QStringLiteral("must be a warehouse holding open lines of the order")}}));
    if (lines.isEmpty())
        return fail(Error::validation(QStringLiteral("Name the lines to ship."),
                                      {{QStringLiteral("lines"), QStringLiteral("must list at least one line")}}));
    const QHash<QString, qint64> &skus = open.value(code);
    QList<FieldError> errors;
    QSet<QString> seen;
    PlannedShipment p{code, {}};
    for (int i = 0; i < lines.size(); ++i) {
        const QString at = QStringLiteral("lines[%1].").arg(i);
        QString sku;
        for (auto it = skus.cbegin(); it != skus.cend(); ++it)
            if (it.key().compare(lines[i].sku.trimmed(), Qt::CaseInsensitive) == 0)
                sku = it.key();
        if (sku.isEmpty() || skus.value(sku) <= 0) {
            errors.append({at + QStringLiteral("sku"), QStringLiteral("must be a SKU of the order still open in %1").arg(code)});
            continue;
        }
        if (seen.contains(sku)) {
            errors.append({at + QStringLiteral("sku"), QStringLiteral("must appear only once")});
            continue;
        }
        seen.insert(sku);
        if (lines[i].quantity < 1 || lines[i].quantity > skus.value(sku)) {
            errors.append({at + QStringLiteral("quantity"), QStringLiteral("must be 1 to %1").arg(skus.value(sku))});
            continue;
        }
        p.lines.append({sku, lines[i].quantity});
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("Some lines cannot be shipped; see 'errors'."), errors));
    return p;
}

Status verifyCarrierSignature(QByteArrayView header, QByteArrayView body, QByteArrayView secret, qint64 nowUnixSeconds,
                              qint64 windowSeconds)
{
    const auto refused = [](const QString &why) {
        return fail(Error{ErrorCode::Unauthorized, why, {}});
    };
    if (secret.isEmpty())
        return refused(QStringLiteral("No webhook secret is configured for this carrier; an admin must set one first."));
    std::optional<qint64> t;
    QList<QByteArray> signatures;
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const QByteArray p = part.trimmed();
        if (p.startsWith("t=")) {
            bool ok = false;
            const qint64 v = p.mid(2).toLongLong(&ok);
            if (ok)
                t = v;
        } else if (p.startsWith("v1=")) {
            signatures.append(p.mid(3));
        }
    }
    if (!t || signatures.isEmpty())
        return refused(QStringLiteral("The request is not signed: send Carrier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">."));
    if (*t < nowUnixSeconds - windowSeconds || *t > nowUnixSeconds + windowSeconds)
        return refused(QStringLiteral("The signature's timestamp is more than %1 seconds away from the server's clock; "
                                      "sign the request again when sending it.")
                           .arg(windowSeconds));
    const QByteArray expected =
        QMessageAuthenticationCode::hash(QByteArray::number(*t) + '.' + body.toByteArray(), secret.toByteArray(),
                                         QCryptographicHash::Sha256)
            .toHex();
    for (const QByteArray &s : signatures) {
        if (s.size() != expected.size())
            continue;
        // Constant time: how far a guess matches must not show in how long the answer takes.
        unsigned char diff = 0;
        for (qsizetype i = 0; i < s.size(); ++i)
            diff |= static_cast<unsigned char>(s.at(i) ^ expected.at(i));
        if (diff == 0)
            return {};
    }
    return refused(QStringLiteral("The signature does not match the body under this carrier's webhook secret."));
}

} // namespace Backroom::Domain
