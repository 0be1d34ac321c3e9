// Information sharing agreements: the clause library as data, placeholder filling that keeps
// user text literal, numbering, the ICO Data Sharing Code checklist, the lifecycle with its
// signatures and versions, which agreement covers a flow, and the demo agreements.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "sharing/agreements.h"
#include "sharing/agreementtext.h"
#include "sharing/agreementversions.h"
#include "sharing/agreementview.h"
#include "sharing/checklist.h"
#include "sharing/clauselibrary.h"
#include "sharing/coverage.h"
#include "sharing/demosharing.h"
#include "sharing/lifecycle.h"
#include "sharing/placeholders.h"
#include "workspace/audit.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace igw;

namespace af = agreementField;
namespace pf = partyField;

namespace {

QStringList ids(const QList<ChecklistItem> &items)
{
    QStringList out;
    for (const ChecklistItem &i : items)
        out << i.id;
    return out;
}

QByteArray libraryJson(const QJsonArray &sections, const QString &version = QStringLiteral("t.1"))
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), QStringLiteral("igw-sharing-clause-library")},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("title"), QStringLiteral("Test")},
                           {QStringLiteral("sections"), sections}})
        .toJson();
}

QJsonObject section(const QString &id, const QJsonArray &clauses)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), id.toUpper()},
            {QStringLiteral("clauses"), clauses}};
}

QJsonObject clause(const QString &id, const QString &text, const QString &when = {},
                   const QJsonArray &subs = {})
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("text"), text}};
    if (!when.isEmpty())
        o.insert(QStringLiteral("when"), when);
    if (!subs.isEmpty())
        o.insert(QStringLiteral("clauses"), subs);
    return o;
}

} // namespace

class TestSharingDomain : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void builtInLibraryFollowsACouncilAgreement();
    void hostileLibrariesAreRefused_data();
    void hostileLibrariesAreRefused();
    void installedLibrariesAreKept();
    void placeholdersStayLiteral();
    void hostileAgreementTextStaysLiteral();
    void numberingSkipsClausesThatDoNotApply();
    void checklistListsWhatIsMissing();
    void checklistAsksForConditionsWhenTheDataNeedsThem();
    void sendingNeedsACleanChecklist();
    void activeOnlyWhenEveryPartySignedTheCurrentVersion();
    void signaturesAreCheckedAndAudited();
    void lawfulBasisChangeStartsANewVersion();
    void dataItemChangeStartsANewVersion();
    void otherEditsKeepTheVersion();
    void incompleteNewVersionGoesBackToDraft();
    void partyChangesAfterSigningStartNewVersion();
    void reviewExpiryAndTermination();
    void coveringAgreementsAndFlowReferences();
    void flowsWithoutAnActiveAgreementAreFlagged();
    void draftsCanBeDeletedSentOnesCannot();
    void demoAgreements();

private:
    qint64 create(const RecordKind &kind, const QVariantMap &values);
    // A complete agreement between us and the partner over the flow, with two parties.
    qint64 completeAgreement();
    void signAll(qint64 agreementId, const QDate &date = QDate::currentDate().addDays(-1));
    Record agreement(qint64 id) const { return *m_ws->records().get(kinds::agreement(), id); }
    QString status(qint64 id) const { return agreement(id).value(af::status).toString(); }
    int version(qint64 id) const { return agreement(id).value(af::version).toInt(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_partner = 0;
    qint64 m_asset = 0;
    qint64 m_flow = 0;
    qint64 m_activity = 0;
};

void TestSharingDomain::init()
{
    QVERIFY(m_dir.isValid());
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path, QStringLiteral("Snapton Borough Council"));
    QVERIFY(m_ws);
    QString error;
    QVERIFY2(m_ws->records().update(kinds::organisation(), m_ws->selfOrganisationId(),
                                    {{orgField::icoRegistration, QStringLiteral("Z1111111")}},
                                    &error),
             qPrintable(error));
    m_partner =
        create(kinds::organisation(), {{orgField::name, QStringLiteral("Snapton NHS Trust")},
                                       {orgField::icoRegistration, QStringLiteral("Z2222222")}});
    m_asset = create(kinds::asset(),
                     {{assetField::name, QStringLiteral("Adult social care records")},
                      {assetField::dataSubjectCategories, QStringLiteral("Service users; Carers")},
                      {assetField::personalDataCategories,
                       QStringLiteral("Names and contact details; Health (special category)")},
                      {assetField::specialCategory, 0}});
    m_flow = create(kinds::flow(), {{flowField::title, QStringLiteral("Discharge notices")},
                                    {flowField::fromOrgId, m_partner},
                                    {flowField::toAssetId, m_asset},
                                    {flowField::dataItems, QStringLiteral("Name, NHS number")},
                                    {flowField::transferMethod, QStringLiteral("api")},
                                    {flowField::frequency, QStringLiteral("daily")}});
    m_activity = create(kinds::activity(), {{activityField::name, QStringLiteral("Assessment")}});
    QVERIFY(m_partner && m_asset && m_flow && m_activity);
}

