#include "dpia/ui/dpiaassessments.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiacommands.h"
#include "dpia/ui/dpiaeditor.h"
#include "dpia/ui/dpiafilterbar.h"
#include "dpia/ui/dpiafiltermodel.h"
#include "dpia/ui/dpiamodel.h"
#include "dpia/ui/dpiapreviewdialog.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "dpia/ui/dpiaversionsdialog.h"
#include "dpia/ui/dpiawizard.h"
#include "dpia/ui/measurepanel.h"
#include "dpia/ui/riskform.h"
#include "dpia/ui/riskregister.h"
#include "dpia/ui/screeningdialog.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "widgets/dialogs.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

DpiaAssessments::DpiaAssessments(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_recordEditor(editor)
    , m_model(new DpiaModel(editor.workspace(), this))
    , m_proxy(new DpiaFilterModel(m_model, this))
    , m_reloadTimer(new QTimer(this))
    , m_filters(new DpiaFilterBar(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(DpiaUiTr::tr("&New DPIA"), this))
    , m_screen(new QPushButton(DpiaUiTr::tr("&Screen…"), this))
    , m_wizard(new QPushButton(DpiaUiTr::tr("&Guided…"), this))
    , m_versions(new QPushButton(DpiaUiTr::tr("&Versions…"), this))
    , m_preview(new QPushButton(DpiaUiTr::tr("Pre&view…"), this))
    , m_delete(new QPushButton(DpiaUiTr::tr("&Delete"), this))
    , m_editor(new DpiaEditor(editor, this))
{
    setObjectName(QStringLiteral("dpiaAssessments"));
    m_count->setObjectName(QStringLiteral("dpiaCount"));
    m_add->setObjectName(QStringLiteral("dpiaNew"));
    m_delete->setObjectName(QStringLiteral("dpiaDelete"));
    m_screen->setObjectName(QStringLiteral("dpiaScreen"));
    m_wizard->setObjectName(QStringLiteral("dpiaGuided"));
    m_versions->setObjectName(QStringLiteral("dpiaVersions"));
    m_preview->setObjectName(QStringLiteral("dpiaPreview"));
    m_add->setToolTip(DpiaUiTr::tr("Start a data protection impact assessment"));
    m_screen->setToolTip(DpiaUiTr::tr("Answer the screening questions: does a processing "
                                      "activity need a DPIA? A DPIA can be started from the "
                                      "outcome"));
    m_wizard->setToolTip(DpiaUiTr::tr("Work through the current DPIA step by step, as the ICO "
                                      "template's steps 1 to 7"));
    m_versions->setToolTip(
        DpiaUiTr::tr("The approved versions of the current DPIA and what changed between two"));
    m_preview->setToolTip(DpiaUiTr::tr("See the current DPIA's report as PDF, then save it as "
                                       "PDF or ODT"));
    m_delete->setToolTip(
        DpiaUiTr::tr("Delete the current DPIA with its risks and measures (Delete key in the "
                     "list)"));

    buildTable();
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("dpiaSplitter"));
    rows->addWidget(buildList());
    rows->addWidget(m_editor);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 5);
    rows->setSizes({160, 540});
    rows->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);

    // Reading order: the filters, the list and its buttons, then the editor.
    setTabOrder(m_filters->lastWidget(), m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_screen);
    setTabOrder(m_screen, m_wizard);
    setTabOrder(m_wizard, m_versions);
    setTabOrder(m_versions, m_preview);
    setTabOrder(m_preview, m_delete);
    setTabOrder(m_delete, m_editor->form().tabs);

    auto *find = new QAction(DpiaUiTr::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &DpiaAssessments::reload);
    // A batch (a deleted DPIA with its risks) reports many changes: read the list once.
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::dpia().table || table == kinds::risk().table ||
            table == kinds::measure().table || table == kinds::activity().table ||
            table == kinds::person().table)
            m_reloadTimer->start();
    });
    connect(m_filters, &DpiaFilterBar::filterChanged, this, &DpiaAssessments::applyFilter);
    connect(m_editor, &DpiaEditor::currentDpiaChanged, this, [this](qint64 id) {
        highlight(id);
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &DpiaAssessments::addDpia);
    connect(m_delete, &QPushButton::clicked, this, &DpiaAssessments::deleteCurrent);
    connect(m_screen, &QPushButton::clicked, this, &DpiaAssessments::screen);
    connect(m_wizard, &QPushButton::clicked, this, &DpiaAssessments::openWizard);
    connect(m_versions, &QPushButton::clicked, this, &DpiaAssessments::showVersions);
    connect(m_preview, &QPushButton::clicked, this, &DpiaAssessments::preview);

    m_view->sortByColumn(DpiaModel::Reference, Qt::AscendingOrder);
    reload();
    if (m_proxy->rowCount() > 0)
        m_editor->showDpia(m_proxy->index(0, 0).data(DpiaModel::DpiaIdRole).toLongLong());
}

