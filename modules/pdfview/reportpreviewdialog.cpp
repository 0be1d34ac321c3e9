#include "pdfview/reportpreviewdialog.h"

#include "pdfview/pdfviewer.h"
#include "pdfview/pdfviewtr.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"
#include "widgets/validationlabel.h"

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

QString withSuffix(QString path, const QString &suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace

ReportPreviewDialog::ReportPreviewDialog(const Texts &texts, Writer writer, QWidget *parent)
    : QDialog(parent)
    , m_texts(texts)
    , m_writer(std::move(writer))
    , m_heading(new QLabel(this))
    , m_message(new ValidationLabel(this))
    , m_viewer(new PdfViewer(this))
    , m_savePdf(new QPushButton(PdfViewTr::tr("Save &PDF…"), this))
    , m_saveOdt(new QPushButton(PdfViewTr::tr("Save &ODT…"), this))
{
    setObjectName(QStringLiteral("reportPreview"));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    m_savePdf->setObjectName(QStringLiteral("previewSavePdf"));
    m_saveOdt->setObjectName(QStringLiteral("previewSaveOdt"));
    m_savePdf->setToolTip(PdfViewTr::tr("Save the document shown here as a PDF file"));
    m_saveOdt->setToolTip(PdfViewTr::tr(
        "Save the document as an OpenDocument text file to edit in a word processor"));

    setWindowTitle(texts.windowTitle);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_heading->setText(texts.heading);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_savePdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveOdt, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(m_viewer, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savePdf, &QPushButton::clicked, this, &ReportPreviewDialog::savePdf);
    connect(m_saveOdt, &QPushButton::clicked, this, &ReportPreviewDialog::saveOdt);
    m_savePdf->setEnabled(false);
    m_saveOdt->setVisible(texts.offersOdt);
    resize(980, 780);
}

QString ReportPreviewDialog::message() const
{
    return m_message->plainText();
}

void ReportPreviewDialog::setMessage(const QString &text, bool problem)
{
    if (text.isEmpty()) {
        m_message->clear();
        return;
    }
    m_message->setMessages(
        {{problem ? ValidationLabel::Severity::Error : ValidationLabel::Severity::Information,
          text}});
}

bool ReportPreviewDialog::render()
{
    m_viewer->clear();
    m_rendered.clear();
    m_savePdf->setEnabled(false);
    if (!m_dir.isValid()) {
        setMessage(PdfViewTr::tr("No temporary folder could be made for the preview: %1")
                       .arg(m_dir.errorString()),
                   true);
        return false;
    }
    const QString path = m_dir.filePath(QStringLiteral("preview.pdf"));
    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, PdfViewTr::tr("Preparing the Preview"),
        PdfViewTr::tr("Writing %1…").arg(m_texts.what), QStringLiteral("previewProgress"),
        [&](const ProgressStep &step) {
            return m_writer(path, QStringLiteral("pdf"), &error,
                            [&](int done, int total) { return step(done, total); });
        },
        &cancelled);
    if (!ok) {
        setMessage(cancelled ? PdfViewTr::tr("The preview was cancelled.")
                             : PdfViewTr::tr("The document could not be written: %1").arg(error),
                   !cancelled);
        return false;
    }
    if (!m_viewer->load(path, &error)) {
        setMessage(PdfViewTr::tr("The document was written but cannot be shown: %1").arg(error),
                   true);
        return false;
    }
    m_rendered = path;
    m_savePdf->setEnabled(true);
    setMessage({}, false);
    m_viewer->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ReportPreviewDialog::suggestedPath(const QString &suffix) const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(m_texts.fileBaseName + QLatin1Char('.') + suffix);
}

bool ReportPreviewDialog::savePdf()
{
    if (m_rendered.isEmpty())
        return false;
    QString path = Dialogs::getSaveFileName(this, PdfViewTr::tr("Save %1 as PDF").arg(m_texts.what),
                                            suggestedPath(QStringLiteral("pdf")),
                                            PdfViewTr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("pdf"));
    QString error;
    if (!copyAtomically(m_rendered, path, &error)) {
        Dialogs::critical(this, PdfViewTr::tr("Save Failed"),
                          PdfViewTr::tr("The PDF could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setMessage(PdfViewTr::tr("Saved the PDF to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool ReportPreviewDialog::saveOdt()
{
    QString path = Dialogs::getSaveFileName(
        this, PdfViewTr::tr("Save %1 as OpenDocument Text").arg(m_texts.what),
        suggestedPath(QStringLiteral("odt")), PdfViewTr::tr("OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return false;
    path = withSuffix(path, QStringLiteral("odt"));
    QString error;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, PdfViewTr::tr("Save %1").arg(m_texts.what),
        PdfViewTr::tr("Writing %1…").arg(QFileInfo(path).fileName()),
        QStringLiteral("previewOdtProgress"),
        [&](const ProgressStep &step) {
            return m_writer(path, QStringLiteral("odt"), &error,
                            [&](int done, int total) { return step(done, total); });
        },
        &cancelled);
    if (!ok) {
        if (!cancelled)
            Dialogs::critical(this, PdfViewTr::tr("Save Failed"), error);
        return false;
    }
    setMessage(
        PdfViewTr::tr("Saved the OpenDocument text to %1.").arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

} // namespace igw
