#include "sharing/ui/sharingpage.h"

#include "pdfview/reportpreviewdialog.h"
#include "register/assets.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/domainwritecommand.h"
#include "reports/agreementreport.h"
#include "ropa/activities.h"
#include "sharing/agreementdocuments.h"
#include "sharing/agreements.h"
#include "sharing/clauselibrary.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/agreementeditor.h"
#include "sharing/ui/agreementmodel.h"
#include "sharing/ui/clausespanel.h"
#include "sharing/ui/flowcoverage.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/dialogs.h"
#include "workspace/directory.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace {

// Text in any column, status by key.
class AgreementFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString status;
    QString text;
    QSet<qint64> documentMatches; // agreements whose documents hold the text
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!status.isEmpty() &&
            m->index(row, 0, parent).data(AgreementModel::StatusKeyRole).toString() != status)
            return false;
        if (text.isEmpty())
            return true;
        if (documentMatches.contains(
                m->index(row, 0, parent).data(AgreementModel::AgreementIdRole).toLongLong()))
            return true;
        for (int c = 0; c < m->columnCount(parent); ++c)
            if (m->index(row, c, parent).data().toString().contains(text, Qt::CaseInsensitive))
                return true;
        return false;
    }
};

QString fileBaseName(const QString &label)
{
    QString name = label;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                 QStringLiteral("_"));
    return name.trimmed().left(120);
}

} // namespace

