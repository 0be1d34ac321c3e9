#pragma once

#include "workspace/recordstore.h"

#include <QList>
#include <QString>

namespace igw {

class Workspace;

// Which agreements cover a flow or a processing activity, and the flows to or from other
// organisations that no agreement in force covers.
//
// An agreement covers a flow when it links the flow (agreement_flows) or when the flow's
// agreement_ref names it (typed in the register before the agreement was linked). It covers
// an activity when it links it.

// Agreements covering the flow: in force first (active, then review due), then the rest,
// each group by reference.
QList<Record> agreementsCoveringFlow(Workspace &workspace, qint64 flowId);
QList<Record> agreementsCoveringActivity(Workspace &workspace, qint64 activityId);

// A flow between us and another organisation with no agreement in force naming that
// organisation as a party.
struct UncoveredFlow {
    Record flow;
    qint64 partnerOrgId = 0;
    QString partner;          // the organisation's name
    QList<Record> agreements; // agreements that cover the flow but are not in force
    QString reason;           // translated, one sentence: why it is flagged
};

// Every such flow, by reference. *error set (and an empty list) on a database error.
QList<UncoveredFlow> flowsWithoutActiveAgreement(Workspace &workspace, QString *error = nullptr);

} // namespace igw
