// The DPIA domain: the question bank, screening, pre-filling from the ROPA, the risk matrix,
// the review workflow with its approval blockers, versions and their differences,
// attachments and comments, and the demo DPIAs.
#include "../workspace/testutil.h"
#include "dpia/attachments.h"
#include "dpia/demodpia.h"
#include "dpia/dpiaanswers.h"
#include "dpia/dpiarecords.h"
#include "dpia/dpiaview.h"
#include "dpia/prefill.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "dpia/screening.h"
#include "dpia/versions.h"
#include "dpia/workflow.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "workspace/audit.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/sql.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace igw;

class TestDpiaDomain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void builtInBankHasTheIcoQuestions();
    void hostileBanksAreRefused_data();
    void hostileBanksAreRefused();
    void installedBanksAreKept();
    void screeningQuestionsHaveStableIds();
    void screeningOutcomes_data();
    void screeningOutcomes();
    void screeningReasonsCite();
    void screeningProposalsFromTheRopa();
    void saveScreeningAndStartDpia();
    void saveScreeningRefusesBadAnswers();
    void prefillNeverOverwrites();
    void answersConvertBetweenHtmlAndText();
    void matrixBandsAndLevelMapping();
    void workflowTransitions();
    void approvalBlockers();
    void art36BlocksApprovalUntilRecorded();
    void approvalFreezesVersion1();
    void editingApprovedStartsVersion2();
    void diffShowsWhatChanged();
    void reviewsFallDue();
    void dpiaViewResolvesEverything();
    void attachments();
    void hostileAttachmentsAreRefused();
    void comments();
    void demoDpias();

private:
    qint64 asset(const QString &name, const QString &subjects, const QString &data,
                 bool special = false, const QString &art9 = {});
    qint64 activity(const QVariantMap &values);
    qint64 screenedActivity();
    qint64 approvableDpia();
    QString signoffs(const QStringList &roles) const;
    Record dpia(qint64 id) const { return *m_ws->records().get(kinds::dpia(), id); }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestDpiaDomain::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path);
    QVERIFY(m_ws);
}

namespace {

QJsonObject builtInObject()
{
    return QJsonDocument::fromJson(QuestionBank::builtInJson()).object();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The built-in bank with one question of step `step` changed by `edit`.
QByteArray editedQuestion(int step, int question, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = builtInObject();
    QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QJsonObject s = steps.at(step).toObject();
    QJsonArray questions = s.value(QStringLiteral("questions")).toArray();
    QJsonObject q = questions.at(question).toObject();
    edit(q);
    questions[question] = q;
    s[QStringLiteral("questions")] = questions;
    steps[step] = s;
    root[QStringLiteral("steps")] = steps;
    return toJson(root);
}

} // namespace

void TestDpiaDomain::builtInBankHasTheIcoQuestions()
{
    const QuestionBank &bank = QuestionBank::builtIn();
    QCOMPARE(bank.version, QStringLiteral("ico-2018.1"));
    QCOMPARE(bank.steps.size(), 7);
    const QStringList expected{QStringLiteral("1.aims"),
                               QStringLiteral("1.processing_type"),
                               QStringLiteral("1.why_dpia"),
                               QStringLiteral("2.nature.collection"),
                               QStringLiteral("2.nature.use"),
                               QStringLiteral("2.nature.storage"),
                               QStringLiteral("2.nature.deletion"),
                               QStringLiteral("2.nature.source"),
                               QStringLiteral("2.nature.sharing"),
                               QStringLiteral("2.nature.high_risk"),
                               QStringLiteral("2.scope.data"),
                               QStringLiteral("2.scope.special"),
                               QStringLiteral("2.scope.volume"),
                               QStringLiteral("2.scope.frequency"),
                               QStringLiteral("2.scope.retention"),
                               QStringLiteral("2.scope.individuals"),
                               QStringLiteral("2.scope.geography"),
                               QStringLiteral("2.context.relationship"),
                               QStringLiteral("2.context.control"),
                               QStringLiteral("2.context.expectations"),
                               QStringLiteral("2.context.vulnerable"),
                               QStringLiteral("2.context.concerns"),
                               QStringLiteral("2.context.technology"),
                               QStringLiteral("2.context.public_concern"),
                               QStringLiteral("2.context.codes"),
                               QStringLiteral("2.purposes.aims"),
                               QStringLiteral("2.purposes.effect"),
                               QStringLiteral("2.purposes.benefits"),
                               QStringLiteral("3.individuals"),
                               QStringLiteral("3.internal"),
                               QStringLiteral("3.processors"),
                               QStringLiteral("3.experts"),
                               QStringLiteral("4.lawful_basis"),
                               QStringLiteral("4.achieves_purpose"),
                               QStringLiteral("4.alternatives"),
                               QStringLiteral("4.function_creep"),
                               QStringLiteral("4.data_quality"),
                               QStringLiteral("4.minimisation"),
                               QStringLiteral("4.information"),
                               QStringLiteral("4.rights"),
                               QStringLiteral("4.processors"),
                               QStringLiteral("4.transfers")};
    QCOMPARE(bank.questionIds(), expected);
    const QMap<QString, QString> prefills{
        {QStringLiteral("1.aims"), QStringLiteral("purposes")},
        {QStringLiteral("1.why_dpia"), QStringLiteral("screening_reasons")},
        {QStringLiteral("2.nature.storage"), QStringLiteral("systems")},
        {QStringLiteral("2.nature.deletion"), QStringLiteral("retention")},
        {QStringLiteral("2.nature.source"), QStringLiteral("sources")},
        {QStringLiteral("2.nature.sharing"), QStringLiteral("recipients")},
        {QStringLiteral("2.scope.data"), QStringLiteral("data_categories")},
        {QStringLiteral("2.scope.special"), QStringLiteral("special_category")},
        {QStringLiteral("2.scope.volume"), QStringLiteral("volume")},
        {QStringLiteral("2.scope.retention"), QStringLiteral("retention")},
        {QStringLiteral("2.scope.individuals"), QStringLiteral("subjects")},
        {QStringLiteral("2.scope.geography"), QStringLiteral("transfers")},
        {QStringLiteral("2.purposes.aims"), QStringLiteral("purposes")},
        {QStringLiteral("4.lawful_basis"), QStringLiteral("lawful_basis")},
        {QStringLiteral("4.transfers"), QStringLiteral("transfers")}};
    for (const QString &id : expected) {
        const BankQuestion *q = bank.question(id);
        QVERIFY2(q, qPrintable(id));
        QVERIFY2(!q->text.isEmpty() && !q->guidance.isEmpty(), qPrintable(id));
        QCOMPARE(q->prefill, prefills.value(id));
    }
    const QStringList required{
        QStringLiteral("1.aims"), QStringLiteral("1.why_dpia"), QStringLiteral("2.scope.data"),
        QStringLiteral("2.scope.individuals"), QStringLiteral("4.lawful_basis")};
    for (const QString &id : expected)
        QCOMPARE(bank.question(id)->required, required.contains(id));
    for (const QString &s : {QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}) {
        QVERIFY(bank.step(s));
        QVERIFY(bank.step(s)->questions.isEmpty());
        QVERIFY(!bank.step(s)->guidance.isEmpty());
    }
    QCOMPARE(bank.step(QStringLiteral("2"))->title, QStringLiteral("Describe the processing"));
    QCOMPARE(bank.stepOf(QStringLiteral("4.rights"))->id, QStringLiteral("4"));
}

void TestDpiaDomain::hostileBanksAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("errorMentions");

    QTest::newRow("duplicate id") << editedQuestion(1, 3, [](QJsonObject &q) {
        q[QStringLiteral("id")] = QStringLiteral("2.nature.use");
    }) << QStringList{QStringLiteral("Step 2, question 4"), QStringLiteral("2.nature.use")};
    QTest::newRow("unknown prefill") << editedQuestion(0, 1, [](QJsonObject &q) {
        q[QStringLiteral("prefill")] = QStringLiteral("shoe_size");
    }) << QStringList{QStringLiteral("Step 1, question 2"), QStringLiteral("shoe_size")};
    QTest::newRow("no text") << editedQuestion(3, 0, [](QJsonObject &q) {
        q.remove(QStringLiteral("text"));
    }) << QStringList{QStringLiteral("Step 4, question 1")};
    QTest::newRow("required not bool") << editedQuestion(0, 0, [](QJsonObject &q) {
        q[QStringLiteral("required")] = QStringLiteral("yes");
    }) << QStringList{QStringLiteral("Step 1, question 1"), QStringLiteral("required")};
    QJsonObject wrongFormat = builtInObject();
    wrongFormat[QStringLiteral("format")] = QStringLiteral("cnil-pia");
    QTest::newRow("wrong format") << toJson(wrongFormat)
                                  << QStringList{QStringLiteral("igw-dpia-question-bank")};
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringList{QStringLiteral("JSON")};
    QTest::newRow("array") << QByteArray("[]") << QStringList{QStringLiteral("JSON object")};
    QByteArray huge = QuestionBank::builtInJson();
    huge.append(QByteArray(QuestionBank::maxBankBytes, ' '));
    QTest::newRow("huge") << huge << QStringList{QStringLiteral("at most")};
    QTest::newRow("long guidance") << editedQuestion(1, 0, [](QJsonObject &q) {
        q[QStringLiteral("guidance")] = QString(20000, QLatin1Char('x'));
    }) << QStringList{QStringLiteral("Step 2, question 1"), QStringLiteral("guidance")};
    QJsonObject noVersion = builtInObject();
    noVersion.remove(QStringLiteral("version"));
    QTest::newRow("no version") << toJson(noVersion) << QStringList{QStringLiteral("version")};
}

