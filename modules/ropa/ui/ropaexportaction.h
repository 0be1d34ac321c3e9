#pragma once

#include <QString>

class QWidget;

namespace igw {

class Workspace;

// "Export" on the ROPA page: asks where to write (Dialogs seam), then writes the ICO-layout
// XLSX, the CSV or the PDF board report with a progress dialog that can cancel, and reports
// a failure. `format` is "xlsx", "csv" or "pdf". True when the file was written.
bool exportRopaInteractively(Workspace &workspace, QWidget *parent, const QString &format);

} // namespace igw
