#include "ropa/ui/ropatexts.h"

#include "ropa/activities.h"
#include "ropa/ui/ropauitr.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QLocale>

namespace igw::ropaText {

QString shortChoice(const QString &label)
{
    const qsizetype cut = label.indexOf(QStringLiteral(" — "));
    return cut < 0 ? label : label.left(cut);
}

QString activityLabel(const Record &record)
{
    return RopaUiTr::tr("%1 %2").arg(record.ref, record.title(kinds::activity()));
}

QString assetLabel(const LinkedAsset &asset)
{
    return RopaUiTr::tr("%1 %2").arg(asset.ref, asset.name);
}

QString agreementStatusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return RopaUiTr::tr("in force");
    if (status == QLatin1String("review_due"))
        return RopaUiTr::tr("in force, review due");
    if (status == QLatin1String("out_for_signature"))
        return RopaUiTr::tr("out for signature");
    if (status == QLatin1String("expired"))
        return RopaUiTr::tr("expired");
    if (status == QLatin1String("terminated"))
        return RopaUiTr::tr("terminated");
    return RopaUiTr::tr("draft");
}

QString gapText(const RopaGap &gap)
{
    return RopaUiTr::tr("%1 — %2").arg(gap.item, gap.citation);
}

namespace {

QString linkedNames(Workspace &workspace, const LinkSet &link, const QString &stored)
{
    const QList<qint64> ids = linkIds(stored);
    const bool assets = link.field == activityField::assetIds;
    QStringList out;
    // Few ids per set: one lookup each keeps the SQL plain.
    for (qint64 id : ids) {
        const QList<QVariantList> rows =
            sql::rows(workspace.database(),
                      assets ? QStringLiteral("SELECT ref, name FROM assets WHERE id = ?")
                             : QStringLiteral("SELECT ref, name FROM organisations WHERE id = ?"),
                      {id});
        if (rows.isEmpty())
            out << (assets ? RopaUiTr::tr("asset %1 (deleted)").arg(id)
                           : RopaUiTr::tr("organisation %1 (deleted)").arg(id));
        else if (assets)
            out << RopaUiTr::tr("%1 %2").arg(rows.constFirst().value(0).toString(),
                                             rows.constFirst().value(1).toString());
        else
            out << rows.constFirst().value(1).toString();
    }
    return out.join(QStringLiteral("; "));
}

} // namespace

QString readableValue(Workspace &workspace, const QString &field, const QString &stored)
{
    const LinkSet *link = kinds::activity().link(field);
    if (stored.isEmpty())
        return link ? RopaUiTr::tr("(none)") : RopaUiTr::tr("(not set)");
    if (link)
        return linkedNames(workspace, *link, stored);
    if (field == activityField::lastReview) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : stored;
    }
    return activityDisplayValue(field, stored);
}

} // namespace igw::ropaText