void TestDpiaDomain::hostileBanksAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, errorMentions);
    QString error;
    QVERIFY(!QuestionBank::fromJson(json, &error));
    for (const QString &m : errorMentions)
        QVERIFY2(error.contains(m), qPrintable(error));
    QVERIFY(!installQuestionBank(*m_ws, json, &error));
}

void TestDpiaDomain::installedBanksAreKept()
{
    QCOMPARE(currentQuestionBank(*m_ws).version, QStringLiteral("ico-2018.1"));
    QVERIFY(installedQuestionBankVersions(*m_ws).isEmpty());

    QJsonObject mine = builtInObject();
    mine[QStringLiteral("version")] = QStringLiteral("council-1");
    QString error;
    // The built-in version with other content would change old DPIAs' questions.
    QJsonObject sameVersion = mine;
    sameVersion[QStringLiteral("version")] = QStringLiteral("ico-2018.1");
    sameVersion[QStringLiteral("title")] = QStringLiteral("Changed");
    QVERIFY(!installQuestionBank(*m_ws, toJson(sameVersion), &error));
    QVERIFY2(error.contains(QStringLiteral("ico-2018.1")), qPrintable(error));

    QVERIFY2(installQuestionBank(*m_ws, toJson(mine), &error), qPrintable(error));
    QCOMPARE(currentQuestionBank(*m_ws).version, QStringLiteral("council-1"));
    QJsonObject second = mine;
    second[QStringLiteral("version")] = QStringLiteral("council-2");
    second[QStringLiteral("title")] = QStringLiteral("Council DPIA template, 2nd edition");
    QVERIFY2(installQuestionBank(*m_ws, toJson(second), &error), qPrintable(error));
    QCOMPARE(currentQuestionBank(*m_ws).title,
             QStringLiteral("Council DPIA template, 2nd edition"));
    QCOMPARE(installedQuestionBankVersions(*m_ws),
             (QStringList{QStringLiteral("council-1"), QStringLiteral("council-2")}));
    QVERIFY(questionBankVersion(*m_ws, QStringLiteral("council-1")));
    QVERIFY(questionBankVersion(*m_ws, QStringLiteral("ico-2018.1")));
    QVERIFY(!questionBankVersion(*m_ws, QStringLiteral("never")));

    // Same version, other content: refused; same content again: fine (idempotent).
    QJsonObject changed = mine;
    changed[QStringLiteral("title")] = QStringLiteral("Edited");
    QVERIFY(!installQuestionBank(*m_ws, toJson(changed), &error));
    QVERIFY2(error.contains(QStringLiteral("council-1")), qPrintable(error));
    QVERIFY2(installQuestionBank(*m_ws, toJson(mine), &error), qPrintable(error));
    QCOMPARE(currentQuestionBank(*m_ws).version, QStringLiteral("council-1"));

    const qint64 audited =
        sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                     "record_table = 'meta' AND record_uuid LIKE "
                                                     "'dpia_question_bank%'"))
            .toLongLong();
    QCOMPARE(audited, 5); // two banks, three changes of the current one
}

