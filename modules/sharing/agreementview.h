#pragma once

#include "workspace/recordstore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

class Workspace;

// One party to an agreement with what the directory says about its organisation.
struct AgreementPartyView {
    Record party;
    qint64 orgId = 0; // resolved: our own organisation's id when the party's org_id is null
    bool self = false;
    QString name;            // the organisation's name
    QString icoRegistration; // from the organisations directory
    QString address;
    QString role; // controller | joint_controller | processor
    QString signatoryName;
    QString signatoryRole;
    QString contact;
};

// One line of the schedule of data items: a flow, or a linked asset no flow covers.
struct ScheduleRow {
    QString source;         // "FL-0003 Hospital discharge notifications (from … to …)"
    QString dataCategories; // what is shared
    QString subjects;       // whose data it is
    QString method;         // transfer method, translated; empty for an asset
    QString frequency;      // translated; empty for an asset
};

// An agreement resolved for the checklist, the clause text and reports: its parties with
// their organisations, and its linked assets, flows and activities.
struct AgreementView {
    Record agreement;
    qint64 selfOrgId = 0;
    QString ourOrganisation;
    QList<AgreementPartyView> parties; // in sort order
    QList<Record> assets;
    QList<Record> flows;
    QList<Record> activities;
    QHash<qint64, QString> organisationNames; // every organisation, for flow ends
    QHash<qint64, Record> assetsById;         // every asset a flow names, and the linked ones

    QString value(const QString &field) const { return agreement.value(field).toString(); }
    QString status() const;
    int version() const;
    // Special category or criminal offence data in the sharing: the agreement names a
    // condition for it, or a linked asset or activity holds such data.
    bool specialCategory() const;
    bool criminalOffence() const;
    // What is shared: each flow's data items, then the linked assets' personal data
    // categories, without repeats.
    QStringList dataItems() const;
    // Whose data: the agreement's own list, else the linked assets' data subject categories.
    QStringList dataSubjects() const;
    QList<ScheduleRow> schedule() const;
    QString flowEnd(const Record &flow, bool from) const; // "Housing register" / partner name
    const AgreementPartyView *partyByOrg(qint64 orgId) const;
};

// nullopt with *error when the agreement does not exist or cannot be read.
std::optional<AgreementView> loadAgreementView(Workspace &workspace, qint64 agreementId,
                                               QString *error);

} // namespace igw
