// SPDX-License-Identifier: MIT
#include "ui/shippingdocuments.h"

#include "ui/shipmentsmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Backroom::Ui {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Backroom::Ui::ShippingDocuments", text, disambiguation, n);
}

QStringList addressLines(const QJsonObject &a)
{
    QStringList lines;
    for (const char *key : {"name", "company", "line1", "line2", "city", "region", "postcode", "country"}) {
        const QString v = a.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            lines.append(v);
    }
    return lines;
}

// Sizes the device's page and starts painting on it in points (1/72 inch), whatever its resolution.
bool beginPage(QPainter &p, QPagedPaintDevice &device, QPageSize::PageSizeId size)
{
    device.setPageSize(QPageSize(size));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    if (!p.begin(&device))
        return false;
    p.scale(device.logicalDpiX() / 72.0, device.logicalDpiY() / 72.0);
    return true;
}

// The order's ship-to address, a line each below y; the y of the last line.
qreal drawAddress(QPainter &p, qreal x, qreal y, qreal lineHeight, const QJsonObject &order)
{
    for (const QString &line : addressLines(order.value(QStringLiteral("shipping_address")).toObject())) {
        y += lineHeight;
        p.drawText(QPointF(x, y), line);
    }
    return y;
}

QString titleOf(const QJsonObject &order, const QString &sku)
{
    for (const QJsonValue &l : order.value(QStringLiteral("lines")).toArray())
        if (l.toObject().value(QStringLiteral("sku")).toString().compare(sku, Qt::CaseInsensitive) == 0)
            return l.toObject().value(QStringLiteral("title")).toString();
    return {};
}

// The painters are scaled to points; a point size would be scaled by the device's resolution a second time.
QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(points);
    f.setBold(bold);
    return f;
}
} // namespace

bool paintPackingSlip(QPagedPaintDevice &device, const QJsonObject &shipment, const QJsonObject &order)
{
    const QString number = order.value(QStringLiteral("number")).toString();
    QPainter p;
    if (!beginPage(p, device, QPageSize::A4))
        return false;
    const QRectF page(QPointF(0, 0), device.pageLayout().fullRectPoints().size());
    const qreal left = 50;
    const qreal right = page.width() - 50;
    qreal y = 60;
    p.setFont(font(20, true));
    p.drawText(QPointF(left, y), tr("Packing slip"));
    p.setFont(font(11));
    y += 28;
    p.drawText(QPointF(left, y), tr("Order %1").arg(number));
    p.drawText(QPointF(left + 250, y), tr("Shipment %1 from %2")
                                           .arg(shipment.value(QStringLiteral("id")).toString(),
                                                shipment.value(QStringLiteral("warehouse")).toString()));
    y += 30;
    p.setFont(font(11, true));
    p.drawText(QPointF(left, y), tr("Ship to"));
    p.setFont(font(11));
    y = drawAddress(p, left, y, 16, order);
    y += 34;
    p.setFont(font(11, true));
    p.drawText(QPointF(left, y), tr("SKU"));
    p.drawText(QPointF(left + 120, y), tr("Item"));
    p.drawText(QRectF(right - 80, y - 12, 80, 16), Qt::AlignRight, tr("Quantity"));
    y += 6;
    p.drawLine(QPointF(left, y), QPointF(right, y));
    p.setFont(font(11));
    qint64 items = 0;
    for (const QJsonValue &v : shipment.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString sku = l.value(QStringLiteral("sku")).toString();
        const qint64 quantity = l.value(QStringLiteral("quantity")).toInteger();
        items += quantity;
        y += 18;
        if (y > page.height() - 60) {
            device.newPage();
            y = 60;
        }
        p.drawText(QPointF(left, y), sku);
        const QString title = p.fontMetrics().elidedText(titleOf(order, sku), Qt::ElideRight, int(right - 90 - (left + 120)));
        p.drawText(QPointF(left + 120, y), title);
        p.drawText(QRectF(right - 80, y - 12, 80, 16), Qt::AlignRight, QString::number(quantity));
    }
    y += 8;
    p.drawLine(QPointF(left, y), QPointF(right, y));
    y += 18;
    p.drawText(QRectF(right - 200, y - 12, 200, 16), Qt::AlignRight, tr("%n item(s)", nullptr, int(items)));
    y += 30;
    p.drawText(QPointF(left, y), tr("%1 %2, tracking number %3")
                                     .arg(ShipmentsModel::carrierTitle(shipment.value(QStringLiteral("carrier")).toString()),
                                          shipment.value(QStringLiteral("service")).toString(),
                                          shipment.value(QStringLiteral("tracking_number")).toString()));
    return p.end();
}

bool paintShippingLabel(QPagedPaintDevice &device, const QJsonObject &shipment, const QJsonObject &order)
{
    const QString tracking = shipment.value(QStringLiteral("tracking_number")).toString();
    QPainter p;
    if (!beginPage(p, device, QPageSize::A6))
        return false;
    const QRectF page = QRectF(QPointF(0, 0), device.pageLayout().fullRectPoints().size()).adjusted(14, 14, -14, -14);
    p.drawRect(page);
    qreal y = page.top() + 24;
    const qreal left = page.left() + 10;
    p.setFont(font(14, true));
    p.drawText(QPointF(left, y), shipment.value(QStringLiteral("carrier")).toString().toUpper().replace(u'_', u' '));
    p.setFont(font(10));
    p.drawText(QRectF(page.left(), y - 12, page.width() - 10, 16), Qt::AlignRight,
               shipment.value(QStringLiteral("service")).toString());
    y += 26;
    p.setFont(font(9, true));
    p.drawText(QPointF(left, y), tr("TO"));
    p.setFont(font(12));
    y = drawAddress(p, left, y, 17, order);
    y += 30;
    p.setFont(font(9, true));
    p.drawText(QPointF(left, y), tr("TRACKING NUMBER"));
    y += 22;
    p.setFont(font(16, true));
    p.drawText(QPointF(left, y), tracking);
    y += 26;
    p.setFont(font(9));
    const QJsonValue weight = shipment.value(QStringLiteral("weight_grams"));
    p.drawText(QPointF(left, y), tr("Order %1 · %2 parcel(s)%3")
                                     .arg(order.value(QStringLiteral("number")).toString())
                                     .arg(shipment.value(QStringLiteral("parcels")).toInt(1))
                                     .arg(weight.isDouble() ? tr(" · %1 g").arg(weight.toInteger()) : QString()));
    return p.end();
}

namespace {
QByteArray toPdf(const QString &title, bool (*paint)(QPagedPaintDevice &, const QJsonObject &, const QJsonObject &),
                 const QJsonObject &shipment, const QJsonObject &order)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Backroom"));
        if (!paint(writer, shipment, order))
            return {};
    }
    return buffer.data();
}
} // namespace

QByteArray packingSlipPdf(const QJsonObject &shipment, const QJsonObject &order)
{
    return toPdf(tr("Packing slip %1").arg(order.value(QStringLiteral("number")).toString()), paintPackingSlip, shipment, order);
}

QByteArray shippingLabelPdf(const QJsonObject &shipment, const QJsonObject &order)
{
    return toPdf(tr("Shipping label %1").arg(shipment.value(QStringLiteral("tracking_number")).toString()), paintShippingLabel,
                 shipment, order);
}

} // namespace Backroom::Ui
