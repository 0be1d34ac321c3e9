#include "ropa/ui/ropaexportaction.h"

#include "reports/ropareport.h"
#include "ropa/ropaexport.h"
#include "ropa/ui/ropauitr.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace igw {

namespace {

struct FormatInfo {
    QString title;
    QString baseName;
    QString filter;
};

FormatInfo infoFor(const QString &format)
{
    if (format == QLatin1String("pdf"))
        return {RopaUiTr::tr("Export Board Report"),
                RopaUiTr::tr("record-of-processing-board-report"),
                RopaUiTr::tr("PDF documents (*.pdf)")};
    if (format == QLatin1String("csv"))
        return {RopaUiTr::tr("Export Record of Processing as CSV"),
                RopaUiTr::tr("record-of-processing-activities"),
                RopaUiTr::tr("CSV files, comma-separated (*.csv)")};
    return {RopaUiTr::tr("Export Record of Processing (ICO Layout)"),
            RopaUiTr::tr("record-of-processing-activities"),
            RopaUiTr::tr("Excel workbooks (*.xlsx)")};
}

} // namespace

bool exportRopaInteractively(Workspace &workspace, QWidget *parent, const QString &format)
{
    const FormatInfo info = infoFor(format);
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(info.baseName + QLatin1Char('.') + format);
    QString path = Dialogs::getSaveFileName(parent, info.title, start, info.filter);
    if (path.isEmpty())
        return false;
    // The format was chosen from the menu; the name follows it rather than the reverse.
    if (QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + format;

    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        parent, info.title, RopaUiTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("ropaExportProgress"),
        [&](const ProgressStep &step) {
            return format == QLatin1String("pdf")
                       ? writeRopaReport(workspace, path, &error,
                                         [&](int done, int total) { return step(done, total); })
                       : exportRopa(workspace, path, format, &error, step);
        },
        &cancelled);
    if (!ok && !cancelled)
        Dialogs::critical(parent, RopaUiTr::tr("Export Failed"), error);
    return ok;
}

} // namespace igw
