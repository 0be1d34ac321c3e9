#include "dpia/ui/measurepanel.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/ui/measureform.h"
#include "dpia/ui/measuremodel.h"
#include "widgets/dialogs.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

MeasurePanel::MeasurePanel(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new MeasureModel(this))
    , m_heading(new QLabel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(DpiaUiTr::tr("Add Meas&ure"), this))
    , m_delete(new QPushButton(DpiaUiTr::tr("Delete Measure"), this))
    , m_form(new MeasureForm(editor, this))
{
    setObjectName(QStringLiteral("dpiaMeasures"));
    m_heading->setObjectName(QStringLiteral("measuresHeading"));
    m_view->setObjectName(QStringLiteral("dpiaMeasureTable"));
    m_add->setObjectName(QStringLiteral("measureAdd"));
    m_delete->setObjectName(QStringLiteral("measureDelete"));
    m_add->setToolTip(DpiaUiTr::tr("Add a measure that eliminates, reduces or accepts this risk"));
    m_delete->setToolTip(DpiaUiTr::tr("Delete the selected measure (Delete key in the list)"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    m_heading->setBuddy(m_view);

    m_view->setModel(m_model);
    m_view->setAccessibleName(DpiaUiTr::tr("Measures"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Widths for the words the columns hold, late dates included.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int ch = metrics.averageCharWidth();
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(MeasureModel::Title, 24 * ch + 16);
    header->resizeSection(MeasureModel::Effect, 11 * ch + 16);
    header->resizeSection(MeasureModel::Owner, 14 * ch + 16);
    header->resizeSection(MeasureModel::Due,
                          metrics.horizontalAdvance(DpiaUiTr::tr("%1 — %2").arg(
                              dpiaUiText::dateText(QDate(2030, 12, 30)),
                              dpiaUiText::timingText(QDate(2030, 1, 1), QDate(2030, 4, 30)))) +
                              20);
    header->resizeSection(MeasureModel::Approved, 9 * ch + 16);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_view->setMinimumHeight(m_view->fontMetrics().height() * 5);
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 9);

    auto *deleteAction = new QAction(DpiaUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &MeasurePanel::deleteCurrent);
    connect(m_view, &QAbstractItemView::activated, m_form, &MeasureForm::focusTitle);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_syncing)
            return;
        const QModelIndex current = m_view->currentIndex();
        const qint64 id =
            current.isValid() ? current.data(MeasureModel::MeasureIdRole).toLongLong() : 0;
        if (id == 0 || id == m_form->currentId())
            return;
        if (!m_form->settle()) {
            // The user stayed with unapplied edits: back to their measure.
            QTimer::singleShot(0, this, [this] { selectMeasure(m_form->currentId()); });
            return;
        }
        showCurrent();
    });
    connect(m_form, &MeasureForm::applied, this, &MeasurePanel::reload);
    connect(m_add, &QPushButton::clicked, this, &MeasurePanel::addMeasure);
    connect(m_delete, &QPushButton::clicked, this, &MeasurePanel::deleteCurrent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    updateState();
}

void MeasurePanel::setScope(qint64 dpiaId, qint64 riskId, const QString &scopeText)
{
    const bool changed = dpiaId != m_dpiaId || riskId != m_riskId;
    m_dpiaId = dpiaId;
    m_riskId = riskId;
    m_heading->setText(dpiaId == 0   ? DpiaUiTr::tr("Measures")
                       : riskId == 0 ? DpiaUiTr::tr("Measures for the whole DPIA (not tied to "
                                                    "one risk)")
                                     : DpiaUiTr::tr("Measures for %1").arg(scopeText));
    if (changed)
        m_form->showMeasure(std::nullopt);
    reload();
}

void MeasurePanel::reload()
{
    const qint64 keep = m_form->currentId();
    m_syncing = true;
    m_model->setMeasures(m_dpiaId ? loadMeasures(m_editor.workspace(), m_dpiaId, m_riskId)
                                  : QList<Record>(),
                         personNames(m_editor.workspace()));
    m_syncing = false;
    const int row = m_model->rowOfId(keep);
    if (row >= 0) {
        selectMeasure(keep);
        // Reflect a change made elsewhere (undo, the action plan) unless mid-edit.
        if (!m_form->hasUnappliedChanges())
            m_form->showMeasure(m_model->measures().at(row));
    } else if (m_model->rowCount() > 0) {
        // The one shown is gone (deleted, undone) or none was: the first takes its place.
        m_form->showMeasure(std::nullopt);
        selectMeasure(m_model->measures().constFirst().id);
    } else {
        m_form->showMeasure(std::nullopt);
    }
    updateState();
}

bool MeasurePanel::selectMeasure(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    if (id != m_form->currentId() && !m_form->settle())
        return false;
    m_syncing = true;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    m_syncing = false;
    if (id != m_form->currentId())
        m_form->showMeasure(m_model->measures().at(row));
    updateState();
    return true;
}

void MeasurePanel::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    m_form->showMeasure(current.isValid()
                            ? std::optional<Record>(m_model->measures().at(current.row()))
                            : std::nullopt);
    updateState();
}

qint64 MeasurePanel::currentId() const
{
    return m_form->currentId();
}

bool MeasurePanel::hasUnappliedChanges() const
{
    return m_form->hasUnappliedChanges();
}

bool MeasurePanel::settle()
{
    return m_form->settle();
}

void MeasurePanel::addMeasure()
{
    if (m_editor.isReadOnly() || m_dpiaId == 0 || !m_form->settle())
        return;
    QVariantMap values{{measureField::dpiaId, m_dpiaId},
                       {measureField::title, DpiaUiTr::tr("New measure")},
                       {measureField::effect, QStringLiteral("reduce")},
                       {measureField::status, QStringLiteral("planned")},
                       {measureField::approved, 0}};
    if (m_riskId)
        values.insert(measureField::riskId, m_riskId);
    const std::optional<qint64> id =
        m_editor.create(kinds::measure(), values, DpiaUiTr::tr("Add measure"));
    if (!id)
        return;
    reload();
    selectMeasure(*id);
    m_form->focusTitle();
}

void MeasurePanel::deleteCurrent()
{
    const qint64 id = m_form->currentId();
    if (m_editor.isReadOnly() || id == 0)
        return;
    const std::optional<Record> m = m_editor.workspace().records().get(kinds::measure(), id);
    if (!m)
        return;
    const QString label = m->value(measureField::title).toString();
    if (Dialogs::question(this, DpiaUiTr::tr("Delete Measure"),
                          DpiaUiTr::tr("Delete the measure \"%1\"?\n\nYou can bring it back "
                                       "with Edit > Undo.")
                              .arg(label),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    m_form->showMeasure(std::nullopt); // its unapplied edits are moot
    if (m_editor.remove(kinds::measure(), id, DpiaUiTr::tr("Delete measure %1").arg(label)))
        reload();
}

void MeasurePanel::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    m_add->setEnabled(!readOnly && m_dpiaId != 0);
    m_delete->setEnabled(!readOnly && m_form->currentId() != 0);
    m_form->updateState();
}

void MeasurePanel::refreshPeople()
{
    m_form->refreshPeople();
}

QList<QWidget *> MeasurePanel::tabOrder() const
{
    return QList<QWidget *>{m_view, m_add, m_delete} + m_form->tabOrder();
}

} // namespace igw
