#include "register/ui/assetlinks.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QHeaderView>

namespace igw {

AssetLinks::AssetLinks(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("assetLinks"));
    setAccessibleName(RegisterUiTr::tr("Information flows and processing activities of the asset"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({RegisterUiTr::tr("Link"), RegisterUiTr::tr("Record"),
                     RegisterUiTr::tr("Other end or role"), RegisterUiTr::tr("Method")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void AssetLinks::showAsset(Workspace &workspace, qint64 assetId)
{
    clear();
    if (assetId <= 0)
        return;
    const QList<QVariantList> rows =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT f.ref, f.title, f.from_asset_id = ?, f.to_asset_id = ?,"
                                 " coalesce(fa.ref || ' ' || fa.name, fo.name), coalesce(ta.ref || "
                                 "' ' || ta.name, tor.name),"
                                 " f.transfer_method"
                                 " FROM flows f"
                                 " LEFT JOIN assets fa ON fa.id = f.from_asset_id"
                                 " LEFT JOIN assets ta ON ta.id = f.to_asset_id"
                                 " LEFT JOIN organisations fo ON fo.id = f.from_org_id"
                                 " LEFT JOIN organisations tor ON tor.id = f.to_org_id"
                                 " WHERE f.from_asset_id = ? OR f.to_asset_id = ? ORDER BY f.id"),
                  {assetId, assetId, assetId, assetId});
    QList<QTreeWidgetItem *> items;
    for (const QVariantList &row : rows) {
        const bool outgoing = row.value(2).toInt() == 1;
        const bool incoming = row.value(3).toInt() == 1;
        QString direction;
        QString other;
        if (outgoing && incoming) {
            direction = RegisterUiTr::tr("Within");
            other = row.value(5).toString();
        } else if (outgoing) {
            direction = RegisterUiTr::tr("Out to");
            other = row.value(5).toString();
        } else {
            direction = RegisterUiTr::tr("In from");
            other = row.value(4).toString();
        }
        const QString method = row.value(6).isNull() ? QString()
                                                     : choices::label(choices::transferMethod(),
                                                                      row.value(6).toString());
        items << new QTreeWidgetItem(
            {direction,
             RegisterUiTr::tr("%1 %2").arg(row.value(0).toString(), row.value(1).toString()), other,
             method});
    }
    // Processing activities read their categories from this asset ("ask once"), so an
    // owner changing them should see who relies on them.
    const QList<QVariantList> uses =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT a.ref, a.name, a.role FROM activity_assets l"
                                 " JOIN activities a ON a.id = l.activity_id WHERE l.asset_id = ?"
                                 " ORDER BY a.ref"),
                  {assetId});
    for (const QVariantList &row : uses) {
        items << new QTreeWidgetItem(
            {RegisterUiTr::tr("Used by"),
             RegisterUiTr::tr("%1 %2").arg(row.value(0).toString(), row.value(1).toString()),
             row.value(2).toString() == QLatin1String("processor")
                 ? RegisterUiTr::tr("Processing as processor")
                 : RegisterUiTr::tr("Processing as controller"),
             QString()});
    }
    // Agreements that name the asset among the data they share (Sharing page).
    const QList<QVariantList> shared =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT g.ref, g.title, g.status FROM agreement_assets l"
                                 " JOIN agreements g ON g.id = l.agreement_id WHERE l.asset_id = ?"
                                 " ORDER BY g.ref"),
                  {assetId});
    for (const QVariantList &row : shared) {
        const QString status = row.value(2).toString();
        const QString state =
            status == QLatin1String("active") || status == QLatin1String("review_due")
                ? RegisterUiTr::tr("Agreement in force")
            : status == QLatin1String("expired") || status == QLatin1String("terminated")
                ? RegisterUiTr::tr("Agreement ended")
                : RegisterUiTr::tr("Agreement not yet in force");
        items << new QTreeWidgetItem(
            {RegisterUiTr::tr("Shared under"),
             RegisterUiTr::tr("%1 %2").arg(row.value(0).toString(), row.value(1).toString()), state,
             QString()});
    }
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem({RegisterUiTr::tr("No information flows or processing "
                                                           "activities recorded for this asset.")});
        none->setFlags(Qt::ItemIsEnabled);
        items << none;
    }
    addTopLevelItems(items);
    if (items.size() == 1 && items.constFirst()->columnCount() == 1)
        items.constFirst()->setFirstColumnSpanned(true);
}

} // namespace igw
