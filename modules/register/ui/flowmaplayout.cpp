#include "register/ui/flowmaplayout.h"

#include "register/ui/flowmapnode.h"
#include "register/ui/registeruitr.h"

#include <QFontMetricsF>
#include <QHash>
#include <QtMath>

#include <algorithm>
#include <limits>

namespace igw {

namespace {

constexpr qreal ColumnGap = 48;
constexpr qreal RowGap = 14;
constexpr qreal SectionGap = 22;
constexpr qreal PartnerGap = 20;
constexpr qreal CorridorWidth = 420; // between our assets and the partners: the labels' room
constexpr int MaxColumns = 6;
// Few columns: an arrow from an inner column passes under the boxes of the outer ones.
constexpr qreal MinColumnHeight = 1200;

} // namespace

QList<FlowMapHeading> layOutFlowMap(const QList<FlowMapSection> &ours,
                                    QList<FlowNodeItem *> partners, const QPointF &origin,
                                    const FlowMapNeighbours &neighbours)
{
    const QSizeF asset = FlowNodeItem::boxSize(FlowNodeItem::Kind::Asset);
    const QSizeF partner = FlowNodeItem::boxSize(FlowNodeItem::Kind::Partner);
    const qreal headingHeight = QFontMetricsF(flowMapFonts::heading()).height() + 10;

    qreal oursHeight = 0;
    for (const FlowMapSection &section : ours)
        oursHeight +=
            headingHeight + qreal(section.nodes.size()) * (asset.height() + RowGap) + SectionGap;
    const qreal partnersHeight = qreal(partners.size()) * (partner.height() + PartnerGap);
    const int columns =
        qBound(1, int(qCeil(oursHeight / qMax(partnersHeight * 1.5, MinColumnHeight))), MaxColumns);
    const qreal columnHeight = oursHeight / columns;

    QList<FlowMapHeading> headings;
    int column = 0;
    qreal y = 0;
    qreal tallest = 0;
    const auto x = [&] { return origin.x() + column * (asset.width() + ColumnGap); };
    const auto nextColumn = [&] {
        tallest = qMax(tallest, y);
        ++column;
        y = 0;
    };
    for (const FlowMapSection &section : ours) {
        // Start a section in the next column rather than leave its heading alone at the foot.
        if (y > 0 && y + headingHeight + asset.height() > columnHeight)
            nextColumn();
        headings.append({section.heading, QPointF(x(), origin.y() + y), asset.width()});
        y += headingHeight;
        for (FlowNodeItem *node : section.nodes) {
            if (y > headingHeight && y + asset.height() > columnHeight * 1.1 &&
                column + 1 < MaxColumns) {
                nextColumn();
                headings.append({RegisterUiTr::tr("%1 (continued)").arg(section.heading),
                                 QPointF(x(), origin.y()), asset.width()});
                y = headingHeight;
            }
            node->setPos(x() + asset.width() / 2, origin.y() + y + asset.height() / 2);
            y += asset.height() + RowGap;
        }
        y += SectionGap;
    }
    tallest = qMax(tallest, y);
    const int usedColumns = ours.isEmpty() ? 0 : column + 1;

    QHash<const FlowNodeItem *, qreal> centre;
    for (int i = 0; i < partners.size(); ++i) {
        const QList<FlowNodeItem *> others = neighbours(partners.at(i));
        qreal sum = 0;
        int count = 0;
        for (const FlowNodeItem *other : others) {
            if (other->kind() != FlowNodeItem::Kind::Partner) {
                sum += other->y();
                ++count;
            }
        }
        // Partners that only deal with other partners go to the foot.
        centre.insert(partners.at(i), count ? sum / count : std::numeric_limits<qreal>::max());
    }
    std::stable_sort(partners.begin(), partners.end(),
                     [&centre](const FlowNodeItem *a, const FlowNodeItem *b) {
                         return centre.value(a) < centre.value(b);
                     });

    const qreal partnersLeft =
        origin.x() + usedColumns * (asset.width() + ColumnGap) + CorridorWidth;
    // Each partner as level with its boxes as the ones above it allow.
    qreal py = origin.y();
    for (FlowNodeItem *node : partners) {
        const qreal wanted = centre.value(node);
        const qreal top = wanted == std::numeric_limits<qreal>::max()
                              ? py
                              : qMax(py, wanted - partner.height() / 2);
        node->setPos(partnersLeft + partner.width() / 2, top + partner.height() / 2);
        py = top + partner.height() + PartnerGap;
    }
    return headings;
}

} // namespace igw
