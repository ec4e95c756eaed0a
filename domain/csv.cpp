// SPDX-License-Identifier: MIT
#include "domain/csv.h"

namespace Backroom::Domain {

namespace {
// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}
} // namespace

CsvReader::CsvReader(QByteArray data, char separator)
    : m_data(std::move(data))
    , m_separator(separator)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::atEnd() const
{
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        if (m_data[i] != '\r' && m_data[i] != '\n')
            return false;
    }
    return true;
}

bool CsvReader::atLineBreak() const
{
    return m_pos < m_data.size() && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r');
}

void CsvReader::consumeLineBreak()
{
    if (m_data[m_pos] == '\r' && m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void CsvReader::skipToNextLine()
{
    while (m_pos < m_data.size() && !atLineBreak())
        ++m_pos;
    if (m_pos < m_data.size())
        consumeLineBreak();
}

std::optional<CsvRecord> CsvReader::next()
{
    while (atLineBreak())
        consumeLineBreak();
    if (m_pos >= m_data.size())
        return std::nullopt;

    CsvRecord record;
    record.line = m_line;
    const qsizetype size = m_data.size();
    QByteArray field;
    for (;;) {
        field.clear();
        const qsizetype fieldNumber = record.fields.size() + 1;
        if (m_pos < size && m_data[m_pos] == '"') {
            const qsizetype quoteAt = m_pos;
            const qsizetype quoteLine = m_line;
            bool closed = false;
            ++m_pos;
            while (m_pos < size) {
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && m_data[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(m_pos + 1 < size && m_data[m_pos + 1] == '\n')))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (!closed) {
                record.error = QStringLiteral("the quote opening field %1 on line %2 is never closed")
                                   .arg(fieldNumber)
                                   .arg(quoteLine);
                // Resume after the line the quote opened on: the rest of the file is most likely fine.
                m_pos = quoteAt;
                m_line = quoteLine;
                skipToNextLine();
                return record;
            }
            if (m_pos < size && m_data[m_pos] != m_separator && !atLineBreak()) {
                record.error = QStringLiteral("field %1 has text after its closing quote; a quote inside a quoted "
                                              "field is written twice (\"\")")
                                   .arg(fieldNumber);
                skipToNextLine();
                return record;
            }
        } else {
            while (m_pos < size && m_data[m_pos] != m_separator && !atLineBreak()) {
                if (m_data[m_pos] == '"') {
                    record.error = QStringLiteral("field %1 holds a quote but is not quoted; quote the whole field "
                                                  "and write the quote twice (\"\")")
                                       .arg(fieldNumber);
                    skipToNextLine();
                    return record;
                }
                field += m_data[m_pos];
                ++m_pos;
            }
        }
        if (record.error.isEmpty() && !isValidUtf8(field))
            record.error = QStringLiteral("field %1 is not UTF-8 text").arg(fieldNumber);
        record.fields.append(QString::fromUtf8(field));
        if (m_pos >= size)
            return record;
        if (atLineBreak()) {
            consumeLineBreak();
            return record;
        }
        ++m_pos; // the separator; a separator at the end of a line gives an empty last field
    }
}

QByteArray csvRecordText(const QStringList &fields, char separator)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += separator;
        QByteArray field = fields[i].toUtf8();
        if (field.contains(separator) || field.contains('"') || field.contains('\n') || field.contains('\r'))
            out += '"' + field.replace('"', "\"\"") + '"';
        else
            out += field;
    }
    return out + "\r\n";
}

} // namespace Backroom::Domain
