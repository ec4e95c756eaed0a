// SPDX-License-Identifier: MIT
#include "server/catalog/productdocument.h"

#include "domain/categorytree.h"
#include "server/catalog/compactjson.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace Backroom::Server {

using namespace CompactJson;
using Span = ProductDocument::Span;
using Member = ProductDocument::Member;

namespace {

// Reads the document's JSON as spans of its text. Strict about the structure it walks (brackets, commas,
// closed strings), not about what a value holds: the decoders below read values the way QJsonValue's
// toString()/toInteger() would, so a document of another shape answers what the StoredProduct path did.
class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_begin(text.data())
        , m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    bool ok() const { return m_ok; }
    void reject() { fail(); }
    // The first character of the next value, or 0 at the end.
    char peek()
    {
        skipSpace();
        return m_p < m_end ? *m_p : 0;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    Span value()
    {
        skipSpace();
        const char *start = m_p;
        if (m_p == m_end)
            return fail();
        if (*m_p == '"') {
            skipString();
        } else if (*m_p == '[' || *m_p == '{') {
            int depth = 0;
            while (m_ok && m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    skipString();
                    continue;
                }
                ++m_p;
                if (c == '[' || c == '{')
                    ++depth;
                else if ((c == ']' || c == '}') && --depth == 0)
                    break;
            }
            if (depth != 0)
                return fail();
        } else {
            while (m_p < m_end && !std::strchr(",]}: \t\r\n", *m_p))
                ++m_p;
            if (m_p == start)
                return fail();
        }
        return {start - m_begin, m_p - m_begin};
    }

    // Calls element() for each element of an array; element() reads it (with value() or a nested walk).
    template <typename F> bool elements(F element) { return walk('[', ']', element); }
    // Calls member(key) for each member of an object, with value() left to read.
    template <typename F> bool members(F member)
    {
        return walk('{', '}', [&] {
            const Span key = value();
            if (m_ok && key.end > key.begin && m_begin[key.begin] == '"' && take(':'))
                member(key);
            else
                fail();
        });
    }

private:
    template <typename F> bool walk(char open, char close, F each)
    {
        if (!take(open))
            return false;
        if (take(close))
            return true;
        while (m_ok) {
            each();
            if (take(close))
                return m_ok;
            if (!take(','))
                fail();
        }
        return false;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\t' || *m_p == '\r'))
            ++m_p;
    }
    void skipString()
    {
        for (++m_p; m_p < m_end; ++m_p) {
            if (*m_p == '\\')
                ++m_p;
            else if (*m_p == '"') {
                ++m_p;
                return;
            }
        }
        fail();
    }
    Span fail()
    {
        m_ok = false;
        m_p = m_end;
        return {};
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

bool isString(QByteArrayView text, Span s)
{
    return s.end - s.begin >= 2 && text[s.begin] == '"';
}

QByteArrayView view(QByteArrayView text, Span s)
{
    return text.sliced(s.begin, s.end - s.begin);
}

// QJsonValue::toString(): the text of a string, empty for anything else.
QString decodeString(QByteArrayView text, Span s)
{
    if (!isString(text, s))
        return {};
    const QByteArrayView inner = text.sliced(s.begin + 1, s.end - s.begin - 2);
    const char *p = inner.data();
    const char *end = p + inner.size();
    const char *escape = static_cast<const char *>(std::memchr(p, '\\', inner.size()));
    if (!escape)
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    while (p < end) {
        escape = static_cast<const char *>(std::memchr(p, '\\', end - p));
        if (!escape)
            escape = end;
        out += QString::fromUtf8(p, escape - p);
        if (escape + 1 >= end)
            break;
        const char c = escape[1];
        p = escape + 2;
        switch (c) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            // Surrogate pairs arrive as two escapes and go into the UTF-16 string as the two halves they are.
            unsigned unit = 0;
            if (end - p < 4 || std::from_chars(p, p + 4, unit, 16).ptr != p + 4)
                return out;
            out += QChar(char16_t(unit));
            p += 4;
            break;
        }
        default:
            out += QLatin1Char(c); // \" \\ \/
        }
    }
    return out;
}

// QJsonValue::toInteger(): the number when it is a whole one, 0 for anything else.
qint64 decodeInteger(QByteArrayView text, Span s)
{
    qint64 n = 0;
    const char *b = text.data() + s.begin;
    const char *e = text.data() + s.end;
    const auto [ptr, ec] = std::from_chars(b, e, n);
    return ec == std::errc() && ptr == e ? n : 0;
}

