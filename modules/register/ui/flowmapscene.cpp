#include "register/ui/flowmapscene.h"

#include "register/assets.h"
#include "register/ui/flowlegend.h"
#include "register/ui/flowmapedge.h"
#include "register/ui/flowmaplayout.h"
#include "register/ui/flowmapnode.h"
#include "register/ui/registeruitr.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <limits>

namespace igw {

namespace {

bool accepts(const FlowData &data, const Record &flow, const FlowMapFilter &filter)
{
    const FlowEnd ends[] = {flowFrom(flow), flowTo(flow)};
    if (filter.businessFunction) {
        bool match = false;
        for (const FlowEnd &end : ends) {
            const auto it = data.assets.constFind(end.assetId);
            if (end.isAsset() && it != data.assets.cend() &&
                it->businessFunction.compare(*filter.businessFunction, Qt::CaseInsensitive) == 0)
                match = true;
        }
        if (!match)
            return false;
    }
    if (filter.partnerId != 0)
        return ends[0].orgId == filter.partnerId || ends[1].orgId == filter.partnerId;
    return true;
}

bool lessByName(const FlowNodeItem *a, const FlowNodeItem *b)
{
    if (naturalLess(a->name(), b->name()))
        return true;
    if (naturalLess(b->name(), a->name()))
        return false;
    return a->recordId() < b->recordId();
}

QString edgeToolTip(const FlowData &data, const Record &flow)
{
    const QString method = flow.value(flowField::transferMethod).toString();
    const QVariant encrypted = flow.value(flowField::encryptedInTransit);
    const QString encryptedText = encrypted.isNull()  ? RegisterUiTr::tr("not recorded")
                                  : encrypted.toInt() ? RegisterUiTr::tr("yes")
                                                      : RegisterUiTr::tr("no");
    const QString frequency = flow.value(flowField::frequency).toString();
    QStringList lines{
        RegisterUiTr::tr("%1: %2").arg(flow.ref, flow.value(flowField::title).toString()),
        RegisterUiTr::tr("From: %1").arg(data.endLabel(flowFrom(flow))),
        RegisterUiTr::tr("To: %1").arg(data.endLabel(flowTo(flow))),
        flowRiskStyle(flow.value(flowField::riskRating).toString()).word,
        RegisterUiTr::tr("Transfer method: %1")
            .arg(method.isEmpty() ? RegisterUiTr::tr("not recorded")
                                  : choices::label(choices::transferMethod(), method)),
        RegisterUiTr::tr("Encrypted in transit: %1").arg(encryptedText)};
    if (!frequency.isEmpty())
        lines << RegisterUiTr::tr("Frequency: %1")
                     .arg(choices::label(choices::frequency(), frequency));
    if (isUnencryptedElectronic(flow))
        lines << RegisterUiTr::tr("Unencrypted electronic transfer");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FlowMapScene::FlowMapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

FlowNodeItem *FlowMapScene::assetNode(qint64 assetId) const
{
    return m_nodeByKey.value(FlowNodeItem::keyFor(FlowNodeItem::Kind::Asset, assetId));
}

FlowNodeItem *FlowMapScene::organisationNode(qint64 organisationId) const
{
    return m_nodeByKey.value(FlowNodeItem::keyFor(FlowNodeItem::Kind::Partner, organisationId));
}

FlowNodeItem *FlowMapScene::nodeFor(const FlowData &data, const FlowEnd &end)
{
    const FlowNodeItem::Kind kind = end.isAsset() ? FlowNodeItem::Kind::Asset
                                    : end.orgId == data.selfOrganisationId
                                        ? FlowNodeItem::Kind::OurOrganisation
                                        : FlowNodeItem::Kind::Partner;
    const qint64 id = end.isAsset() ? end.assetId : end.orgId;
    const QString key = FlowNodeItem::keyFor(kind, id);
    if (FlowNodeItem *existing = m_nodeByKey.value(key))
        return existing;
    QString name = data.endName(end);
    QString caption;
    if (end.isAsset()) {
        const FlowAsset asset = data.assets.value(id);
        caption = asset.ref;
    } else {
        const FlowOrganisation org = data.organisations.value(id);
        caption = kind == FlowNodeItem::Kind::OurOrganisation
                      ? RegisterUiTr::tr("%1 · our organisation").arg(org.ref)
                      : RegisterUiTr::tr("%1 · partner organisation").arg(org.ref);
    }
    if (name.isEmpty())
        name = RegisterUiTr::tr("(record %1 not found)").arg(id);
    auto *node = new FlowNodeItem(kind, id, name, caption);
    if (end.isAsset()) {
        const QString function = data.assets.value(id).businessFunction;
        node->setToolTip(
            RegisterUiTr::tr("%1 (%2)\nBusiness function: %3")
                .arg(name, caption,
                     function.isEmpty() ? RegisterUiTr::tr("not recorded") : function));
    } else {
        node->setToolTip(RegisterUiTr::tr("%1 (%2)").arg(name, caption));
    }
    addItem(node);
    m_nodeByKey.insert(key, node);
    m_nodes.append(node);
    return node;
}

void FlowMapScene::build(const FlowData &data, const FlowMapFilter &filter)
{
    if (!(filter == m_filter))
        m_userPositions.clear();
    m_filter = filter;
    m_lastData = data;
    m_building = true;
    clearSelection();
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_nodeByKey.clear();
    m_group = nullptr;

    m_legend = new FlowLegendItem;
    addItem(m_legend);
    const qreal top = m_legend->boundingRect().height() + 40;

    QList<Record> flows;
    for (const Record &flow : data.flows) {
        if (accepts(data, flow, filter))
            flows.append(flow);
    }
    m_neighbours.clear();
    for (const Record &flow : std::as_const(flows)) {
        FlowNodeItem *a = nodeFor(data, flowFrom(flow));
        FlowNodeItem *b = nodeFor(data, flowTo(flow));
        m_neighbours[a].append(b);
        m_neighbours[b].append(a);
    }
    if (flows.isEmpty()) {
        auto *empty = new QGraphicsSimpleTextItem(
            data.flows.isEmpty()
                ? RegisterUiTr::tr("No information flows yet. Add them in the List tab.")
                : RegisterUiTr::tr("No flows match the filter."));
        empty->setFont(flowMapFonts::heading());
        empty->setPos(0, top);
        addItem(empty);
    }
    layOut(data, top);
    m_neighbours.clear(); // only the layout needs it
    addEdges(data, flows);
    spreadEnds();
    spreadLabels();
    for (FlowNodeItem *node : std::as_const(m_nodes))
        node->setMovedHandler([this](FlowNodeItem *moved) { nodeMoved(moved); });
    m_building = false;
    fitSceneRect();
}

void FlowMapScene::layOut(const FlowData &data, qreal top)
{
    // Our own assets, by business function (unrecorded last), then by name.
    QList<FlowNodeItem *> ours;
    QList<FlowNodeItem *> partners;
    FlowNodeItem *self = nullptr;
    for (FlowNodeItem *node : std::as_const(m_nodes)) {
        if (node->kind() == FlowNodeItem::Kind::Asset)
            ours.append(node);
        else if (node->kind() == FlowNodeItem::Kind::OurOrganisation)
            self = node;
        else
            partners.append(node);
    }
    const auto function = [&data](const FlowNodeItem *n) {
        return data.assets.value(n->recordId()).businessFunction;
    };
    std::sort(ours.begin(), ours.end(), [&](const FlowNodeItem *a, const FlowNodeItem *b) {
        const QString fa = function(a);
        const QString fb = function(b);
        if (fa.isEmpty() != fb.isEmpty())
            return fb.isEmpty();
        if (fa.compare(fb, Qt::CaseInsensitive) != 0)
            return naturalLess(fa, fb);
        return lessByName(a, b);
    });
    std::sort(partners.begin(), partners.end(), lessByName);

    QList<FlowMapSection> sections;
    if (self)
        sections.append({RegisterUiTr::tr("The organisation as a whole"), {self}});
    for (FlowNodeItem *node : std::as_const(ours)) {
        const QString f = function(node);
        const QString heading = f.isEmpty() ? RegisterUiTr::tr("No business function recorded") : f;
        if (sections.isEmpty() ||
            sections.constLast().heading.compare(heading, Qt::CaseInsensitive) != 0)
            sections.append({heading, {}});
        sections.last().nodes.append(node);
    }

    const qreal titleHeight = QFontMetricsF(flowMapFonts::heading()).height() * 1.6;
    const QPointF origin(16, top + 16 + titleHeight);
    const QList<FlowMapHeading> headings =
        layOutFlowMap(sections, partners, origin,
                      [this](const FlowNodeItem *partner) { return m_neighbours.value(partner); });

    for (FlowNodeItem *node : std::as_const(m_nodes)) {
        const auto moved = m_userPositions.constFind(node->key());
        if (moved != m_userPositions.cend())
            node->setPos(*moved);
    }
    if (sections.isEmpty())
        return;
    const QString selfName = data.organisations.value(data.selfOrganisationId).name;
    m_group = new FlowGroupItem(RegisterUiTr::tr("%1: our information assets").arg(selfName));
    for (const FlowMapHeading &heading : headings)
        m_group->addHeading(heading.text, heading.topLeft, heading.width);
    for (const FlowMapSection &section : std::as_const(sections)) {
        for (FlowNodeItem *node : section.nodes)
            m_group->addNode(node);
    }
    m_group->refit();
    addItem(m_group);
}

void FlowMapScene::addEdges(const FlowData &data, const QList<Record> &flows)
{
    // Flows between the same two boxes fan out, each a little further from the straight line.
    QHash<QString, QList<int>> byPair;
    QList<QPair<FlowNodeItem *, FlowNodeItem *>> ends;
    for (int i = 0; i < flows.size(); ++i) {
        FlowNodeItem *a = nodeFor(data, flowFrom(flows.at(i)));
        FlowNodeItem *b = nodeFor(data, flowTo(flows.at(i)));
        ends.append(qMakePair(a, b));
        const QString pair = a->key() < b->key() ? a->key() + QLatin1Char('|') + b->key()
                                                 : b->key() + QLatin1Char('|') + a->key();
        byPair[pair].append(i);
    }
    QList<qreal> bends(flows.size(), 0);
    for (const QList<int> &group : std::as_const(byPair)) {
        const qreal n = qreal(group.size());
        for (int j = 0; j < group.size(); ++j) {
            const int i = group.at(j);
            FlowNodeItem *a = ends.at(i).first;
            FlowNodeItem *b = ends.at(i).second;
            qreal bend = (qreal(j) - (n - 1) / 2) * 26;
            // Boxes on the same side sit in one column: bow out so the line misses the
            // boxes between them.
            const bool sameSide = (a->kind() == FlowNodeItem::Kind::Partner) ==
                                  (b->kind() == FlowNodeItem::Kind::Partner);
            if (sameSide && a != b)
                bend += 40;
            bends[i] = a->key() < b->key() ? bend : -bend;
        }
    }
    for (int i = 0; i < flows.size(); ++i) {
        const Record &flow = flows.at(i);
        FlowEdgeItem::Info info;
        info.flowId = flow.id;
        info.ref = flow.ref;
        info.riskKey = flow.value(flowField::riskRating).toString();
        info.unencrypted = isUnencryptedElectronic(flow);
        info.toolTip = edgeToolTip(data, flow);
        auto *edge = new FlowEdgeItem(ends.at(i).first, ends.at(i).second, info, bends.at(i));
        addItem(edge);
        m_edges.append(edge);
    }
}

void FlowMapScene::spreadEnds()
{
    // Per box, its arrows meet it in the order of the other ends' heights, evenly spaced
    // over the middle of its height.
    QHash<FlowEdgeItem *, QPair<qreal, qreal>> offsets;
    for (FlowNodeItem *node : std::as_const(m_nodes)) {
        QList<FlowEdgeItem *> edges = node->edges();
        const auto other = [node](const FlowEdgeItem *e) {
            return e->source() == node ? e->target() : e->source();
        };
        std::stable_sort(edges.begin(), edges.end(),
                         [&](const FlowEdgeItem *a, const FlowEdgeItem *b) {
                             return other(a)->y() < other(b)->y();
                         });
        const qreal span = node->box().height() * 0.6;
        for (int i = 0; i < edges.size(); ++i) {
            const qreal offset =
                edges.size() == 1 ? 0 : -span / 2 + span * qreal(i) / qreal(edges.size() - 1);
            auto &pair = offsets[edges.at(i)];
            (edges.at(i)->source() == node ? pair.first : pair.second) = offset;
        }
    }
    for (FlowEdgeItem *edge : std::as_const(m_edges)) {
        const auto pair = offsets.value(edge);
        edge->setEndOffsets(pair.first, pair.second);
    }
}

void FlowMapScene::spreadLabels()
{
    // Greedy and deterministic: each label takes the first spot along its line that
    // overlaps nothing placed so far, else the spot that overlaps least.
    static const qreal spots[] = {0.5,  0.42, 0.58, 0.34, 0.66, 0.27, 0.73,
                                  0.46, 0.54, 0.38, 0.62, 0.2,  0.8};
    QList<QRectF> taken;
    for (const FlowNodeItem *node : std::as_const(m_nodes))
        taken.append(node->sceneBox().adjusted(-3, -3, 3, 3));
    if (m_legend)
        taken.append(m_legend->sceneBoundingRect());
    for (FlowEdgeItem *edge : std::as_const(m_edges)) {
        qreal best = 0.5;
        qreal bestOverlap = std::numeric_limits<qreal>::max();
        for (const qreal t : spots) {
            const QRectF r = edge->labelRectAt(t);
            qreal overlap = 0;
            for (const QRectF &other : std::as_const(taken)) {
                const QRectF common = r.intersected(other);
                if (!common.isEmpty())
                    overlap += common.width() * common.height();
            }
            if (overlap < bestOverlap) {
                bestOverlap = overlap;
                best = t;
            }
            if (overlap == 0)
                break;
        }
        edge->setLabelPosition(best);
        taken.append(edge->labelRectAt(best).adjusted(-2, -2, 2, 2));
    }
}

void FlowMapScene::resetLayout()
{
    m_userPositions.clear();
    build(m_lastData, m_filter);
}

void FlowMapScene::nodeMoved(FlowNodeItem *node)
{
    if (m_building)
        return;
    m_userPositions.insert(node->key(), node->pos());
    if (m_group && node->kind() != FlowNodeItem::Kind::Partner)
        m_group->refit();
    setSceneRect(sceneRect().united(contentRect()));
}

QRectF FlowMapScene::contentRect() const
{
    return itemsBoundingRect().adjusted(-24, -24, 24, 24);
}

void FlowMapScene::fitSceneRect()
{
    setSceneRect(contentRect().adjusted(-40, -40, 40, 40));
}

QString FlowMapScene::summary() const
{
    int assets = 0;
    for (const FlowNodeItem *node : m_nodes) {
        if (node->kind() == FlowNodeItem::Kind::Asset)
            ++assets;
    }
    // Counts after a colon: no plural forms needed in any language.
    return RegisterUiTr::tr("Flows shown: %1. Our assets: %2. Organisations: %3.")
        .arg(m_edges.size())
        .arg(assets)
        .arg(m_nodes.size() - assets);
}

void FlowMapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hit = items(event->scenePos());
    for (QGraphicsItem *item : hit) {
        FlowEdgeItem *edge = qgraphicsitem_cast<FlowEdgeItem *>(item);
        if (auto *label = qgraphicsitem_cast<FlowEdgeLabelItem *>(item))
            edge = label->edge();
        if (edge) {
            emit flowActivated(edge->flowId());
            event->accept();
            return;
        }
        if (auto *node = qgraphicsitem_cast<FlowNodeItem *>(item)) {
            if (node->kind() == FlowNodeItem::Kind::Asset)
                emit assetActivated(node->recordId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace igw
