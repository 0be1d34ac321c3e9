#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <functional>

namespace igw {

class FlowNodeItem;

// Our assets under one heading (a business function), in display order.
struct FlowMapSection {
    QString heading;
    QList<FlowNodeItem *> nodes;
};

struct FlowMapHeading {
    QString text;
    QPointF topLeft;
    qreal width = 0;
};

using FlowMapNeighbours = std::function<QList<FlowNodeItem *>(const FlowNodeItem *)>;

// The map's deterministic layout: our sections top to bottom in a few columns (a long
// section continues in the next column under a "continued" heading), then the partners in
// one column to the right, far enough away for the flow labels. Partners are ordered by
// the mean height of the boxes they exchange data with (ties by the given order), which
// keeps most arrows short and uncrossed. Positions the nodes and returns the headings.
QList<FlowMapHeading> layOutFlowMap(const QList<FlowMapSection> &ours,
                                    QList<FlowNodeItem *> partners, const QPointF &origin,
                                    const FlowMapNeighbours &neighbours);

} // namespace igw
