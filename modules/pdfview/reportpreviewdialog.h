#pragma once

#include <QDialog>
#include <QTemporaryDir>

#include <functional>

class QLabel;
class QPushButton;

namespace igw {

class PdfViewer;
class ValidationLabel;

// "Preview" before saving a report: the PDF is written to a temporary file and shown page by
// page with thumbnails and zoom; Save PDF… copies exactly what was shown, Save ODT… writes
// the editable OpenDocument version. The report itself comes from a writer function, so
// DPIAs, agreements and later reports share one preview.
class ReportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    // Writes the report in `format` ("pdf" or "odt") to `path`; `progress(done, total)`
    // returns false to cancel. False with *error (translated) when it could not.
    using Writer = std::function<bool(const QString &path, const QString &format, QString *error,
                                      const std::function<bool(int, int)> &progress)>;

    struct Texts {
        QString windowTitle;   // "Preview: ISA-0003 Hospital discharge"
        QString heading;       // one sentence above the pages
        QString fileBaseName;  // suggested file name without suffix, already safe for a file
        QString what;          // "the agreement", used in progress and save titles
        bool offersOdt = true; // false for a stored PDF, which has no editable version
    };

    ReportPreviewDialog(const Texts &texts, Writer writer, QWidget *parent = nullptr);

    // Writes the temporary PDF (with a progress dialog that can cancel) and shows it. False
    // when it could not be written or read; the dialog then says why in words.
    bool render();
    PdfViewer *viewer() const { return m_viewer; }
    QString renderedPath() const { return m_rendered; }
    QString message() const;

    // Copies the rendered PDF to a file the user chooses; true when saved.
    bool savePdf();
    // Writes the ODT version to a file the user chooses; true when saved.
    bool saveOdt();

private:
    QString suggestedPath(const QString &suffix) const;
    void setMessage(const QString &text, bool problem);

    Texts m_texts;
    Writer m_writer;
    QTemporaryDir m_dir;
    QString m_rendered;
    QLabel *m_heading;
    ValidationLabel *m_message;
    PdfViewer *m_viewer;
    QPushButton *m_savePdf;
    QPushButton *m_saveOdt;
};

} // namespace igw
