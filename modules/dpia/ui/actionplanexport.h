#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace igw {

// Writes the action plan's rows, as filtered and sorted on screen, to CSV (atomic, through
// the tabular module's writer). False with *error set when the file could not be written.
bool writeActionPlanCsv(const QAbstractItemModel &rows, const QString &path, QString *error);

// "Export CSV…": asks where (Dialogs seam), writes, reports a failure. True when written.
bool exportActionPlanInteractively(const QAbstractItemModel &rows, QWidget *parent);

} // namespace igw
