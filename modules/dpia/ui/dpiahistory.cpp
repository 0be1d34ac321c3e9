#include "dpia/ui/dpiahistory.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace igw {

namespace {

// What the history reads values with, gathered once per showing.
struct Readers {
    RiskMatrix matrix;
    QHash<qint64, QString> people;
    QHash<qint64, QString> activityRefs;
    QHash<qint64, QString> assetRefs;

    QString refsOf(const QString &stored, const QHash<qint64, QString> &names) const
    {
        QStringList out;
        for (qint64 id : linkIds(stored))
            out << names.value(id, QString::number(id));
        return out.join(QStringLiteral(", "));
    }

    QString read(const QString &table, const QString &field, const QString &stored) const
    {
        if (stored.isEmpty())
            return DpiaUiTr::tr("(empty)");
        if (field == dpiaField::status && table == kinds::dpia().table)
            return dpiaUiText::statusText(stored);
        if (field == dpiaField::matrix)
            return RiskMatrix::byKey(stored) ? RiskMatrix::byKey(stored)->name : stored;
        if (field == dpiaField::ownerPersonId)
            return people.value(stored.toLongLong(), stored);
        if (field == dpiaField::activityIds)
            return refsOf(stored, activityRefs);
        if (field == dpiaField::assetIds)
            return refsOf(stored, assetRefs);
        if (field == dpiaField::reviewDate || field == measureField::dueDate)
            return dpiaUiText::dateText(isoDate(stored));
        if (table == kinds::risk().table &&
            (field == riskField::likelihood || field == riskField::residualLikelihood))
            return matrix.likelihoodLabels.value(stored.toInt() - 1, stored);
        if (table == kinds::risk().table &&
            (field == riskField::severity || field == riskField::residualSeverity))
            return matrix.severityLabels.value(stored.toInt() - 1, stored);
        if (table == kinds::measure().table) {
            if (field == measureField::effect)
                return choices::label(choices::measureEffect(), stored);
            if (field == measureField::status)
                return choices::label(choices::measureStatus(), stored);
            if (field == measureField::approved)
                return stored == QLatin1String("1") ? DpiaUiTr::tr("Yes") : DpiaUiTr::tr("No");
        }
        // Long texts (answers, summaries) in brief; the tooltip has them whole.
        return stored.size() > 80 ? stored.left(77) + QStringLiteral("…") : stored;
    }
};

QHash<qint64, QString> refsOfTable(Workspace &ws, const QString &table)
{
    QHash<qint64, QString> refs;
    const QList<QVariantList> rows =
        sql::rows(ws.database(), QStringLiteral("SELECT id, ref FROM %1").arg(table));
    for (const QVariantList &row : rows)
        refs.insert(row.value(0).toLongLong(), row.value(1).toString());
    return refs;
}

struct Entry {
    AuditEntry audit;
    QString subject; // "" for the DPIA, "R2" or "Measure MS-0004"
    QString table;
};

} // namespace

DpiaHistory::DpiaHistory(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("dpiaHistory"));
    setAccessibleName(DpiaUiTr::tr("History of the DPIA"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHeaderLabels(
        {DpiaUiTr::tr("When"), DpiaUiTr::tr("Who"), DpiaUiTr::tr("What"), DpiaUiTr::tr("Change")});
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

void DpiaHistory::showDpia(Workspace &workspace, const Record *dpia)
{
    clear();
    if (!dpia)
        return;
    Readers readers;
    readers.matrix = loadRiskMatrix(workspace, dpia->value(dpiaField::matrix).toString());
    readers.people = personNames(workspace);
    readers.activityRefs = refsOfTable(workspace, QStringLiteral("activities"));
    readers.assetRefs = refsOfTable(workspace, QStringLiteral("assets"));

    QList<Entry> entries;
    const auto collect = [&](const QString &uuid, const QString &subject, const QString &table) {
        for (const AuditEntry &e : audit::history(workspace.database(), uuid))
            entries.append({e, subject, table});
    };
    collect(dpia->uuid, {}, kinds::dpia().table);
    const QList<Record> risks = loadRisks(workspace, dpia->id);
    for (int i = 0; i < risks.size(); ++i)
        collect(risks.at(i).uuid, dpiaUiText::riskNumber(i + 1), kinds::risk().table);
    const QList<Record> measures =
        workspace.records().list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {dpia->id});
    for (const Record &m : measures)
        collect(m.uuid, DpiaUiTr::tr("Measure %1").arg(m.ref), kinds::measure().table);
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.audit.seq > b.audit.seq; // the chain's order, newest first
    });

    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    for (const Entry &entry : std::as_const(entries)) {
        const AuditEntry &e = entry.audit;
        QString what;
        QString change;
        QString tip;
        if (e.action == QLatin1String("update")) {
            what = dpiaUiText::fieldLabel(entry.table, e.field);
            change = DpiaUiTr::tr("%1 → %2").arg(readers.read(entry.table, e.field, e.oldValue),
                                                 readers.read(entry.table, e.field, e.newValue));
            tip = DpiaUiTr::tr("%1 → %2").arg(e.oldValue, e.newValue);
        } else if (e.action == QLatin1String("create")) {
            what = DpiaUiTr::tr("Added");
        } else if (e.action == QLatin1String("delete")) {
            what = DpiaUiTr::tr("Deleted");
        } else if (e.action == QLatin1String("restore")) {
            what = DpiaUiTr::tr("Restored (undo of a delete)");
        } else {
            what = e.action;
        }
        if (!entry.subject.isEmpty())
            what = DpiaUiTr::tr("%1: %2").arg(entry.subject, what);
        auto *item = new QTreeWidgetItem(
            {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.user, what, change});
        item->setToolTip(3, tip.isEmpty() ? change : tip);
        items << item;
    }
    addTopLevelItems(items);
}

} // namespace igw
