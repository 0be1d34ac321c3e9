#include "sharing/ui/documentspanel.h"

#include "pdftext/pdftext.h"
#include "pdfview/reportpreviewdialog.h"
#include "sharing/agreementdocuments.h"
#include "sharing/agreements.h"
#include "sharing/ui/sharinguitexts.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/dialogs.h"
#include "widgets/progressrun.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {
constexpr int DocumentIdRole = Qt::UserRole + 1;
}

DocumentsPanel::DocumentsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_attach(new QPushButton(SharingUiTr::tr("&Attach Signed PDF…"), this))
    , m_show(new QPushButton(SharingUiTr::tr("S&how"), this))
    , m_save(new QPushButton(SharingUiTr::tr("Save a &Copy…"), this))
    , m_remove(new QPushButton(SharingUiTr::tr("Re&move…"), this))
{
    setObjectName(QStringLiteral("documentsPanel"));
    m_summary->setObjectName(QStringLiteral("documentsSummary"));
    m_list->setObjectName(QStringLiteral("documentsList"));
    m_attach->setObjectName(QStringLiteral("documentAttach"));
    m_show->setObjectName(QStringLiteral("documentShow"));
    m_save->setObjectName(QStringLiteral("documentSave"));
    m_remove->setObjectName(QStringLiteral("documentRemove"));
    m_attach->setToolTip(SharingUiTr::tr("Keep a PDF with the agreement, e.g. the copy the "
                                         "parties signed; its text becomes searchable"));
    m_show->setToolTip(SharingUiTr::tr("Show the document in the preview (Enter in the list)"));
    m_list->setAccessibleName(SharingUiTr::tr("Documents kept with the agreement"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({SharingUiTr::tr("File"), SharingUiTr::tr("Pages"),
                             SharingUiTr::tr("Size"), SharingUiTr::tr("Version"),
                             SharingUiTr::tr("Added"), SharingUiTr::tr("By")});
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_attach, m_show, m_save, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &DocumentsPanel::attach);
    connect(m_show, &QPushButton::clicked, this, [this] { show(currentDocumentId()); });
    connect(m_save, &QPushButton::clicked, this, &DocumentsPanel::saveCopy);
    connect(m_remove, &QPushButton::clicked, this, &DocumentsPanel::removeCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { show(currentDocumentId()); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DocumentsPanel::updateState);
    refresh();
}

void DocumentsPanel::setAgreement(qint64 agreementId)
{
    m_agreementId = agreementId;
    refresh();
}

qint64 DocumentsPanel::currentDocumentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, DocumentIdRole).toLongLong() : 0;
}

