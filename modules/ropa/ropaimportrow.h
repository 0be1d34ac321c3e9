#pragma once

#include "ropa/ropaimport.h"
#include "workspace/recordstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace igw {

struct RopaColumn;

// Turning one row of a ROPA spreadsheet into the values to write (used by RopaImporter).
namespace ropaimport {

// What the workspace holds that rows are resolved against, read once per import.
struct Lookups {
    struct Asset {
        qint64 id = 0;
        QString ref;
        QStringList subjects;
        QStringList data;
        bool specialCategory = false;
        bool criminalOffence = false;
        QString art9Condition;
    };
    QHash<qint64, Asset> assets;
    QHash<QString, qint64> assetByRef;         // "IA-0001"
    QHash<QString, QList<qint64>> assetByName; // lower case
    QHash<QString, qint64> organisationByName; // lower case, simplified; not our own
    QHash<QString, Record> activityByRef;      // "PA-0001"
};
bool loadLookups(Workspace &workspace, Lookups *lookups, QString *error);

// A table's columns: which source column feeds which ROPA column.
struct TablePlan {
    QString sheet; // empty for CSV
    QStringList headings;
    QList<QPair<const RopaColumn *, int>> columns; // column, source index
    QString defaultRole;                           // for rows that do not say
};

struct ConvertedRow {
    bool skip = false;     // the Required/Optional row, or nothing in the columns read
    QString ref;           // the PA- reference to keep, upper case; empty: a new one
    qint64 existingId = 0; // > 0: the row updates this activity
    QVariantMap values;    // create: every value; update: only those that differ
    QList<RopaImportProblem> problems;
    bool hasErrors() const;
};

ConvertedRow convertRow(const TablePlan &plan, const Lookups &lookups, const tabular::Row &row);

} // namespace ropaimport

} // namespace igw
