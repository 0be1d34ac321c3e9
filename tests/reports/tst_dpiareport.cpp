// The DPIA report as a reader sees it: the PDF is read back with poppler's pdftotext,
// pdfinfo and pdffonts, the ODT with the zip reader the imports use, and the heat map by its
// pixels. Set IGW_REPORT_DIR to keep the files for a look.
#include "../workspace/testutil.h"
#include "dpia/dpiarecords.h"
#include "dpia/questionbank.h"
#include "dpia/riskmatrix.h"
#include "register/assets.h"
#include "reports/dpiareport.h"
#include "reports/heatmap.h"
#include "reports/richtext.h"
#include "ropa/activities.h"
#include "tabular/zipreader.h"
#include "workspace/directory.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QXmlStreamReader>

using namespace igw;

namespace {

const QString HostileTitle = QStringLiteral("Tenant portal <b>&\"beta\"</b>");
const QString Pdf = QStringLiteral("pdf");
const QString Odt = QStringLiteral("odt");

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString questionText(const QString &id)
{
    const BankQuestion *q = QuestionBank::builtIn().question(id);
    return q ? q->text : QString();
}

// Colours equal within antialiasing noise.
bool near(QRgb a, const QColor &b, int tolerance = 12)
{
    return qAbs(qRed(a) - b.red()) <= tolerance && qAbs(qGreen(a) - b.green()) <= tolerance &&
           qAbs(qBlue(a) - b.blue()) <= tolerance;
}

} // namespace

class TestDpiaReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void richTextKeepsOnlyTheSafeSubset();
    void richTextReadsQtEditorHtml();
    void pdfShowsTheDpia();
    void contentsPagesAreRight();
    void pdfIsArchival();
    void odtHasTheDpia();
    void heatMapShadesBandsAndPlotsRisks();
    void heatMapCnilAndCrowdedCells();
    void emptyDpiaSaysWhatIsMissing();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void unknownDpiaAndFormatAreExplained();
    void realisticDpia();

private:
    qint64 person(const QString &name);
    qint64 hostileDpia();
    qint64 record(const RecordKind &kind, const QVariantMap &values);
    QString write(qint64 dpia, const QString &name, const QString &format,
                  const std::function<bool(int, int)> &progress = {});
    QString run(const QString &program, const QStringList &arguments);
    QString pdfText(const QString &path, int page = 0);
    int pageCount(const QString &path);
    void keep(const QString &path);

    QString m_pdftotext;
    QString m_pdfinfo;
    QString m_pdffonts;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestDpiaReport::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty() || m_pdffonts.isEmpty())
        QFAIL("pdftotext, pdfinfo and pdffonts (Debian package poppler-utils) are needed to "
              "read the PDFs back; scripts/setup installs them.");
    QVERIFY(m_dir.isValid());
}

void TestDpiaReport::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path, QStringLiteral("Kingsmere Borough Council"));
    QVERIFY(m_ws);
}

qint64 TestDpiaReport::record(const RecordKind &kind, const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kind, values, &error);
    if (!r)
        qWarning("create %s: %s", qPrintable(kind.table), qPrintable(error));
    return r ? r->id : 0;
}

qint64 TestDpiaReport::person(const QString &name)
{
    return record(kinds::person(), {{personField::name, name}});
}

