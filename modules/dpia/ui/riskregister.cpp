#include "dpia/ui/riskregister.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiacommands.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiaformrows.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/ui/heatmapwidget.h"
#include "dpia/ui/measureform.h"
#include "dpia/ui/measurepanel.h"
#include "dpia/ui/riskform.h"
#include "dpia/ui/riskmodel.h"
#include "widgets/dialogs.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

RiskRegister::RiskRegister(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new RiskModel(this))
    , m_intro(dpiaForms::hint(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(DpiaUiTr::tr("&Add Risk"), this))
    , m_delete(new QPushButton(DpiaUiTr::tr("Delete Risk"), this))
    , m_wide(new QPushButton(DpiaUiTr::tr("Measures for the &Whole DPIA"), this))
    , m_form(new RiskForm(editor, this))
    , m_measures(new MeasurePanel(editor, this))
    , m_heatMap(new HeatMapWidget(this))
    , m_reloadTimer(new QTimer(this))
    , m_matrix(RiskMatrix::ico3())
{
    setObjectName(QStringLiteral("dpiaRisks"));
    m_view->setObjectName(QStringLiteral("dpiaRiskTable"));
    m_add->setObjectName(QStringLiteral("riskAdd"));
    m_delete->setObjectName(QStringLiteral("riskDelete"));
    m_wide->setObjectName(QStringLiteral("dpiaWideMeasures"));
    m_intro->setObjectName(QStringLiteral("dpiaRisksIntro"));
    m_add->setToolTip(DpiaUiTr::tr("Add a risk to individuals to this DPIA's register"));
    m_delete->setToolTip(
        DpiaUiTr::tr("Delete the selected risk and its measures (Delete key in the list)"));
    m_wide->setToolTip(DpiaUiTr::tr("Show the measures that are not tied to one risk"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(DpiaUiTr::tr("Risk register"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the longest level and band names of either matrix, so the words
    // are never cut.
    const QFontMetrics metrics = m_view->fontMetrics();
    int levelWidth = metrics.horizontalAdvance(dpiaUiText::levelText(RiskMatrix::ico3(), 0));
    for (const RiskMatrix &m : {RiskMatrix::ico3(), RiskMatrix::cnil4()}) {
        for (const QString &label : m.likelihoodLabels + m.severityLabels)
            levelWidth = qMax(levelWidth, metrics.horizontalAdvance(label));
    }
    int bandWidth = metrics.horizontalAdvance(dpiaUiText::bandText(std::nullopt));
    for (RiskBand band : {RiskBand::Low, RiskBand::Medium, RiskBand::High})
        bandWidth = qMax(bandWidth, metrics.horizontalAdvance(riskBandLabel(band)));
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(RiskModel::Number, metrics.horizontalAdvance(QStringLiteral("R00")) + 16);
    header->resizeSection(RiskModel::Title, metrics.averageCharWidth() * 28 + 16);
    for (int column : {RiskModel::Likelihood, RiskModel::Severity, RiskModel::ResidualLikelihood,
                       RiskModel::ResidualSeverity})
        header->resizeSection(column, levelWidth + 16);
    for (int column : {RiskModel::InherentBand, RiskModel::ResidualBand})
        header->resizeSection(column, bandWidth + 16);
    header->resizeSection(RiskModel::Measures,
                          metrics.horizontalAdvance(
                              m_model->headerData(RiskModel::Measures, Qt::Horizontal).toString()) +
                              20);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 5);

    auto *deleteAction = new QAction(DpiaUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RiskRegister::deleteCurrentRisk);
    // Enter (or a double click) on a risk goes to its form.
    connect(m_view, &QAbstractItemView::activated, m_form, &RiskForm::focusTitle);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_syncing)
            return;
        const QModelIndex current = m_view->currentIndex();
        const qint64 id = current.isValid() ? current.data(RiskModel::RiskIdRole).toLongLong() : 0;
        if (id == 0 || id == m_riskId)
            return;
        if (!selectRisk(id))
            QTimer::singleShot(0, this, [this] { highlight(m_riskId); });
    });
    connect(m_add, &QPushButton::clicked, this, &RiskRegister::addRisk);
    connect(m_delete, &QPushButton::clicked, this, &RiskRegister::deleteCurrentRisk);
    connect(m_wide, &QPushButton::clicked, this, [this] { selectRisk(0); });
    connect(m_form, &RiskForm::applied, this, [this] { reload(); });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &RiskRegister::reload);
    // Undo, redo and the action plan change risks and measures behind the forms' backs.
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (!m_dpia)
            return;
        if (table == kinds::person().table)
            m_measures->refreshPeople();
        if (table == kinds::risk().table || table == kinds::measure().table ||
            table == kinds::person().table)
            m_reloadTimer->start();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_wide);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_intro);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);

    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 4, 0);
    detailsLayout->addWidget(m_form);
    detailsLayout->addWidget(m_measures);
    detailsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The register across the whole width; below it the selected risk with its measures,
    // and the map beside them.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(scroll);
    bottom->addWidget(m_heatMap);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setChildrenCollapsible(false);
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("dpiaRisksSplitter"));
    rows->addWidget(top);
    rows->addWidget(bottom);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 3);
    rows->setSizes({170, 300});
    rows->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);

    // Reading order: the register and its buttons, the risk's form, its measures, the map.
    const QList<QWidget *> order = tabOrder();
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    setDpia(std::nullopt);
}

