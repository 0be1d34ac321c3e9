#pragma once

#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

namespace igw::tabular {

// One row as read: cell texts in column order, plus where it came from.
struct Row {
    QStringList cells;
    qint64 line = 0; // 1-based source row (CSV: line where the record starts; XLSX: sheet row)
};

// Limits that keep a hostile or broken file from exhausting memory. A file that exceeds
// one is refused with a message naming the limit; nothing is silently cut.
struct ReadOptions {
    QString sheet;                             // XLSX: sheet name; empty = first visible sheet
    qint64 maxRows = 1'000'000;                // data rows accepted before refusing the file
    int maxColumns = 1024;                     // highest column that may hold a value
    qint64 maxCellBytes = 1 << 20;             // one cell, counted in characters
    qint64 maxRowBytes = 16 << 20;             // all cells of one row, in characters
    qint64 maxUncompressedBytes = 512LL << 20; // XLSX: per zip member, counted while reading
    qint64 maxFileBytes = 1LL << 30;
    qint64 maxSharedStrings = 2'000'000;       // XLSX: entries in the shared string table
    qint64 maxSharedStringBytes = 256LL << 20; // XLSX: their total text, in characters
    int maxZipMembers = 10'000;                // XLSX: parts in the zip container
    // Templates put title rows above the headings (the ICO's ROPA template does). When set,
    // each of the first `headerSearchRows` non-empty rows is scored and the first row with
    // the highest positive score becomes the header row; rows above it are kept as
    // preamble(). Unset, or no row scoring above 0: the first non-empty row, as usual.
    std::function<int(const QStringList &cells)> headerScore;
    int headerSearchRows = 40;
};

// Streaming reader: memory stays bounded whatever the file size (except the XLSX shared
// string table, which is capped). open() reads up to and including the header row; next()
// then hands out data rows, padded with empty cells to the header's width.
class TableReader {
public:
    TableReader() = default;
    virtual ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    virtual bool open(const QString &path, const ReadOptions &options) = 0;
    // The first non-empty row, each cell trimmed, trailing empty cells dropped.
    virtual QStringList headers() const;
    // False at the end or on error; check hasError().
    virtual bool next(Row *row) = 0;

    bool hasError() const { return !m_error.isEmpty(); }
    // Names the file, the place in it, what is wrong and what to do. Translated.
    QString errorString() const { return m_error; }
    // Things the user should know about a file that was read anyway. Translated.
    QStringList warnings() const;
    virtual QStringList sheetNames() const { return {}; }
    // The non-empty rows above the header row (only with ReadOptions::headerScore).
    QList<Row> preamble() const { return m_preamble; }
    // The source row of the header row.
    qint64 headerLine() const { return m_headerLine; }

    // Picks the reader by content (zip → XLSX) and extension (.csv/.txt/.tsv/.xlsx).
    // Refuses old binary Excel (.xls) and other formats with advice; does not open().
    static std::unique_ptr<TableReader> forFile(const QString &path, QString *error);

protected:
    // Per-file tallies reported by warnings() as one line each, not one per row.
    enum class Tally { EmptyRows, ShortRows, LongRows, ExcelErrors, InvalidText, StrayQuotes };

    void reset(const QString &path, const ReadOptions &options);
    const ReadOptions &options() const { return m_options; }
    QString fileName() const { return m_fileName; }

    // Records the first error (prefixed with the file name) and returns false.
    bool fail(const QString &message);
    void warn(const QString &message);
    void tally(Tally kind, const QString &where);
    // As above, naming the place with rowLocation() only the first time: cheap per row.
    void tally(Tally kind, qint64 line);
    // "line 12" or "sheet "Register", row 12", for messages.
    virtual QString rowLocation(qint64 line) const = 0;

    static bool isBlank(const QStringList &cells);
    void setHeaders(QStringList cells);
    // Reads up to and including the header row with `readRaw` (the reader's own row
    // source), honouring headerScore; rows after the header read while searching are held
    // for takeHeld(). False at the end of the file or on error.
    bool findHeader(const std::function<bool(QStringList *cells, qint64 *line)> &readRaw);
    // A data row held back by findHeader(); next() hands these out first.
    bool takeHeld(QStringList *cells, qint64 *line);
    // Applies the row-count cap and shapes a data row to the header width; false on error.
    bool acceptDataRow(QStringList *cells, qint64 line);
    // XLSX leaves empty trailing cells out of a row; that is normal, not worth a warning.
    bool m_shortRowsAreNormal = false;

private:
    struct Count {
        qint64 count = 0;
        QString first;
    };
    static constexpr int TallyKinds = 6;

    ReadOptions m_options;
    QString m_fileName;
    QString m_error;
    QStringList m_warnings;
    QStringList m_headers;
    QList<Row> m_preamble;
    QList<Row> m_held;
    qint64 m_headerLine = 0;
    Count m_tallies[TallyKinds];
    qint64 m_dataRows = 0;
};

} // namespace igw::tabular