// A DPIA with hostile answers and title, three risks on the ICO matrix (one still high after
// measures), measures, sign-offs, the DPO overruled and an answer the bank does not have.
qint64 TestDpiaReport::hostileDpia()
{
    const qint64 owner = person(QStringLiteral("Priya Raman"));
    const qint64 tom = person(QStringLiteral("Tom Ellis"));
    const qint64 activity =
        record(kinds::activity(), {{activityField::name, QStringLiteral("Housing allocations")}});
    const qint64 asset =
        record(kinds::asset(), {{assetField::name, QStringLiteral("Housing register")}});
    QJsonObject answers{
        {QStringLiteral("1.aims"),
         QStringLiteral("<p>Allocate social housing <b>fairly</b>.</p><script>alert(1)</script>"
                        "<img src=http://x>")},
        {QStringLiteral("1.processing_type"),
         QStringLiteral("<ul><li>Online applications</li><li>Case management</li></ul>")},
        {QStringLiteral("2.scope.data"),
         QStringLiteral("<table><tr><th>Data</th><th>Source</th></tr>"
                        "<tr><td>Household income</td><td>Applicant</td></tr></table>")},
        {QStringLiteral("2.nature.sharing"),
         QStringLiteral("<p>See <a href=\"https://example.org/policy\">the policy</a>.</p>"
                        "<style>p { background: url(http://evil.example/x) }</style>")},
        {QStringLiteral("3.individuals"),
         QStringLiteral("We surveyed 200 tenants.\nMost supported it.")},
        {QStringLiteral("4.lawful_basis"),
         QStringLiteral("<span style=\" font-weight:700;\">Public task</span> &amp; "
                        "<i>Housing Act 1996</i> &lt;s.166A&gt;")},
        {QStringLiteral("9.legacy.extra"), QStringLiteral("Answer kept from an earlier bank")}};
    const QJsonObject signoffs{
        {QStringLiteral("measures_approved"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Sam Okafor")},
                     {QStringLiteral("position"), QStringLiteral("SIRO")},
                     {QStringLiteral("date"), QStringLiteral("2025-01-15")}}},
        {QStringLiteral("dpo_advice"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Whitby")},
                     {QStringLiteral("position"), QStringLiteral("Data Protection Officer")},
                     {QStringLiteral("date"), QStringLiteral("2025-01-10")}}}};
    namespace df = dpiaField;
    const qint64 dpia =
        record(kinds::dpia(),
               {{df::title, HostileTitle},
                {df::status, QStringLiteral("approved")},
                {df::version, 2},
                {df::bankVersion, QuestionBank::builtIn().version},
                {df::matrix, QStringLiteral("ico3")},
                {df::ownerPersonId, owner},
                {df::answers, json(answers)},
                {df::signoffs, json(signoffs)},
                {df::dpoAdvice, QStringLiteral("Shorten retention to two years.")},
                {df::dpoAdviceDecision, QStringLiteral("overruled")},
                {df::dpoOverruleReason, QStringLiteral("Statutory appeals run for six years.")},
                {df::individualsViews, QStringLiteral("Tenants asked for a paper option.")},
                {df::art36Decision, QStringLiteral("consult_ico")},
                {df::art36Reason, QStringLiteral("Retention risk stays high.")},
                {df::importedNotes, QStringLiteral("Context section from the CNIL PIA file.")},
                {df::activityIds, linkValue({activity})},
                {df::assetIds, linkValue({asset})}});
    const auto risk = [&](const QString &title, int l, int s, int rl, int rs, int order) {
        return record(kinds::risk(), {{riskField::dpiaId, dpia},
                                      {riskField::title, title},
                                      {riskField::impact, QStringLiteral("Distress and loss")},
                                      {riskField::likelihood, l},
                                      {riskField::severity, s},
                                      {riskField::residualLikelihood, rl},
                                      {riskField::residualSeverity, rs},
                                      {riskField::sortOrder, order}});
    };
    const qint64 r1 = risk(QStringLiteral("Unauthorised access"), 3, 3, 1, 3, 1);
    risk(QStringLiteral("Inaccurate decisions"), 2, 2, 1, 2, 2);
    const qint64 r3 = risk(QStringLiteral("Excessive retention"), 3, 3, 3, 2, 3);
    namespace mf = measureField;
    record(kinds::measure(), {{mf::dpiaId, dpia},
                              {mf::riskId, r1},
                              {mf::title, QStringLiteral("Multi-factor sign-in")},
                              {mf::effect, QStringLiteral("reduce")},
                              {mf::ownerPersonId, tom},
                              {mf::dueDate, QStringLiteral("2025-03-31")},
                              {mf::approved, 1},
                              {mf::status, QStringLiteral("in_progress")}});
    record(kinds::measure(), {{mf::dpiaId, dpia},
                              {mf::riskId, r3},
                              {mf::title, QStringLiteral("Review retention yearly")},
                              {mf::effect, QStringLiteral("accept")},
                              {mf::ownerName, QStringLiteral("Records manager (vacant)")},
                              {mf::approved, 0}});
    record(kinds::measure(), {{mf::dpiaId, dpia},
                              {mf::title, QStringLiteral("Staff training")},
                              {mf::effect, QStringLiteral("reduce")}});
    return dpia;
}

QString TestDpiaReport::write(qint64 dpia, const QString &name, const QString &format,
                              const std::function<bool(int, int)> &progress)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!writeDpiaReport(*m_ws, dpia, path, format, &error, progress)) {
        qWarning("writeDpiaReport: %s", qPrintable(error));
        return {};
    }
    keep(path);
    return path;
}

