#include "dpia/ui/dpiarisksummary.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiaview.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace {

QString levelOn(const QStringList &labels, const QVariant &level)
{
    const int l = level.toInt();
    return l >= 1 && l <= labels.size() ? labels.at(l - 1) : DpiaUiTr::tr("Not assessed");
}

} // namespace

DpiaRiskSummary::DpiaRiskSummary(Workspace &workspace, qint64 dpiaId, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_dpiaId(dpiaId)
    , m_mode(mode)
    , m_hint(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(mode == Mode::Risks ? QStringLiteral("riskSummary")
                                      : QStringLiteral("measureSummary"));
    m_tree->setObjectName(mode == Mode::Risks ? QStringLiteral("riskSummaryList")
                                              : QStringLiteral("measureSummaryList"));
    m_hint->setObjectName(QStringLiteral("summaryHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(mode == Mode::Risks
                        ? DpiaUiTr::tr("The risks are recorded and scored in the risk register "
                                       "on the DPIA's Risks tab; this is a read-only summary.")
                        : DpiaUiTr::tr("The measures are recorded in the risk register on the "
                                       "DPIA's Risks tab; this is a read-only summary."));
    m_tree->setRootIsDecorated(mode == Mode::Measures);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(mode == Mode::Risks ? DpiaUiTr::tr("Risks (read-only)")
                                                  : DpiaUiTr::tr("Measures (read-only)"));
    m_tree->setMinimumHeight(160);
    if (mode == Mode::Risks)
        m_tree->setHeaderLabels({DpiaUiTr::tr("Risk"), DpiaUiTr::tr("Impact on individuals"),
                                 DpiaUiTr::tr("Likelihood"), DpiaUiTr::tr("Severity"),
                                 DpiaUiTr::tr("Overall risk")});
    else
        m_tree->setHeaderLabels({DpiaUiTr::tr("Risk and its measures"), DpiaUiTr::tr("Effect"),
                                 DpiaUiTr::tr("Residual risk"), DpiaUiTr::tr("Approved")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (mode == Mode::Risks)
        m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_tree, 1);
    refresh();
}

void DpiaRiskSummary::refresh()
{
    m_tree->clear();
    if (m_mode == Mode::Risks)
        showRisks();
    else
        showMeasures();
    for (int c = 1; c < m_tree->columnCount(); ++c)
        if (m_tree->header()->sectionResizeMode(c) != QHeaderView::Stretch)
            m_tree->resizeColumnToContents(c);
}

void DpiaRiskSummary::showRisks()
{
    const auto view = loadDpia(m_workspace, m_dpiaId);
    if (!view || view->risks.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, {DpiaUiTr::tr("No risks are recorded yet.")});
        item->setFirstColumnSpanned(true);
        return;
    }
    int number = 0;
    for (const DpiaRiskView &r : view->risks) {
        ++number;
        const Record &risk = r.record;
        new QTreeWidgetItem(
            m_tree, {dpiaUiText::riskLabel(number, risk.value(riskField::title).toString()),
                     risk.value(riskField::impact).toString(),
                     levelOn(view->matrix.likelihoodLabels, risk.value(riskField::likelihood)),
                     levelOn(view->matrix.severityLabels, risk.value(riskField::severity)),
                     dpiaUiText::bandText(r.inherent)});
    }
}

void DpiaRiskSummary::showMeasures()
{
    const auto view = loadDpia(m_workspace, m_dpiaId);
    if (!view || (view->risks.isEmpty() && view->generalMeasures.isEmpty())) {
        auto *item = new QTreeWidgetItem(m_tree, {DpiaUiTr::tr("No measures are recorded yet.")});
        item->setFirstColumnSpanned(true);
        return;
    }
    const auto addMeasures = [this](QTreeWidgetItem *parent, const QList<Record> &measures) {
        for (const Record &m : measures)
            new QTreeWidgetItem(
                parent,
                {m.value(measureField::title).toString(),
                 choices::label(choices::measureEffect(), m.value(measureField::effect).toString()),
                 QString(),
                 m.value(measureField::approved).toInt() ? DpiaUiTr::tr("Yes")
                                                         : DpiaUiTr::tr("No")});
        if (measures.isEmpty())
            new QTreeWidgetItem(parent, {DpiaUiTr::tr("No measure yet")});
    };
    int number = 0;
    for (const DpiaRiskView &r : view->risks) {
        ++number;
        auto *item = new QTreeWidgetItem(
            m_tree, {dpiaUiText::riskLabel(number, r.record.value(riskField::title).toString()),
                     QString(), dpiaUiText::bandText(r.residual), QString()});
        addMeasures(item, r.measures);
    }
    if (!view->generalMeasures.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_tree, {DpiaUiTr::tr("For the whole DPIA")});
        addMeasures(item, view->generalMeasures);
    }
    m_tree->expandAll();
}

QStringList DpiaRiskSummary::rows() const
{
    QStringList out;
    const auto add = [&out](const QTreeWidgetItem *item) {
        QStringList cells;
        for (int c = 0; c < item->columnCount(); ++c)
            cells << item->text(c);
        out << cells.join(QStringLiteral(" | "));
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_tree->topLevelItem(i);
        add(top);
        for (int j = 0; j < top->childCount(); ++j)
            add(top->child(j));
    }
    return out;
}

} // namespace igw
