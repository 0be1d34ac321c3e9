#include "reports/heatmap.h"

#include "reports/reportstr.h"
#include "reports/reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>

namespace igw::reports {

namespace {

// The drawing's own units: 1000 wide. Sizes below are in them.
constexpr qreal Width = 1000;
constexpr qreal AxisTitleWidth = 44;
constexpr qreal GridTop = 8;
constexpr qreal GridHeight = 540;
constexpr qreal GridRight = Width - 12;
constexpr qreal Gutter = 4;      // white space between cells
constexpr qreal BelowGrid = 160; // severity labels, axis title, legend
constexpr qreal Height = GridTop + GridHeight + BelowGrid;
constexpr qreal LabelSize = 22;
constexpr qreal BandSize = 20;
constexpr qreal TitleSize = 24;
constexpr qreal LegendSize = 20;
constexpr qreal MarkerRadius = 24;
constexpr qreal MinMarkerRadius = 10;

QFont pixelFont(qreal size, QFont::Weight weight = QFont::Normal)
{
    QFont f = style::font(10, weight);
    f.setPixelSize(qMax(1, qRound(size)));
    return f;
}

QColor markerColour()
{
    return style::accent();
}

QString bandShort(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return ReportsTr::tr("Low");
    case RiskBand::Medium:
        return ReportsTr::tr("Medium");
    case RiskBand::High:
        return ReportsTr::tr("High");
    }
    return {};
}

// An arrow from `from` to `to` with its head at `to`.
void drawArrow(QPainter &p, QPointF from, QPointF to, qreal width)
{
    const QLineF line(from, to);
    if (line.length() < width * 3)
        return;
    const QPointF unit = (to - from) / line.length();
    const QPointF normal(-unit.y(), unit.x());
    const qreal head = width * 4.5;
    const QPointF base = to - unit * head;
    p.setPen(QPen(style::text(), width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(from, base);
    QPainterPath tip;
    tip.moveTo(to);
    tip.lineTo(base + normal * head * 0.45);
    tip.lineTo(base - normal * head * 0.45);
    tip.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(style::text());
    p.drawPath(tip);
}

void drawMarker(QPainter &p, QPointF centre, qreal radius, bool filled, const QString &label)
{
    const qreal ring = qMax(1.5, radius * 0.16);
    p.setPen(QPen(markerColour(), ring));
    // Hollow is white inside, so the label reads on any band and the two kinds still differ
    // in a grey print.
    p.setBrush(filled ? markerColour() : QColor(Qt::white));
    p.drawEllipse(centre, radius - ring / 2, radius - ring / 2);
    QFont font = pixelFont(radius * 0.8, QFont::Bold);
    const qreal room = radius * 1.55;
    const qreal wide = QFontMetricsF(font).horizontalAdvance(label);
    if (wide > room)
        font.setPixelSize(qMax(1, int(font.pixelSize() * room / wide)));
    p.setFont(font);
    p.setPen(filled ? QColor(Qt::white) : markerColour());
    const QRectF box(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    p.drawText(box, Qt::AlignCenter, label);
}

} // namespace

struct HeatMap::Layout {
    qreal labelWidth = 0; // the likelihood labels' column
    QRectF grid;
    qreal cellWidth = 0;
    qreal cellHeight = 0;
};

struct HeatMap::Placement {
    QList<Marker> markers;
    QList<std::pair<QPointF, int>> more; // "+N" where a cell has more than fits
};

HeatMap::HeatMap(RiskMatrix matrix, QList<HeatMapRisk> risks)
    : m_matrix(std::move(matrix))
    , m_risks(std::move(risks))
{
}

qreal HeatMap::aspectRatio() const
{
    return Width / Height;
}

QColor HeatMap::bandColour(RiskBand band)
{
    switch (band) {
    case RiskBand::Low:
        return QColor(0xcd, 0xe8, 0xc8);
    case RiskBand::Medium:
        return QColor(0xfd, 0xe0, 0x9e);
    case RiskBand::High:
        return QColor(0xf4, 0xb0, 0xa8);
    }
    return QColor(Qt::white);
}

HeatMap::Layout HeatMap::layout() const
{
    Layout l;
    const QFontMetricsF metrics(pixelFont(LabelSize));
    qreal widest = 0;
    for (const QString &label : m_matrix.likelihoodLabels)
        widest = qMax(widest, metrics.horizontalAdvance(label));
    l.labelWidth = qMin<qreal>(240, widest + 20);
    const qreal left = AxisTitleWidth + l.labelWidth;
    l.grid = QRectF(left, GridTop, GridRight - left, GridHeight);
    const int levels = qMax(1, m_matrix.levels());
    l.cellWidth = l.grid.width() / levels;
    l.cellHeight = l.grid.height() / levels;
    return l;
}

QRectF HeatMap::cellRectIn(const Layout &l, int likelihood, int severity) const
{
    // Likelihood rises up the page, severity to the right: the worst cell is top right.
    const int levels = m_matrix.levels();
    const QRectF cell(l.grid.left() + (severity - 1) * l.cellWidth,
                      l.grid.top() + (levels - likelihood) * l.cellHeight, l.cellWidth,
                      l.cellHeight);
    return cell.adjusted(Gutter / 2, Gutter / 2, -Gutter / 2, -Gutter / 2);
}

QTransform HeatMap::toArea(const QRectF &area) const
{
    const qreal scale = qMin(area.width() / Width, area.height() / Height);
    const QPointF offset(area.left() + (area.width() - Width * scale) / 2,
                         area.top() + (area.height() - Height * scale) / 2);
    return QTransform::fromTranslate(offset.x(), offset.y()).scale(scale, scale);
}

QRectF HeatMap::cellRect(const QRectF &area, int likelihood, int severity) const
{
    if (!m_matrix.isValidLevel(likelihood) || !m_matrix.isValidLevel(severity))
        return {};
    return toArea(area).mapRect(cellRectIn(layout(), likelihood, severity));
}

namespace {

// Places `count` markers of the largest radius that fits in `room`, centred; returns the
// radius and the number of columns, or a radius of 0 when even the smallest does not fit.
std::pair<qreal, int> fit(const QRectF &room, int count)
{
    for (qreal r = MarkerRadius; r >= MinMarkerRadius; r -= 2) {
        const qreal gap = r * 0.35;
        const int columns = qMax(1, int((room.width() + gap) / (2 * r + gap)));
        const int rows = qMax(1, int((room.height() + gap) / (2 * r + gap)));
        if (columns * rows >= count)
            return {r, columns};
    }
    return {0, 0};
}

} // namespace

HeatMap::Placement HeatMap::place(const Layout &l) const
{
    // Every position to draw, grouped by cell in risk order, inherent before residual.
    QList<QList<Marker>> cells(m_matrix.levels() * m_matrix.levels());
    for (int i = 0; i < m_risks.size(); ++i) {
        const HeatMapRisk &r = m_risks.at(i);
        const auto add = [&](int likelihood, int severity, bool residual) {
            if (!m_matrix.isValidLevel(likelihood) || !m_matrix.isValidLevel(severity))
                return;
            Marker m;
            m.risk = i;
            m.residual = residual;
            cells[(likelihood - 1) * m_matrix.levels() + severity - 1].append(m);
        };
        add(r.likelihood, r.severity, false);
        add(r.residualLikelihood, r.residualSeverity, true);
    }
    // Within a cell, a marker whose arrow leaves (or arrives) to the left goes first, one going
    // up before one going down, so arrows do not run under the other markers of the cell.
    const auto direction = [this](const Marker &m) {
        const HeatMapRisk &r = m_risks.at(m.risk);
        const bool both = m_matrix.isValidLevel(r.likelihood) &&
                          m_matrix.isValidLevel(r.severity) &&
                          m_matrix.isValidLevel(r.residualLikelihood) &&
                          m_matrix.isValidLevel(r.residualSeverity);
        if (!both)
            return std::pair<int, int>(0, 0);
        const int across = r.residualSeverity - r.severity;
        const int up = r.residualLikelihood - r.likelihood;
        return m.residual ? std::pair<int, int>(-across, up) : std::pair<int, int>(across, -up);
    };
    for (QList<Marker> &list : cells)
        std::stable_sort(list.begin(), list.end(), [&](const Marker &a, const Marker &b) {
            return direction(a) < direction(b);
        });
    Placement out;
    for (int index = 0; index < cells.size(); ++index) {
        QList<Marker> &list = cells[index];
        if (list.isEmpty())
            continue;
        const int likelihood = index / m_matrix.levels() + 1;
        const int severity = index % m_matrix.levels() + 1;
        // Below the band's name.
        const QRectF room = cellRectIn(l, likelihood, severity).adjusted(8, BandSize + 14, -8, -8);
        auto [radius, columns] = fit(room, int(list.size()));
        if (radius == 0) {
            // Too many for the cell: the smallest markers, the rest counted by paint().
            radius = MinMarkerRadius;
            const qreal gap = radius * 0.35;
            columns = qMax(1, int((room.width() + gap) / (2 * radius + gap)));
        }
        const qreal gap = radius * 0.35;
        const int rowsCapacity = qMax(1, int((room.height() + gap) / (2 * radius + gap)));
        const int capacity = columns * rowsCapacity;
        // When they do not all fit, the last place says how many more there are.
        const int shown = list.size() <= capacity ? int(list.size()) : capacity - 1;
        const int places = qMin(int(list.size()), capacity);
        const int usedColumns = qMin(columns, places);
        const int usedRows = (places + columns - 1) / columns;
        const qreal blockWidth = usedColumns * 2 * radius + (usedColumns - 1) * gap;
        const qreal blockHeight = usedRows * 2 * radius + (usedRows - 1) * gap;
        const QPointF origin(room.center().x() - blockWidth / 2,
                             room.center().y() - blockHeight / 2);
        const auto centre = [&](int k) {
            return origin + QPointF((k % columns) * (2 * radius + gap) + radius,
                                    (k / columns) * (2 * radius + gap) + radius);
        };
        for (int k = 0; k < shown; ++k) {
            Marker m = list.at(k);
            m.radius = radius;
            m.centre = centre(k);
            out.markers.append(m);
        }
        if (shown < list.size())
            out.more.append({centre(shown), int(list.size()) - shown});
    }
    return out;
}

QList<HeatMap::Marker> HeatMap::markers(const QRectF &area) const
{
    const QTransform t = toArea(area);
    const qreal scale = t.m11();
    QList<Marker> list = place(layout()).markers;
    for (Marker &m : list) {
        m.centre = t.map(m.centre);
        m.radius *= scale;
    }
    return list;
}

void HeatMap::paintGrid(QPainter &p, const Layout &l) const
{
    p.setPen(Qt::NoPen);
    for (int likelihood = 1; likelihood <= m_matrix.levels(); ++likelihood) {
        for (int severity = 1; severity <= m_matrix.levels(); ++severity) {
            const auto band = m_matrix.band(likelihood, severity);
            p.setBrush(band ? bandColour(*band) : QColor(Qt::white));
            p.drawRect(cellRectIn(l, likelihood, severity));
        }
    }
}

void HeatMap::paintBandNames(QPainter &p, const Layout &l) const
{
    const QFont font = pixelFont(BandSize, QFont::DemiBold);
    const QFontMetricsF metrics(font);
    p.setFont(font);
    for (int likelihood = 1; likelihood <= m_matrix.levels(); ++likelihood) {
        for (int severity = 1; severity <= m_matrix.levels(); ++severity) {
            const auto band = m_matrix.band(likelihood, severity);
            if (!band)
                continue;
            const QRectF cell = cellRectIn(l, likelihood, severity);
            // The band in words, shortened only when the cell is too narrow for it.
            const qreal room = cell.width() - 16;
            QString word = riskBandLabel(*band);
            if (metrics.horizontalAdvance(word) > room)
                word = bandShort(*band);
            if (metrics.horizontalAdvance(word) > room)
                word = word.left(1);
            // On a patch of its own colour, so an arrow passing under it does not strike
            // it through.
            const QRectF text(cell.left() + 8, cell.top() + 6, metrics.horizontalAdvance(word),
                              metrics.height());
            p.setPen(Qt::NoPen);
            p.setBrush(bandColour(*band));
            p.drawRect(text.adjusted(-4, -2, 4, 2));
            p.setPen(style::text());
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, word);
        }
    }
}

void HeatMap::paintAxes(QPainter &p, const Layout &l) const
{
    const int levels = m_matrix.levels();
    p.setPen(style::text());
    p.setFont(pixelFont(LabelSize));
    for (int level = 1; level <= levels; ++level) {
        const QRectF row(AxisTitleWidth, l.grid.top() + (levels - level) * l.cellHeight,
                         l.labelWidth - 12, l.cellHeight);
        p.drawText(row, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   m_matrix.likelihoodLabels.value(level - 1));
        const QRectF column(l.grid.left() + (level - 1) * l.cellWidth, l.grid.bottom() + 6,
                            l.cellWidth, 34);
        p.drawText(column, Qt::AlignHCenter | Qt::AlignTop,
                   m_matrix.severityLabels.value(level - 1));
    }
    p.setPen(style::accent());
    p.setFont(pixelFont(TitleSize, QFont::DemiBold));
    p.drawText(QRectF(l.grid.left(), l.grid.bottom() + 40, l.grid.width(), 34),
               Qt::AlignHCenter | Qt::AlignTop, ReportsTr::tr("Severity of impact"));
    p.save();
    p.translate(AxisTitleWidth / 2, l.grid.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-l.grid.height() / 2, -AxisTitleWidth / 2, l.grid.height(), AxisTitleWidth),
               Qt::AlignCenter, ReportsTr::tr("Likelihood of harm"));
    p.restore();
}

void HeatMap::paintArrows(QPainter &p, const Placement &placement) const
{
    const QList<Marker> &markers = placement.markers;
    for (int i = 0; i < m_risks.size(); ++i) {
        const Marker *from = nullptr;
        const Marker *to = nullptr;
        for (const Marker &m : markers) {
            if (m.risk == i)
                (m.residual ? to : from) = &m;
        }
        const HeatMapRisk &r = m_risks.at(i);
        if (!from || !to ||
            (r.likelihood == r.residualLikelihood && r.severity == r.residualSeverity))
            continue;
        const QLineF line(from->centre, to->centre);
        const QPointF unit = (to->centre - from->centre) / line.length();
        drawArrow(p, from->centre + unit * from->radius, to->centre - unit * (to->radius + 2), 3.5);
    }
}

void HeatMap::paintMarkers(QPainter &p, const Placement &placement) const
{
    for (const Marker &m : placement.markers)
        drawMarker(p, m.centre, m.radius, m.residual, m_risks.at(m.risk).label);
    p.setPen(style::text());
    p.setFont(pixelFont(MinMarkerRadius * 1.2, QFont::Bold));
    for (const auto &[centre, count] : placement.more) {
        const QRectF box(centre.x() - 2 * MinMarkerRadius, centre.y() - MinMarkerRadius,
                         4 * MinMarkerRadius, 2 * MinMarkerRadius);
        p.drawText(box, Qt::AlignCenter, ReportsTr::tr("+%1").arg(count));
    }
}

void HeatMap::paintLegend(QPainter &p, const Layout &l) const
{
    const qreal y = l.grid.bottom() + 112;
    const qreal r = 15;
    const QStringList texts{ReportsTr::tr("Before measures (inherent)"),
                            ReportsTr::tr("After measures (residual)"),
                            ReportsTr::tr("Effect of the measures")};
    // Smaller type when a translation is longer than the line.
    QFont font = pixelFont(LegendSize);
    qreal words = 0;
    for (const QString &t : texts)
        words += QFontMetricsF(font).horizontalAdvance(t) + 4;
    const qreal room = Width - AxisTitleWidth - 12 - (2 * (2 * r + 12) + 56 + 2 * 36);
    if (words > room)
        font.setPixelSize(qMax(10, int(LegendSize * room / words)));
    const QFontMetricsF metrics(font);
    qreal x = AxisTitleWidth;
    for (int i = 0; i < texts.size(); ++i) {
        const QPointF centre(x + r + 2, y);
        if (i < 2) {
            drawMarker(p, centre, r, i == 1, QStringLiteral("R"));
            x += 2 * r + 12;
        } else {
            drawArrow(p, QPointF(x, y), QPointF(x + 44, y), 3.5);
            x += 56;
        }
        p.setFont(font);
        p.setPen(style::text());
        const qreal w = metrics.horizontalAdvance(texts.at(i));
        p.drawText(QRectF(x, y - 20, w + 4, 40), Qt::AlignLeft | Qt::AlignVCenter, texts.at(i));
        x += w + 36;
    }
}

void HeatMap::paint(QPainter &painter, const QRectF &area) const
{
    if (m_matrix.levels() < 1 || area.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setTransform(toArea(area), true);
    const Layout l = layout();
    const Placement placement = place(l);
    paintGrid(painter, l);
    paintAxes(painter, l);
    paintArrows(painter, placement);
    paintBandNames(painter, l);
    paintMarkers(painter, placement);
    paintLegend(painter, l);
    painter.restore();
}

QImage HeatMap::toImage(const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace igw::reports
