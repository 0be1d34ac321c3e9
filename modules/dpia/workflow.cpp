#include "dpia/workflow.h"

#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "dpia/versions.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace igw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString statusLabel(const QString &key)
{
    return choices::label(choices::dpiaStatus(), key);
}

QList<Record> risksOf(Workspace &workspace, qint64 dpiaId)
{
    return workspace.records().list(kinds::risk(), riskField::sortOrder,
                                    QStringLiteral("dpia_id = ?"), {dpiaId});
}

QString riskName(const Record &risk)
{
    return DpiaTr::tr("%1 \u201c%2\u201d").arg(risk.ref, risk.title(kinds::risk()));
}

// The DPIA's risks whose residual score falls in the High band.
QStringList highResidualRisks(Workspace &workspace, const Record &dpia)
{
    const RiskMatrix matrix = loadRiskMatrix(workspace, dpia.value(dpiaField::matrix).toString());
    QStringList names;
    for (const Record &r : risksOf(workspace, dpia.id)) {
        const auto band = matrix.band(r.value(riskField::residualLikelihood).toInt(),
                                      r.value(riskField::residualSeverity).toInt());
        if (band == RiskBand::High)
            names << riskName(r);
    }
    return names;
}

// The DPIA (with its id) the risk or measure belongs to.
qint64 dpiaOf(Workspace &workspace, const RecordKind &kind, qint64 id)
{
    const auto r = workspace.records().get(kind, id);
    return r ? r->value(QStringLiteral("dpia_id")).toLongLong() : 0;
}

bool isDpiaPart(const RecordKind &kind)
{
    return &kind == &kinds::risk() || &kind == &kinds::measure();
}

} // namespace

namespace workflow {

QStringList allowedTransitions(const QString &from)
{
    using namespace dpiaStatus;
    if (from == draft)
        return {inReview};
    if (from == inReview)
        return {dpoReview, draft, rejected};
    if (from == dpoReview)
        return {approved, rejected, inReview};
    if (from == rejected)
        return {draft};
    if (from == approved)
        return {reviewDue, draft};
    if (from == reviewDue)
        return {draft};
    return {};
}

bool isFrozen(const QString &status)
{
    return status == dpiaStatus::approved || status == dpiaStatus::reviewDue;
}

bool art36Required(Workspace &workspace, qint64 dpiaId)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    return dpia && !highResidualRisks(workspace, *dpia).isEmpty();
}

