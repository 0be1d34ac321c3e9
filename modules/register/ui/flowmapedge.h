#pragma once

#include "register/ui/flowstyle.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace igw {

class FlowEdgeLabelItem;
class FlowNodeItem;

// One flow on the map: an arrow from sender to recipient, straight or gently curved
// (`bend` pixels to the left of travel) so parallel flows stay apart. Its label gives
// the reference and the risk word; electronic flows not encrypted in transit carry an
// "unencrypted" badge.
class FlowEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 702 };
    struct Info {
        qint64 flowId = 0;
        QString ref;
        QString riskKey;
        bool unencrypted = false;
        QString toolTip;
    };

    FlowEdgeItem(FlowNodeItem *source, FlowNodeItem *target, const Info &info, qreal bend);

    int type() const override { return Type; }
    qint64 flowId() const { return m_info.flowId; }
    QString ref() const { return m_info.ref; }
    bool isUnencrypted() const { return m_info.unencrypted; }
    FlowNodeItem *source() const { return m_source; }
    FlowNodeItem *target() const { return m_target; }
    const FlowRiskStyle &riskStyle() const { return m_style; }
    QPen pen() const { return m_style.pen(); }
    QString labelText() const;
    QPainterPath path() const { return m_path; }
    // The label is its own item, stacked above the boxes so lines may pass under a box
    // but their labels stay readable; the edge keeps it in place.
    FlowEdgeLabelItem *labelItem() const { return m_label; }

    // Recomputes the geometry from the nodes' positions.
    void adjust();
    // Where the arrow meets each box, as a vertical offset from the box's centre: the
    // scene spreads the arrows of a busy box along its side so arrowheads do not pile up.
    void setEndOffsets(qreal source, qreal target);
    // Where along the line (0..1) the label sits; the scene spreads labels apart.
    void setLabelPosition(qreal t);
    qreal labelPosition() const { return m_t; }
    QRectF labelRectAt(qreal t) const; // scene coordinates (the item sits at the origin)

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class FlowEdgeLabelItem;
    QPointF pointAt(qreal t) const;
    QRectF textRect(const QPointF &centre) const;
    QRectF badgeRect(const QRectF &text) const;

    FlowNodeItem *m_source;
    FlowNodeItem *m_target;
    Info m_info;
    const FlowRiskStyle &m_style;
    qreal m_bend;
    qreal m_sourceOffset = 0;
    qreal m_targetOffset = 0;
    qreal m_t = 0.5;
    QPointF m_start;
    QPointF m_control;
    QPointF m_end;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_bounds;
    FlowEdgeLabelItem *m_label;
};

// The reference-and-risk label of one edge, with its "unencrypted" badge.
class FlowEdgeLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 705 };

    explicit FlowEdgeLabelItem(FlowEdgeItem *edge);

    int type() const override { return Type; }
    FlowEdgeItem *edge() const { return m_edge; }
    void setRect(const QRectF &rect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FlowEdgeItem *m_edge;
    QRectF m_rect;
};

} // namespace igw
