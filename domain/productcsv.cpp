// SPDX-License-Identifier: MIT
#include "domain/productcsv.h"

#include "domain/barcode.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace Backroom::Domain::ProductCsv {

namespace {
const QString productIdColumn = QStringLiteral("product_id");
const QString productKeyColumn = QStringLiteral("product_key");
const QString titleColumn = QStringLiteral("title");
const QString descriptionColumn = QStringLiteral("description");
const QString statusColumn = QStringLiteral("status");
const QString categoryColumn = QStringLiteral("category_id");
const QString specificationsColumn = QStringLiteral("specifications");
const QString skuColumn = QStringLiteral("sku");
const QString optionsColumn = QStringLiteral("options");
const QString barcodeColumn = QStringLiteral("barcode");
const QString priceColumn = QStringLiteral("price");
const QString compareAtColumn = QStringLiteral("compare_at_price");
const QString currencyColumn = QStringLiteral("currency");

constexpr qsizetype productKeyLength = 200;

QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u';' || c == u'=')
            out += u'\\';
        out += c;
    }
    return out;
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

// The first message of a Validation error about one field.
QString reasonOf(const Error &error)
{
    return error.fields.isEmpty() ? error.message : error.fields.first().message;
}

// An amount in major units of a currency with exponent decimals; nullopt (and an error) when it is not one.
std::optional<qint64> amountCell(const QString &cell, int exponent, const QString &column, qsizetype line,
                                 QList<RowError> &errors)
{
    const QString text = cell.trimmed();
    if (text.startsWith(u'-')) {
        errors.append({line, column, QStringLiteral("must not be negative")});
        return std::nullopt;
    }
    auto amount = parseMajorUnits(text, exponent, column);
    if (!amount) {
        errors.append({line, column, reasonOf(amount.error())});
        return std::nullopt;
    }
    return *amount;
}

QString columnOfVariantField(QStringView rest)
{
    const QString head = rest.split(QRegularExpression(QStringLiteral("[.\\[]"))).first().toString();
    if (head == u"price" || head == u"compare_at_price")
        return rest.contains(u"currency") ? currencyColumn : head;
    return head;
}

QString columnOfProductField(QStringView field)
{
    const QString head = field.split(QRegularExpression(QStringLiteral("[.\\[]"))).first().toString();
    if (head == u"primary_category_id")
        return categoryColumn;
    if (head == titleColumn || head == descriptionColumn || head == statusColumn || head == specificationsColumn)
        return head;
    return {};
}
} // namespace

QStringList columns()
{
    return {productIdColumn,      productKeyColumn, titleColumn,   descriptionColumn, statusColumn,
            categoryColumn,       specificationsColumn, skuColumn, optionsColumn,     barcodeColumn,
            priceColumn,          compareAtColumn,  currencyColumn};
}

Result<Header> readHeader(const CsvRecord &record)
{
    if (!record.isValid())
        return fail(Error::validation(QStringLiteral("The header row is not valid CSV (%1); the first line must name "
                                                     "the columns.")
                                          .arg(record.error)));
    const QStringList known = columns();
    Header header;
    header.fieldCount = record.fields.size();
    QList<FieldError> errors;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString &name = record.fields[i];
        if (!known.contains(name))
            errors.append({name, QStringLiteral("is not a column of the product CSV (columns: %1)").arg(known.join(u", "))});
        else if (header.index.contains(name))
            errors.append({name, QStringLiteral("is named twice in the header")});
        else
            header.index.insert(name, i);
    }
    for (const QString &name : known) {
        if (!header.index.contains(name) && !record.fields.contains(name))
            errors.append({name, QStringLiteral("is missing from the header; every column must be there, even if empty")});
    }
    if (!errors.isEmpty())
        return fail(Error::validation(QStringLiteral("The header row of the CSV is not right; name every product CSV "
                                                     "column once, as an export writes them."),
                                      errors));
    return header;
}

QString encodeMap(const QMap<QString, QString> &map)
{
    QStringList pairs;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        pairs.append(escaped(it.key()) + u'=' + escaped(it.value()));
    return pairs.join(QStringLiteral("; "));
}

