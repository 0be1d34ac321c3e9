#include "register/ui/flowlegend.h"

#include "register/ui/flowmapnode.h"
#include "register/ui/flowstyle.h"
#include "register/ui/registeruitr.h"

#include <QFontMetricsF>
#include <QPainter>

namespace igw {

namespace {

constexpr qreal Margin = 12;
constexpr qreal SampleWidth = 64;
constexpr qreal RowHeight = 22;

QString title()
{
    return RegisterUiTr::tr("Key");
}

QString riskEntry(const FlowRiskStyle &style)
{
    return RegisterUiTr::tr("%1: %2").arg(style.word, style.description);
}

QString badgeEntry()
{
    return RegisterUiTr::tr("Sent electronically with no encryption in transit recorded");
}

QString assetEntry()
{
    return RegisterUiTr::tr("Rounded box: one of our information assets, grouped by business "
                            "function");
}

QString partnerEntry()
{
    return RegisterUiTr::tr("Square double-lined box: a partner organisation");
}

QString arrowEntry()
{
    return RegisterUiTr::tr("Arrows point from sender to recipient; each label gives the flow "
                            "reference and its risk");
}

} // namespace

FlowLegendItem::FlowLegendItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlags(ItemIsMovable);
    setZValue(5);
    const QFontMetricsF fm(flowMapFonts::caption());
    qreal textWidth = 0;
    for (const QString &line : entries())
        textWidth = qMax(textWidth, fm.horizontalAdvance(line));
    const qreal rows = qreal(entries().size()); // the title is one of them
    m_rect = QRectF(0, 0, Margin * 3 + SampleWidth + textWidth, Margin * 2 + rows * RowHeight);
}

QStringList FlowLegendItem::entries() const
{
    QStringList out{title()};
    const QList<FlowRiskStyle> styles = flowRiskStyles();
    for (const FlowRiskStyle &style : styles)
        out << riskEntry(style);
    out << badgeEntry() << assetEntry() << partnerEntry() << arrowEntry();
    return out;
}

QRectF FlowLegendItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void FlowLegendItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(flowColours::groupBorder(), 1));
    painter->setBrush(Qt::white);
    painter->drawRect(m_rect);

    const QFontMetricsF fm(flowMapFonts::caption());
    const qreal sampleLeft = m_rect.left() + Margin;
    const qreal textLeft = sampleLeft + SampleWidth + Margin;
    qreal y = m_rect.top() + Margin;
    const auto text = [&](const QString &line, qreal x) {
        painter->setPen(flowColours::text());
        painter->drawText(QPointF(x, y + (RowHeight - fm.height()) / 2 + fm.ascent()), line);
    };

    painter->setFont(flowMapFonts::heading());
    text(title(), sampleLeft);
    y += RowHeight;
    painter->setFont(flowMapFonts::caption());

    const QList<FlowRiskStyle> styles = flowRiskStyles();
    for (const FlowRiskStyle &style : styles) {
        const qreal mid = y + RowHeight / 2;
        painter->setPen(style.pen());
        painter->drawLine(QPointF(sampleLeft, mid), QPointF(sampleLeft + SampleWidth - 10, mid));
        painter->setPen(QPen(style.colour, 1));
        painter->setBrush(style.colour);
        const QPointF tip(sampleLeft + SampleWidth, mid);
        painter->drawPolygon(QPolygonF({tip, tip + QPointF(-10, -4), tip + QPointF(-10, 4)}));
        text(riskEntry(style), textLeft);
        y += RowHeight;
    }

    const QString badge = RegisterUiTr::tr("unencrypted");
    const QRectF badgeBox(sampleLeft, y + 3, qMin(SampleWidth, fm.horizontalAdvance(badge) + 8),
                          RowHeight - 6);
    painter->setPen(QPen(flowColours::badgeBorder(), 1, Qt::DashLine));
    painter->setBrush(flowColours::badgeFill());
    painter->drawRect(badgeBox);
    painter->setPen(flowColours::text());
    painter->drawText(badgeBox, Qt::AlignCenter, badge);
    text(badgeEntry(), textLeft);
    y += RowHeight;

    painter->setPen(QPen(flowColours::assetBorder(), 1.2));
    painter->setBrush(flowColours::assetFill());
    painter->drawRoundedRect(QRectF(sampleLeft, y + 3, SampleWidth, RowHeight - 6), 6, 6);
    text(assetEntry(), textLeft);
    y += RowHeight;

    const QRectF square(sampleLeft, y + 3, SampleWidth, RowHeight - 6);
    painter->setPen(QPen(flowColours::partnerBorder(), 1.2));
    painter->setBrush(flowColours::partnerFill());
    painter->drawRect(square);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(square.adjusted(2.5, 2.5, -2.5, -2.5));
    text(partnerEntry(), textLeft);
    y += RowHeight;

    const qreal mid = y + RowHeight / 2;
    painter->setPen(QPen(flowColours::text(), 1.2));
    painter->drawLine(QPointF(sampleLeft, mid), QPointF(sampleLeft + SampleWidth - 10, mid));
    painter->setBrush(flowColours::text());
    const QPointF tip(sampleLeft + SampleWidth, mid);
    painter->drawPolygon(QPolygonF({tip, tip + QPointF(-10, -4), tip + QPointF(-10, 4)}));
    text(arrowEntry(), textLeft);
}

} // namespace igw
