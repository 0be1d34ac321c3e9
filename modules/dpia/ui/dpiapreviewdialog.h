#pragma once

#include <QDialog>
#include <QTemporaryDir>

class QLabel;
class QPushButton;

namespace igw {

class PdfViewer;
class ValidationLabel;
class Workspace;

// "Preview" before saving a DPIA report: the PDF is written to a temporary file with
// writeDpiaReport() and shown page by page; Save PDF… copies exactly what was shown, Save
// ODT… writes the editable OpenDocument version.
class DpiaPreviewDialog : public QDialog {
    Q_OBJECT
public:
    DpiaPreviewDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent = nullptr);

    // Writes the temporary PDF (with a progress dialog that can cancel) and shows it. False
    // when it could not be written or read; the dialog then says why in words.
    bool render();
    PdfViewer *viewer() const { return m_viewer; }
    QString renderedPath() const; // the temporary PDF; empty before render()
    QString message() const;

    // Copies the rendered PDF to a file the user chooses; true when saved.
    bool savePdf();
    // Writes the ODT version to a file the user chooses; true when saved.
    bool saveOdt();

    // Opens the preview for the DPIA (rendering first) and runs it modally.
    static void run(Workspace &workspace, qint64 dpiaId, QWidget *parent);

private:
    QString suggestedPath(const QString &suffix) const;
    void setMessage(const QString &text, bool problem);

    Workspace &m_workspace;
    qint64 m_dpiaId;
    QTemporaryDir m_dir;
    QString m_rendered;
    QLabel *m_heading;
    ValidationLabel *m_message;
    PdfViewer *m_viewer;
    QPushButton *m_savePdf;
    QPushButton *m_saveOdt;
};

} // namespace igw