Result<QMap<QString, QString>> decodeMap(QStringView text, const QString &field)
{
    QMap<QString, QString> map;
    auto refuse = [&](const QString &why) {
        return fail(Error::validation(QStringLiteral("%1 is not a list of name=value pairs: %2.").arg(field, why),
                                      {{field, why}}));
    };
    QString name, value;
    bool inValue = false;
    bool any = false;
    auto finishPair = [&]() -> std::optional<QString> {
        const QString n = name.trimmed();
        const QString v = value.trimmed();
        name.clear();
        value.clear();
        const bool had = inValue;
        inValue = false;
        if (!had && n.isEmpty() && !any)
            return std::nullopt; // nothing written (an empty pair between separators)
        any = false;
        if (!had)
            return QStringLiteral("'%1' has no '=' (write name=value)").arg(n);
        if (n.isEmpty())
            return QStringLiteral("a pair has no name before '='");
        if (map.contains(n))
            return QStringLiteral("'%1' is given twice").arg(n);
        map.insert(n, v);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar c = text[i];
        if (c == u'\\') {
            if (i + 1 >= text.size())
                return refuse(QStringLiteral("it ends in a lone backslash (write \\\\ for one)"));
            c = text[++i];
            (inValue ? value : name) += c;
            any = true;
        } else if (c == u';') {
            if (auto why = finishPair())
                return refuse(*why);
        } else if (c == u'=' && !inValue) {
            inValue = true;
        } else if (c == u'=') {
            return refuse(QStringLiteral("a pair has '=' twice (write \\= for one inside a name or value)"));
        } else {
            (inValue ? value : name) += c;
            if (!c.isSpace())
                any = true;
        }
    }
    if (auto why = finishPair())
        return refuse(*why);
    return map;
}

namespace {
bool startsAsFormula(QStringView text)
{
    qsizetype at = 0;
    while (at < text.size() && text[at] == u'\'')
        ++at;
    return at < text.size() && QStringView(u"=+-@\t\r").contains(text[at]);
}
} // namespace

QString guardFormula(const QString &text)
{
    return startsAsFormula(text) ? u'\'' + text : text;
}

QString unguardFormula(const QString &cell)
{
    return cell.startsWith(u'\'') && startsAsFormula(cell) ? cell.mid(1) : cell;
}

QByteArray productRows(qint64 id, const Product &product)
{
    QByteArray out;
    for (const Variant &v : product.variants) {
        out += csvRecordText({QString::number(id), QString(), guardFormula(product.title), guardFormula(product.description),
                              productStatusName(product.status), product.primaryCategoryId,
                              guardFormula(encodeMap(product.specifications)), guardFormula(v.sku),
                              guardFormula(encodeMap(v.options)), v.barcode,
                              formatMajorUnits(v.price),
                              v.compareAtPrice ? formatMajorUnits(*v.compareAtPrice) : QString(), v.price.currency});
    }
    return out;
}

namespace {
std::expected<Row, QList<RowError>> readRow(const CsvRecord &record, const Header &header)
{
    const qsizetype line = record.line;
    auto cell = [&](const QString &column) { return record.fields.value(header.index.value(column)); };
    Row row;
    row.line = line;
    QList<RowError> errors;

    if (const QString id = cell(productIdColumn).trimmed(); !id.isEmpty()) {
        if (const auto parsed = positiveId(id))
            row.productId = *parsed;
        else
            errors.append({line, productIdColumn, QStringLiteral("must be a product id (a whole number) or empty")});
    }
    row.productKey = cell(productKeyColumn).trimmed();
    if (row.productKey.size() > productKeyLength)
        errors.append({line, productKeyColumn, QStringLiteral("must be at most %1 characters").arg(productKeyLength)});
    row.title = unguardFormula(cell(titleColumn).trimmed());
    row.description = unguardFormula(cell(descriptionColumn));
    if (const QString status = cell(statusColumn).trimmed(); !status.isEmpty()) {
        row.status = productStatusFromName(status);
        if (!row.status)
            errors.append({line, statusColumn, QStringLiteral("must be draft, active, archived or empty")});
    }
    if (const QString category = cell(categoryColumn).trimmed(); !category.isEmpty()) {
        if (positiveId(category))
            row.categoryId = QString::number(*positiveId(category));
        else
            errors.append({line, categoryColumn, QStringLiteral("must be a category id or empty")});
    }
    if (auto specs = decodeMap(unguardFormula(cell(specificationsColumn)), specificationsColumn))
        row.specifications = *specs;
    else
        errors.append({line, specificationsColumn, reasonOf(specs.error())});

    if (auto sku = parseSku(QJsonValue(unguardFormula(cell(skuColumn).trimmed())), skuColumn))
        row.variant.sku = *sku;
    else
        errors.append({line, skuColumn, reasonOf(sku.error())});
    if (auto options = decodeMap(unguardFormula(cell(optionsColumn)), optionsColumn))
        row.variant.options = *options;
    else
        errors.append({line, optionsColumn, reasonOf(options.error())});
    if (const QString barcode = cell(barcodeColumn).trimmed(); !barcode.isEmpty()) {
        if (auto gtin = parseGtin(barcode, barcodeColumn))
            row.variant.barcode = *gtin;
        else
            errors.append({line, barcodeColumn, reasonOf(gtin.error())});
    }
    const QString currency = cell(currencyColumn).trimmed();
    const std::optional<int> exponent = currencyExponent(currency);
    if (currency.isEmpty())
        errors.append({line, currencyColumn, QStringLiteral("is required: an ISO 4217 code such as GBP")});
    else if (!exponent)
        errors.append({line, currencyColumn,
                       QStringLiteral("'%1' is not a currency this shop knows; use an ISO 4217 code such as GBP").arg(currency)});
    const QString price = cell(priceColumn).trimmed();
    if (price.isEmpty())
        errors.append({line, priceColumn, QStringLiteral("is required, in major units such as 12.99")});
    else if (exponent) {
        if (const auto amount = amountCell(price, *exponent, priceColumn, line, errors))
            row.variant.price = {*amount, currency};
    }
    if (const QString compareAt = cell(compareAtColumn).trimmed(); !compareAt.isEmpty() && exponent) {
        if (const auto amount = amountCell(compareAt, *exponent, compareAtColumn, line, errors))
            row.variant.compareAtPrice = Money{*amount, currency};
    }
    if (!errors.isEmpty())
        return std::unexpected(errors);
    return row;
}

// The product-level columns on which a row differs from the first row of its product.
QStringList disagreements(const Row &first, const Row &row)
{
    QStringList columns;
    if (row.title != first.title)
        columns.append(titleColumn);
    if (row.description != first.description)
        columns.append(descriptionColumn);
    if (row.status != first.status)
        columns.append(statusColumn);
    if (row.categoryId != first.categoryId)
        columns.append(categoryColumn);
    if (row.specifications != first.specifications)
        columns.append(specificationsColumn);
    return columns;
}
} // namespace

