#pragma once

#include <QColor>
#include <QPen>
#include <QString>

namespace igw {

// How the map draws a flow of each risk rating. Colour is never the only cue: each rating
// also has its own line style and width, and the word is in the label and the legend.
struct FlowRiskStyle {
    QString key;         // "low", "medium", "high"; empty: not rated
    QString word;        // "High risk"
    QString description; // "red, thick dash-dot line" (for the legend)
    QColor colour;
    Qt::PenStyle lineStyle = Qt::SolidLine;
    qreal width = 1.5;

    QPen pen() const;
};

const FlowRiskStyle &flowRiskStyle(const QString &riskKey);
// In legend order: low, medium, high, not rated.
QList<FlowRiskStyle> flowRiskStyles();

// Shared colours of the map's nodes and badges (dark text on light fills for contrast).
namespace flowColours {
QColor text();
QColor assetFill();
QColor assetBorder();
QColor partnerFill();
QColor partnerBorder();
QColor groupFill();
QColor groupBorder();
QColor badgeFill();
QColor badgeBorder();
} // namespace flowColours

} // namespace igw
