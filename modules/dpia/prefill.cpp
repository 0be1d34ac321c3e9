#include "dpia/prefill.h"

#include "dpia/dpiarecords.h"
#include "dpia/dpiatr.h"
#include "dpia/questionbank.h"
#include "dpia/workflow.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "workspace/workspace.h"

#include <QHash>

namespace igw::prefill {

namespace {

// One proposal built per activity: a single distinct text stands alone; several are each
// headed by the activity's name so the officer sees which is which.
class PerActivity {
public:
    void add(const QString &activity, const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        m_entries << qMakePair(activity, t);
    }
    QString text() const
    {
        QStringList distinct;
        for (const auto &e : m_entries)
            if (!distinct.contains(e.second))
                distinct << e.second;
        if (distinct.size() <= 1)
            return distinct.value(0);
        QStringList lines;
        for (const auto &e : m_entries)
            lines << DpiaTr::tr("%1: %2").arg(e.first, e.second);
        return lines.join(QLatin1Char('\n'));
    }

private:
    QList<QPair<QString, QString>> m_entries;
};

void addTerms(QStringList *into, const QStringList &terms)
{
    for (const QString &t : terms)
        if (!t.trimmed().isEmpty() && !into->contains(t.trimmed(), Qt::CaseInsensitive))
            *into << t.trimmed();
}

QString specialText(const ActivityView &v)
{
    QStringList parts;
    if (v.specialCategory) {
        QStringList terms;
        for (const QString &t : v.data.effective())
            if (t.contains(QLatin1String("special category"), Qt::CaseInsensitive))
                terms << t;
        parts << (terms.isEmpty() ? DpiaTr::tr("Special category data.")
                                  : DpiaTr::tr("Special category data: %1.")
                                        .arg(terms.join(QStringLiteral("; "))));
        if (!v.art9Condition.isEmpty())
            parts << DpiaTr::tr("Art. 9 condition: %1.")
                         .arg(choices::label(choices::art9Condition(), v.art9Condition));
    }
    if (v.criminalOffence)
        parts << DpiaTr::tr("Criminal offence data (UK GDPR Art. 10).");
    const QString sch1 = v.value(activityField::schedule1Condition);
    if ((v.specialCategory || v.criminalOffence) && !sch1.isEmpty())
        parts << DpiaTr::tr("DPA 2018 Schedule 1 condition: %1.")
                     .arg(choices::label(choices::schedule1Condition(), sch1));
    if (parts.isEmpty())
        return DpiaTr::tr("No special category or criminal offence data is recorded.");
    return parts.join(QLatin1Char(' '));
}

QString transfersText(const ActivityView &v)
{
    const QVariant flag = v.record.value(activityField::internationalTransfers);
    if (flag.isNull() || !flag.isValid() || flag.toString().isEmpty())
        return {};
    if (flag.toInt() != 1)
        return DpiaTr::tr("No transfers outside the UK are recorded.");
    QString text = DpiaTr::tr("Transfers to: %1.").arg(v.value(activityField::thirdCountries));
    const QString safeguard = v.value(activityField::transferSafeguard);
    if (!safeguard.isEmpty())
        text +=
            QLatin1Char(' ') + DpiaTr::tr("Safeguard: %1.")
                                   .arg(choices::label(choices::transferSafeguard(), safeguard));
    return text;
}

QString lawfulBasisText(const ActivityView &v)
{
    QStringList parts;
    const QString basis = v.value(activityField::lawfulBasis);
    if (!basis.isEmpty())
        parts << DpiaTr::tr("Lawful basis: %1.").arg(choices::label(choices::lawfulBasis(), basis));
    const QString interests = v.value(activityField::legitimateInterests);
    if (!interests.isEmpty())
        parts << DpiaTr::tr("Legitimate interests: %1.").arg(interests);
    if (v.specialCategory && !v.art9Condition.isEmpty())
        parts << DpiaTr::tr("Art. 9 condition: %1.")
                     .arg(choices::label(choices::art9Condition(), v.art9Condition));
    const QString sch1 = v.value(activityField::schedule1Condition);
    if ((v.specialCategory || v.criminalOffence) && !sch1.isEmpty())
        parts << DpiaTr::tr("DPA 2018 Schedule 1 condition: %1.")
                     .arg(choices::label(choices::schedule1Condition(), sch1));
    return parts.join(QLatin1Char(' '));
}

} // namespace

Sources sourcesOf(Workspace &workspace, qint64 dpiaId)
{
    Sources sources;
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia)
        return sources;
    sources.activityIds = linkIds(dpia->value(dpiaField::activityIds));
    sources.assetIds = linkIds(dpia->value(dpiaField::assetIds));
    const qint64 screeningId = dpia->value(dpiaField::screeningId).toLongLong();
    if (screeningId > 0)
        if (const auto s = workspace.records().get(kinds::screening(), screeningId))
            sources.screeningReasons = s->value(screeningField::reasons).toString();
    return sources;
}

