#include "dpia/ui/heatmapwidget.h"

#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "reports/heatmap.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

namespace igw {

namespace {

reports::HeatMap drawing(const RiskMatrix &matrix, const QList<HeatMapWidget::Risk> &risks)
{
    QList<reports::HeatMapRisk> out;
    for (const HeatMapWidget::Risk &r : risks)
        out.append({r.number, r.levels.likelihood, r.levels.severity, r.levels.residualLikelihood,
                    r.levels.residualSeverity});
    return reports::HeatMap(matrix, out);
}

} // namespace

HeatMapWidget::HeatMapWidget(QWidget *parent)
    : QWidget(parent)
    , m_matrix(RiskMatrix::ico3())
{
    setObjectName(QStringLiteral("dpiaHeatMap"));
    setAccessibleName(DpiaUiTr::tr("Risk heat map"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(DpiaUiTr::tr("Point at a cell, or use the arrow keys, to list its risks"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setRisks(m_matrix, {});
}

void HeatMapWidget::setRisks(const RiskMatrix &matrix, const QList<Risk> &risks)
{
    m_matrix = matrix;
    m_risks = risks;
    m_likelihood = qBound(1, m_likelihood, qMax(1, matrix.levels()));
    m_severity = qBound(1, m_severity, qMax(1, matrix.levels()));
    setAccessibleDescription(summary());
    update();
}

QString HeatMapWidget::cellText(int likelihood, int severity) const
{
    QStringList before;
    QStringList after;
    for (const Risk &r : m_risks) {
        const QString name =
            r.title.isEmpty() ? r.number : DpiaUiTr::tr("%1 %2").arg(r.number, r.title);
        if (r.levels.likelihood == likelihood && r.levels.severity == severity)
            before << name;
        if (r.levels.residualLikelihood == likelihood && r.levels.residualSeverity == severity)
            after << name;
    }
    QStringList lines{dpiaUiText::positionText(m_matrix, likelihood, severity)};
    if (before.isEmpty() && after.isEmpty())
        lines << DpiaUiTr::tr("No risks here.");
    if (!before.isEmpty())
        lines << DpiaUiTr::tr("Before measures: %1").arg(before.join(QStringLiteral("; ")));
    if (!after.isEmpty())
        lines << DpiaUiTr::tr("After measures: %1").arg(after.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

QString HeatMapWidget::summary() const
{
    QStringList parts{DpiaUiTr::tr("Heat map on the %1 matrix.").arg(m_matrix.name)};
    if (m_risks.isEmpty())
        parts << DpiaUiTr::tr("No risks recorded.");
    for (const Risk &r : m_risks) {
        const RiskLevels &l = r.levels;
        const QString name =
            r.title.isEmpty() ? r.number : DpiaUiTr::tr("%1 %2").arg(r.number, r.title);
        parts << DpiaUiTr::tr("%1: before measures %2; after measures %3.")
                     .arg(name, dpiaUiText::positionText(m_matrix, l.likelihood, l.severity),
                          dpiaUiText::positionText(m_matrix, l.residualLikelihood,
                                                   l.residualSeverity));
    }
    return parts.join(QLatin1Char(' '));
}

QRect HeatMapWidget::cellRect(int likelihood, int severity) const
{
    return drawing(m_matrix, {}).cellRect(QRectF(rect()), likelihood, severity).toRect();
}

QSize HeatMapWidget::sizeHint() const
{
    return {460, 330};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    return {260, 190};
}

bool HeatMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int l = 1; l <= m_matrix.levels(); ++l) {
            for (int s = 1; s <= m_matrix.levels(); ++s) {
                const QRect cell = cellRect(l, s);
                if (cell.contains(help->pos())) {
                    QToolTip::showText(help->globalPos(), cellText(l, s), this, cell);
                    return true;
                }
            }
        }
        // Outside the cells: the general hint.
        return QWidget::event(event);
    }
    return QWidget::event(event);
}

void HeatMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    drawing(m_matrix, m_risks).paint(painter, QRectF(rect()));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = cellRect(m_likelihood, m_severity).adjusted(1, 1, -1, -1);
        option.backgroundColor = Qt::white;
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        // The default focus frame is faint on some styles: a clear outline as well.
        painter.setPen(QPen(Qt::black, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(option.rect);
    }
}

void HeatMapWidget::keyPressEvent(QKeyEvent *event)
{
    const int levels = m_matrix.levels();
    // Likelihood rises up the map, severity to the right, as drawn.
    switch (event->key()) {
    case Qt::Key_Up:
        m_likelihood = qMin(levels, m_likelihood + 1);
        break;
    case Qt::Key_Down:
        m_likelihood = qMax(1, m_likelihood - 1);
        break;
    case Qt::Key_Right:
        m_severity = qMin(levels, m_severity + 1);
        break;
    case Qt::Key_Left:
        m_severity = qMax(1, m_severity - 1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
    showCellTip();
}

void HeatMapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void HeatMapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void HeatMapWidget::showCellTip()
{
    const QRect cell = cellRect(m_likelihood, m_severity);
    QToolTip::showText(mapToGlobal(cell.center()), cellText(m_likelihood, m_severity), this, cell);
}

} // namespace igw
