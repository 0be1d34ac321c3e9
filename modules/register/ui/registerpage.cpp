#include "register/ui/registerpage.h"

#include "register/assets.h"
#include "register/ui/asseteditor.h"
#include "register/ui/assetmodel.h"
#include "register/ui/assettablecolumns.h"
#include "register/ui/bulkeditdialog.h"
#include "register/ui/columnchooser.h"
#include "register/ui/exportassets.h"
#include "register/ui/importdialog.h"
#include "register/ui/recordbatchcommand.h"
#include "register/ui/registeruitr.h"
#include "register/ui/reviewstrip.h"
#include "register/validation.h"
#include "widgets/dialogs.h"
#include "workspace/sql.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace igw {

namespace {

const QString PresetPrefix = QStringLiteral("preset:");
const QString SavedPrefix = QStringLiteral("saved:");
constexpr int SearchDelayMs = 250;
// Selections larger than this are not restored after the table reloads.
constexpr int KeptSelection = 300;

QString assetLabel(const Record &record)
{
    return RegisterUiTr::tr("%1 %2").arg(record.ref, record.title(kinds::asset()));
}

} // namespace

RegisterPage::RegisterPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_recordEditor(editor)
    , m_model(new AssetModel(editor.workspace(), this))
    , m_strip(new ReviewStrip(this))
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_filterCombo(new QComboBox(this))
    , m_saveFilter(new QPushButton(RegisterUiTr::tr("Sa&ve Filter…"), this))
    , m_deleteFilter(new QPushButton(RegisterUiTr::tr("Remove Filter"), this))
    , m_columnsButton(new QToolButton(this))
    , m_add(new QPushButton(RegisterUiTr::tr("&Add Asset"), this))
    , m_bulk(new QPushButton(RegisterUiTr::tr("&Edit Selected…"), this))
    , m_delete(new QPushButton(RegisterUiTr::tr("&Delete"), this))
    , m_columnFilterBar(new QWidget(this))
    , m_columnFilterText(new QLabel(m_columnFilterBar))
    , m_view(new QTableView(this))
    , m_columns(nullptr)
    , m_editor(new AssetEditor(editor, this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("registerPage"));

    auto *heading = new QLabel(RegisterUiTr::tr("Information Asset Register"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    buildToolbar();
    buildTable();

    auto *clearColumns = new QPushButton(RegisterUiTr::tr("Show All Values"), m_columnFilterBar);
    clearColumns->setObjectName(QStringLiteral("clearColumnFilters"));
    m_columnFilterText->setObjectName(QStringLiteral("columnFilterText"));
    m_columnFilterText->setWordWrap(true);
    auto *columnFilterLayout = new QHBoxLayout(m_columnFilterBar);
    columnFilterLayout->setContentsMargins(0, 0, 0, 0);
    columnFilterLayout->addWidget(m_columnFilterText, 1);
    columnFilterLayout->addWidget(clearColumns);
    m_columnFilterBar->hide();
    connect(clearColumns, &QPushButton::clicked, this, [this] {
        m_filter.columns.clear();
        applyFilter();
        m_view->setFocus(Qt::OtherFocusReason);
    });

    m_count->setObjectName(QStringLiteral("assetCount"));
    m_editor->setMinimumWidth(320);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_columnFilterBar);
    leftLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_bulk);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    listButtons->addWidget(m_count);
    leftLayout->addLayout(listButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("registerSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table gets most of the width; the form keeps enough for its labels and fields.
    splitter->setSizes({580, 420});
    splitter->setChildrenCollapsible(false);

    auto *toolbar = new QHBoxLayout;
    auto *searchLabel = new QLabel(RegisterUiTr::tr("Sear&ch:"), this);
    searchLabel->setBuddy(m_search);
    auto *filterLabel = new QLabel(RegisterUiTr::tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filterCombo);
    toolbar->addWidget(searchLabel);
    toolbar->addWidget(m_search, 2);
    toolbar->addWidget(filterLabel);
    toolbar->addWidget(m_filterCombo, 1);
    toolbar->addWidget(m_saveFilter);
    toolbar->addWidget(m_deleteFilter);
    toolbar->addWidget(m_columnsButton);
    // Spreadsheets in and out: IG teams hold registers in Excel today.
    auto *importButton = new QPushButton(RegisterUiTr::tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("assetImport"));
    importButton->setToolTip(RegisterUiTr::tr("Import assets from an Excel or CSV file"));
    importButton->setEnabled(!m_recordEditor.isReadOnly());
    auto *exportButton = new QPushButton(RegisterUiTr::tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("assetExport"));
    exportButton->setToolTip(
        RegisterUiTr::tr("Export the assets shown (with the current filter) to Excel or CSV"));
    toolbar->addWidget(importButton);
    toolbar->addWidget(exportButton);
    connect(importButton, &QPushButton::clicked, this,
            [this] { ImportDialog::run(m_recordEditor.workspace(), this); });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const AssetCondition condition =
            assetFilters::toSql(m_filter, m_recordEditor.workspace(), QDate::currentDate());
        exportAssetsInteractively(m_recordEditor.workspace(), this, condition.where,
                                  condition.binds);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_strip);
    layout->addLayout(toolbar);
    layout->addWidget(splitter, 1);

    // Reading order: the reminder, the toolbar, the table and its buttons, then the form.
    setTabOrder(m_strip->button(), m_search);
    setTabOrder(m_search, m_filterCombo);
    setTabOrder(m_filterCombo, m_saveFilter);
    setTabOrder(m_saveFilter, m_deleteFilter);
    setTabOrder(m_deleteFilter, m_columnsButton);
    setTabOrder(m_columnsButton, importButton);
    setTabOrder(importButton, exportButton);
    setTabOrder(exportButton, clearColumns);
    setTabOrder(clearColumns, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_bulk);
    setTabOrder(m_bulk, m_delete);
    setTabOrder(m_delete, m_editor->tabs());

    auto *find = new QAction(RegisterUiTr::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_strip, &ReviewStrip::showRequested, this,
            [this] { showPreset(AssetPreset::ReviewOverdue); });
    connect(m_editor, &AssetEditor::currentAssetChanged, this, [this](qint64 id) {
        if (!m_syncing && id != 0)
            highlight(id);
        updateActions();
    });
    connect(m_model, &AssetModel::modelAboutToBeReset, this, &RegisterPage::onAboutToReset);
    connect(m_model, &AssetModel::modelReset, this, &RegisterPage::onReset);

    m_saved = assetFilters::loadSaved(editor.workspace());
    refillFilters();
    m_view->sortByColumn(int(AssetTableColumn::Name), Qt::AscendingOrder);
    updateSummary();
    updateActions();
    if (m_model->rowCount() > 0)
        selectRow(0);
}

void RegisterPage::buildToolbar()
{
    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(RegisterUiTr::tr("Name, reference, function, system…"));
    m_search->setAccessibleName(RegisterUiTr::tr("Search assets"));
    m_search->setToolTip(RegisterUiTr::tr("Filters the register as you type (Ctrl+F)"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applySearchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearchNow();
        m_view->setFocus(Qt::OtherFocusReason);
    });

    m_filterCombo->setObjectName(QStringLiteral("assetFilter"));
    m_filterCombo->setAccessibleName(RegisterUiTr::tr("Show"));
    m_filterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filterCombo, &QComboBox::activated, this, &RegisterPage::onFilterChosen);

    m_saveFilter->setObjectName(QStringLiteral("saveFilter"));
    m_saveFilter->setToolTip(
        RegisterUiTr::tr("Save the search, filter and sort under a name in this workspace"));
    m_deleteFilter->setObjectName(QStringLiteral("deleteFilter"));
    m_deleteFilter->setToolTip(RegisterUiTr::tr("Remove the chosen saved filter"));
    connect(m_saveFilter, &QPushButton::clicked, this, &RegisterPage::saveFilter);
    connect(m_deleteFilter, &QPushButton::clicked, this, &RegisterPage::deleteFilter);

    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setText(RegisterUiTr::tr("Colu&mns"));
    m_columnsButton->setToolTip(RegisterUiTr::tr("Choose the columns to show"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_add->setObjectName(QStringLiteral("assetAdd"));
    m_add->setToolTip(RegisterUiTr::tr("Add an asset to the register"));
    m_bulk->setObjectName(QStringLiteral("assetBulkEdit"));
    m_bulk->setToolTip(RegisterUiTr::tr("Change the owner, classification, status or review "
                                        "date of all selected assets in one step"));
    m_delete->setObjectName(QStringLiteral("assetDelete"));
    m_delete->setToolTip(RegisterUiTr::tr("Delete the selected assets (Delete key in the table)"));
    connect(m_add, &QPushButton::clicked, this, &RegisterPage::startNew);
    connect(m_bulk, &QPushButton::clicked, this, &RegisterPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &RegisterPage::deleteSelected);
}

void RegisterPage::buildTable()
{
    m_view->setObjectName(QStringLiteral("assetTable"));
    m_view->setAccessibleName(RegisterUiTr::tr("Information assets"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, whatever the register's size.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    setDefaultColumnWidths();

    QList<ColumnChooser::Column> columns;
    for (const AssetTableColumnInfo &c : assetTable::all())
        columns.append({c.key, c.label, c.visibleByDefault,
                        c.column == AssetTableColumn::Name || c.column == AssetTableColumn::Ref});
    m_columns = new ColumnChooser(m_view, columns, QStringLiteral("register/hiddenColumns"), this);
    m_columnsButton->setMenu(m_columns->menu());

    auto *deleteAction = new QAction(RegisterUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RegisterPage::deleteSelected);
    auto *openAction = new QAction(RegisterUiTr::tr("Edit in the form"), m_view);
    openAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    openAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(openAction);
    connect(openAction, &QAction::triggered, this, [this] { m_editor->focusForm(); });

    connect(m_view, &QWidget::customContextMenuRequested, this, &RegisterPage::showTableMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegisterPage::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::updateActions);
}

void RegisterPage::setDefaultColumnWidths()
{
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QHash<AssetTableColumn, int> chars{{AssetTableColumn::Ref, 9},
                                             {AssetTableColumn::Name, 30},
                                             {AssetTableColumn::BusinessFunction, 20},
                                             {AssetTableColumn::Owner, 18},
                                             {AssetTableColumn::Administrator, 18},
                                             {AssetTableColumn::SystemLocation, 20},
                                             {AssetTableColumn::Classification, 19},
                                             {AssetTableColumn::PersonalData, 13},
                                             {AssetTableColumn::SpecialCategory, 15},
                                             {AssetTableColumn::CriminalOffence, 15},
                                             {AssetTableColumn::Criticality, 11},
                                             {AssetTableColumn::Status, 9},
                                             {AssetTableColumn::LastReview, 12},
                                             {AssetTableColumn::NextReview, 28},
                                             {AssetTableColumn::LawfulBasis, 34}};
    for (auto it = chars.cbegin(); it != chars.cend(); ++it)
        m_view->setColumnWidth(int(it.key()), it.value() * ch + 16);
}

bool RegisterPage::hasUnappliedChanges() const
{
    return m_editor->hasUnappliedChanges();
}

bool RegisterPage::settle()
{
    return m_editor->settle();
}

void RegisterPage::applySearchNow()
{
    m_searchTimer->stop();
    const QString text = m_search->text().simplified();
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    applyFilter();
}

void RegisterPage::applyFilter()
{
    m_model->setFilter(m_filter);
    QStringList parts;
    for (const AssetColumnFilter &c : std::as_const(m_filter.columns))
        parts << RegisterUiTr::tr("%1 is “%2”")
                     .arg(assetTable::info(c.column).label,
                          c.text.isEmpty() ? RegisterUiTr::tr("not set") : c.text);
    m_columnFilterText->setText(
        RegisterUiTr::tr("Only rows where %1.").arg(parts.join(RegisterUiTr::tr(" and "))));
    m_columnFilterBar->setVisible(!parts.isEmpty());
}

void RegisterPage::refillFilters(const QString &select)
{
    m_saved = assetFilters::loadSaved(m_recordEditor.workspace());
    const QString current = select.isEmpty() ? m_filterCombo->currentData().toString() : select;
    const QSignalBlocker blocker(m_filterCombo);
    m_filterCombo->clear();
    for (AssetPreset preset : assetFilters::presets())
        m_filterCombo->addItem(assetFilters::presetLabel(preset),
                               QString(PresetPrefix + assetFilters::presetKey(preset)));
    if (!m_saved.isEmpty()) {
        m_filterCombo->insertSeparator(m_filterCombo->count());
        for (const SavedAssetFilter &saved : std::as_const(m_saved))
            m_filterCombo->addItem(saved.name, QString(SavedPrefix + saved.name));
    }
    const int index = m_filterCombo->findData(current);
    m_filterCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateActions();
}

void RegisterPage::onFilterChosen(int index)
{
    const QString data = m_filterCombo->itemData(index).toString();
    if (data.startsWith(PresetPrefix)) {
        m_filter.preset = assetFilters::presetFromKey(data.mid(PresetPrefix.size()));
        applyFilter();
    } else if (data.startsWith(SavedPrefix)) {
        const QString name = data.mid(SavedPrefix.size());
        for (const SavedAssetFilter &saved : std::as_const(m_saved)) {
            if (saved.name != name)
                continue;
            m_filter = saved.filter;
            {
                const QSignalBlocker blocker(m_search);
                m_search->setText(saved.filter.search);
            }
            m_searchTimer->stop();
            m_view->horizontalHeader()->setSortIndicator(int(saved.sortColumn), saved.sortOrder);
            applyFilter();
            break;
        }
    }
    updateActions();
}

void RegisterPage::showPreset(AssetPreset preset)
{
    const int index =
        m_filterCombo->findData(QString(PresetPrefix + assetFilters::presetKey(preset)));
    if (index < 0)
        return;
    m_filterCombo->setCurrentIndex(index);
    onFilterChosen(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void RegisterPage::saveFilter()
{
    if (m_recordEditor.isReadOnly())
        return;
    applySearchNow();
    const QString currentData = m_filterCombo->currentData().toString();
    const QString suggestion =
        currentData.startsWith(SavedPrefix) ? currentData.mid(SavedPrefix.size()) : QString();
    const QString name = Dialogs::getText(this, RegisterUiTr::tr("Save Filter"),
                                          RegisterUiTr::tr("Name for this filter:"), suggestion)
                             .simplified();
    if (name.isEmpty())
        return;
    SavedAssetFilter saved;
    saved.name = name;
    saved.filter = m_filter;
    saved.sortColumn = AssetTableColumn(m_model->sortColumn());
    saved.sortOrder = m_model->sortOrder();
    QList<SavedAssetFilter> all = assetFilters::loadSaved(m_recordEditor.workspace());
    all.removeIf(
        [&](const SavedAssetFilter &f) { return f.name.compare(name, Qt::CaseInsensitive) == 0; });
    all << saved;
    QString error;
    if (!assetFilters::storeSaved(m_recordEditor.workspace(), all, &error)) {
        Dialogs::warning(this, RegisterUiTr::tr("Filter Not Saved"), error);
        return;
    }
    refillFilters(SavedPrefix + name);
}

void RegisterPage::deleteFilter()
{
    const QString data = m_filterCombo->currentData().toString();
    if (m_recordEditor.isReadOnly() || !data.startsWith(SavedPrefix))
        return;
    const QString name = data.mid(SavedPrefix.size());
    if (Dialogs::question(this, RegisterUiTr::tr("Remove Filter"),
                          RegisterUiTr::tr("Remove the saved filter “%1”? The assets are not "
                                           "affected.")
                              .arg(name),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QList<SavedAssetFilter> all = assetFilters::loadSaved(m_recordEditor.workspace());
    all.removeIf([&](const SavedAssetFilter &f) { return f.name == name; });
    QString error;
    if (!assetFilters::storeSaved(m_recordEditor.workspace(), all, &error)) {
        Dialogs::warning(this, RegisterUiTr::tr("Filter Not Removed"), error);
        return;
    }
    refillFilters(PresetPrefix + assetFilters::presetKey(AssetPreset::All));
    m_filter.preset = AssetPreset::All;
    applyFilter();
}

void RegisterPage::addColumnFilter(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    AssetColumnFilter filter;
    filter.column = AssetTableColumn(index.column());
    filter.value = index.data(AssetModel::StoredValueRole);
    filter.text = index.data(Qt::DisplayRole).toString();
    m_filter.columns.removeIf(
        [&](const AssetColumnFilter &c) { return c.column == filter.column; });
    m_filter.columns << filter;
    m_keepId = m_editor->currentId();
    applyFilter();
}

void RegisterPage::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        const QString label = assetTable::info(index.column()).label;
        const QString value = index.data(Qt::DisplayRole).toString();
        QAction *only = menu.addAction(
            value.isEmpty() ? RegisterUiTr::tr("Only Rows Without %1").arg(label)
                            : RegisterUiTr::tr("Only Rows Where %1 Is “%2”").arg(label, value));
        connect(only, &QAction::triggered, this, [this, index] { addColumnFilter(index); });
        menu.addSeparator();
    }
    QAction *bulk = menu.addAction(m_bulk->text(), this, &RegisterPage::editSelected);
    bulk->setEnabled(m_bulk->isEnabled());
    QAction *del = menu.addAction(m_delete->text(), this, &RegisterPage::deleteSelected);
    del->setEnabled(m_delete->isEnabled());
    menu.addSeparator();
    menu.addMenu(m_columns->menu());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QList<qint64> RegisterPage::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelection selection = m_view->selectionModel()->selection();
    QList<int> rows;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        const qint64 id = m_model->idAt(row);
        if (id > 0)
            ids << id;
    }
    return ids;
}

void RegisterPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void RegisterPage::selectAsset(qint64 id)
{
    if (m_editor->showAsset(id))
        highlight(id);
}

void RegisterPage::highlight(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0 || m_view->selectionModel()->currentIndex().row() == row)
        return;
    m_syncing = true;
    selectRow(row);
    m_syncing = false;
}

void RegisterPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (m_syncing)
        return;
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id == 0 || id == m_editor->currentId())
        return;
    if (!m_editor->showAsset(id)) {
        // The user chose to stay with unapplied edits: back to their asset.
        QTimer::singleShot(0, this, [this] { highlight(m_editor->currentId()); });
    }
}

void RegisterPage::onAboutToReset()
{
    if (m_keepId == 0)
        m_keepId = m_editor->currentId();
    m_keepSelection.clear();
    const QItemSelection selection = m_view->selectionModel()->selection();
    qsizetype rows = 0;
    for (const QItemSelectionRange &range : selection)
        rows += range.height();
    if (rows > 1 && rows <= KeptSelection)
        m_keepSelection = selectedIds();
}

void RegisterPage::onReset()
{
    m_syncing = true;
    const qint64 keep = m_keepId ? m_keepId : m_editor->currentId();
    m_keepId = 0;
    int row = keep ? m_model->rowOfId(keep) : -1;
    const bool neighbour = row < 0;
    if (row < 0 && m_rowAfterReset >= 0 && m_model->rowCount() > 0)
        row = qMin(m_rowAfterReset, m_model->rowCount() - 1);
    m_rowAfterReset = -1;
    // Rows near the current one are usually the rest of the selection: read their pages
    // once, so finding them needs no query each.
    if (row >= 0 && !m_keepSelection.isEmpty()) {
        m_model->idAt(qMax(0, row - AssetModel::PageSize));
        m_model->idAt(qMin(m_model->rowCount() - 1, row + AssetModel::PageSize));
    }
    QItemSelection kept;
    for (qint64 id : std::as_const(m_keepSelection)) {
        const int r = m_model->rowOfId(id);
        if (r >= 0)
            kept.select(m_model->index(r, 0), m_model->index(r, m_model->columnCount() - 1));
    }
    m_keepSelection.clear();
    if (!kept.isEmpty()) {
        // A multiple selection comes back as it was, with the current row where it was.
        m_view->selectionModel()->select(kept, QItemSelectionModel::ClearAndSelect);
        if (row >= 0)
            m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                      QItemSelectionModel::NoUpdate);
    } else if (row >= 0) {
        selectRow(row);
    }
    m_syncing = false;
    // After a delete the neighbour becomes the current asset.
    if (row >= 0 && neighbour && m_editor->currentId() == 0 && !m_editor->isNew())
        m_editor->showAsset(m_model->idAt(row));
    updateSummary();
    updateActions();
}

void RegisterPage::updateSummary()
{
    Workspace &ws = m_recordEditor.workspace();
    const QLocale locale;
    const qint64 total =
        sql::scalar(ws.database(), QStringLiteral("SELECT count(*) FROM assets")).toLongLong();
    const int shown = m_model->rowCount();
    const bool filtered = m_filter.preset != AssetPreset::All || !m_filter.search.isEmpty() ||
                          !m_filter.columns.isEmpty();
    if (filtered)
        m_count->setText(RegisterUiTr::tr("Showing %1 of %2 assets")
                             .arg(locale.toString(shown), locale.toString(total)));
    else
        m_count->setText(total == 1 ? RegisterUiTr::tr("1 asset")
                                    : RegisterUiTr::tr("%1 assets").arg(locale.toString(total)));

    const AssetCondition overdue = assetFilters::overdue(m_model->today());
    const qint64 late =
        sql::scalar(ws.database(),
                    QStringLiteral("SELECT count(*) FROM assets a WHERE ") + overdue.where,
                    overdue.binds)
            .toLongLong();
    m_strip->setOverdueCount(late);
    m_strip->button()->setEnabled(m_filter.preset != AssetPreset::ReviewOverdue);
}

void RegisterPage::updateActions()
{
    const bool readOnly = m_recordEditor.isReadOnly();
    const QItemSelection selection = m_view->selectionModel()->selection();
    qsizetype rows = 0;
    for (const QItemSelectionRange &range : selection)
        rows += range.height();
    m_add->setEnabled(!readOnly);
    m_bulk->setEnabled(!readOnly && rows >= 2);
    m_delete->setEnabled(!readOnly && (rows >= 1 || m_editor->currentId() != 0));
    m_saveFilter->setEnabled(!readOnly);
    m_deleteFilter->setEnabled(!readOnly &&
                               m_filterCombo->currentData().toString().startsWith(SavedPrefix));
}

void RegisterPage::startNew()
{
    m_editor->startNew();
}

void RegisterPage::deleteSelected()
{
    if (m_recordEditor.isReadOnly())
        return;
    QList<qint64> ids = selectedIds();
    if (ids.isEmpty() && m_editor->currentId() != 0)
        ids << m_editor->currentId();
    if (ids.isEmpty())
        return;
    Workspace &ws = m_recordEditor.workspace();
    QString question;
    QString undoText;
    if (ids.size() == 1) {
        const std::optional<Record> record = ws.records().get(kinds::asset(), ids.constFirst());
        if (!record)
            return;
        question = RegisterUiTr::tr("Delete %1?\n\nYou can bring it back with Edit > Undo.")
                       .arg(assetLabel(*record));
        undoText = RegisterUiTr::tr("Delete %1").arg(assetLabel(*record));
    } else {
        question = RegisterUiTr::tr("Delete %n assets?\n\nYou can bring them back with Edit > "
                                    "Undo.",
                                    nullptr, int(ids.size()));
        undoText = RegisterUiTr::tr("Delete %n assets", nullptr, int(ids.size()));
    }
    if (Dialogs::question(this, RegisterUiTr::tr("Delete"), question,
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_rowAfterReset = current.isValid() ? current.row() : 0;
    // Unapplied edits of an asset being deleted are moot.
    if (ids.contains(m_editor->currentId()))
        m_editor->revert();
    if (ids.size() == 1) {
        m_recordEditor.remove(kinds::asset(), ids.constFirst(), undoText);
        return;
    }
    auto error = std::make_shared<QString>();
    auto *batch = new RecordBatchCommand(ws, undoText);
    batch->setErrorHandler([error](const QString &message) { *error = message; });
    for (qint64 id : std::as_const(ids))
        new DeleteRecordCommand(ws, kinds::asset(), id, undoText, batch);
    m_recordEditor.undoStack().push(batch);
    if (!error->isEmpty())
        Dialogs::warning(this, RegisterUiTr::tr("Assets Not Deleted"),
                         RegisterUiTr::tr("None of the assets was deleted: %1").arg(*error));
}

void RegisterPage::editSelected()
{
    if (m_recordEditor.isReadOnly())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.size() < 2 || !m_editor->settle())
        return;
    auto *dialog = new BulkEditDialog(m_recordEditor.workspace(), int(ids.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, ids] { applyBulkEdit(ids, dialog->changes()); });
    dialog->open();
}

bool RegisterPage::applyBulkEdit(const QList<qint64> &ids, const QVariantMap &changes)
{
    if (m_recordEditor.isReadOnly() || ids.isEmpty() || changes.isEmpty())
        return false;
    Workspace &ws = m_recordEditor.workspace();
    // Refuse changes that would make an asset invalid (e.g. a next review before its last).
    QStringList problems;
    for (qint64 id : ids) {
        const std::optional<Record> record = ws.records().get(kinds::asset(), id);
        if (!record)
            continue;
        QVariantMap values = record->values;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            values.insert(it.key(), it.value());
        const ValidationIssues issues = validateAsset(values);
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error && changes.contains(issue.field))
                problems << RegisterUiTr::tr("%1: %2").arg(record->ref, issue.message);
        }
    }
    if (!problems.isEmpty()) {
        constexpr int Listed = 5;
        QString text = problems.mid(0, Listed).join(QLatin1Char('\n'));
        if (problems.size() > Listed)
            text +=
                QLatin1Char('\n') + RegisterUiTr::tr("(and %1 more)").arg(problems.size() - Listed);
        Dialogs::warning(this, RegisterUiTr::tr("Assets Not Changed"),
                         RegisterUiTr::tr("Nothing was changed, because:\n%1").arg(text));
        return false;
    }
    const QString text = BulkEditDialog::describe(changes, int(ids.size()));
    auto error = std::make_shared<QString>();
    auto batch = std::make_unique<RecordBatchCommand>(ws, text);
    batch->setErrorHandler([error](const QString &message) { *error = message; });
    bool anyChange = false;
    for (qint64 id : ids) {
        auto *command = new UpdateRecordCommand(ws, kinds::asset(), id, changes, text, batch.get());
        anyChange = anyChange || command->hasChanges();
    }
    if (!anyChange)
        return true;
    m_keepId = m_editor->currentId();
    m_recordEditor.undoStack().push(batch.release());
    if (!error->isEmpty()) {
        Dialogs::warning(this, RegisterUiTr::tr("Assets Not Changed"),
                         RegisterUiTr::tr("Nothing was changed: %1").arg(*error));
        return false;
    }
    return true;
}

} // namespace igw