void appendInteger(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto r = std::to_chars(digits, digits + sizeof digits, n);
    out.append(digits, r.ptr - digits);
}

// A member's key needs decoding to be ordered only when it holds an escape or a non-ASCII byte.
bool isPlain(QByteArrayView key)
{
    return std::none_of(key.begin(), key.end(), [](char c) { return c == '\\' || (c & 0x80); });
}

// A member value that should be an object: its members in the order QMap<QString, QString> keeps them, or
// none when it is something else.
QList<Member> objectAt(Scanner &scanner, QByteArrayView text)
{
    QList<Member> members;
    if (scanner.peek() != '{') {
        (void)scanner.value();
        return members;
    }
    scanner.members([&](Span key) { members.append({key, scanner.value()}); });
    std::sort(members.begin(), members.end(), [&](const Member &a, const Member &b) {
        // Between the quotes: with them, "a b" would sort before "a" (a space is below the closing quote).
        const QByteArrayView ka = view(text, a.key).sliced(1).chopped(1);
        const QByteArrayView kb = view(text, b.key).sliced(1).chopped(1);
        if (isPlain(ka) && isPlain(kb))
            return ka.compare(kb) < 0;
        return decodeString(text, a.key) < decodeString(text, b.key);
    });
    return members;
}

} // namespace

bool ProductDocument::isNull(Span s) const
{
    return view(m_text, s) == "null";
}

void ProductDocument::appendStringOrEmpty(QByteArray &out, Span s) const
{
    if (isString(m_text, s))
        append(out, s);
    else
        out += "\"\"";
}

void ProductDocument::appendIntegerOrZero(QByteArray &out, Span s) const
{
    appendInteger(out, decodeInteger(m_text, s));
}

void ProductDocument::appendObject(QByteArray &out, const QList<Member> &members) const
{
    out += '{';
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i)
            out += ',';
        append(out, members[i].key);
        out += ':';
        appendStringOrEmpty(out, members[i].value);
    }
    out += '}';
}

std::optional<ProductDocument> ProductDocument::parse(QByteArray text)
{
    ProductDocument d;
    d.m_text = std::move(text);
    const QByteArrayView t = d.m_text;
    Scanner s(t);
    int field = 0;
    // The fields in the order of product_document_source (migration 0013).
    const bool walked = s.elements([&] {
        switch (field++) {
        case 0:
            d.m_id = decodeInteger(t, s.value());
            break;
        case 1:
            d.m_title = s.value();
            break;
        case 2:
            d.m_description = s.value();
            break;
        case 3:
            d.m_specifications = objectAt(s, t);
            break;
        case 4:
            d.m_status =
                Domain::productStatusFromName(decodeString(t, s.value())).value_or(Domain::ProductStatus::Draft);
            break;
        case 5:
            d.m_category = s.value();
            break;
        case 6:
            d.m_vendor = s.value();
            break;
        case 7:
            if (s.peek() == '[')
                s.elements([&] { d.m_categoryPath.append(decodeInteger(t, s.value())); });
            else
                (void)s.value();
            break;
        case 8:
            d.m_version = int(decodeInteger(t, s.value()));
            break;
        case 9:
            d.m_createdAt = s.value();
            break;
        case 10:
            d.m_updatedAt = s.value();
            break;
        case 11:
            s.elements([&] {
                Variant v;
                int at = 0;
                s.elements([&] {
                    switch (at++) {
                    case 0:
                        v.skuToken = s.value();
                        break;
                    case 1:
                        v.options = objectAt(s, t);
                        break;
                    case 2:
                        v.barcode = s.value();
                        break;
                    case 3:
                        v.amount = s.value();
                        break;
                    case 4:
                        v.currency = s.value();
                        break;
                    case 5:
                        v.compareAt = s.value();
                        break;
                    default:
                        (void)s.value();
                    }
                });
                if (at < 6)
                    return s.reject(); // not a variant record
                v.sku = decodeString(t, v.skuToken);
                v.price = {decodeInteger(t, v.amount), decodeString(t, v.currency)};
                d.m_variants.append(std::move(v));
            });
            break;
        case 12:
            s.elements([&] {
                Image image;
                int at = 0;
                s.elements([&] {
                    Span *fields[] = {&image.id,     &image.sha256, &image.contentType, &image.width,
                                      &image.height, &image.bytes,  &image.position};
                    const Span v = s.value();
                    if (at < 7)
                        *fields[at] = v;
                    ++at;
                });
                if (at < 7)
                    return s.reject();
                d.m_images.append(image);
            });
            break;
        default:
            (void)s.value();
        }
    });
    if (!walked || !s.ok() || !s.atEnd() || field < 13)
        return std::nullopt;
    return d;
}

