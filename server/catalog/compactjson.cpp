// SPDX-License-Identifier: MIT
#include "server/catalog/compactjson.h"

#include <limits>

namespace Backroom::Server::CompactJson {

// QDateTime's formatting costs more than the rest of a storefront read's query parameters, and most reads
// fall in the same second as the one before on their thread.
QByteArray isoUtc(const QDateTime &at, bool withMs)
{
    thread_local qint64 lastSecond = std::numeric_limits<qint64>::min();
    thread_local QByteArray lastText; // up to the seconds, without the Z
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 second = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    if (second != lastSecond) {
        lastText = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate).toLatin1();
        lastText.chop(1);
        lastSecond = second;
    }
    QByteArray text = lastText;
    if (withMs) {
        const int fraction = int(ms - second * 1000);
        text += '.';
        text += char('0' + fraction / 100);
        text += char('0' + fraction / 10 % 10);
        text += char('0' + fraction % 10);
    }
    text += 'Z';
    return text;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end - 1;
        } else if (u < 0x20 || u == '"' || u == '\\') {
            out += '\\';
            switch (u) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '\b':
                out += 'b';
                break;
            case '\f':
                out += 'f';
                break;
            case '\n':
                out += 'n';
                break;
            case '\r':
                out += 'r';
                break;
            case '\t':
                out += 't';
                break;
            default:
                out += "u00";
                out += "0123456789abcdef"[u >> 4];
                out += "0123456789abcdef"[u & 0xf];
            }
        } else {
            out += char(u);
        }
    }
    out += '"';
}

void appendMoney(QByteArray &out, const Domain::Money &money)
{
    out += "{\"amount\":";
    out += QByteArray::number(money.amount);
    out += ",\"currency\":";
    appendJsonString(out, money.currency);
    out += '}';
}

void appendStringMap(QByteArray &out, const QMap<QString, QString> &map)
{
    out += '{';
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (it != map.constBegin())
            out += ',';
        appendJsonString(out, it.key());
        out += ':';
        appendJsonString(out, it.value());
    }
    out += '}';
}

void appendOptionalString(QByteArray &out, const QString &text)
{
    if (text.isEmpty())
        out += "null";
    else
        appendJsonString(out, text);
}

void appendPromotion(QByteArray &out, const Domain::EffectivePrice &effective)
{
    if (!effective.promotion) {
        out += "null";
        return;
    }
    out += "{\"id\":";
    appendJsonString(out, effective.promotion->id);
    out += ",\"name\":";
    appendJsonString(out, effective.promotion->name);
    out += '}';
}

void PriceDigest::add(const Domain::EffectivePrice &effective)
{
    add(effective.price.amount, effective.price.currency,
        effective.promotion ? QStringView(effective.promotion->id) : QStringView());
}

void PriceDigest::add(qint64 amount, QStringView currency, QStringView promotionId)
{
    for (int shift = 0; shift < 64; shift += 8)
        addByte(uchar(quint64(amount) >> shift));
    addText(currency);
    addText(promotionId);
}

void PriceDigest::addText(QStringView text)
{
    // Length first: two texts never run into each other.
    for (int shift = 0; shift < 32; shift += 8)
        addByte(uchar(quint32(text.size()) >> shift));
    for (const QChar c : text) {
        addByte(uchar(c.unicode()));
        addByte(uchar(c.unicode() >> 8));
    }
}

QByteArray PriceDigest::hex() const
{
    return QByteArray::number(m_hash >> 16, 16).rightJustified(12, '0');
}

} // namespace Backroom::Server::CompactJson
