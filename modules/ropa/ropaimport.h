#pragma once

#include "tabular/tablereader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace igw {

class Workspace;

struct RopaImportProblem {
    QString sheet;     // XLSX: the sheet; empty for CSV
    qint64 line = 0;   // row in the sheet or line in the CSV (0: the file as a whole)
    QString column;    // the source heading
    QString value;     // the cell as read (at most 200 characters)
    QString message;   // what is wrong and what to do, translated
    bool error = true; // errors stop the import; warnings do not
    // "sheet "Controller", row 15, column "Purpose of processing"", translated.
    QString where() const;
};

struct RopaImportOptions {
    // read.sheet: only that sheet; empty: every sheet whose heading row is recognised.
    tabular::ReadOptions read;
    // column id (RopaColumn::id) -> source heading; empty: headings matched automatically.
    // A mapping applies to one sheet (read.sheet, or the first recognised one).
    QHash<QString, QString> mapping;
    bool dryRun = false;         // check only
    int maxProblemsListed = 500; // all are counted; this many are kept
};

struct RopaImportSheet {
    QString name; // empty for CSV
    qint64 headerLine = 0;
    QStringList headings;
    QHash<QString, QString> mapping; // column id -> heading, as used
    QStringList unmappedHeadings;    // source columns nobody reads
    qint64 rows = 0;                 // data rows (the Required/Optional row not counted)
};

struct RopaImportReport {
    QString fatal; // the file could not be read at all; nothing was checked
    QList<RopaImportSheet> sheets;
    QStringList skippedSheets; // notes on sheets not read (no ROPA headings), translated
    QStringList readerWarnings;
    qint64 rows = 0;
    // What was written, or on a dry run (or with errors) what would have been.
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    QList<RopaImportProblem> problems; // the first maxProblemsListed
    bool cancelled = false;
    bool written = false; // committed to the workspace
    bool ok() const { return fatal.isEmpty() && errors == 0 && !cancelled; }
};

// What a file holds, for a mapping dialog: its sheets, the heading row found and the
// first rows under it.
struct RopaPreview {
    QStringList sheets; // XLSX: every sheet in tab order
    QString sheet;      // the sheet previewed
    qint64 headerLine = 0;
    QStringList headings;
    QList<QStringList> rows;     // the first data rows (the Required/Optional row left out)
    QHash<QString, int> matched; // column id -> heading index, as matched automatically
};

// Imports a record of processing activities kept in the ICO's template (or exported by
// us) from XLSX or CSV. The heading row is found among the first rows (the template has a
// title, a header block and group headings above it) and matched to fields; every row is
// checked first and then, if no row has an error, all are written in one transaction, or
// none. A row whose Reference exists updates that activity (only the fields that differ);
// any other row creates one, keeping a free PA- reference from the file. Memory stays
// bounded: the file is read again for writing rather than held.
class RopaImporter {
public:
    // Rows done and rows in total; return false to cancel (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit RopaImporter(Workspace &workspace);
    RopaImportReport run(const QString &path, const RopaImportOptions &options,
                         const Progress &progress = {});

    // The sheets, heading row and first `rows` rows of a file. options.sheet empty: the
    // first sheet with ROPA headings.
    static bool preview(const QString &path, const tabular::ReadOptions &options, int rows,
                        RopaPreview *preview, QString *error);

private:
    Workspace &m_ws;
};

} // namespace igw