QString TestDpiaReport::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestDpiaReport::pdfText(const QString &path, int page)
{
    QStringList args{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(m_pdftotext, args << path << QStringLiteral("-"));
}

int TestDpiaReport::pageCount(const QString &path)
{
    const auto m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                      QRegularExpression::MultilineOption)
                       .match(run(m_pdfinfo, {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestDpiaReport::keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("IGW_REPORT_DIR");
    if (dir.isEmpty())
        return;
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

void TestDpiaReport::richTextKeepsOnlyTheSafeSubset()
{
    using reports::RichText;
    // Scripts, styles and embedded content go with everything in them; an image leaves a note.
    RichText t = RichText::fromHtml(QStringLiteral(
        "<p>Before<script>alert(1)</script> after</p><style>b{}</style>"
        "<iframe src=x>framed</iframe><svg><text>drawn</text></svg><img src=\"file:///etc/passwd\">"
        "<SCRIPT type=x>var s = \"</script>\"; shown();</SCRIPT>tail"));
    QString plain = t.toPlainText();
    QVERIFY2(!plain.contains(QStringLiteral("alert")), qPrintable(plain));
    QVERIFY(!plain.contains(QStringLiteral("framed")));
    QVERIFY(!plain.contains(QStringLiteral("drawn")));
    QVERIFY(!plain.contains(QStringLiteral("passwd")));
    QVERIFY(!plain.contains(QStringLiteral("b{}")));
    QVERIFY(plain.startsWith(QStringLiteral("Before after")));
    QVERIFY(plain.contains(QStringLiteral("[Image not included]")));
    // The raw-text element ends at the first "</script", as in a browser: the rest is text.
    QVERIFY2(plain.contains(QStringLiteral("\"; shown();tail")), qPrintable(plain));

    // Links show their address as text; entities decode once; markup in text stays text.
    t = RichText::fromHtml(QStringLiteral("<p><a href=\"javascript:alert(2)\">click</a> "
                                          "<a href=\"https://a.example/\">https://a.example/</a> "
                                          "&lt;b&gt;&amp;amp;&#x41;&#0;&bogus;</p>"));
    plain = t.toPlainText();
    QCOMPARE(plain, QStringLiteral("click (javascript:alert(2)) https://a.example/ "
                                   "<b>&amp;A&#0;&bogus;"));

    // Formatting: tags and the style properties Qt's editor writes, nothing else.
    t = RichText::fromHtml(QStringLiteral(
        "<h2>Title</h2><p><strong>b</strong><em>i</em><u>u</u>"
        "<span style=\"font-weight:600; color:red; background:url(http://x)\">s</span>"
        "plain</p><ol><li>one<li>two<ul><li>inner</li></ul></ol>"));
    QCOMPARE(t.blocks.size(), 5);
    QCOMPARE(t.blocks.at(0).paragraph.heading, 2);
    const QList<reports::RichRun> &runs = t.blocks.at(1).paragraph.runs;
    QCOMPARE(runs.size(), 5);
    QVERIFY(runs.at(0).bold && !runs.at(0).italic);
    QVERIFY(runs.at(1).italic && !runs.at(1).bold);
    QVERIFY(runs.at(2).underline);
    QVERIFY(runs.at(3).bold);
    QVERIFY(!runs.at(4).bold && !runs.at(4).italic && !runs.at(4).underline);
    QCOMPARE(t.lists.size(), 2);
    QVERIFY(t.lists.at(0).ordered);
    QCOMPARE(t.lists.at(1).level, 1);
    QCOMPARE(t.blocks.at(2).paragraph.list, 0);
    QCOMPARE(t.blocks.at(3).paragraph.list, 0); // "two": the unclosed <li> ended at the next
    QCOMPARE(t.blocks.at(4).paragraph.list, 1);

    // Tables keep rows and cells; a table in a cell becomes text of that cell.
    t = RichText::fromHtml(QStringLiteral(
        "<table><tr><th>A</th><th>B</th></tr><tr><td>1<table><tr><td>x</td></tr></table></td>"
        "<td>2</td></tr></table>"));
    QCOMPARE(t.blocks.size(), 1);
    QVERIFY(t.blocks.at(0).isTable);
    QCOMPARE(t.blocks.at(0).table.columns, 2);
    QCOMPARE(t.blocks.at(0).table.rows.size(), 2);
    QVERIFY(t.blocks.at(0).table.headerRow);
    QCOMPARE(t.blocks.at(0).table.rows.at(1).at(0).size(), 2); // "1" and "x"

    // Unfinished and deeply nested markup ends without harm.
    QString deep;
    for (int i = 0; i < 5000; ++i)
        deep += QStringLiteral("<div><b>");
    t = RichText::fromHtml(deep + QStringLiteral("bottom <a href='x"));
    QCOMPARE(t.toPlainText(), QStringLiteral("bottom"));
    QVERIFY(RichText::fromHtml(QStringLiteral("<p>a < b and c<</p>")).toPlainText() ==
            QStringLiteral("a < b and c<"));

    // Huge input in one paragraph (many runs, many links) is read in linear time and cut at
    // what a report holds.
    QString many;
    for (int i = 0; i < 60000; ++i)
        many += QStringLiteral("<b>bold</b> <a href='https://x.example/'>link</a> ");
    QElapsedTimer timer;
    timer.start();
    t = RichText::fromHtml(many);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(t.truncated);
    QVERIFY(t.toPlainText().size() <= 300'000);

    // Plain text keeps its lines; HTML-looking text is read as HTML.
    t = RichText::fromAnswer(QStringLiteral("line one\r\nline two <b>not markup"));
    QCOMPARE(t.toPlainText(), QStringLiteral("line one\nline two <b>not markup"));
    QCOMPARE(RichText::fromAnswer(QStringLiteral("<p>x</p>")).toPlainText(), QStringLiteral("x"));
}

void TestDpiaReport::richTextReadsQtEditorHtml()
{
    // What QTextEdit::toHtml() stores: a full document with a style sheet and spans.
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p><b>Bold</b> and <i>italic</i> and <u>under</u></p>"
                               "<p></p><ul><li>first</li><li>second</li></ul>"
                               "<h3>Heading</h3><p>line<br>break</p>"));
    const reports::RichText t = reports::RichText::fromHtml(doc.toHtml());
    QCOMPARE(t.toPlainText(), QStringLiteral("Bold and italic and under\nfirst\nsecond\nHeading\n"
                                             "line\nbreak"));
    const QList<reports::RichRun> &runs = t.blocks.at(0).paragraph.runs;
    QVERIFY(runs.at(0).bold);
    QCOMPARE(runs.at(0).text, QStringLiteral("Bold"));
    QVERIFY(!runs.at(1).bold);
    QVERIFY(runs.at(2).italic);
    QVERIFY(runs.at(4).underline);
    QCOMPARE(t.blocks.at(1).paragraph.list, 0);
    QCOMPARE(t.blocks.at(3).paragraph.heading, 3);
    QVERIFY(t.blocks.at(4).paragraph.runs.at(0).text.contains(QChar(0x2028)));
}

void TestDpiaReport::pdfShowsTheDpia()
{
    const qint64 dpia = hostileDpia();
    QVERIFY(dpia > 0);
    const QString path = write(dpia, QStringLiteral("dpia.pdf"), Pdf);
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());

    // Cover: the title exactly as typed, reference, approval, owner, links.
    QVERIFY2(text.contains(HostileTitle), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("DP-0001")));
    QVERIFY(text.contains(QStringLiteral("Approved version 2")));
    QVERIFY(text.contains(QStringLiteral("Priya Raman")));
    QVERIFY(text.contains(QStringLiteral("PA-0001: Housing allocations")));
    QVERIFY(text.contains(QStringLiteral("IA-0001: Housing register")));
    QVERIFY(text.contains(QStringLiteral("Kingsmere Borough Council")));

    // Every question of steps 1-4 in the bank's words, answered or not.
    for (const QString &id : QuestionBank::builtIn().questionIds()) {
        const QString q = questionText(id);
        // Long questions wrap; their first words are on one line.
        const QString start = q.section(u' ', 0, 4);
        QVERIFY2(text.contains(start), qPrintable(id + QStringLiteral(": ") + start));
    }
    QVERIFY(text.contains(QStringLiteral("Not answered")));
    // Answers: sanitised rich text. The script does not run and is not shown; the image is
    // named as left out, never fetched or shown by address; a link shows its address.
    QVERIFY(text.contains(QStringLiteral("Allocate social housing fairly.")));
    QVERIFY(!text.contains(QStringLiteral("alert(1)")));
    QVERIFY(!text.contains(QStringLiteral("<script")));
    QVERIFY(!text.contains(QStringLiteral("http://x")));
    QVERIFY(!text.contains(QStringLiteral("evil.example")));
    QVERIFY(text.contains(QStringLiteral("[Image not included]")));
    QVERIFY(text.contains(QStringLiteral("the policy (https://example.org/policy).")));
    QVERIFY(text.contains(QStringLiteral("Online applications")));
    QVERIFY(text.contains(QStringLiteral("Household income")));
    QVERIFY(text.contains(QStringLiteral("We surveyed 200 tenants.")));
    QVERIFY(text.contains(QStringLiteral("Public task & Housing Act 1996 <s.166A>")));
    QVERIFY(text.contains(QStringLiteral("Nature of the processing")));
    // Not in the bank: still printed, under its identifier.
    QVERIFY(text.contains(QStringLiteral("Other answers")));
    QVERIFY(text.contains(QStringLiteral("9.legacy.extra")));
    QVERIFY(text.contains(QStringLiteral("Answer kept from an earlier bank")));
    QVERIFY(text.contains(QStringLiteral("Context section from the CNIL PIA file.")));

    // Risks in words: likelihood, severity, inherent and residual band on the risk's row.
    const auto row = [&text](const QString &pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption)
            .match(text)
            .hasMatch();
    };
    QVERIFY(row(QStringLiteral("R1\\s+Unauthorised access.*Probable\\s+Severe\\s+High risk\\s+"
                               "Medium risk")));
    QVERIFY(row(QStringLiteral("R2\\s+Inaccurate decisions.*Possible\\s+Significant\\s+"
                               "Medium risk\\s+Low risk")));
    QVERIFY(row(QStringLiteral("R3\\s+Excessive retention.*Probable\\s+Severe\\s+High risk\\s+"
                               "High risk")));
    QVERIFY(text.contains(QStringLiteral("Heat map")));
    // Measures per risk.
    QVERIFY(text.contains(QStringLiteral("R1: Unauthorised access — residual risk: Medium risk")));
    QVERIFY(row(QStringLiteral("Multi-factor sign-in\\s+Reduced\\s+Tom Ellis\\s+31 March 2025\\s+"
                               "Yes\\s+In progress")));
    QVERIFY(row(QStringLiteral(
        "Review retention yearly\\s+Accepted\\s+Records\\s+None set\\s+No\\s+Planned")));
    QVERIFY(text.contains(QStringLiteral("Measures for the whole DPIA")));
    QVERIFY(text.contains(QStringLiteral("Staff training")));
    // Sign-off, the DPO overruled, the individuals' views and Art. 36.
    QVERIFY(row(QStringLiteral("Measures approved by\\s+Sam Okafor\\s+SIRO\\s+15 January 2025")));
    QVERIFY(row(QStringLiteral("DPO advice provided by\\s+Dana Whitby\\s+Data Protection")));
    QVERIFY(row(QStringLiteral("Residual risks approved by\\s+Not signed")));
    QVERIFY(text.contains(QStringLiteral("Shorten retention to two years.")));
    QVERIFY(text.contains(QStringLiteral("Overruled")));
    QVERIFY(text.contains(QStringLiteral("Statutory appeals run for six years.")));
    QVERIFY(text.contains(QStringLiteral("Tenants asked for a paper option.")));
    QVERIFY(text.contains(QStringLiteral("A high risk remains after the measures (R3)")));
    QVERIFY(text.contains(QStringLiteral("Consult the ICO before processing")));
    // Page furniture.
    const int pages = pageCount(path);
    QVERIFY(pages >= 4);
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestDpiaReport::contentsPagesAreRight()
{
    const qint64 dpia = hostileDpia();
    const QString path = write(dpia, QStringLiteral("contents.pdf"), Pdf);
    QVERIFY(!path.isEmpty());
    const QString contents = pdfText(path, 2);
    QVERIFY2(contents.contains(QStringLiteral("Contents")), qPrintable(contents));
    const QStringList sections{QStringLiteral("1. Identify the need for a DPIA"),
                               QStringLiteral("2. Describe the processing"),
                               QStringLiteral("3. Consultation process"),
                               QStringLiteral("4. Assess necessity and proportionality"),
                               QStringLiteral("5. Identify and assess risks"),
                               QStringLiteral("6. Identify measures to reduce risk"),
                               QStringLiteral("7. Sign off and record outcomes"),
                               QStringLiteral("Appendix A. Other answers"),
                               QStringLiteral("Appendix B. Notes kept from the import")};
    const int pages = pageCount(path);
    int previous = 2;
    for (const QString &section : sections) {
        const auto m =
            QRegularExpression(QStringLiteral("^\\s*") + QRegularExpression::escape(section) +
                                   QStringLiteral("\\s+(\\d+)\\s*$"),
                               QRegularExpression::MultilineOption)
                .match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(section + QStringLiteral("\n") + contents));
        const int page = m.captured(1).toInt();
        QVERIFY2(page >= previous && page <= pages, qPrintable(section));
        previous = page;
        // The heading is on the page the contents names, and not on the page before.
        const auto heading = QRegularExpression(
            QStringLiteral("^\\s*") + QRegularExpression::escape(section) + QStringLiteral("\\s*$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(heading.match(pdfText(path, page)).hasMatch(),
                 qPrintable(section + QStringLiteral(" not on page ") + QString::number(page)));
        QVERIFY2(page == 3 || !heading.match(pdfText(path, page - 1)).hasMatch(),
                 qPrintable(section));
    }
}

void TestDpiaReport::pdfIsArchival()
{
    const qint64 dpia = hostileDpia();
    const QString path = write(dpia, QStringLiteral("archival.pdf"), Pdf);
    QVERIFY(!path.isEmpty());
    const QString info = run(m_pdfinfo, {QStringLiteral("-isodates"), path});
    QVERIFY2(QRegularExpression(QStringLiteral("^PDF version:\\s+1\\.4$"),
                                QRegularExpression::MultilineOption)
                 .match(info)
                 .hasMatch(),
             qPrintable(info));
    const auto title =
        QRegularExpression(QStringLiteral("^Title:\\s+(.*)$"), QRegularExpression::MultilineOption)
            .match(info);
    QVERIFY(title.hasMatch());
    QCOMPARE(title.captured(1),
             QStringLiteral("DPIA DP-0001: %1 — Kingsmere Borough Council").arg(HostileTitle));

    // PDF/A-1b identification, the output intent it needs, and the author in the XMP.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.startsWith("%PDF-1.4"));
    QVERIFY(raw.contains("<pdfaid:part>1</pdfaid:part>"));
    QVERIFY(raw.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
    QVERIFY(raw.contains("/OutputIntents"));
    // No transparency (PDF/A-1 forbids it): no soft masks on images.
    QVERIFY(!QRegularExpression(QStringLiteral("/SMask \\d+ 0 R"))
                 .match(QString::fromLatin1(raw))
                 .hasMatch());
    const QString meta = run(m_pdfinfo, {QStringLiteral("-meta"), path});
    QVERIFY2(meta.contains(QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Priya Raman</rdf:li>")),
             qPrintable(meta));
    QVERIFY(meta.contains(QStringLiteral("Tenant portal &lt;b&gt;&amp;&quot;beta&quot;")));
    // The XMP dates are the Info dictionary's, as PDF/A requires.
    const auto created = QRegularExpression(QStringLiteral("^CreationDate:\\s+(\\S+)$"),
                                            QRegularExpression::MultilineOption)
                             .match(info);
    const auto xmpCreated =
        QRegularExpression(QStringLiteral("<xmp:CreateDate>([^<]+)<")).match(meta);
    QVERIFY(created.hasMatch() && xmpCreated.hasMatch());
    QCOMPARE(QDateTime::fromString(xmpCreated.captured(1), Qt::ISODate).toSecsSinceEpoch(),
             QDateTime::fromString(created.captured(1), Qt::ISODate).toSecsSinceEpoch());

    // Every font embedded.
    const QStringList fonts = run(m_pdffonts, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!fonts.isEmpty());
    for (const QString &line : fonts)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)"
                                                                 "\\s+\\d+\\s+\\d+$"))),
                 qPrintable(line));
}