qint64 TestSharingDomain::create(const RecordKind &kind, const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kind, values, &error);
    if (!r)
        qWarning("create %s: %s", qPrintable(kind.table), qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestSharingDomain::completeAgreement()
{
    QString error;
    const auto a = sharing::createAgreement(
        *m_ws,
        {{af::title, QStringLiteral("Hospital discharge")},
         {af::purpose, QStringLiteral("Planning safe discharge")},
         {af::benefits, QStringLiteral("Fewer delays")},
         {af::lawfulBasis, QStringLiteral("public_task")},
         {af::dataSubjects, QStringLiteral("Patients; Service users")},
         {af::informingIndividuals, QStringLiteral("Privacy notices")},
         {af::rightsHandling, QStringLiteral("Each party answers its own")},
         {af::complaintsHandling, QStringLiteral("Own procedures")},
         {af::dataQuality, QStringLiteral("Checked before sending")},
         {af::security, QStringLiteral("Encrypted API")},
         {af::retentionDeletion, QStringLiteral("Six years after the case closes")},
         {af::breachHandling, QStringLiteral("Within 24 hours")},
         {af::reviewDate, QDate::currentDate().addYears(1).toString(Qt::ISODate)},
         {af::flowIds, QString::number(m_flow)},
         {af::assetIds, QString::number(m_asset)}},
        &error);
    if (!a) {
        qWarning("agreement: %s", qPrintable(error));
        return 0;
    }
    const auto us = sharing::addParty(*m_ws,
                                      {{pf::agreementId, a->id},
                                       {pf::role, QStringLiteral("controller")},
                                       {pf::signatoryName, QStringLiteral("Sam Siro")},
                                       {pf::signatoryRole, QStringLiteral("SIRO")},
                                       {pf::contact, QStringLiteral("ig@snapton.example")}},
                                      &error);
    const auto them = sharing::addParty(*m_ws,
                                        {{pf::agreementId, a->id},
                                         {pf::orgId, m_partner},
                                         {pf::role, QStringLiteral("controller")},
                                         {pf::signatoryName, QStringLiteral("Cal Guardian")},
                                         {pf::signatoryRole, QStringLiteral("Caldicott Guardian")},
                                         {pf::contact, QStringLiteral("ig@trust.example")}},
                                        &error);
    if (!us || !them)
        qWarning("party: %s", qPrintable(error));
    return a->id;
}

void TestSharingDomain::signAll(qint64 agreementId, const QDate &date)
{
    QString error;
    for (const Record &p : sharing::unsignedParties(*m_ws, agreementId))
        QVERIFY2(sharing::recordSignature(*m_ws, agreementId, p.id,
                                          p.value(pf::signatoryName).toString(),
                                          p.value(pf::signatoryRole).toString(), date, &error),
                 qPrintable(error));
}

void TestSharingDomain::builtInLibraryFollowsACouncilAgreement()
{
    const ClauseLibrary &lib = ClauseLibrary::builtIn();
    QCOMPARE(lib.version, QStringLiteral("uk-council-2026.1"));
    QStringList sections;
    for (const LibrarySection &s : lib.sections)
        sections << s.id;
    QCOMPARE(sections, (QStringList{QStringLiteral("parties"), QStringLiteral("purpose"),
                                    QStringLiteral("basis"), QStringLiteral("data"),
                                    QStringLiteral("informing"), QStringLiteral("rights"),
                                    QStringLiteral("quality"), QStringLiteral("security"),
                                    QStringLiteral("retention"), QStringLiteral("breach"),
                                    QStringLiteral("onward"), QStringLiteral("responsibilities"),
                                    QStringLiteral("review"), QStringLiteral("signatures")}));
    // The basis for sharing: Art. 6, then Art. 9 with Schedule 1, Art. 10 and the gateway.
    QVERIFY(lib.clause(QStringLiteral("basis.lawful")));
    QCOMPARE(lib.clause(QStringLiteral("basis.special"))->when, QStringLiteral("special_category"));
    QVERIFY(lib.clause(QStringLiteral("basis.special.schedule1"))
                ->text.contains(QStringLiteral("{schedule1Condition}")));
    QCOMPARE(lib.clause(QStringLiteral("basis.criminal"))->when,
             QStringLiteral("criminal_offence"));
    QCOMPARE(lib.clause(QStringLiteral("basis.gateway"))->when,
             QStringLiteral("statutory_gateway"));
    // Every placeholder the brief names is used somewhere.
    QString all;
    for (const QString &id : lib.clauseIds())
        all += lib.clause(id)->text;
    for (const char *p : {"{ourOrganisation}", "{parties}", "{purpose}", "{dataItems}",
                          "{reviewDate}", "{lawfulBasis}"})
        QVERIFY2(all.contains(QLatin1String(p)), p);
    QVERIFY(ClauseLibrary::builtInJson().contains("igw-sharing-clause-library"));
}

void TestSharingDomain::hostileLibrariesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QJsonArray ok{
        section(QStringLiteral("a"), {clause(QStringLiteral("a.1"), QStringLiteral("x"))})};
    QTest::newRow("not JSON") << QByteArray("{nope") << QStringLiteral("not valid JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "igw-dpia-question-bank"})")
                                  << QStringLiteral("not a clause library");
    QTest::newRow("bad version") << libraryJson(ok, QStringLiteral("has space"))
                                 << QStringLiteral("\"version\"");
    QTest::newRow("unknown placeholder")
        << libraryJson({section(QStringLiteral("a"),
                                {clause(QStringLiteral("a.1"), QStringLiteral("{bankDetails}"))})})
        << QStringLiteral("unknown placeholder {bankDetails}");
    QTest::newRow("dangling reference")
        << libraryJson({section(QStringLiteral("a"), {clause(QStringLiteral("a.1"),
                                                             QStringLiteral("see {clause:z.9}"))})})
        << QStringLiteral("no clause with the id \"z.9\"");
    QTest::newRow("duplicate id") << libraryJson({section(
                                         QStringLiteral("a"),
                                         {clause(QStringLiteral("a.1"), QStringLiteral("x")),
                                          clause(QStringLiteral("a.1"), QStringLiteral("y"))})})
                                  << QStringLiteral("clause 2");
    QTest::newRow("unknown condition")
        << libraryJson(
               {section(QStringLiteral("a"), {clause(QStringLiteral("a.1"), QStringLiteral("x"),
                                                     QStringLiteral("always"))})})
        << QStringLiteral("unknown condition \"always\"");
    QJsonObject deep = clause(QStringLiteral("a.1.1"), QStringLiteral("y"));
    deep.insert(QStringLiteral("clauses"),
                QJsonArray{clause(QStringLiteral("a.1.1.1"), QStringLiteral("z"))});
    QTest::newRow("four levels")
        << libraryJson({section(QStringLiteral("a"),
                                {clause(QStringLiteral("a.1"), QStringLiteral("x"), {}, {deep})})})
        << QStringLiteral("three levels");
    QTest::newRow("too big") << QByteArray(ClauseLibrary::maxLibraryBytes + 1, ' ')
                             << QStringLiteral("at most");
}

