#include "dpia/screening.h"

#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/prefill.h"
#include "dpia/questionbank.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace igw {

namespace screening {

namespace {

bool containsAny(const QStringList &terms, const QStringList &needles, QString *hit)
{
    for (const QString &t : terms)
        for (const QString &n : needles)
            if (t.contains(n, Qt::CaseInsensitive)) {
                *hit = t;
                return true;
            }
    return false;
}

bool failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

Result evaluate(const Answers &answers)
{
    const auto answered = [&](const Question &q, const QString &value) {
        return answers.value(q.id) == value;
    };
    int wp248Yes = 0;
    for (const Question &q : questions())
        if (q.group == Group::Wp248 && answered(q, yes))
            ++wp248Yes;

    enum Level { NotRequired, Recommended, Required };
    Level level = NotRequired;
    Result result;
    const auto raise = [&](Level l) { level = std::max(level, l); };
    bool anyUnsure = false;
    QStringList unsureReasons; // listed after the criteria that are met
    for (const Question &q : questions()) {
        if (answered(q, unsure)) {
            anyUnsure = true;
            unsureReasons << DpiaTr::tr("%1 (%2): answered \u201cunsure\u201d; find out, or "
                                        "treat it as \u201cyes\u201d.")
                                 .arg(q.title, q.citation);
            continue;
        }
        if (!answered(q, yes))
            continue;
        switch (q.group) {
        case Group::Art35:
            raise(Required);
            result.reasons
                << DpiaTr::tr("%1 (%2): a DPIA is always required.").arg(q.title, q.citation);
            break;
        case Group::IcoList:
            if (!q.needsWp248) {
                raise(Required);
                result.reasons << DpiaTr::tr("%1 (%2): likely to result in high risk, so a DPIA "
                                             "is required.")
                                      .arg(q.title, q.citation);
            } else if (wp248Yes > 0) {
                raise(Required);
                result.reasons << DpiaTr::tr("%1 (%2), combined with a WP248 criterion: a DPIA "
                                             "is required.")
                                      .arg(q.title, q.citation);
            } else {
                raise(Recommended);
                result.reasons << DpiaTr::tr("%1 (%2): high risk only when combined with a "
                                             "WP248 criterion, and none is met, so a DPIA is "
                                             "recommended.")
                                      .arg(q.title, q.citation);
            }
            break;
        case Group::Wp248:
            if (wp248Yes >= 2) {
                raise(Required);
                result.reasons << DpiaTr::tr("%1 (%2): one of %3 WP248 criteria met; two or "
                                             "more mean a DPIA is required.")
                                      .arg(q.title, q.citation)
                                      .arg(wp248Yes);
            } else {
                raise(Recommended);
                result.reasons << DpiaTr::tr("%1 (%2): one WP248 criterion met, so a DPIA is "
                                             "recommended.")
                                      .arg(q.title, q.citation);
            }
            break;
        }
    }
    if (anyUnsure)
        raise(Recommended);
    result.reasons += unsureReasons;
    if (result.reasons.isEmpty())
        result.reasons << DpiaTr::tr("No screening criterion applies (UK GDPR Art. 35(3), the "
                                     "ICO's list under Art. 35(4), WP248): a DPIA is not "
                                     "required. Keep this screening as the record of why.");
    result.outcome = level == Required      ? required
                     : level == Recommended ? recommended
                                            : notRequired;
    return result;
}

Answers decodeAnswers(const QVariant &stored)
{
    Answers answers;
    const QJsonObject object = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString value = it.value().toString();
        if (question(it.key()) && (value == yes || value == no || value == unsure))
            answers.insert(it.key(), value);
    }
    return answers;
}

QString encodeAnswers(const Answers &answers)
{
    QJsonObject object;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<Proposal> propose(Workspace &workspace, qint64 activityId)
{
    QList<Proposal> out;
    const auto view = loadActivity(workspace, activityId);
    if (!view)
        return out;
    const QStringList subjects = view->subjects.effective();
    const QStringList data = view->data.effective();
    QString hit;
    if (view->specialCategory || view->criminalOffence)
        out << Proposal{QStringLiteral("wp248.sensitive_data"), yes,
                        view->specialCategory
                            ? DpiaTr::tr("The ROPA records special category data.")
                            : DpiaTr::tr("The ROPA records criminal offence data.")};
    if (containsAny(subjects,
                    {QStringLiteral("child"), QStringLiteral("young people"),
                     QStringLiteral("pupil"), QStringLiteral("vulnerable"),
                     QStringLiteral("looked after"), QStringLiteral("care leaver"),
                     QStringLiteral("patient"), QStringLiteral("service user")},
                    &hit))
        out << Proposal{QStringLiteral("wp248.vulnerable_subjects"), yes,
                        DpiaTr::tr("The individuals include \u201c%1\u201d.").arg(hit)};
    else if (containsAny(subjects, {QStringLiteral("employee"), QStringLiteral("staff")}, &hit))
        out << Proposal{QStringLiteral("wp248.vulnerable_subjects"), yes,
                        DpiaTr::tr("The individuals include \u201c%1\u201d; WP248 counts "
                                   "employees as vulnerable because of the imbalance of power.")
                            .arg(hit)};
    if (containsAny(data, {QStringLiteral("CCTV")}, &hit)) {
        out << Proposal{QStringLiteral("wp248.systematic_monitoring"), yes,
                        DpiaTr::tr("The data include \u201c%1\u201d.").arg(hit)};
        if (containsAny(subjects, {QStringLiteral("public")}, &hit))
            out << Proposal{QStringLiteral("art35.public_monitoring"), unsure,
                            DpiaTr::tr("CCTV images of \u201c%1\u201d: say whether the monitoring "
                                       "covers a publicly accessible place on a large scale.")
                                .arg(hit)};
    }
    if (containsAny(data, {QStringLiteral("Location data")}, &hit))
        out << Proposal{QStringLiteral("ico.tracking"), unsure,
                        DpiaTr::tr("The data include \u201c%1\u201d.").arg(hit)};
    qint64 individuals = 0;
    for (const LinkedAsset &a : view->assets)
        if (const auto asset = workspace.records().get(kinds::asset(), a.id))
            individuals += asset->value(assetField::volumeIndividuals).toLongLong();
    // No legal threshold exists; ten thousand people is well beyond a team's caseload.
    if (individuals >= 10000) {
        out << Proposal{
            QStringLiteral("wp248.large_scale"), yes,
            DpiaTr::tr("The linked assets hold about %L1 individuals.").arg(individuals)};
        if (view->specialCategory || view->criminalOffence)
            out << Proposal{QStringLiteral("art35.large_scale_special"), unsure,
                            DpiaTr::tr("Special category or criminal offence data about %L1 "
                                       "individuals: say whether that is large scale.")
                                .arg(individuals)};
    }
    const QString automated = view->value(activityField::automatedDecisions).trimmed();
    if (!automated.isEmpty() &&
        automated.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0 &&
        automated.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0) {
        const QString why =
            DpiaTr::tr("The ROPA records automated decision-making: \u201c%1\u201d.")
                .arg(automated);
        out << Proposal{QStringLiteral("wp248.evaluation_scoring"), unsure, why}
            << Proposal{QStringLiteral("wp248.automated_decisions"), unsure, why};
    }
    return out;
}

} // namespace screening

std::optional<Record> saveScreening(Workspace &workspace, qint64 activityId,
                                    const screening::Answers &answers, const QString &title,
                                    QString *error)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!screening::question(it.key())) {
            screening::failWith(error,
                                DpiaTr::tr("The screening has an answer for an unknown question "
                                           "\u201c%1\u201d.")
                                    .arg(it.key()));
            return std::nullopt;
        }
        if (it.value() != screening::yes && it.value() != screening::no &&
            it.value() != screening::unsure) {
            screening::failWith(
                error, DpiaTr::tr("The answer to \u201c%1\u201d must be yes, no or unsure, "
                                  "not \u201c%2\u201d.")
                           .arg(it.key(), it.value()));
            return std::nullopt;
        }
    }
    RecordStore &store = workspace.records();
    const auto activity = store.get(kinds::activity(), activityId);
    if (!activity) {
        screening::failWith(error,
                            DpiaTr::tr("The processing activity to screen no longer exists."));
        return std::nullopt;
    }
    const screening::Result result = screening::evaluate(answers);
    const QString name = title.trimmed().isEmpty()
                             ? DpiaTr::tr("Screening: %1").arg(activity->title(kinds::activity()))
                             : title.trimmed();
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        screening::failWith(error, tx.errorString());
        return std::nullopt;
    }
    auto record = store.create(kinds::screening(),
                               {{screeningField::title, name},
                                {screeningField::activityId, activityId},
                                {screeningField::answers, screening::encodeAnswers(answers)},
                                {screeningField::outcome, result.outcome},
                                {screeningField::reasons, result.reasons.join(QLatin1Char('\n'))},
                                {screeningField::bankVersion, screening::questionnaireVersion}},
                               error);
    if (!record)
        return std::nullopt;
    // The ROPA's "DPIA required?" column follows the screening unless someone answered it.
    if (activity->value(activityField::dpiaRequired).toString().isEmpty() &&
        result.outcome != screening::recommended &&
        !store.update(kinds::activity(), activityId,
                      {{activityField::dpiaRequired, result.outcome == screening::required
                                                         ? QStringLiteral("yes")
                                                         : QStringLiteral("no")}},
                      error))
        return std::nullopt;
    if (!tx.commit()) {
        screening::failWith(error, tx.errorString());
        return std::nullopt;
    }
    return record;
}

