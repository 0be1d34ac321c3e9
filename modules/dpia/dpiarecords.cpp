#include "dpia/dpiarecords.h"

#include "dpia/dpiatr.h"

namespace igw {

namespace kinds {

const RecordKind &screening()
{
    using namespace screeningField;
    static const RecordKind kind{QStringLiteral("screenings"),
                                 QStringLiteral("SC"),
                                 QStringLiteral("screenings"),
                                 {title, activityId, answers, outcome, reasons, bankVersion, notes},
                                 title};
    return kind;
}

const RecordKind &dpia()
{
    using namespace dpiaField;
    static const RecordKind kind{QStringLiteral("dpias"),
                                 QStringLiteral("DP"),
                                 QStringLiteral("dpias"),
                                 {title,
                                  status,
                                  version,
                                  bankVersion,
                                  matrix,
                                  summary,
                                  answers,
                                  ownerPersonId,
                                  screeningId,
                                  reviewDate,
                                  rejectionReason,
                                  dpoAdvice,
                                  dpoAdviceDecision,
                                  dpoOverruleReason,
                                  individualsViews,
                                  consultationDepartureReason,
                                  art36Decision,
                                  art36Reason,
                                  signoffs,
                                  source,
                                  importedNotes,
                                  notes},
                                 title,
                                 {},
                                 {{activityIds, QStringLiteral("dpia_activities"),
                                   QStringLiteral("dpia_id"), QStringLiteral("activity_id")},
                                  {assetIds, QStringLiteral("dpia_assets"),
                                   QStringLiteral("dpia_id"), QStringLiteral("asset_id")}}};
    return kind;
}

const RecordKind &risk()
{
    using namespace riskField;
    static const RecordKind kind{QStringLiteral("risks"),
                                 QStringLiteral("RK"),
                                 QStringLiteral("risks"),
                                 {dpiaId, title, impact, fearedEvent, likelihood, severity,
                                  residualLikelihood, residualSeverity, sortOrder, notes},
                                 title};
    return kind;
}

const RecordKind &measure()
{
    using namespace measureField;
    static const RecordKind kind{QStringLiteral("measures"),
                                 QStringLiteral("MS"),
                                 QStringLiteral("measures"),
                                 {dpiaId, riskId, title, description, effect, ownerPersonId,
                                  ownerName, dueDate, approved, status, notes},
                                 title};
    return kind;
}

} // namespace kinds

namespace choices {

const Choices &dpiaStatus()
{
    static const Choices c{{QStringLiteral("draft"), DpiaTr::tr("Draft")},
                           {QStringLiteral("in_review"), DpiaTr::tr("In review")},
                           {QStringLiteral("dpo_review"), DpiaTr::tr("With the DPO")},
                           {QStringLiteral("approved"), DpiaTr::tr("Approved")},
                           {QStringLiteral("rejected"), DpiaTr::tr("Rejected")},
                           {QStringLiteral("review_due"), DpiaTr::tr("Review due")}};
    return c;
}

const Choices &screeningOutcome()
{
    static const Choices c{{QStringLiteral("required"), DpiaTr::tr("DPIA required")},
                           {QStringLiteral("recommended"), DpiaTr::tr("DPIA recommended")},
                           {QStringLiteral("not_required"), DpiaTr::tr("DPIA not required")}};
    return c;
}

const Choices &measureEffect()
{
    static const Choices c{{QStringLiteral("eliminate"), DpiaTr::tr("Eliminated")},
                           {QStringLiteral("reduce"), DpiaTr::tr("Reduced")},
                           {QStringLiteral("accept"), DpiaTr::tr("Accepted")}};
    return c;
}

const Choices &measureStatus()
{
    static const Choices c{{QStringLiteral("planned"), DpiaTr::tr("Planned")},
                           {QStringLiteral("in_progress"), DpiaTr::tr("In progress")},
                           {QStringLiteral("done"), DpiaTr::tr("Done")}};
    return c;
}

const Choices &art36Decision()
{
    static const Choices c{{QStringLiteral("consult_ico"),
                            DpiaTr::tr("Consult the ICO before processing — UK GDPR Art. 36(1)")},
                           {QStringLiteral("not_required"),
                            DpiaTr::tr("No prior consultation: no high residual risk remains")}};
    return c;
}

const Choices &dpoAdviceDecision()
{
    static const Choices c{{QStringLiteral("accepted"), DpiaTr::tr("Accepted")},
                           {QStringLiteral("overruled"), DpiaTr::tr("Overruled")}};
    return c;
}

const Choices &fearedEvent()
{
    static const Choices c{
        {QStringLiteral("illegitimate_access"), DpiaTr::tr("Illegitimate access to data")},
        {QStringLiteral("unwanted_modification"), DpiaTr::tr("Unwanted modification of data")},
        {QStringLiteral("disappearance"), DpiaTr::tr("Disappearance of data")}};
    return c;
}

const Choices &signoffRoles()
{
    static const Choices c{
        {QStringLiteral("measures_approved"), DpiaTr::tr("Measures approved by")},
        {QStringLiteral("residual_approved"), DpiaTr::tr("Residual risks approved by")},
        {QStringLiteral("dpo_advice"), DpiaTr::tr("DPO advice provided by")},
        {QStringLiteral("consultation_reviewed"), DpiaTr::tr("Consultation responses reviewed by")},
        {QStringLiteral("kept_under_review"),
         DpiaTr::tr("This DPIA will be kept under review by")}};
    return c;
}

} // namespace choices

} // namespace igw