void TestDpiaReport::odtHasTheDpia()
{
    const qint64 dpia = hostileDpia();
    const QString path = write(dpia, QStringLiteral("dpia.odt"), Odt);
    QVERIFY(!path.isEmpty());
    tabular::ZipReader zip;
    QVERIFY(zip.open(path, {}));
    QStringList members;
    QByteArray mimetype;
    QByteArray content;
    while (zip.nextMember()) {
        members << zip.memberName();
        if (zip.memberName() == QLatin1String("mimetype"))
            mimetype = zip.member()->readAll();
        else if (zip.memberName() == QLatin1String("content.xml"))
            content = zip.member()->readAll();
    }
    QVERIFY2(!zip.hasError(), qPrintable(zip.errorString()));
    // The first member names the type, as OpenDocument requires.
    QCOMPARE(members.value(0), QStringLiteral("mimetype"));
    QCOMPARE(mimetype, QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    QVERIFY(std::any_of(members.cbegin(), members.cend(), [](const QString &m) {
        return m.startsWith(QLatin1String("Pictures/")); // the heat map
    }));
    // The document's text, read as XML.
    QString text;
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
        else if (xml.isEndElement() &&
                 (xml.name() == QLatin1String("p") || xml.name() == QLatin1String("h")))
            text += u'\n';
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(HostileTitle));
    QVERIFY(text.contains(QStringLiteral("Unauthorised access")));
    QVERIFY(text.contains(QStringLiteral("High risk")));
    QVERIFY(text.contains(questionText(QStringLiteral("1.aims"))));
    QVERIFY(text.contains(QStringLiteral("Allocate social housing fairly.")));
    QVERIFY(!text.contains(QStringLiteral("alert(1)")));
    QVERIFY(text.contains(QStringLiteral("Sam Okafor")));
    QVERIFY(text.contains(QStringLiteral("1. Identify the need for a DPIA")));
}