void RiskRegister::setDpia(const std::optional<Record> &dpia)
{
    const bool other = !dpia || !m_dpia || dpia->id != m_dpia->id;
    m_dpia = dpia;
    m_matrix = dpia
                   ? loadRiskMatrix(m_editor.workspace(), dpia->value(dpiaField::matrix).toString())
                   : RiskMatrix::ico3();
    m_form->setMatrix(m_matrix);
    m_intro->setText(dpia ? DpiaUiTr::tr("Risks to individuals, assessed on the %1 matrix "
                                         "(Details tab).")
                                .arg(m_matrix.name)
                          : QString());
    if (other) {
        m_riskId = 0;
        m_form->showRisk(std::nullopt, 0);
    }
    reload();
    if (other && m_model->rowCount() > 0)
        selectRisk(m_model->risks().constFirst().id);
}

int RiskRegister::numberOf(qint64 riskId) const
{
    const int row = m_model->rowOfId(riskId);
    return row < 0 ? 0 : row + 1;
}

void RiskRegister::reload()
{
    m_reloadTimer->stop();
    Workspace &ws = m_editor.workspace();
    QList<Record> risks;
    QHash<qint64, int> counts;
    if (m_dpia) {
        risks = loadRisks(ws, m_dpia->id);
        const QList<QVariantList> rows =
            sql::rows(ws.database(),
                      QStringLiteral("SELECT risk_id, count(*) FROM measures WHERE dpia_id = ?"
                                     " AND risk_id IS NOT NULL GROUP BY risk_id"),
                      {m_dpia->id});
        for (const QVariantList &row : rows)
            counts.insert(row.value(0).toLongLong(), row.value(1).toInt());
    }
    m_syncing = true;
    m_model->setRisks(risks, m_matrix, counts);
    m_syncing = false;
    QList<HeatMapWidget::Risk> onMap;
    for (int i = 0; i < risks.size(); ++i)
        onMap.append({dpiaUiText::riskNumber(i + 1), risks.at(i).value(riskField::title).toString(),
                      RiskLevels::of(risks.at(i))});
    m_heatMap->setRisks(m_matrix, onMap);

    if (m_riskId != 0 && m_model->rowOfId(m_riskId) < 0) {
        // Deleted (or undone): its neighbour, or the first, takes its place.
        m_riskId = 0;
        m_form->showRisk(std::nullopt, 0);
        if (!risks.isEmpty()) {
            showRisk(risks.constFirst().id);
            return;
        }
    }
    showRisk(m_riskId);
}

