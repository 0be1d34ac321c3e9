// The CNIL PIA import: the CNIL tool's own example export ("Captoo") read from the shared
// interop folder, our copy of the tool's structure checked against its files, hostile and
// wrong files refused with nothing written, and rich text sanitised.
#include "../workspace/testutil.h"
#include "dpia/cnilhtml.h"
#include "dpia/cnilmapping.h"
#include "dpia/cnilpia.h"
#include "dpia/cnilpiaexport.h"
#include "dpia/cnilstructure.h"
#include "dpia/dpiarecords.h"
#include "dpia/questionbank.h"
#include "workspace/recordstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace igw;

namespace {

QString interop(const QString &name)
{
    return QStringLiteral(IGW_SHARED_DIR "/interop/cnil-pia/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qWarning("cannot read %s", qPrintable(path));
    return f.readAll();
}

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

const QString Captoo = QStringLiteral("2018-02-21-pia-example.json");

// en.json's value for a key such as "sections.1.items.1.questions.1.title", markup removed.
QString englishLabel(const QJsonObject &en, const QString &key)
{
    QJsonValue v = en;
    for (const QString &part : key.split(QLatin1Char('.')))
        v = v.toObject().value(part);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return v.toString().remove(tags);
}

QJsonObject jsonField(const Record &r, const QString &field)
{
    return QJsonDocument::fromJson(r.value(field).toString().toUtf8()).object();
}

} // namespace

class CnilPiaTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Workspace> workspace()
    {
        return test::createWorkspace(m_dir.filePath(QStringLiteral("ws%1.igw").arg(++m_n)));
    }

    QString writeJson(const QString &name, const QJsonObject &o)
    {
        return writeBytes(name, QJsonDocument(o).toJson());
    }

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static qint64 count(Workspace &ws, const RecordKind &kind) { return ws.records().count(kind); }

    static void expectNothingWritten(Workspace &ws)
    {
        QCOMPARE(count(ws, kinds::dpia()), 0);
        QCOMPARE(count(ws, kinds::risk()), 0);
        QCOMPARE(count(ws, kinds::measure()), 0);
    }

    // Imports `json` (the Captoo export, changed) into a fresh workspace and returns its DPIA.
    Record importChanged(const QJsonObject &json, CnilPiaReport *report = nullptr,
                         std::unique_ptr<Workspace> *keep = nullptr)
    {
        auto ws = workspace();
        const CnilPiaReport r = CnilPiaImporter(*ws).run(
            writeJson(QStringLiteral("changed%1.json").arg(++m_n), json), {});
        if (report)
            *report = r;
        const QList<Record> dpias = ws->records().list(kinds::dpia());
        Record dpia = dpias.isEmpty() ? Record() : dpias.first();
        if (keep)
            *keep = std::move(ws);
        return dpia;
    }

