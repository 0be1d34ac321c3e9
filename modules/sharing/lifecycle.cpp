#include "sharing/lifecycle.h"

#include "register/assets.h"
#include "sharing/agreementdocuments.h"
#include "sharing/agreements.h"
#include "sharing/agreementversions.h"
#include "sharing/checklist.h"
#include "sharing/clauselibrary.h"
#include "sharing/sharingtr.h"
#include "workspace/audit.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QSet>

namespace igw::sharing {

namespace af = agreementField;
namespace pf = partyField;

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString statusLabel(const QString &key)
{
    return choices::label(choices::agreementStatus(), key);
}

QString statusOf(const Record &agreement)
{
    const QString s = agreement.value(af::status).toString();
    return s.isEmpty() ? agreementStatus::draft : s;
}

bool isFinal(const QString &status)
{
    return status == agreementStatus::expired || status == agreementStatus::terminated;
}

// Sent for signature at least once in its current life: changes to what is signed need a new
// version.
bool isSent(const QString &status)
{
    return status == agreementStatus::outForSignature || isInForce(status);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

// A value as compared for "did it change": blank is null, link sets in their canonical form.
QString normalised(const QString &field, const QVariant &value)
{
    if (field == af::assetIds || field == af::flowIds || field == af::activityIds)
        return linkValue(linkIds(value));
    return value.toString().trimmed();
}

QString finalMessage(const Record &agreement)
{
    return SharingTr::tr("%1 is %2 and can no longer be changed; only its notes can. Draw up a "
                         "new agreement for further sharing.")
        .arg(agreement.ref, statusLabel(statusOf(agreement)).toLower());
}

// Keeps each flow's agreement_ref (shown in the register) in step with the agreement's flow
// links: newly linked flows name the agreement, unlinked ones stop naming it.
bool syncFlowReferences(Workspace &workspace, const Record &agreement, const QVariant &oldFlows,
                        const QVariant &newFlows, QString *error)
{
    RecordStore &store = workspace.records();
    const QList<qint64> before = linkIds(oldFlows);
    const QList<qint64> after = linkIds(newFlows);
    for (const qint64 id : after) {
        const auto flow = store.get(kinds::flow(), id);
        if (flow && flow->value(flowField::agreementRef).toString() != agreement.ref &&
            !store.update(kinds::flow(), id, {{flowField::agreementRef, agreement.ref}}, error))
            return false;
    }
    for (const qint64 id : before) {
        if (after.contains(id))
            continue;
        const auto flow = store.get(kinds::flow(), id);
        if (flow && flow->value(flowField::agreementRef).toString() == agreement.ref &&
            !store.update(kinds::flow(), id, {{flowField::agreementRef, QVariant()}}, error))
            return false;
    }
    return true;
}

// The next version as a draft: earlier signatures stop counting because they carry the
// version they were given to.
bool startNewVersion(Workspace &workspace, const Record &agreement, QString *error)
{
    return workspace.records().update(
        kinds::agreement(), agreement.id,
        {{af::version, qMax(1, agreement.value(af::version).toInt()) + 1},
         {af::status, agreementStatus::draft}},
        error);
}

// After a change that started a new version: back out for signature when still complete.
bool resubmitIfComplete(Workspace &workspace, qint64 agreementId, QString *error)
{
    if (!checkAgreement(workspace, agreementId).isEmpty())
        return true;
    return workspace.records().update(kinds::agreement(), agreementId,
                                      {{af::status, agreementStatus::outForSignature}}, error) &&
           agreementVersions::freeze(workspace, agreementId, error).has_value();
}

std::optional<Record> agreementOf(Workspace &workspace, qint64 id, QString *error)
{
    auto r = workspace.records().get(kinds::agreement(), id);
    if (!r)
        fail(error, SharingTr::tr("The information sharing agreement no longer exists."));
    return r;
}

QString partyName(Workspace &workspace, const Record &party)
{
    const QVariant org = party.value(pf::orgId);
    const qint64 id = org.isNull() ? workspace.selfOrganisationId() : org.toLongLong();
    const auto o = workspace.records().get(kinds::organisation(), id);
    return o ? o->title(kinds::organisation()) : QString();
}

// A party change on a sent agreement: new version first; the caller makes the change, then
// resubmits.
bool beforePartyChange(Workspace &workspace, qint64 agreementId, bool versioned, bool *started,
                       QString *error)
{
    *started = false;
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    const QString status = statusOf(*agreement);
    if (isFinal(status))
        return fail(error, finalMessage(*agreement));
    if (versioned && isSent(status)) {
        *started = true;
        return startNewVersion(workspace, *agreement, error);
    }
    return true;
}

} // namespace

bool isInForce(const QString &status)
{
    return status == agreementStatus::active || status == agreementStatus::reviewDue;
}

std::optional<Record> createAgreement(Workspace &workspace, const QVariantMap &values,
                                      QString *error)
{
    QVariantMap v = values;
    if (v.value(af::title).toString().trimmed().isEmpty()) {
        fail(error, SharingTr::tr("Give the agreement a title, e.g. the service the sharing "
                                  "supports."));
        return std::nullopt;
    }
    v.insert(af::status, agreementStatus::draft);
    v.insert(af::version, 1);
    if (v.value(af::libraryVersion).toString().isEmpty())
        v.insert(af::libraryVersion, currentClauseLibrary(workspace).version);
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    auto record = workspace.records().create(kinds::agreement(), v, error);
    if (!record || !syncFlowReferences(workspace, *record, {}, v.value(af::flowIds), error))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return workspace.records().get(kinds::agreement(), record->id);
}

bool updateAgreement(Workspace &workspace, qint64 agreementId, const QVariantMap &changes,
                     QString *error, bool *newVersion)
{
    if (newVersion)
        *newVersion = false;
    if (changes.contains(af::status) || changes.contains(af::version) ||
        changes.contains(af::terminatedReason))
        return fail(error, SharingTr::tr("The status and version of an agreement change only "
                                         "through its lifecycle: send for signature, record "
                                         "signatures, review or terminate it."));
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    const QString status = statusOf(*agreement);
    if (isFinal(status)) {
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            if (it.key() != af::notes)
                return fail(error, finalMessage(*agreement));
    }
    if (changes.contains(af::title) && changes.value(af::title).toString().trimmed().isEmpty())
        return fail(error, SharingTr::tr("An agreement needs a title."));
    bool versioned = false;
    for (const QString &field : versionedAgreementFields())
        if (changes.contains(field) &&
            normalised(field, changes.value(field)) != normalised(field, agreement->value(field)))
            versioned = true;
    const bool startsVersion = versioned && isSent(status);
    if (startsVersion && !startNewVersion(workspace, *agreement, error))
        return false;
    if (!workspace.records().update(kinds::agreement(), agreementId, changes, error))
        return false;
    if (changes.contains(af::flowIds) &&
        !syncFlowReferences(workspace, *agreement, agreement->value(af::flowIds),
                            changes.value(af::flowIds), error))
        return false;
    if (startsVersion && !resubmitIfComplete(workspace, agreementId, error))
        return false;
    if (!tx.commit())
        return fail(error, tx.errorString());
    if (newVersion)
        *newVersion = startsVersion;
    return true;
}

bool removeAgreement(Workspace &workspace, qint64 agreementId, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    if (!agreementVersions::list(workspace, agreementId).isEmpty())
        return fail(error, SharingTr::tr("%1 has been sent for signature, so it is kept as a "
                                         "record. Terminate it instead, giving the reason.")
                               .arg(agreement->ref));
    RecordStore &store = workspace.records();
    for (const AgreementDocument &d : agreementDocuments::list(workspace, agreementId))
        if (!agreementDocuments::remove(workspace, d.id, error))
            return false;
    for (const Record &p :
         store.list(kinds::agreementParty(), {}, QStringLiteral("agreement_id = ?"), {agreementId}))
        if (!store.remove(kinds::agreementParty(), p.id, error))
            return false;
    if (!syncFlowReferences(workspace, *agreement, agreement->value(af::flowIds), {}, error) ||
        !store.remove(kinds::agreement(), agreementId, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

std::optional<Record> addParty(Workspace &workspace, const QVariantMap &values, QString *error)
{
    const qint64 agreementId = values.value(pf::agreementId).toLongLong();
    QVariantMap v = values;
    const QString role = v.value(pf::role).toString();
    if (role.isEmpty())
        v.insert(pf::role, QStringLiteral("controller"));
    else if (choices::label(choices::partyRole(), role) == role) {
        fail(error, SharingTr::tr("\u201c%1\u201d is not a party role; use controller, "
                                  "joint_controller or processor.")
                        .arg(role));
        return std::nullopt;
    }
    // Our own organisation is stored as null, so it stays right if the profile is replaced.
    if (v.value(pf::orgId).toLongLong() == workspace.selfOrganisationId())
        v.insert(pf::orgId, QVariant());
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    RecordStore &store = workspace.records();
    const QString orgCondition = v.value(pf::orgId).isNull()
                                     ? QStringLiteral("agreement_id = ? AND org_id IS NULL")
                                     : QStringLiteral("agreement_id = ? AND org_id = ?");
    QVariantList binds{agreementId};
    if (!v.value(pf::orgId).isNull())
        binds << v.value(pf::orgId);
    const QList<Record> same = store.list(kinds::agreementParty(), {}, orgCondition, binds);
    if (!same.isEmpty()) {
        fail(error, SharingTr::tr("%1 is already a party to this agreement.")
                        .arg(partyName(workspace, same.constFirst())));
        return std::nullopt;
    }
    bool started = false;
    if (!beforePartyChange(workspace, agreementId, true, &started, error))
        return std::nullopt;
    if (!v.contains(pf::sortOrder))
        v.insert(pf::sortOrder, store
                                    .list(kinds::agreementParty(), {},
                                          QStringLiteral("agreement_id = ?"), {agreementId})
                                    .size());
    auto record = store.create(kinds::agreementParty(), v, error);
    if (!record || (started && !resubmitIfComplete(workspace, agreementId, error)))
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return record;
}

bool updateParty(Workspace &workspace, qint64 partyId, const QVariantMap &changes, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto party = workspace.records().get(kinds::agreementParty(), partyId);
    if (!party)
        return fail(error, SharingTr::tr("The party no longer exists."));
    if (changes.contains(pf::agreementId))
        return fail(error, SharingTr::tr("A party cannot move to another agreement; add the "
                                         "organisation there instead."));
    QVariantMap v = changes;
    if (v.contains(pf::orgId) && v.value(pf::orgId).toLongLong() == workspace.selfOrganisationId())
        v.insert(pf::orgId, QVariant());
    if (v.contains(pf::role) &&
        choices::label(choices::partyRole(), v.value(pf::role).toString()) ==
            v.value(pf::role).toString())
        return fail(error, SharingTr::tr("\u201c%1\u201d is not a party role; use controller, "
                                         "joint_controller or processor.")
                               .arg(v.value(pf::role).toString()));
    const qint64 agreementOfParty = party->value(pf::agreementId).toLongLong();
    if (v.contains(pf::orgId) && v.value(pf::orgId) != party->value(pf::orgId)) {
        const QList<Record> same = workspace.records().list(
            kinds::agreementParty(), {},
            v.value(pf::orgId).isNull() ? QStringLiteral("agreement_id = ? AND org_id IS NULL")
                                        : QStringLiteral("agreement_id = ? AND org_id = ?"),
            v.value(pf::orgId).isNull() ? QVariantList{agreementOfParty}
                                        : QVariantList{agreementOfParty, v.value(pf::orgId)});
        if (!same.isEmpty())
            return fail(error, SharingTr::tr("%1 is already a party to this agreement.")
                                   .arg(partyName(workspace, same.constFirst())));
    }
    // Who the party is and what it does are what was signed; the names of its signatory and
    // contact are not.
    const bool versioned =
        (v.contains(pf::orgId) && v.value(pf::orgId) != party->value(pf::orgId)) ||
        (v.contains(pf::role) && v.value(pf::role).toString() != party->value(pf::role).toString());
    const qint64 agreementId = party->value(pf::agreementId).toLongLong();
    bool started = false;
    if (!beforePartyChange(workspace, agreementId, versioned, &started, error) ||
        !workspace.records().update(kinds::agreementParty(), partyId, v, error) ||
        (started && !resubmitIfComplete(workspace, agreementId, error)))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool removeParty(Workspace &workspace, qint64 partyId, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto party = workspace.records().get(kinds::agreementParty(), partyId);
    if (!party)
        return fail(error, SharingTr::tr("The party no longer exists."));
    const qint64 agreementId = party->value(pf::agreementId).toLongLong();
    bool started = false;
    if (!beforePartyChange(workspace, agreementId, true, &started, error) ||
        !workspace.records().remove(kinds::agreementParty(), partyId, error) ||
        (started && !resubmitIfComplete(workspace, agreementId, error)))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool sendForSignature(Workspace &workspace, qint64 agreementId, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    const QString status = statusOf(*agreement);
    if (status != agreementStatus::draft)
        return fail(error, SharingTr::tr("%1 is \u201c%2\u201d; only a draft can be sent for "
                                         "signature.")
                               .arg(agreement->ref, statusLabel(status)));
    const QList<ChecklistItem> gaps = checkAgreement(workspace, agreementId);
    if (!gaps.isEmpty()) {
        QStringList lines;
        for (const ChecklistItem &item : gaps)
            lines << SharingTr::tr("- %1 %2").arg(item.missing, item.todo);
        return fail(error, SharingTr::tr("%1 cannot be sent for signature until the ICO Data "
                                         "Sharing Code checklist is complete:\n%2")
                               .arg(agreement->ref, lines.join(u'\n')));
    }
    if (!workspace.records().update(kinds::agreement(), agreementId,
                                    {{af::status, agreementStatus::outForSignature}}, error) ||
        !agreementVersions::freeze(workspace, agreementId, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool recordSignature(Workspace &workspace, qint64 agreementId, qint64 partyId, const QString &name,
                     const QString &role, const QDate &signedOn, QString *error, bool *nowActive)
{
    if (nowActive)
        *nowActive = false;
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    const QString status = statusOf(*agreement);
    const int version = qMax(1, agreement->value(af::version).toInt());
    if (status != agreementStatus::outForSignature)
        return fail(error, SharingTr::tr("%1 is \u201c%2\u201d; signatures are recorded only "
                                         "while it is out for signature.")
                               .arg(agreement->ref, statusLabel(status)));
    const auto party = workspace.records().get(kinds::agreementParty(), partyId);
    if (!party || party->value(pf::agreementId).toLongLong() != agreementId)
        return fail(error, SharingTr::tr("That party is not a party to %1.").arg(agreement->ref));
    const QString organisation = partyName(workspace, *party);
    if (name.trimmed().isEmpty() || role.trimmed().isEmpty())
        return fail(error, SharingTr::tr("Give the name and the role of the person who signed "
                                         "for %1.")
                               .arg(organisation));
    if (!signedOn.isValid())
        return fail(error, SharingTr::tr("Give the date %1 signed.").arg(organisation));
    if (signedOn > QDate::currentDate())
        return fail(error, SharingTr::tr("The date of signature (%1) is in the future; record "
                                         "a signature once it has been given.")
                               .arg(signedOn.toString(Qt::ISODate)));
    for (const AgreementSignature &s : currentSignatures(workspace, agreementId))
        if (s.partyId == partyId)
            return fail(error, SharingTr::tr("%1 has already signed version %2 of %3 (%4, %5).")
                                   .arg(organisation)
                                   .arg(version)
                                   .arg(agreement->ref, s.name, s.signedOn.toString(Qt::ISODate)));
    const QString recordedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (sql::insert(workspace.database(),
                    QStringLiteral("INSERT INTO agreement_signatures (agreement_id, party_id,"
                                   " party_name, name, role, signed_on, version, recorded_at,"
                                   " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {agreementId, partyId, organisation, name.trimmed(), role.trimmed(),
                     signedOn.toString(Qt::ISODate), version, recordedAt, workspace.userName()},
                    error) == 0)
        return false;
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("agreement_signatures");
    e.recordUuid = agreement->uuid;
    e.recordRef = agreement->ref;
    e.action = QStringLiteral("create");
    e.field = QStringLiteral("signature");
    e.newValue =
        SharingTr::tr("%1: signed by %2 (%3) on %4, version %5")
            .arg(organisation, name.trimmed(), role.trimmed(), signedOn.toString(Qt::ISODate))
            .arg(version);
    if (!audit::append(workspace.database(), e, error))
        return false;
    if (unsignedParties(workspace, agreementId).isEmpty()) {
        QVariantMap changes{{af::status, agreementStatus::active}};
        if (agreement->value(af::startDate).toString().isEmpty()) {
            QDate last = signedOn;
            for (const AgreementSignature &s : currentSignatures(workspace, agreementId))
                last = qMax(last, s.signedOn);
            changes.insert(af::startDate, last.toString(Qt::ISODate));
        }
        if (!workspace.records().update(kinds::agreement(), agreementId, changes, error))
            return false;
        if (nowActive)
            *nowActive = true;
    }
    return tx.commit() || fail(error, tx.errorString());
}

bool terminate(Workspace &workspace, qint64 agreementId, const QString &reason, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    if (isFinal(statusOf(*agreement)))
        return fail(error, finalMessage(*agreement));
    if (reason.trimmed().isEmpty())
        return fail(error, SharingTr::tr("Give the reason for terminating %1; it is kept with "
                                         "the agreement.")
                               .arg(agreement->ref));
    QVariantMap changes{{af::status, agreementStatus::terminated},
                        {af::terminatedReason, reason.trimmed()}};
    // The sharing ends today unless it was due to end earlier.
    const QDate end = QDate::fromString(agreement->value(af::endDate).toString(), Qt::ISODate);
    if (!end.isValid() || end > QDate::currentDate())
        changes.insert(af::endDate, today());
    if (!workspace.records().update(kinds::agreement(), agreementId, changes, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool completeReview(Workspace &workspace, qint64 agreementId, const QDate &nextReview,
                    QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto agreement = agreementOf(workspace, agreementId, error);
    if (!agreement)
        return false;
    const QString status = statusOf(*agreement);
    if (!isInForce(status))
        return fail(error, SharingTr::tr("%1 is \u201c%2\u201d; only an active agreement or one "
                                         "due for review can be reviewed.")
                               .arg(agreement->ref, statusLabel(status)));
    if (!nextReview.isValid() || nextReview <= QDate::currentDate())
        return fail(error, SharingTr::tr("Set the next review date after today."));
    const QDate end = QDate::fromString(agreement->value(af::endDate).toString(), Qt::ISODate);
    if (end.isValid() && nextReview > end)
        return fail(error, SharingTr::tr("The next review date is after the agreement ends on "
                                         "%1; choose an earlier date, or vary the end date "
                                         "first.")
                               .arg(end.toString(Qt::ISODate)));
    if (!workspace.records().update(kinds::agreement(), agreementId,
                                    {{af::status, agreementStatus::active},
                                     {af::reviewDate, nextReview.toString(Qt::ISODate)}},
                                    error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

int refreshStatuses(Workspace &workspace, const QDate &today, QString *error)
{
    RecordStore &store = workspace.records();
    const QString day = today.toString(Qt::ISODate);
    QString listError;
    const QList<Record> ended =
        store.list(kinds::agreement(), {},
                   QStringLiteral("status IN ('out_for_signature', 'active', 'review_due') AND"
                                  " end_date IS NOT NULL AND end_date < ?"),
                   {day}, &listError);
    const QList<Record> due = store.list(
        kinds::agreement(), {},
        QStringLiteral("status = 'active' AND review_date IS NOT NULL AND review_date < ? AND"
                       " (end_date IS NULL OR end_date >= ?)"),
        {day, day}, &listError);
    if (!listError.isEmpty()) {
        fail(error, listError);
        return -1;
    }
    if (ended.isEmpty() && due.isEmpty())
        return 0;
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return -1;
    }
    for (const Record &a : ended)
        if (!store.update(kinds::agreement(), a.id, {{af::status, agreementStatus::expired}},
                          error))
            return -1;
    for (const Record &a : due)
        if (!store.update(kinds::agreement(), a.id, {{af::status, agreementStatus::reviewDue}},
                          error))
            return -1;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return -1;
    }
    return int(ended.size() + due.size());
}

QList<AgreementSignature> signatures(Workspace &workspace, qint64 agreementId)
{
    QList<AgreementSignature> out;
    const auto rows =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT id, party_id, party_name, name, role, signed_on, version,"
                                 " recorded_at, recorded_by FROM agreement_signatures"
                                 " WHERE agreement_id = ? ORDER BY id"),
                  {agreementId});
    for (const QVariantList &r : rows)
        out << AgreementSignature{r.at(0).toLongLong(),
                                  agreementId,
                                  r.at(1).toLongLong(),
                                  r.at(2).toString(),
                                  r.at(3).toString(),
                                  r.at(4).toString(),
                                  QDate::fromString(r.at(5).toString(), Qt::ISODate),
                                  r.at(6).toInt(),
                                  QDateTime::fromString(r.at(7).toString(), Qt::ISODateWithMs),
                                  r.at(8).toString()};
    return out;
}

QList<AgreementSignature> currentSignatures(Workspace &workspace, qint64 agreementId)
{
    const auto agreement = workspace.records().get(kinds::agreement(), agreementId);
    if (!agreement)
        return {};
    const int version = qMax(1, agreement->value(af::version).toInt());
    QSet<qint64> parties;
    for (const Record &p : workspace.records().list(
             kinds::agreementParty(), {}, QStringLiteral("agreement_id = ?"), {agreementId}))
        parties.insert(p.id);
    QList<AgreementSignature> out;
    for (const AgreementSignature &s : signatures(workspace, agreementId))
        if (s.version == version && parties.contains(s.partyId))
            out << s;
    return out;
}

QList<Record> unsignedParties(Workspace &workspace, qint64 agreementId)
{
    QSet<qint64> signedParties;
    for (const AgreementSignature &s : currentSignatures(workspace, agreementId))
        signedParties.insert(s.partyId);
    QList<Record> out;
    for (const Record &p :
         workspace.records().list(kinds::agreementParty(), pf::sortOrder,
                                  QStringLiteral("agreement_id = ?"), {agreementId}))
        if (!signedParties.contains(p.id))
            out << p;
    return out;
}

} // namespace igw::sharing
