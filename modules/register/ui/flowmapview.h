#pragma once

#include <QGraphicsView>

namespace igw {

// The view of the flow map: Ctrl+wheel and +/- zoom about the pointer, 0 fits the
// whole map; dragging empty space pans, dragging a box moves it.
class FlowMapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FlowMapView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void zoomIn() { zoomBy(1.25); }
    void zoomOut() { zoomBy(1 / 1.25); }
    void fitAll();

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace igw
