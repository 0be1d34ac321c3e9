#include "workspace/ui/recordpanel.h"

#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/ui/fieldbinder.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/ui/recordlistmodel.h"
#include "workspace/ui/workspaceuitr.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace igw {

RecordPanel::RecordPanel(RecordEditor &editor, const RecordKind &kind, const QStringList &columns,
                         const Names &names, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_kind(kind)
    , m_names(names)
    , m_model(new RecordListModel(editor.workspace(), kind, columns, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_binder(new FieldBinder(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(WorkspaceUiTr::tr("&Add"), this))
    , m_delete(new QPushButton(WorkspaceUiTr::tr("&Delete"), this))
    , m_formBox(new QWidget)
    , m_title(new QLabel(m_formBox))
    , m_meta(new QLabel(m_formBox))
    , m_form(new QFormLayout)
    , m_issues(new ValidationLabel(m_formBox))
    , m_apply(new QPushButton(WorkspaceUiTr::tr("A&pply"), m_formBox))
    , m_revert(new QPushButton(WorkspaceUiTr::tr("&Revert"), m_formBox))
{
    m_filter->setObjectName(names.list + QStringLiteral("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_view->setObjectName(names.list + QStringLiteral("View"));
    m_add->setObjectName(names.item + QStringLiteral("Add"));
    m_delete->setObjectName(names.item + QStringLiteral("Delete"));
    m_apply->setObjectName(names.item + QStringLiteral("Apply"));
    m_revert->setObjectName(names.item + QStringLiteral("Revert"));
    m_issues->setObjectName(names.item + QStringLiteral("Issues"));
    m_title->setObjectName(names.item + QStringLiteral("Title"));
    m_delete->setToolTip(WorkspaceUiTr::tr("Delete the selected entry (Delete key in the list)"));
    m_apply->setToolTip(WorkspaceUiTr::tr("Save the changes in the form (Enter)"));
    m_revert->setToolTip(WorkspaceUiTr::tr("Discard the changes in the form"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(columns.isEmpty() ? 0 : 1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Columns fit their contents, but one long role must not push the rest out of view.
    m_view->horizontalHeader()->setMaximumSectionSize(m_view->fontMetrics().averageCharWidth() *
                                                      40);
    m_view->setTabKeyNavigation(false);

    auto *deleteAction = new QAction(WorkspaceUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &RecordPanel::deleteCurrent);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordPanel::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordPanel::onModelReset);
    connect(m_add, &QPushButton::clicked, this, [this] { startNew(); });
    connect(m_delete, &QPushButton::clicked, this, &RecordPanel::deleteCurrent);
    connect(m_apply, &QPushButton::clicked, this, &RecordPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &RecordPanel::revert);
    connect(m_binder, &FieldBinder::edited, this, &RecordPanel::updateState);

    // Left: filter, list and list buttons.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);

    // Right: the form for the chosen record.
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->addWidget(m_title);
    formLayout->addWidget(m_meta);
    formLayout->addSpacing(6);
    formLayout->addLayout(m_form);
    formLayout->addWidget(m_issues);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_apply);
    formButtons->addWidget(m_revert);
    formButtons->addStretch(1);
    formLayout->addLayout(formButtons);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form narrows with the pane (fields are elided) rather than scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void RecordPanel::setListLabels(const QString &filterLabel, const QString &listAccessibleName)
{
    m_filterLabel->setText(filterLabel);
    m_filter->setAccessibleName(
        QString(filterLabel).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_filter->setPlaceholderText(WorkspaceUiTr::tr("Type to filter the list"));
    m_view->setAccessibleName(listAccessibleName);
}

void RecordPanel::finishForm()
{
    // Reading order: list first, then the form top to bottom, then its buttons.
    QWidget *previous = m_delete;
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_delete);
    for (const QString &field : m_binder->fields()) {
        QWidget *w = m_binder->widget(field);
        setTabOrder(previous, w);
        previous = w;
        if (auto *line = qobject_cast<QLineEdit *>(w))
            connect(line, &QLineEdit::returnPressed, this, &RecordPanel::apply);
        // Accessible names come from the form labels, without the mnemonic marker.
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(w))) {
            if (w->accessibleName().isEmpty())
                w->setAccessibleName(
                    label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        }
    }
    setTabOrder(previous, m_apply);
    setTabOrder(m_apply, m_revert);
    m_binder->setReadOnly(m_editor.isReadOnly());
    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        show(m_model->recordAt(m_proxy->mapToSource(m_proxy->index(0, 0)).row()));
    else
        show(std::nullopt);
}

bool RecordPanel::hasUnappliedChanges() const
{
    return (m_new || m_currentId) && m_binder->isDirty();
}

qint64 RecordPanel::idAtProxyRow(int row) const
{
    return m_proxy->index(row, 0).data(RecordListModel::RecordIdRole).toLongLong();
}

void RecordPanel::selectProxyRowOf(qint64 id)
{
    m_ignoreSelection = true;
    const int sourceRow = id ? m_model->rowOfId(id) : -1;
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_ignoreSelection = false;
}

void RecordPanel::selectRecord(qint64 id)
{
    if (id == m_currentId && !m_new)
        return;
    if (!settle()) {
        selectProxyRowOf(m_currentId);
        return;
    }
    show(m_editor.workspace().records().get(m_kind, id));
}

void RecordPanel::onCurrentRowChanged()
{
    if (m_ignoreSelection)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? idAtProxyRow(current.row()) : 0;
    // Filtering can clear the selection; the form keeps what it shows.
    if (id == 0)
        return;
    selectRecord(id);
}

void RecordPanel::onModelReset()
{
    m_view->resizeColumnsToContents();
    if (m_new)
        return;
    if (m_currentId == 0)
        return;
    const std::optional<Record> record = m_editor.workspace().records().get(m_kind, m_currentId);
    if (!record) {
        // Deleted, for example by an undo: nothing to show any more.
        show(std::nullopt);
        return;
    }
    selectProxyRowOf(m_currentId);
    // Reflect a change made elsewhere (undo, redo) unless the user is mid-edit.
    if (!m_binder->isDirty())
        show(record);
}

void RecordPanel::show(const std::optional<Record> &record)
{
    m_new = false;
    m_currentId = record ? record->id : 0;
    m_binder->load(record ? formValues(*record) : QVariantMap());
    m_issues->clear();
    if (record) {
        m_title->setText(forms::recordLabel(*record, m_kind));
        const QLocale locale;
        m_meta->setText(
            WorkspaceUiTr::tr("Added %1 by %2. Last changed %3 by %4.")
                .arg(locale.toString(record->createdAt.toLocalTime(), QLocale::ShortFormat),
                     record->createdBy,
                     locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
    } else {
        m_title->setText(WorkspaceUiTr::tr("Nothing selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? WorkspaceUiTr::tr("Choose an entry in the list.")
                            : WorkspaceUiTr::tr("Choose an entry in the list, or Add a new one."));
    }
    selectProxyRowOf(m_currentId);
    recordShown(record);
    updateState();
    emit currentRecordChanged(m_currentId);
}

void RecordPanel::startNew(const QVariantMap &preset)
{
    if (m_editor.isReadOnly() || !settle())
        return;
    m_new = true;
    m_currentId = 0;
    selectProxyRowOf(0);
    m_binder->load(newValues(preset));
    m_issues->clear();
    m_title->setText(newRecordTitle());
    m_meta->setText(WorkspaceUiTr::tr("Not saved yet: fill in the form and choose Apply."));
    recordShown(std::nullopt);
    updateState();
    if (!m_binder->fields().isEmpty())
        m_binder->widget(m_binder->fields().constFirst())->setFocus(Qt::OtherFocusReason);
    emit currentRecordChanged(0);
}

bool RecordPanel::apply()
{
    if (m_editor.isReadOnly() || (!m_new && m_currentId == 0))
        return false;
    const QVariantMap values = m_binder->values();
    const ValidationIssues issues = validate(values);
    const auto messages = forms::messages(issues);
    if (hasErrors(issues)) {
        m_issues->setMessages(messages);
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error) {
                if (QWidget *w = m_binder->widget(issue.field))
                    w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return false;
    }
    qint64 id = m_currentId;
    if (m_new) {
        Record draft;
        draft.values = values;
        const QString label = draft.title(m_kind);
        const std::optional<qint64> created =
            m_editor.create(m_kind, values, WorkspaceUiTr::tr("Add %1").arg(label));
        if (!created)
            return false;
        id = *created;
    } else {
        const QVariantMap changes = m_binder->changes();
        const std::optional<Record> before = m_editor.workspace().records().get(m_kind, id);
        const QString label = before ? forms::recordLabel(*before, m_kind) : QString();
        if (!changes.isEmpty() &&
            !m_editor.update(m_kind, id, changes, WorkspaceUiTr::tr("Edit %1").arg(label)))
            return false;
    }
    show(m_editor.workspace().records().get(m_kind, id));
    // Warnings do not stop saving, but stay in view until the next record is shown.
    m_issues->setMessages(messages);
    return true;
}

void RecordPanel::revert()
{
    if (m_new) {
        m_new = false;
        const int rows = m_proxy->rowCount();
        show(rows > 0 ? std::optional<Record>(
                            m_model->recordAt(m_proxy->mapToSource(m_proxy->index(0, 0)).row()))
                      : std::nullopt);
        return;
    }
    show(m_editor.workspace().records().get(m_kind, m_currentId));
}

void RecordPanel::deleteCurrent()
{
    if (m_editor.isReadOnly() || m_new || m_currentId == 0)
        return;
    const std::optional<Record> record = m_editor.workspace().records().get(m_kind, m_currentId);
    if (!record)
        return;
    const QString label = forms::recordLabel(*record, m_kind);
    if (Dialogs::question(
            this, WorkspaceUiTr::tr("Delete"),
            WorkspaceUiTr::tr("Delete %1?\n\nYou can bring it back with Edit > Undo.").arg(label),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    // Unapplied edits to a record being deleted are moot.
    m_binder->load(formValues(*record));
    if (!m_editor.remove(m_kind, m_currentId, WorkspaceUiTr::tr("Delete %1").arg(label)))
        return;
    // Show the neighbour, so repeated deletes and keyboard use flow naturally.
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        show(m_model->recordAt(m_proxy->mapToSource(m_proxy->index(qMin(row, rows - 1), 0)).row()));
    else
        show(std::nullopt);
}

bool RecordPanel::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const QString what = m_new ? newRecordTitle() : m_title->text();
    const auto answer = Dialogs::question(
        this, WorkspaceUiTr::tr("Unapplied Changes"),
        WorkspaceUiTr::tr("%1 has changes that are not applied yet. Apply them now?").arg(what),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        m_new = false;
        m_binder->load(QVariantMap());
        return true;
    }
    return false;
}

void RecordPanel::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool hasRecord = m_new || m_currentId != 0;
    const bool dirty = m_binder->isDirty();
    m_add->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly && m_currentId != 0 && !m_new);
    m_apply->setEnabled(!readOnly && hasRecord && (m_new || dirty));
    m_revert->setEnabled(!readOnly && hasRecord && (m_new || dirty));
    m_binder->setReadOnly(readOnly || !hasRecord);
}

} // namespace igw
