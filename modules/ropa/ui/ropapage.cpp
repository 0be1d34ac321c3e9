#include "ropa/ui/ropapage.h"

#include "ropa/activities.h"
#include "ropa/ui/activityeditor.h"
#include "ropa/ui/activityfiltermodel.h"
#include "ropa/ui/activitymodel.h"
#include "ropa/ui/ropafilterbar.h"
#include "ropa/ui/ropagaptree.h"
#include "ropa/ui/ropasummary.h"
#include "ropa/ui/ropatexts.h"
#include "ropa/ui/ropauitr.h"
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
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

RopaPage::RopaPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_recordEditor(editor)
    , m_model(new ActivityModel(editor.workspace(), this))
    , m_proxy(new ActivityFilterModel(m_model, this))
    , m_reloadTimer(new QTimer(this))
    , m_summary(new RopaSummary(this))
    , m_gaps(new RopaGapTree(this))
    , m_filters(new RopaFilterBar(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(RopaUiTr::tr("&New Activity"), this))
    , m_delete(new QPushButton(RopaUiTr::tr("&Delete"), this))
    , m_import(new QPushButton(RopaUiTr::tr("I&mport…"), this))
    , m_export(new QToolButton(this))
    , m_editor(new ActivityEditor(editor, this))
{
    setObjectName(QStringLiteral("ropaPage"));
    m_count->setObjectName(QStringLiteral("ropaCount"));
    m_add->setObjectName(QStringLiteral("ropaNew"));
    m_delete->setObjectName(QStringLiteral("ropaDelete"));
    m_import->setObjectName(QStringLiteral("ropaImport"));
    m_export->setObjectName(QStringLiteral("ropaExport"));
    m_add->setToolTip(RopaUiTr::tr("Add a processing activity to the record"));
    m_delete->setToolTip(RopaUiTr::tr("Delete the current activity (Delete key in the list)"));
    m_import->setToolTip(RopaUiTr::tr("Import activities from a spreadsheet in the ICO's layout"));

    m_export->setText(RopaUiTr::tr("E&xport"));
    m_export->setToolTip(RopaUiTr::tr("Export the record of processing activities"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *exportMenu = new QMenu(m_export);
    const QList<QPair<QString, QString>> formats{
        {QStringLiteral("xlsx"), RopaUiTr::tr("Excel Workbook (ICO Layout)…")},
        {QStringLiteral("csv"), RopaUiTr::tr("CSV File…")},
        {QStringLiteral("pdf"), RopaUiTr::tr("Board Report (PDF)…")}};
    for (const auto &format : formats) {
        QAction *action = exportMenu->addAction(format.second);
        action->setObjectName(QStringLiteral("ropaExport_") + format.first);
        const QString key = format.first;
        connect(action, &QAction::triggered, this, [this, key] { emit exportRequested(key); });
    }
    m_export->setMenu(exportMenu);
    connect(m_import, &QPushButton::clicked, this, &RopaPage::importRequested);

    auto *heading = new QLabel(RopaUiTr::tr("Record of Processing Activities"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_import);
    top->addWidget(m_export);

    buildTable();
    m_editor->setMinimumWidth(320);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("ropaSplitter"));
    columns->addWidget(buildList());
    columns->addWidget(m_editor);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setSizes({540, 520});
    columns->setChildrenCollapsible(false);
    // What is missing sits above the work, in a pane the user can make larger.
    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("ropaRows"));
    rows->addWidget(m_gaps);
    rows->addWidget(columns);
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 5);
    rows->setSizes({110, 600});
    rows->setChildrenCollapsible(false);
    m_gaps->setMinimumHeight(m_gaps->fontMetrics().lineSpacing() * 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(rows, 1);

    // Reading order: import and export, the missing items, the filters, the list and its
    // buttons, then the form.
    setTabOrder(m_import, m_export);
    setTabOrder(m_export, m_gaps);
    setTabOrder(m_gaps, m_filters->searchEdit());
    setTabOrder(m_filters->lastWidget(), m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_delete);
    setTabOrder(m_delete, m_editor->form().tabs);

    auto *find = new QAction(RopaUiTr::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchEdit()->selectAll();
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &RopaPage::reload);
    // A batch import reports hundreds of changes: read the ROPA once afterwards.
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::activity().table || table == QLatin1String("assets") ||
            table == kinds::organisation().table || table == kinds::person().table)
            m_reloadTimer->start();
    });
    connect(m_filters, &RopaFilterBar::filterChanged, this, &RopaPage::applyFilter);
    connect(m_gaps, &RopaGapTree::gapActivated, this, &RopaPage::onGapActivated);
    connect(m_editor, &ActivityEditor::currentActivityChanged, this, [this](qint64 id) {
        highlight(id);
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &RopaPage::addActivity);
    connect(m_delete, &QPushButton::clicked, this, &RopaPage::deleteCurrent);

    m_view->sortByColumn(ActivityModel::Reference, Qt::AscendingOrder);
    reload();
    if (m_proxy->rowCount() > 0)
        m_editor->showActivity(
            m_proxy->index(0, 0).data(ActivityModel::ActivityIdRole).toLongLong());
}