QWidget *DpiaAssessments::buildList()
{
    auto *top = new QWidget(this);
    auto *layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_screen);
    buttons->addWidget(m_wizard);
    buttons->addWidget(m_versions);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    layout->addLayout(buttons);
    return top;
}

void DpiaAssessments::buildTable()
{
    m_view->setObjectName(QStringLiteral("dpiaTable"));
    m_view->setAccessibleName(DpiaUiTr::tr("Data protection impact assessments"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    setColumnWidths({});
    auto *deleteAction = new QAction(DpiaUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &DpiaAssessments::deleteCurrent);
    // Enter (or a double click) on a row goes to its form.
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_editor->focusForm(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DpiaAssessments::onCurrentRowChanged);
}

void DpiaAssessments::setColumnWidths(const QList<int> &widths)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (widths.size() == header->count()) {
        for (int i = 0; i < widths.size(); ++i)
            header->resizeSection(i, widths.at(i));
        return;
    }
    // Widths in characters: the title matters most.
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> defaults{
        {DpiaModel::Reference, 11}, {DpiaModel::Title, 30},          {DpiaModel::Status, 12},
        {DpiaModel::Version, 8},    {DpiaModel::Owner, 16},          {DpiaModel::Activities, 22},
        {DpiaModel::Risks, 6},      {DpiaModel::HighestResidual, 24}};
    for (const auto &w : defaults)
        header->resizeSection(w.first, w.second * ch + 16);
}

bool DpiaAssessments::hasUnappliedChanges() const
{
    return m_editor->hasUnappliedChanges();
}

bool DpiaAssessments::settle()
{
    return m_editor->settle();
}

void DpiaAssessments::reload()
{
    m_reloadTimer->stop();
    m_syncing = true;
    // A reset model resets the header too: keep the widths the user gave the columns.
    QList<int> widths;
    QHeaderView *header = m_view->horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        widths << header->sectionSize(i);
    QString error;
    if (!m_model->reload(&error))
        qWarning("DPIAs not read: %s", qPrintable(error));
    m_proxy->setFilter(m_filters->filter());
    setColumnWidths(widths);
    m_syncing = false;

    qint64 current = m_editor->currentId();
    // After a delete the neighbour becomes the current DPIA.
    if (current == 0 && m_rowAfterReload >= 0 && m_proxy->rowCount() > 0) {
        const int row = qMin(m_rowAfterReload, m_proxy->rowCount() - 1);
        current = m_proxy->index(row, 0).data(DpiaModel::DpiaIdRole).toLongLong();
        m_editor->showDpia(current);
    }
    m_rowAfterReload = -1;
    highlight(current);
    updateCount();
    updateActions();
}

void DpiaAssessments::applyFilter()
{
    m_syncing = true;
    m_proxy->setFilter(m_filters->filter());
    m_syncing = false;
    highlight(m_editor->currentId());
    updateCount();
}

bool DpiaAssessments::selectDpia(qint64 id)
{
    if (m_model->rowOfId(id) < 0)
        reload();
    if (!m_editor->showDpia(id))
        return false;
    const int row = m_model->rowOfId(id);
    if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_filters->clear(); // the filters hid it: show everything so the list agrees
    highlight(id);
    return true;
}

bool DpiaAssessments::openMeasure(qint64 dpiaId, qint64 riskId, qint64 measureId)
{
    if (!selectDpia(dpiaId))
        return false;
    m_editor->showRisksTab();
    RiskRegister *risks = m_editor->risks();
    if (!risks->selectRisk(riskId))
        return false;
    if (measureId != 0 && !risks->selectMeasure(measureId))
        return false;
    // The keyboard lands where the user asked to go.
    risks->measures()->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

void DpiaAssessments::highlight(qint64 id)
{
    const int sourceRow = id > 0 ? m_model->rowOfId(id) : -1;
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_syncing = true;
    if (index.isValid()) {
        if (m_view->selectionModel()->currentIndex().row() != index.row() ||
            !m_view->selectionModel()->isRowSelected(index.row())) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        }
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
}

void DpiaAssessments::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const qint64 id = current.isValid() ? current.data(DpiaModel::DpiaIdRole).toLongLong() : 0;
    if (id == 0 || id == m_editor->currentId())
        return;
    if (!m_editor->showDpia(id)) {
        // The user chose to stay with unapplied edits: back to their DPIA.
        QTimer::singleShot(0, this, [this] { highlight(m_editor->currentId()); });
    }
}

void DpiaAssessments::addDpia()
{
    if (m_recordEditor.isReadOnly() || !m_editor->settle())
        return;
    const std::optional<qint64> id =
        m_recordEditor.create(kinds::dpia(),
                              {{dpiaField::title, DpiaUiTr::tr("New DPIA")},
                               {dpiaField::matrix, QStringLiteral("ico3")},
                               {dpiaField::status, QStringLiteral("draft")},
                               {dpiaField::version, 1}},
                              DpiaUiTr::tr("Add DPIA"));
    if (!id)
        return;
    reload();
    if (!selectDpia(*id))
        return;
    m_editor->focusForm();
    m_editor->form().title->selectAll();
}

void DpiaAssessments::deleteCurrent()
{
    const qint64 id = m_editor->currentId();
    if (m_recordEditor.isReadOnly() || id == 0)
        return;
    const std::optional<Record> record =
        m_recordEditor.workspace().records().get(kinds::dpia(), id);
    if (!record)
        return;
    const QString label = dpiaUiText::dpiaLabel(*record);
    const QString blocker = dpiaCommands::removalBlocker(m_recordEditor, id);
    if (!blocker.isEmpty()) {
        Dialogs::information(this, DpiaUiTr::tr("Delete DPIA"),
                             DpiaUiTr::tr("%1 cannot be deleted. %2").arg(label, blocker));
        return;
    }
    const int risks =
        m_model->rowOfId(id) >= 0 ? m_model->rowAt(m_model->rowOfId(id)).riskCount : 0;
    const QString also = risks == 0   ? QString()
                         : risks == 1 ? DpiaUiTr::tr("Its risk and the risk's measures are deleted "
                                                     "with it.")
                                      : DpiaUiTr::tr("Its %1 risks and their measures are deleted "
                                                     "with it.")
                                            .arg(risks);
    if (Dialogs::question(this, DpiaUiTr::tr("Delete DPIA"),
                          DpiaUiTr::tr("Delete %1? %2\n\nYou can bring it all back with Edit > "
                                       "Undo.")
                              .arg(label, also),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_rowAfterReload = current.isValid() ? current.row() : 0;
    // Unapplied edits of a DPIA being deleted are moot.
    m_editor->revert();
    m_editor->risks()->form()->revert();
    if (!dpiaCommands::removeDpia(m_recordEditor, id, DpiaUiTr::tr("Delete %1").arg(label))) {
        m_rowAfterReload = -1;
        return;
    }
    reload();
}

void DpiaAssessments::screen()
{
    if (!m_editor->settle())
        return;
    // The activity of the current DPIA is the likely subject; the dialog lets the user pick.
    qint64 activity = 0;
    if (const auto &record = m_editor->record()) {
        const QList<qint64> ids = linkIds(record->value(dpiaField::activityIds));
        if (!ids.isEmpty())
            activity = ids.constFirst();
    }
    const ScreeningDialog::Result result =
        ScreeningDialog::run(m_recordEditor.workspace(), &m_recordEditor, activity, this);
    if (result.dpiaId == 0)
        return;
    reload();
    if (selectDpia(result.dpiaId))
        openWizard();
}

void DpiaAssessments::openWizard()
{
    const qint64 id = m_editor->currentId();
    if (id == 0 || !m_editor->settle())
        return;
    if (DpiaWizard::run(m_recordEditor, id, this))
        m_editor->showAnswersTab();
}

void DpiaAssessments::showVersions()
{
    if (const qint64 id = m_editor->currentId())
        DpiaVersionsDialog::run(m_recordEditor.workspace(), id, this);
}

void DpiaAssessments::preview()
{
    const qint64 id = m_editor->currentId();
    // The report shows what is stored: unapplied edits are settled first.
    if (id == 0 || !m_editor->settle())
        return;
    DpiaPreviewDialog::run(m_recordEditor.workspace(), id, this);
}

void DpiaAssessments::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_proxy->filter().isEmpty())
        text = total == 1 ? DpiaUiTr::tr("1 DPIA")
                          : DpiaUiTr::tr("%1 DPIAs").arg(locale.toString(total));
    else
        text = total == 1 ? DpiaUiTr::tr("%1 of 1 DPIA").arg(locale.toString(shown))
                          : DpiaUiTr::tr("%1 of %2 DPIAs")
                                .arg(locale.toString(shown), locale.toString(total));
    m_count->setText(text);
}

void DpiaAssessments::updateActions()
{
    const bool readOnly = m_recordEditor.isReadOnly();
    const bool has = m_editor->currentId() != 0;
    m_add->setEnabled(!readOnly);
    m_screen->setEnabled(true); // read-only users can still see what the answers lead to
    m_wizard->setEnabled(has);
    m_versions->setEnabled(has);
    m_preview->setEnabled(has);
    m_delete->setEnabled(!readOnly && has);
}

} // namespace igw