QStringList approvalBlockers(Workspace &workspace, qint64 dpiaId)
{
    QStringList blockers;
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia)
        return {DpiaTr::tr("The DPIA no longer exists.")};
    const RiskMatrix matrix = loadRiskMatrix(workspace, dpia->value(dpiaField::matrix).toString());

    // Steps 1-4: the bank's required questions.
    const QuestionBank bank =
        questionBankVersion(workspace, dpia->value(dpiaField::bankVersion).toString())
            .value_or(currentQuestionBank(workspace));
    const DpiaAnswers answers = parseAnswers(dpia->value(dpiaField::answers));
    for (const BankStep &step : bank.steps)
        for (const BankQuestion &q : step.questions)
            if (q.required && isBlankAnswer(answers.value(q.id)))
                blockers << DpiaTr::tr("Step %1: the question %2 \u201c%3\u201d is required and "
                                       "has no answer.")
                                .arg(step.id, q.id, q.text);

    // Steps 5 and 6: every risk scored before and after the measures.
    const QList<Record> risks = risksOf(workspace, dpiaId);
    if (risks.isEmpty())
        blockers << DpiaTr::tr("Step 5: no risks are recorded. Record the risks to individuals, "
                               "even if they are low.");
    for (const Record &r : risks) {
        if (!matrix.band(r.value(riskField::likelihood).toInt(),
                         r.value(riskField::severity).toInt()))
            blockers << DpiaTr::tr("Step 5: risk %1 needs an inherent likelihood and severity "
                                   "on the %2 matrix.")
                            .arg(riskName(r), matrix.name);
        if (!matrix.band(r.value(riskField::residualLikelihood).toInt(),
                         r.value(riskField::residualSeverity).toInt()))
            blockers << DpiaTr::tr("Step 6: risk %1 needs a residual likelihood and severity "
                                   "on the %2 matrix.")
                            .arg(riskName(r), matrix.name);
    }

    // Step 7: sign-off and the DPO's advice.
    const QJsonObject signoffs =
        QJsonDocument::fromJson(dpia->value(dpiaField::signoffs).toString().toUtf8()).object();
    for (const QString &role :
         {QStringLiteral("measures_approved"), QStringLiteral("residual_approved"),
          QStringLiteral("dpo_advice")}) {
        const QJsonObject s = signoffs.value(role).toObject();
        const bool complete =
            !s.value(QStringLiteral("name")).toString().trimmed().isEmpty() &&
            !s.value(QStringLiteral("position")).toString().trimmed().isEmpty() &&
            QDate::fromString(s.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid();
        if (!complete)
            blockers << DpiaTr::tr("Step 7: \u201c%1\u201d needs a name, position and date.")
                            .arg(choices::label(choices::signoffRoles(), role));
    }
    if (dpia->value(dpiaField::dpoAdvice).toString().trimmed().isEmpty())
        blockers << DpiaTr::tr("Step 7: the summary of the DPO's advice is missing.");
    const QString decision = dpia->value(dpiaField::dpoAdviceDecision).toString();
    if (decision.isEmpty())
        blockers << DpiaTr::tr("Step 7: record whether the DPO's advice was accepted or "
                               "overruled.");
    else if (decision == QLatin1String("overruled") &&
             dpia->value(dpiaField::dpoOverruleReason).toString().trimmed().isEmpty())
        blockers << DpiaTr::tr("Step 7: the DPO's advice was overruled; give the reasons.");

    // Art. 36: a high residual risk may not be accepted without consulting the ICO.
    const QStringList high = highResidualRisks(workspace, *dpia);
    if (!high.isEmpty() &&
        (dpia->value(dpiaField::art36Decision).toString() != QLatin1String("consult_ico") ||
         dpia->value(dpiaField::art36Reason).toString().trimmed().isEmpty()))
        blockers << DpiaTr::tr("Prior consultation (UK GDPR Art. 36(1)): the residual risk of "
                               "%1 is still high, so approval is blocked until the Art. 36 "
                               "decision is recorded as \u201cconsult the ICO\u201d with the "
                               "reason.")
                        .arg(high.join(QStringLiteral(", ")));
    return blockers;
}

bool transition(Workspace &workspace, qint64 dpiaId, const QString &to, const QString &reason,
                QString *error)
{
    RecordStore &store = workspace.records();
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    const auto dpia = store.get(kinds::dpia(), dpiaId);
    if (!dpia)
        return fail(error, DpiaTr::tr("The DPIA no longer exists."));
    const QString from = dpia->value(dpiaField::status).toString();
    const QStringList allowed = allowedTransitions(from);
    if (!allowed.contains(to)) {
        QStringList labels;
        for (const QString &s : allowed)
            labels << statusLabel(s);
        return fail(error, DpiaTr::tr("%1 is \u201c%2\u201d and cannot move to \u201c%3\u201d; "
                                      "it can move to: %4.")
                               .arg(dpia->ref, statusLabel(from), statusLabel(to),
                                    labels.join(QStringLiteral(", "))));
    }
    QVariantMap changes{{dpiaField::status, to}};
    if (to == dpiaStatus::rejected) {
        if (reason.trimmed().isEmpty())
            return fail(error, DpiaTr::tr("Give the reason for rejecting %1.").arg(dpia->ref));
        changes.insert(dpiaField::rejectionReason, reason.trimmed());
    }
    if (to == dpiaStatus::approved) {
        const QStringList blockers = approvalBlockers(workspace, dpiaId);
        if (!blockers.isEmpty())
            return fail(error, DpiaTr::tr("%1 cannot be approved yet:\n%2")
                                   .arg(dpia->ref, blockers.join(QLatin1Char('\n'))));
        // The ICO template asks who keeps the DPIA under review; a year is the usual cycle.
        if (dpia->value(dpiaField::reviewDate).toString().isEmpty())
            changes.insert(dpiaField::reviewDate,
                           QDate::currentDate().addYears(1).toString(Qt::ISODate));
    }
    if (to == dpiaStatus::draft && isFrozen(from)) {
        changes.insert(dpiaField::version, dpia->value(dpiaField::version).toInt() + 1);
        changes.insert(dpiaField::signoffs, QVariant());
    }
    if (!store.update(kinds::dpia(), dpiaId, changes, error))
        return false;
    if (to == dpiaStatus::approved && !versions::freeze(workspace, dpiaId, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

int markReviewsDue(Workspace &workspace, const QDate &today, QString *error)
{
    RecordStore &store = workspace.records();
    QString listError;
    const QList<Record> due = store.list(
        kinds::dpia(), {},
        QStringLiteral("status = 'approved' AND review_date IS NOT NULL AND review_date < ?"),
        {today.toString(Qt::ISODate)}, &listError);
    if (!listError.isEmpty()) {
        fail(error, listError);
        return -1;
    }
    if (due.isEmpty())
        return 0;
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return -1;
    }
    for (const Record &d : due)
        if (!store.update(kinds::dpia(), d.id, {{dpiaField::status, dpiaStatus::reviewDue}}, error))
            return -1;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return -1;
    }
    return int(due.size());
}

bool beginEdit(Workspace &workspace, qint64 dpiaId, QString *error, bool *newVersion)
{
    if (newVersion)
        *newVersion = false;
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia)
        return fail(error, DpiaTr::tr("The DPIA no longer exists."));
    if (!isFrozen(dpia->value(dpiaField::status).toString()))
        return true;
    if (!transition(workspace, dpiaId, dpiaStatus::draft, {}, error))
        return false;
    if (newVersion)
        *newVersion = true;
    return true;
}

} // namespace workflow

