#include "sharing/coverage.h"

#include "register/assets.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "sharing/sharingtr.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace igw {

namespace {

int rank(const Record &agreement)
{
    const QString s = agreement.value(agreementField::status).toString();
    if (s == agreementStatus::active)
        return 0;
    if (s == agreementStatus::reviewDue)
        return 1;
    return 2;
}

void sortCovering(QList<Record> *agreements)
{
    std::stable_sort(agreements->begin(), agreements->end(), [](const Record &a, const Record &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.ref < b.ref;
    });
}

// The parties' organisations (our own as its id).
QList<qint64> partyOrganisations(Workspace &workspace, qint64 agreementId)
{
    QList<qint64> out;
    for (const Record &p : workspace.records().list(
             kinds::agreementParty(), {}, QStringLiteral("agreement_id = ?"), {agreementId})) {
        const QVariant org = p.value(partyField::orgId);
        out << (org.isNull() ? workspace.selfOrganisationId() : org.toLongLong());
    }
    return out;
}

} // namespace

QList<Record> agreementsCoveringFlow(Workspace &workspace, qint64 flowId)
{
    RecordStore &store = workspace.records();
    QList<Record> out = store.list(
        kinds::agreement(), {},
        QStringLiteral("id IN (SELECT agreement_id FROM agreement_flows WHERE flow_id = ?)"),
        {flowId});
    if (const auto flow = store.get(kinds::flow(), flowId)) {
        const QString ref = flow->value(flowField::agreementRef).toString().trimmed();
        if (!ref.isEmpty())
            if (const auto named = store.findByRef(kinds::agreement(), ref.toUpper())) {
                const bool listed = std::any_of(out.cbegin(), out.cend(),
                                                [&](const Record &r) { return r.id == named->id; });
                if (!listed)
                    out << *named;
            }
    }
    sortCovering(&out);
    return out;
}

QList<Record> agreementsCoveringActivity(Workspace &workspace, qint64 activityId)
{
    QList<Record> out = workspace.records().list(
        kinds::agreement(), {},
        QStringLiteral(
            "id IN (SELECT agreement_id FROM agreement_activities WHERE activity_id = ?)"),
        {activityId});
    sortCovering(&out);
    return out;
}

QList<UncoveredFlow> flowsWithoutActiveAgreement(Workspace &workspace, QString *error)
{
    RecordStore &store = workspace.records();
    const qint64 self = workspace.selfOrganisationId();
    QString listError;
    const QList<Record> flows =
        store.list(kinds::flow(), QStringLiteral("ref"),
                   QStringLiteral("(from_org_id IS NOT NULL AND from_org_id <> ?) OR"
                                  " (to_org_id IS NOT NULL AND to_org_id <> ?)"),
                   {self, self}, &listError);
    if (!listError.isEmpty()) {
        if (error)
            *error = listError;
        return {};
    }
    QHash<qint64, QString> names;
    for (const Record &o : store.list(kinds::organisation()))
        names.insert(o.id, o.title(kinds::organisation()));
    QList<UncoveredFlow> out;
    for (const Record &f : flows) {
        const qint64 from = f.value(flowField::fromOrgId).toLongLong();
        const qint64 partner =
            from > 0 && from != self ? from : f.value(flowField::toOrgId).toLongLong();
        const QList<Record> covering = agreementsCoveringFlow(workspace, f.id);
        UncoveredFlow u{f, partner, names.value(partner), {}, {}};
        bool covered = false;
        QStringList notInForce, partnerMissing;
        for (const Record &a : covering) {
            const QString status = a.value(agreementField::status).toString();
            const bool partyToIt = partyOrganisations(workspace, a.id).contains(partner);
            if (sharing::isInForce(status) && partyToIt) {
                covered = true;
                break;
            }
            u.agreements << a;
            if (!sharing::isInForce(status))
                notInForce << SharingTr::tr("%1 (%2)").arg(
                    a.ref, choices::label(choices::agreementStatus(), status).toLower());
            else
                partnerMissing << a.ref;
        }
        if (covered)
            continue;
        if (covering.isEmpty())
            u.reason = SharingTr::tr("No information sharing agreement covers this flow with %1.")
                           .arg(u.partner);
        else if (!notInForce.isEmpty())
            u.reason = SharingTr::tr("The agreement covering it is not in force: %1.")
                           .arg(notInForce.join(QStringLiteral(", ")));
        else
            u.reason = SharingTr::tr("%1 is not a party to %2, which covers this flow.")
                           .arg(u.partner, partnerMissing.join(QStringLiteral(", ")));
        out << u;
    }
    return out;
}

} // namespace igw
