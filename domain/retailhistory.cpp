// SPDX-License-Identifier: MIT
#include "domain/retailhistory.h"

#include "domain/product.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace Backroom::Domain {

namespace {
QString field(const CsvRecord &record, qsizetype index)
{
    return index >= 0 && index < record.fields.size() ? record.fields.at(index).trimmed() : QString();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Round a / b to the nearest whole number, halves away from zero; b > 0.
qint64 roundedDivision(__int128 a, qint64 b)
{
    const bool negative = a < 0;
    const __int128 magnitude = negative ? -a : a;
    const __int128 q = (magnitude + b / 2) / b;
    return qint64(negative ? -q : q);
}

RetailRejectedRow reject(qsizetype line, RetailRejectReason reason, QString message)
{
    return {line, reason, std::move(message)};
}
} // namespace

RetailLineKind retailLineKind(QStringView stockCode)
{
    const QString code = stockCode.trimmed().toString().toUpper();
    if (code.isEmpty())
        return RetailLineKind::Other;
    if (isDigit(code.front()) || code.startsWith(QLatin1String("DCGS")))
        return RetailLineKind::Product;
    if (code == QLatin1String("POST") || code == QLatin1String("DOT") || code == QLatin1String("C2"))
        return RetailLineKind::Shipping;
    if (code == QLatin1String("D"))
        return RetailLineKind::Discount;
    if (code == QLatin1String("M") || code == QLatin1String("BANK CHARGES") || code == QLatin1String("AMAZONFEE")
        || code == QLatin1String("S"))
        return RetailLineKind::Fee;
    if (code.startsWith(QLatin1String("GIFT_")))
        return RetailLineKind::Voucher;
    return RetailLineKind::Other;
}

QString retailLineKindName(RetailLineKind kind)
{
    switch (kind) {
    case RetailLineKind::Product:
        return QStringLiteral("product");
    case RetailLineKind::Shipping:
        return QStringLiteral("shipping");
    case RetailLineKind::Discount:
        return QStringLiteral("discount");
    case RetailLineKind::Fee:
        return QStringLiteral("fee");
    case RetailLineKind::Voucher:
        return QStringLiteral("voucher");
    case RetailLineKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<qint64> retailPriceMicros(QStringView text)
{
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        negative = t.front() == u'-';
        t = t.mid(1);
    }
    const qsizetype point = t.indexOf(u'.');
    const QStringView whole = point < 0 ? t : t.left(point);
    QStringView fraction = point < 0 ? QStringView() : t.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (whole.size() > 9 || !std::all_of(whole.begin(), whole.end(), isDigit)
        || !std::all_of(fraction.begin(), fraction.end(), isDigit))
        return std::nullopt;
    while (fraction.size() > 6 && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > 6)
        return std::nullopt;
    qint64 micros = whole.isEmpty() ? 0 : whole.toLongLong() * 1000000;
    qint64 scale = 100000;
    for (QChar c : fraction) {
        micros += (c.unicode() - u'0') * scale;
        scale /= 10;
    }
    return negative ? -micros : micros;
}

qint64 retailLineAmount(qint64 quantity, qint64 priceMicros)
{
    // Pence are 10^4 millionths of a pound.
    return roundedDivision(__int128(quantity) * priceMicros, 10000);
}

QString retailCountryCode(QStringView country)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("united kingdom"), QStringLiteral("GB")}, {QStringLiteral("eire"), QStringLiteral("IE")},
        {QStringLiteral("ireland"), QStringLiteral("IE")},        {QStringLiteral("germany"), QStringLiteral("DE")},
        {QStringLiteral("france"), QStringLiteral("FR")},         {QStringLiteral("norway"), QStringLiteral("NO")},
        {QStringLiteral("portugal"), QStringLiteral("PT")},       {QStringLiteral("belgium"), QStringLiteral("BE")},
        {QStringLiteral("cyprus"), QStringLiteral("CY")},         {QStringLiteral("spain"), QStringLiteral("ES")},
        {QStringLiteral("netherlands"), QStringLiteral("NL")},    {QStringLiteral("japan"), QStringLiteral("JP")},
        {QStringLiteral("switzerland"), QStringLiteral("CH")},    {QStringLiteral("italy"), QStringLiteral("IT")},
        {QStringLiteral("australia"), QStringLiteral("AU")},      {QStringLiteral("lithuania"), QStringLiteral("LT")},
        {QStringLiteral("iceland"), QStringLiteral("IS")},        {QStringLiteral("sweden"), QStringLiteral("SE")},
        {QStringLiteral("denmark"), QStringLiteral("DK")},        {QStringLiteral("finland"), QStringLiteral("FI")},
        {QStringLiteral("austria"), QStringLiteral("AT")},        {QStringLiteral("poland"), QStringLiteral("PL")},
        {QStringLiteral("israel"), QStringLiteral("IL")},         {QStringLiteral("bahrain"), QStringLiteral("BH")},
        {QStringLiteral("usa"), QStringLiteral("US")},            {QStringLiteral("canada"), QStringLiteral("CA")},
        {QStringLiteral("brazil"), QStringLiteral("BR")},         {QStringLiteral("greece"), QStringLiteral("GR")},
        {QStringLiteral("singapore"), QStringLiteral("SG")},      {QStringLiteral("lebanon"), QStringLiteral("LB")},
        {QStringLiteral("malta"), QStringLiteral("MT")},          {QStringLiteral("hong kong"), QStringLiteral("HK")},
        {QStringLiteral("rsa"), QStringLiteral("ZA")},            {QStringLiteral("czech republic"), QStringLiteral("CZ")},
        {QStringLiteral("saudi arabia"), QStringLiteral("SA")},
        {QStringLiteral("united arab emirates"), QStringLiteral("AE")},
    };
    return codes.value(country.trimmed().toString().toLower(), QStringLiteral("ZZ"));
}

