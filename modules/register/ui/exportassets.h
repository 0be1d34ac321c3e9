#pragma once

#include <QString>
#include <QVariantList>

class QWidget;

namespace igw {

class Workspace;

// "Export…" for the asset register: asks for the file (Dialogs seam), writes XLSX or CSV by
// its extension (none: XLSX), with a progress dialog that can cancel, and reports errors.
// `where`/`binds` select the assets as exportAssets() does (the register's filter); empty
// exports them all. True when the file was written.
bool exportAssetsInteractively(Workspace &workspace, QWidget *parent, const QString &where = {},
                               const QVariantList &binds = {});

} // namespace igw
