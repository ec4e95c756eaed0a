// SPDX-License-Identifier: MIT
#pragma once

#include "domain/csv.h"
#include "domain/product.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <expected>
#include <optional>

namespace Backroom::Domain {

// The rules that turn the UCI "Online Retail" data set (one invoice line per row: InvoiceNo, StockCode,
// Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country) into a catalog: one active product
// of one variant per stock code. Pure: the server reads and decompresses the file, hands the bytes over
// (CsvReader) and applies the plan through the catalog service.

// Prices in the data set are pounds sterling in major units.
inline constexpr const char *retailCurrency = "GBP";

// Why a row does not feed the catalog. Every row of the file is either used or rejected with one of these.
enum class RetailRejectReason {
    Malformed,      // not a row: bad CSV, or not as many fields as the header
    InvalidValue,   // a field that matters cannot be read: empty or non-SKU stock code, quantity, price, date
    NotAProduct,    // postage, carriage, fees, discounts, manual adjustments, samples, gift vouchers
    Cancellation,   // the invoice number starts with C
    NotASale,       // quantity 0 or less on an invoice that is not a cancellation
    NoPrice,        // unit price 0 or negative
    InvalidProduct, // the stock code's product breaks a catalog rule (no description, title too long, …)
};

QString retailRejectReasonName(RetailRejectReason reason); // "malformed", "invalid value", "not a product", …

struct RetailRejectedRow {
    qsizetype line = 0; // the line the row starts on, the header being line 1
    RetailRejectReason reason = RetailRejectReason::Malformed;
    QString message; // the detail, for a person: "invoice C536379", "UnitPrice is 0"

    // "<reason>: <message>", as reports show it.
    QString describe() const;
    friend bool operator==(const RetailRejectedRow &, const RetailRejectedRow &) = default;
};

// Where each needed column is in the file, found by header name (case and surrounding spaces ignored, any
// order, further columns allowed).
struct RetailColumns {
    qsizetype invoiceNo = -1;
    qsizetype stockCode = -1;
    qsizetype description = -1;
    qsizetype quantity = -1;
    qsizetype invoiceDate = -1;
    qsizetype unitPrice = -1;
    qsizetype customerId = -1; // optional columns: -1 when the header has none
    qsizetype country = -1;
    qsizetype fieldCount = 0; // fields in the header: every row must have as many
};

// Validation error naming every missing column.
Result<RetailColumns> retailColumns(const QStringList &header);
// Reads the header line of reader and finds the columns: Validation when the file is empty, the header is
// malformed, or a needed column is missing.
Result<RetailColumns> readRetailHeader(CsvReader &reader);

// An InvoiceDate ("yyyy-MM-dd HH:mm[:ss]" or "M/d/yyyy H:mm[:ss]") as a UTC time; nullopt if it is not one.
std::optional<QDateTime> retailInvoiceDateTime(QStringView text);

// A row that may feed a product.
struct RetailRow {
    qsizetype line = 0;
    QString invoiceNo;
    QString stockCode;      // as written (trimmed); compared ignoring case like every SKU
    QString description;    // trimmed, runs of white space made one space; may be empty
    qint64 quantity = 0;    // above 0
    qint64 invoiceTime = 0; // Julian day × 86,400 + seconds of the day, local time as written: for ordering only
    qint64 unitPrice = 0;   // minor units of retailCurrency, above 0
};

// What a stock code that is not a product stands for ("postage", "bank charges"); nullopt for a product.
// Case is ignored. The codes: POST, DOT (dotcom postage), C2 (carriage), D (discount), M (manual), S
// (samples), B (bad debt adjustment), CRUK (charity commission), BANK CHARGES, AMAZONFEE, and gift_… (gift
// vouchers).
std::optional<QString> retailNonProductCode(QStringView stockCode);

// A record as a row, or why it is rejected. Checked in this order: CSV errors and the field count
// (Malformed); an empty stock code (InvalidValue); a non-product code (NotAProduct); a cancellation; a stock
// code that is not a valid SKU (InvalidValue); the quantity (a whole number, else InvalidValue; above 0,
// else NotASale); the unit price (major units with at most 2 decimals besides trailing zeros, else
// InvalidValue; above 0, else NoPrice); the invoice date ("yyyy-MM-dd HH:mm[:ss]" or the original
// spreadsheet's "M/d/yyyy H:mm[:ss]", else InvalidValue). A cancelled row is never read further: it says
// nothing about a price.
std::expected<RetailRow, RetailRejectedRow> readRetailRow(const CsvRecord &record, const RetailColumns &columns);

// The category a title belongs in, as the path of names from the top ({"Home", "Candles & Lights"}), from
// keywords of the title: an ordered table of rules, the first whose keyword occurs in the title wins.
// Keywords are whole words or runs of words of the upper-cased title split at anything but A-Z and 0-9
// ("T-LIGHT" is T LIGHT), the last word also matching with S or ES appended; a few match as word prefixes
// (CANDLE also finds CANDLEHOLDER). Seasonal words come first (a Christmas card is Christmas), then specific
// phrases before the broad words they contain (CAKE CASES before CASE, HOT WATER BOTTLE before BOTTLE).
// {"Other"} when no rule matches.
QStringList retailCategoryPath(QStringView title);

// Every category path the rules can produce, parents before their children, top levels and siblings in
// display order (alphabetical, "Other" last). A category's position among its siblings is its index here.
QList<QStringList> retailCategoryTree();

// One product of the plan: the rows of one stock code folded together.
struct RetailProduct {
    QString sku;      // the stock code as most rows write it (ties: the one sorting first, upper case before lower)
    QString title;    // the most frequent description of the used rows (ties: the most recent), in the data's case
    qint64 price = 0; // the unit price of the most recent used row (by InvoiceDate, then line), minor units
    QStringList categoryPath;
    qsizetype firstLine = 0;
    qsizetype priceLine = 0;
    qsizetype rows = 0;

    // The product to create: active, this title, no description, the category id given (may be empty), one
    // variant with the SKU and the price in retailCurrency.
    Product toProduct(const QString &categoryId) const;
};

// What an import of the same stock code makes of a product already stored: the variant with the SKU
// (compared ignoring case) takes the price; a product of one variant takes the title; a product without a
// category takes categoryId. Everything else (status, description, other variants, a category a
// merchandiser chose) is kept. Returns current unchanged when nothing differs.
Product mergeRetailProduct(const Product &current, const RetailProduct &planned, const QString &categoryId);

struct RetailImportPlan {
    qsizetype rowsRead = 0;            // records after the header
    qsizetype rowsUsed = 0;            // rows that fed a product
    QList<RetailProduct> products;     // in the order their stock codes first appear
    QList<RetailRejectedRow> rejected; // every other row, in line order

    // The categories the products need, parents included, in retailCategoryTree() order.
    QList<QStringList> categoryPaths() const;
};

// Reads the whole file into a plan. Rows are grouped by stock code ignoring case; only used rows (not
// rejected) feed the title and the price. A stock code whose product would break a catalog rule
// (validateProduct) has all its rows rejected as InvalidProduct, with the rule's message.
// Fails (Validation) only when the file as a whole is unusable: empty, a malformed header, or a header
// without one of the needed columns.
Result<RetailImportPlan> planRetailImport(CsvReader &reader);

} // namespace Backroom::Domain