qint64 TestDpiaDomain::asset(const QString &name, const QString &subjects, const QString &data,
                             bool special, const QString &art9)
{
    QString error;
    const auto r =
        m_ws->records().create(kinds::asset(),
                               {{assetField::name, name},
                                {assetField::dataSubjectCategories, subjects},
                                {assetField::personalDataCategories, data},
                                {assetField::specialCategory, special ? 1 : 0},
                                {assetField::art9Condition, art9},
                                {assetField::systemLocation, QStringLiteral("Mosaic")},
                                {assetField::hostingCountry, QStringLiteral("United Kingdom")},
                                {assetField::volumeIndividuals, 12000},
                                {assetField::volumeRecords, 50000}},
                               &error);
    if (!r)
        qWarning("asset: %s", qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestDpiaDomain::activity(const QVariantMap &values)
{
    QString error;
    QVariantMap v = values;
    if (!v.contains(activityField::name))
        v.insert(activityField::name, QStringLiteral("Activity"));
    const auto r = m_ws->records().create(kinds::activity(), v, &error);
    if (!r)
        qWarning("activity: %s", qPrintable(error));
    return r ? r->id : 0;
}

// An activity on children's social care data, as the ROPA would hold it.
qint64 TestDpiaDomain::screenedActivity()
{
    const qint64 a =
        asset(QStringLiteral("Case records"),
              QStringLiteral("Children and young people; Parents and guardians"),
              QStringLiteral("Case notes; Health (special category)"), true, QStringLiteral("h"));
    QString error;
    const auto partner = m_ws->records().create(
        kinds::organisation(), {{orgField::name, QStringLiteral("Northmoor Police")}}, &error);
    return activity({{activityField::name, QStringLiteral("Children's social care")},
                     {activityField::purpose, QStringLiteral("Safeguarding children")},
                     {activityField::assetIds, linkValue({a})},
                     {activityField::recipientOrgIds, linkValue({partner->id})},
                     {activityField::recipientCategories, QStringLiteral("Courts")},
                     {activityField::lawfulBasis, QStringLiteral("public_task")},
                     {activityField::schedule1Condition, QStringLiteral("para18")},
                     {activityField::internationalTransfers, 1},
                     {activityField::thirdCountries, QStringLiteral("France")},
                     {activityField::transferSafeguard, QStringLiteral("adequacy")},
                     {activityField::retentionSchedule, QStringLiteral("Until the 25th birthday")},
                     {activityField::securityMeasures, QStringLiteral("Role-based access")},
                     {activityField::dataSource, QStringLiteral("Families; schools")}});
}

QString TestDpiaDomain::signoffs(const QStringList &roles) const
{
    QJsonObject out;
    for (const QString &r : roles)
        out.insert(r, QJsonObject{{QStringLiteral("name"), QStringLiteral("Priya Raman")},
                                  {QStringLiteral("position"), QStringLiteral("DPO")},
                                  {QStringLiteral("date"), QStringLiteral("2025-03-01")}});
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

// A DPIA with the DPO that meets every approval condition; one risk (medium residual) with a
// measure.
qint64 TestDpiaDomain::approvableDpia()
{
    QString error;
    const qint64 activityId = screenedActivity();
    const auto sc = saveScreening(*m_ws, activityId,
                                  {{QStringLiteral("wp248.sensitive_data"), screening::yes},
                                   {QStringLiteral("wp248.vulnerable_subjects"), screening::yes}},
                                  {}, &error);
    if (!sc)
        return 0;
    const auto d = startDpiaFromScreening(*m_ws, sc->id, &error);
    if (!d)
        return 0;
    RecordStore &store = m_ws->records();
    const auto risk = store.create(kinds::risk(),
                                   {{riskField::dpiaId, d->id},
                                    {riskField::title, QStringLiteral("Browsing of records")},
                                    {riskField::likelihood, 3},
                                    {riskField::severity, 3},
                                    {riskField::residualLikelihood, 2},
                                    {riskField::residualSeverity, 2}},
                                   &error);
    if (!risk || !store.create(kinds::measure(),
                               {{measureField::dpiaId, d->id},
                                {measureField::riskId, risk->id},
                                {measureField::title, QStringLiteral("Access audit")},
                                {measureField::effect, QStringLiteral("reduce")}},
                               &error))
        return 0;
    if (!store.update(kinds::dpia(), d->id,
                      {{dpiaField::signoffs, signoffs({QStringLiteral("measures_approved"),
                                                       QStringLiteral("residual_approved"),
                                                       QStringLiteral("dpo_advice")})},
                       {dpiaField::dpoAdvice, QStringLiteral("Proceed.")},
                       {dpiaField::dpoAdviceDecision, QStringLiteral("accepted")}},
                      &error))
        return 0;
    for (const QString &s : {dpiaStatus::inReview, dpiaStatus::dpoReview})
        if (!workflow::transition(*m_ws, d->id, s, {}, &error)) {
            qWarning("transition: %s", qPrintable(error));
            return 0;
        }
    return d->id;
}

void TestDpiaDomain::screeningQuestionsHaveStableIds()
{
    QStringList ids;
    QStringList combined;
    for (const screening::Question &q : screening::questions()) {
        ids << q.id;
        QVERIFY2(!q.title.isEmpty() && !q.text.isEmpty() && !q.citation.isEmpty(),
                 qPrintable(q.id));
        if (q.needsWp248)
            combined << q.id;
        QCOMPARE(screening::question(q.id), &q);
    }
    const QStringList expected{QStringLiteral("art35.profiling"),
                               QStringLiteral("art35.large_scale_special"),
                               QStringLiteral("art35.public_monitoring"),
                               QStringLiteral("ico.innovative_technology"),
                               QStringLiteral("ico.denial_of_service"),
                               QStringLiteral("ico.large_scale_profiling"),
                               QStringLiteral("ico.biometric"),
                               QStringLiteral("ico.genetic"),
                               QStringLiteral("ico.data_matching"),
                               QStringLiteral("ico.invisible_processing"),
                               QStringLiteral("ico.tracking"),
                               QStringLiteral("ico.targeting_vulnerable"),
                               QStringLiteral("ico.risk_of_harm"),
                               QStringLiteral("wp248.evaluation_scoring"),
                               QStringLiteral("wp248.automated_decisions"),
                               QStringLiteral("wp248.systematic_monitoring"),
                               QStringLiteral("wp248.sensitive_data"),
                               QStringLiteral("wp248.large_scale"),
                               QStringLiteral("wp248.matching_combining"),
                               QStringLiteral("wp248.vulnerable_subjects"),
                               QStringLiteral("wp248.innovative_technology"),
                               QStringLiteral("wp248.prevents_rights")};
    QCOMPARE(ids, expected);
    QCOMPARE(
        combined,
        (QStringList{QStringLiteral("ico.innovative_technology"), QStringLiteral("ico.biometric"),
                     QStringLiteral("ico.genetic"), QStringLiteral("ico.data_matching"),
                     QStringLiteral("ico.invisible_processing"), QStringLiteral("ico.tracking")}));
}

void TestDpiaDomain::screeningOutcomes_data()
{
    QTest::addColumn<QStringList>("yes");
    QTest::addColumn<QStringList>("unsure");
    QTest::addColumn<QString>("outcome");
    const auto l = [](std::initializer_list<const char *> ids) {
        QStringList out;
        for (const char *id : ids)
            out << QString::fromLatin1(id);
        return out;
    };
    QTest::newRow("nothing") << QStringList() << QStringList() << screening::notRequired;
    QTest::newRow("art35 a") << l({"art35.profiling"}) << QStringList() << screening::required;
    QTest::newRow("art35 c") << l({"art35.public_monitoring"}) << QStringList()
                             << screening::required;
    QTest::newRow("ico standalone")
        << l({"ico.denial_of_service"}) << QStringList() << screening::required;
    QTest::newRow("ico risk of harm")
        << l({"ico.risk_of_harm"}) << QStringList() << screening::required;
    QTest::newRow("ico combined alone")
        << l({"ico.biometric"}) << QStringList() << screening::recommended;
    QTest::newRow("ico combined, two alone")
        << l({"ico.tracking", "ico.data_matching"}) << QStringList() << screening::recommended;
    QTest::newRow("ico combined with wp248")
        << l({"ico.biometric", "wp248.sensitive_data"}) << QStringList() << screening::required;
    QTest::newRow("one wp248") << l({"wp248.large_scale"}) << QStringList()
                               << screening::recommended;
    QTest::newRow("two wp248") << l({"wp248.large_scale", "wp248.vulnerable_subjects"})
                               << QStringList() << screening::required;
    QTest::newRow("unsure alone") << QStringList() << l({"wp248.large_scale"})
                                  << screening::recommended;
    QTest::newRow("unsure with required")
        << l({"art35.large_scale_special"}) << l({"wp248.large_scale"}) << screening::required;
    QTest::newRow("unsure on combined")
        << QStringList() << l({"ico.genetic"}) << screening::recommended;
}

void TestDpiaDomain::screeningOutcomes()
{
    QFETCH(QStringList, yes);
    QFETCH(QStringList, unsure);
    QFETCH(QString, outcome);
    screening::Answers answers;
    for (const screening::Question &q : screening::questions())
        answers.insert(q.id, screening::no);
    for (const QString &id : yes)
        answers.insert(id, screening::yes);
    for (const QString &id : unsure)
        answers.insert(id, screening::unsure);
    const screening::Result r = screening::evaluate(answers);
    QCOMPARE(r.outcome, outcome);
    QVERIFY(!r.reasons.isEmpty());
    QCOMPARE(r.reasons.size(), qMax(qsizetype(1), yes.size() + unsure.size()));
    // Missing answers count as "no".
    if (yes.isEmpty() && unsure.isEmpty())
        QCOMPARE(screening::evaluate({}).outcome, screening::notRequired);
}

void TestDpiaDomain::screeningReasonsCite()
{
    const screening::Result r =
        screening::evaluate({{QStringLiteral("art35.large_scale_special"), screening::yes},
                             {QStringLiteral("ico.biometric"), screening::yes},
                             {QStringLiteral("wp248.sensitive_data"), screening::yes},
                             {QStringLiteral("wp248.large_scale"), screening::unsure}});
    QCOMPARE(r.outcome, screening::required);
    QCOMPARE(r.reasons.size(), 4);
    QVERIFY2(r.reasons.at(0).contains(QStringLiteral("UK GDPR Art. 35(3)(b)")),
             qPrintable(r.reasons.at(0)));
    QVERIFY2(r.reasons.at(1).contains(QStringLiteral("Biometric data")) &&
                 r.reasons.at(1).contains(QStringLiteral("item 4")) &&
                 r.reasons.at(1).contains(QStringLiteral("combined with a WP248 criterion")),
             qPrintable(r.reasons.at(1)));
    QVERIFY2(r.reasons.at(2).contains(QStringLiteral("WP248 rev.01, criterion 4")),
             qPrintable(r.reasons.at(2)));
    QVERIFY2(r.reasons.at(3).contains(QStringLiteral("unsure")) &&
                 r.reasons.at(3).contains(QStringLiteral("criterion 5")),
             qPrintable(r.reasons.at(3)));
    const screening::Result alone =
        screening::evaluate({{QStringLiteral("ico.tracking"), screening::yes}});
    QVERIFY2(alone.reasons.constFirst().contains(QStringLiteral("only when combined")),
             qPrintable(alone.reasons.constFirst()));
}

void TestDpiaDomain::screeningProposalsFromTheRopa()
{
    const qint64 id = screenedActivity();
    QMap<QString, QString> proposed;
    for (const screening::Proposal &p : screening::propose(*m_ws, id)) {
        QVERIFY2(!p.why.isEmpty(), qPrintable(p.questionId));
        proposed.insert(p.questionId, p.answer);
    }
    QCOMPARE(proposed.value(QStringLiteral("wp248.sensitive_data")), screening::yes);
    QCOMPARE(proposed.value(QStringLiteral("wp248.vulnerable_subjects")), screening::yes);
    QCOMPARE(proposed.value(QStringLiteral("wp248.large_scale")), screening::yes); // 12,000 people
    QCOMPARE(proposed.value(QStringLiteral("art35.large_scale_special")), screening::unsure);
    QVERIFY(!proposed.contains(QStringLiteral("wp248.systematic_monitoring")));

    // Nothing sensitive: no proposals about it.
    const qint64 plain =
        activity({{activityField::assetIds,
                   linkValue({asset(QStringLiteral("Rates"), QStringLiteral("Business ratepayers"),
                                    QStringLiteral("Financial details"))})}});
    for (const screening::Proposal &p : screening::propose(*m_ws, plain))
        QVERIFY2(p.questionId != QLatin1String("wp248.sensitive_data") &&
                     p.questionId != QLatin1String("wp248.vulnerable_subjects"),
                 qPrintable(p.questionId));
}

void TestDpiaDomain::saveScreeningAndStartDpia()
{
    const qint64 activityId = screenedActivity();
    QString error;
    const auto sc = saveScreening(*m_ws, activityId,
                                  {{QStringLiteral("wp248.sensitive_data"), screening::yes},
                                   {QStringLiteral("wp248.vulnerable_subjects"), screening::yes}},
                                  {}, &error);
    QVERIFY2(sc, qPrintable(error));
    QCOMPARE(sc->ref, QStringLiteral("SC-0001"));
    QCOMPARE(sc->value(screeningField::outcome).toString(), screening::required);
    QCOMPARE(sc->title(kinds::screening()), QStringLiteral("Screening: Children's social care"));
    QCOMPARE(sc->value(screeningField::bankVersion).toString(), screening::questionnaireVersion);
    QCOMPARE(screening::decodeAnswers(sc->value(screeningField::answers)).size(), 2);
    const QString reasons = sc->value(screeningField::reasons).toString();
    QCOMPARE(reasons.count(QLatin1Char('\n')), 1);
    // The ROPA's "DPIA required?" was blank, so the screening fills it in.
    QCOMPARE(m_ws->records()
                 .get(kinds::activity(), activityId)
                 ->value(activityField::dpiaRequired)
                 .toString(),
             QStringLiteral("yes"));

    const auto d = startDpiaFromScreening(*m_ws, sc->id, &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(d->ref, QStringLiteral("DP-0001"));
    QCOMPARE(d->title(kinds::dpia()), QStringLiteral("Children's social care"));
    QCOMPARE(d->value(dpiaField::status).toString(), dpiaStatus::draft);
    QCOMPARE(d->value(dpiaField::version).toInt(), 1);
    QCOMPARE(d->value(dpiaField::bankVersion).toString(), QStringLiteral("ico-2018.1"));
    QCOMPARE(d->value(dpiaField::screeningId).toLongLong(), sc->id);
    QCOMPARE(d->value(dpiaField::activityIds).toString(), linkValue({activityId}));
    const auto act = m_ws->records().get(kinds::activity(), activityId);
    QCOMPARE(d->value(dpiaField::assetIds).toString(),
             act->value(activityField::assetIds).toString());
    QCOMPARE(act->value(activityField::dpiaLink).toString(), d->ref);
    QCOMPARE(act->value(activityField::dpiaProgress).toString(), QStringLiteral("in_progress"));

    const DpiaAnswers answers = parseAnswers(d->value(dpiaField::answers));
    const auto text = [&](const char *id) { return htmlToPlain(answers.value(QLatin1String(id))); };
    QCOMPARE(text("1.why_dpia"), reasons);
    QCOMPARE(text("1.aims"), QStringLiteral("Safeguarding children"));
    QCOMPARE(text("2.purposes.aims"), QStringLiteral("Safeguarding children"));
    QCOMPARE(text("2.scope.individuals"),
             QStringLiteral("Children and young people; Parents and guardians"));
    QCOMPARE(text("2.scope.data"), QStringLiteral("Case notes; Health (special category)"));
    QVERIFY2(text("2.scope.special").contains(QStringLiteral("Art. 9(2)(h)")) &&
                 text("2.scope.special").contains(QStringLiteral("Schedule 1")),
             qPrintable(text("2.scope.special")));
    QVERIFY2(text("4.lawful_basis").contains(QStringLiteral("Public task — UK GDPR Art. 6(1)(e)")),
             qPrintable(text("4.lawful_basis")));
    QCOMPARE(text("2.nature.sharing"), QStringLiteral("Northmoor Police; Courts"));
    QVERIFY2(text("4.transfers").contains(QStringLiteral("France")) &&
                 text("4.transfers").contains(QStringLiteral("Art. 45")),
             qPrintable(text("4.transfers")));
    QCOMPARE(text("2.scope.geography"), text("4.transfers"));
    QCOMPARE(text("2.nature.deletion"), QStringLiteral("Until the 25th birthday"));
    QCOMPARE(text("2.nature.source"), QStringLiteral("Families; schools"));
    QVERIFY2(text("2.nature.storage")
                 .contains(QStringLiteral("Mosaic (hosted in United Kingdom): Case records")),
             qPrintable(text("2.nature.storage")));
    QVERIFY2(text("2.scope.volume").contains(QStringLiteral("12,000 individuals")),
             qPrintable(text("2.scope.volume")));
    QVERIFY(!answers.contains(QStringLiteral("3.individuals"))); // nothing to propose
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestDpiaDomain::saveScreeningRefusesBadAnswers()
{
    const qint64 activityId = activity({});
    QString error;
    QVERIFY(!saveScreening(*m_ws, activityId, {{QStringLiteral("wp248.shoe_size"), screening::yes}},
                           {}, &error));
    QVERIFY2(error.contains(QStringLiteral("wp248.shoe_size")), qPrintable(error));
    QVERIFY(!saveScreening(*m_ws, activityId,
                           {{QStringLiteral("wp248.large_scale"), QStringLiteral("maybe")}}, {},
                           &error));
    QVERIFY2(error.contains(QStringLiteral("maybe")), qPrintable(error));
    QVERIFY(!saveScreening(*m_ws, 999, {}, {}, &error));
    QCOMPARE(m_ws->records().count(kinds::screening()), 0);
    // Not required, and the activity's "DPIA required?" already answered, is left alone.
    QVERIFY(m_ws->records().update(kinds::activity(), activityId,
                                   {{activityField::dpiaRequired, QStringLiteral("yes")}}, &error));
    const auto sc = saveScreening(*m_ws, activityId, {}, QStringLiteral("Own title"), &error);
    QVERIFY2(sc, qPrintable(error));
    QCOMPARE(sc->value(screeningField::outcome).toString(), screening::notRequired);
    QCOMPARE(sc->title(kinds::screening()), QStringLiteral("Own title"));
    QCOMPARE(m_ws->records()
                 .get(kinds::activity(), activityId)
                 ->value(activityField::dpiaRequired)
                 .toString(),
             QStringLiteral("yes"));
}

void TestDpiaDomain::prefillNeverOverwrites()
{
    const qint64 activityId = screenedActivity();
    QString error;
    const QString own = QStringLiteral("<p>Our own words about the aims</p>");
    // An editor's empty document is blank, so it may be filled.
    const QString emptyDoc =
        QStringLiteral("<!DOCTYPE HTML><html><head><meta name=\"qrichtext\" content=\"1\" />"
                       "<style type=\"text/css\">p, li { white-space: pre-wrap; }</style></head>"
                       "<body><p><br /></p></body></html>");
    const auto d = m_ws->records().create(
        kinds::dpia(),
        {{dpiaField::title, QStringLiteral("Mine")},
         {dpiaField::activityIds, linkValue({activityId})},
         {dpiaField::bankVersion, QStringLiteral("ico-2018.1")},
         {dpiaField::answers, answersToJson({{QStringLiteral("1.aims"), own},
                                             {QStringLiteral("2.scope.data"), emptyDoc}})}},
        &error);
    QVERIFY2(d, qPrintable(error));
    QCOMPARE(parseAnswers(dpia(d->id).value(dpiaField::answers)).size(), 1); // blank dropped
    const auto filled = prefill::applyToDpia(*m_ws, d->id, &error);
    QVERIFY2(filled, qPrintable(error));
    QVERIFY(!filled->contains(QStringLiteral("1.aims")));
    QVERIFY(filled->contains(QStringLiteral("2.scope.data")));
    QVERIFY(filled->contains(QStringLiteral("2.purposes.aims")));
    QVERIFY(!filled->contains(QStringLiteral("1.why_dpia"))); // no screening: nothing to say
    DpiaAnswers answers = parseAnswers(dpia(d->id).value(dpiaField::answers));
    QCOMPARE(answers.value(QStringLiteral("1.aims")), own);

    // The officer edits a pre-filled answer; applying again changes nothing.
    answers.insert(QStringLiteral("2.scope.data"), QStringLiteral("<p>Edited</p>"));
    QVERIFY(updateDpia(*m_ws, d->id, {{dpiaField::answers, answersToJson(answers)}}, &error));
    const auto again = prefill::applyToDpia(*m_ws, d->id, &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(again->isEmpty());
    QCOMPARE(parseAnswers(dpia(d->id).value(dpiaField::answers)), answers);

    // The pure form too.
    DpiaAnswers mine{{QStringLiteral("a"), QStringLiteral("<p>kept</p>")},
                     {QStringLiteral("b"), QStringLiteral("<p> </p>")}};
    const QStringList ids =
        prefill::fillEmptyAnswers(&mine, {{QStringLiteral("a"), QStringLiteral("new")},
                                          {QStringLiteral("b"), QStringLiteral("new b")},
                                          {QStringLiteral("c"), QStringLiteral("x < y & z")}});
    QCOMPARE(ids, (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(mine.value(QStringLiteral("a")), QStringLiteral("<p>kept</p>"));
    QCOMPARE(mine.value(QStringLiteral("c")), QStringLiteral("<p>x &lt; y &amp; z</p>"));
}

void TestDpiaDomain::answersConvertBetweenHtmlAndText()
{
    QCOMPARE(plainToHtml(QStringLiteral("one\ntwo\n\nthree <b>")),
             QStringLiteral("<p>one<br>two</p><p>three &lt;b&gt;</p>"));
    QCOMPARE(htmlToPlain(plainToHtml(QStringLiteral("one\ntwo\n\nthree <b>"))),
             QStringLiteral("one\ntwo\nthree <b>"));
    QCOMPARE(htmlToPlain(QStringLiteral("<html><head><title>t</title></head><body><p>A&nbsp;"
                                        "&amp;&#39;B</p>\n<ul><li>x</li><li>y</li></ul></body>"
                                        "</html>")),
             QStringLiteral("A &'B\nx\ny"));
    QVERIFY(isBlankAnswer(QStringLiteral("<p><br /></p>")));
    QVERIFY(!isBlankAnswer(QStringLiteral("plain")));
}

void TestDpiaDomain::matrixBandsAndLevelMapping()
{
    const RiskMatrix ico = RiskMatrix::ico3();
    QCOMPARE(ico.levels(), 3);
    // The ICO's worked examples: possible + significant = medium, possible + minimal = low.
    QCOMPARE(ico.band(2, 2), RiskBand::Medium);
    QCOMPARE(ico.band(2, 1), RiskBand::Low);
    QCOMPARE(ico.band(3, 3), RiskBand::High);
    QCOMPARE(ico.band(2, 3), RiskBand::High);
    QVERIFY(!ico.band(0, 2));
    QVERIFY(!ico.band(4, 1));
    const RiskMatrix cnil = RiskMatrix::cnil4();
    QCOMPARE(cnil.band(1, 3), RiskBand::Low);
    QCOMPARE(cnil.band(2, 4), RiskBand::Medium);
    QCOMPARE(cnil.band(3, 3), RiskBand::High);

    QCOMPARE(mapRiskLevel(1, 4, 3), 1);
    QCOMPARE(mapRiskLevel(4, 4, 3), 3);
    QCOMPARE(mapRiskLevel(2, 4, 3), 2);
    QCOMPARE(mapRiskLevel(3, 4, 3), 2);
    QCOMPARE(mapRiskLevel(2, 3, 4), 3);
    QCOMPARE(mapRiskLevel(0, 4, 3), 0);
    QCOMPARE(mapRiskLevel(5, 4, 3), 0);

    // The organisation's own bands decide, e.g. for the Art. 36 flag.
    RiskMatrix strict = ico;
    strict.bands[1][1] = RiskBand::High;
    QString error;
    QVERIFY2(saveRiskBands(*m_ws, strict, &error), qPrintable(error));
    QCOMPARE(loadRiskMatrix(*m_ws, QStringLiteral("ico3")).band(2, 2), RiskBand::High);
    RiskMatrix wrong = ico;
    wrong.bands.removeLast();
    QVERIFY(!saveRiskBands(*m_ws, wrong, &error));
}

void TestDpiaDomain::workflowTransitions()
{
    QString error;
    const auto d =
        m_ws->records().create(kinds::dpia(), {{dpiaField::title, QStringLiteral("T")}}, &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!workflow::transition(*m_ws, d->id, dpiaStatus::approved, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("In review")), qPrintable(error));
    QVERIFY(workflow::transition(*m_ws, d->id, dpiaStatus::inReview, {}, &error));
    QVERIFY(workflow::transition(*m_ws, d->id, dpiaStatus::draft, {}, &error)); // sent back
    QCOMPARE(dpia(d->id).value(dpiaField::version).toInt(), 1);                 // not a new one
    QVERIFY(workflow::transition(*m_ws, d->id, dpiaStatus::inReview, {}, &error));
    QVERIFY(workflow::transition(*m_ws, d->id, dpiaStatus::dpoReview, {}, &error));
    QVERIFY(
        !workflow::transition(*m_ws, d->id, dpiaStatus::rejected, QStringLiteral("  "), &error));
    QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
    QCOMPARE(dpia(d->id).value(dpiaField::status).toString(), dpiaStatus::dpoReview);
    QVERIFY2(workflow::transition(*m_ws, d->id, dpiaStatus::rejected,
                                  QStringLiteral("Alternatives not considered"), &error),
             qPrintable(error));
    QCOMPARE(dpia(d->id).value(dpiaField::status).toString(), dpiaStatus::rejected);
    QCOMPARE(dpia(d->id).value(dpiaField::rejectionReason).toString(),
             QStringLiteral("Alternatives not considered"));
    QVERIFY(!workflow::transition(*m_ws, d->id, dpiaStatus::approved, {}, &error));
    QVERIFY(workflow::transition(*m_ws, d->id, dpiaStatus::draft, {}, &error));
    QCOMPARE(workflow::allowedTransitions(dpiaStatus::approved),
             (QStringList{dpiaStatus::reviewDue, dpiaStatus::draft}));
    // Status changes never go through a plain edit.
    QVERIFY(!updateDpia(*m_ws, d->id, {{dpiaField::status, dpiaStatus::approved}}, &error));
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestDpiaDomain::approvalBlockers()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QCOMPARE(workflow::approvalBlockers(*m_ws, id), QStringList());
    RecordStore &store = m_ws->records();
    const Record original = dpia(id);
    const auto blockers = [&] {
        return workflow::approvalBlockers(*m_ws, id).join(QLatin1Char('\n'));
    };

    // Sign-offs: each of the three needs name, position and date.
    QJsonObject s =
        QJsonDocument::fromJson(original.value(dpiaField::signoffs).toString().toUtf8()).object();
    QJsonObject dpo = s.value(QStringLiteral("dpo_advice")).toObject();
    dpo.remove(QStringLiteral("position"));
    s.insert(QStringLiteral("dpo_advice"), dpo);
    s.remove(QStringLiteral("measures_approved"));
    QJsonObject residual = s.value(QStringLiteral("residual_approved")).toObject();
    residual.insert(QStringLiteral("date"), QStringLiteral("next Tuesday"));
    s.insert(QStringLiteral("residual_approved"), residual);
    QVERIFY(store.update(
        kinds::dpia(), id,
        {{dpiaField::signoffs, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact))},
         {dpiaField::dpoAdvice, QVariant()},
         {dpiaField::dpoAdviceDecision, QStringLiteral("overruled")}},
        &error));
    QString text = blockers();
    QVERIFY2(text.contains(QStringLiteral("\u201cMeasures approved by\u201d needs a name, position "
                                          "and date")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u201cResidual risks approved by\u201d")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\u201cDPO advice provided by\u201d")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("summary of the DPO's advice is missing")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("overruled; give the reasons")), qPrintable(text));
    QVERIFY(store.update(kinds::dpia(), id, {{dpiaField::dpoAdviceDecision, QVariant()}}, &error));
    QVERIFY2(blockers().contains(QStringLiteral("accepted or overruled")), qPrintable(blockers()));
    QVERIFY(store.update(kinds::dpia(), id,
                         {{dpiaField::signoffs, original.value(dpiaField::signoffs)},
                          {dpiaField::dpoAdvice, original.value(dpiaField::dpoAdvice)},
                          {dpiaField::dpoAdviceDecision, QStringLiteral("overruled")},
                          {dpiaField::dpoOverruleReason, QStringLiteral("Statutory duty")}},
                         &error));
    QCOMPARE(workflow::approvalBlockers(*m_ws, id), QStringList());

    // A required question without an answer.
    DpiaAnswers answers = parseAnswers(original.value(dpiaField::answers));
    answers.remove(QStringLiteral("4.lawful_basis"));
    QVERIFY(
        store.update(kinds::dpia(), id, {{dpiaField::answers, answersToJson(answers)}}, &error));
    QVERIFY2(blockers().contains(QStringLiteral("4.lawful_basis")), qPrintable(blockers()));
    QVERIFY(store.update(kinds::dpia(), id,
                         {{dpiaField::answers, original.value(dpiaField::answers)}}, &error));

    // Risks: each scored inherent and residual on the matrix; and at least one.
    const Record risk =
        store.list(kinds::risk(), {}, QStringLiteral("dpia_id = ?"), {id}).constFirst();
    QVERIFY(store.update(
        kinds::risk(), risk.id,
        {{riskField::severity, QVariant()}, {riskField::residualLikelihood, QVariant()}}, &error));
    text = blockers();
    QVERIFY2(text.contains(QStringLiteral("Step 5: risk %1").arg(risk.ref)) &&
                 text.contains(QStringLiteral("inherent likelihood and severity on the ICO 3 x 3")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Step 6: risk %1").arg(risk.ref)), qPrintable(text));
    // Levels beyond the DPIA's matrix (4 is fine on the CNIL's, not the ICO's) do not count.
    QVERIFY(store.update(kinds::risk(), risk.id,
                         {{riskField::severity, 4}, {riskField::residualLikelihood, 2}}, &error));
    QVERIFY2(blockers().contains(QStringLiteral("inherent")), qPrintable(blockers()));
    QVERIFY(store.update(kinds::risk(), risk.id, {{riskField::severity, 3}}, &error));
    QCOMPARE(workflow::approvalBlockers(*m_ws, id), QStringList());
    for (const Record &m : store.list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {id}))
        QVERIFY(store.remove(kinds::measure(), m.id, &error));
    QVERIFY(store.remove(kinds::risk(), risk.id, &error));
    QVERIFY2(blockers().contains(QStringLiteral("no risks are recorded")), qPrintable(blockers()));
    QVERIFY(!workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be approved yet")) &&
                 error.contains(QStringLiteral("no risks")),
             qPrintable(error));
    QCOMPARE(dpia(id).value(dpiaField::status).toString(), dpiaStatus::dpoReview);
}

void TestDpiaDomain::art36BlocksApprovalUntilRecorded()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QVERIFY(!workflow::art36Required(*m_ws, id));
    RecordStore &store = m_ws->records();
    const Record risk =
        store.list(kinds::risk(), {}, QStringLiteral("dpia_id = ?"), {id}).constFirst();
    // Probable and severe even after the measures: High on the ICO matrix.
    QVERIFY(store.update(kinds::risk(), risk.id,
                         {{riskField::residualLikelihood, 3}, {riskField::residualSeverity, 3}},
                         &error));
    QVERIFY(workflow::art36Required(*m_ws, id));
    QStringList blockers = workflow::approvalBlockers(*m_ws, id);
    QCOMPARE(blockers.size(), 1);
    QVERIFY2(blockers.constFirst().contains(QStringLiteral("Art. 36")) &&
                 blockers.constFirst().contains(risk.ref) &&
                 blockers.constFirst().contains(QStringLiteral("approval is blocked until")) &&
                 blockers.constFirst().contains(QStringLiteral("consult the ICO")),
             qPrintable(blockers.constFirst()));
    QVERIFY(!workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("Art. 36")), qPrintable(error));
    // "Not required" is no answer to a high residual risk; nor is "consult" without a reason.
    QVERIFY(store.update(kinds::dpia(), id,
                         {{dpiaField::art36Decision, QStringLiteral("not_required")},
                          {dpiaField::art36Reason, QStringLiteral("We accept it")}},
                         &error));
    QCOMPARE(workflow::approvalBlockers(*m_ws, id).size(), 1);
    QVERIFY(store.update(kinds::dpia(), id,
                         {{dpiaField::art36Decision, QStringLiteral("consult_ico")},
                          {dpiaField::art36Reason, QVariant()}},
                         &error));
    QCOMPARE(workflow::approvalBlockers(*m_ws, id).size(), 1);
    QVERIFY(store.update(
        kinds::dpia(), id,
        {{dpiaField::art36Reason, QStringLiteral("Residual risk of harm to children remains high; "
                                                 "consultation submitted to the ICO")}},
        &error));
    QCOMPARE(workflow::approvalBlockers(*m_ws, id), QStringList());
    QVERIFY2(workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error), qPrintable(error));
    // A band mapping that calls medium high raises the flag too.
    const qint64 other = approvableDpia();
    QVERIFY(!workflow::art36Required(*m_ws, other));
    RiskMatrix strict = RiskMatrix::ico3();
    strict.bands[1][1] = RiskBand::High;
    QVERIFY(saveRiskBands(*m_ws, strict, &error));
    QVERIFY(workflow::art36Required(*m_ws, other));
}

void TestDpiaDomain::approvalFreezesVersion1()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QVERIFY(versions::list(*m_ws, id).isEmpty());
    QVERIFY2(workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error), qPrintable(error));
    const Record d = dpia(id);
    QCOMPARE(d.value(dpiaField::status).toString(), dpiaStatus::approved);
    QCOMPARE(d.value(dpiaField::reviewDate).toString(),
             QDate::currentDate().addYears(1).toString(Qt::ISODate));
    const QList<DpiaVersionInfo> list = versions::list(*m_ws, id);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.constFirst().version, 1);
    QCOMPARE(list.constFirst().frozenBy, QStringLiteral("tester"));
    const auto snap = versions::load(*m_ws, id, 1, &error);
    QVERIFY2(snap, qPrintable(error));
    QCOMPARE(snap->value(QStringLiteral("bank_version")).toString(), QStringLiteral("ico-2018.1"));
    QCOMPARE(snap->value(QStringLiteral("risks")).toArray().size(), 1);
    QCOMPARE(snap->value(QStringLiteral("measures")).toArray().size(), 1);
    QCOMPARE(snap->value(QStringLiteral("activities")).toArray().size(), 1);
    QCOMPARE(
        (*snap)[QStringLiteral("dpia")][QStringLiteral("values")][dpiaField::status].toString(),
        dpiaStatus::approved);
    QVERIFY(!versions::load(*m_ws, id, 2, &error));
    QVERIFY(!versions::freeze(*m_ws, id, &error)); // version 1 is frozen already
    QVERIFY2(error.contains(QStringLiteral("already frozen")), qPrintable(error));
    // Append-only, and audited.
    QVERIFY(!sql::exec(m_ws->database(), QStringLiteral("DELETE FROM dpia_versions"), {}, &error));
    QCOMPARE(sql::scalar(m_ws->database(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE record_table ="
                                        " 'dpia_versions' AND record_uuid = ?"),
                         {d.uuid})
                 .toInt(),
             1);
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestDpiaDomain::editingApprovedStartsVersion2()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    const QString signed_ = dpia(id).value(dpiaField::signoffs).toString();
    QVERIFY2(workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error), qPrintable(error));
    QVERIFY2(updateDpia(*m_ws, id, {{dpiaField::summary, QStringLiteral("Extended to schools")}},
                        &error),
             qPrintable(error));
    Record d = dpia(id);
    QCOMPARE(d.value(dpiaField::status).toString(), dpiaStatus::draft);
    QCOMPARE(d.value(dpiaField::version).toInt(), 2);
    QVERIFY(d.value(dpiaField::signoffs).isNull()); // signed for version 1, not this one
    QCOMPARE(d.value(dpiaField::summary).toString(), QStringLiteral("Extended to schools"));
    // Further edits stay in version 2.
    QVERIFY(updateDpia(*m_ws, id, {{dpiaField::notes, QStringLiteral("n")}}, &error));
    QCOMPARE(dpia(id).value(dpiaField::version).toInt(), 2);
    QVERIFY(workflow::approvalBlockers(*m_ws, id)
                .join(QLatin1Char(' '))
                .contains(QStringLiteral("Measures approved by")));
    QVERIFY(updateDpia(*m_ws, id, {{dpiaField::signoffs, signed_}}, &error));
    for (const QString &s : {dpiaStatus::inReview, dpiaStatus::dpoReview, dpiaStatus::approved})
        QVERIFY2(workflow::transition(*m_ws, id, s, {}, &error), qPrintable(error));
    QCOMPARE(versions::list(*m_ws, id).size(), 2);
    QCOMPARE(versions::list(*m_ws, id).constLast().version, 2);

    // Editing a risk of an approved DPIA also starts a new version.
    const Record risk =
        m_ws->records().list(kinds::risk(), {}, QStringLiteral("dpia_id = ?"), {id}).constFirst();
    QVERIFY(updateInDpia(*m_ws, kinds::risk(), risk.id, {{riskField::notes, QStringLiteral("x")}},
                         &error));
    QCOMPARE(dpia(id).value(dpiaField::version).toInt(), 3);
    QCOMPARE(dpia(id).value(dpiaField::status).toString(), dpiaStatus::draft);
    QVERIFY(!updateInDpia(*m_ws, kinds::dpia(), id, {}, &error));
}

