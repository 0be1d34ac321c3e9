#include "dpia/ui/dpiapreviewdialog.h"

#include "dpia/attachments.h"
#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitr.h"
#include "reports/dpiareport.h"
#include "workspace/workspace.h"

namespace igw {

namespace {

ReportPreviewDialog::Texts textsFor(Workspace &workspace, qint64 dpiaId)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    const QString label = dpia ? DpiaUiTr::tr("%1 %2").arg(dpia->ref, dpia->title(kinds::dpia()))
                               : DpiaUiTr::tr("DPIA");
    return {DpiaUiTr::tr("Preview: %1").arg(label),
            DpiaUiTr::tr("The DPIA report for %1 as it will be saved. Save PDF keeps exactly "
                         "this file.")
                .arg(label),
            attachments::sanitisedFileName(label.trimmed()), DpiaUiTr::tr("the DPIA report")};
}

} // namespace

DpiaPreviewDialog::DpiaPreviewDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent)
    : ReportPreviewDialog(
          textsFor(workspace, dpiaId),
          [&workspace, dpiaId](const QString &path, const QString &format, QString *error,
                               const std::function<bool(int, int)> &progress) {
              return writeDpiaReport(workspace, dpiaId, path, format, error, progress);
          },
          parent)
{
    setObjectName(QStringLiteral("dpiaPreview"));
}

void DpiaPreviewDialog::run(Workspace &workspace, qint64 dpiaId, QWidget *parent)
{
    DpiaPreviewDialog dialog(workspace, dpiaId, parent);
    // A failure is explained inside the dialog, so it opens either way.
    dialog.render();
    dialog.exec();
}

} // namespace igw
