#include "dpia/dpiatexts.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/riskmatrix.h"

#include <QHash>

namespace igw {

namespace {

const QHash<QString, QString> &dpiaLabels()
{
    using namespace dpiaField;
    static const QHash<QString, QString> labels{
        {title, DpiaTr::tr("Title")},
        {status, DpiaTr::tr("Status")},
        {version, DpiaTr::tr("Version")},
        {bankVersion, DpiaTr::tr("Question bank version")},
        {matrix, DpiaTr::tr("Risk matrix")},
        {summary, DpiaTr::tr("Summary")},
        {answers, DpiaTr::tr("Answers")},
        {ownerPersonId, DpiaTr::tr("Owner")},
        {screeningId, DpiaTr::tr("Screening")},
        {reviewDate, DpiaTr::tr("Review date")},
        {rejectionReason, DpiaTr::tr("Reason for rejection")},
        {dpoAdvice, DpiaTr::tr("Summary of DPO advice")},
        {dpoAdviceDecision, DpiaTr::tr("DPO advice accepted or overruled")},
        {dpoOverruleReason, DpiaTr::tr("Reasons for overruling the DPO's advice")},
        {individualsViews, DpiaTr::tr("Individuals' views")},
        {consultationDepartureReason, DpiaTr::tr("Reasons for departing from individuals' views")},
        {art36Decision, DpiaTr::tr("Prior consultation with the ICO (Art. 36)")},
        {art36Reason, DpiaTr::tr("Reason for the Art. 36 decision")},
        {signoffs, DpiaTr::tr("Sign-off")},
        {source, DpiaTr::tr("Source")},
        {importedNotes, DpiaTr::tr("Import notes")},
        {notes, DpiaTr::tr("Notes")},
        {activityIds, DpiaTr::tr("Processing activities")},
        {assetIds, DpiaTr::tr("Information assets")}};
    return labels;
}

const QHash<QString, QString> &riskLabels()
{
    using namespace riskField;
    static const QHash<QString, QString> labels{
        {dpiaId, DpiaTr::tr("DPIA")},
        {title, DpiaTr::tr("Source of risk")},
        {impact, DpiaTr::tr("Nature of the impact on individuals")},
        {fearedEvent, DpiaTr::tr("Feared event")},
        {likelihood, DpiaTr::tr("Likelihood")},
        {severity, DpiaTr::tr("Severity")},
        {residualLikelihood, DpiaTr::tr("Residual likelihood")},
        {residualSeverity, DpiaTr::tr("Residual severity")},
        {sortOrder, DpiaTr::tr("Order")},
        {notes, DpiaTr::tr("Notes")}};
    return labels;
}

const QHash<QString, QString> &measureLabels()
{
    using namespace measureField;
    static const QHash<QString, QString> labels{
        {dpiaId, DpiaTr::tr("DPIA")},
        {riskId, DpiaTr::tr("Risk")},
        {title, DpiaTr::tr("Measure")},
        {description, DpiaTr::tr("Description")},
        {effect, DpiaTr::tr("Effect on risk")},
        {ownerPersonId, DpiaTr::tr("Owner")},
        {ownerName, DpiaTr::tr("Owner (not in the directory)")},
        {dueDate, DpiaTr::tr("Due date")},
        {approved, DpiaTr::tr("Measure approved")},
        {status, DpiaTr::tr("Progress")},
        {notes, DpiaTr::tr("Notes")}};
    return labels;
}

const Choices *choicesFor(const RecordKind &kind, const QString &field)
{
    if (&kind == &kinds::dpia()) {
        if (field == dpiaField::status)
            return &choices::dpiaStatus();
        if (field == dpiaField::art36Decision)
            return &choices::art36Decision();
        if (field == dpiaField::dpoAdviceDecision)
            return &choices::dpoAdviceDecision();
    } else if (&kind == &kinds::risk()) {
        if (field == riskField::fearedEvent)
            return &choices::fearedEvent();
    } else if (&kind == &kinds::measure()) {
        if (field == measureField::effect)
            return &choices::measureEffect();
        if (field == measureField::status)
            return &choices::measureStatus();
    } else if (&kind == &kinds::screening()) {
        if (field == screeningField::outcome)
            return &choices::screeningOutcome();
    }
    return nullptr;
}

} // namespace

QString dpiaFieldLabel(const RecordKind &kind, const QString &field)
{
    const QHash<QString, QString> *labels = &kind == &kinds::dpia()      ? &dpiaLabels()
                                            : &kind == &kinds::risk()    ? &riskLabels()
                                            : &kind == &kinds::measure() ? &measureLabels()
                                                                         : nullptr;
    return labels ? labels->value(field, field) : field;
}

QString dpiaDisplayValue(const RecordKind &kind, const QString &field, const QVariant &value,
                         const RiskMatrix &matrix)
{
    const QString text = value.isNull() ? QString() : value.toString();
    if (text.isEmpty())
        return {};
    if (const Choices *list = choicesFor(kind, field))
        return choices::label(*list, text);
    if (&kind == &kinds::risk()) {
        const int level = value.toInt();
        if (field == riskField::likelihood || field == riskField::residualLikelihood)
            return matrix.isValidLevel(level) ? matrix.likelihoodLabels.at(level - 1) : text;
        if (field == riskField::severity || field == riskField::residualSeverity)
            return matrix.isValidLevel(level) ? matrix.severityLabels.at(level - 1) : text;
    }
    if (&kind == &kinds::measure() && field == measureField::approved)
        return value.toInt() == 1 ? DpiaTr::tr("Yes") : DpiaTr::tr("No");
    return text;
}

} // namespace igw