    static QJsonObject setPia(QJsonObject json, const QString &key, const QJsonValue &value)
    {
        QJsonObject pia = json.value(QStringLiteral("pia")).toObject();
        pia.insert(key, value);
        json.insert(QStringLiteral("pia"), pia);
        return json;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Our copy of the tool's structure (ids, answer types, English labels) is the tool's.
    void structureMatchesTheTool()
    {
        const QJsonObject architecture =
            readObject(interop(QStringLiteral("pia_architecture.json")));
        const QJsonObject en = readObject(interop(QStringLiteral("en-sections.json")));
        QVERIFY(!architecture.isEmpty() && !en.isEmpty());
        int questions = 0;
        for (const QJsonValue &s : architecture.value(QStringLiteral("sections")).toArray()) {
            const int section = s.toObject().value(QStringLiteral("id")).toInt();
            QCOMPARE(cnil::sectionLabel(section),
                     englishLabel(en, s.toObject().value(QStringLiteral("title")).toString()));
            for (const QJsonValue &i : s.toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject item = i.toObject();
                QCOMPARE(cnil::itemLabel(section, item.value(QStringLiteral("id")).toInt()),
                         englishLabel(en, item.value(QStringLiteral("title")).toString()));
                for (const QJsonValue &q : item.value(QStringLiteral("questions")).toArray()) {
                    const QJsonObject question = q.toObject();
                    const int id = question.value(QStringLiteral("id")).toInt();
                    const cnil::Question *ours = cnil::question(id);
                    QVERIFY2(ours, qPrintable(QString::number(id)));
                    const QString type = question.value(QStringLiteral("answer_type")).toString();
                    QCOMPARE(int(ours->type),
                             int(type == QLatin1String("list")    ? cnil::AnswerType::List
                                 : type == QLatin1String("gauge") ? cnil::AnswerType::Gauge
                                                                  : cnil::AnswerType::Text));
                    QCOMPARE(cnil::questionLabel(id),
                             englishLabel(en, question.value(QStringLiteral("title")).toString()));
                    ++questions;
                }
            }
        }
        QCOMPARE(questions, cnil::questions().size());
        QCOMPARE(questions, 36);
        // The three feared events are items 3.2-3.4, as the tool's gauges' cartography says.
        QCOMPARE(cnil::fearedEventOfItem(2), QStringLiteral("illegitimate_access"));
        QCOMPARE(cnil::itemLabel(3, 3), QStringLiteral("Unwanted modification of data"));
        QCOMPARE(cnil::itemLabel(3, 4), QStringLiteral("Data disappearance"));
    }

    // Every place the mapping names is a question of the built-in bank, and every question
    // of the CNIL's sections 1 and 2 has a place.
    void mappingTargetsAreBankQuestions()
    {
        const QStringList ids = QuestionBank::builtIn().questionIds();
        QVERIFY(!ids.isEmpty());
        for (const auto &[cnilId, ours] : cnil::questionMapping())
            QVERIFY2(ids.contains(ours), qPrintable(ours));
        for (const cnil::Question &q : cnil::questions()) {
            const cnil::AnswerTarget t = cnil::answerTarget(q.id);
            QVERIFY2(!t.isNull(), qPrintable(QString::number(q.id)));
            QCOMPARE(t.questionId.isEmpty(), cnil::sectionOf(q.id) == 3);
        }
        QCOMPARE(cnil::answerTarget(325).riskPart, cnil::RiskPart::Severity);
        QCOMPARE(cnil::answerTarget(346).riskPart, cnil::RiskPart::Likelihood);
        QCOMPARE(cnil::answerTarget(343).fearedEvent, QStringLiteral("disappearance"));
        QVERIFY(cnil::answerTarget(999).isNull());
    }

    void importsTheCnilExample()
    {
        auto ws = workspace();
        const CnilPiaReport report = CnilPiaImporter(*ws).run(interop(Captoo), {});
        QVERIFY2(report.ok(), qPrintable(report.fatal + report.writeError));
        QVERIFY(report.written);
        QCOMPARE(report.errors, 0);
        QCOMPARE(report.title, QStringLiteral("Captoo"));
        QCOMPARE(report.cnilStatus, cnil::piaStatus::SignedValidation);
        QCOMPARE(report.status, QStringLiteral("approved"));

        // One DPIA, on the CNIL's matrix, saying where it came from.
        QCOMPARE(count(*ws, kinds::dpia()), 1);
        const Record dpia = *ws->records().get(kinds::dpia(), report.dpiaId);
        QCOMPARE(dpia.ref, report.dpiaRef);
        QCOMPARE(dpia.value(dpiaField::title).toString(), QStringLiteral("Captoo"));
        QCOMPARE(dpia.value(dpiaField::status).toString(), QStringLiteral("approved"));
        QCOMPARE(dpia.value(dpiaField::matrix).toString(), QStringLiteral("cnil4"));
        QCOMPARE(dpia.value(dpiaField::source).toString(), QStringLiteral("cnil-pia"));
        QCOMPARE(dpia.value(dpiaField::bankVersion).toString(), currentQuestionBank(*ws).version);
        QVERIFY(dpia.value(dpiaField::rejectionReason).isNull());

        // The DPO's advice and the individuals' views.
        const QString advice = dpia.value(dpiaField::dpoAdvice).toString();
        QVERIFY(advice.startsWith(QStringLiteral("The DPO's opinion: the processing can be "
                                                 "implemented.")));
        QVERIFY(advice.contains(QStringLiteral("L’analyse menée montre qu’avec la mise en place")));
        QCOMPARE(dpia.value(dpiaField::dpoAdviceDecision).toString(), QStringLiteral("accepted"));
        const QString views = dpia.value(dpiaField::individualsViews).toString();
        QVERIFY(views.contains(QStringLiteral("Views sought from: Les clients potentiels.")));
        QVERIFY(views.contains(QStringLiteral("Their opinion: the processing can be implemented")));
        QVERIFY(views.contains(QStringLiteral("Le panel de clients interrogé")));

        // Sign-off: the DPO, and the validator for measures and residual risks; no dates.
        const QJsonObject signoffs = jsonField(dpia, dpiaField::signoffs);
        QCOMPARE(
            signoffs.value(QStringLiteral("dpo_advice")).toObject().value(QStringLiteral("name")),
            QJsonValue(QStringLiteral("Michael Thomas (DPO)")));
        for (const QString &role :
             {QStringLiteral("measures_approved"), QStringLiteral("residual_approved")}) {
            const QJsonObject s = signoffs.value(role).toObject();
            QCOMPARE(s.value(QStringLiteral("name")).toString(), QStringLiteral("Mary Smith"));
            QVERIFY(!s.contains(QStringLiteral("date")));
        }
        bool knownRoles = true;
        for (const QString &key : signoffs.keys()) {
            knownRoles = knownRoles && std::any_of(choices::signoffRoles().cbegin(),
                                                   choices::signoffRoles().cend(),
                                                   [&](const auto &c) { return c.first == key; });
        }
        QVERIFY(knownRoles);

        // Answers land on our questions; several CNIL questions sharing one are headed.
        const QJsonObject answers = jsonField(dpia, dpiaField::answers);
        QVERIFY(answers.value(QStringLiteral("1.aims"))
                    .toString()
                    .contains(QStringLiteral("moniteur de sommeil Captoo")));
        QVERIFY(answers.value(QStringLiteral("2.scope.data"))
                    .toString()
                    .contains(QStringLiteral("adresse électronique, numéro de téléphone")));
        QVERIFY(answers.value(QStringLiteral("2.scope.retention"))
                    .toString()
                    .contains(QStringLiteral("Les données sont conservées tant que")));
        QVERIFY(answers.value(QStringLiteral("4.transfers"))
                    .toString()
                    .contains(QStringLiteral("transférées aux états-Unis")));
        const QString lawful = answers.value(QStringLiteral("4.lawful_basis")).toString();
        QVERIFY(lawful.contains(QStringLiteral("<h4>What are the legal basis making the processing "
                                               "lawful?</h4>")));
        QVERIFY(lawful.contains(QStringLiteral("<strong>exécution du contrat</strong>")));
        QVERIFY(lawful.contains(QStringLiteral("<h4>If applicable, how is the consent of data "
                                               "subjects obtained?</h4>")));
        QVERIFY(lawful.contains(QStringLiteral("La personne accepte les CGU")));
        QVERIFY(lawful.indexOf(QStringLiteral("exécution du contrat")) <
                lawful.indexOf(QStringLiteral("accepte les CGU")));
        QCOMPARE(answers.value(QStringLiteral("4.rights")).toString().count(QStringLiteral("<h4>")),
                 3);
        QVERIFY(
            !answers.value(QStringLiteral("1.aims")).toString().contains(QStringLiteral("<h4>")));
        // div paragraphs become p; nothing else the sanitiser does not allow.
        QVERIFY(
            !answers.value(QStringLiteral("1.aims")).toString().contains(QStringLiteral("<div")));

        // The three feared events, scored on the 4 x 4 matrix: inherent from the answers'
        // gauges, residual from the evaluator's where given (3.2: severity 3, likelihood 1).
        const QList<Record> risks = ws->records().list(kinds::risk(), riskField::sortOrder);
        QCOMPARE(risks.size(), 3);
        const auto levels = [](const Record &r) {
            return QList<int>{r.value(riskField::severity).toInt(),
                              r.value(riskField::likelihood).toInt(),
                              r.value(riskField::residualSeverity).toInt(),
                              r.value(riskField::residualLikelihood).toInt()};
        };
        QCOMPARE(risks[0].value(riskField::fearedEvent).toString(),
                 QStringLiteral("illegitimate_access"));
        QCOMPARE(levels(risks[0]), (QList<int>{3, 4, 3, 1}));
        QCOMPARE(risks[1].value(riskField::fearedEvent).toString(),
                 QStringLiteral("unwanted_modification"));
        QCOMPARE(levels(risks[1]), (QList<int>{2, 2, 2, 2}));
        QCOMPARE(risks[2].value(riskField::fearedEvent).toString(),
                 QStringLiteral("disappearance"));
        QCOMPARE(levels(risks[2]), (QList<int>{2, 2, 2, 2}));
        for (const Record &r : risks)
            QCOMPARE(r.value(riskField::dpiaId).toLongLong(), report.dpiaId);
        QVERIFY(risks[0]
                    .value(riskField::title)
                    .toString()
                    .startsWith(QStringLiteral(
                        "Illegitimate access to data — sources: Employé, Attaquant, Entourage")));
        const QString impact = risks[0].value(riskField::impact).toString();
        QVERIFY(impact.contains(QStringLiteral("Discrimination; Menaces")));
        QVERIFY(impact.contains(QStringLiteral("conséquences significatives")));
        QVERIFY(!impact.contains(QLatin1Char('<')));
        QVERIFY(
            risks[0].value(riskField::notes).toString().contains(QStringLiteral("Vol de données")));
        QVERIFY(
            risks[2].value(riskField::notes).toString().contains(QStringLiteral("Sauvegardes")));

        // 23 measures; the 12 the evaluator found improvable form the action plan.
        const QList<Record> measures = ws->records().list(kinds::measure());
        QCOMPARE(measures.size(), 23);
        QCOMPARE(report.measures, 23);
        QCOMPARE(report.actionPlanMeasures, 12);
        int planned = 0;
        int done = 0;
        for (const Record &m : measures) {
            QVERIFY(m.value(measureField::riskId).isNull());
            QCOMPARE(m.value(measureField::effect).toString(), QStringLiteral("reduce"));
            const QString status = m.value(measureField::status).toString();
            planned += status == QLatin1String("planned");
            done += status == QLatin1String("done");
            QCOMPARE(m.value(measureField::approved).toInt(), status == QLatin1String("done"));
        }
        QCOMPARE(planned, 12);
        QCOMPARE(done, 11);
        const Record encryption = measures.first();
        QCOMPARE(encryption.value(measureField::title).toString(), QStringLiteral("Chiffrement"));
        QVERIFY(encryption.value(measureField::description)
                    .toString()
                    .contains(QStringLiteral("se font en SSL via le protocole https")));
        QCOMPARE(encryption.value(measureField::status).toString(), QStringLiteral("planned"));
        const QString notes = encryption.value(measureField::notes).toString();
        QVERIFY(notes.contains(QStringLiteral("improvable")));
        QVERIFY(notes.contains(QStringLiteral("Action plan: TLS devrait être employé")));
        QVERIFY(notes.contains(QStringLiteral("Evaluator's comment: Il est recommandé")));

        // Every answer is accounted for, and each one's text is somewhere in the DPIA.
        QCOMPARE(report.answers, 36);
        QCOMPARE(report.answersToQuestions + report.answersToRisks + report.answersToNotes +
                     report.emptyAnswers,
                 36);
        QCOMPARE(report.answersToQuestions, 18);
        QCOMPARE(report.answersToRisks, 18);
        QString everything = dpia.value(dpiaField::importedNotes).toString();
        for (const QJsonValue &v : answers)
            everything += v.toString();
        for (const Record &r : risks)
            everything += r.value(riskField::title).toString() +
                          r.value(riskField::impact).toString() +
                          r.value(riskField::notes).toString();
        everything = cnil::htmlToPlainText(everything).simplified();
        int found = 0;
        int answersInMapping = 0;
        const QJsonArray fileAnswers =
            readObject(interop(Captoo)).value(QStringLiteral("answers")).toArray();
        for (const QJsonValue &v : fileAnswers) {
            const QJsonObject data = v.toObject().value(QStringLiteral("data")).toObject();
            const QString text =
                cnil::htmlToPlainText(data.value(QStringLiteral("text")).toString())
                    .simplified()
                    .left(40);
            const QJsonArray list = data.value(QStringLiteral("list")).toArray();
            const QString probe = text.isEmpty() ? list.last().toString() : text;
            QVERIFY2(everything.contains(probe), qPrintable(probe));
            ++found;
        }
        for (const cnil::MappingRow &row : report.mapping)
            answersInMapping += !row.cnil.contains(QLatin1Char('.'));
        QCOMPARE(found, 36);
        QCOMPARE(answersInMapping, 36);

        // Comments, item evaluations, names and the earlier refusal in the imported notes.
        const QString imported = dpia.value(dpiaField::importedNotes).toString();
        QVERIFY(imported.contains(QStringLiteral("Comment on “What are the legal basis making the "
                                                 "processing lawful?” (CNIL 212)")));
        QVERIFY(imported.contains(QStringLiteral("Le fondement juridique correspondant")));
        QVERIFY(imported.contains(QStringLiteral("La nécessité de la collecte")));
        QVERIFY(imported.contains(QStringLiteral("Evaluation of “Overview” (CNIL 1.1)")));
        QVERIFY(imported.contains(QStringLiteral("Rapport incomplet")));
        QVERIFY(imported.contains(QStringLiteral("Author: Elisabeth York.")));
        QVERIFY(imported.contains(QStringLiteral("Evaluator: Eric Vincent.")));
        QVERIFY(imported.contains(QStringLiteral("signed validation")));
        QCOMPARE(report.comments, 1);
        QCOMPARE(report.evaluations, 40);
        QVERIFY(report.importedNotes.contains(
            QStringLiteral("Comment on “What are the legal basis making the processing lawful?”")));

        // French is said once, as a warning.
        bool french = false;
        for (const cnil::Problem &p : report.problems)
            french = french || p.message.contains(QStringLiteral("French"));
        QVERIFY(french);
        QVERIFY(!report.problems.isEmpty());

        // A second import of the same file is allowed but said.
        const CnilPiaReport again = CnilPiaImporter(*ws).run(interop(Captoo), {});
        QVERIFY(again.ok());
        bool said = false;
        for (const cnil::Problem &p : again.problems)
            said = said || p.message.contains(report.dpiaRef);
        QVERIFY(said);
        QCOMPARE(count(*ws, kinds::dpia()), 2);
    }

    void dryRunWritesNothing()
    {
        auto ws = workspace();
        CnilPiaOptions options;
        options.dryRun = true;
        const CnilPiaReport report = CnilPiaImporter(*ws).run(interop(Captoo), options);
        QVERIFY(report.ok());
        QVERIFY(!report.written);
        QCOMPARE(report.dpiaId, 0);
        QCOMPARE(report.risks, 3);
        QCOMPARE(report.measures, 23);
        QCOMPARE(report.answers, 36);
        expectNothingWritten(*ws);
    }

    void htmlIsSanitised()
    {
        QJsonObject json = readObject(interop(Captoo));
        const QString hostile = QStringLiteral(
            "<p onclick=\"steal()\" style=\"background:url(http://evil.example/x.png)\">Clicked "
            "text</p><script>alert('x')</script><SCRIPT SRC=http://evil.example/a.js></SCRIPT>"
            "<img src=\"http://evil.example/y.png\" onerror=\"steal()\"><a "
            "href=\"javascript:steal()\">bad link</a><a href=\"https://ico.org.uk/\" "
            "onmouseover=\"steal()\">good link</a><iframe src=\"http://evil.example\"></iframe>"
            "<svg onload=\"steal()\"><circle/></svg><style>p{}</style>");
        QJsonArray answers = json.value(QStringLiteral("answers")).toArray();
        QJsonObject first = answers[0].toObject(); // 121 -> 2.scope.data
        QJsonObject data = first.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("text"),
                    QString(data.value(QStringLiteral("text")).toString() + hostile));
        first.insert(QStringLiteral("data"), data);
        answers[0] = first;
        QJsonObject extra; // a question with no place: the imported notes
        extra.insert(QStringLiteral("reference_to"), 999);
        extra.insert(QStringLiteral("data"), QJsonObject{{QStringLiteral("text"), hostile}});
        answers.append(extra);
        json.insert(QStringLiteral("answers"), answers);
        QJsonArray measures = json.value(QStringLiteral("measures")).toArray();
        QJsonObject measure = measures[0].toObject();
        measure.insert(QStringLiteral("content"), hostile);
        measure.insert(QStringLiteral("title"),
                       QStringLiteral("<b onclick=\"x()\">Chiffrement</b>"));
        measures[0] = measure;
        json.insert(QStringLiteral("measures"), measures);
        QJsonArray evaluations = json.value(QStringLiteral("evaluations")).toArray();
        for (qsizetype i = 0; i < evaluations.size(); ++i) {
            QJsonObject e = evaluations[i].toObject();
            e.insert(QStringLiteral("evaluation_comment"), hostile);
            e.insert(QStringLiteral("action_plan_comment"), hostile);
            evaluations[i] = e;
        }
        json.insert(QStringLiteral("evaluations"), evaluations);
        json = setPia(json, QStringLiteral("dpo_opinion"), hostile);
        json = setPia(json, QStringLiteral("concerned_people_opinion"), hostile);

        CnilPiaReport report;
        std::unique_ptr<Workspace> ws;
        const Record dpia = importChanged(json, &report, &ws);
        QVERIFY2(report.ok(), qPrintable(report.fatal));
        QCOMPARE(report.answersToNotes, 1);
        QString stored;
        for (const QVariant &v : dpia.values)
            stored += v.toString();
        for (const Record &m : ws->records().list(kinds::measure()))
            for (const QVariant &v : m.values)
                stored += v.toString();
        for (const Record &r : ws->records().list(kinds::risk()))
            for (const QVariant &v : r.values)
                stored += v.toString();
        for (const QString &gone :
             {QStringLiteral("<script"), QStringLiteral("SCRIPT"), QStringLiteral("onclick"),
              QStringLiteral("onerror"), QStringLiteral("onmouseover"), QStringLiteral("onload"),
              QStringLiteral("steal"), QStringLiteral("javascript"), QStringLiteral("evil"),
              QStringLiteral("<img"), QStringLiteral("<iframe"), QStringLiteral("<svg"),
              QStringLiteral("style"), QStringLiteral("alert(")})
            QVERIFY2(
                !stored.contains(gone),
                qPrintable(gone + QLatin1Char(' ') +
                           stored.mid(std::max<qsizetype>(0, stored.indexOf(gone) - 200), 400)));
        // The text and the safe link stay, as rich text in the answers.
        const QString scope =
            jsonField(dpia, dpiaField::answers).value(QStringLiteral("2.scope.data")).toString();
        QVERIFY(scope.contains(QStringLiteral("<p>Clicked text</p>")));
        QVERIFY(scope.contains(QStringLiteral("<a href=\"https://ico.org.uk/\">good link</a>")));
        QVERIFY(scope.contains(QStringLiteral("bad link")));
        QVERIFY(dpia.value(dpiaField::importedNotes)
                    .toString()
                    .contains(QStringLiteral("What is the processing under consideration?")) ||
                dpia.value(dpiaField::importedNotes)
                    .toString()
                    .contains(QStringLiteral("CNIL question 999")));
        QVERIFY(
            dpia.value(dpiaField::dpoAdvice).toString().contains(QStringLiteral("Clicked text")));
    }