std::optional<Record> startDpiaFromScreening(Workspace &workspace, qint64 screeningId,
                                             QString *error)
{
    RecordStore &store = workspace.records();
    const auto screeningRecord = store.get(kinds::screening(), screeningId);
    if (!screeningRecord) {
        screening::failWith(error, DpiaTr::tr("The screening no longer exists."));
        return std::nullopt;
    }
    const qint64 activityId = screeningRecord->value(screeningField::activityId).toLongLong();
    QList<qint64> assets;
    QString title = screeningRecord->title(kinds::screening());
    if (const auto activity = store.get(kinds::activity(), activityId)) {
        assets = linkIds(activity->value(activityField::assetIds));
        title = activity->title(kinds::activity());
    }
    const QuestionBank bank = currentQuestionBank(workspace);
    prefill::Sources sources;
    if (activityId > 0)
        sources.activityIds << activityId;
    sources.assetIds = assets;
    sources.screeningReasons = screeningRecord->value(screeningField::reasons).toString();
    DpiaAnswers answers;
    prefill::fillEmptyAnswers(&answers, prefill::proposals(workspace, sources, bank));

    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        screening::failWith(error, tx.errorString());
        return std::nullopt;
    }
    auto record = store.create(
        kinds::dpia(),
        {{dpiaField::title, title},
         {dpiaField::status, QStringLiteral("draft")},
         {dpiaField::version, 1},
         {dpiaField::bankVersion, bank.version},
         {dpiaField::matrix, QStringLiteral("ico3")},
         {dpiaField::answers, answersToJson(answers)},
         {dpiaField::screeningId, screeningId},
         {dpiaField::activityIds, activityId > 0 ? linkValue({activityId}) : QString()},
         {dpiaField::assetIds, linkValue(assets)}},
        error);
    if (!record)
        return std::nullopt;
    // The ROPA's DPIA columns point at the new DPIA where nobody has filled them in.
    if (const auto activity = store.get(kinds::activity(), activityId)) {
        QVariantMap changes;
        if (activity->value(activityField::dpiaProgress).toString().isEmpty())
            changes.insert(activityField::dpiaProgress, QStringLiteral("in_progress"));
        if (activity->value(activityField::dpiaLink).toString().isEmpty())
            changes.insert(activityField::dpiaLink, record->ref);
        if (!changes.isEmpty() && !store.update(kinds::activity(), activityId, changes, error))
            return std::nullopt;
    }
    if (!tx.commit()) {
        screening::failWith(error, tx.errorString());
        return std::nullopt;
    }
    return record;
}

} // namespace igw