void TestSharingDomain::hostileLibrariesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ClauseLibrary::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!installClauseLibrary(*m_ws, json, &error));
    QVERIFY(installedClauseLibraryVersions(*m_ws).isEmpty());
}

void TestSharingDomain::installedLibrariesAreKept()
{
    QCOMPARE(currentClauseLibrary(*m_ws).version, ClauseLibrary::builtIn().version);
    QJsonObject edited = QJsonDocument::fromJson(ClauseLibrary::builtInJson()).object();
    edited.insert(QStringLiteral("version"), QStringLiteral("snapton-2026.1"));
    const QByteArray json = QJsonDocument(edited).toJson();
    QString error;
    QVERIFY2(installClauseLibrary(*m_ws, json, &error), qPrintable(error));
    QCOMPARE(currentClauseLibrary(*m_ws).version, QStringLiteral("snapton-2026.1"));
    QCOMPARE(installedClauseLibraryVersions(*m_ws), QStringList{QStringLiteral("snapton-2026.1")});
    // A new agreement is drawn up with it and keeps reading it back.
    const auto a = sharing::createAgreement(*m_ws, {{af::title, QStringLiteral("X")}}, &error);
    QVERIFY(a);
    QCOMPARE(a->value(af::libraryVersion).toString(), QStringLiteral("snapton-2026.1"));
    // The same version with other wording is refused, and so is the built-in's number.
    edited.insert(QStringLiteral("title"), QStringLiteral("Changed"));
    QVERIFY(!installClauseLibrary(*m_ws, QJsonDocument(edited).toJson(), &error));
    QVERIFY2(error.contains(QStringLiteral("already installed")), qPrintable(error));
    edited.insert(QStringLiteral("version"), ClauseLibrary::builtIn().version);
    QVERIFY(!installClauseLibrary(*m_ws, QJsonDocument(edited).toJson(), &error));
    QVERIFY2(error.contains(QStringLiteral("built-in")), qPrintable(error));
    QVERIFY(clauseLibraryVersion(*m_ws, ClauseLibrary::builtIn().version));
    QVERIFY(!clauseLibraryVersion(*m_ws, QStringLiteral("never")));
    // Installing is audited.
    QVERIFY(sql::scalar(m_ws->database(),
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE record_table = 'meta'"
                                       " AND record_uuid LIKE 'sharing_clause_library%'"))
                .toInt() >= 2);
}

void TestSharingDomain::placeholdersStayLiteral()
{
    const QHash<QString, QString> values{{QStringLiteral("x"), QStringLiteral("{y} & <i>it</i>")},
                                         {QStringLiteral("y"), QStringLiteral("SECRET")}};
    QCOMPARE(placeholders::fill(QStringLiteral("<b>{x}</b>"), values),
             QStringLiteral("<b>{y} & <i>it</i></b>"));
    QCOMPARE(placeholders::fillHtml(QStringLiteral("<b>{x}</b>"), values),
             QStringLiteral("&lt;b&gt;<b>{y} &amp; &lt;i&gt;it&lt;/i&gt;</b>&lt;/b&gt;"));
    // Unknown or blank values: the missing text, or the placeholder as written.
    QCOMPARE(placeholders::fill(QStringLiteral("a {z} b"), values), QStringLiteral("a {z} b"));
    QCOMPARE(placeholders::fill(QStringLiteral("a {z} b"), values,
                                [](const QString &n) { return QStringLiteral("[%1]").arg(n); }),
             QStringLiteral("a [z] b"));
    QCOMPARE(placeholders::fill(QStringLiteral("{ not one } {1x} {x"), values),
             QStringLiteral("{ not one } {1x} {x"));
    QCOMPARE(placeholders::namesIn(QStringLiteral("{a}{clause:b.c}{a}")),
             (QStringList{QStringLiteral("a"), QStringLiteral("clause:b.c")}));
}

