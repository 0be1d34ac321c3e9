#include "register/ui/assethistory.h"

#include "register/assets.h"
#include "register/ui/assettablecolumns.h"
#include "register/ui/registeruitr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QHeaderView>
#include <QLocale>

namespace igw {

QString readableAssetValue(Workspace &workspace, const QString &field, const QString &stored)
{
    using namespace assetField;
    if (stored.isEmpty())
        return RegisterUiTr::tr("(not set)");
    if (field == ownerPersonId || field == administratorPersonId) {
        const QVariant name = sql::scalar(workspace.database(),
                                          QStringLiteral("SELECT name FROM people WHERE id = ?"),
                                          {stored.toLongLong()});
        return name.isValid() ? name.toString() : RegisterUiTr::tr("person %1").arg(stored);
    }
    if (field == containsPersonalData || field == specialCategory || field == criminalOffence)
        return stored == QLatin1String("1") ? RegisterUiTr::tr("Yes") : RegisterUiTr::tr("No");
    if (field == lastReview || field == nextReview) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : stored;
    }
    const QHash<QString, const Choices *> lists{
        {securityClassification, &choices::securityClassification()},
        {format, &choices::assetFormat()},
        {status, &choices::assetStatus()},
        {criticality, &choices::criticality()},
        {lawfulBasis, &choices::lawfulBasis()},
        {art9Condition, &choices::art9Condition()}};
    if (const Choices *list = lists.value(field))
        return choices::label(*list, stored);
    return stored;
}

AssetHistory::AssetHistory(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("assetHistory"));
    setAccessibleName(RegisterUiTr::tr("History of the asset"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHeaderLabels({RegisterUiTr::tr("When"), RegisterUiTr::tr("Who"), RegisterUiTr::tr("What"),
                     RegisterUiTr::tr("Change")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void AssetHistory::showRecord(Workspace &workspace, const QString &uuid)
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
            what = assetTable::fieldLabel(e.field);
            change =
                RegisterUiTr::tr("%1 → %2").arg(readableAssetValue(workspace, e.field, e.oldValue),
                                                readableAssetValue(workspace, e.field, e.newValue));
        } else if (e.action == QLatin1String("create")) {
            what = RegisterUiTr::tr("Added");
        } else if (e.action == QLatin1String("delete")) {
            what = RegisterUiTr::tr("Deleted");
        } else if (e.action == QLatin1String("restore")) {
            what = RegisterUiTr::tr("Restored (undo of a delete)");
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
