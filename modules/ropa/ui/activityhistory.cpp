#include "ropa/ui/activityhistory.h"

#include "ropa/ropa.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"
#include "workspace/audit.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLocale>

namespace igw {

ActivityHistory::ActivityHistory(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("activityHistory"));
    setAccessibleName(RopaUiTr::tr("History of the processing activity"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHeaderLabels(
        {RopaUiTr::tr("When"), RopaUiTr::tr("Who"), RopaUiTr::tr("What"), RopaUiTr::tr("Change")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void ActivityHistory::showRecord(Workspace &workspace, const QString &uuid)
{
    clear();
    if (uuid.isEmpty())
        return;
    const QList<AuditEntry> entries = audit::history(workspace.database(), uuid);
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &e = *it;
        QString what;
        QString change;
        if (e.action == QLatin1String("update")) {
            what = activityFieldLabel(e.field);
            change = RopaUiTr::tr("%1 → %2").arg(
                ropaText::readableValue(workspace, e.field, e.oldValue),
                ropaText::readableValue(workspace, e.field, e.newValue));
        } else if (e.action == QLatin1String("create")) {
            what = RopaUiTr::tr("Added");
        } else if (e.action == QLatin1String("delete")) {
            what = RopaUiTr::tr("Deleted");
        } else if (e.action == QLatin1String("restore")) {
            what = RopaUiTr::tr("Restored (undo of a delete)");
        } else {
            what = e.action;
        }
        auto *item = new QTreeWidgetItem(
            {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.user, what, change});
        item->setToolTip(3, change);
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace igw