void RiskRegister::showRisk(qint64 riskId)
{
    m_riskId = riskId;
    const int row = m_model->rowOfId(riskId);
    const std::optional<Record> risk =
        row >= 0 ? std::optional<Record>(m_model->risks().at(row)) : std::nullopt;
    // Reflect changes made elsewhere (undo, redo) unless the user is mid-edit.
    if (!m_form->hasUnappliedChanges() || m_form->currentId() != riskId)
        m_form->showRisk(risk, row + 1);
    m_measures->setScope(
        dpiaId(), risk ? riskId : 0,
        risk ? dpiaUiText::riskLabel(row + 1, risk->value(riskField::title).toString())
             : QString());
    highlight(m_riskId);
    updateState();
}

bool RiskRegister::selectRisk(qint64 id)
{
    if (id != 0 && m_model->rowOfId(id) < 0)
        return false;
    if (id != m_riskId && (!m_form->settle() || !m_measures->settle()))
        return false;
    showRisk(id);
    return true;
}

bool RiskRegister::selectMeasure(qint64 id)
{
    return m_measures->selectMeasure(id);
}

void RiskRegister::highlight(qint64 riskId)
{
    const int row = m_model->rowOfId(riskId);
    m_syncing = true;
    if (row >= 0) {
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
        m_view->scrollTo(m_model->index(row, 0));
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
}

bool RiskRegister::hasUnappliedChanges() const
{
    return m_form->hasUnappliedChanges() || m_measures->hasUnappliedChanges();
}

bool RiskRegister::settle()
{
    return m_form->settle() && m_measures->settle();
}

void RiskRegister::addRisk()
{
    if (m_editor.isReadOnly() || !m_dpia || !settle())
        return;
    int order = 0;
    for (const Record &r : m_model->risks())
        order = qMax(order, r.value(riskField::sortOrder).toInt());
    const std::optional<qint64> id =
        m_editor.create(kinds::risk(),
                        {{riskField::dpiaId, m_dpia->id},
                         {riskField::title, DpiaUiTr::tr("New risk")},
                         {riskField::sortOrder, order + 1}},
                        DpiaUiTr::tr("Add risk to %1").arg(m_dpia->ref));
    if (!id)
        return;
    reload();
    selectRisk(*id);
    m_form->focusTitle();
}

void RiskRegister::deleteCurrentRisk()
{
    if (m_editor.isReadOnly() || m_riskId == 0)
        return;
    const int number = numberOf(m_riskId);
    const std::optional<Record> risk = m_editor.workspace().records().get(kinds::risk(), m_riskId);
    if (!risk)
        return;
    const QString label = dpiaUiText::riskLabel(number, risk->value(riskField::title).toString());
    const qint64 measures =
        sql::scalar(m_editor.workspace().database(),
                    QStringLiteral("SELECT count(*) FROM measures WHERE risk_id = ?"), {m_riskId})
            .toLongLong();
    const QString also = measures == 0 ? QString()
                         : measures == 1
                             ? DpiaUiTr::tr("Its measure is deleted with it.")
                             : DpiaUiTr::tr("Its %1 measures are deleted with it.").arg(measures);
    if (Dialogs::question(this, DpiaUiTr::tr("Delete Risk"),
                          DpiaUiTr::tr("Delete risk %1? %2\n\nYou can bring it back with "
                                       "Edit > Undo.")
                              .arg(label, also),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    // Unapplied edits of what is being deleted are moot.
    m_form->revert();
    m_measures->form()->revert();
    if (dpiaCommands::removeRisk(m_editor, m_riskId, DpiaUiTr::tr("Delete risk %1").arg(label)))
        reload();
}

void RiskRegister::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    m_add->setEnabled(!readOnly && m_dpia.has_value());
    m_delete->setEnabled(!readOnly && m_riskId != 0);
    m_wide->setEnabled(m_dpia.has_value() && m_riskId != 0);
    m_form->updateState();
    m_measures->updateState();
}

QList<QWidget *> RiskRegister::tabOrder() const
{
    return QList<QWidget *>{m_view, m_add, m_delete, m_wide} + m_form->tabOrder() +
           m_measures->tabOrder() + QList<QWidget *>{m_heatMap};
}

} // namespace igw
