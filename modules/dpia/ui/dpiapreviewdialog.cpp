#include "dpia/ui/dpiapreviewdialog.h"

#include "dpia/attachments.h"
#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitr.h"
#include "pdfview/pdfviewer.h"
#include "reports/dpiareport.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"
#include "widgets/validationlabel.h"
#include "workspace/workspace.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace igw {

namespace {

// Copies a file through QSaveFile, so the target appears only when complete.
bool copyAtomically(const QString &from, const QString &to, QString *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = out.errorString();
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1024 * 1024);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            *error = in.errorString();
            return false;
        }
        if (out.write(chunk) != chunk.size()) {
            *error = out.errorString();
            return false;
        }
    }
    if (!out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace

DpiaPreviewDialog::DpiaPreviewDialog(Workspace &workspace, qint64 dpiaId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dpiaId(dpiaId)
    , m_heading(new QLabel(this))
    , m_message(new ValidationLabel(this))
    , m_viewer(new PdfViewer(this))
    , m_savePdf(new QPushButton(DpiaUiTr::tr("Save &PDF…"), this))
    , m_saveOdt(new QPushButton(DpiaUiTr::tr("Save &ODT…"), this))
{
    setObjectName(QStringLiteral("dpiaPreview"));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_savePdf->setObjectName(QStringLiteral("previewSavePdf"));
    m_saveOdt->setObjectName(QStringLiteral("previewSaveOdt"));
    m_savePdf->setToolTip(DpiaUiTr::tr("Save the report shown here as a PDF file"));
    m_saveOdt->setToolTip(
        DpiaUiTr::tr("Save the report as an OpenDocument text file to edit in a word processor"));

    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    const QString label = dpia ? DpiaUiTr::tr("%1 %2").arg(dpia->ref, dpia->title(kinds::dpia()))
                               : DpiaUiTr::tr("DPIA");
    setWindowTitle(DpiaUiTr::tr("Preview: %1").arg(label));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setText(
        DpiaUiTr::tr("The DPIA report for %1 as it will be saved. Save PDF keeps exactly this "
                     "file.")
            .arg(label));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveOdt, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &DpiaPreviewDialog::savePdf);
    connect(m_saveOdt, &QPushButton::clicked, this, &DpiaPreviewDialog::saveOdt);
    m_savePdf->setEnabled(false);
    resize(900, 760);
}

QString DpiaPreviewDialog::renderedPath() const
{
    return m_rendered;
}

QString DpiaPreviewDialog::message() const
{
    return m_message->plainText();
}

void DpiaPreviewDialog::setMessage(const QString &text, bool problem)
{
    if (text.isEmpty()) {
        m_message->clear();
        return;
    }
    m_message->setMessages(
        {{problem ? ValidationLabel::Severity::Error : ValidationLabel::Severity::Information,
          text}});
}

bool DpiaPreviewDialog::render()
{
    m_viewer->clear();
    m_rendered.clear();
    m_savePdf->setEnabled(false);
    if (!m_dir.isValid()) {
        setMessage(DpiaUiTr::tr("No temporary folder could be made for the preview: %1")
                       .arg(m_dir.errorString()),
                   true);
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("preview.pdf"));
    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, DpiaUiTr::tr("Preparing the Preview"), DpiaUiTr::tr("Writing the DPIA report…"),
        QStringLiteral("previewProgress"),
        [&](const ProgressStep &step) {
            return writeDpiaReport(m_workspace, m_dpiaId, path, QStringLiteral("pdf"), &error,
                                   [&](int done, int total) { return step(done, total); });
        },
        &cancelled);
    if (!ok) {
        setMessage(cancelled ? DpiaUiTr::tr("The preview was cancelled.")
                             : DpiaUiTr::tr("The report could not be written: %1").arg(error),
                   !cancelled);
        return false;
    }
    if (!m_viewer->load(path, &error)) {
        setMessage(DpiaUiTr::tr("The report was written but cannot be shown: %1").arg(error), true);
        return false;
    }
    m_rendered = path;
    m_savePdf->setEnabled(true);
    setMessage({}, false);
    m_viewer->setFocus(Qt::OtherFocusReason);
    return true;
}

QString DpiaPreviewDialog::suggestedPath(const QString &suffix) const
{
    const auto dpia = m_workspace.records().get(kinds::dpia(), m_dpiaId);
    const QString base =
        dpia ? DpiaUiTr::tr("%1 %2").arg(dpia->ref, dpia->title(kinds::dpia())).trimmed()
             : DpiaUiTr::tr("dpia");
    const QString name = attachments::sanitisedFileName(base + QLatin1Char('.') + suffix);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

bool DpiaPreviewDialog::savePdf()
{
    if (m_rendered.isEmpty())
        return false;
    QString path = Dialogs::getSaveFileName(this, DpiaUiTr::tr("Save DPIA Report as PDF"),
                                            suggestedPath(QStringLiteral("pdf")),
                                            DpiaUiTr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".pdf");
    QString error;
    if (!copyAtomically(m_rendered, path, &error)) {
        Dialogs::critical(this, DpiaUiTr::tr("Save Failed"),
                          DpiaUiTr::tr("The PDF could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setMessage(DpiaUiTr::tr("Saved the PDF to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool DpiaPreviewDialog::saveOdt()
{
    QString path = Dialogs::getSaveFileName(
        this, DpiaUiTr::tr("Save DPIA Report as OpenDocument Text"),
        suggestedPath(QStringLiteral("odt")), DpiaUiTr::tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().compare(QLatin1String("odt"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".odt");
    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, DpiaUiTr::tr("Save DPIA Report"),
        DpiaUiTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("previewOdtProgress"),
        [&](const ProgressStep &step) {
            return writeDpiaReport(m_workspace, m_dpiaId, path, QStringLiteral("odt"), &error,
                                   [&](int done, int total) { return step(done, total); });
        },
        &cancelled);
    if (!ok) {
        if (!cancelled)
            Dialogs::critical(this, DpiaUiTr::tr("Save Failed"), error);
        return false;
    }
    setMessage(
        DpiaUiTr::tr("Saved the OpenDocument text to %1.").arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void DpiaPreviewDialog::run(Workspace &workspace, qint64 dpiaId, QWidget *parent)
{
    DpiaPreviewDialog dialog(workspace, dpiaId, parent);
    // A failure is explained inside the dialog, so it opens either way.
    dialog.render();
    dialog.exec();
}

} // namespace igw