SharingPage::SharingPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_recordEditor(editor)
    , m_tabs(new QTabWidget(this))
    , m_model(new AgreementModel(editor.workspace(), this))
    , m_proxy(new AgreementFilter(this))
    , m_reloadTimer(new QTimer(this))
    , m_find(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(SharingUiTr::tr("&New Agreement"), this))
    , m_delete(new QPushButton(SharingUiTr::tr("&Delete"), this))
    , m_preview(new QPushButton(SharingUiTr::tr("Pre&view…"), this))
    , m_library(new QPushButton(SharingUiTr::tr("Clause &Library"), this))
    , m_editor(new AgreementEditor(editor, this))
    , m_coverage(new FlowCoverage(editor.workspace(), this))
{
    setObjectName(QStringLiteral("sharingPageContent"));
    m_tabs->setObjectName(QStringLiteral("sharingTabs"));
    m_find->setObjectName(QStringLiteral("agreementFind"));
    m_status->setObjectName(QStringLiteral("agreementStatusFilter"));
    m_view->setObjectName(QStringLiteral("agreementTable"));
    m_count->setObjectName(QStringLiteral("agreementCount"));
    m_add->setObjectName(QStringLiteral("agreementNew"));
    m_delete->setObjectName(QStringLiteral("agreementDelete"));
    m_preview->setObjectName(QStringLiteral("agreementPreview"));
    m_add->setToolTip(SharingUiTr::tr("Draw up an information sharing agreement"));
    m_delete->setToolTip(SharingUiTr::tr("Delete the current agreement (only one never sent "
                                         "for signature)"));
    m_preview->setToolTip(SharingUiTr::tr("See the agreement as the PDF the parties sign, then "
                                          "save it as PDF or ODT"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AgreementModel::SortRole);

    m_tabs->addTab(buildAgreements(), SharingUiTr::tr("&Agreements"));
    m_tabs->addTab(m_coverage, SharingUiTr::tr("&Flows without an agreement"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    setTabOrder(m_find, m_status);
    setTabOrder(m_status, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_preview);
    setTabOrder(m_preview, m_delete);
    setTabOrder(m_delete, m_editor->form().tabs);

    auto *find = new QAction(SharingUiTr::tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(find);
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &SharingPage::reload);
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::agreement().table || table == kinds::agreementParty().table ||
            table == kinds::flow().table || table == kinds::organisation().table ||
            table == kinds::asset().table)
            m_reloadTimer->start();
    });
    connect(m_find, &QLineEdit::textChanged, this,
            [this] { setFilter(m_find->text(), m_status->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(m_find->text(), m_status->currentData().toString()); });
    connect(m_editor, &AgreementEditor::currentAgreementChanged, this, [this](qint64 id) {
        highlight(id);
        updateActions();
    });
    connect(m_coverage, &FlowCoverage::agreementRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        selectAgreement(id);
    });
    connect(m_add, &QPushButton::clicked, this, &SharingPage::addAgreement);
    connect(m_delete, &QPushButton::clicked, this, &SharingPage::deleteCurrent);
    connect(m_preview, &QPushButton::clicked, this, &SharingPage::preview);
    m_library->setObjectName(QStringLiteral("clauseLibrary"));
    m_library->setToolTip(SharingUiTr::tr("Save the standard wording to edit it, or install "
                                          "your organisation's edited clause library"));
    auto *libraryMenu = new QMenu(m_library);
    libraryMenu->addAction(SharingUiTr::tr("Save the Library in Use to Edit…"), this, [this] {
        const QString path = Dialogs::getSaveFileName(
            this, SharingUiTr::tr("Save Clause Library"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("clause-library.json")),
            SharingUiTr::tr("Clause libraries (*.json)"));
        if (!path.isEmpty())
            saveClauseLibrary(path);
    });
    libraryMenu->addAction(SharingUiTr::tr("Install an Edited Library…"), this, [this] {
        const QString path = Dialogs::getOpenFileName(
            this, SharingUiTr::tr("Install Clause Library"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            SharingUiTr::tr("Clause libraries (*.json)"));
        if (!path.isEmpty())
            installClauseLibraryFrom(path);
    });
    m_library->setMenu(libraryMenu);

    m_view->sortByColumn(AgreementModel::Reference, Qt::AscendingOrder);
    reload();
    if (m_proxy->rowCount() > 0)
        m_editor->showAgreement(
            m_proxy->index(0, 0).data(AgreementModel::AgreementIdRole).toLongLong());
}

QWidget *SharingPage::buildAgreements()
{
    m_find->setPlaceholderText(
        SharingUiTr::tr("Reference, title, partner, or words in a signed copy"));
    m_find->setClearButtonEnabled(true);
    m_status->addItem(SharingUiTr::tr("All statuses"), QString());
    for (const auto &c : choices::agreementStatus())
        m_status->addItem(c.second, c.first);
    auto *findLabel = new QLabel(SharingUiTr::tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    m_find->setAccessibleName(SharingUiTr::tr("Find agreements"));
    auto *statusLabel = new QLabel(SharingUiTr::tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_status->setAccessibleName(SharingUiTr::tr("Status filter"));

    m_view->setAccessibleName(SharingUiTr::tr("Information sharing agreements"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int ch = m_view->fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths{
        {AgreementModel::Reference, 10}, {AgreementModel::Title, 34},
        {AgreementModel::Status, 16},    {AgreementModel::Version, 7},
        {AgreementModel::Partners, 30},  {AgreementModel::Signed, 9},
        {AgreementModel::ReviewDate, 11}};
    for (const auto &w : widths)
        m_view->horizontalHeader()->resizeSection(w.first, w.second * ch + 16);
    auto *deleteAction = new QAction(SharingUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &SharingPage::deleteCurrent);
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_editor->focusForm(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                const qint64 id = current.data(AgreementModel::AgreementIdRole).toLongLong();
                if (id != m_editor->currentId() && !m_editor->showAgreement(id))
                    QTimer::singleShot(0, this, [this] { highlight(m_editor->currentId()); });
            });

    auto *filters = new QHBoxLayout;
    filters->addWidget(findLabel);
    filters->addWidget(m_find, 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_library);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(buttons);

    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->setObjectName(QStringLiteral("agreementSplitter"));
    rows->addWidget(top);
    rows->addWidget(m_editor);
    rows->setStretchFactor(0, 2);
    rows->setStretchFactor(1, 5);
    rows->setSizes({170, 540});
    rows->setChildrenCollapsible(false);
    return rows;
}

bool SharingPage::hasUnappliedChanges() const
{
    return m_editor->hasUnappliedChanges();
}

bool SharingPage::settle()
{
    return m_editor->settle();
}

void SharingPage::reload()
{
    m_reloadTimer->stop();
    m_syncing = true;
    QString error;
    if (!m_model->reload(&error))
        qWarning("Agreements not read: %s", qPrintable(error));
    m_syncing = false;
    m_coverage->refresh();
    m_tabs->setTabText(
        1,
        m_coverage->flaggedCount() == 0
            ? SharingUiTr::tr("&Flows without an agreement")
            : SharingUiTr::tr("&Flows without an agreement (%1)").arg(m_coverage->flaggedCount()));
    highlight(m_editor->currentId());
    updateCount();
    updateActions();
}

void SharingPage::setFilter(const QString &text, const QString &status)
{
    auto *filter = static_cast<AgreementFilter *>(m_proxy);
    filter->text = text.trimmed();
    filter->status = status;
    filter->documentMatches.clear();
    for (const DocumentHit &hit :
         agreementDocuments::search(m_recordEditor.workspace(), filter->text, 1000))
        filter->documentMatches.insert(hit.agreementId);
    m_syncing = true;
    filter->refilter();
    m_syncing = false;
    highlight(m_editor->currentId());
    updateCount();
}

bool SharingPage::selectAgreement(qint64 id)
{
    if (m_model->rowOfId(id) < 0)
        reload();
    if (!m_editor->showAgreement(id))
        return false;
    const int row = m_model->rowOfId(id);
    if (row >= 0 && !m_proxy->mapFromSource(m_model->index(row, 0)).isValid()) {
        m_find->clear();
        m_status->setCurrentIndex(0);
    }
    highlight(id);
    return true;
}

void SharingPage::highlight(qint64 id)
{
    const int sourceRow = id > 0 ? m_model->rowOfId(id) : -1;
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_syncing = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncing = false;
}

qint64 SharingPage::addAgreement()
{
    if (m_recordEditor.isReadOnly() || !m_editor->settle())
        return 0;
    Workspace &ws = m_recordEditor.workspace();
    QString error;
    const auto agreement = sharing::createAgreement(
        ws, {{agreementField::title, SharingUiTr::tr("New agreement")}}, &error);
    std::optional<Record> party;
    if (agreement)
        party = sharing::addParty(ws,
                                  {{partyField::agreementId, agreement->id},
                                   {partyField::role, QStringLiteral("controller")},
                                   {partyField::sortOrder, 1}},
                                  &error);
    if (!agreement || !party) {
        Dialogs::warning(this, SharingUiTr::tr("Agreement Not Created"), error);
        if (agreement)
            sharing::removeAgreement(ws, agreement->id, nullptr);
        return 0;
    }
    DomainWriteCommand::push(
        m_recordEditor, SharingUiTr::tr("Add agreement"), {},
        {{&kinds::agreement(), agreement->id}, {&kinds::agreementParty(), party->id}});
    reload();
    if (!selectAgreement(agreement->id))
        return agreement->id;
    m_editor->focusForm();
    m_editor->form().title->selectAll();
    return agreement->id;
}

bool SharingPage::deleteCurrent()
{
    const qint64 id = m_editor->currentId();
    if (m_recordEditor.isReadOnly() || id == 0)
        return false;
    const auto record = m_recordEditor.workspace().records().get(kinds::agreement(), id);
    if (!record)
        return false;
    if (Dialogs::question(this, SharingUiTr::tr("Delete Agreement"),
                          SharingUiTr::tr("Delete %1 %2 with its parties? An agreement that never "
                                          "went out for signature leaves nothing behind; this "
                                          "cannot be undone.")
                              .arg(record->ref, record->title(kinds::agreement())),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    m_editor->revert();
    QString error;
    if (!sharing::removeAgreement(m_recordEditor.workspace(), id, &error)) {
        Dialogs::information(this, SharingUiTr::tr("Delete Agreement"), error);
        return false;
    }
    reload();
    if (m_proxy->rowCount() > 0)
        m_editor->showAgreement(
            m_proxy->index(0, 0).data(AgreementModel::AgreementIdRole).toLongLong());
    return true;
}

void SharingPage::preview()
{
    const qint64 id = m_editor->currentId();
    if (id == 0 || !m_editor->settle())
        return;
    Workspace &ws = m_recordEditor.workspace();
    const auto record = ws.records().get(kinds::agreement(), id);
    if (!record)
        return;
    const QString label =
        SharingUiTr::tr("%1 %2").arg(record->ref, record->title(kinds::agreement()));
    ReportPreviewDialog dialog(
        {SharingUiTr::tr("Preview: %1").arg(label),
         SharingUiTr::tr("%1, version %2, as the parties will sign it. Save PDF keeps exactly "
                         "this file.")
             .arg(label)
             .arg(qMax(1, record->value(agreementField::version).toInt())),
         fileBaseName(SharingUiTr::tr("%1 v%2 %3")
                          .arg(record->ref)
                          .arg(qMax(1, record->value(agreementField::version).toInt()))
                          .arg(record->title(kinds::agreement()))),
         SharingUiTr::tr("the agreement")},
        [&ws, id](const QString &path, const QString &format, QString *error,
                  const std::function<bool(int, int)> &progress) {
            return writeAgreementReport(ws, id, path, format, error, progress);
        },
        this);
    dialog.setObjectName(QStringLiteral("agreementPreviewDialog"));
    dialog.render();
    dialog.exec();
}

bool SharingPage::saveClauseLibrary(const QString &path)
{
    const QByteArray json = currentClauseLibraryJson(m_recordEditor.workspace());
    // Indented, so it reads and diffs well in a text editor.
    const QByteArray pretty = QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pretty) != pretty.size() || !file.commit()) {
        Dialogs::critical(this, SharingUiTr::tr("Save Failed"),
                          SharingUiTr::tr("The clause library could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}

bool SharingPage::installClauseLibraryFrom(const QString &path)
{
    if (m_recordEditor.isReadOnly())
        return false;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = SharingUiTr::tr("Cannot read %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > ClauseLibrary::maxLibraryBytes) {
        error = SharingUiTr::tr("%1 is larger than a clause library may be (%2 KB).")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(ClauseLibrary::maxLibraryBytes / 1024);
    } else if (installClauseLibrary(m_recordEditor.workspace(),
                                    file.read(ClauseLibrary::maxLibraryBytes), &error)) {
        Dialogs::information(
            this, SharingUiTr::tr("Clause Library Installed"),
            SharingUiTr::tr("Version %1 of the clause library is now used for new agreements. "
                            "Agreements already drawn up keep the wording they were drawn up "
                            "with.")
                .arg(currentClauseLibrary(m_recordEditor.workspace()).version));
        m_editor->clauses()->setAgreement(m_editor->currentId());
        return true;
    }
    Dialogs::warning(this, SharingUiTr::tr("Clause Library Not Installed"), error);
    return false;
}

void SharingPage::updateCount()
{
    const QLocale locale;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? SharingUiTr::tr("%1 agreement(s)").arg(locale.toString(total))
                                    : SharingUiTr::tr("%1 of %2 agreement(s)")
                                          .arg(locale.toString(shown), locale.toString(total)));
}

void SharingPage::updateActions()
{
    const bool readOnly = m_recordEditor.isReadOnly();
    const bool has = m_editor->currentId() != 0;
    m_add->setEnabled(!readOnly);
    m_preview->setEnabled(has);
    m_delete->setEnabled(!readOnly && has);
}

} // namespace igw
