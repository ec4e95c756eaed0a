// SPDX-License-Identifier: MIT
#pragma once

#include "domain/csv.h"
#include "domain/product.h"
#include "domain/result.h"

#include <QHash>
#include <expected>
#include <optional>

namespace Backroom::Domain::ProductCsv {

// The product CSV that export writes and import reads: a header row naming these columns (any order, each
// exactly once, all of them), then one row per variant. Rows of one product sit under one product_id (an
// existing product) or one product_key (a new one; a row with neither is a product of one variant), and
// agree on the product-level columns: title, description, status, category_id, specifications.
//   specifications, options: "name=value; name=value"; a backslash escapes ';', '=' and '\' in names and
//                            values; spaces around names and values are not kept.
//   price, compare_at_price: major units as a shop writes them ("12.99"), at most the currency's decimals.
//   status: draft, active, archived; empty: draft for a new product, unchanged for an existing one.
//   barcode, compare_at_price, category_id, description: empty for none.
//   title, description, specifications, sku, options: a cell that a spreadsheet would run as a formula
//   (it starts with =, +, -, @, a tab or a carriage return, after any apostrophes) is written with one more
//   apostrophe in front, and import takes that apostrophe off again, so an export opened in a spreadsheet
//   runs nothing and re-importing it changes nothing.
QStringList columns();

// The text as an export writes it into a cell, guarded as described above.
QString guardFormula(const QString &text);
// The reverse of guardFormula: the cell's text as the product holds it.
QString unguardFormula(const QString &cell);

struct Header {
    QHash<QString, qsizetype> index; // column name → field index
    qsizetype fieldCount = 0;
};

// The header record: Validation error with one field error per column that is unknown, repeated or
// missing, the field being the column's name.
Result<Header> readHeader(const CsvRecord &record);

// "name=value; name=value", escaping as described above; names in map order.
QString encodeMap(const QMap<QString, QString> &map);
// The reverse; Validation error on field for a pair without '=', an empty name, a name given twice or a
// trailing lone backslash.
Result<QMap<QString, QString>> decodeMap(QStringView text, const QString &field);

// The rows of one product, in variant order, product_id filled.
QByteArray productRows(qint64 id, const Product &product);

// One problem of an import file: where (line, column; column empty for the row as a whole) and why.
struct RowError {
    qsizetype line = 0;
    QString column;
    QString reason;
    friend bool operator==(const RowError &, const RowError &) = default;
};

struct Row {
    qsizetype line = 0;
    qint64 productId = 0; // 0: none given
    QString productKey;
    QString title;
    QString description;
    std::optional<ProductStatus> status; // none: the cell was empty
    QString categoryId;
    QMap<QString, QString> specifications;
    Variant variant;
};

// One product of the file: its rows in file order.
struct Group {
    qint64 productId = 0;
    QList<Row> rows;
};

struct Plan {
    qsizetype rows = 0;       // records after the header
    QList<Group> groups;      // in the order products first appear
    QList<RowError> rejected; // in line order
};

// Reads every record after the header: each row's own cells (sku, barcode, prices in the currency's
// exponent, status, maps, ids); rows of one product that disagree on a product-level column (the later row
// is rejected naming it); a SKU used twice in the file, compared ignoring case (the later row is rejected).
// A rejected row joins no group.
Plan plan(CsvReader &reader, const Header &header);

// The product a group describes: product-level columns from its first row, one variant per row. status
// falls back to current's (or draft); validateProduct's and checkStatusTransition's errors are mapped to
// the line and column they come from.
std::expected<Product, QList<RowError>> product(const Group &group, const std::optional<Product> &current);

// A Domain::Error about a group's product (its field paths as validateProduct names them) as row errors.
QList<RowError> rowErrors(const Group &group, const Error &error);

} // namespace Backroom::Domain::ProductCsv