void TestDpiaDomain::diffShowsWhatChanged()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QVERIFY2(workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error), qPrintable(error));
    DpiaAnswers answers = parseAnswers(dpia(id).value(dpiaField::answers));
    const QString oldUse = htmlToPlain(answers.value(QStringLiteral("2.purposes.aims")));
    answers.insert(QStringLiteral("2.purposes.aims"),
                   plainToHtml(QStringLiteral("Safeguarding and early help")));
    QVERIFY(updateDpia(*m_ws, id, {{dpiaField::answers, answersToJson(answers)}}, &error));
    const auto risk = addToDpia(*m_ws, kinds::risk(),
                                {{riskField::dpiaId, id},
                                 {riskField::title, QStringLiteral("Function creep to schools")},
                                 {riskField::likelihood, 1},
                                 {riskField::severity, 2}},
                                &error);
    QVERIFY2(risk, qPrintable(error));
    const Record measure = m_ws->records()
                               .list(kinds::measure(), {}, QStringLiteral("dpia_id = ?"), {id})
                               .constFirst();
    const auto owner = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Priya Raman")}}, &error);
    QVERIFY(owner);
    QVERIFY(updateInDpia(*m_ws, kinds::measure(), measure.id,
                         {{measureField::effect, QStringLiteral("eliminate")},
                          {measureField::approved, 1},
                          {measureField::ownerPersonId, owner->id}},
                         &error));

    const auto older = versions::load(*m_ws, id, 1, &error);
    const auto newer = versions::snapshot(*m_ws, id, &error);
    QVERIFY(older && newer);
    const QList<versions::Change> changes = versions::diff(*older, *newer, QuestionBank::builtIn());
    QStringList lines;
    for (const versions::Change &c : changes)
        lines << c.text();
    const QString all = lines.join(QLatin1Char('\n'));
    const auto has = [&](const versions::Change::Kind kind, const QString &area,
                         const QString &item, const QString &before, const QString &after) {
        return std::any_of(changes.cbegin(), changes.cend(), [&](const versions::Change &c) {
            return c.kind == kind && c.area.contains(area) && c.item.contains(item) &&
                   c.before == before && c.after == after;
        });
    };
    using K = versions::Change::Kind;
    QVERIFY2(has(K::Changed, QStringLiteral("Answer"),
                 QStringLiteral("2.purposes.aims What do you want to achieve?"), oldUse,
                 QStringLiteral("Safeguarding and early help")),
             qPrintable(all));
    QVERIFY2(has(K::Added, QStringLiteral("Risk %1").arg(risk->ref), {}, {},
                 QStringLiteral("Function creep to schools")),
             qPrintable(all));
    QVERIFY2(has(K::Changed, QStringLiteral("Measure %1 \u201cAccess audit\u201d").arg(measure.ref),
                 QStringLiteral("Effect on risk"), QStringLiteral("Reduced"),
                 QStringLiteral("Eliminated")),
             qPrintable(all));
    QVERIFY2(has(K::Changed, QStringLiteral("Measure"), QStringLiteral("Measure approved"),
                 QStringLiteral("No"), QStringLiteral("Yes")),
             qPrintable(all));
    QVERIFY2(has(K::Changed, QStringLiteral("Measure"), QStringLiteral("Owner"), {},
                 QStringLiteral("%1 \u201cPriya Raman\u201d").arg(owner->ref)),
             qPrintable(all));
    QVERIFY2(has(K::Changed, QStringLiteral("DPIA"), QStringLiteral("Version"), QStringLiteral("1"),
                 QStringLiteral("2")),
             qPrintable(all));
    QVERIFY2(has(K::Changed, QStringLiteral("DPIA"), QStringLiteral("Status"),
                 QStringLiteral("Approved"), QStringLiteral("Draft")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Sign-off: Measures approved by removed")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\u2192")), qPrintable(all));
    // A version compared with itself has no changes.
    QVERIFY(versions::diff(*older, *older, QuestionBank::builtIn()).isEmpty());
}

