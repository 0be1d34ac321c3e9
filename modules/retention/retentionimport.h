#pragma once

#include "tabular/tablereader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace igw {

class Workspace;

struct RetentionImportProblem {
    qint64 line = 0;   // row in the sheet or line in the CSV (0: the file as a whole)
    QString column;    // the source heading
    QString value;     // the cell as read (at most 200 characters)
    QString message;   // what is wrong and what to do, translated
    bool error = true; // errors stop the import; warnings do not
    // "row 12, column "Years"", translated.
    QString where() const;
};

struct RetentionImportOptions {
    // Retention schedules are small: a cell over 64 KiB or more than 20,000 rows means the
    // file is not one, and it is refused before anything is checked.
    RetentionImportOptions();
    tabular::ReadOptions read;
    // column field (RetentionColumn::field) -> source heading; empty: matched automatically.
    QHash<QString, QString> mapping;
    bool dryRun = false;         // check only
    int maxProblemsListed = 500; // all are counted; this many are kept
};

struct RetentionImportReport {
    QString fatal; // the file could not be read at all; nothing was checked
    QStringList headings;
    QHash<QString, QString> mapping; // as used
    QStringList unmappedHeadings;    // source columns nobody reads
    QStringList readerWarnings;
    qint64 rows = 0;
    // What was written, or on a dry run (or with errors) what would have been.
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 errors = 0;
    qint64 warnings = 0;
    QList<RetentionImportProblem> problems; // the first maxProblemsListed
    bool cancelled = false;
    bool written = false; // committed to the workspace
    bool ok() const { return fatal.isEmpty() && errors == 0 && !cancelled; }
};

// Imports a retention schedule from CSV or XLSX: headings matched to fields (or the user's
// mapping), every row checked first (values, periods in words or in parts, owners in the
// people directory, the class rules of validateRetentionClass), then, if no row has an error,
// all rows are written in one transaction, or none. A row whose Reference (RC-0001) exists
// updates that class (only the fields that differ); any other row creates one, keeping a
// free RC- reference from the file. Memory stays bounded: the file is read again for writing.
class RetentionImporter {
public:
    // Rows done and rows in total; return false to cancel (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit RetentionImporter(Workspace &workspace);
    RetentionImportReport run(const QString &path, const RetentionImportOptions &options,
                              const Progress &progress = {});

    // The headings, sheets and first `rows` rows of a file, and the columns matched
    // automatically (field -> heading index), for a mapping dialog.
    static bool preview(const QString &path, const tabular::ReadOptions &options, int rows,
                        QStringList *headings, QList<QStringList> *firstRows, QStringList *sheets,
                        QHash<QString, int> *matched, QString *error);

private:
    Workspace &m_ws;
};

} // namespace igw
