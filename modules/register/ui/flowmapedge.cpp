#include "register/ui/flowmapedge.h"

#include "register/ui/flowmapnode.h"
#include "register/ui/registeruitr.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace igw {

namespace {

// Where the line from `inside` (a point in `box`) towards `towards` leaves the box.
QPointF exitPoint(const QRectF &box, const QPointF &inside, const QPointF &towards)
{
    const QLineF line(inside, towards);
    const QLineF sides[] = {{box.topLeft(), box.topRight()},
                            {box.topRight(), box.bottomRight()},
                            {box.bottomRight(), box.bottomLeft()},
                            {box.bottomLeft(), box.topLeft()}};
    for (const QLineF &side : sides) {
        QPointF p;
        if (line.intersects(side, &p) == QLineF::BoundedIntersection)
            return p;
    }
    return inside;
}

QPointF unit(const QPointF &v)
{
    const qreal length = qSqrt(QPointF::dotProduct(v, v));
    return length > 0 ? v / length : QPointF(1, 0);
}

} // namespace

FlowEdgeItem::FlowEdgeItem(FlowNodeItem *source, FlowNodeItem *target, const Info &info, qreal bend)
    : m_source(source)
    , m_target(target)
    , m_info(info)
    , m_style(flowRiskStyle(info.riskKey))
    , m_bend(bend)
    , m_label(new FlowEdgeLabelItem(this))
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    setToolTip(info.toolTip);
    source->addEdge(this);
    if (target != source)
        target->addEdge(this);
    adjust();
}

QString FlowEdgeItem::labelText() const
{
    // The risk words travel with the reference, so a printout needs no colour.
    return RegisterUiTr::tr("%1 · %2").arg(m_info.ref, m_style.word);
}

void FlowEdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF from = m_source->sceneBox();
    const QRectF to = m_target->sceneBox();
    if (m_source == m_target) {
        // A flow within one asset: a loop off its right-hand side.
        m_start = QPointF(from.right(), from.center().y() - 10);
        m_end = QPointF(from.right(), from.center().y() + 10);
        m_control = QPointF(from.right() + 60, from.center().y());
    } else {
        const QPointF a = from.center() + QPointF(0, m_sourceOffset);
        const QPointF b = to.center() + QPointF(0, m_targetOffset);
        const QPointF along = b - a;
        const QPointF normal = unit(QPointF(along.y(), -along.x()));
        // A quadratic curve's peak is half way to its control point.
        m_control = (a + b) / 2 + normal * (2 * m_bend);
        m_start = exitPoint(from, a, m_control);
        m_end = exitPoint(to, b, m_control);
    }
    const qreal head = 9 + m_style.width * 2;
    const QPointF direction = unit(m_end - m_control);
    const QPointF side(-direction.y(), direction.x());
    m_arrow = QPolygonF({m_end, m_end - direction * head + side * (head * 0.45),
                         m_end - direction * head - side * (head * 0.45)});
    // Stop the line inside the arrowhead, so a thick dashed line does not blunt its tip.
    m_path = QPainterPath(m_start);
    m_path.quadTo(m_control, m_end - direction * (head * 0.7));

    const QRectF bounds = m_path.controlPointRect().united(m_arrow.boundingRect());
    m_label->setRect(labelRectAt(m_t));
    m_bounds = bounds.adjusted(-m_style.width - 4, -m_style.width - 4, m_style.width + 4,
                               m_style.width + 4);
}

QPointF FlowEdgeItem::pointAt(qreal t) const
{
    const qreal u = 1 - t;
    return u * u * m_start + 2 * u * t * m_control + t * t * m_end;
}

QRectF FlowEdgeItem::textRect(const QPointF &centre) const
{
    const QFontMetricsF fm(flowMapFonts::label());
    const QSizeF size(fm.horizontalAdvance(labelText()) + 8, fm.height() + 4);
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF FlowEdgeItem::badgeRect(const QRectF &text) const
{
    const QFontMetricsF fm(flowMapFonts::label());
    const QSizeF size(fm.horizontalAdvance(RegisterUiTr::tr("unencrypted")) + 8, fm.height() + 2);
    return QRectF(QPointF(text.center().x() - size.width() / 2, text.bottom() + 1), size);
}

QRectF FlowEdgeItem::labelRectAt(qreal t) const
{
    const QRectF text = textRect(pointAt(t));
    return m_info.unencrypted ? text.united(badgeRect(text)) : text;
}

void FlowEdgeItem::setEndOffsets(qreal source, qreal target)
{
    m_sourceOffset = source;
    m_targetOffset = target;
    adjust();
}

void FlowEdgeItem::setLabelPosition(qreal t)
{
    m_t = t;
    adjust();
}

QRectF FlowEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(qMax<qreal>(8, m_style.width + 6));
    QPainterPath s = stroker.createStroke(m_path);
    s.addPolygon(m_arrow);
    return s;
}

void FlowEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        // A halo, so the chosen flow stands out whatever its colour.
        QPen halo(QColor(0xFF, 0xD7, 0x00, 170), m_style.width + 8);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    painter->setPen(m_style.pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(m_style.colour, 1));
    painter->setBrush(m_style.colour);
    painter->drawPolygon(m_arrow);
}

QVariant FlowEdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        m_label->update();
    else if (change == ItemSceneHasChanged && scene() && !m_label->scene())
        scene()->addItem(m_label);
    return QGraphicsItem::itemChange(change, value);
}

FlowEdgeLabelItem::FlowEdgeLabelItem(FlowEdgeItem *edge)
    : m_edge(edge)
{
    setZValue(2);
    setToolTip(edge->m_info.toolTip);
}

void FlowEdgeLabelItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

QRectF FlowEdgeLabelItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void FlowEdgeLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Zoomed far out the text is unreadable anyway; hundreds of labels would only hide
    // the boxes and slow the redraw.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    const FlowRiskStyle &style = m_edge->riskStyle();
    const bool selected = m_edge->isSelected();
    const QRectF text = m_edge->textRect(m_edge->pointAt(m_edge->labelPosition()));
    painter->setPen(QPen(style.colour, selected ? 2.5 : 1));
    painter->setBrush(QColor(0xFF, 0xFF, 0xFF, 235));
    painter->drawRoundedRect(text, 3, 3);
    painter->setPen(flowColours::text());
    QFont font = flowMapFonts::label();
    font.setBold(selected);
    painter->setFont(font);
    painter->drawText(text, Qt::AlignCenter, m_edge->labelText());
    if (m_edge->isUnencrypted()) {
        const QRectF badge = m_edge->badgeRect(text);
        painter->setPen(QPen(flowColours::badgeBorder(), 1, Qt::DashLine));
        painter->setBrush(flowColours::badgeFill());
        painter->drawRect(badge);
        painter->setPen(flowColours::text());
        painter->setFont(flowMapFonts::label());
        painter->drawText(badge, Qt::AlignCenter, RegisterUiTr::tr("unencrypted"));
    }
}

} // namespace igw