void TestDpiaReport::heatMapShadesBandsAndPlotsRisks()
{
    const RiskMatrix ico = RiskMatrix::ico3();
    const reports::HeatMap map(
        ico, {{QStringLiteral("R1"), 3, 3, 1, 3}, {QStringLiteral("R2"), 2, 1, 0, 0}});
    const QSize size(1000, int(1000 / map.aspectRatio()));
    const QImage image = map.toImage(size);
    QCOMPARE(image.size(), size);
    QVERIFY(!image.hasAlphaChannel());
    const QRectF area(QPointF(0, 0), QSizeF(size));

    // Each cell shows its band's colour (sampled in a corner away from words and markers),
    // and the three bands differ.
    const QColor low = reports::HeatMap::bandColour(RiskBand::Low);
    const QColor medium = reports::HeatMap::bandColour(RiskBand::Medium);
    const QColor high = reports::HeatMap::bandColour(RiskBand::High);
    QVERIFY(low != medium && medium != high && low != high);
    for (int l = 1; l <= 3; ++l) {
        for (int s = 1; s <= 3; ++s) {
            const QRectF cell = map.cellRect(area, l, s);
            QVERIFY(area.contains(cell));
            const QPointF corner = cell.bottomRight() - QPointF(4, 4);
            const QRgb pixel = image.pixel(corner.toPoint());
            QVERIFY2(near(pixel, reports::HeatMap::bandColour(*ico.band(l, s)), 2),
                     qPrintable(QStringLiteral("cell %1,%2").arg(l).arg(s)));
            // Words, not colour alone: the band's name darkens the top of every cell.
            int dark = 0;
            const QRect label = QRectF(cell.left(), cell.top(), cell.width(), 34).toRect();
            for (int y = label.top(); y <= label.bottom(); ++y)
                for (int x = label.left(); x <= label.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 90 ? 1 : 0;
            QVERIFY2(dark > 40, qPrintable(QStringLiteral("no words in cell %1,%2").arg(l).arg(s)));
        }
    }

    // R1: hollow where it starts (probable, severe), filled where measures leave it (remote,
    // severe); R2 has no residual score, so only its hollow marker.
    const QList<reports::HeatMap::Marker> markers = map.markers(area);
    QCOMPARE(markers.size(), 3);
    const QColor ink = QColor(0x1f, 0x3a, 0x5f); // the markers' colour: the report accent
    for (const reports::HeatMap::Marker &m : markers) {
        const int l = m.risk == 0 ? (m.residual ? 1 : 3) : 2;
        const int s = m.risk == 0 ? 3 : 1;
        QVERIFY(map.cellRect(area, l, s).contains(m.centre));
        const qreal r = m.radius;
        QVERIFY(r >= 8);
        // The ring is drawn in both kinds.
        QVERIFY(near(image.pixel((m.centre - QPointF(0, r * 0.92)).toPoint()), ink, 40));
        // Inside, above the label: white when hollow, ink when filled.
        const QRgb inside = image.pixel((m.centre - QPointF(0, r * 0.6)).toPoint());
        QVERIFY2(m.residual ? near(inside, ink, 30) : near(inside, Qt::white, 30),
                 qPrintable(QString::number(inside, 16)));
    }
    // The arrow from R1's start to its end crosses the cell between them.
    const QRectF between = map.cellRect(area, 2, 3);
    int arrow = 0;
    for (int y = int(between.top()); y < int(between.bottom()); ++y)
        arrow += qGray(image.pixel(int(markers.at(0).centre.x()), y)) < 90 ? 1 : 0;
    QVERIFY(arrow > 10);
}

void TestDpiaReport::heatMapCnilAndCrowdedCells()
{
    const RiskMatrix cnil = RiskMatrix::cnil4();
    QList<reports::HeatMapRisk> risks;
    for (int i = 1; i <= 40; ++i)
        risks.append({QStringLiteral("R%1").arg(i), 4, 4, 0, 0});
    const reports::HeatMap map(cnil, risks);
    const QSize size(800, int(800 / map.aspectRatio()));
    const QImage image = map.toImage(size);
    const QRectF area(QPointF(0, 0), QSizeF(size));
    QSet<QRgb> colours;
    for (int l = 1; l <= 4; ++l) {
        for (int s = 1; s <= 4; ++s) {
            const QRectF cell = map.cellRect(area, l, s);
            const QRgb pixel = image.pixel((cell.bottomLeft() + QPointF(3, -3)).toPoint());
            QVERIFY(near(pixel, reports::HeatMap::bandColour(*cnil.band(l, s)), 2));
            colours.insert(pixel);
        }
    }
    QCOMPARE(colours.size(), 3);
    // Forty markers do not fit one cell: those that fit stay inside it, the rest are counted.
    const QList<reports::HeatMap::Marker> markers = map.markers(area);
    QVERIFY(!markers.isEmpty() && markers.size() < 40);
    for (const reports::HeatMap::Marker &m : markers)
        QVERIFY(map.cellRect(area, 4, 4).contains(m.centre));
}

void TestDpiaReport::emptyDpiaSaysWhatIsMissing()
{
    const qint64 dpia =
        record(kinds::dpia(), {{dpiaField::title, QStringLiteral("New CCTV cameras")}});
    QVERIFY(dpia > 0);
    const QString path = write(dpia, QStringLiteral("empty.pdf"), Pdf);
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Draft — not approved")));
    QVERIFY(text.contains(QStringLiteral("None linked")));
    QVERIFY(text.contains(QStringLiteral("Not answered")));
    QVERIFY(text.contains(QStringLiteral("No risks have been recorded.")));
    QVERIFY(text.contains(QStringLiteral("No measures have been recorded.")));
    QVERIFY(text.contains(QStringLiteral("No high risk remains")));
    QVERIFY(!text.contains(QStringLiteral("Appendix")));
    QVERIFY(!write(dpia, QStringLiteral("empty.odt"), Odt).isEmpty());
}

void TestDpiaReport::cancelWritesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("cancelAtPercent");
    QTest::newRow("pdf while building") << Pdf << 10;
    QTest::newRow("pdf while painting") << Pdf << 75;
    QTest::newRow("odt while building") << Odt << 10;
    QTest::newRow("odt at the end") << Odt << 97;
}

