#include "register/ui/exportassets.h"

#include "register/assetexport.h"
#include "register/ui/registeruitr.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace igw {

namespace {

// The file chosen, with ".xlsx" added when it has no extension, and its format; empty when
// cancelled or refused.
QPair<QString, QString> askFile(QWidget *parent, const QString &title)
{
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(RegisterUiTr::tr("information-asset-register") + QStringLiteral(".xlsx"));
    // The seam returns no selected filter, so the extension decides the format.
    QString path = Dialogs::getSaveFileName(
        parent, title, start,
        RegisterUiTr::tr("Excel workbooks (*.xlsx);;CSV files, comma-separated (*.csv)"));
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix.isEmpty()) {
        path += QStringLiteral(".xlsx");
        return {path, QStringLiteral("xlsx")};
    }
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv"))
        return {path, suffix};
    Dialogs::warning(parent, title,
                     RegisterUiTr::tr("%1 does not end in .xlsx or .csv. Choose a name ending "
                                      "in .xlsx for Excel or .csv for a comma-separated file.")
                         .arg(QFileInfo(path).fileName()));
    return {};
}

} // namespace

bool exportAssetsInteractively(Workspace &workspace, QWidget *parent, const QString &where,
                               const QVariantList &binds)
{
    const QString title = RegisterUiTr::tr("Export Assets");
    const auto [path, format] = askFile(parent, title);
    if (path.isEmpty())
        return false;

    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        parent, title, RegisterUiTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("exportProgress"),
        [&](const ProgressStep &step) {
            return exportAssets(workspace, path, format, where, binds, &error, step);
        },
        &cancelled);
    if (!ok && !cancelled)
        Dialogs::critical(parent, RegisterUiTr::tr("Export Failed"), error);
    return ok;
}

} // namespace igw
