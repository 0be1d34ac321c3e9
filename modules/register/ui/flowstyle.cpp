#include "register/ui/flowstyle.h"

#include "register/ui/registeruitr.h"

namespace igw {

QPen FlowRiskStyle::pen() const
{
    QPen p(colour, width, lineStyle, Qt::FlatCap, Qt::RoundJoin);
    // Dash patterns scale with the width in Qt; the thick line keeps readable dashes.
    p.setCosmetic(false);
    return p;
}

namespace {

// Okabe-Ito hues, chosen to stay apart for the common colour-vision deficiencies.
const FlowRiskStyle &lowStyle()
{
    static const FlowRiskStyle s{QStringLiteral("low"),
                                 RegisterUiTr::tr("Low risk"),
                                 RegisterUiTr::tr("blue, thin solid line"),
                                 QColor(0x00, 0x72, 0xB2),
                                 Qt::SolidLine,
                                 1.5};
    return s;
}

const FlowRiskStyle &mediumStyle()
{
    static const FlowRiskStyle s{QStringLiteral("medium"),
                                 RegisterUiTr::tr("Medium risk"),
                                 RegisterUiTr::tr("orange, dashed line"),
                                 QColor(0xC0, 0x6A, 0x00),
                                 Qt::DashLine,
                                 2.0};
    return s;
}

const FlowRiskStyle &highStyle()
{
    static const FlowRiskStyle s{QStringLiteral("high"),
                                 RegisterUiTr::tr("High risk"),
                                 RegisterUiTr::tr("red, thick dash-dot line"),
                                 QColor(0xC4, 0x1E, 0x1E),
                                 Qt::DashDotLine,
                                 3.5};
    return s;
}

const FlowRiskStyle &unratedStyle()
{
    static const FlowRiskStyle s{QString(),
                                 RegisterUiTr::tr("Risk not rated"),
                                 RegisterUiTr::tr("grey, dotted line"),
                                 QColor(0x6E, 0x6E, 0x6E),
                                 Qt::DotLine,
                                 1.5};
    return s;
}

} // namespace

const FlowRiskStyle &flowRiskStyle(const QString &riskKey)
{
    if (riskKey == lowStyle().key)
        return lowStyle();
    if (riskKey == mediumStyle().key)
        return mediumStyle();
    if (riskKey == highStyle().key)
        return highStyle();
    return unratedStyle();
}

QList<FlowRiskStyle> flowRiskStyles()
{
    return {lowStyle(), mediumStyle(), highStyle(), unratedStyle()};
}

namespace flowColours {
QColor text()
{
    return QColor(0x1A, 0x1A, 0x1A);
}
QColor assetFill()
{
    return QColor(0xF2, 0xF6, 0xFA);
}
QColor assetBorder()
{
    return QColor(0x4A, 0x5A, 0x6A);
}
QColor partnerFill()
{
    return QColor(0xFB, 0xF7, 0xEE);
}
QColor partnerBorder()
{
    return QColor(0x5A, 0x4A, 0x2A);
}
QColor groupFill()
{
    return QColor(0xFA, 0xFA, 0xFA);
}
QColor groupBorder()
{
    return QColor(0x9A, 0x9A, 0x9A);
}
QColor badgeFill()
{
    return QColor(0xFF, 0xF1, 0xD6);
}
QColor badgeBorder()
{
    return QColor(0x8A, 0x4B, 0x00);
}
} // namespace flowColours

} // namespace igw