void TestDpiaDomain::reviewsFallDue()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QVERIFY(m_ws->records().update(
        kinds::dpia(), id, {{dpiaField::reviewDate, QStringLiteral("2026-01-31")}}, &error));
    QVERIFY2(workflow::transition(*m_ws, id, dpiaStatus::approved, {}, &error), qPrintable(error));
    QCOMPARE(dpia(id).value(dpiaField::reviewDate).toString(), QStringLiteral("2026-01-31"));
    QCOMPARE(workflow::markReviewsDue(*m_ws, QDate(2026, 1, 31), &error), 0); // not yet passed
    QCOMPARE(workflow::markReviewsDue(*m_ws, QDate(2026, 2, 1), &error), 1);
    QCOMPARE(dpia(id).value(dpiaField::status).toString(), dpiaStatus::reviewDue);
    QCOMPARE(workflow::markReviewsDue(*m_ws, QDate(2026, 2, 2), &error), 0);
    bool newVersion = false;
    QVERIFY(workflow::beginEdit(*m_ws, id, &error, &newVersion));
    QVERIFY(newVersion);
    QCOMPARE(dpia(id).value(dpiaField::version).toInt(), 2);
}

void TestDpiaDomain::dpiaViewResolvesEverything()
{
    QString error;
    const qint64 id = approvableDpia();
    QVERIFY(id);
    QVERIFY(addToDpia(*m_ws, kinds::risk(),
                      {{riskField::dpiaId, id},
                       {riskField::title, QStringLiteral("First")},
                       {riskField::sortOrder, -1},
                       {riskField::likelihood, 1},
                       {riskField::severity, 1}},
                      &error));
    QVERIFY(addToDpia(
        *m_ws, kinds::measure(),
        {{measureField::dpiaId, id}, {measureField::title, QStringLiteral("Training")}}, &error));
    const auto view = loadDpia(*m_ws, id, &error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->matrix.key, QStringLiteral("ico3"));
    QCOMPARE(view->bank.version, QStringLiteral("ico-2018.1"));
    QCOMPARE(view->risks.size(), 2);
    QCOMPARE(view->risks.at(0).record.title(kinds::risk()), QStringLiteral("First"));
    QCOMPARE(view->risks.at(0).inherent, RiskBand::Low);
    QVERIFY(!view->risks.at(0).residual);
    QCOMPARE(view->risks.at(1).inherent, RiskBand::High);
    QCOMPARE(view->risks.at(1).residual, RiskBand::Medium);
    QCOMPARE(view->risks.at(1).measures.size(), 1);
    QCOMPARE(view->measures.size(), 2);
    QCOMPARE(view->generalMeasures.size(), 1);
    QCOMPARE(view->highestResidual(), RiskBand::Medium);
    QCOMPARE(view->activities.size(), 1);
    QCOMPARE(view->activities.constFirst().name, QStringLiteral("Children's social care"));
    QCOMPARE(view->assets.constFirst().name, QStringLiteral("Case records"));
    QVERIFY(view->screening);
    QVERIFY(view->answers.contains(QStringLiteral("1.why_dpia")));
    QVERIFY(!loadDpia(*m_ws, 999, &error));
}