void TestSharingDomain::hostileAgreementTextStaysLiteral()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY2(sharing::updateAgreement(
                 *m_ws, id,
                 {{af::purpose, QStringLiteral("<b>{ourOrganisation}</b> {reviewDate} & \"co\"")},
                  {af::clauseOverrides,
                   QStringLiteral(R"({"purpose.benefits": "<script>{purpose}</script>"})")}},
                 &error),
             qPrintable(error));
    const auto view = loadAgreementView(*m_ws, id, &error);
    QVERIFY(view);
    const QList<DraftSection> draft =
        draftAgreement(libraryFor(*m_ws, *view), agreementFacts(*view),
                       agreementJson(view->value(af::clauseOverrides)), {});
    QString text;
    for (const DraftSection &s : draft)
        for (const DraftClause &c : s.clauses)
            text += c.text + u'\n';
    QVERIFY2(text.contains(QStringLiteral("and for no other: <b>{ourOrganisation}</b> "
                                          "{reviewDate} & \"co\".")),
             qPrintable(text));
    // The override's own placeholder is filled once, with the literal user text.
    QVERIFY2(text.contains(QStringLiteral("<script><b>{ourOrganisation}</b> {reviewDate} & "
                                          "\"co\"</script>")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Snapton Borough Council</b>")));
}

void TestSharingDomain::numberingSkipsClausesThatDoNotApply()
{
    const QByteArray json = libraryJson(
        {section(QStringLiteral("one"),
                 {clause(QStringLiteral("one.a"), QStringLiteral("First, see {clause:two.b}.")),
                  clause(QStringLiteral("one.b"), QStringLiteral("Special {art9Condition}."),
                         QStringLiteral("special_category"),
                         {clause(QStringLiteral("one.b.i"), QStringLiteral("Sub."))}),
                  clause(QStringLiteral("one.c"), QStringLiteral("Third for {purpose}."), {},
                         {clause(QStringLiteral("one.c.i"), QStringLiteral("Sub i.")),
                          clause(QStringLiteral("one.c.ii"),
                                 QStringLiteral("Sub ii, {section:two}."))})}),
         section(QStringLiteral("two"),
                 {clause(QStringLiteral("two.a"), QStringLiteral("Refer to {clause:one.b}.")),
                  clause(QStringLiteral("two.b"), QStringLiteral("Last."))})});
    QString error;
    const auto lib = ClauseLibrary::fromJson(json, &error);
    QVERIFY2(lib, qPrintable(error));
    AgreementFacts facts;
    facts.values.insert(QStringLiteral("purpose"), QStringLiteral("care"));
    QList<DraftSection> d = draftAgreement(*lib, facts, {}, {});
    QCOMPARE(d.size(), 2);
    QStringList numbers;
    for (const DraftClause &c : d.at(0).clauses)
        numbers << c.number + u' ' + c.text;
    QCOMPARE(
        numbers,
        (QStringList{QStringLiteral("1.1 First, see 2.2."), QStringLiteral("1.2 Third for care."),
                     QStringLiteral("1.2.1 Sub i."), QStringLiteral("1.2.2 Sub ii, 2.")}));
    QCOMPARE(d.at(1).clauses.at(0).text, QStringLiteral("Refer to [not applicable]."));
    QCOMPARE(d.at(0).clauses.at(2).level, 2);

    facts.conditions.insert(QStringLiteral("special_category"));
    d = draftAgreement(*lib, facts, {}, {{QStringLiteral("two"), QStringLiteral("<p>Own</p>")}});
    QCOMPARE(d.at(0).clauses.at(1).number, QStringLiteral("1.2"));
    QVERIFY(d.at(0).clauses.at(1).text.contains(QStringLiteral("[to be agreed: the condition "
                                                               "under UK GDPR Art. 9]")));
    QCOMPARE(d.at(0).clauses.at(2).number, QStringLiteral("1.2.1"));
    QCOMPARE(d.at(0).clauses.at(3).text, QStringLiteral("Third for care."));
    QCOMPARE(d.at(0).clauses.at(3).number, QStringLiteral("1.3"));
    QCOMPARE(d.at(1).clauses.at(0).text, QStringLiteral("Refer to 1.2."));
    QCOMPARE(d.at(1).addition, QStringLiteral("<p>Own</p>"));
}

void TestSharingDomain::checklistListsWhatIsMissing()
{
    QString error;
    const auto bare =
        sharing::createAgreement(*m_ws, {{af::title, QStringLiteral("Bare")}}, &error);
    QVERIFY(bare);
    const QList<ChecklistItem> items = checkAgreement(*m_ws, bare->id);
    const QStringList got = ids(items);
    for (const char *id : {"parties", "purpose", "benefits", "lawful_basis", "data_items",
                           "data_subjects", "informing", "rights", "complaints", "quality",
                           "security", "retention", "breach", "review_date"})
        QVERIFY2(got.contains(QLatin1String(id)), id);
    // No special category or criminal offence data: no conditions asked for.
    QVERIFY(!got.contains(QStringLiteral("art9")));
    QVERIFY(!got.contains(QStringLiteral("art10")));
    for (const ChecklistItem &i : items) {
        QVERIFY2(!i.missing.isEmpty() && !i.citation.isEmpty() && !i.todo.isEmpty(),
                 qPrintable(i.id));
        QVERIFY2(i.citation.contains(QStringLiteral("ICO Data Sharing Code")), qPrintable(i.id));
    }

    // The complete agreement has no gaps; taking things away brings them back.
    const qint64 id = completeAgreement();
    QVERIFY2(checkAgreement(*m_ws, id).isEmpty(),
             qPrintable(ids(checkAgreement(*m_ws, id)).join(u',')));
    QVERIFY(m_ws->records().update(kinds::organisation(), m_partner,
                                   {{orgField::icoRegistration, QVariant()}}, &error));
    const Record them = sharing::unsignedParties(*m_ws, id).at(1);
    QVERIFY(sharing::updateParty(*m_ws, them.id, {{pf::contact, QVariant()}}, &error));
    const QList<ChecklistItem> gaps = checkAgreement(*m_ws, id);
    QCOMPARE(ids(gaps), (QStringList{QStringLiteral("party_ico:%1").arg(them.id),
                                     QStringLiteral("party_contact:%1").arg(them.id)}));
    QVERIFY(gaps.at(0).missing.contains(QStringLiteral("Snapton NHS Trust has no ICO "
                                                       "registration number")));
    QCOMPARE(gaps.at(0).partyId, them.id);
    // A review date after the end date is a gap of its own.
    QVERIFY(sharing::updateAgreement(
        *m_ws, id, {{af::endDate, QDate::currentDate().addMonths(6).toString(Qt::ISODate)}},
        &error));
    QVERIFY(ids(checkAgreement(*m_ws, id)).contains(QStringLiteral("review_date")));
}

void TestSharingDomain::checklistAsksForConditionsWhenTheDataNeedsThem()
{
    const qint64 id = completeAgreement();
    QString error;
    // The asset now holds health data and criminal offence data.
    QVERIFY(m_ws->records().update(
        kinds::asset(), m_asset,
        {{assetField::specialCategory, 1}, {assetField::criminalOffence, 1}}, &error));
    QStringList got = ids(checkAgreement(*m_ws, id));
    QVERIFY(got.contains(QStringLiteral("art9")));
    QVERIFY(got.contains(QStringLiteral("art10")));
    // (g) substantial public interest needs a Schedule 1 condition; (h) health does too.
    QVERIFY(sharing::updateAgreement(*m_ws, id,
                                     {{af::art9Condition, QStringLiteral("g")},
                                      {af::art10, QStringLiteral("official_authority")}},
                                     &error));
    got = ids(checkAgreement(*m_ws, id));
    QCOMPARE(got, QStringList{QStringLiteral("schedule1")});
    QVERIFY(sharing::updateAgreement(*m_ws, id,
                                     {{af::schedule1Condition, QStringLiteral("para18")}}, &error));
    QVERIFY(checkAgreement(*m_ws, id).isEmpty());
    // A flow to an organisation that is not a party.
    const qint64 police =
        create(kinds::organisation(), {{orgField::name, QStringLiteral("Police")}});
    const qint64 flow = create(kinds::flow(), {{flowField::title, QStringLiteral("To police")},
                                               {flowField::fromAssetId, m_asset},
                                               {flowField::toOrgId, police}});
    QVERIFY(
        sharing::updateAgreement(*m_ws, id, {{af::flowIds, linkValue({m_flow, flow})}}, &error));
    const QList<ChecklistItem> items = checkAgreement(*m_ws, id);
    QCOMPARE(ids(items), QStringList{QStringLiteral("flow_party:%1").arg(flow)});
    QVERIFY(items.at(0).todo.contains(QStringLiteral("Add Police as a party")));
}

void TestSharingDomain::sendingNeedsACleanChecklist()
{
    QString error;
    const auto bare =
        sharing::createAgreement(*m_ws, {{af::title, QStringLiteral("Bare")}}, &error);
    QVERIFY(bare);
    QVERIFY(!sharing::sendForSignature(*m_ws, bare->id, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be sent for signature until the ICO Data "
                                           "Sharing Code checklist is complete")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("The purpose of the sharing is not stated.")),
             qPrintable(error));
    QCOMPARE(status(bare->id), agreementStatus::draft);
    QVERIFY(agreementVersions::list(*m_ws, bare->id).isEmpty());

    const qint64 id = completeAgreement();
    QVERIFY2(sharing::sendForSignature(*m_ws, id, &error), qPrintable(error));
    QCOMPARE(status(id), agreementStatus::outForSignature);
    const auto versions = agreementVersions::list(*m_ws, id);
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).version, 1);
    QCOMPARE(versions.at(0).frozenBy, QStringLiteral("tester"));
    const auto snap = agreementVersions::load(*m_ws, id, 1, &error);
    QVERIFY(snap);
    QCOMPARE(snap->value(QStringLiteral("parties")).toArray().size(), 2);
    QCOMPARE(snap->value(QStringLiteral("parties"))
                 .toArray()
                 .at(1)[QStringLiteral("ico_registration")]
                 .toString(),
             QStringLiteral("Z2222222"));
    QCOMPARE(
        snap->value(QStringLiteral("flows")).toArray().at(0)[QStringLiteral("name")].toString(),
        QStringLiteral("Discharge notices"));
    QVERIFY(!agreementVersions::load(*m_ws, id, 2, &error));
    // Not twice.
    QVERIFY(!sharing::sendForSignature(*m_ws, id, &error));
    QVERIFY(error.contains(QStringLiteral("only a draft")));
}

