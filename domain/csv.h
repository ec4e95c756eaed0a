// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace Backroom::Domain {

// One record of a CSV text: its fields, the line it starts on, and why it is malformed if it is.
struct CsvRecord {
    qsizetype line = 0; // the physical line the record starts on, the first line being 1
    QStringList fields; // what could be read; incomplete when error is set
    QString error;      // empty for a well-formed record; otherwise what is wrong, for a person

    bool isValid() const { return error.isEmpty(); }
};

// Reads RFC 4180 CSV from UTF-8 bytes, one record at a time. No I/O: the caller hands over the bytes.
//
// Accepted: a UTF-8 byte order mark at the start; records ended by CRLF, LF or a lone CR (the last one may
// end without); fields separated by the separator; fields quoted with '"', a quote inside written twice,
// separators and line breaks inside quotes kept as they are. Empty lines are skipped (they carry no
// record); records may have different numbers of fields (the caller decides what a ragged row means).
//
// Malformed records are reported, never silently repaired, and reading goes on: a quote inside an unquoted
// field, text after a closing quote, bytes that are not UTF-8 (the error names the field) make the record
// malformed and reading resumes after its line; a quote that is never closed makes the record starting there
// malformed and reading resumes on the line after the one the quote opened on, so one stray quote does not
// swallow the rest of the file.
class CsvReader {
public:
    explicit CsvReader(QByteArray data, char separator = ',');

    // The next record, or nullopt at the end of the data.
    std::optional<CsvRecord> next();

    bool atEnd() const;

private:
    void skipToNextLine();
    bool atLineBreak() const;
    void consumeLineBreak();

    QByteArray m_data;
    char m_separator;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
};

// One record as RFC 4180 CSV, ended by CRLF: a field is quoted when it holds the separator, a quote or a
// line break (quotes inside written twice), so CsvReader reads back exactly the same fields.
QByteArray csvRecordText(const QStringList &fields, char separator = ',');

} // namespace Backroom::Domain