void TestDpiaDomain::attachments()
{
    QString error;
    const auto d =
        m_ws->records().create(kinds::dpia(), {{dpiaField::title, QStringLiteral("T")}}, &error);
    QVERIFY(d);
    // Content decides the media type, not the name.
    const QByteArray pdf("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    const QString path = m_dir.filePath(QStringLiteral("flow diagram.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
    }
    const auto a = attachments::add(*m_ws, d->id, path, QStringLiteral("2.nature.sharing"), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->fileName, QStringLiteral("flow diagram.txt"));
    QCOMPARE(a->mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(a->size, pdf.size());
    QCOMPARE(a->sha256, QString::fromLatin1(
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    QVERIFY(attachments::add(*m_ws, d->id, path, {}, &error));
    const QList<DpiaAttachment> list = attachments::list(*m_ws, d->id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).questionId, QStringLiteral("2.nature.sharing"));
    QVERIFY(list.at(1).questionId.isEmpty());
    QCOMPARE(list.at(0).addedBy, QStringLiteral("tester"));

    const QString copy = m_dir.filePath(QStringLiteral("copy.pdf"));
    QVERIFY2(attachments::saveCopy(*m_ws, a->id, copy, &error), qPrintable(error));
    QFile c(copy);
    QVERIFY(c.open(QIODevice::ReadOnly));
    QCOMPARE(c.readAll(), pdf);

    QVERIFY2(attachments::remove(*m_ws, a->id, &error), qPrintable(error));
    QCOMPARE(attachments::list(*m_ws, d->id).size(), 1);
    QVERIFY(!attachments::remove(*m_ws, a->id, &error));
    QVERIFY(!attachments::saveCopy(*m_ws, a->id, copy, &error));
    const QList<AuditEntry> history = audit::history(m_ws->database(), d->uuid);
    const auto count = std::count_if(history.cbegin(), history.cend(), [](const AuditEntry &e) {
        return e.recordTable == QLatin1String("dpia_attachments");
    });
    QCOMPARE(count, 3);
    QVERIFY(history.constLast().oldValue.contains(a->sha256));
    QVERIFY(audit::verify(m_ws->database()).ok);

    QCOMPARE(attachments::sanitisedFileName(QStringLiteral("../../etc/passwd")),
             QStringLiteral("passwd"));
    QCOMPARE(attachments::sanitisedFileName(QStringLiteral("C:\\Users\\jo\\.bashrc")),
             QStringLiteral("bashrc"));
    QCOMPARE(attachments::sanitisedFileName(QStringLiteral("a\u0007b<c>.pdf")),
             QStringLiteral("a_b_c_.pdf"));
    QCOMPARE(attachments::sanitisedFileName(QStringLiteral("...")), QStringLiteral("attachment"));
    const QString longName =
        attachments::sanitisedFileName(QString(300, QLatin1Char('x')) + QStringLiteral(".docx"));
    QVERIFY(longName.size() <= 200);
    QVERIFY(longName.endsWith(QStringLiteral(".docx")));
}

void TestDpiaDomain::hostileAttachmentsAreRefused()
{
    QString error;
    const auto d =
        m_ws->records().create(kinds::dpia(), {{dpiaField::title, QStringLiteral("T")}}, &error);
    QVERIFY(d);
    const QString big = m_dir.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(attachments::maxFileBytes + 1)); // sparse: costs no disk
    }
    QVERIFY(!attachments::add(*m_ws, d->id, big, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than")) && error.contains(big),
             qPrintable(error));
    QVERIFY(!attachments::add(*m_ws, d->id, m_dir.path(), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    QVERIFY(!attachments::add(*m_ws, d->id, m_dir.filePath(QStringLiteral("missing")), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    const QString small = m_dir.filePath(QStringLiteral("small.txt"));
    {
        QFile f(small);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    QVERIFY(!attachments::add(*m_ws, d->id, small, QStringLiteral("9.nonsense"), &error));
    QVERIFY2(error.contains(QStringLiteral("9.nonsense")), qPrintable(error));
    QVERIFY(!attachments::add(*m_ws, 999, small, {}, &error));
    QVERIFY(attachments::list(*m_ws, d->id).isEmpty());
    // Exactly at the cap is fine.
    {
        QFile f(big);
        QVERIFY(f.resize(attachments::maxFileBytes));
    }
    const auto atCap = attachments::add(*m_ws, d->id, big, QStringLiteral("5"), &error);
    QVERIFY2(atCap, qPrintable(error));
    QCOMPARE(atCap->size, attachments::maxFileBytes);
}

void TestDpiaDomain::comments()
{
    QString error;
    const auto d =
        m_ws->records().create(kinds::dpia(), {{dpiaField::title, QStringLiteral("T")}}, &error);
    QVERIFY(d);
    const auto c1 = attachments::addComment(*m_ws, d->id, QStringLiteral("2.scope.data"),
                                            QStringLiteral("  Is date of birth needed?  "), &error);
    QVERIFY2(c1, qPrintable(error));
    QCOMPARE(c1->text, QStringLiteral("Is date of birth needed?"));
    QCOMPARE(c1->author, QStringLiteral("tester"));
    QVERIFY(attachments::addComment(*m_ws, d->id, {}, QStringLiteral("Overall fine"), &error));
    QVERIFY(attachments::addComment(*m_ws, d->id, QStringLiteral("2.scope.data"),
                                    QStringLiteral("Yes, for age checks"), &error));
    QCOMPARE(attachments::comments(*m_ws, d->id).size(), 3);
    const QList<DpiaComment> onData =
        attachments::comments(*m_ws, d->id, QStringLiteral("2.scope.data"));
    QCOMPARE(onData.size(), 2);
    QCOMPARE(onData.at(1).text, QStringLiteral("Yes, for age checks"));
    QVERIFY(!attachments::addComment(*m_ws, d->id, {}, QStringLiteral("   "), &error));
    QVERIFY(!attachments::addComment(
        *m_ws, d->id, {}, QString(attachments::maxCommentLength + 1, QLatin1Char('x')), &error));
    QVERIFY2(error.contains(QStringLiteral("longer than")), qPrintable(error));
    QVERIFY(!attachments::addComment(*m_ws, d->id, QStringLiteral("nope"), QStringLiteral("x"),
                                     &error));
    QVERIFY2(attachments::removeComment(*m_ws, c1->id, &error), qPrintable(error));
    QCOMPARE(attachments::comments(*m_ws, d->id, QStringLiteral("2.scope.data")).size(), 1);
    QVERIFY(!attachments::removeComment(*m_ws, c1->id, &error));
    const QList<AuditEntry> history = audit::history(m_ws->database(), d->uuid);
    QCOMPARE(history.constLast().recordTable, QStringLiteral("dpia_comments"));
    QCOMPARE(history.constLast().action, QStringLiteral("delete"));
    QCOMPARE(history.constLast().oldValue, QStringLiteral("Is date of birth needed?"));
    QVERIFY(audit::verify(m_ws->database()).ok);
}

void TestDpiaDomain::demoDpias()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoDpias(*m_ws, &error), qPrintable(error));
    RecordStore &store = m_ws->records();

    QStringList outcomes;
    for (const Record &s : store.list(kinds::screening())) {
        outcomes << s.value(screeningField::outcome).toString();
        QVERIFY(s.value(screeningField::activityId).toLongLong() > 0);
        QVERIFY(!s.value(screeningField::reasons).toString().isEmpty());
    }
    QCOMPARE(outcomes.size(), 6);
    QCOMPARE(outcomes.count(screening::notRequired), 1);
    QCOMPARE(outcomes.count(screening::recommended), 1);
    QCOMPARE(outcomes.count(screening::required), 4);

    QHash<QString, qint64> byTitle;
    for (const Record &d : store.list(kinds::dpia()))
        byTitle.insert(d.title(kinds::dpia()), d.id);
    QCOMPARE(byTitle.size(), 4);
    const auto status = [&](const char *title) {
        return dpia(byTitle.value(QString::fromUtf8(title))).value(dpiaField::status).toString();
    };
    QCOMPARE(status("CCTV at council buildings"), dpiaStatus::approved);
    QCOMPARE(status("Children's social care case management system"), dpiaStatus::dpoReview);
    QCOMPARE(status("Early help family support"), dpiaStatus::draft);
    QCOMPARE(status("Staff IT accounts and email (Microsoft 365)"), dpiaStatus::inReview);

    const qint64 cctv = byTitle.value(QStringLiteral("CCTV at council buildings"));
    QCOMPARE(versions::list(*m_ws, cctv).size(), 1);
    QCOMPARE(versions::list(*m_ws, cctv).constFirst().version, 1);
    const auto cctvView = loadDpia(*m_ws, cctv, &error);
    QVERIFY2(cctvView, qPrintable(error));
    QCOMPARE(cctvView->highestResidual(), RiskBand::Medium);
    QCOMPARE(cctvView->activities.constFirst().name, QStringLiteral("CCTV at council buildings"));
    QCOMPARE(cctvView->assets.constFirst().name, QStringLiteral("CCTV footage"));
    for (const Record &m : cctvView->measures) {
        QVERIFY(m.value(measureField::ownerPersonId).toLongLong() > 0);
        QVERIFY(!m.value(measureField::dueDate).toString().isEmpty());
    }

    const qint64 children =
        byTitle.value(QStringLiteral("Children's social care case management system"));
    QVERIFY(workflow::art36Required(*m_ws, children));
    const QStringList blockers = workflow::approvalBlockers(*m_ws, children);
    QCOMPARE(blockers.size(), 1);
    QVERIFY2(blockers.constFirst().contains(QStringLiteral("Art. 36")),
             qPrintable(blockers.join(QLatin1Char('\n'))));
    QVERIFY(!workflow::transition(*m_ws, children, dpiaStatus::approved, {}, &error));
    QVERIFY(versions::list(*m_ws, children).isEmpty());

    const qint64 earlyHelp = byTitle.value(QStringLiteral("Early help family support"));
    const DpiaAnswers early = parseAnswers(dpia(earlyHelp).value(dpiaField::answers));
    QVERIFY(early.contains(QStringLiteral("2.scope.individuals")));
    QVERIFY(early.contains(QStringLiteral("1.why_dpia")));
    QVERIFY(!workflow::approvalBlockers(*m_ws, earlyHelp).isEmpty());
    for (const qint64 id : byTitle) {
        const Record d = dpia(id);
        QVERIFY(d.value(dpiaField::ownerPersonId).toLongLong() > 0);
        QVERIFY(d.value(dpiaField::screeningId).toLongLong() > 0);
        QVERIFY(!store.list(kinds::risk(), {}, QStringLiteral("dpia_id = ?"), {id}).isEmpty());
    }
    QVERIFY(audit::verify(m_ws->database()).ok);
}

QTEST_GUILESS_MAIN(TestDpiaDomain)
#include "tst_dpiadomain.moc"