void TestSharingDomain::activeOnlyWhenEveryPartySignedTheCurrentVersion()
{
    const qint64 id = completeAgreement();
    QString error;
    const QList<Record> parties = sharing::unsignedParties(*m_ws, id);
    QCOMPARE(parties.size(), 2);
    // Not before it is sent.
    QVERIFY(!sharing::recordSignature(*m_ws, id, parties.at(0).id, QStringLiteral("Sam"),
                                      QStringLiteral("SIRO"), QDate::currentDate(), &error));
    QVERIFY(error.contains(QStringLiteral("only while it is out for signature")));
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    bool active = true;
    QVERIFY2(sharing::recordSignature(*m_ws, id, parties.at(0).id, QStringLiteral("Sam Siro"),
                                      QStringLiteral("SIRO"), QDate(2026, 1, 5), &error, &active),
             qPrintable(error));
    QVERIFY(!active);
    QCOMPARE(status(id), agreementStatus::outForSignature);
    QCOMPARE(sharing::unsignedParties(*m_ws, id).size(), 1);
    QVERIFY(sharing::recordSignature(*m_ws, id, parties.at(1).id, QStringLiteral("Cal Guardian"),
                                     QStringLiteral("Caldicott Guardian"), QDate(2026, 1, 9),
                                     &error, &active));
    QVERIFY(active);
    QCOMPARE(status(id), agreementStatus::active);
    // The start date is the last signature's, as none was set.
    QCOMPARE(agreement(id).value(af::startDate).toString(), QStringLiteral("2026-01-09"));
    const auto sigs = sharing::currentSignatures(*m_ws, id);
    QCOMPARE(sigs.size(), 2);
    QCOMPARE(sigs.at(1).partyName, QStringLiteral("Snapton NHS Trust"));
    QCOMPARE(sigs.at(1).version, 1);
    QCOMPARE(sigs.at(1).recordedBy, QStringLiteral("tester"));
}