std::optional<QString> retailCustomerId(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.endsWith(QLatin1String(".0")))
        t.chop(2);
    if (t.isEmpty() || t.size() > 18 || !std::all_of(t.begin(), t.end(), isDigit))
        return std::nullopt;
    const QString digits = QString::number(t.toLongLong());
    if (digits == QLatin1String("0"))
        return std::nullopt;
    return digits;
}

QString retailCustomerEmail(const QString &customerId)
{
    return QStringLiteral("customer-%1@retail.example").arg(customerId);
}

QString retailGuestEmail(const QString &invoiceNo)
{
    return QStringLiteral("guest-%1@retail.example").arg(invoiceNo.toLower());
}

QString RetailCustomer::name() const
{
    return QStringLiteral("Customer %1").arg(id);
}

qint64 RetailInvoice::subtotal() const
{
    return std::accumulate(lines.begin(), lines.end(), qint64(0),
                           [](qint64 sum, const RetailOrderLine &l) { return sum + l.amount; });
}

qint64 RetailInvoice::total() const
{
    return subtotal() - discount + shipping + fees;
}

qsizetype RetailHistoryPlan::matchedCancellations() const
{
    return std::count_if(matches.begin(), matches.end(),
                         [](const RetailCancellationMatch &m) { return !m.orderInvoice.isEmpty(); });
}

