#pragma once

#include <QString>

#include <functional>

namespace igw {

class Workspace;

// Writes the record of processing activities for the ICO or an auditor:
// - "xlsx": laid out like the ICO's controller and processor templates (see ropaxlsx.h);
// - "csv": one flat table of every column with controller and processor rows (UTF-8 with
//   BOM for Excel).
// Both carry the headings the import reads, so an export imports back unchanged. Writes
// atomically; `progress(done, total)` returns false to cancel (no file is written).
bool exportRopa(Workspace &workspace, const QString &path, const QString &format, QString *error,
                const std::function<bool(qint64, qint64)> &progress = {});

} // namespace igw
