#pragma once

#include "tabular/tablereader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace igw {

class Workspace;

struct ImportProblem {
    qint64 line = 0;   // row in the source file (0: the file as a whole)
    QString column;    // the source heading
    QString value;     // the cell as read
    QString message;   // what is wrong and what to do, translated
    bool error = true; // errors stop the import; warnings do not
};

struct ImportOptions {
    tabular::ReadOptions read;
    // field -> source heading; empty: headings are matched automatically.
    QHash<QString, QString> mapping;
    bool createUnknownPeople = false; // owners/administrators not in the directory
    bool dryRun = false;              // check only
    int maxProblemsListed = 500;      // all are counted; this many are kept
};

struct ImportReport {
    QString fatal; // the file could not be read at all
    QStringList headings;
    QHash<QString, QString> mapping; // as used
    QStringList unmappedHeadings;    // source columns nobody will read
    QStringList readerWarnings;
    qint64 rows = 0;     // data rows read
    qint64 imported = 0; // written (0 on a dry run or any error)
    qint64 errors = 0;
    qint64 warnings = 0;
    QList<ImportProblem> problems; // the first maxProblemsListed
    QStringList unknownPeople;     // names not found in the directory
    QStringList createdPeople;
    bool cancelled = false;
    bool ok() const { return fatal.isEmpty() && errors == 0 && !cancelled; }
};

// Imports an asset register from CSV or XLSX into the workspace: all rows or none, in one
// transaction, after every row has been checked. Memory stays bounded: the file is read
// twice (check, then write) and no rows are held.
class AssetImporter {
public:
    // Called with rows done and rows in total; return false to cancel (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit AssetImporter(Workspace &workspace);
    ImportReport run(const QString &path, const ImportOptions &options,
                     const Progress &progress = {});

    // Headings, sheet names and the first rows of a file, for the mapping dialog.
    static bool preview(const QString &path, const tabular::ReadOptions &options, int rows,
                        QStringList *headings, QList<QStringList> *firstRows, QStringList *sheets,
                        QString *error);

private:
    Workspace &m_ws;
};

// Saved mappings: {"format": "igw-asset-mapping", "version": 1, "columns": {field: heading}}.
bool saveMapping(const QString &path, const QHash<QString, QString> &mapping, QString *error);
bool loadMapping(const QString &path, QHash<QString, QString> *mapping, QString *error);

} // namespace igw