Result<RetailHistoryPlan> planRetailHistory(CsvReader &reader)
{
    auto columns = readRetailHeader(reader);
    if (!columns)
        return fail(columns.error());

    RetailHistoryPlan plan;
    QHash<QString, qsizetype> invoiceIndex; // invoice number → (cancellation ? -1 - i : i)
    QHash<QString, qsizetype> customerIndex;
    while (auto record = reader.next()) {
        ++plan.rowsRead;
        const qsizetype line = record->line;
        if (!record->isValid()) {
            plan.rejected.append(reject(line, RetailRejectReason::Malformed, record->error));
            continue;
        }
        if (record->fields.size() != columns->fieldCount) {
            plan.rejected.append(reject(line, RetailRejectReason::Malformed,
                                        QStringLiteral("has %1 fields, the header has %2")
                                            .arg(record->fields.size())
                                            .arg(columns->fieldCount)));
            continue;
        }
        const QString invoiceNo = field(*record, columns->invoiceNo);
        const QString stockCode = field(*record, columns->stockCode);
        if (invoiceNo.isEmpty() || stockCode.isEmpty()) {
            plan.rejected.append(reject(line, RetailRejectReason::InvalidValue,
                                        invoiceNo.isEmpty() ? QStringLiteral("InvoiceNo is empty")
                                                            : QStringLiteral("StockCode is empty")));
            continue;
        }
        const QString quantityText = field(*record, columns->quantity);
        bool ok = false;
        const qint64 quantity = quantityText.toLongLong(&ok);
        if (!ok || quantity == 0 || quantity > 1000000000 || quantity < -1000000000) {
            plan.rejected.append(reject(line, RetailRejectReason::InvalidValue,
                                        QStringLiteral("Quantity '%1' is not a whole number other than 0").arg(quantityText)));
            continue;
        }
        const QString priceText = field(*record, columns->unitPrice);
        const auto price = retailPriceMicros(priceText);
        if (!price) {
            plan.rejected.append(reject(line, RetailRejectReason::InvalidValue,
                                        QStringLiteral("UnitPrice '%1' is not an amount").arg(priceText)));
            continue;
        }
        const QString dateText = field(*record, columns->invoiceDate);
        const auto placedAt = retailInvoiceDateTime(dateText);
        if (!placedAt) {
            plan.rejected.append(reject(line, RetailRejectReason::InvalidValue,
                                        QStringLiteral("InvoiceDate '%1' is not a date like 2010-12-01 08:26:00").arg(dateText)));
            continue;
        }
        const bool cancellation = invoiceNo.startsWith(u'C', Qt::CaseInsensitive);
        const RetailLineKind kind = retailLineKind(stockCode);
        if (kind == RetailLineKind::Product && !cancellation && quantity < 0 && *price > 0) {
            plan.rejected.append(reject(line, RetailRejectReason::NotASale,
                                        QStringLiteral("Quantity is %1 on invoice %2, which is not a cancellation")
                                            .arg(quantity)
                                            .arg(invoiceNo)));
            continue;
        }

        auto found = invoiceIndex.constFind(invoiceNo);
        RetailInvoice *invoice = nullptr;
        if (found == invoiceIndex.constEnd()) {
            RetailInvoice created;
            created.invoiceNo = invoiceNo;
            created.cancellation = cancellation;
            created.customerId = retailCustomerId(field(*record, columns->customerId)).value_or(QString());
            created.countryName = field(*record, columns->country);
            created.country = retailCountryCode(created.countryName);
            created.placedAt = *placedAt;
            created.firstLine = line;
            QList<RetailInvoice> &list = cancellation ? plan.cancellations : plan.orders;
            list.append(created);
            invoiceIndex.insert(invoiceNo, cancellation ? -1 - (list.size() - 1) : list.size() - 1);
            invoice = &list.last();
            if (!created.customerId.isEmpty() && !customerIndex.contains(created.customerId)) {
                customerIndex.insert(created.customerId, plan.customers.size());
                plan.customers.append({created.customerId, created.countryName, created.country});
            }
        } else {
            invoice = *found < 0 ? &plan.cancellations[-1 - *found] : &plan.orders[*found];
            invoice->placedAt = std::min(invoice->placedAt, *placedAt);
        }

        const qint64 amount = retailLineAmount(quantity, *price);
        switch (kind) {
        case RetailLineKind::Product: {
            if (!cancellation && quantity < 0) {
                ++plan.writeOffs;
                break;
            }
            RetailOrderLine l;
            l.line = line;
            l.sku = stockCode;
            l.title = record->fields.at(columns->description).simplified();
            if (l.title.isEmpty())
                l.title = stockCode;
            l.quantity = quantity < 0 ? -quantity : quantity;
            l.unitAmount = retailLineAmount(1, *price < 0 ? -*price : *price);
            l.amount = amount < 0 ? -amount : amount;
            invoice->lines.append(l);
            break;
        }
        case RetailLineKind::Shipping:
            invoice->shipping += amount < 0 ? -amount : amount;
            break;
        case RetailLineKind::Discount:
            invoice->discount += amount < 0 ? -amount : amount;
            break;
        case RetailLineKind::Fee:
            invoice->fees += amount < 0 ? -amount : amount;
            break;
        case RetailLineKind::Voucher:
            ++plan.vouchers;
            break;
        case RetailLineKind::Other:
            ++plan.otherRows;
            break;
        }
    }

    // An invoice becomes an order only with a product line; the rest are listed.
    QList<RetailInvoice> orders;
    orders.reserve(plan.orders.size());
    for (RetailInvoice &invoice : plan.orders) {
        if (invoice.lines.isEmpty())
            plan.invoicesWithoutProducts.append(invoice.invoiceNo);
        else
            orders.append(std::move(invoice));
    }
    plan.orders = std::move(orders);
    // A discount larger than the goods would make a negative total; the data set has none, and an order
    // cannot hold one, so it is capped at what the rest of the invoice comes to.
    for (RetailInvoice &invoice : plan.orders)
        invoice.discount = std::min(invoice.discount, invoice.subtotal() + invoice.shipping + invoice.fees);
    plan.matches = matchRetailCancellations(plan.orders, plan.cancellations);
    return plan;
}

