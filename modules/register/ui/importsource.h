#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace igw {

// What the import dialog shows before anything is checked: the headings, sheets and first
// rows of a spreadsheet, and what the reader noticed about them (e.g. the encoding).
struct ImportSource {
    QString path;
    QString sheet;      // XLSX: the sheet read; empty for CSV
    QStringList sheets; // XLSX: every sheet in tab order; empty for CSV
    QStringList headings;
    QList<QStringList> rows; // the first few data rows
    QStringList warnings;
    QString error; // the file could not be read; the rest is empty

    bool ok() const { return error.isEmpty(); }

    // Reads the heading row and up to `rows` data rows of `sheet` (empty: the first visible).
    static ImportSource read(const QString &path, const QString &sheet = {}, int rows = 20);
};

} // namespace igw
