#pragma once

#include <QString>

namespace igw {

class Workspace;

// Writes the retention schedule as CSV or XLSX (`format` "csv" or "xlsx"), one row per class
// by function, activity and reference, with the headings the import reads, so an export
// imports back unchanged (choices as their labels, the owner by name). CSV text that a
// spreadsheet would run as a formula is defused by the writer. Atomic: the file appears only
// when complete.
bool exportRetentionSchedule(Workspace &workspace, const QString &path, const QString &format,
                             QString *error);

} // namespace igw
