#include "register/ui/exportassets.h"

#include "register/assetexport.h"
#include "register/ui/registeruitr.h"
#include "widgets/dialogs.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

#include <climits>

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

    QProgressDialog progress(RegisterUiTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
                             RegisterUiTr::tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // a quick export shows no dialog at all
    progress.setAutoReset(false);
    QElapsedTimer clock;
    bool cancelled = false;
    const auto step = [&](qint64 done, qint64 total) {
        if (!clock.isValid() || clock.elapsed() >= 50) {
            progress.setMaximum(int(qMin<qint64>(total, INT_MAX)));
            progress.setValue(int(qMin(done, total))); // keeps events flowing when modal
            clock.restart();
        }
        cancelled = progress.wasCanceled();
        return !cancelled;
    };
    QString error;
    const bool ok = exportAssets(workspace, path, format, where, binds, &error, step);
    progress.close();
    if (!ok && !cancelled)
        Dialogs::critical(parent, RegisterUiTr::tr("Export Failed"), error);
    return ok;
}

} // namespace igw
