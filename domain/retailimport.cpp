// SPDX-License-Identifier: MIT
#include "domain/retailimport.h"

#include "domain/money.h"

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QTime>
#include <algorithm>
#include <set>

namespace Backroom::Domain {

namespace {

// Matched in this order; the first rule with a keyword in the title wins. Keywords are separated by spaces;
// '_' joins the words of a phrase; a trailing '*' matches any word starting so. A null leaf puts the product
// in the top-level category itself.
struct CategoryRule {
    const char *top;
    const char *leaf;
    const char *keywords;
};

constexpr CategoryRule categoryRules[] = {
    {"Seasonal", "Christmas",
     "CHRISTMAS XMAS ADVENT SANTA REINDEER SNOWMAN SNOWFLAKE NATIVITY BAUBLE TINSEL BLACKCHRISTMAS"},
    {"Seasonal", "Easter", "EASTER"},
    // Phrases that would otherwise fall to a broader rule below (CARD, KITCHEN, CAKE, BATH).
    {"Toys & Party", "Toys & Games",
     "CARD_GAME PLAYING_CARD JIGSAW DOMINOES SKITTLES SOFT_TOY DRAWING_SLATE PLAYHOUSE"},
    {"Home", "Decorations", "BUILDING_BLOCK_WORD"},
    {"Toys & Party", "Party",
     "PARTY BALLOON BIRTHDAY_CANDLE PAPER_CUP PAPER_PLATE STRAW CONFETTI BANNER INVITE PASS_THE_PARCEL TOAST_ITS"},
    {"Home", "Wall Art & Signs", "SIGN DOORSIGN PLAQUE WALL_ART CHALKBOARD BLACKBOARD BLACK_BOARD POSTER MEMOBOARD"},
    {"Gifts & Stationery", "Cards & Wrap", "CARD CARDHOLDER WRAP GIFT_TAG GIFT_BAG TISSUE RIBBON ENVELOPE"},
    {"Fashion", "Jewellery",
     "NECKLACE NECKL NECKLCE BRACELET EARRING BROOCH PENDANT CHARM BEAD DIAMANTE HAIR_CLIP HAIRCLIP HAIR_SLIDE "
     "HAIR_BAND HAIRBAND HAIR_COMB HAIR_GRIP TIARA BANGLE ANKLET JEWELLERY RING CHOKER"},
    {"Kitchen & Dining", "Baking",
     "CAKE_CASE CAKE_TIN CAKE_STAND CAKESTAND CAKE_MOULD BAKING BAKE CUPCAKE MOULD COOKIE_CUTTER BISCUIT_CUTTER "
     "PASTRY ROLLING_PIN ICING RECIPE PETIT_FOUR"},
    {"Kitchen & Dining", "Kitchenware",
     "KITCHEN APRON OVEN_GLOVE OVEN_MITT TEA_TOWEL LUNCH_BOX LUNCH_BAG CHOPPING_BOARD SCALE TIMER BREAD_BIN SPICE "
     "DRAINER FOOD_COVER FOOD_CONTAINER CONTAINER BISCUIT_TIN JAM_MAKING MEASURING PICNIC SPOON TEASPOON PAN CADDY "
     "COLANDER SQUEEZER TOASTRACK EGG_WARMER COOKING FLASK SALT_AND_PEPPER CANNISTER CANISTER COFFEE_SET"},
    {"Fashion", "Bags & Purses", "BAG HANDBAG SHOPPER TOTE PURSE WALLET RUCKSACK BACKPACK"},
    {"Fashion", "Accessories",
     "UMBRELLA SCARF GLOVE HAT KEY_RING KEYRING KEY_FOB COMPACT_MIRROR PASSPORT_COVER VIPPASSPORT LUGGAGE_TAG "
     "SLIPPER SOCK SUNGLASSES HAND_WARMER PONCHO RAIN_MAC EAR_MUFF HEADPHONES SOMBRERO GRASS_SKIRT"},
    {"Home", "Bath & Beauty",
     "SOAP BATH BATHROOM WASHBAG TOILETRY TOOTHBRUSH HAND_CREAM LIP_GLOSS NAIL MAKE_UP COSMETIC SPONGE SHOWER "
     "PLASTER"},
    {"Home", "Textiles",
     "CUSHION SQUARECUSHION C_COVER THROW BLANKET QUILT HOT_WATER_BOTTLE HOTTIE DOORMAT DOOR_MAT TOWEL FLANNEL "
     "CURTAIN FILLER_PAD HAMMOCK IRONING_BOARD_COVER"},
    {"Home", "Candles & Lights",
     "CANDLE* T_LIGHT TLIGHT TEALIGHT LANTERN LAMP LAMPSHADE LIGHT NIGHTLIGHT LIGHTBULB BULB CHANDELIER INCENSE "
     "OIL_BURNER WICK VOTIVE LED"},
    {"Garden", nullptr,
     "GARDEN GARDENER PLANT PLANTER FLOWER_POT PLANT_POT WATERING_CAN FEEDER BIRDHOUSE BIRD_HOUSE BIRD_TABLE SEED "
     "HERB_MARKER TROWEL KNEELING_PAD TWINE SOW GROW WINDSOCK THERMOMETER SPIRIT_LEVEL TOOL_SET SCREWDRIVER GNOME"},
    {"Kitchen & Dining", "Tableware",
     "MUG CUP SAUCER PLATE PLATTER BOWL FRUITBOWL TEAPOT TEA_SET TEA_FOR_ONE COSY JUG GLASSES TEA_GLASS "
     "MILKSHAKE_GLASS APERITIF_GLASS CHALICE TUMBLER BEAKER CUTLERY FORK NAPKIN COASTER PLACEMAT PLACE_MAT "
     "PLACE_SETTING TABLECLOTH TABLE_CLOTH DOILY DOILIES TRAY CHOPSTICK CHAMPAGNE WINE EGG_CUP DISH BREAKFAST_SET"},
    {"Home", "Clocks", "CLOCK"},
    {"Home", "Frames & Mirrors", "FRAME PHOTOFRAME PHOTO MIRROR PICTURE"},
    {"Toys & Party", "Toys & Games",
     "TOY GAME DOLL PUZZLE HELICOPTER LUDO LADDER SKIPPING_ROPE FLYING_DISC WINDMILL STENCIL PAINT_SET "
     "PAINT_YOUR_OWN COLOURING_SET MODELLING CREEPY_CRAWLIE STRESS_BALL FARM_ANIMAL TATTOO BADGE GLOW_IN_DARK SPADE "
     "SANDCASTLE NINJA GLIDER SPINNING_TOP TEDDY BINGO BUBBLE RACING ROCKET MARBLE PUPPET KNITTING_NANCY KIT BLOCK "
     "PATCH RADIO"},
    {"Gifts & Stationery", "Stationery",
     "PEN PENCIL NOTEBOOK NOTE_BOOK NOTEPAD NOTE_PAD ERASER RUBBER STICKER CALENDAR DIARY PAPER SKETCHBOOK "
     "ADDRESS_BOOK CHALK CRAYON STAMP TAPE BOOKMARK SHARPENER RULER ORIGAMI JOURNAL MEMO ALBUM BOOK STATIONERY "
     "WRITING_SET POSTCARD PAPERWEIGHT P_WEIGHT CALCULATOR SCISSOR NEEDLE SEWING"},
    {"Home", "Furniture", "STOOL CHAIR POUFFE SEAT DESK"},
    {"Home", "Storage",
     "BOX TIN JAR BASKET DRAWER STORAGE CHEST CABINET HOOK HANGER RACK BIN CRATE PEG ORGANISER TIDY SHELF HOLDER "
     "BUCKET"},
    {"Home", "Decorations",
     "DECORATION HANGING ORNAMENT GARLAND BUNTING WREATH DOORSTOP DOOR_STOP MOBILE CHIME BELL MAGNET FEATHER FLOWER "
     "VASE KNOB DRAWERKNOB FIGURE HEART LETTER BLOCK_WORD DISCO_BALL FLYING_DUCK TOADSTOOL MUSHROOM FAN PARASOL "
     "ROSETTE CLOCHE NUMBER_TILE PENNANT FLAG BUDDHA ICICLE STAR BUTTERFLIES ASHTRAY MONEY_BANK PIGGY_BANK"},
};

const QString otherCategory = QStringLiteral("Other");

struct Keyword {
    QStringList words;
    bool prefix = false; // the last word matches any word starting with it
};

struct CompiledRule {
    QStringList path;
    QList<Keyword> keywords;
};

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> rules = [] {
        QList<CompiledRule> list;
        for (const CategoryRule &rule : categoryRules) {
            CompiledRule compiled;
            compiled.path.append(QString::fromUtf8(rule.top));
            if (rule.leaf)
                compiled.path.append(QString::fromUtf8(rule.leaf));
            for (const QString &k : QString::fromUtf8(rule.keywords).split(u' ', Qt::SkipEmptyParts)) {
                Keyword keyword;
                keyword.prefix = k.endsWith(u'*');
                keyword.words = (keyword.prefix ? k.chopped(1) : k).split(u'_');
                compiled.keywords.append(keyword);
            }
            list.append(compiled);
        }
        return list;
    }();
    return rules;
}

QStringList titleWords(QStringView title)
{
    QStringList words;
    QString word;
    for (QChar c : title) {
        const QChar u = c.toUpper();
        if ((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')) {
            word += u;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool lastWordMatches(const QString &word, const QString &keyword, bool prefix)
{
    if (prefix)
        return word.startsWith(keyword);
    if (word == keyword)
        return true;
    if (word.size() == keyword.size() + 1)
        return word.startsWith(keyword) && word.endsWith(u'S');
    if (word.size() == keyword.size() + 2)
        return word.startsWith(keyword) && word.endsWith(QLatin1String("ES"));
    return false;
}

bool contains(const QStringList &words, const Keyword &keyword)
{
    const qsizetype n = keyword.words.size();
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        bool match = true;
        for (qsizetype j = 0; j + 1 < n && match; ++j)
            match = words[i + j] == keyword.words[j];
        if (match && lastWordMatches(words[i + n - 1], keyword.words[n - 1], keyword.prefix))
            return true;
    }
    return false;
}

RetailRejectedRow reject(qsizetype line, RetailRejectReason reason, QString message)
{
    return {line, reason, std::move(message)};
}

// "2010-12-01 08:26:00", "2010-12-01 08:26" or "12/1/2010 8:26[:00]".
std::optional<qint64> parseInvoiceTime(QStringView text)
{
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return std::nullopt;
    const auto number = [](QStringView s, int minDigits, int maxDigits) -> std::optional<int> {
        if (s.size() < minDigits || s.size() > maxDigits ||
            !std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return std::nullopt;
        return s.toInt();
    };
    QDate date;
    if (parts[0].contains(u'-')) {
        const auto d = parts[0].split(u'-');
        if (d.size() != 3)
            return std::nullopt;
        const auto y = number(d[0], 4, 4), m = number(d[1], 1, 2), day = number(d[2], 1, 2);
        if (!y || !m || !day)
            return std::nullopt;
        date = QDate(*y, *m, *day);
    } else {
        const auto d = parts[0].split(u'/');
        if (d.size() != 3)
            return std::nullopt;
        const auto m = number(d[0], 1, 2), day = number(d[1], 1, 2), y = number(d[2], 4, 4);
        if (!y || !m || !day)
            return std::nullopt;
        date = QDate(*y, *m, *day);
    }
    const auto t = parts[1].split(u':');
    if (t.size() < 2 || t.size() > 3)
        return std::nullopt;
    const auto h = number(t[0], 1, 2), min = number(t[1], 2, 2);
    const auto s = t.size() == 3 ? number(t[2], 2, 2) : std::optional<int>(0);
    if (!date.isValid() || !h || !min || !s)
        return std::nullopt;
    const QTime time(*h, *min, *s);
    if (!time.isValid())
        return std::nullopt;
    return date.toJulianDay() * 86400 + time.msecsSinceStartOfDay() / 1000;
}

// Fields are read without their surrounding spaces.
QString field(const CsvRecord &record, qsizetype index)
{
    return record.fields.at(index).trimmed();
}
} // namespace

QString retailRejectReasonName(RetailRejectReason reason)
{
    switch (reason) {
    case RetailRejectReason::Malformed:
        return QStringLiteral("malformed");
    case RetailRejectReason::InvalidValue:
        return QStringLiteral("invalid value");
    case RetailRejectReason::NotAProduct:
        return QStringLiteral("not a product");
    case RetailRejectReason::Cancellation:
        return QStringLiteral("cancellation");
    case RetailRejectReason::NotASale:
        return QStringLiteral("not a sale");
    case RetailRejectReason::NoPrice:
        return QStringLiteral("no price");
    case RetailRejectReason::InvalidProduct:
        return QStringLiteral("invalid product");
    }
    return {};
}

QString RetailRejectedRow::describe() const
{
    return retailRejectReasonName(reason) + QStringLiteral(": ") + message;
}

Result<RetailColumns> retailColumns(const QStringList &header)
{
    RetailColumns columns;
    columns.fieldCount = header.size();
    const std::pair<const char *, qsizetype RetailColumns::*> wanted[] = {
        {"InvoiceNo", &RetailColumns::invoiceNo},     {"StockCode", &RetailColumns::stockCode},
        {"Description", &RetailColumns::description}, {"Quantity", &RetailColumns::quantity},
        {"InvoiceDate", &RetailColumns::invoiceDate}, {"UnitPrice", &RetailColumns::unitPrice},
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        if (name.compare(QLatin1String("CustomerID"), Qt::CaseInsensitive) == 0 && columns.customerId < 0)
            columns.customerId = i;
        else if (name.compare(QLatin1String("Country"), Qt::CaseInsensitive) == 0 && columns.country < 0)
            columns.country = i;
    }
    QStringList missing;
    for (const auto &[name, member] : wanted) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                columns.*member = i;
                break;
            }
        }
        if (columns.*member < 0)
            missing.append(QString::fromLatin1(name));
    }
    if (!missing.isEmpty()) {
        QList<FieldError> fields;
        for (const QString &m : missing)
            fields.append({m, QStringLiteral("is missing from the header")});
        return fail(Error::validation(
            QStringLiteral("The first line must name the columns InvoiceNo, StockCode, Description, Quantity, "
                           "InvoiceDate and UnitPrice; missing: %1.")
                .arg(missing.join(QStringLiteral(", "))),
            fields));
    }
    return columns;
}

std::optional<QDateTime> retailInvoiceDateTime(QStringView text)
{
    const auto time = parseInvoiceTime(text);
    if (!time)
        return std::nullopt;
    return QDateTime(QDate::fromJulianDay(*time / 86400), QTime::fromMSecsSinceStartOfDay(int(*time % 86400) * 1000),
                     Qt::UTC);
}

std::optional<QString> retailNonProductCode(QStringView stockCode)
{
    static const QHash<QString, QString> codes = {
        {QStringLiteral("POST"), QStringLiteral("postage")},
        {QStringLiteral("DOT"), QStringLiteral("dotcom postage")},
        {QStringLiteral("C2"), QStringLiteral("carriage")},
        {QStringLiteral("D"), QStringLiteral("discount")},
        {QStringLiteral("M"), QStringLiteral("manual adjustment")},
        {QStringLiteral("S"), QStringLiteral("samples")},
        {QStringLiteral("B"), QStringLiteral("bad debt adjustment")},
        {QStringLiteral("CRUK"), QStringLiteral("charity commission")},
        {QStringLiteral("BANK CHARGES"), QStringLiteral("bank charges")},
        {QStringLiteral("AMAZONFEE"), QStringLiteral("Amazon fee")},
    };
    const QString code = stockCode.trimmed().toString().toUpper();
    if (auto it = codes.constFind(code); it != codes.constEnd())
        return *it;
    if (code.startsWith(QLatin1String("GIFT_")))
        return QStringLiteral("gift voucher");
    return std::nullopt;
}

std::expected<RetailRow, RetailRejectedRow> readRetailRow(const CsvRecord &record, const RetailColumns &columns)
{
    const qsizetype line = record.line;
    const auto refuse = [line](RetailRejectReason reason, QString message) {
        return std::unexpected(reject(line, reason, std::move(message)));
    };
    if (!record.isValid())
        return refuse(RetailRejectReason::Malformed, record.error);
    if (record.fields.size() != columns.fieldCount)
        return refuse(
            RetailRejectReason::Malformed,
            QStringLiteral("has %1 fields, the header has %2").arg(record.fields.size()).arg(columns.fieldCount));
    RetailRow row;
    row.line = line;
    row.invoiceNo = field(record, columns.invoiceNo);
    row.stockCode = field(record, columns.stockCode);
    if (row.stockCode.isEmpty())
        return refuse(RetailRejectReason::InvalidValue, QStringLiteral("StockCode is empty"));
    if (auto what = retailNonProductCode(row.stockCode))
        return refuse(RetailRejectReason::NotAProduct, QStringLiteral("StockCode %1 is %2").arg(row.stockCode, *what));
    if (row.invoiceNo.startsWith(u'C', Qt::CaseInsensitive))
        return refuse(RetailRejectReason::Cancellation, QStringLiteral("invoice %1").arg(row.invoiceNo));
    if (auto sku = parseSku(QJsonValue(row.stockCode), QStringLiteral("StockCode")); !sku)
        return refuse(RetailRejectReason::InvalidValue, QStringLiteral("StockCode '%1' is not a SKU: it %2")
                                                            .arg(row.stockCode, sku.error().fields.value(0).message));

    const QString quantity = field(record, columns.quantity);
    bool ok = false;
    row.quantity = quantity.toLongLong(&ok);
    if (!ok)
        return refuse(RetailRejectReason::InvalidValue,
                      QStringLiteral("Quantity '%1' is not a whole number").arg(quantity));
    if (row.quantity <= 0)
        return refuse(RetailRejectReason::NotASale, QStringLiteral("Quantity is %1").arg(row.quantity));

    QString price = field(record, columns.unitPrice);
    const bool negative = price.startsWith(u'-');
    if (negative)
        price.remove(0, 1);
    // "2.50" and "2.5000" are the same price; only digits that would need rounding are refused.
    if (const qsizetype point = price.indexOf(u'.'); point >= 0) {
        while (price.size() - point - 1 > 2 && price.endsWith(u'0'))
            price.chop(1);
    }
    auto amount = parseMajorUnits(price, 2, QStringLiteral("UnitPrice"));
    if (!amount)
        return refuse(RetailRejectReason::InvalidValue,
                      QStringLiteral("UnitPrice %1").arg(amount.error().fields.value(0).message));
    if (negative && *amount > 0)
        return refuse(RetailRejectReason::NoPrice, QStringLiteral("UnitPrice is negative (-%1)").arg(price));
    if (*amount == 0)
        return refuse(RetailRejectReason::NoPrice, QStringLiteral("UnitPrice is 0"));
    row.unitPrice = *amount;

    const QString date = field(record, columns.invoiceDate);
    const auto time = parseInvoiceTime(date);
    if (!time)
        return refuse(RetailRejectReason::InvalidValue,
                      QStringLiteral("InvoiceDate '%1' is not a date like 2010-12-01 08:26:00").arg(date));
    row.invoiceTime = *time;
    row.description = record.fields.at(columns.description).simplified();
    return row;
}

QStringList retailCategoryPath(QStringView title)
{
    const QStringList words = titleWords(title);
    for (const CompiledRule &rule : compiledRules()) {
        for (const Keyword &keyword : rule.keywords) {
            if (contains(words, keyword))
                return rule.path;
        }
    }
    return {otherCategory};
}

QList<QStringList> retailCategoryTree()
{
    static const QList<QStringList> tree = [] {
        std::set<QStringList> paths;
        for (const CompiledRule &rule : compiledRules()) {
            paths.insert(rule.path.mid(0, 1));
            paths.insert(rule.path);
        }
        paths.insert({otherCategory});
        QList<QStringList> sorted(paths.begin(), paths.end()); // parents sort before their children
        std::stable_partition(sorted.begin(), sorted.end(),
                              [](const QStringList &p) { return p.first() != otherCategory; });
        return sorted;
    }();
    return tree;
}

Product RetailProduct::toProduct(const QString &categoryId) const
{
    Product p;
    p.title = title;
    p.status = ProductStatus::Active;
    p.primaryCategoryId = categoryId;
    Variant v;
    v.sku = sku;
    v.price = {price, QString::fromLatin1(retailCurrency)};
    p.variants.append(v);
    return p;
}

Product mergeRetailProduct(const Product &current, const RetailProduct &planned, const QString &categoryId)
{
    Product merged = current;
    const QString key = skuKey(planned.sku);
    for (Variant &v : merged.variants) {
        if (skuKey(v.sku) == key)
            v.price = {planned.price, QString::fromLatin1(retailCurrency)};
    }
    if (merged.variants.size() == 1)
        merged.title = planned.title;
    if (merged.primaryCategoryId.isEmpty())
        merged.primaryCategoryId = categoryId;
    return merged;
}

QList<QStringList> RetailImportPlan::categoryPaths() const
{
    std::set<QStringList> needed;
    for (const RetailProduct &p : products) {
        for (qsizetype depth = 1; depth <= p.categoryPath.size(); ++depth)
            needed.insert(p.categoryPath.mid(0, depth));
    }
    QList<QStringList> paths;
    for (const QStringList &path : retailCategoryTree()) {
        if (needed.count(path))
            paths.append(path);
    }
    return paths;
}

Result<RetailColumns> readRetailHeader(CsvReader &reader)
{
    auto header = reader.next();
    if (!header)
        return fail(Error::validation(QStringLiteral("The file is empty; it must start with a header line.")));
    if (!header->isValid())
        return fail(Error::validation(QStringLiteral("The header line is malformed: %1.").arg(header->error)));
    return retailColumns(header->fields);
}

Result<RetailImportPlan> planRetailImport(CsvReader &reader)
{
    auto columns = readRetailHeader(reader);
    if (!columns)
        return fail(columns.error());

    struct Description {
        qsizetype count = 0;
        qint64 lastTime = 0;
        qsizetype lastLine = 0;
    };
    struct Group {
        QHash<QString, qsizetype> spellings;
        QHash<QString, Description> descriptions;
        qint64 priceTime = 0;
        qsizetype priceLine = 0;
        qint64 price = 0;
        QList<qsizetype> lines;
    };
    QHash<QString, Group> groups;
    QStringList order; // sku keys in order of first appearance

    RetailImportPlan plan;
    while (auto record = reader.next()) {
        ++plan.rowsRead;
        auto row = readRetailRow(*record, *columns);
        if (!row) {
            plan.rejected.append(row.error());
            continue;
        }
        const QString key = skuKey(row->stockCode);
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, Group());
            order.append(key);
        }
        Group &g = *it;
        ++g.spellings[row->stockCode];
        if (!row->description.isEmpty()) {
            Description &d = g.descriptions[row->description];
            ++d.count;
            if (std::pair(row->invoiceTime, row->line) > std::pair(d.lastTime, d.lastLine)) {
                d.lastTime = row->invoiceTime;
                d.lastLine = row->line;
            }
        }
        if (g.lines.isEmpty() || std::pair(row->invoiceTime, row->line) > std::pair(g.priceTime, g.priceLine)) {
            g.priceTime = row->invoiceTime;
            g.priceLine = row->line;
            g.price = row->unitPrice;
        }
        g.lines.append(row->line);
    }

    for (const QString &key : order) {
        const Group &g = groups[key];
        RetailProduct product;
        qsizetype best = 0;
        for (auto s = g.spellings.constBegin(); s != g.spellings.constEnd(); ++s) {
            if (s.value() > best || (s.value() == best && s.key() < product.sku)) {
                best = s.value();
                product.sku = s.key();
            }
        }
        const Description *chosen = nullptr;
        for (auto d = g.descriptions.constBegin(); d != g.descriptions.constEnd(); ++d) {
            if (!chosen || std::tuple(d->count, d->lastTime, d->lastLine) >
                               std::tuple(chosen->count, chosen->lastTime, chosen->lastLine)) {
                chosen = &d.value();
                product.title = d.key();
            }
        }
        product.price = g.price;
        product.priceLine = g.priceLine;
        product.firstLine = g.lines.first();
        product.rows = g.lines.size();
        product.categoryPath = retailCategoryPath(product.title);

        QString invalid;
        if (product.title.isEmpty()) {
            invalid = QStringLiteral("stock code %1 has no description in any row that could be used").arg(product.sku);
        } else if (auto valid = validateProduct(product.toProduct(QString())); !valid) {
            QStringList problems;
            for (const FieldError &f : valid.error().fields)
                problems.append(f.field + u' ' + f.message);
            invalid =
                QStringLiteral("the product of stock code %1 is not valid: %2")
                    .arg(product.sku, problems.isEmpty() ? valid.error().message : problems.join(QStringLiteral("; ")));
        }
        if (!invalid.isEmpty()) {
            for (qsizetype line : g.lines)
                plan.rejected.append(reject(line, RetailRejectReason::InvalidProduct, invalid));
            continue;
        }
        plan.rowsUsed += product.rows;
        plan.products.append(std::move(product));
    }
    std::stable_sort(plan.rejected.begin(), plan.rejected.end(),
                     [](const RetailRejectedRow &a, const RetailRejectedRow &b) { return a.line < b.line; });
    return plan;
}

} // namespace Backroom::Domain