Plan plan(CsvReader &reader, const Header &header)
{
    Plan result;
    QHash<QString, qsizetype> groupOf;  // "id:7", "key:mug" → index in groups
    QHash<QString, qsizetype> skuLines; // skuKey → line it was first used on
    while (auto record = reader.next()) {
        ++result.rows;
        const qsizetype line = record->line;
        if (!record->isValid()) {
            result.rejected.append({line, QString(), record->error});
            continue;
        }
        if (record->fields.size() != header.fieldCount) {
            result.rejected.append({line, QString(),
                                    QStringLiteral("has %1 fields; the header has %2").arg(record->fields.size()).arg(header.fieldCount)});
            continue;
        }
        auto row = readRow(*record, header);
        if (!row) {
            result.rejected.append(row.error());
            continue;
        }
        const QString sku = skuKey(row->variant.sku);
        if (const auto first = skuLines.constFind(sku); first != skuLines.cend()) {
            result.rejected.append({line, skuColumn, QStringLiteral("repeats the SKU of line %1").arg(*first)});
            continue;
        }
        const QString key = row->productId ? QStringLiteral("id:%1").arg(row->productId)
            : !row->productKey.isEmpty()   ? QStringLiteral("key:") + row->productKey
                                           : QStringLiteral("line:%1").arg(line);
        if (const auto index = groupOf.constFind(key); index != groupOf.cend()) {
            Group &group = result.groups[*index];
            const QStringList differ = disagreements(group.rows.first(), *row);
            if (!differ.isEmpty()) {
                for (const QString &column : differ)
                    result.rejected.append({line, column,
                                            QStringLiteral("differs from line %1 of the same product; a product's rows "
                                                           "must agree on it")
                                                .arg(group.rows.first().line)});
                continue;
            }
            group.rows.append(*row);
        } else {
            groupOf.insert(key, result.groups.size());
            result.groups.append({row->productId, {*row}});
        }
        skuLines.insert(sku, line);
    }
    return result;
}

QList<RowError> rowErrors(const Group &group, const Error &error)
{
    static const QRegularExpression variantField(QStringLiteral("^variants\\[(\\d+)\\]\\.(.*)$"));
    QList<RowError> errors;
    const qsizetype firstLine = group.rows.first().line;
    for (const FieldError &f : error.fields) {
        const QRegularExpressionMatch m = variantField.match(f.field);
        const qsizetype index = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        if (index >= 0 && index < group.rows.size())
            errors.append({group.rows[index].line, columnOfVariantField(m.capturedView(2)), f.message});
        else
            errors.append({firstLine, columnOfProductField(f.field), f.message});
    }
    if (errors.isEmpty())
        errors.append({firstLine, QString(), error.message});
    return errors;
}

std::expected<Product, QList<RowError>> product(const Group &group, const std::optional<Product> &current)
{
    const Row &first = group.rows.first();
    Product p;
    p.title = first.title;
    p.description = first.description;
    p.specifications = first.specifications;
    p.status = first.status.value_or(current ? current->status : ProductStatus::Draft);
    p.primaryCategoryId = first.categoryId;
    for (const Row &row : group.rows)
        p.variants.append(row.variant);
    if (auto valid = validateProduct(p); !valid)
        return std::unexpected(rowErrors(group, valid.error()));
    if (current) {
        if (auto allowed = checkStatusTransition(current->status, p.status); !allowed)
            return std::unexpected(rowErrors(group, allowed.error()));
    }
    return p;
}

} // namespace Backroom::Domain::ProductCsv