QWidget *RopaPage::buildList()
{
    auto *left = new QWidget(this);
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    layout->addLayout(buttons);
    return left;
}

void RopaPage::buildTable()
{
    m_view->setObjectName(QStringLiteral("ropaTable"));
    m_view->setAccessibleName(RopaUiTr::tr("Processing activities"));
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
    auto *deleteAction = new QAction(RopaUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RopaPage::deleteCurrent);
    // Enter (or a double click) on a row goes to its form.
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_editor->focusForm(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RopaPage::onCurrentRowChanged);
}

void RopaPage::setColumnWidths(const QList<int> &widths)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (widths.size() == header->count()) {
        for (int i = 0; i < widths.size(); ++i)
            header->resizeSection(i, widths.at(i));
        return;
    }
    // Widths in characters: the whole name matters most, the flags need little.
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> defaults{
        {ActivityModel::Reference, 10},    {ActivityModel::Name, 26},
        {ActivityModel::Role, 9},          {ActivityModel::BusinessFunction, 15},
        {ActivityModel::LawfulBasis, 13},  {ActivityModel::SpecialCategory, 12},
        {ActivityModel::DpiaRequired, 11}, {ActivityModel::Gaps, 5}};
    for (const auto &w : defaults)
        header->resizeSection(w.first, w.second * ch + 16);
}

bool RopaPage::hasUnappliedChanges() const
{
    return m_editor->hasUnappliedChanges();
}

bool RopaPage::settle()
{
    return m_editor->settle();
}

void RopaPage::reload()
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
        qWarning("ROPA not read: %s", qPrintable(error));
    const Ropa &ropa = m_model->ropa();
    QStringList functions;
    for (const ActivityView &a : ropa.activities) {
        const QString f = a.value(activityField::businessFunction).trimmed();
        if (!f.isEmpty() && !functions.contains(f, Qt::CaseInsensitive))
            functions << f;
    }
    functions.sort(Qt::CaseInsensitive);
    m_filters->setFunctions(functions);
    m_proxy->setFilter(m_filters->filter());
    m_summary->setRopa(ropa);
    m_gaps->setRopa(ropa);
    setColumnWidths(widths);
    m_syncing = false;

    qint64 current = m_editor->currentId();
    // After a delete the neighbour becomes the current activity.
    if (current == 0 && m_rowAfterReload >= 0 && m_proxy->rowCount() > 0) {
        const int row = qMin(m_rowAfterReload, m_proxy->rowCount() - 1);
        current = m_proxy->index(row, 0).data(ActivityModel::ActivityIdRole).toLongLong();
        m_editor->showActivity(current);
    }
    m_rowAfterReload = -1;
    highlight(current);
    updateCount();
    updateActions();
}