void TestSharingDomain::signaturesAreCheckedAndAudited()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    const Record us = sharing::unsignedParties(*m_ws, id).at(0);
    QVERIFY(!sharing::recordSignature(*m_ws, id, us.id, QStringLiteral(" "), QStringLiteral("SIRO"),
                                      QDate::currentDate(), &error));
    QVERIFY(error.contains(QStringLiteral("name and the role")));
    QVERIFY(!sharing::recordSignature(*m_ws, id, us.id, QStringLiteral("Sam"),
                                      QStringLiteral("SIRO"), QDate::currentDate().addDays(1),
                                      &error));
    QVERIFY(error.contains(QStringLiteral("in the future")));
    QVERIFY(!sharing::recordSignature(*m_ws, id, 9999, QStringLiteral("Sam"),
                                      QStringLiteral("SIRO"), QDate::currentDate(), &error));
    QVERIFY(sharing::recordSignature(*m_ws, id, us.id, QStringLiteral("Sam"),
                                     QStringLiteral("SIRO"), QDate::currentDate(), &error));
    QVERIFY(!sharing::recordSignature(*m_ws, id, us.id, QStringLiteral("Sam"),
                                      QStringLiteral("SIRO"), QDate::currentDate(), &error));
    QVERIFY2(error.contains(QStringLiteral("has already signed version 1")), qPrintable(error));
    // Append-only, and on the audit trail with the version frozen for signature.
    QVERIFY(!sql::exec(m_ws->database(), QStringLiteral("DELETE FROM agreement_signatures"), {},
                       &error));
    const QString trail =
        sql::rows(m_ws->database(),
                  QStringLiteral("SELECT group_concat(record_table || ':' || new_value, '|') FROM"
                                 " audit_log WHERE record_table IN ('agreement_signatures',"
                                 " 'agreement_versions')"))
            .value(0)
            .value(0)
            .toString();
    QVERIFY2(trail.contains(QStringLiteral("Version 1 frozen for signature (SHA-256 ")),
             qPrintable(trail));
    QVERIFY2(trail.contains(QStringLiteral("Snapton Borough Council: signed by Sam (SIRO) on ")),
             qPrintable(trail));
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestSharingDomain::lawfulBasisChangeStartsANewVersion()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    signAll(id);
    QCOMPARE(status(id), agreementStatus::active);
    bool newVersion = false;
    QVERIFY2(sharing::updateAgreement(*m_ws, id,
                                      {{af::lawfulBasis, QStringLiteral("legal_obligation")}},
                                      &error, &newVersion),
             qPrintable(error));
    QVERIFY(newVersion);
    QCOMPARE(version(id), 2);
    // Still complete, so straight back out for signature with version 2 frozen; the version 1
    // signatures stay on record but no longer count.
    QCOMPARE(status(id), agreementStatus::outForSignature);
    QCOMPARE(agreementVersions::list(*m_ws, id).size(), 2);
    QCOMPARE(sharing::signatures(*m_ws, id).size(), 2);
    QVERIFY(sharing::currentSignatures(*m_ws, id).isEmpty());
    QCOMPARE(sharing::unsignedParties(*m_ws, id).size(), 2);
    const auto v1 = agreementVersions::load(*m_ws, id, 1, &error);
    QCOMPARE(v1->value(QStringLiteral("agreement"))[QStringLiteral("values")][af::lawfulBasis]
                 .toString(),
             QStringLiteral("public_task"));
    signAll(id);
    QCOMPARE(status(id), agreementStatus::active);
    // The same value again is no change.
    QVERIFY(sharing::updateAgreement(
        *m_ws, id, {{af::lawfulBasis, QStringLiteral("legal_obligation")}}, &error, &newVersion));
    QVERIFY(!newVersion);
    QCOMPARE(version(id), 2);
}

void TestSharingDomain::dataItemChangeStartsANewVersion()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    // Out for signature, half signed: unlinking the asset is a change to the data shared.
    const Record us = sharing::unsignedParties(*m_ws, id).at(0);
    QVERIFY(sharing::recordSignature(*m_ws, id, us.id, QStringLiteral("Sam"),
                                     QStringLiteral("SIRO"), QDate::currentDate(), &error));
    bool newVersion = false;
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::assetIds, QString()}}, &error, &newVersion));
    QVERIFY(newVersion);
    QCOMPARE(version(id), 2);
    QCOMPARE(status(id), agreementStatus::outForSignature);
    QCOMPARE(sharing::unsignedParties(*m_ws, id).size(), 2);
    // Link order is no change; a new flow is.
    signAll(id);
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::flowIds, QStringLiteral("%1;").arg(m_flow)}},
                                     &error, &newVersion));
    QVERIFY(!newVersion);
    const qint64 flow2 = create(kinds::flow(), {{flowField::title, QStringLiteral("Outcomes")},
                                                {flowField::fromAssetId, m_asset},
                                                {flowField::toOrgId, m_partner},
                                                {flowField::dataItems, QStringLiteral("Outcome")}});
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::flowIds, linkValue({m_flow, flow2})}}, &error,
                                     &newVersion));
    QVERIFY(newVersion);
    QCOMPARE(version(id), 3);
    QCOMPARE(status(id), agreementStatus::outForSignature);
}

void TestSharingDomain::otherEditsKeepTheVersion()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    signAll(id);
    bool newVersion = true;
    QVERIFY(sharing::updateAgreement(
        *m_ws, id,
        {{af::security, QStringLiteral("Encrypted API and MFA")},
         {af::reviewDate, QDate::currentDate().addMonths(6).toString(Qt::ISODate)}},
        &error, &newVersion));
    QVERIFY(!newVersion);
    QCOMPARE(version(id), 1);
    QCOMPARE(status(id), agreementStatus::active);
    // Status and version move only through the lifecycle.
    QVERIFY(!sharing::updateAgreement(*m_ws, id, {{af::status, agreementStatus::draft}}, &error));
    QVERIFY(error.contains(QStringLiteral("only through its lifecycle")));
    QVERIFY(!sharing::updateAgreement(*m_ws, id, {{af::title, QStringLiteral(" ")}}, &error));
}

void TestSharingDomain::incompleteNewVersionGoesBackToDraft()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(m_ws->records().update(kinds::asset(), m_asset, {{assetField::specialCategory, 1}},
                                   &error));
    QVERIFY(sharing::updateAgreement(*m_ws, id,
                                     {{af::art9Condition, QStringLiteral("h")},
                                      {af::schedule1Condition, QStringLiteral("para2")}},
                                     &error));
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    signAll(id);
    // Clearing the Art. 9 condition of special category data leaves a gap: back to draft.
    bool newVersion = false;
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::art9Condition, QVariant()}}, &error,
                                     &newVersion));
    QVERIFY(newVersion);
    QCOMPARE(version(id), 2);
    QCOMPARE(status(id), agreementStatus::draft);
    QCOMPARE(agreementVersions::list(*m_ws, id).size(), 1);
    QVERIFY(!sharing::sendForSignature(*m_ws, id, &error));
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::art9Condition, QStringLiteral("h")}}, &error,
                                     &newVersion));
    QVERIFY(!newVersion); // still a draft: no further version
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    QCOMPARE(agreementVersions::list(*m_ws, id).constLast().version, 2);
}

