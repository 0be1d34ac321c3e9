#pragma once

#include "pdfview/reportpreviewdialog.h"

namespace igw {

class Workspace;

// "Preview" before saving a DPIA report: the archival PDF from writeDpiaReport() shown page
// by page; Save PDF… keeps exactly that file, Save ODT… writes the editable version.
class DpiaPreviewDialog : public ReportPreviewDialog {
    Q_OBJECT
public:
    DpiaPreviewDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent = nullptr);

    // Opens the preview for the DPIA (rendering first) and runs it modally.
    static void run(Workspace &workspace, qint64 dpiaId, QWidget *parent);
};

} // namespace igw
