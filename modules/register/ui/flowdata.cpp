#include "register/ui/flowdata.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QCollator>

namespace igw {

FlowEnd flowFrom(const Record &flow)
{
    return {flow.value(flowField::fromAssetId).toLongLong(),
            flow.value(flowField::fromOrgId).toLongLong()};
}

FlowEnd flowTo(const Record &flow)
{
    return {flow.value(flowField::toAssetId).toLongLong(),
            flow.value(flowField::toOrgId).toLongLong()};
}

QString FlowData::endName(const FlowEnd &end) const
{
    if (end.isAsset()) {
        const auto it = assets.constFind(end.assetId);
        return it == assets.cend() ? QString() : it->name;
    }
    if (end.orgId != 0) {
        const auto it = organisations.constFind(end.orgId);
        return it == organisations.cend() ? QString() : it->name;
    }
    return {};
}

QString FlowData::endLabel(const FlowEnd &end) const
{
    if (!end.isSet())
        return {};
    const QString name = endName(end);
    if (end.isAsset())
        return RegisterUiTr::tr("%1 (asset)").arg(name);
    if (end.orgId == selfOrganisationId)
        return RegisterUiTr::tr("%1 (our organisation)").arg(name);
    return RegisterUiTr::tr("%1 (partner)").arg(name);
}

FlowData loadFlowData(Workspace &workspace)
{
    FlowData data;
    RecordStore &store = workspace.records();
    data.selfOrganisationId = workspace.selfOrganisationId();
    data.flows = store.list(kinds::flow(), QStringLiteral("ref"));
    // Only the assets on some flow: a register may hold thousands that no flow touches.
    const QList<Record> assets = store.list(
        kinds::asset(), assetField::name,
        QStringLiteral("id IN (SELECT from_asset_id FROM flows WHERE from_asset_id IS NOT NULL"
                       " UNION SELECT to_asset_id FROM flows WHERE to_asset_id IS NOT NULL)"));
    for (const Record &a : assets)
        data.assets.insert(a.id, {a.id, a.ref, a.value(assetField::name).toString(),
                                  a.value(assetField::businessFunction).toString().trimmed()});
    const QList<Record> orgs = store.list(kinds::organisation(), orgField::name);
    for (const Record &o : orgs)
        data.organisations.insert(o.id, {o.id, o.ref, o.value(orgField::name).toString(),
                                         o.id == data.selfOrganisationId});
    return data;
}

bool naturalLess(const QString &a, const QString &b)
{
    static const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(a, b) < 0;
}

bool isElectronicTransfer(const QString &method)
{
    // As validateFlow() judges it: everything but paper and the spoken word.
    return !method.isEmpty() && method != QLatin1String("paper") &&
           method != QLatin1String("verbal");
}

bool isUnencryptedElectronic(const Record &flow)
{
    return isElectronicTransfer(flow.value(flowField::transferMethod).toString()) &&
           flow.value(flowField::encryptedInTransit).toInt() != 1;
}

} // namespace igw