bool updateDpia(Workspace &workspace, qint64 dpiaId, const QVariantMap &changes, QString *error)
{
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    // A status change goes through transition(), never a plain update.
    if (changes.contains(dpiaField::status) || changes.contains(dpiaField::version))
        return fail(error, DpiaTr::tr("The status and version of a DPIA change only through "
                                      "the review workflow."));
    if (!workflow::beginEdit(workspace, dpiaId, error) ||
        !workspace.records().update(kinds::dpia(), dpiaId, changes, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

std::optional<Record> addToDpia(Workspace &workspace, const RecordKind &kind,
                                const QVariantMap &values, QString *error)
{
    if (!isDpiaPart(kind)) {
        fail(error, DpiaTr::tr("Only risks and measures belong to a DPIA."));
        return std::nullopt;
    }
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    if (!workflow::beginEdit(workspace, values.value(QStringLiteral("dpia_id")).toLongLong(),
                             error))
        return std::nullopt;
    auto record = workspace.records().create(kind, values, error);
    if (!record)
        return std::nullopt;
    if (!tx.commit()) {
        fail(error, tx.errorString());
        return std::nullopt;
    }
    return record;
}

bool updateInDpia(Workspace &workspace, const RecordKind &kind, qint64 id,
                  const QVariantMap &changes, QString *error)
{
    if (!isDpiaPart(kind))
        return fail(error, DpiaTr::tr("Only risks and measures belong to a DPIA."));
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    if (!workflow::beginEdit(workspace, dpiaOf(workspace, kind, id), error) ||
        !workspace.records().update(kind, id, changes, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

bool removeFromDpia(Workspace &workspace, const RecordKind &kind, qint64 id, QString *error)
{
    if (!isDpiaPart(kind))
        return fail(error, DpiaTr::tr("Only risks and measures belong to a DPIA."));
    WriteTransaction tx(workspace);
    if (!tx.isActive())
        return fail(error, tx.errorString());
    if (!workflow::beginEdit(workspace, dpiaOf(workspace, kind, id), error))
        return false;
    // A risk's own measures go with it; they make no sense without the risk.
    if (&kind == &kinds::risk())
        for (const Record &m :
             workspace.records().list(kinds::measure(), {}, QStringLiteral("risk_id = ?"), {id}))
            if (!workspace.records().remove(kinds::measure(), m.id, error))
                return false;
    if (!workspace.records().remove(kind, id, error))
        return false;
    return tx.commit() || fail(error, tx.errorString());
}

} // namespace igw