void DocumentsPanel::refresh()
{
    const qint64 current = currentDocumentId();
    m_list->clear();
    const QLocale locale;
    const QList<AgreementDocument> docs = m_agreementId
                                              ? agreementDocuments::list(m_workspace, m_agreementId)
                                              : QList<AgreementDocument>();
    for (const AgreementDocument &d : docs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, DocumentIdRole, d.id);
        item->setText(0, d.fileName);
        item->setText(1, locale.toString(d.pageCount));
        item->setText(2, locale.formattedDataSize(d.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setText(3, locale.toString(d.version));
        item->setText(4, locale.toString(d.addedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(5, d.addedBy);
        item->setToolTip(0, SharingUiTr::tr("SHA-256 %1").arg(d.sha256));
        if (d.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(
        m_agreementId == 0 ? SharingUiTr::tr("No agreement selected.")
        : docs.isEmpty()
            ? SharingUiTr::tr("No documents yet. Attach the signed copy once the parties have "
                              "signed it; the Sharing page's Find then searches its text too.")
            : SharingUiTr::tr("%1 document(s). Their text is searched by Find on the Sharing "
                              "page.")
                  .arg(docs.size()));
    updateState();
}

void DocumentsPanel::updateState()
{
    const bool has = currentDocumentId() != 0;
    m_attach->setEnabled(m_agreementId != 0 && !m_workspace.isReadOnly());
    m_show->setEnabled(has);
    m_save->setEnabled(has);
    m_remove->setEnabled(has && !m_workspace.isReadOnly());
}

bool DocumentsPanel::attach()
{
    const QString path = Dialogs::getOpenFileName(
        this, SharingUiTr::tr("Attach Signed PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        SharingUiTr::tr("PDF documents (*.pdf)"));
    return !path.isEmpty() && attachFile(path);
}

bool DocumentsPanel::attachFile(const QString &path)
{
    const auto refuse = [this](const QString &text) {
        Dialogs::warning(this, SharingUiTr::tr("Document Not Attached"), text);
        return false;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return refuse(SharingUiTr::tr("%1 is not a file that can be read.")
                          .arg(QDir::toNativeSeparators(path)));
    if (info.size() > agreementDocuments::maxFileBytes)
        return refuse(SharingUiTr::tr("%1 is larger than %2 MB, the most a document may be.")
                          .arg(info.fileName())
                          .arg(agreementDocuments::maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            SharingUiTr::tr("Cannot read %1: %2").arg(info.fileName(), file.errorString()));
    // One byte past the cap tells a file that grew since it was measured.
    const QByteArray data = file.read(agreementDocuments::maxFileBytes + 1);
    QString error;
    std::optional<PdfText> text;
    bool cancelled = false;
    const bool ok = runWithProgress(
        this, SharingUiTr::tr("Attach Signed PDF"),
        SharingUiTr::tr("Reading %1…").arg(info.fileName()), QStringLiteral("documentProgress"),
        [&](const ProgressStep &) {
            text = pdftext::extract(data, &error);
            return text.has_value();
        },
        &cancelled);
    if (!ok || !text)
        return cancelled ? false
                         : refuse(SharingUiTr::tr("%1 cannot be read as a PDF: %2")
                                      .arg(info.fileName(), error));
    if (!agreementDocuments::add(m_workspace, m_agreementId, info.fileName(), data, text->text,
                                 text->pageCount, {}, &error))
        return refuse(error);
    refresh();
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    if (text->text.trimmed().isEmpty())
        Dialogs::information(this, SharingUiTr::tr("No Text Found"),
                             SharingUiTr::tr("%1 is kept, but it holds no text (a scan without "
                                             "recognised text), so search cannot find words "
                                             "inside it.")
                                 .arg(info.fileName()));
    return true;
}

void DocumentsPanel::show(qint64 documentId)
{
    const auto doc = agreementDocuments::get(m_workspace, documentId);
    if (!doc)
        return;
    Workspace &ws = m_workspace;
    ReportPreviewDialog dialog(
        {SharingUiTr::tr("Document: %1").arg(doc->fileName),
         SharingUiTr::tr("%1, kept with the agreement (version %2). Save PDF writes an exact "
                         "copy.")
             .arg(doc->fileName)
             .arg(doc->version),
         QFileInfo(doc->fileName).completeBaseName(), SharingUiTr::tr("the document"), false},
        [&ws, documentId](const QString &path, const QString &, QString *error,
                          const std::function<bool(int, int)> &) {
            return agreementDocuments::saveCopy(ws, documentId, path, error);
        },
        this);
    dialog.setObjectName(QStringLiteral("documentPreview"));
    dialog.render();
    dialog.exec();
}

bool DocumentsPanel::saveCopy()
{
    const auto doc = agreementDocuments::get(m_workspace, currentDocumentId());
    if (!doc)
        return false;
    const QString path = Dialogs::getSaveFileName(
        this, SharingUiTr::tr("Save a Copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(doc->fileName),
        SharingUiTr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!agreementDocuments::saveCopy(m_workspace, doc->id, path, &error)) {
        Dialogs::critical(this, SharingUiTr::tr("Save Failed"), error);
        return false;
    }
    return true;
}

bool DocumentsPanel::removeCurrent()
{
    const auto doc = agreementDocuments::get(m_workspace, currentDocumentId());
    if (!doc || m_workspace.isReadOnly())
        return false;
    if (Dialogs::question(this, SharingUiTr::tr("Remove Document"),
                          SharingUiTr::tr("Remove %1 from the agreement? The history keeps a "
                                          "note of it, but the file itself cannot be brought "
                                          "back.")
                              .arg(doc->fileName),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    if (!agreementDocuments::remove(m_workspace, doc->id, &error)) {
        Dialogs::warning(this, SharingUiTr::tr("Document Not Removed"), error);
        return false;
    }
    refresh();
    return true;
}

} // namespace igw
