#include "reports/agreementreportdata.h"

#include "sharing/agreements.h"
#include "sharing/clauselibrary.h"

namespace igw {

const AgreementSignature *AgreementReportData::signatureOf(qint64 partyId) const
{
    for (const AgreementSignature &s : signatures)
        if (s.partyId == partyId)
            return &s;
    return nullptr;
}

std::optional<AgreementReportData> loadAgreementReportData(Workspace &workspace, qint64 agreementId,
                                                           QString *error)
{
    auto view = loadAgreementView(workspace, agreementId, error);
    if (!view)
        return std::nullopt;
    AgreementReportData d;
    d.view = std::move(*view);
    const QString recorded = d.value(agreementField::libraryVersion);
    const auto recordedLibrary = clauseLibraryVersion(workspace, recorded);
    const ClauseLibrary library = recordedLibrary.value_or(currentClauseLibrary(workspace));
    if (!recorded.isEmpty() && !recordedLibrary)
        d.missingLibrary = recorded;
    d.libraryTitle = library.title;
    d.libraryVersion = library.version;
    d.sections = draftAgreement(library, agreementFacts(d.view),
                                agreementJson(d.value(agreementField::clauseOverrides)),
                                agreementJson(d.value(agreementField::sectionAdditions)));
    d.schedule = d.view.schedule();
    d.signatures = sharing::currentSignatures(workspace, agreementId);
    return d;
}

} // namespace igw
