#include "sharing/agreementview.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "sharing/agreements.h"
#include "sharing/sharingtr.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QSet>

namespace igw {

namespace af = agreementField;

namespace {

void appendUnique(QStringList *list, const QString &item)
{
    const QString t = item.trimmed();
    if (t.isEmpty())
        return;
    for (const QString &existing : std::as_const(*list))
        if (existing.compare(t, Qt::CaseInsensitive) == 0)
            return;
    list->append(t);
}

} // namespace

QString AgreementView::status() const
{
    const QString s = value(af::status);
    return s.isEmpty() ? agreementStatus::draft : s;
}

int AgreementView::version() const
{
    return qMax(1, agreement.value(af::version).toInt());
}

bool AgreementView::specialCategory() const
{
    if (!value(af::art9Condition).isEmpty())
        return true;
    for (const Record &a : assets)
        if (a.value(assetField::specialCategory).toInt() == 1)
            return true;
    for (const Record &a : activities)
        if (a.value(activityField::specialCategory).toInt() == 1)
            return true;
    return false;
}

bool AgreementView::criminalOffence() const
{
    if (!value(af::art10).isEmpty())
        return true;
    for (const Record &a : assets)
        if (a.value(assetField::criminalOffence).toInt() == 1)
            return true;
    for (const Record &a : activities)
        if (a.value(activityField::criminalOffence).toInt() == 1)
            return true;
    return false;
}

QStringList AgreementView::dataItems() const
{
    QStringList items;
    for (const Record &f : flows)
        appendUnique(&items, f.value(flowField::dataItems).toString());
    for (const Record &a : assets)
        for (const QString &term :
             splitTerms(a.value(assetField::personalDataCategories).toString()))
            appendUnique(&items, term);
    return items;
}

QStringList AgreementView::dataSubjects() const
{
    QStringList subjects;
    for (const QString &term : splitTerms(value(af::dataSubjects)))
        appendUnique(&subjects, term);
    if (!subjects.isEmpty())
        return subjects;
    for (const Record &a : assets)
        for (const QString &term :
             splitTerms(a.value(assetField::dataSubjectCategories).toString()))
            appendUnique(&subjects, term);
    return subjects;
}

QString AgreementView::flowEnd(const Record &flow, bool from) const
{
    const qint64 asset =
        flow.value(from ? flowField::fromAssetId : flowField::toAssetId).toLongLong();
    if (asset > 0) {
        const auto it = assetsById.constFind(asset);
        return it != assetsById.constEnd() ? it->title(kinds::asset()) : QString::number(asset);
    }
    const qint64 org = flow.value(from ? flowField::fromOrgId : flowField::toOrgId).toLongLong();
    return organisationNames.value(org, QString::number(org));
}

QList<ScheduleRow> AgreementView::schedule() const
{
    QList<ScheduleRow> rows;
    QSet<qint64> assetsInFlows;
    const auto subjectsOf = [this](qint64 assetId) {
        const auto it = assetsById.constFind(assetId);
        return it == assetsById.constEnd()
                   ? QString()
                   : it->value(assetField::dataSubjectCategories).toString();
    };
    for (const Record &f : flows) {
        const qint64 fromAsset = f.value(flowField::fromAssetId).toLongLong();
        const qint64 toAsset = f.value(flowField::toAssetId).toLongLong();
        assetsInFlows.insert(fromAsset);
        assetsInFlows.insert(toAsset);
        QString subjects = subjectsOf(fromAsset > 0 ? fromAsset : toAsset);
        if (subjects.isEmpty())
            subjects = dataSubjects().join(QStringLiteral("; "));
        const QString method = f.value(flowField::transferMethod).toString();
        const QString frequency = f.value(flowField::frequency).toString();
        rows.append(
            {SharingTr::tr("%1 %2 (from %3 to %4)")
                 .arg(f.ref, f.title(kinds::flow()), flowEnd(f, true), flowEnd(f, false)),
             f.value(flowField::dataItems).toString(), subjects,
             method.isEmpty() ? QString() : choices::label(choices::transferMethod(), method),
             frequency.isEmpty() ? QString() : choices::label(choices::frequency(), frequency)});
    }
    for (const Record &a : assets) {
        if (assetsInFlows.contains(a.id))
            continue;
        rows.append({SharingTr::tr("%1 %2").arg(a.ref, a.title(kinds::asset())),
                     a.value(assetField::personalDataCategories).toString(),
                     a.value(assetField::dataSubjectCategories).toString(),
                     {},
                     {}});
    }
    return rows;
}

const AgreementPartyView *AgreementView::partyByOrg(qint64 orgId) const
{
    for (const AgreementPartyView &p : parties)
        if (p.orgId == orgId)
            return &p;
    return nullptr;
}

std::optional<AgreementView> loadAgreementView(Workspace &workspace, qint64 agreementId,
                                               QString *error)
{
    RecordStore &store = workspace.records();
    const auto agreement = store.get(kinds::agreement(), agreementId);
    if (!agreement) {
        if (error)
            *error = SharingTr::tr("There is no information sharing agreement with id %1; it may "
                                   "have been deleted.")
                         .arg(agreementId);
        return std::nullopt;
    }
    AgreementView v;
    v.agreement = *agreement;
    v.selfOrgId = workspace.selfOrganisationId();
    QHash<qint64, Record> orgs;
    for (const Record &o : store.list(kinds::organisation())) {
        orgs.insert(o.id, o);
        v.organisationNames.insert(o.id, o.title(kinds::organisation()));
    }
    v.ourOrganisation = v.organisationNames.value(v.selfOrgId);
    QString listError;
    const QList<Record> parties =
        store.list(kinds::agreementParty(), partyField::sortOrder,
                   QStringLiteral("agreement_id = ?"), {agreementId}, &listError);
    for (const Record &p : parties) {
        AgreementPartyView pv;
        pv.party = p;
        pv.orgId = p.value(partyField::orgId).isNull() ? v.selfOrgId
                                                       : p.value(partyField::orgId).toLongLong();
        pv.self = pv.orgId == v.selfOrgId;
        const Record org = orgs.value(pv.orgId);
        pv.name = org.title(kinds::organisation());
        pv.icoRegistration = org.value(orgField::icoRegistration).toString().trimmed();
        pv.address = org.value(orgField::address).toString();
        pv.role = p.value(partyField::role).toString();
        pv.signatoryName = p.value(partyField::signatoryName).toString().trimmed();
        pv.signatoryRole = p.value(partyField::signatoryRole).toString().trimmed();
        pv.contact = p.value(partyField::contact).toString().trimmed();
        v.parties.append(pv);
    }
    const auto linked = [&](const RecordKind &kind, const QString &field) {
        QList<Record> out;
        for (const qint64 id : linkIds(agreement->value(field)))
            if (const auto r = store.get(kind, id))
                out.append(*r);
        return out;
    };
    v.assets = linked(kinds::asset(), af::assetIds);
    v.flows = linked(kinds::flow(), af::flowIds);
    v.activities = linked(kinds::activity(), af::activityIds);
    for (const Record &a : std::as_const(v.assets))
        v.assetsById.insert(a.id, a);
    for (const Record &f : std::as_const(v.flows))
        for (const QString &field : {flowField::fromAssetId, flowField::toAssetId}) {
            const qint64 id = f.value(field).toLongLong();
            if (id > 0 && !v.assetsById.contains(id))
                if (const auto a = store.get(kinds::asset(), id))
                    v.assetsById.insert(id, *a);
        }
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return std::nullopt;
    }
    return v;
}

} // namespace igw
