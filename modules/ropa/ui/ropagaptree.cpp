#include "ropa/ui/ropagaptree.h"

#include "ropa/ropa.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"

#include <QHeaderView>

#include <algorithm>

namespace igw {

namespace {

// Past this many items the groups start closed, so the list stays a list of activities.
constexpr int OpenAllUpTo = 40;

} // namespace

RopaGapTree::RopaGapTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ropaGaps"));
    setAccessibleName(RopaUiTr::tr("Missing items"));
    setHeaderLabels({RopaUiTr::tr("Missing items (activate one to fill it in)")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, ActivityIdRole).toLongLong();
        emit gapActivated(id, item->data(0, FieldRole).toString());
    });
    connect(this, &QTreeWidget::itemCollapsed, this, [this](QTreeWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(0, ActivityIdRole).toLongLong();
        m_opened.remove(id);
        m_closed.insert(id);
    });
    connect(this, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *item) {
        if (m_filling)
            return;
        const qint64 id = item->data(0, ActivityIdRole).toLongLong();
        m_closed.remove(id);
        m_opened.insert(id);
    });
}

void RopaGapTree::setRopa(const Ropa &ropa)
{
    m_filling = true;
    // Keep the reader's place: the current item is found again by activity and field.
    const QTreeWidgetItem *current = currentItem();
    const qint64 currentId = current ? current->data(0, ActivityIdRole).toLongLong() : -1;
    const QString currentField = current ? current->data(0, FieldRole).toString() : QString();
    clear();
    QList<QTreeWidgetItem *> groups;
    const auto group = [&groups](const QString &title, qint64 id, const QList<RopaGap> &gaps) {
        auto *top = new QTreeWidgetItem({title});
        top->setData(0, ActivityIdRole, id);
        top->setToolTip(0, gaps.size() == 1 ? RopaUiTr::tr("1 item missing")
                                            : RopaUiTr::tr("%1 items missing").arg(gaps.size()));
        for (const RopaGap &gap : gaps) {
            auto *item = new QTreeWidgetItem(top, {ropaText::gapText(gap)});
            item->setData(0, ActivityIdRole, id);
            item->setData(0, FieldRole, gap.field);
            if (id == 0)
                item->setToolTip(0, RopaUiTr::tr("Fill this in on the Organisation & People page"));
        }
        groups << top;
    };
    int items = 0;
    if (!ropa.header.gaps.isEmpty()) {
        group(RopaUiTr::tr("Organisation"), 0, ropa.header.gaps);
        items += int(ropa.header.gaps.size());
    }
    // In reference order, as the list starts.
    QList<const ActivityView *> incomplete;
    for (const ActivityView &a : ropa.activities) {
        if (!a.gaps.isEmpty())
            incomplete << &a;
    }
    std::sort(
        incomplete.begin(), incomplete.end(),
        [](const ActivityView *a, const ActivityView *b) { return a->record.ref < b->record.ref; });
    for (const ActivityView *a : std::as_const(incomplete)) {
        group(ropaText::activityLabel(a->record), a->record.id, a->gaps);
        items += int(a->gaps.size());
    }
    addTopLevelItems(groups);
    const bool openAll = items <= OpenAllUpTo;
    for (QTreeWidgetItem *top : std::as_const(groups)) {
        const qint64 id = top->data(0, ActivityIdRole).toLongLong();
        top->setExpanded(m_opened.contains(id) || (openAll && !m_closed.contains(id)));
        if (id != currentId)
            continue;
        QTreeWidgetItem *again = top;
        for (int i = 0; i < top->childCount(); ++i) {
            if (top->child(i)->data(0, FieldRole).toString() == currentField)
                again = top->child(i);
        }
        setCurrentItem(again);
    }
    if (groups.isEmpty()) {
        auto *none = new QTreeWidgetItem(
            {RopaUiTr::tr("Nothing missing: every activity records what Art. 30 asks for.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setData(0, ActivityIdRole, -1);
        addTopLevelItem(none);
    }
    m_filling = false;
}

QTreeWidgetItem *RopaGapTree::itemOfActivity(qint64 id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = topLevelItem(i);
        if (top->data(0, ActivityIdRole).toLongLong() == id && top->childCount() > 0)
            return top;
    }
    return nullptr;
}

} // namespace igw