void TestSharingDomain::partyChangesAfterSigningStartNewVersion()
{
    const qint64 id = completeAgreement();
    QString error;
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    signAll(id);
    const Record them =
        sharing::currentSignatures(*m_ws, id).size() == 2
            ? *m_ws->records().findByRef(kinds::agreementParty(), QStringLiteral("AP-0002"))
            : Record();
    // A new signatory's name is no new version; a new role is.
    QVERIFY(sharing::updateParty(*m_ws, them.id, {{pf::signatoryName, QStringLiteral("New Name")}},
                                 &error));
    QCOMPARE(version(id), 1);
    QCOMPARE(status(id), agreementStatus::active);
    QVERIFY(sharing::updateParty(*m_ws, them.id, {{pf::role, QStringLiteral("joint_controller")}},
                                 &error));
    QCOMPARE(version(id), 2);
    QCOMPARE(status(id), agreementStatus::outForSignature);
    // The same organisation twice is refused, our own included (stored as null).
    QVERIFY(!sharing::addParty(*m_ws, {{pf::agreementId, id}, {pf::orgId, m_partner}}, &error));
    QVERIFY(error.contains(QStringLiteral("already a party")));
    QVERIFY(!sharing::addParty(
        *m_ws, {{pf::agreementId, id}, {pf::orgId, m_ws->selfOrganisationId()}}, &error));
    QVERIFY(!sharing::addParty(*m_ws, {{pf::agreementId, id}, {pf::role, QStringLiteral("owner")}},
                               &error));
    QVERIFY(error.contains(QStringLiteral("not a party role")));
    QVERIFY(!sharing::updateParty(*m_ws, them.id, {{pf::role, QStringLiteral("owner")}}, &error));
    QVERIFY(
        !sharing::updateParty(*m_ws, them.id, {{pf::orgId, m_ws->selfOrganisationId()}}, &error));
    QVERIFY2(error.contains(QStringLiteral("Snapton Borough Council is already a party")),
             qPrintable(error));
    // Removing a party that signed version 1 keeps its signature on record.
    QVERIFY(sharing::removeParty(*m_ws, them.id, &error));
    QCOMPARE(version(id), 3);
    QCOMPARE(status(id), agreementStatus::draft); // one party left: incomplete
    QCOMPARE(sharing::signatures(*m_ws, id).size(), 2);
}

void TestSharingDomain::reviewExpiryAndTermination()
{
    const qint64 id = completeAgreement();
    QString error;
    const QDate today = QDate::currentDate();
    QVERIFY(sharing::updateAgreement(*m_ws, id,
                                     {{af::startDate, today.addYears(-2).toString(Qt::ISODate)},
                                      {af::reviewDate, today.addDays(-1).toString(Qt::ISODate)},
                                      {af::endDate, today.addYears(1).toString(Qt::ISODate)}},
                                     &error));
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    signAll(id, today.addYears(-2));
    QCOMPARE(sharing::refreshStatuses(*m_ws, today, &error), 1);
    QCOMPARE(status(id), agreementStatus::reviewDue);
    QVERIFY(sharing::isInForce(status(id)));
    QCOMPARE(sharing::refreshStatuses(*m_ws, today, &error), 0);
    QVERIFY(!sharing::completeReview(*m_ws, id, today, &error));
    QVERIFY(!sharing::completeReview(*m_ws, id, today.addYears(2), &error));
    QVERIFY(error.contains(QStringLiteral("after the agreement ends")));
    QVERIFY2(sharing::completeReview(*m_ws, id, today.addMonths(6), &error), qPrintable(error));
    QCOMPARE(status(id), agreementStatus::active);
    // Past the end date: expired, and then a record.
    QCOMPARE(sharing::refreshStatuses(*m_ws, today.addYears(1).addDays(1), &error), 1);
    QCOMPARE(status(id), agreementStatus::expired);
    QVERIFY(!sharing::updateAgreement(*m_ws, id, {{af::purpose, QStringLiteral("x")}}, &error));
    QVERIFY2(error.contains(QStringLiteral("can no longer be changed")), qPrintable(error));
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::notes, QStringLiteral("Archived")}}, &error));
    QVERIFY(!sharing::terminate(*m_ws, id, QStringLiteral("x"), &error));

    const qint64 other = completeAgreement();
    QVERIFY(!sharing::terminate(*m_ws, other, QStringLiteral("  "), &error));
    QVERIFY(error.contains(QStringLiteral("Give the reason")));
    QVERIFY(sharing::terminate(*m_ws, other, QStringLiteral("Service decommissioned"), &error));
    QCOMPARE(status(other), agreementStatus::terminated);
    QCOMPARE(agreement(other).value(af::terminatedReason).toString(),
             QStringLiteral("Service decommissioned"));
    QCOMPARE(agreement(other).value(af::endDate).toString(), today.toString(Qt::ISODate));
    QVERIFY(!sharing::addParty(
        *m_ws,
        {{pf::agreementId, other},
         {pf::orgId, create(kinds::organisation(), {{orgField::name, QStringLiteral("Late")}})}},
        &error));
}

void TestSharingDomain::coveringAgreementsAndFlowReferences()
{
    const qint64 id = completeAgreement();
    const QString ref = agreement(id).ref;
    QCOMPARE(ref, QStringLiteral("ISA-0001"));
    // Linking the flow wrote its agreement reference for the register.
    QCOMPARE(m_ws->records().get(kinds::flow(), m_flow)->value(flowField::agreementRef).toString(),
             ref);
    QCOMPARE(agreementsCoveringFlow(*m_ws, m_flow).size(), 1);
    QString error;
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::activityIds, QString::number(m_activity)}},
                                     &error));
    QCOMPARE(agreementsCoveringActivity(*m_ws, m_activity).at(0).id, id);
    // Unlinking clears it again; a reference typed in the register still counts.
    QVERIFY(sharing::updateAgreement(*m_ws, id, {{af::flowIds, QString()}}, &error));
    QVERIFY(m_ws->records().get(kinds::flow(), m_flow)->value(flowField::agreementRef).isNull());
    QVERIFY(agreementsCoveringFlow(*m_ws, m_flow).isEmpty());
    QVERIFY(m_ws->records().update(
        kinds::flow(), m_flow, {{flowField::agreementRef, QStringLiteral("isa-0001")}}, &error));
    QCOMPARE(agreementsCoveringFlow(*m_ws, m_flow).size(), 1);
}

