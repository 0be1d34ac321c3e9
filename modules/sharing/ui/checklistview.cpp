#include "sharing/ui/checklistview.h"

#include "sharing/checklist.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {
constexpr int FieldRole = Qt::UserRole + 1;
}

ChecklistView::ChecklistView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("checklistView"));
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_list->setObjectName(QStringLiteral("checklistList"));
    m_list->setAccessibleName(SharingUiTr::tr("Missing before signature"));
    m_list->setAccessibleDescription(
        SharingUiTr::tr("Press Enter on an item to go to the field that fixes it."));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels({SharingUiTr::tr("Missing"), SharingUiTr::tr("What to do"),
                             SharingUiTr::tr("Expected by")});
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit fieldRequested(item->data(0, FieldRole).toString());
    });
}

void ChecklistView::setAgreement(qint64 agreementId)
{
    m_agreementId = agreementId;
    refresh();
}

int ChecklistView::missingCount() const
{
    return m_list->topLevelItemCount();
}

QString ChecklistView::summary() const
{
    return m_summary->text();
}

void ChecklistView::refresh()
{
    m_list->clear();
    if (m_agreementId == 0) {
        m_summary->setText(SharingUiTr::tr("No agreement selected."));
        return;
    }
    const QList<ChecklistItem> items = checkAgreement(m_workspace, m_agreementId);
    for (const ChecklistItem &c : items) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, icon(QStringLiteral("warning")));
        item->setText(0, c.missing);
        item->setText(1, c.todo);
        item->setText(2, c.citation);
        for (int col = 0; col < 3; ++col)
            item->setToolTip(col, item->text(col));
        const QString target = !c.field.isEmpty() ? c.field
                               : c.partyId != 0   ? QStringLiteral("parties")
                                                  : QStringLiteral("links");
        item->setData(0, FieldRole, target);
    }
    m_list->setColumnWidth(0, 320);
    m_list->setColumnWidth(1, 360);
    m_summary->setText(items.isEmpty()
                           ? SharingUiTr::tr("Complete: the agreement holds everything the ICO "
                                             "Data Sharing Code expects, so it can go out for "
                                             "signature.")
                           : SharingUiTr::tr("%1 item(s) missing before the agreement can go out "
                                             "for signature. Press Enter on one to go to it.")
                                 .arg(items.size()));
}

} // namespace igw
