#include "register/ui/flowspage.h"

#include "register/assets.h"
#include "register/ui/floweditor.h"
#include "register/ui/flowfiltermodel.h"
#include "register/ui/flowmap.h"
#include "register/ui/flowmodel.h"
#include "register/ui/registeruitr.h"
#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace igw {

FlowsPage::FlowsPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_model(new FlowModel(editor.workspace(), this))
    , m_proxy(new FlowFilterModel(this))
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_assetBanner(new Banner(Banner::Kind::Information, this))
    , m_showAll(new QPushButton(RegisterUiTr::tr("Show &All Flows"), this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(RegisterUiTr::tr("&Add"), this))
    , m_delete(new QPushButton(RegisterUiTr::tr("&Delete"), this))
    , m_form(new FlowEditor(editor, this))
    , m_map(new FlowMap(*m_model, QFileInfo(editor.workspace().path()).absolutePath(), this))
{
    setObjectName(QStringLiteral("flowsPage"));
    m_tabs->setObjectName(QStringLiteral("flowTabs"));
    m_search->setObjectName(QStringLiteral("flowSearch"));
    m_assetBanner->setObjectName(QStringLiteral("flowAssetBanner"));
    m_showAll->setObjectName(QStringLiteral("flowShowAll"));
    m_view->setObjectName(QStringLiteral("flowList"));
    m_add->setObjectName(QStringLiteral("flowAdd"));
    m_delete->setObjectName(QStringLiteral("flowDelete"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(RegisterUiTr::tr("Type to filter the flows"));
    m_search->setAccessibleName(RegisterUiTr::tr("Search flows"));
    m_view->setAccessibleName(RegisterUiTr::tr("Information flows"));
    m_add->setToolTip(RegisterUiTr::tr("Record a new information flow"));
    m_delete->setToolTip(RegisterUiTr::tr("Delete the selected flow (Delete key in the list)"));
    m_showAll->setToolTip(RegisterUiTr::tr("Stop showing only one asset's flows"));

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FlowModel::Reference, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setMaximumSectionSize(m_view->fontMetrics().averageCharWidth() *
                                                      36);
    m_view->setTabKeyNavigation(false);

    auto *deleteAction = new QAction(RegisterUiTr::tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &FlowsPage::deleteCurrent);

    // List tab: search, the asset restriction, the table and its buttons; the form beside.
    auto *searchLabel = new QLabel(RegisterUiTr::tr("Sear&ch:"), this);
    searchLabel->setBuddy(m_search);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    leftLayout->addLayout(searchRow);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_assetBanner, 1);
    bannerRow->addWidget(m_showAll);
    leftLayout->addLayout(bannerRow);
    leftLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    leftLayout->addLayout(listButtons);
    m_assetBanner->setMessage({});
    m_showAll->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // With no horizontal scrolling, the form must never be given less than it needs.
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() +
                            style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({700, 500});
    m_tabs->addTab(splitter, RegisterUiTr::tr("&List"));
    m_tabs->addTab(m_map, RegisterUiTr::tr("&Map"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    setTabOrder(m_search, m_showAll);
    setTabOrder(m_showAll, m_view);
    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_delete);
    setTabOrder(m_delete, m_form->firstInput());

    connect(m_search, &QLineEdit::textChanged, m_proxy, &FlowFilterModel::setText);
    connect(m_showAll, &QPushButton::clicked, this, [this] { showAsset(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FlowsPage::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FlowsPage::onModelReset);
    connect(m_add, &QPushButton::clicked, this, &FlowsPage::addFlow);
    connect(m_delete, &QPushButton::clicked, this, &FlowsPage::deleteCurrent);
    connect(m_form, &FlowEditor::applied, this, [this](qint64 id) {
        // Show the saved flow in the list at once, not after the coalesced reload.
        m_model->reload();
        selectRowOf(id);
    });
    connect(m_form, &FlowEditor::shownFlowChanged, this, [this](qint64 id) {
        selectRowOf(id);
        updateButtons();
    });
    connect(m_map, &FlowMap::flowActivated, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(0);
        selectFlow(id);
    });

    m_view->resizeColumnsToContents();
    if (m_proxy->rowCount() > 0)
        m_form->showFlow(m_proxy->index(0, 0).data(FlowModel::FlowIdRole).toLongLong());
    updateButtons();
}

void FlowsPage::selectRowOf(qint64 id)
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

void FlowsPage::selectFlow(qint64 flowId)
{
    if (flowId == m_form->currentId() && !m_form->isNew())
        return;
    if (!m_form->settle()) {
        selectRowOf(m_form->currentId());
        return;
    }
    // A flow hidden by the filters is still shown: clear them so the list agrees.
    const int sourceRow = m_model->rowOfId(flowId);
    if (sourceRow >= 0 && !m_proxy->mapFromSource(m_model->index(sourceRow, 0)).isValid()) {
        m_search->clear();
        showAsset(0);
    }
    m_form->showFlow(flowId);
}

void FlowsPage::onCurrentRowChanged()
{
    if (m_ignoreSelection)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(FlowModel::FlowIdRole).toLongLong() : 0;
    // Filtering can clear the selection; the form keeps what it shows.
    if (id != 0)
        selectFlow(id);
}

void FlowsPage::onModelReset()
{
    m_view->resizeColumnsToContents();
    m_form->storedFlowChanged();
    selectRowOf(m_form->currentId());
    updateButtons();
}

void FlowsPage::addFlow()
{
    if (m_editor.isReadOnly() || !m_form->settle())
        return;
    QVariantMap preset;
    // Adding while one asset's flows are shown: most likely a flow from that asset.
    if (m_proxy->assetId() != 0)
        preset.insert(flowField::fromAssetId, m_proxy->assetId());
    m_form->startNew(preset);
    m_tabs->setCurrentIndex(0);
}

void FlowsPage::deleteCurrent()
{
    const qint64 id = m_form->currentId();
    if (m_editor.isReadOnly() || m_form->isNew() || id == 0)
        return;
    const std::optional<Record> record = m_editor.workspace().records().get(kinds::flow(), id);
    if (!record)
        return;
    const QString label = forms::recordLabel(*record, kinds::flow());
    if (Dialogs::question(
            this, RegisterUiTr::tr("Delete Flow"),
            RegisterUiTr::tr("Delete %1?\n\nYou can bring it back with Edit > Undo.").arg(label),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    m_form->showFlow(0); // unapplied edits to a flow being deleted are moot
    if (!m_editor.remove(kinds::flow(), id, RegisterUiTr::tr("Delete %1").arg(label))) {
        m_form->showFlow(id);
        return;
    }
    m_model->reload();
    // Show the neighbour, so repeated deletes and keyboard use flow naturally.
    const int rows = m_proxy->rowCount();
    if (rows > 0)
        m_form->showFlow(
            m_proxy->index(qMin(row, rows - 1), 0).data(FlowModel::FlowIdRole).toLongLong());
}

void FlowsPage::showAsset(qint64 assetId)
{
    if (!m_form->settle())
        return;
    m_proxy->setAssetId(assetId);
    if (assetId == 0) {
        m_assetBanner->setMessage({});
        m_showAll->hide();
    } else {
        const std::optional<Record> asset =
            m_editor.workspace().records().get(kinds::asset(), assetId);
        const QString label = asset ? forms::recordLabel(*asset, kinds::asset()) : QString();
        m_assetBanner->setMessage(RegisterUiTr::tr("Only the flows of %1 are listed (%2 shown).")
                                      .arg(label)
                                      .arg(m_proxy->rowCount()));
        m_showAll->show();
        m_map->focusAsset(assetId);
    }
    const qint64 first =
        m_proxy->rowCount() > 0 ? m_proxy->index(0, 0).data(FlowModel::FlowIdRole).toLongLong() : 0;
    if (assetId != 0 || m_form->currentId() == 0)
        m_form->showFlow(first);
    else
        selectRowOf(m_form->currentId());
}

void FlowsPage::updateButtons()
{
    const bool readOnly = m_editor.isReadOnly();
    m_add->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly && !m_form->isNew() && m_form->currentId() != 0);
}

} // namespace igw
