#pragma once

#include "dpia/riskmatrix.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace igw::reports {

// One risk on the map: its label ("R1") and its levels before and after measures (0 when
// not assessed; an unassessed position is not drawn).
struct HeatMapRisk {
    QString label;
    int likelihood = 0;
    int severity = 0;
    int residualLikelihood = 0;
    int residualSeverity = 0;
};

// A risk heat map for a RiskMatrix: likelihood up the side, severity along the bottom, each
// cell shaded by its band and naming it in words (colour never stands alone). Each risk is a
// hollow marker where it starts (inherent) and a filled one where measures leave it
// (residual), with an arrow between when they differ; a legend says which is which.
//
// It paints on any QPainter, so the reports (through toImage()) and a widget share it. It
// keeps its proportions (aspectRatio()) and centres itself in the rectangle it is given.
class HeatMap {
public:
    HeatMap(RiskMatrix matrix, QList<HeatMapRisk> risks);

    // Width over height of the drawing.
    qreal aspectRatio() const;
    void paint(QPainter &painter, const QRectF &area) const;
    // White background, no transparency (PDF/A-1 allows none).
    QImage toImage(const QSize &size) const;

    // Where things are drawn inside `area`, for hit testing and tests.
    QRectF cellRect(const QRectF &area, int likelihood, int severity) const;
    struct Marker {
        int risk = 0; // index into the risks
        bool residual = false;
        QPointF centre;
        qreal radius = 0;
    };
    QList<Marker> markers(const QRectF &area) const;

    static QColor bandColour(RiskBand band);

private:
    struct Layout;    // positions in the drawing's own units, before scaling to an area
    struct Placement; // the markers, and "+N" where a cell has more than fit
    Layout layout() const;
    Placement place(const Layout &l) const;
    QRectF cellRectIn(const Layout &l, int likelihood, int severity) const;
    // Painted in this order: arrows pass under the band names and the markers.
    void paintGrid(QPainter &painter, const Layout &l) const;
    void paintBandNames(QPainter &painter, const Layout &l) const;
    void paintArrows(QPainter &painter, const Placement &placement) const;
    void paintAxes(QPainter &painter, const Layout &l) const;
    void paintMarkers(QPainter &painter, const Placement &placement) const;
    void paintLegend(QPainter &painter, const Layout &l) const;
    QTransform toArea(const QRectF &area) const;

    RiskMatrix m_matrix;
    QList<HeatMapRisk> m_risks;
};

} // namespace igw::reports