QMap<QString, QString> proposalsByKey(Workspace &workspace, const Sources &sources)
{
    PerActivity purposes, special, transfers, retention, security, lawful, dataSources;
    QStringList subjects, data, recipients;
    QList<qint64> assetIds;
    for (const qint64 id : sources.activityIds) {
        const auto v = loadActivity(workspace, id);
        if (!v)
            continue; // a link that no longer resolves proposes nothing
        const QString name = v->value(activityField::name);
        purposes.add(name, v->value(activityField::purpose));
        addTerms(&subjects, v->subjects.effective());
        addTerms(&data, v->data.effective());
        special.add(name, specialText(*v));
        addTerms(&recipients, v->recipientTexts());
        transfers.add(name, transfersText(*v));
        retention.add(name, v->value(activityField::retentionSchedule));
        security.add(name, v->value(activityField::securityMeasures));
        lawful.add(name, lawfulBasisText(*v));
        dataSources.add(name, v->value(activityField::dataSource));
        for (const LinkedAsset &a : v->assets)
            if (!assetIds.contains(a.id))
                assetIds << a.id;
    }
    for (const qint64 id : sources.assetIds)
        if (!assetIds.contains(id))
            assetIds << id;

    // Systems grouped so that twenty assets in one case system read as one line.
    QStringList systemOrder, volumes, hosting;
    QHash<QString, QStringList> systemAssets;
    PerActivity assetRetention, assetSecurity;
    qint64 totalIndividuals = 0;
    int assetsWithVolume = 0;
    for (const qint64 id : assetIds) {
        const auto a = workspace.records().get(kinds::asset(), id);
        if (!a)
            continue;
        const QString name = a->value(assetField::name).toString();
        addTerms(&subjects, splitTerms(a->value(assetField::dataSubjectCategories).toString()));
        addTerms(&data, splitTerms(a->value(assetField::personalDataCategories).toString()));
        const QString system = a->value(assetField::systemLocation).toString();
        const QString country = a->value(assetField::hostingCountry).toString();
        if (!system.isEmpty()) {
            const QString where =
                country.isEmpty() ? system : DpiaTr::tr("%1 (hosted in %2)").arg(system, country);
            if (!systemAssets.contains(where))
                systemOrder << where;
            systemAssets[where] << name;
        }
        if (!country.isEmpty())
            addTerms(&hosting, {country});
        const qint64 individuals = a->value(assetField::volumeIndividuals).toLongLong();
        const qint64 records = a->value(assetField::volumeRecords).toLongLong();
        if (individuals > 0 && records > 0)
            volumes << DpiaTr::tr("%1: about %L2 individuals, %L3 records")
                           .arg(name)
                           .arg(individuals)
                           .arg(records);
        else if (individuals > 0)
            volumes << DpiaTr::tr("%1: about %L2 individuals").arg(name).arg(individuals);
        else if (records > 0)
            volumes << DpiaTr::tr("%1: about %L2 records").arg(name).arg(records);
        if (individuals > 0) {
            totalIndividuals += individuals;
            ++assetsWithVolume;
        }
        assetRetention.add(name, a->value(assetField::retentionClass).toString());
        assetSecurity.add(name, a->value(assetField::accessControls).toString());
    }
    if (assetsWithVolume > 1)
        volumes.prepend(DpiaTr::tr("In all about %L1 individuals across %2 assets (some people "
                                   "are in more than one).")
                            .arg(totalIndividuals)
                            .arg(assetsWithVolume));
    QStringList systems;
    for (const QString &where : systemOrder)
        systems << DpiaTr::tr("%1: %2").arg(where,
                                            systemAssets.value(where).join(QStringLiteral("; ")));

    QMap<QString, QString> out;
    const auto put = [&out](const QString &key, const QString &text) {
        if (!text.trimmed().isEmpty())
            out.insert(key, text.trimmed());
    };
    put(QStringLiteral("purposes"), purposes.text());
    put(QStringLiteral("subjects"), subjects.join(QStringLiteral("; ")));
    put(QStringLiteral("data_categories"), data.join(QStringLiteral("; ")));
    if (!sources.activityIds.isEmpty())
        put(QStringLiteral("special_category"), special.text());
    put(QStringLiteral("recipients"), recipients.join(QStringLiteral("; ")));
    QString transfersText = transfers.text();
    if (!hosting.isEmpty())
        transfersText +=
            (transfersText.isEmpty() ? QString() : QStringLiteral("\n")) +
            DpiaTr::tr("Systems hosted in: %1.").arg(hosting.join(QStringLiteral("; ")));
    put(QStringLiteral("transfers"), transfersText);
    put(QStringLiteral("retention"),
        retention.text().isEmpty() ? assetRetention.text() : retention.text());
    put(QStringLiteral("security"),
        security.text().isEmpty() ? assetSecurity.text() : security.text());
    put(QStringLiteral("lawful_basis"), lawful.text());
    put(QStringLiteral("sources"), dataSources.text());
    put(QStringLiteral("volume"), volumes.join(QLatin1Char('\n')));
    put(QStringLiteral("systems"), systems.join(QLatin1Char('\n')));
    put(QStringLiteral("screening_reasons"), sources.screeningReasons);
    return out;
}

