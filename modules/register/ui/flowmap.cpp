#include "register/ui/flowmap.h"

#include "register/ui/flowmapexport.h"
#include "register/ui/flowmapnode.h"
#include "register/ui/flowmapscene.h"
#include "register/ui/flowmapview.h"
#include "register/ui/flowmodel.h"
#include "register/ui/registeruitr.h"
#include "widgets/dialogs.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace igw {

namespace {

QPushButton *button(const QString &text, const QString &name, const QString &toolTip,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setToolTip(toolTip);
    b->setAutoDefault(false);
    return b;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

FlowMap::FlowMap(FlowModel &model, const QString &exportDirectory, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_exportDirectory(exportDirectory)
    , m_scene(new FlowMapScene(this))
    , m_view(new FlowMapView(m_scene, this))
    , m_function(new QComboBox(this))
    , m_partner(new QComboBox(this))
    , m_zoomIn(button(RegisterUiTr::tr("Zoom &In"), QStringLiteral("flowMapZoomIn"),
                      RegisterUiTr::tr("Zoom in (+, or Ctrl and the mouse wheel)"), this))
    , m_zoomOut(button(RegisterUiTr::tr("Zoom &Out"), QStringLiteral("flowMapZoomOut"),
                       RegisterUiTr::tr("Zoom out (-, or Ctrl and the mouse wheel)"), this))
    , m_fit(button(RegisterUiTr::tr("&Fit"), QStringLiteral("flowMapFit"),
                   RegisterUiTr::tr("Show the whole map (0)"), this))
    , m_relayout(button(RegisterUiTr::tr("Re&arrange"), QStringLiteral("flowMapRelayout"),
                        RegisterUiTr::tr("Put boxes you moved back in their places"), this))
    , m_exportPng(button(RegisterUiTr::tr("Export &PNG…"), QStringLiteral("flowMapExportPng"),
                         RegisterUiTr::tr("Save the whole map as a PNG image"), this))
    , m_exportSvg(button(RegisterUiTr::tr("Export S&VG…"), QStringLiteral("flowMapExportSvg"),
                         RegisterUiTr::tr("Save the whole map as an SVG drawing"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("flowMapPanel"));
    m_function->setObjectName(QStringLiteral("flowMapFunction"));
    m_partner->setObjectName(QStringLiteral("flowMapPartner"));
    m_function->setAccessibleName(RegisterUiTr::tr("Show flows of business function"));
    m_partner->setAccessibleName(RegisterUiTr::tr("Show flows with partner"));
    for (QComboBox *combo : {m_function, m_partner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_view->setAccessibleName(RegisterUiTr::tr("Flow map"));
    m_summary->setObjectName(QStringLiteral("flowMapSummary"));
    m_summary->setWordWrap(true);

    // Two rows, and choosers that do not grow with long partner names, so the page fits
    // beside the sidebar on a laptop screen.
    for (QComboBox *combo : {m_function, m_partner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(RegisterUiTr::tr("Function:"), m_function));
    filters->addWidget(m_function, 1);
    filters->addWidget(buddyLabel(RegisterUiTr::tr("Partner:"), m_partner));
    filters->addWidget(m_partner, 1);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_zoomIn);
    tools->addWidget(m_zoomOut);
    tools->addWidget(m_fit);
    tools->addWidget(m_relayout);
    tools->addStretch(1);
    tools->addWidget(m_exportPng);
    tools->addWidget(m_exportSvg);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    setTabOrder(m_function, m_partner);
    setTabOrder(m_partner, m_zoomIn);
    setTabOrder(m_zoomIn, m_zoomOut);
    setTabOrder(m_zoomOut, m_fit);
    setTabOrder(m_fit, m_relayout);
    setTabOrder(m_relayout, m_exportPng);
    setTabOrder(m_exportPng, m_exportSvg);
    setTabOrder(m_exportSvg, m_view);

    connect(m_zoomIn, &QPushButton::clicked, m_view, &FlowMapView::zoomIn);
    connect(m_zoomOut, &QPushButton::clicked, m_view, &FlowMapView::zoomOut);
    connect(m_fit, &QPushButton::clicked, m_view, &FlowMapView::fitAll);
    connect(m_relayout, &QPushButton::clicked, this, [this] {
        m_scene->resetLayout();
        m_view->fitAll();
    });
    connect(m_exportPng, &QPushButton::clicked, this, &FlowMap::exportPng);
    connect(m_exportSvg, &QPushButton::clicked, this, &FlowMap::exportSvg);
    connect(m_function, &QComboBox::currentIndexChanged, this, &FlowMap::onFilterChanged);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &FlowMap::onFilterChanged);
    connect(m_scene, &FlowMapScene::flowActivated, this, &FlowMap::flowActivated);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &FlowMap::scheduleRefresh);
}

void FlowMap::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty)
                refresh();
        });
}

void FlowMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
    if (m_fitAfterBuild) {
        m_fitAfterBuild = false;
        // After layout has given the view its size.
        QTimer::singleShot(0, m_view, &FlowMapView::fitAll);
    }
}

void FlowMap::fillFilters()
{
    const FlowData &data = m_model.flowData();
    const QVariant function = m_function->currentData();
    const QVariant partner = m_partner->currentData();
    const QSignalBlocker functionBlocker(m_function);
    const QSignalBlocker partnerBlocker(m_partner);

    QStringList functions;
    bool unrecorded = false;
    for (const FlowAsset &asset : data.assets) {
        if (asset.businessFunction.isEmpty())
            unrecorded = true;
        else if (!functions.contains(asset.businessFunction, Qt::CaseInsensitive))
            functions << asset.businessFunction;
    }
    std::sort(functions.begin(), functions.end(),
              [](const QString &a, const QString &b) { return naturalLess(a, b); });
    m_function->clear();
    m_function->addItem(RegisterUiTr::tr("All functions"));
    for (const QString &f : std::as_const(functions))
        m_function->addItem(f, f);
    if (unrecorded)
        m_function->addItem(RegisterUiTr::tr("(not recorded)"), QString(QLatin1String("")));
    int index = function.isValid() ? m_function->findData(function) : 0;
    m_function->setCurrentIndex(qMax(0, index));

    QSet<qint64> used;
    for (const Record &flow : data.flows) {
        for (const FlowEnd &end : {flowFrom(flow), flowTo(flow)}) {
            if (!end.isAsset() && end.orgId != 0 && end.orgId != data.selfOrganisationId)
                used.insert(end.orgId);
        }
    }
    QList<FlowOrganisation> partners;
    for (const qint64 id : std::as_const(used))
        partners.append(data.organisations.value(id));
    std::sort(partners.begin(), partners.end(),
              [](const FlowOrganisation &a, const FlowOrganisation &b) {
                  return naturalLess(a.name, b.name);
              });
    m_partner->clear();
    m_partner->addItem(RegisterUiTr::tr("All partners"));
    for (const FlowOrganisation &org : std::as_const(partners))
        m_partner->addItem(org.name, org.id);
    index = partner.isValid() ? m_partner->findData(partner) : 0;
    m_partner->setCurrentIndex(qMax(0, index));
}

void FlowMap::refresh()
{
    m_dirty = false;
    fillFilters();
    FlowMapFilter filter;
    const QVariant function = m_function->currentData();
    if (function.isValid())
        filter.businessFunction = function.toString();
    filter.partnerId = m_partner->currentData().toLongLong();
    m_scene->build(m_model.flowData(), filter);
    const QString summary = m_scene->summary();
    m_summary->setText(summary);
    m_view->setAccessibleDescription(
        summary + QLatin1Char(' ') +
        RegisterUiTr::tr("The List tab shows the same flows as a table."));
}

void FlowMap::onFilterChanged()
{
    refresh();
    m_view->fitAll();
}

void FlowMap::focusAsset(qint64 assetId)
{
    if (m_dirty)
        refresh();
    m_scene->clearSelection();
    if (FlowNodeItem *node = m_scene->assetNode(assetId)) {
        node->setSelected(true);
        m_view->centerOn(node);
    }
}

QString FlowMap::askFileName(const QString &caption, const QString &suffix, const QString &filter)
{
    const QString start =
        QDir(m_exportDirectory)
            .filePath(RegisterUiTr::tr("information-flows") + QLatin1Char('.') + suffix);
    QString path = Dialogs::getSaveFileName(this, caption, start, filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

bool FlowMap::exportPng()
{
    if (m_dirty)
        refresh();
    const QString path = askFileName(RegisterUiTr::tr("Export Flow Map as PNG"),
                                     QStringLiteral("png"), RegisterUiTr::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!flowMapExport::toPng(*m_scene, m_scene->contentRect(), path, &error)) {
        Dialogs::critical(this, RegisterUiTr::tr("Export Failed"), error);
        return false;
    }
    return true;
}

bool FlowMap::exportSvg()
{
    if (m_dirty)
        refresh();
    const QString path =
        askFileName(RegisterUiTr::tr("Export Flow Map as SVG"), QStringLiteral("svg"),
                    RegisterUiTr::tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!flowMapExport::toSvg(*m_scene, m_scene->contentRect(), path,
                              RegisterUiTr::tr("Information flow map"), &error)) {
        Dialogs::critical(this, RegisterUiTr::tr("Export Failed"), error);
        return false;
    }
    return true;
}

} // namespace igw
