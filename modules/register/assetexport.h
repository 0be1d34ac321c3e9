#pragma once

#include <QString>
#include <QVariantList>

#include <functional>

namespace igw {

class Workspace;

// Writes the asset register (or the part an SQL condition on `assets` selects, as the
// register view's filter does) as CSV or XLSX, with the same headings the import reads.
// Streams rows; writes atomically. `progress(done, total)` returns false to cancel.
bool exportAssets(Workspace &workspace, const QString &path, const QString &format,
                  const QString &where, const QVariantList &binds, QString *error,
                  const std::function<bool(qint64, qint64)> &progress = {});

} // namespace igw
