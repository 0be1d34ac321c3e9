#include "dpia/ui/dpiaattachmentspanel.h"

#include "dpia/attachments.h"
#include "dpia/ui/dpiauitr.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

enum Column { NameColumn, TypeColumn, SizeColumn, AddedColumn, ByColumn, QuestionColumn };

} // namespace

DpiaAttachmentsPanel::DpiaAttachmentsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(DpiaUiTr::tr("Add &file…"), this))
    , m_save(new QPushButton(DpiaUiTr::tr("&Save a copy…"), this))
    , m_remove(new QPushButton(DpiaUiTr::tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("dpiaAttachments"));
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_add->setObjectName(QStringLiteral("attachmentAdd"));
    m_save->setObjectName(QStringLiteral("attachmentSave"));
    m_remove->setObjectName(QStringLiteral("attachmentRemove"));
    m_summary->setObjectName(QStringLiteral("attachmentSummary"));
    m_add->setToolTip(DpiaUiTr::tr("Store a copy of a file in the workspace as evidence (up to "
                                   "%1 MB)")
                          .arg(attachments::maxFileBytes / (1024 * 1024)));
    m_save->setToolTip(DpiaUiTr::tr("Write the chosen attachment to a file"));
    m_remove->setToolTip(DpiaUiTr::tr("Delete the chosen attachment from the workspace"));

    m_list->setHeaderLabels({DpiaUiTr::tr("File"), DpiaUiTr::tr("Type"), DpiaUiTr::tr("Size"),
                             DpiaUiTr::tr("Added"), DpiaUiTr::tr("By"), DpiaUiTr::tr("Question")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(DpiaUiTr::tr("Attachments"));
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setMinimumHeight(120);
    auto *summaryLabel = new QLabel(DpiaUiTr::tr("A&ttachments:"), this);
    summaryLabel->setBuddy(m_list);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *head = new QHBoxLayout;
    head->addWidget(summaryLabel);
    head->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &DpiaAttachmentsPanel::addFile);
    connect(m_save, &QPushButton::clicked, this, &DpiaAttachmentsPanel::saveCopy);
    connect(m_remove, &QPushButton::clicked, this, &DpiaAttachmentsPanel::removeCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DpiaAttachmentsPanel::updateState);
    // Enter on a file saves a copy: the one thing to do with evidence besides keeping it.
    connect(m_list, &QTreeWidget::itemActivated, this, &DpiaAttachmentsPanel::saveCopy);
    refresh();
}

void DpiaAttachmentsPanel::setDpia(qint64 dpiaId)
{
    m_dpiaId = dpiaId;
    refresh();
}

void DpiaAttachmentsPanel::refresh()
{
    const qint64 keep = currentAttachmentId();
    m_list->clear();
    const QList<DpiaAttachment> files =
        m_dpiaId > 0 ? attachments::list(m_workspace, m_dpiaId) : QList<DpiaAttachment>();
    const QLocale locale;
    for (const DpiaAttachment &a : files) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, a.fileName);
        item->setText(TypeColumn, a.mediaType);
        item->setText(SizeColumn, locale.formattedDataSize(a.size));
        item->setText(AddedColumn, locale.toString(a.addedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ByColumn, a.addedBy);
        item->setText(QuestionColumn,
                      a.questionId.isEmpty() ? DpiaUiTr::tr("Whole DPIA") : a.questionId);
        item->setToolTip(NameColumn, DpiaUiTr::tr("SHA-256 %1").arg(a.sha256));
        item->setData(NameColumn, Qt::UserRole, a.id);
        if (a.id == keep)
            m_list->setCurrentItem(item);
    }
    for (int c = TypeColumn; c <= QuestionColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(files.isEmpty()     ? DpiaUiTr::tr("none yet")
                       : files.size() == 1 ? DpiaUiTr::tr("1 file")
                                           : DpiaUiTr::tr("%1 files").arg(files.size()));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateState();
}

qint64 DpiaAttachmentsPanel::currentAttachmentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, Qt::UserRole).toLongLong() : 0;
}

void DpiaAttachmentsPanel::updateState()
{
    const bool writable = !m_workspace.isReadOnly() && m_dpiaId > 0;
    const bool chosen = currentAttachmentId() > 0;
    m_add->setEnabled(writable);
    m_save->setEnabled(chosen);
    m_remove->setEnabled(writable && chosen);
}

bool DpiaAttachmentsPanel::addFile()
{
    if (m_workspace.isReadOnly() || m_dpiaId <= 0)
        return false;
    const QString path = Dialogs::getOpenFileName(
        this, DpiaUiTr::tr("Attach a File"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        DpiaUiTr::tr("All files (*)"));
    if (path.isEmpty())
        return false;
    QString error;
    const auto added = attachments::add(m_workspace, m_dpiaId, path, {}, &error);
    if (!added) {
        Dialogs::warning(
            this, DpiaUiTr::tr("File Not Attached"),
            DpiaUiTr::tr("%1 could not be attached: %2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    refresh();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(NameColumn, Qt::UserRole).toLongLong() == added->id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    emit attachmentsChanged();
    return true;
}

bool DpiaAttachmentsPanel::saveCopy()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString name = item->text(NameColumn);
    const QString path = Dialogs::getSaveFileName(
        this, DpiaUiTr::tr("Save a Copy of the Attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
    if (path.isEmpty())
        return false;
    QString error;
    if (!attachments::saveCopy(m_workspace, currentAttachmentId(), path, &error)) {
        Dialogs::warning(this, DpiaUiTr::tr("Copy Not Saved"),
                         DpiaUiTr::tr("%1 could not be saved: %2").arg(name, error));
        return false;
    }
    return true;
}

bool DpiaAttachmentsPanel::removeCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || m_workspace.isReadOnly())
        return false;
    const QString name = item->text(NameColumn);
    const auto answer = Dialogs::question(
        this, DpiaUiTr::tr("Remove Attachment"),
        DpiaUiTr::tr("Remove %1 from the DPIA? The file is deleted from the workspace; the "
                     "DPIA's history keeps a note that it was removed. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    if (!attachments::remove(m_workspace, currentAttachmentId(), &error)) {
        Dialogs::warning(this, DpiaUiTr::tr("Attachment Not Removed"), error);
        return false;
    }
    refresh();
    emit attachmentsChanged();
    return true;
}

} // namespace igw
