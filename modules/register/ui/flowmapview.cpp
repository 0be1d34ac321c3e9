#include "register/ui/flowmapview.h"

#include "register/ui/flowmapscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace igw {

namespace {
constexpr qreal MinZoom = 0.05;
constexpr qreal MaxZoom = 4.0;
} // namespace

FlowMapView::FlowMapView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("flowMap"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    // Hundreds of arrows: redraw only what changed, and skip per-item state saving.
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setFocusPolicy(Qt::StrongFocus);
}

void FlowMapView::zoomBy(qreal factor)
{
    const qreal target = qBound(MinZoom, zoom() * factor, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const qreal applied = target / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void FlowMapView::fitAll()
{
    const auto *map = qobject_cast<const FlowMapScene *>(scene());
    const QRectF rect = map ? map->contentRect() : scene()->itemsBoundingRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // Never blow a small map up past actual size, nor shrink it to nothing.
    const qreal z = zoom();
    if (z > 1.0 || z < MinZoom) {
        const qreal target = qBound(MinZoom, z, 1.0);
        resetTransform();
        scale(target, target);
        centerOn(rect.center());
    }
    emit zoomChanged(zoom());
}

void FlowMapView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0)
            zoomBy(steps > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void FlowMapView::keyPressEvent(QKeyEvent *event)
{
    // Keys about the view centre rather than a pointer that may be elsewhere.
    const auto anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    default:
        setTransformationAnchor(anchor);
        QGraphicsView::keyPressEvent(event);
        return;
    }
    setTransformationAnchor(anchor);
    event->accept();
}

} // namespace igw