void TestDpiaReport::cancelWritesNothing()
{
    QFETCH(QString, format);
    QFETCH(int, cancelAtPercent);
    const qint64 dpia = hostileDpia();
    const QString path = m_dir.filePath(QStringLiteral("cancel.") + format);
    QFile::remove(path);
    bool cancelled = false;
    bool backwards = false;
    int last = -1;
    const auto cancel = [&](int done, int total) {
        backwards = backwards || done < last || done > total; // one scale, never backwards
        last = done;
        cancelled = done * 100 >= total * cancelAtPercent;
        return !cancelled;
    };
    QString error;
    QVERIFY(!writeDpiaReport(*m_ws, dpia, path, format, &error, cancel));
    QVERIFY(cancelled);
    QVERIFY(!backwards);
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // An earlier file stays as it was, with no temporary file beside it.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }
    last = -1;
    QVERIFY(!writeDpiaReport(*m_ws, dpia, path, format, &error, cancel));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArrayLiteral("previous report"));
    QCOMPARE(QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + u'*'}, QDir::Files),
             QStringList{QFileInfo(path).fileName()});
}

void TestDpiaReport::unknownDpiaAndFormatAreExplained()
{
    const QString path = m_dir.filePath(QStringLiteral("missing.pdf"));
    QString error;
    QVERIFY(!writeDpiaReport(*m_ws, 999, path, Pdf, &error));
    QVERIFY2(error.contains(QStringLiteral("no DPIA with id 999")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    const qint64 dpia = record(kinds::dpia(), {{dpiaField::title, QStringLiteral("X")}});
    QVERIFY(!writeDpiaReport(*m_ws, dpia, m_dir.filePath(QStringLiteral("x.docx")),
                             QStringLiteral("docx"), &error));
    QVERIFY2(error.contains(QStringLiteral("pdf or odt")), qPrintable(error));
    QVERIFY(!writeDpiaReport(*m_ws, dpia, m_dir.filePath(QStringLiteral("no/such/x.pdf")), Pdf,
                             &error));
    QVERIFY2(error.contains(QStringLiteral("Choose a folder you can write to")), qPrintable(error));
}

void TestDpiaReport::realisticDpia()
{
    // A full assessment: every question answered in a few paragraphs, eight risks and a
    // dozen measures, as a council's DPIA for a new case management system would be.
    const qint64 owner = person(QStringLiteral("Priya Raman"));
    const qint64 lead = person(QStringLiteral("Tom Ellis"));
    QJsonObject answers;
    const QString para =
        QStringLiteral("<p>The service will record referrals, assessments and support plans "
                       "for adults who need care and support under the Care Act 2014. Staff "
                       "in the adult social care teams, the hospital discharge team and the "
                       "occupational therapy service will use it every day.</p>");
    int n = 0;
    for (const QString &id : QuestionBank::builtIn().questionIds()) {
        QString a = para;
        if (++n % 3 == 0)
            a += QStringLiteral("<ul><li>Referrals from GPs and hospitals</li><li>Self-referrals "
                                "through the council website</li><li>Safeguarding concerns "
                                "raised by partners</li></ul>");
        if (n % 5 == 0)
            a += QStringLiteral("<p>In short: <b>only the data needed</b>, kept for <i>six "
                                "years</i> after the case closes.</p>");
        answers.insert(id, a);
    }
    const QStringList titles{
        QStringLiteral("Unauthorised access by staff without a need to know"),
        QStringLiteral("Loss of a laptop holding exported case notes"),
        QStringLiteral("Inaccurate records leading to the wrong care decision"),
        QStringLiteral("Supplier access from outside the UK"),
        QStringLiteral("Retention beyond the schedule"),
        QStringLiteral("Individuals not told how their data is used"),
        QStringLiteral("System outage delaying safeguarding responses"),
        QStringLiteral("Function creep into unrelated council services")};
    const qint64 dpia = record(
        kinds::dpia(),
        {{dpiaField::title, QStringLiteral("Adult social care case management system")},
         {dpiaField::status, QStringLiteral("dpo_review")},
         {dpiaField::bankVersion, QuestionBank::builtIn().version},
         {dpiaField::ownerPersonId, owner},
         {dpiaField::summary,
          QStringLiteral("Replacing the paper and spreadsheet records of the adult social care "
                         "teams with a hosted case management system.")},
         {dpiaField::answers, json(answers)},
         {dpiaField::dpoAdvice, QStringLiteral("Agree with the measures; review in a year.")},
         {dpiaField::dpoAdviceDecision, QStringLiteral("accepted")},
         {dpiaField::reviewDate, QStringLiteral("2026-04-01")}});
    QVERIFY(dpia > 0);
    for (int i = 0; i < titles.size(); ++i) {
        const qint64 risk = record(
            kinds::risk(), {{riskField::dpiaId, dpia},
                            {riskField::title, titles.at(i)},
                            {riskField::impact, QStringLiteral("Distress, harm to wellbeing, "
                                                               "loss of trust in the service")},
                            {riskField::likelihood, 1 + (i * 2) % 3},
                            {riskField::severity, 1 + (i + 1) % 3},
                            {riskField::residualLikelihood, 1},
                            {riskField::residualSeverity, 1 + (i + 1) % 3},
                            {riskField::sortOrder, i}});
        for (int k = 0; k < (i % 3 == 0 ? 2 : 1); ++k)
            record(kinds::measure(),
                   {{measureField::dpiaId, dpia},
                    {measureField::riskId, risk},
                    {measureField::title, QStringLiteral("Role-based access reviewed quarterly")},
                    {measureField::description,
                     QStringLiteral("Team leaders confirm each user's role every quarter.")},
                    {measureField::effect, QStringLiteral("reduce")},
                    {measureField::ownerPersonId, lead},
                    {measureField::dueDate, QStringLiteral("2025-06-30")},
                    {measureField::approved, k}});
    }
    QElapsedTimer timer;
    timer.start();
    const QString path = write(dpia, QStringLiteral("realistic-dpia.pdf"), Pdf);
    const qint64 pdfMs = timer.restart();
    QVERIFY(!path.isEmpty());
    const QString odt = write(dpia, QStringLiteral("realistic-dpia.odt"), Odt);
    const qint64 odtMs = timer.elapsed();
    QVERIFY(!odt.isEmpty());
    const int pages = pageCount(path);
    qInfo("realistic DPIA: %d pages, PDF %lld ms (%lld KiB), ODT %lld ms (%lld KiB)", pages, pdfMs,
          QFileInfo(path).size() / 1024, odtMs, QFileInfo(odt).size() / 1024);
    QVERIFY(pages > 6);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Draft — not approved")));
    QVERIFY(text.contains(QStringLiteral("R8")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

QTEST_MAIN(TestDpiaReport)
#include "tst_dpiareport.moc"