QMap<QString, QString> proposals(Workspace &workspace, const Sources &sources,
                                 const QuestionBank &bank)
{
    const QMap<QString, QString> byKey = proposalsByKey(workspace, sources);
    QMap<QString, QString> out;
    for (const BankStep &step : bank.steps)
        for (const BankQuestion &q : step.questions)
            if (!q.prefill.isEmpty() && byKey.contains(q.prefill))
                out.insert(q.id, byKey.value(q.prefill));
    return out;
}

QStringList fillEmptyAnswers(DpiaAnswers *answers, const QMap<QString, QString> &proposals)
{
    QStringList filled;
    for (auto it = proposals.begin(); it != proposals.end(); ++it) {
        if (!isBlankAnswer(answers->value(it.key())) || it.value().trimmed().isEmpty())
            continue;
        answers->insert(it.key(), plainToHtml(it.value()));
        filled << it.key();
    }
    return filled;
}

std::optional<QStringList> applyToDpia(Workspace &workspace, qint64 dpiaId, QString *error)
{
    const auto dpia = workspace.records().get(kinds::dpia(), dpiaId);
    if (!dpia) {
        if (error)
            *error = DpiaTr::tr("The DPIA no longer exists.");
        return std::nullopt;
    }
    const QuestionBank bank =
        questionBankVersion(workspace, dpia->value(dpiaField::bankVersion).toString())
            .value_or(currentQuestionBank(workspace));
    DpiaAnswers answers = parseAnswers(dpia->value(dpiaField::answers));
    const QStringList filled =
        fillEmptyAnswers(&answers, proposals(workspace, sourcesOf(workspace, dpiaId), bank));
    if (filled.isEmpty())
        return filled;
    if (!updateDpia(workspace, dpiaId, {{dpiaField::answers, answersToJson(answers)}}, error))
        return std::nullopt;
    return filled;
}

} // namespace igw::prefill
