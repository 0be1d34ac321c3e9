#pragma once

#include "tabular/tablereader.h"
#include "tabular/textdecoder.h"

#include <QFile>

namespace igw::tabular {

// RFC 4180 CSV with the usual real-world variations: delimiter , ; TAB or | (detected),
// UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252, CRLF/LF/CR line ends, quoted
// line breaks, ragged rows. Reads the file in chunks; memory is one chunk plus one row.
class CsvReader : public TableReader {
public:
    CsvReader();
    ~CsvReader() override;

    // Forces a delimiter instead of detecting one; call before open(). A null QChar
    // restores detection.
    void setDelimiter(QChar delimiter) { m_forcedDelimiter = delimiter; }

    bool open(const QString &path, const ReadOptions &options) override;
    bool next(Row *row) override;

    QChar detectedDelimiter() const { return m_delimiter; }
    // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252".
    QString detectedEncoding() const { return m_decoder.encodingName(); }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    bool fill();
    void noteEncoding();
    bool readRecord(QStringList *cells, qint64 *line);
    bool endField();
    bool appendToCell(const QChar *from, qsizetype count);
    bool refuseBinary(qint64 line);
    QString rowLocation(qint64 line) const override;

    QFile m_file;
    TextDecoder m_decoder;
    QChar m_forcedDelimiter;
    QChar m_delimiter = u',';
    bool m_atEnd = false;
    bool m_switchWarned = false;
    bool m_invalidLocated = false;

    QString m_text; // the decoded chunk being parsed
    qsizetype m_pos = 0;

    // Parser state, kept between chunks.
    State m_state = State::FieldStart;
    QString m_cell;
    QStringList m_cells;
    qint64 m_rowChars = 0;
    qint64 m_line = 1;      // physical line of the next character
    qint64 m_fieldLine = 0; // where the quoted field being read started
    bool m_afterCR = false; // a CR was the last line end; a following LF belongs to it
};

} // namespace igw::tabular
