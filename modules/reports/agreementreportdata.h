#pragma once

#include "sharing/agreementtext.h"
#include "sharing/agreementview.h"
#include "sharing/lifecycle.h"

#include <QList>
#include <QString>

#include <optional>

namespace igw {

class Workspace;

// Everything the information sharing agreement prints, read from the workspace in one go:
// the agreement resolved (parties, links), its clauses numbered and filled from the clause
// library it was drawn up with, the schedule of data items and the signatures that count.
struct AgreementReportData {
    AgreementView view;
    QList<DraftSection> sections;
    QList<ScheduleRow> schedule;
    QList<AgreementSignature> signatures; // of the current version
    QString libraryTitle;
    QString libraryVersion;
    QString missingLibrary; // the recorded version, when the workspace does not have it

    QString value(const QString &field) const { return view.value(field); }
    // The current version's signature of a party, if it has signed.
    const AgreementSignature *signatureOf(qint64 partyId) const;
};

// nullopt with *error set when the agreement does not exist or cannot be read.
std::optional<AgreementReportData> loadAgreementReportData(Workspace &workspace, qint64 agreementId,
                                                           QString *error);

} // namespace igw