    void sanitiserCases_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "a & b < c"
                               << "a &amp; b &lt; c";
        QTest::newRow("entities stay text") << "&lt;script&gt;x&amp;"
                                            << "&lt;script&gt;x&amp;";
        QTest::newRow("upper case") << "<P CLASS=x>a</P><SCRIPT>b</SCRIPT>"
                                    << "<p>a</p>";
        QTest::newRow("split script") << "<scr<script>x</script>ipt>alert(1)</script>"
                                      << "xipt&gt;alert(1)";
        QTest::newRow("unclosed") << "<ul><li>a<li><strong>b"
                                  << "<ul><li>a</li><li><strong>b</strong></li></ul>";
        QTest::newRow("stray end tags") << "</p></ul>a</strong>"
                                        << "a";
        QTest::newRow("comment") << "a<!-- <script>x</script> -->b"
                                 << "ab";
        QTest::newRow("tab in scheme") << "<a href=\"java\tscript:x()\">l</a>"
                                       << "l";
        QTest::newRow("data uri") << "<a href='data:text/html,x'>l</a>"
                                  << "l";
        QTest::newRow("mailto") << "<a href=mailto:dpo@example.org>m</a>"
                                << "<a href=\"mailto:dpo@example.org\">m</a>";
        QTest::newRow("div in p") << "<p>a<div>b</div>c</p>"
                                  << "<p>a</p><p>b</p>c";
        QTest::newRow("unterminated script") << "a<script>b"
                                             << "a";
        QTest::newRow("unterminated tag") << "a<p onclick=\"x"
                                          << "a";
        QTest::newRow("nbsp entity")
            << "a&nbsp;b&#233;&#x41;&#0;" << QStringLiteral("a\u00A0bé\u0041\uFFFD");
        QTest::newRow("table") << "<table><tr><td>1<td>2<tr><th>h</table>"
                               << "<table><tr><td>1</td><td>2</td></tr><tr><th>h</th></tr></table>";
        QTest::newRow("headings") << "<h1>a</h1><h6>b</h6>"
                                  << "<h1>a</h1><h4>b</h4>";
    }

    void sanitiserCases()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(cnil::sanitiseHtml(html), expected);
    }

    void sanitiserSurvivesHostileNesting()
    {
        const QString deep = QStringLiteral("<div>").repeated(100000) + QStringLiteral("x") +
                             QStringLiteral("</div>").repeated(100000);
        const QString out = cnil::sanitiseHtml(deep);
        QVERIFY(out.contains(QLatin1Char('x')));
        QCOMPARE(out.count(QStringLiteral("<p>")), out.count(QStringLiteral("</p>")));
        const QString bold = QStringLiteral("<b>").repeated(100000) + QStringLiteral("y");
        const QString boldOut = cnil::sanitiseHtml(bold);
        QCOMPARE(boldOut.count(QStringLiteral("<b>")), 64);
        QCOMPARE(boldOut.count(QStringLiteral("</b>")), 64);
        // Runs that could make a careless parser quadratic: ampersands, open tags, comments.
        QElapsedTimer timer;
        timer.start();
        for (const QString &run :
             {QStringLiteral("&").repeated(1 << 20), QStringLiteral("<a").repeated(1 << 19),
              QStringLiteral("<!").repeated(1 << 19), QStringLiteral("</").repeated(1 << 19)}) {
            cnil::sanitiseHtml(run);
            cnil::htmlToPlainText(run);
        }
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void plainText()
    {
        QCOMPARE(cnil::htmlToPlainText(QStringLiteral(
                     "<p>Intro :</p>\n<ul>\n<li><strong>a</strong> x</li>\n<li>b</li>\n</ul>"
                     "<div>c</div><div>d<br />e</div><script>x</script>")),
                 QStringLiteral("Intro :\n• a x\n• b\n\nc\nd\ne"));
        QCOMPARE(cnil::plainTextToHtml(QStringLiteral("a <b>\nc\n\nd")),
                 QStringLiteral("<p>a &lt;b&gt;<br/>c</p><p>d</p>"));
    }

    void refusesWhatIsNotAPia_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QByteArray captoo = readAll(interop(Captoo));
        QTest::newRow("truncated") << captoo.left(captoo.size() / 2) << "not valid JSON";
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0garbage", 16) << "at byte";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("array") << QByteArray("[1, 2, 3]") << "not a PIA exported";
        QTest::newRow("other object") << QByteArray("{\"name\": \"x\"}") << "not a PIA exported";
        QTest::newRow("pia not an object") << QByteArray("{\"pia\": \"Captoo\"}") << "is text";
        QTest::newRow("deep nesting")
            << QByteArray("{\"pia\": ") + QByteArray(5000, '[') + QByteArray(5000, ']') + "}"
            << "not valid JSON";
        QTest::newRow("structure")
            << readAll(interop(QStringLiteral("2018-11-21-structure-example-en.json")))
            << "This is a structure exported by the CNIL's PIA tool";
    }

    void refusesWhatIsNotAPia()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto ws = workspace();
        const CnilPiaReport report =
            CnilPiaImporter(*ws).run(writeBytes(QStringLiteral("bad.json"), bytes), {});
        QVERIFY(!report.ok());
        QVERIFY2(report.fatal.contains(message), qPrintable(report.fatal));
        QVERIFY(!report.written);
        expectNothingWritten(*ws);
    }

    void structureIsNamedAsSuch()
    {
        auto ws = workspace();
        const CnilPiaReport report = CnilPiaImporter(*ws).run(
            interop(QStringLiteral("2018-11-21-structure-example-en.json")), {});
        QVERIFY(report.fatal.contains(QStringLiteral("not a PIA")));
        QVERIFY(report.fatal.contains(QStringLiteral("Example : PIAF Connected Objects")));
        expectNothingWritten(*ws);
    }

    void refusesWrongShapes_data()
    {
        QTest::addColumn<QString>("path"); // "answers", "answers[0].reference_to" ...
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("answers not a list") << "answers" << QJsonValue(QJsonObject()) << "answers"
                                            << "Expected a list, found an object.";
        QTest::newRow("answer not an object") << "answers[0]" << QJsonValue(12) << "answers[0]"
                                              << "Expected an object, found a number.";
        QTest::newRow("reference not a number")
            << "answers[0].reference_to" << QJsonValue(QStringLiteral("abc"))
            << "answers[0].reference_to"
            << "Expected a whole number";
        QTest::newRow("text not text")
            << "answers[0].data.text" << QJsonValue(QJsonArray{1}) << "answers[0].data.text"
            << "Expected text, found a list.";
        QTest::newRow("list of numbers")
            << "answers[18].data.list" << QJsonValue(QJsonArray{1, 2}) << "answers[18].data.list[0]"
            << "Expected text";
        QTest::newRow("huge text") << "answers[0].data.text"
                                   << QJsonValue(QString(cnil::MaxTextChars + 1, QLatin1Char('a')))
                                   << "answers[0].data.text"
                                   << "characters long";
        QTest::newRow("name not text") << "pia.name" << QJsonValue(true) << "pia.name"
                                       << "Expected text, found true or false.";
        QTest::newRow("gauges not an object")
            << "evaluations[0].gauges" << QJsonValue(3) << "evaluations[0].gauges"
            << "Expected an object";
        QTest::newRow("too many measures")
            << "measures"
            << QJsonValue(QJsonArray::fromStringList(QStringList(cnil::MaxItems + 1, QString())))
            << "measures"
            << "at most 5000";
    }

    void refusesWrongShapes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, where);
        QFETCH(QString, message);
        // Sets the value at a path such as "answers[0].data.text" in the Captoo export.
        std::function<QJsonValue(QJsonValue, QStringList)> set = [&](QJsonValue node,
                                                                     QStringList parts) {
            if (parts.isEmpty())
                return value;
            const QString part = parts.takeFirst();
            static const QRegularExpression indexed(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
            const QRegularExpressionMatch m = indexed.match(part);
            QJsonObject o = node.toObject();
            if (!m.hasMatch()) {
                o.insert(part, set(o.value(part), parts));
                return QJsonValue(o);
            }
            QJsonArray a = o.value(m.captured(1)).toArray();
            const int i = m.captured(2).toInt();
            a[i] = set(a[i], parts);
            o.insert(m.captured(1), a);
            return QJsonValue(o);
        };
        const QJsonObject json =
            set(readObject(interop(Captoo)), path.split(QLatin1Char('.'))).toObject();
        auto ws = workspace();
        const CnilPiaReport report =
            CnilPiaImporter(*ws).run(writeJson(QStringLiteral("shape.json"), json), {});
        QVERIFY(report.fatal.isEmpty());
        QVERIFY(!report.ok());
        QVERIFY(report.errors > 0);
        bool found = false;
        for (const cnil::Problem &p : report.problems)
            found = found || (p.error && p.where == where && p.message.contains(message));
        QVERIFY2(found,
                 qPrintable(report.problems.isEmpty()
                                ? QString()
                                : report.problems.first().where + report.problems.first().message));
        expectNothingWritten(*ws);
    }

    void refusesAFileOverTheCap()
    {
        QByteArray big = "{\"pia\": {\"name\": \"big\"}, \"padding\": \"";
        big += QByteArray(cnil::MaxFileBytes, 'a');
        big += "\"}";
        auto ws = workspace();
        const CnilPiaReport report =
            CnilPiaImporter(*ws).run(writeBytes(QStringLiteral("big.json"), big), {});
        QVERIFY2(report.fatal.contains(QStringLiteral("MiB")), qPrintable(report.fatal));
        expectNothingWritten(*ws);
        QFile::remove(m_dir.filePath(QStringLiteral("big.json")));
    }

    void statusesAndOpinions()
    {
        const QJsonObject captoo = readObject(interop(Captoo));
        CnilPiaReport report;

        Record dpia = importChanged(setPia(captoo, QStringLiteral("status"), 0), &report);
        QCOMPARE(dpia.value(dpiaField::status).toString(), QStringLiteral("draft"));
        QVERIFY(dpia.value(dpiaField::dpoAdviceDecision).isNull()); // not decided yet
        QVERIFY(jsonField(dpia, dpiaField::signoffs).contains(QStringLiteral("dpo_advice")));
        QVERIFY(
            !jsonField(dpia, dpiaField::signoffs).contains(QStringLiteral("measures_approved")));

        dpia = importChanged(setPia(captoo, QStringLiteral("status"), 1), &report);
        QCOMPARE(dpia.value(dpiaField::status).toString(), QStringLiteral("rejected"));
        QCOMPARE(dpia.value(dpiaField::rejectionReason).toString(),
                 QStringLiteral("Rapport incomplet"));

        dpia = importChanged(setPia(captoo, QStringLiteral("status"), 4), &report);
        QCOMPARE(dpia.value(dpiaField::status).toString(), QStringLiteral("approved"));
        QVERIFY(
            dpia.value(dpiaField::importedNotes).toString().contains(QStringLiteral("archived")));

        dpia = importChanged(setPia(captoo, QStringLiteral("status"), 7), &report);
        QCOMPARE(dpia.value(dpiaField::status).toString(), QStringLiteral("draft"));
        QVERIFY(report.warnings > 0);

        // Validated against the DPO's advice: overruled, and the missing reason is said.
        dpia = importChanged(setPia(captoo, QStringLiteral("dpo_status"), 0), &report);
        QCOMPARE(dpia.value(dpiaField::dpoAdviceDecision).toString(), QStringLiteral("overruled"));
        QVERIFY(dpia.value(dpiaField::dpoAdvice)
                    .toString()
                    .contains(QStringLiteral("should not be implemented")));
        bool said = false;
        for (const cnil::Problem &p : report.problems)
            said = said || p.message.contains(QStringLiteral("overruled"));
        QVERIFY(said);

        // Views not sought, with the reason.
        QJsonObject notSought =
            setPia(captoo, QStringLiteral("concerned_people_searched_opinion"), false);
        notSought = setPia(notSought, QStringLiteral("concerned_people_searched_content"),
                           QStringLiteral("Le produit n'est pas encore commercialisé."));
        dpia = importChanged(notSought, &report);
        QCOMPARE(dpia.value(dpiaField::individualsViews).toString(),
                 QStringLiteral("Individuals' views were not sought: Le produit n'est pas encore "
                                "commercialisé."));
    }

    void actionPlanDatesAndOwners()
    {
        QJsonObject json = readObject(interop(Captoo));
        QJsonArray evaluations = json.value(QStringLiteral("evaluations")).toArray();
        for (qsizetype i = 0; i < evaluations.size(); ++i) {
            QJsonObject e = evaluations[i].toObject();
            if (e.value(QStringLiteral("reference_to")).toString() == QLatin1String("3.1.101")) {
                // 1 March picked in Paris: local midnight as a UTC instant.
                e.insert(QStringLiteral("estimated_implementation_date"),
                         QStringLiteral("2018-02-28T23:00:00.000Z"));
                e.insert(QStringLiteral("person_in_charge"), QStringLiteral("Jo Bloggs"));
            }
            if (e.value(QStringLiteral("reference_to")).toString() == QLatin1String("3.1.102"))
                e.insert(QStringLiteral("estimated_implementation_date"), QStringLiteral("soon"));
            evaluations[i] = e;
        }
        json.insert(QStringLiteral("evaluations"), evaluations);
        CnilPiaReport report;
        std::unique_ptr<Workspace> ws;
        importChanged(json, &report, &ws);
        QVERIFY(report.ok());
        const QList<Record> measures = ws->records().list(kinds::measure());
        QCOMPARE(measures[0].value(measureField::dueDate).toString(), QStringLiteral("2018-03-01"));
        QCOMPARE(measures[0].value(measureField::ownerName).toString(),
                 QStringLiteral("Jo Bloggs"));
        QVERIFY(measures[1].value(measureField::dueDate).isNull());
        QVERIFY(measures[1].value(measureField::notes).toString().contains(QStringLiteral("soon")));
    }

    // Captoo imported, exported in the CNIL's shape and imported again is the same DPIA.
    void exportsBackToTheCnilShape()
    {
        auto first = workspace();
        const CnilPiaReport imported = CnilPiaImporter(*first).run(interop(Captoo), {});
        QVERIFY(imported.ok());
        QString error;
        const QString out = m_dir.filePath(QStringLiteral("captoo-export.json"));
        QVERIFY2(exportCnilPia(*first, imported.dpiaId, out, &error), qPrintable(error));
        const QJsonObject json = readObject(out);
        for (const QString &key :
             {QStringLiteral("pia"), QStringLiteral("answers"), QStringLiteral("measures"),
              QStringLiteral("evaluations"), QStringLiteral("comments")})
            QVERIFY2(json.contains(key), qPrintable(key));
        const QJsonObject pia = json.value(QStringLiteral("pia")).toObject();
        QCOMPARE(pia.value(QStringLiteral("name")).toString(), QStringLiteral("Captoo"));
        QCOMPARE(pia.value(QStringLiteral("status")).toInt(), cnil::piaStatus::SimpleValidation);
        QCOMPARE(pia.value(QStringLiteral("dpo_status")).toInt(), 1);
        QCOMPARE(pia.value(QStringLiteral("dpos_names")).toString(),
                 QStringLiteral("Michael Thomas (DPO)"));
        QCOMPARE(pia.value(QStringLiteral("validator_name")).toString(),
                 QStringLiteral("Mary Smith"));
        QCOMPARE(json.value(QStringLiteral("answers")).toArray().size(), 36);
        QCOMPARE(json.value(QStringLiteral("measures")).toArray().size(), 23);
        // 23 measure evaluations and the re-scored risk 3.2.
        QCOMPARE(json.value(QStringLiteral("evaluations")).toArray().size(), 24);
        for (const QJsonValue &e : json.value(QStringLiteral("evaluations")).toArray()) {
            if (e.toObject().value(QStringLiteral("reference_to")).toString() ==
                QLatin1String("3.2")) {
                QCOMPARE(e.toObject().value(QStringLiteral("gauges")).toObject(),
                         (QJsonObject{{QStringLiteral("x"), 3}, {QStringLiteral("y"), 1}}));
            }
        }

        auto second = workspace();
        const CnilPiaReport again = CnilPiaImporter(*second).run(out, {});
        QVERIFY2(again.ok(), qPrintable(again.fatal));
        QCOMPARE(again.answersToQuestions, 18);
        QCOMPARE(again.answersToRisks, 18);
        const Record a = *first->records().get(kinds::dpia(), imported.dpiaId);
        const Record b = *second->records().get(kinds::dpia(), again.dpiaId);
        for (const QString &field :
             {dpiaField::title, dpiaField::status, dpiaField::answers, dpiaField::dpoAdvice,
              dpiaField::dpoAdviceDecision, dpiaField::individualsViews, dpiaField::signoffs,
              dpiaField::matrix, dpiaField::source})
            QVERIFY2(
                a.value(field) == b.value(field),
                qPrintable(field + QStringLiteral(": ") + b.value(field).toString().left(300)));
        const QStringList riskFields{riskField::title,
                                     riskField::impact,
                                     riskField::fearedEvent,
                                     riskField::likelihood,
                                     riskField::severity,
                                     riskField::residualLikelihood,
                                     riskField::residualSeverity,
                                     riskField::notes};
        const QList<Record> risksA = first->records().list(kinds::risk(), riskField::sortOrder);
        const QList<Record> risksB = second->records().list(kinds::risk(), riskField::sortOrder);
        QCOMPARE(risksB.size(), 3);
        for (qsizetype i = 0; i < risksA.size(); ++i)
            for (const QString &field : riskFields)
                QVERIFY2(
                    risksA[i].value(field).toString() == risksB[i].value(field).toString(),
                    qPrintable(field + QStringLiteral(": ") + risksB[i].value(field).toString()));
        const QList<Record> measuresA = first->records().list(kinds::measure());
        const QList<Record> measuresB = second->records().list(kinds::measure());
        QCOMPARE(measuresB.size(), 23);
        for (qsizetype i = 0; i < measuresA.size(); ++i)
            for (const QString &field :
                 {measureField::title, measureField::description, measureField::status,
                  measureField::approved, measureField::dueDate, measureField::ownerName,
                  measureField::notes})
                QVERIFY2(measuresA[i].value(field).toString() ==
                             measuresB[i].value(field).toString(),
                         qPrintable(field + QStringLiteral(": ") +
                                    measuresB[i].value(field).toString()));
        // The first import's notes (item evaluations, the comment) travel as a comment.
        QVERIFY(b.value(dpiaField::importedNotes)
                    .toString()
                    .contains(QStringLiteral("Le fondement juridique correspondant")));

        QVERIFY(!exportCnilPia(*first, 999, out, &error));
        QVERIFY(error.contains(QStringLiteral("999")));
    }

    // A DPIA written in IG Workbench: what the CNIL has no field for becomes labelled
    // comments, and the file imports back.
    void exportsAnIcoDpia()
    {
        auto ws = workspace();
        QString error;
        const QJsonObject answers{
            {QStringLiteral("1.why_dpia"), QStringLiteral("<p>Large-scale health data.</p>")},
            {QStringLiteral("4.rights"), QStringLiteral("<p>Requests go to the DPO.</p>")}};
        const auto dpia = ws->records().create(
            kinds::dpia(),
            {{dpiaField::title, QStringLiteral("Early help hub")},
             {dpiaField::status, QStringLiteral("draft")},
             {dpiaField::matrix, QStringLiteral("ico3")},
             {dpiaField::bankVersion, QuestionBank::builtIn().version},
             {dpiaField::answers, QString::fromUtf8(QJsonDocument(answers).toJson())},
             {dpiaField::summary, QStringLiteral("Sharing between partners.")}},
            &error);
        QVERIFY2(dpia, qPrintable(error));
        QVERIFY(ws->records().create(kinds::risk(),
                                     {{riskField::dpiaId, dpia->id},
                                      {riskField::title, QStringLiteral("Excessive sharing")},
                                      {riskField::likelihood, 2},
                                      {riskField::severity, 3}},
                                     &error));
        QVERIFY(ws->records().create(kinds::measure(),
                                     {{measureField::dpiaId, dpia->id},
                                      {measureField::title, QStringLiteral("Sharing agreement")},
                                      {measureField::dueDate, QStringLiteral("2026-05-01")},
                                      {measureField::ownerName, QStringLiteral("Sam Patel")}},
                                     &error));
        const std::optional<QByteArray> bytes = cnilPiaJson(*ws, dpia->id, &error);
        QVERIFY2(bytes, qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
        QCOMPARE(
            json.value(QStringLiteral("pia")).toObject().value(QStringLiteral("status")).toInt(),
            0);
        QString comments;
        for (const QJsonValue &c : json.value(QStringLiteral("comments")).toArray())
            comments += c.toObject().value(QStringLiteral("description")).toString();
        QVERIFY(comments.contains(QStringLiteral("Why did you identify the need for a DPIA?")));
        QVERIFY(comments.contains(QStringLiteral("Large-scale health data.")));
        QVERIFY(comments.contains(QStringLiteral("Excessive sharing")));
        QVERIFY(comments.contains(QStringLiteral("Sharing between partners.")));
        const QJsonObject evaluation =
            json.value(QStringLiteral("evaluations")).toArray().first().toObject();
        QCOMPARE(evaluation.value(QStringLiteral("status")).toInt(),
                 cnil::evaluationStatus::Improvable);
        QCOMPARE(evaluation.value(QStringLiteral("estimated_implementation_date")).toString(),
                 QStringLiteral("2026-05-01T00:00:00.000Z"));

        auto other = workspace();
        const CnilPiaReport report =
            CnilPiaImporter(*other).runOnData(*bytes, QStringLiteral("hub.json"), {});
        QVERIFY(report.ok());
        const Record back = other->records().list(kinds::dpia()).first();
        QCOMPARE(jsonField(back, dpiaField::answers).value(QStringLiteral("4.rights")).toString(),
                 QStringLiteral("<p>Requests go to the DPO.</p>"));
        const Record measure = other->records().list(kinds::measure()).first();
        QCOMPARE(measure.value(measureField::dueDate).toString(), QStringLiteral("2026-05-01"));
        QCOMPARE(measure.value(measureField::ownerName).toString(), QStringLiteral("Sam Patel"));
    }

    void unknownQuestionsAreKept()
    {
        QJsonObject json = readObject(interop(Captoo));
        QJsonArray answers = json.value(QStringLiteral("answers")).toArray();
        answers.append(QJsonObject{
            {QStringLiteral("reference_to"), 411},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("<p>Réponse à une question "
                                                                 "ajoutée</p>")}}}});
        answers.append(QJsonObject{
            {QStringLiteral("reference_to"), 111},
            {QStringLiteral("data"),
             QJsonObject{{QStringLiteral("text"), QStringLiteral("Une seconde réponse")}}}});
        json.insert(QStringLiteral("answers"), answers);
        CnilPiaReport report;
        const Record dpia = importChanged(json, &report);
        QVERIFY(report.ok());
        QCOMPARE(report.answersToNotes, 2);
        const QString notes = dpia.value(dpiaField::importedNotes).toString();
        QVERIFY(notes.contains(QStringLiteral("CNIL question 411")));
        QVERIFY(notes.contains(QStringLiteral("<p>Réponse à une question ajoutée</p>")));
        QVERIFY(notes.contains(QStringLiteral("Une seconde réponse")));
        QVERIFY(!jsonField(dpia, dpiaField::answers)
                     .value(QStringLiteral("1.aims"))
                     .toString()
                     .contains(QStringLiteral("Une seconde réponse")));
    }
};

QTEST_GUILESS_MAIN(CnilPiaTest)
#include "tst_cnilpia.moc"