void RopaPage::applyFilter()
{
    m_syncing = true;
    m_proxy->setFilter(m_filters->filter());
    m_syncing = false;
    highlight(m_editor->currentId());
    updateCount();
}

bool RopaPage::selectActivity(qint64 id)
{
    if (m_model->rowOfId(id) < 0)
        reload();
    if (!m_editor->showActivity(id))
        return false;
    const int row = m_model->rowOfId(id);
    if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_filters->clear(); // the filters hid it: show everything so the list agrees
    highlight(id);
    return true;
}

void RopaPage::highlight(qint64 id)
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

void RopaPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const qint64 id =
        current.isValid() ? current.data(ActivityModel::ActivityIdRole).toLongLong() : 0;
    if (id == 0 || id == m_editor->currentId())
        return;
    if (!m_editor->showActivity(id)) {
        // The user chose to stay with unapplied edits: back to their activity.
        QTimer::singleShot(0, this, [this] { highlight(m_editor->currentId()); });
    }
}

void RopaPage::onGapActivated(qint64 activityId, const QString &field)
{
    if (activityId <= 0 || !selectActivity(activityId))
        return;
    if (field.isEmpty())
        m_view->setFocus(Qt::OtherFocusReason);
    else
        m_editor->focusField(field);
}

void RopaPage::addActivity()
{
    if (m_recordEditor.isReadOnly() || !m_editor->settle())
        return;
    const std::optional<qint64> id =
        m_recordEditor.create(kinds::activity(),
                              {{activityField::name, RopaUiTr::tr("New processing activity")},
                               {activityField::role, QStringLiteral("controller")}},
                              RopaUiTr::tr("Add processing activity"));
    if (!id)
        return;
    reload();
    if (!selectActivity(*id))
        return;
    m_editor->focusForm();
    m_editor->form().name->selectAll();
}

void RopaPage::deleteCurrent()
{
    const qint64 id = m_editor->currentId();
    if (m_recordEditor.isReadOnly() || id == 0)
        return;
    const std::optional<Record> record =
        m_recordEditor.workspace().records().get(kinds::activity(), id);
    if (!record)
        return;
    const QString label = ropaText::activityLabel(*record);
    if (Dialogs::question(
            this, RopaUiTr::tr("Delete"),
            RopaUiTr::tr("Delete %1?\n\nYou can bring it back with Edit > Undo.").arg(label),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_rowAfterReload = current.isValid() ? current.row() : 0;
    // Unapplied edits of an activity being deleted are moot.
    m_editor->revert();
    if (!m_recordEditor.remove(kinds::activity(), id, RopaUiTr::tr("Delete %1").arg(label))) {
        m_rowAfterReload = -1;
        return;
    }
    reload();
}

void RopaPage::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text;
    if (m_proxy->filter().isEmpty())
        text = total == 1 ? RopaUiTr::tr("1 activity")
                          : RopaUiTr::tr("%1 activities").arg(locale.toString(total));
    else
        text = total == 1 ? RopaUiTr::tr("%1 of 1 activity").arg(locale.toString(shown))
                          : RopaUiTr::tr("%1 of %2 activities")
                                .arg(locale.toString(shown), locale.toString(total));
    m_count->setText(text);
}

void RopaPage::updateActions()
{
    const bool readOnly = m_recordEditor.isReadOnly();
    m_add->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly && m_editor->currentId() != 0);
    // Import and export appear once something handles them, never as dead buttons.
    m_import->setVisible(isSignalConnected(QMetaMethod::fromSignal(&RopaPage::importRequested)));
    m_import->setEnabled(!readOnly);
    m_export->setVisible(isSignalConnected(QMetaMethod::fromSignal(&RopaPage::exportRequested)));
}

void RopaPage::showEvent(QShowEvent *event)
{
    updateActions();
    QWidget::showEvent(event);
}

} // namespace igw