QStringList ProductDocument::skus() const
{
    QStringList list;
    list.reserve(m_variants.size());
    for (const Variant &v : m_variants)
        list.append(v.sku);
    return list;
}

QByteArray ProductDocument::render(const QList<Domain::Promotion> &promotions, const QDateTime &at,
                                   PriceDigest *prices) const
{
    const QStringList categories = Domain::categoryWithAncestors(m_categoryPath);
    QByteArray out;
    out.reserve(m_text.size() + 256 + 160 * m_variants.size());
    // Members in the order QJsonObject keeps them: sorted by key.
    out += '{';
    appendMember(out, "created_at", true);
    appendStringOrEmpty(out, m_createdAt);
    appendMember(out, "description");
    appendStringOrEmpty(out, m_description);
    appendMember(out, "id");
    out += '"';
    appendInteger(out, m_id);
    out += '"';
    appendMember(out, "images");
    out += '[';
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        const Image &image = m_images[i];
        out += i ? ",{" : "{";
        appendMember(out, "bytes", true);
        appendIntegerOrZero(out, image.bytes);
        appendMember(out, "content_type");
        appendStringOrEmpty(out, image.contentType);
        appendMember(out, "height");
        appendIntegerOrZero(out, image.height);
        appendMember(out, "id");
        out += '"';
        appendIntegerOrZero(out, image.id);
        out += '"';
        appendMember(out, "position");
        appendIntegerOrZero(out, image.position);
        appendMember(out, "url");
        out += "\"/api/v1/images/";
        if (isString(m_text, image.sha256))
            out.append(m_text.constData() + image.sha256.begin + 1, image.sha256.end - image.sha256.begin - 1);
        else
            out += '"';
        appendMember(out, "width");
        appendIntegerOrZero(out, image.width);
        out += '}';
    }
    out += ']';
    appendMember(out, "price_at");
    out += '"' + isoUtc(at, false) + '"';
    appendMember(out, "primary_category_id");
    if (isString(m_text, m_category) && m_category.end - m_category.begin > 2)
        append(out, m_category);
    else
        out += "null";
    appendMember(out, "specifications");
    appendObject(out, m_specifications);
    appendMember(out, "status");
    appendJsonString(out, Domain::productStatusName(m_status));
    appendMember(out, "title");
    appendStringOrEmpty(out, m_title);
    appendMember(out, "updated_at");
    appendStringOrEmpty(out, m_updatedAt);
    appendMember(out, "variants");
    out += '[';
    for (qsizetype i = 0; i < m_variants.size(); ++i) {
        const Variant &v = m_variants[i];
        const Domain::EffectivePrice effective = Domain::effectivePrice(v.price, v.sku, categories, promotions, at);
        out += i ? ",{" : "{";
        appendMember(out, "barcode", true);
        if (isString(m_text, v.barcode) && v.barcode.end - v.barcode.begin > 2)
            append(out, v.barcode);
        else
            out += "null";
        const auto appendCurrency = [&] {
            out += ",\"currency\":";
            appendStringOrEmpty(out, v.currency);
            out += '}';
        };
        appendMember(out, "compare_at_price");
        if (isNull(v.compareAt)) {
            out += "null";
        } else {
            out += "{\"amount\":";
            appendIntegerOrZero(out, v.compareAt);
            appendCurrency();
        }
        appendMember(out, "effective_price");
        appendMoney(out, effective.price);
        appendMember(out, "options");
        appendObject(out, v.options);
        appendMember(out, "price");
        out += "{\"amount\":";
        appendInteger(out, v.price.amount);
        appendCurrency();
        appendMember(out, "promotion");
        appendPromotion(out, effective);
        appendMember(out, "sku");
        appendStringOrEmpty(out, v.skuToken);
        out += '}';
        if (prices)
            prices->add(effective);
    }
    out += ']';
    appendMember(out, "vendor_id");
    if (isNull(m_vendor)) {
        out += "null";
    } else {
        out += '"';
        appendIntegerOrZero(out, m_vendor);
        out += '"';
    }
    appendMember(out, "version");
    appendInteger(out, m_version);
    out += '}';
    return out;
}

} // namespace Backroom::Server