void TestSharingDomain::flowsWithoutAnActiveAgreementAreFlagged()
{
    QString error;
    // An internal flow is never flagged.
    create(kinds::flow(), {{flowField::title, QStringLiteral("Internal")},
                           {flowField::fromAssetId, m_asset},
                           {flowField::toAssetId, m_asset}});
    QList<UncoveredFlow> flagged = flowsWithoutActiveAgreement(*m_ws, &error);
    QCOMPARE(flagged.size(), 1);
    QCOMPARE(flagged.at(0).flow.id, m_flow);
    QCOMPARE(flagged.at(0).partner, QStringLiteral("Snapton NHS Trust"));
    QVERIFY(flagged.at(0).reason.contains(QStringLiteral("No information sharing agreement")));

    const qint64 id = completeAgreement();
    flagged = flowsWithoutActiveAgreement(*m_ws, &error);
    QCOMPARE(flagged.size(), 1);
    QVERIFY2(flagged.at(0).reason.contains(QStringLiteral("ISA-0001 (draft)")),
             qPrintable(flagged.at(0).reason));
    QCOMPARE(flagged.at(0).agreements.size(), 1);
    QVERIFY(sharing::sendForSignature(*m_ws, id, &error));
    QCOMPARE(flowsWithoutActiveAgreement(*m_ws, &error).size(), 1);
    signAll(id);
    QVERIFY(flowsWithoutActiveAgreement(*m_ws, &error).isEmpty());
    QVERIFY(sharing::terminate(*m_ws, id, QStringLiteral("Ended"), &error));
    QCOMPARE(flowsWithoutActiveAgreement(*m_ws, &error).size(), 1);
}

void TestSharingDomain::draftsCanBeDeletedSentOnesCannot()
{
    const qint64 draft = completeAgreement();
    QString error;
    QVERIFY2(sharing::removeAgreement(*m_ws, draft, &error), qPrintable(error));
    QVERIFY(!m_ws->records().get(kinds::agreement(), draft));
    QCOMPARE(m_ws->records().count(kinds::agreementParty()), 0);
    QVERIFY(m_ws->records().get(kinds::flow(), m_flow)->value(flowField::agreementRef).isNull());
    const qint64 sent = completeAgreement();
    QVERIFY(sharing::sendForSignature(*m_ws, sent, &error));
    QVERIFY(!sharing::removeAgreement(*m_ws, sent, &error));
    QVERIFY(error.contains(QStringLiteral("Terminate it instead")));
}

void TestSharingDomain::demoAgreements()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoAgreements(*m_ws, &error), qPrintable(error));
    QHash<QString, Record> byTitle;
    for (const Record &a : m_ws->records().list(kinds::agreement()))
        byTitle.insert(a.value(af::title).toString(), a);
    QCOMPARE(byTitle.size(), 6);
    const auto statusOf = [&](const char *title) {
        return byTitle.value(QString::fromUtf8(title)).value(af::status).toString();
    };
    QCOMPARE(statusOf("Hospital discharge and adult social care assessments"),
             agreementStatus::active);
    QCOMPARE(statusOf("Multi-Agency Safeguarding Hub (MASH)"), agreementStatus::outForSignature);
    QCOMPARE(statusOf("Social housing nominations"), agreementStatus::reviewDue);
    QCOMPARE(statusOf("Debt and homelessness advice referrals"), agreementStatus::draft);
    QCOMPARE(statusOf("Children missing education and school attendance"),
             agreementStatus::expired);
    QCOMPARE(statusOf("Cross-border placements of looked after children"),
             agreementStatus::terminated);
    const qint64 mash = byTitle.value(QStringLiteral("Multi-Agency Safeguarding Hub (MASH)")).id;
    QCOMPARE(sharing::currentSignatures(*m_ws, mash).size(), 1);
    QCOMPARE(sharing::unsignedParties(*m_ws, mash).size(), 1);
    const qint64 draft = byTitle.value(QStringLiteral("Debt and homelessness advice referrals")).id;
    const QStringList gaps = ids(checkAgreement(*m_ws, draft));
    QVERIFY(gaps.contains(QStringLiteral("lawful_basis")));
    QVERIFY(gaps.contains(QStringLiteral("review_date")));
    // Every sent demo agreement passes its own checklist, and the drafted text has no gaps.
    for (const Record &a : std::as_const(byTitle)) {
        if (a.id == draft)
            continue;
        QVERIFY2(checkAgreement(*m_ws, a.id).isEmpty(), qPrintable(a.ref));
        const auto view = loadAgreementView(*m_ws, a.id, &error);
        for (const DraftSection &s :
             draftAgreement(libraryFor(*m_ws, *view), agreementFacts(*view),
                            agreementJson(view->value(af::clauseOverrides)), {}))
            for (const DraftClause &c : s.clauses)
                QVERIFY2(!c.text.contains(QStringLiteral("[to be agreed")), qPrintable(c.text));
    }
    // The continuing healthcare referrals and others stay uncovered.
    const QList<UncoveredFlow> flagged = flowsWithoutActiveAgreement(*m_ws, &error);
    QStringList titles;
    for (const UncoveredFlow &u : flagged)
        titles << u.flow.title(kinds::flow());
    QVERIFY(titles.contains(QStringLiteral("Continuing healthcare referrals")));
    QVERIFY(titles.contains(QStringLiteral("MASH information sharing")));
    QVERIFY(!titles.contains(QStringLiteral("Hospital discharge notifications")));
    QVERIFY(!titles.contains(QStringLiteral("Housing nominations"))); // review due: in force
    const auto v = audit::verify(m_ws->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

QTEST_GUILESS_MAIN(TestSharingDomain)
#include "tst_sharingdomain.moc"