QList<RetailCancellationMatch> matchRetailCancellations(const QList<RetailInvoice> &orders,
                                                        const QList<RetailInvoice> &cancellations)
{
    // What each order still holds per SKU, after what earlier cancellations took.
    QList<QHash<QString, qint64>> remaining(orders.size());
    QHash<QString, QList<qsizetype>> byCustomer;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        for (const RetailOrderLine &l : orders[i].lines)
            remaining[i][skuKey(l.sku)] += l.quantity;
        if (!orders[i].customerId.isEmpty())
            byCustomer[orders[i].customerId].append(i);
    }

    QList<qsizetype> sequence(cancellations.size());
    std::iota(sequence.begin(), sequence.end(), 0);
    std::stable_sort(sequence.begin(), sequence.end(), [&](qsizetype a, qsizetype b) {
        return std::pair(cancellations[a].placedAt, cancellations[a].firstLine)
               < std::pair(cancellations[b].placedAt, cancellations[b].firstLine);
    });

    QList<RetailCancellationMatch> matches(cancellations.size());
    for (qsizetype c : sequence) {
        const RetailInvoice &cancel = cancellations[c];
        RetailCancellationMatch &match = matches[c];
        match.invoiceNo = cancel.invoiceNo;
        if (cancel.customerId.isEmpty()) {
            match.reason = QStringLiteral("no customer: a guest's invoice");
            continue;
        }
        if (cancel.lines.isEmpty()) {
            match.reason = QStringLiteral("no product lines (only postage, fees or discounts)");
            continue;
        }
        QHash<QString, qint64> wanted;
        for (const RetailOrderLine &l : cancel.lines)
            wanted[skuKey(l.sku)] += l.quantity;
        std::optional<qsizetype> best;
        for (qsizetype i : byCustomer.value(cancel.customerId)) {
            const RetailInvoice &order = orders[i];
            if (order.placedAt > cancel.placedAt)
                continue;
            const bool holds = std::all_of(wanted.constKeyValueBegin(), wanted.constKeyValueEnd(), [&](const auto &w) {
                return remaining[i].value(w.first) >= w.second;
            });
            if (holds && (!best || std::pair(order.placedAt, order.firstLine)
                                       >= std::pair(orders[*best].placedAt, orders[*best].firstLine)))
                best = i;
        }
        if (!best) {
            match.reason = byCustomer.contains(cancel.customerId)
                               ? QStringLiteral("no earlier order of customer %1 holds these stock codes and quantities")
                                     .arg(cancel.customerId)
                               : QStringLiteral("customer %1 has no order in the file").arg(cancel.customerId);
            continue;
        }
        for (auto w = wanted.constKeyValueBegin(); w != wanted.constKeyValueEnd(); ++w)
            remaining[*best][w->first] -= w->second;
        match.orderInvoice = orders[*best].invoiceNo;
    }
    return matches;
}

} // namespace Backroom::Domain
