// SPDX-License-Identifier: MIT
#pragma once

#include "domain/csv.h"
#include "domain/result.h"
#include "domain/retailimport.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace Backroom::Domain {

// The rules that turn the invoices of the UCI "Online Retail" data set into customers and historical orders
// (the catalog is retailimport.h's). Pure: the server reads the file and writes what the plan says through
// its order service.
//
// The definitions (issue 8, shared with the reports): product lines are stock codes that start with a digit
// or with DCGS; POST, DOT and C2 are shipping charges; D is a discount; M/m (manual adjustments), BANK
// CHARGES, AMAZONFEE and S (samples) are fees; gift_* are gift vouchers (a liability, not a sale); a product
// row with a negative quantity and price 0 on an invoice that is not a cancellation is a stock write-off. A
// line's amount is quantity × unit price rounded to the penny per line.
//
// How an invoice becomes an order: its product rows are the order lines, one line per row in file order (the
// same SKU may appear twice); shipping charges add up to the order's shipping, discounts to its discount,
// fees to its fees, so that total = subtotal − discount + shipping + fees, every part in pence and never
// negative. Vouchers, write-offs and codes outside the definitions (B, CRUK, …) are not on the order; they are
// counted. An invoice without a product line (only postage, only a fee, only write-offs) is not an order.

enum class RetailLineKind { Product, Shipping, Discount, Fee, Voucher, Other };

// The kind of a stock code by the definitions above; case is ignored.
RetailLineKind retailLineKind(QStringView stockCode);
QString retailLineKindName(RetailLineKind kind); // "product", "shipping", "discount", "fee", "voucher", "other"

// A unit price of the file ("2.55", "0.165", "-11062.06") in millionths of a pound; nullopt for anything
// else (more than 6 decimals, not a number, beyond ±10^9 pounds).
std::optional<qint64> retailPriceMicros(QStringView text);

// quantity × price rounded to the penny, halves away from zero ("0.165" × 3 = 0.495 → 50 pence).
qint64 retailLineAmount(qint64 quantity, qint64 priceMicros);

// The ISO 3166-1 alpha-2 code of a Country of the data set ("United Kingdom" → "GB", "EIRE" → "IE", "RSA" →
// "ZA"); "ZZ" (unknown region) for "Unspecified", "European Community" and "Channel Islands", which have none.
QString retailCountryCode(QStringView country);

// The customer id as the data set writes it ("12583.0", "12583") as digits; nullopt when empty or not a whole
// positive number.
std::optional<QString> retailCustomerId(QStringView text);

// The synthetic address of a customer, which no mail reaches: customer-12583@retail.example.
QString retailCustomerEmail(const QString &customerId);
// The address of a guest's order, one per invoice: guest-536414@retail.example.
QString retailGuestEmail(const QString &invoiceNo);

struct RetailOrderLine {
    qsizetype line = 0; // in the file
    QString sku;
    QString title;        // the row's description, or the SKU when it has none
    qint64 quantity = 0;  // above 0 (a cancellation's quantity made positive)
    qint64 unitAmount = 0; // the unit price rounded to the penny: what an order line's unit can hold
    qint64 amount = 0;     // retailLineAmount, made positive for a cancellation
};

struct RetailInvoice {
    QString invoiceNo;
    QString customerId;  // digits; empty for a guest
    QString countryName; // as the file writes it
    QString country;     // retailCountryCode
    QDateTime placedAt;  // UTC: the file's local times are read as UTC (December in the UK is GMT)
    bool cancellation = false;
    QList<RetailOrderLine> lines;
    // In pence, as charged (for a cancellation: as given back), never negative.
    qint64 shipping = 0;
    qint64 discount = 0;
    qint64 fees = 0;
    qsizetype firstLine = 0;

    qint64 subtotal() const; // the lines' amounts
    qint64 total() const;    // subtotal − discount + shipping + fees
};

struct RetailCustomer {
    QString id;          // digits
    QString countryName; // of the customer's first row in the file
    QString country;
    QString email() const { return retailCustomerEmail(id); }
    QString name() const; // "Customer 12583"
};

// What a cancellation invoice was matched to.
struct RetailCancellationMatch {
    QString invoiceNo;    // C536379
    QString orderInvoice; // the invoice of the order it cancels (part of); empty when unmatched
    QString reason;       // why it could not be matched; empty when matched
};

struct RetailHistoryPlan {
    qsizetype rowsRead = 0;
    QList<RetailCustomer> customers;         // in order of first appearance
    QList<RetailInvoice> orders;             // invoices with a product line, in order of first appearance
    QList<RetailInvoice> cancellations;      // invoices starting with C, in order of first appearance
    QList<RetailCancellationMatch> matches;  // one per cancellation, same order
    QStringList invoicesWithoutProducts;     // not cancellations, yet no order: no product line
    QList<RetailRejectedRow> rejected;       // rows that cannot be read (malformed, bad values), line order
    qsizetype vouchers = 0;                  // gift voucher rows (not sales)
    qsizetype writeOffs = 0;                 // stock write-off rows (not sales)
    qsizetype otherRows = 0;                 // codes outside the definitions (B, CRUK, …): not on an order

    qsizetype matchedCancellations() const;
};

// Reads the whole file. Rows are grouped by invoice number; an invoice's time is its earliest row's, its
// customer and country its first row's. Rows with a bad quantity, price or date are rejected (listed) and
// the rest of their invoice is kept; a product row with a negative quantity and a price above 0 on an
// invoice that is not a cancellation is rejected as well (the data set has none). Fails (Validation) only
// when the file as a whole is unusable, like planRetailImport.
Result<RetailHistoryPlan> planRetailHistory(CsvReader &reader);

// Matches every cancellation to the order it takes back: among the orders of the same customer placed at or
// before it, the latest that still holds every product SKU of the cancellation (ignoring case) in at least
// the cancelled quantity, after what earlier cancellations took. Cancellations are handled in time order
// (then file order). Unmatched with a reason: a guest's, one without product lines (a fee or postage only),
// one whose lines no earlier order of the customer holds (typically an order from before the file's first
// day). Returns one match per cancellation, in the order given.
QList<RetailCancellationMatch> matchRetailCancellations(const QList<RetailInvoice> &orders,
                                                        const QList<RetailInvoice> &cancellations);

} // namespace Backroom::Domain
