#include "register/ui/flowmapnode.h"

#include "register/ui/flowmapedge.h"
#include "register/ui/flowstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace igw {

namespace flowMapFonts {

namespace {
// Pixel sizes, so the layout is the same on every screen and in every export.
QFont sized(int pixels, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}
} // namespace

QFont name()
{
    return sized(12, true);
}
QFont caption()
{
    return sized(10, false);
}
QFont label()
{
    return sized(10, false);
}
QFont heading()
{
    return sized(12, true);
}

} // namespace flowMapFonts

namespace {

constexpr qreal Padding = 8;

// Word-wraps to two lines; the second is elided when the name is longer still.
QStringList twoLines(const QString &text, const QFontMetricsF &fm, qreal width)
{
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString first;
    int used = 0;
    for (const QString &word : words) {
        const QString candidate = first.isEmpty() ? word : first + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(candidate) > width)
            break;
        first = candidate;
        ++used;
    }
    if (used == 0) // one very long word
        return {fm.elidedText(text, Qt::ElideRight, width)};
    const QString rest = words.mid(used).join(QLatin1Char(' '));
    return {first, fm.elidedText(rest, Qt::ElideRight, width)};
}

} // namespace

FlowNodeItem::FlowNodeItem(Kind kind, qint64 recordId, const QString &name, const QString &caption,
                           QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_kind(kind)
    , m_id(recordId)
    , m_name(name)
    , m_caption(caption)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setCursor(Qt::OpenHandCursor);
    m_lines =
        twoLines(name, QFontMetricsF(flowMapFonts::name()), boxSize(kind).width() - 2 * Padding);
}

QString FlowNodeItem::keyFor(Kind kind, qint64 recordId)
{
    return (kind == Kind::Asset ? QStringLiteral("asset:") : QStringLiteral("org:")) +
           QString::number(recordId);
}

QSizeF FlowNodeItem::boxSize(Kind kind)
{
    return kind == Kind::Asset ? QSizeF(210, 54) : QSizeF(250, 58);
}

QRectF FlowNodeItem::box() const
{
    const QSizeF s = boxSize(m_kind);
    return QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height());
}

QRectF FlowNodeItem::boundingRect() const
{
    return box().adjusted(-4, -4, 4, 4);
}

void FlowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = box();
    const bool selected = option->state & QStyle::State_Selected;
    const bool asset = m_kind == Kind::Asset;
    painter->setPen(QPen(asset ? flowColours::assetBorder() : flowColours::partnerBorder(),
                         selected ? 3 : 1.2));
    painter->setBrush(asset ? flowColours::assetFill() : flowColours::partnerFill());
    // Shape tells the kinds apart without colour: rounded for assets, a double-ruled
    // square box for organisations.
    if (asset) {
        painter->drawRoundedRect(r, 10, 10);
    } else {
        painter->drawRect(r);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(flowColours::partnerBorder(), 1));
        painter->drawRect(r.adjusted(3, 3, -3, -3));
    }

    painter->setPen(flowColours::text());
    const QFontMetricsF nameMetrics(flowMapFonts::name());
    const QFontMetricsF captionMetrics(flowMapFonts::caption());
    const qreal textHeight = nameMetrics.height() * qreal(m_lines.size()) + captionMetrics.height();
    qreal y = r.center().y() - textHeight / 2 + nameMetrics.ascent();
    const qreal x = r.left() + Padding;
    painter->setFont(flowMapFonts::name());
    for (const QString &line : m_lines) {
        painter->drawText(QPointF(x, y), line);
        y += nameMetrics.height();
    }
    painter->setFont(flowMapFonts::caption());
    y += captionMetrics.ascent() - nameMetrics.ascent();
    painter->drawText(QPointF(x, y), captionMetrics.elidedText(m_caption, Qt::ElideRight,
                                                               r.width() - 2 * Padding));
}

QVariant FlowNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (FlowEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        if (m_moved)
            m_moved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

QFont FlowGroupItem::titleFont()
{
    QFont f = flowMapFonts::heading();
    f.setPixelSize(14);
    return f;
}

FlowGroupItem::FlowGroupItem(const QString &title, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_title(title)
{
    setZValue(-10);
}

void FlowGroupItem::addHeading(const QString &text, const QPointF &topLeft, qreal width)
{
    const QFontMetricsF fm(flowMapFonts::heading());
    m_headings.append(
        {fm.elidedText(text, Qt::ElideRight, width), QRectF(topLeft, QSizeF(width, fm.height()))});
}

void FlowGroupItem::refit()
{
    QRectF content;
    for (const Heading &h : std::as_const(m_headings))
        content = content.united(h.rect);
    for (const FlowNodeItem *node : std::as_const(m_nodes))
        content = content.united(node->sceneBox());
    const qreal titleHeight = QFontMetricsF(flowMapFonts::heading()).height() * 1.6;
    QRectF rect = content.adjusted(-16, -16 - titleHeight, 16, 16);
    // Wide enough for the title when only one narrow column of assets has flows.
    rect.setWidth(qMax(rect.width(), QFontMetricsF(titleFont()).horizontalAdvance(m_title) + 32));
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
}

QRectF FlowGroupItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

void FlowGroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setPen(QPen(flowColours::groupBorder(), 1.5));
    painter->setBrush(flowColours::groupFill());
    painter->drawRoundedRect(m_rect, 14, 14);
    painter->setPen(flowColours::text());
    painter->setFont(titleFont());
    const QFontMetricsF tm(titleFont());
    painter->drawText(QPointF(m_rect.left() + 16, m_rect.top() + 12 + tm.ascent()),
                      tm.elidedText(m_title, Qt::ElideRight, m_rect.width() - 32));
    painter->setFont(flowMapFonts::heading());
    const QFontMetricsF hm(flowMapFonts::heading());
    for (const Heading &h : std::as_const(m_headings)) {
        painter->drawText(QPointF(h.rect.left(), h.rect.top() + hm.ascent()), h.text);
        painter->setPen(QPen(flowColours::groupBorder(), 1));
        painter->drawLine(QPointF(h.rect.left(), h.rect.bottom() + 2),
                          QPointF(h.rect.right(), h.rect.bottom() + 2));
        painter->setPen(flowColours::text());
    }
}

} // namespace igw
