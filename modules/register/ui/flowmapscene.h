#pragma once

#include "register/ui/flowdata.h"

#include <QGraphicsScene>
#include <QHash>

#include <optional>

namespace igw {

class FlowEdgeItem;
class FlowGroupItem;
class FlowLegendItem;
class FlowNodeItem;

// What the map shows: every flow, or those touching one business function's assets
// and/or one partner.
struct FlowMapFilter {
    std::optional<QString> businessFunction; // "" is "no business function recorded"
    qint64 partnerId = 0;
    bool operator==(const FlowMapFilter &other) const
    {
        return businessFunction == other.businessFunction && partnerId == other.partnerId;
    }
};

// The flow map: our organisation as a frame of the assets that have flows, partners as
// boxes to the right, one arrow per flow, and the key. Nodes the user drags keep their
// place when the data reloads (not when the filter changes).
class FlowMapScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FlowMapScene(QObject *parent = nullptr);

    void build(const FlowData &data, const FlowMapFilter &filter = {});
    // Forgets where the user dragged nodes and lays the map out again.
    void resetLayout();

    const QList<FlowNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<FlowEdgeItem *> &edgeItems() const { return m_edges; }
    FlowLegendItem *legendItem() const { return m_legend; }
    FlowGroupItem *groupItem() const { return m_group; }
    FlowNodeItem *assetNode(qint64 assetId) const;
    FlowNodeItem *organisationNode(qint64 organisationId) const;
    // "12 flows between 8 assets and 4 organisations" (for the accessible description).
    QString summary() const;
    // The drawing's extent, as exported.
    QRectF contentRect() const;

signals:
    void flowActivated(qint64 flowId);
    void assetActivated(qint64 assetId);

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    FlowNodeItem *nodeFor(const FlowData &data, const FlowEnd &end);
    void layOut(const FlowData &data, qreal top);
    void addEdges(const FlowData &data, const QList<Record> &flows);
    void spreadEnds();
    void spreadLabels();
    void nodeMoved(FlowNodeItem *node);
    void fitSceneRect();

    FlowData m_lastData;
    FlowMapFilter m_filter;
    QHash<QString, FlowNodeItem *> m_nodeByKey;
    QHash<QString, QPointF> m_userPositions;
    QList<FlowNodeItem *> m_nodes;
    QHash<const FlowNodeItem *, QList<FlowNodeItem *>> m_neighbours; // during build()
    QList<FlowEdgeItem *> m_edges;
    FlowLegendItem *m_legend = nullptr;
    FlowGroupItem *m_group = nullptr;
    bool m_building = false;
};

} // namespace igw
