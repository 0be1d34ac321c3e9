// ROPA exchange: the ICO-layout XLSX and the flat CSV, exported and imported back, read by
// an independent reader (openpyxl), the ICO template with title rows above its headings,
// the spellings people use for lawful bases and Schedule 1, and hostile or wrong input.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "ropa/ropacolumns.h"
#include "ropa/ropaexport.h"
#include "ropa/ropaimport.h"
#include "ropa/ropavalues.h"
#include "workspace/audit.h"
#include "workspace/directory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace igw;

namespace af = activityField;

namespace {

// Debian's python3 has openpyxl (python3-openpyxl); a python3 earlier on PATH may not.
const QString Python = QStringLiteral("/usr/bin/python3");

// Dumps a workbook as JSON: per sheet its cells (dates as yyyy-mm-dd), merged ranges, panes,
// filter, page setup and the fill colours of the key, heading and marker rows.
const char *const DumpScript = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    def text(v):
        if v is None:
            return ""
        if isinstance(v, datetime.datetime):
            return v.strftime("%Y-%m-%d")
        return str(v)
    rows = [[text(c.value) for c in row] for row in ws.iter_rows()]
    fills = {}
    for r in (10, 13, 14):
        fills[str(r)] = [(c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type else "")
                         for c in ws[r]]
    pr = ws.sheet_properties.pageSetUpPr
    out["sheets"].append({
        "name": ws.title,
        "rows": rows,
        "merged": sorted(str(m) for m in ws.merged_cells.ranges),
        "freeze": ws.freeze_panes or "",
        "filter": ws.auto_filter.ref or "",
        "orientation": ws.page_setup.orientation or "",
        "paper": str(ws.page_setup.paperSize or ""),
        "fitToPage": bool(pr is not None and pr.fitToPage),
        "fitToHeight": str(ws.page_setup.fitToHeight),
        "titles": ws.print_title_rows or "",
        "exportDateIsDate": isinstance(ws["C8"].value, datetime.datetime),
        "fills": fills,
    })
print(json.dumps(out))
)PY";

// A ROPA kept by hand in the ICO's controller template: a title, the header block, the
// group row above the headings, no columns of ours, and the spellings people use.
const char *const IcoTemplateScript = R"PY(
import sys
import openpyxl
wb = openpyxl.Workbook()
intro = wb.active
intro.title = "Introduction"
intro["A1"] = "How to use this template"
intro["A3"] = "Fill in one row for each processing activity."
ws = wb.create_sheet("Controller")
ws["A1"] = "Record of processing activities"
ws["A3"] = "Name and contact details of your organisation"
ws["C3"] = "Test Borough Council, Town Hall"
ws["A4"] = "Name and contact details of data protection officer"
ws["C4"] = "Dee Pio"
ws["A6"] = "Article 30 Record of Processing Activities"
ws["L6"] = "Privacy notice"
ws["Z6"] = "Data Protection Act 2018 - special category or criminal conviction and offence data"
headings = [
    "Business function", "Purpose of processing",
    "Name and contact details of joint controller (if applicable)",
    "Categories of individuals", "Categories of personal data", "Categories of recipients",
    "Link to contract with processor",
    "Names of third countries or international organisations that personal data are transferred to (if applicable)",
    "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
    "Retention schedule (if possible)",
    "General description of technical and organisational security measures (if possible)",
    "Article 6 lawful basis for processing personal data",
    "Article 9 basis for processing special category data",
    "Data Protection Impact Assessment progress",
    "Data Protection Act 2018 Schedule Condition for processing",
    "Article 6 lawful basis for processing personal data",
]
for i, h in enumerate(headings):
    ws.cell(row=7, column=i + 1, value=h)
rows = [
    ["Revenues", "Collecting council tax\nand recovering arrears", "N/A",
     "Residents\nCouncil tax payers", "Name; Address\nBank details", "northmoor county council; Enforcement agents",
     "", "None", "", "6 years", "Encryption; access control",
     "Art 6(1)(e) public task", "", "Ongoing", "", ""],
    ["Children's Services", "Safeguarding children at risk", "",
     "Children; Parents", "Health; Case notes", "Police",
     "", "United States", "IDTA", "Until 25th birthday", "Role-based access",
     "6(1)(c)", "9(2)(g)", "Not started", "Sch 1 para 18", "Legal obligation"],
]
for r, values in enumerate(rows):
    for c, v in enumerate(values):
        if v != "":
            ws.cell(row=9 + r, column=c + 1, value=v)
wb.save(sys.argv[1])
)PY";

QStringList column(const QJsonArray &rows, int row)
{
    QStringList out;
    for (const QJsonValue &v : rows.at(row).toArray())
        out << v.toString();
    return out;
}

// The ICO controller template's headings, in its order: written out here so that a change
// to the column list cannot silently change them.
const QStringList IcoHeadings = {
    QStringLiteral("Business function"),
    QStringLiteral("Purpose of processing"),
    QStringLiteral("Name and contact details of joint controller (if applicable)"),
    QStringLiteral("Categories of individuals"),
    QStringLiteral("Categories of personal data"),
    QStringLiteral("Categories of recipients"),
    QStringLiteral("Link to contract with processor"),
    QStringLiteral("Names of third countries or international organisations that personal data "
                   "are transferred to (if applicable)"),
    QStringLiteral("Safeguards for exceptional transfers of personal data to third countries or "
                   "international organisations (if applicable)"),
    QStringLiteral("Retention schedule (if possible)"),
    QStringLiteral("General description of technical and organisational security measures (if "
                   "possible)"),
    QStringLiteral("Article 6 lawful basis for processing personal data"),
    QStringLiteral("Article 9 basis for processing special category data"),
    QStringLiteral("Legitimate Interests for the processing (if applicable)"),
    QStringLiteral("Link to record of legitimate interests assessment (if applicable)"),
    QStringLiteral("Rights available to individuals"),
    QStringLiteral("Existence of automated decision-making, including profiling (if applicable)"),
    QStringLiteral("The source of the personal data (if applicable)"),
    QStringLiteral("Link to record of consent"),
    QStringLiteral("Location of personal data"),
    QStringLiteral("Data Protection Impact Assessment required?"),
    QStringLiteral("Data Protection Impact Assessment progress"),
    QStringLiteral("Link to the Data Protection Impact Assessment"),
    QStringLiteral("Has a personal data breach occurred?"),
    QStringLiteral("Link to record of personal data breach"),
    QStringLiteral("Data Protection Act 2018 Schedule Condition for processing"),
    QStringLiteral("Article 6 lawful basis for processing personal data"),
    QStringLiteral("Link to retention and erasure policy document"),
    QStringLiteral("Is personal data retained and erased in accordance with the policy "
                   "document?"),
    QStringLiteral("Reasons for not adhering to policy document (if applicable)")};

// Required by Art. 30(1) or DPA 2018 Sch. 1 para 41, column by column (1 = required).
const QString IcoRequired = QStringLiteral("011111011110000000000000011111");

} // namespace

class TestRopaExchange : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void xlsxRoundTrip();
    void xlsxLayoutReadIndependently();
    void csvRoundTrip();
    void updatesOnlyChangedFields();
    void icoTemplateWithTitleRows();
    void choiceSpellings_data();
    void choiceSpellings();
    void unknownLawfulBasisWritesNothing();
    void notARopa();
    void duplicateReferencesRefused();
    void cancelWritesNothing();
    void exportCancelLeavesNoFile();

private:
    // A workspace with the organisation profile (DPO), partners and assets; with
    // `activities`, also the controller and processor activities.
    std::unique_ptr<Workspace> workspace(const QString &name, bool activities);
    QJsonObject dump(const QString &xlsx);
    bool runPython(const char *script, const QStringList &args, QByteArray *out);
    static QHash<QString, QVariantMap> activitiesByRef(Workspace &ws);
    static int auditEntries(Workspace &ws) { return audit::verify(ws.database()).entries; }
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    bool m_haveOpenpyxl = false;
    qint64 m_northmoor = 0;
};

void TestRopaExchange::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess p;
    p.start(Python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    m_haveOpenpyxl =
        p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString TestRopaExchange::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

bool TestRopaExchange::runPython(const char *script, const QStringList &args, QByteArray *out)
{
    const QString file = write(QStringLiteral("script.py"), QByteArray(script));
    QProcess p;
    p.start(Python, QStringList{file} + args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode()) {
        qWarning("python failed: %s", p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

QJsonObject TestRopaExchange::dump(const QString &xlsx)
{
    QByteArray out;
    if (!runPython(DumpScript, {xlsx}, &out))
        return {};
    return QJsonDocument::fromJson(out).object();
}

std::unique_ptr<Workspace> TestRopaExchange::workspace(const QString &name, bool activities)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto ws = test::createWorkspace(path, QStringLiteral("Test Borough Council"));
    if (!ws)
        return nullptr;
    RecordStore &store = ws->records();
    QString e;
    const auto check = [&e](bool ok) {
        if (!ok)
            qWarning("fixture: %s", qPrintable(e));
        return ok;
    };
    const auto dpo = store.create(kinds::person(),
                                  {{personField::name, QStringLiteral("Dee Pio")},
                                   {personField::email, QStringLiteral("dpo@test.example")},
                                   {personField::phone, QStringLiteral("01632 960000")}},
                                  &e);
    if (!check(dpo.has_value()) ||
        !check(store.update(
            kinds::organisation(), ws->selfOrganisationId(),
            {{orgField::address, QStringLiteral("Town Hall, High Street, Testbury")},
             {orgField::email, QStringLiteral("info@test.example")},
             {orgField::icoRegistration, QStringLiteral("Z1234567")},
             {orgField::representative, QStringLiteral("Not applicable (established in the UK)")},
             {orgField::dpoPersonId, dpo->id}},
            &e)))
        return nullptr;
    const auto northmoor =
        store.create(kinds::organisation(),
                     {{orgField::name, QStringLiteral("Northmoor County Council")},
                      {orgField::address, QStringLiteral("County Hall, Northmoor")},
                      {orgField::email, QStringLiteral("ig@northmoor.example")}},
                     &e);
    const auto police = store.create(kinds::organisation(),
                                     {{orgField::name, QStringLiteral("Wealdshire Police")}}, &e);
    if (!check(northmoor && police))
        return nullptr;
    m_northmoor = northmoor->id;
    const auto asset = [&](const QString &assetName, const QString &subjects, const QString &data,
                           int special, const QString &art9, int criminal) -> qint64 {
        const auto r = store.create(kinds::asset(),
                                    {{assetField::name, assetName},
                                     {assetField::dataSubjectCategories, subjects},
                                     {assetField::personalDataCategories, data},
                                     {assetField::specialCategory, special},
                                     {assetField::art9Condition, art9},
                                     {assetField::criminalOffence, criminal}},
                                    &e);
        check(r.has_value());
        return r ? r->id : 0;
    };
    const qint64 cases =
        asset(QStringLiteral("Case records"), QStringLiteral("Service users; Carers"),
              QStringLiteral("Case notes; Health"), 1, QStringLiteral("h"), 0);
    const qint64 payroll = asset(QStringLiteral("Payroll"), QStringLiteral("Staff"),
                                 QStringLiteral("Bank details; Salary"), 0, {}, 0);
    asset(QStringLiteral("CCTV footage"), QStringLiteral("Public"), QStringLiteral("Images"), 0, {},
          1);
    if (!activities)
        return ws;
    const QList<QVariantMap> rows{
        {{af::name, QStringLiteral("Adult social care")},
         {af::businessFunction, QStringLiteral("Adult Social Care")},
         {af::purpose, QStringLiteral("Assessing needs under the Care Act 2014\nand planning "
                                      "support")},
         {af::assetIds, linkValue({cases})},
         {af::subjectCategoriesExcluded, QStringLiteral("Carers")},
         {af::subjectCategoriesExtra, QStringLiteral("Advocates")},
         {af::dataCategoriesExtra, QStringLiteral("Financial details")},
         {af::recipientOrgIds, linkValue({northmoor->id})},
         {af::recipientCategories, QStringLiteral("Courts; GP practices")},
         {af::internationalTransfers, 1},
         {af::thirdCountries, QStringLiteral("United States")},
         {af::transferSafeguard, QStringLiteral("idta")},
         {af::retentionSchedule, QStringLiteral("8 years after the case closes")},
         {af::securityMeasures, QStringLiteral("Role-based access; encryption at rest")},
         {af::lawfulBasis, QStringLiteral("public_task")},
         {af::rightsAvailable, QStringLiteral("Access; rectification")},
         {af::dpiaRequired, QStringLiteral("yes")},
         {af::dpiaProgress, QStringLiteral("in_progress")},
         {af::breachOccurred, 0},
         {af::schedule1Condition, QStringLiteral("para6")},
         {af::erasurePolicy, QStringLiteral("Appropriate policy document v3")},
         {af::retainedPerPolicy, 1},
         {af::lastReview, QStringLiteral("2025-03-31")},
         {af::notes, QStringLiteral("=SUM(A1) is text, not a formula")}},
        {{af::name, QStringLiteral("Payroll")},
         {af::businessFunction, QStringLiteral("Human Resources")},
         {af::purpose, QStringLiteral("Paying staff")},
         {af::assetIds, linkValue({payroll})},
         {af::recipientCategories, QStringLiteral("HMRC; Pension fund")},
         {af::internationalTransfers, 0},
         {af::lawfulBasis, QStringLiteral("contract")},
         {af::jointController, QStringLiteral("None")}},
        {{af::name, QStringLiteral("Occupational health referrals")},
         {af::purpose, QStringLiteral("Referring staff to occupational health")},
         {af::subjectCategoriesExtra, QStringLiteral("Staff")},
         {af::dataCategoriesExtra, QStringLiteral("Health")},
         {af::specialCategory, 1},
         {af::art9Condition, QStringLiteral("b")},
         {af::lawfulBasis, QStringLiteral("legal_obligation")},
         {af::recipientOrgIds, linkValue({police->id})}},
        {{af::name, QStringLiteral("Payroll bureau for Northmoor")},
         {af::role, QStringLiteral("processor")},
         {af::controllerOrgIds, linkValue({northmoor->id})},
         {af::controllerDetails, QStringLiteral("DPO: Sam Northmoor, dpo@northmoor.example")},
         {af::processingCategories, QStringLiteral("Payroll calculation; payslips")},
         {af::securityMeasures, QStringLiteral("Encryption")},
         {af::processorContract, QStringLiteral("Service level agreement 2025")},
         {af::internationalTransfers, 0},
         {af::assetIds, linkValue({payroll})}}};
    for (const QVariantMap &values : rows) {
        if (!check(store.create(kinds::activity(), values, &e).has_value()))
            return nullptr;
    }
    return ws;
}

QHash<QString, QVariantMap> TestRopaExchange::activitiesByRef(Workspace &ws)
{
    QHash<QString, QVariantMap> out;
    for (const Record &r : ws.records().list(kinds::activity())) {
        QVariantMap values;
        for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
            values.insert(it.key(), it.value().isNull() ? QString() : it.value().toString());
        out.insert(r.ref, values);
    }
    return out;
}

void TestRopaExchange::xlsxRoundTrip()
{
    if (!m_haveOpenpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl (Debian package python3-openpyxl)");
    auto source = workspace(QStringLiteral("source.igw"), true);
    QVERIFY(source);
    const QString first = m_dir.filePath(QStringLiteral("first.xlsx"));
    QString error;
    QVERIFY2(exportRopa(*source, first, QStringLiteral("xlsx"), &error), qPrintable(error));

    auto target = workspace(QStringLiteral("target.igw"), false);
    QVERIFY(target);
    RopaImportReport report = RopaImporter(*target).run(first, {});
    QVERIFY2(report.ok(), qPrintable(report.fatal + report.problems.value(0).message));
    QCOMPARE(report.warnings, 0);
    QCOMPARE(report.sheets.size(), 2);
    QCOMPARE(report.sheets.at(0).name, QStringLiteral("Controller"));
    QCOMPARE(report.sheets.at(0).headerLine, 13);
    QCOMPARE(report.sheets.at(0).rows, 3);
    QCOMPARE(report.sheets.at(1).rows, 1);
    QCOMPARE(report.created, 4);
    QVERIFY(report.written);

    // The same records, references included, field by field and link by link.
    const auto before = activitiesByRef(*source);
    const auto after = activitiesByRef(*target);
    QCOMPARE(after.keys().size(), before.keys().size());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
        for (auto f = it->cbegin(); f != it->cend(); ++f)
            QVERIFY2(after.value(it.key()).value(f.key()) == f.value(),
                     qPrintable(QStringLiteral("%1 %2: \"%3\" became \"%4\"")
                                    .arg(it.key(), f.key(), f.value().toString(),
                                         after.value(it.key()).value(f.key()).toString())));
    }
    QVERIFY(audit::verify(target->database()).ok);

    // Exported again: the same cells (the export date aside).
    const QString second = m_dir.filePath(QStringLiteral("second.xlsx"));
    QVERIFY2(exportRopa(*target, second, QStringLiteral("xlsx"), &error), qPrintable(error));
    const QJsonObject a = dump(first);
    const QJsonObject b = dump(second);
    QCOMPARE(a.value(QStringLiteral("sheets")).toArray().size(), 2);
    for (int s = 0; s < 2; ++s) {
        QJsonArray rowsA =
            a.value(QStringLiteral("sheets")).toArray().at(s)[QStringLiteral("rows")].toArray();
        QJsonArray rowsB =
            b.value(QStringLiteral("sheets")).toArray().at(s)[QStringLiteral("rows")].toArray();
        QCOMPARE(rowsA.size(), rowsB.size());
        for (int r = 0; r < rowsA.size(); ++r) {
            if (r == 7) // "Date of export"
                continue;
            QCOMPARE(column(rowsB, r), column(rowsA, r));
        }
    }

    // Imported again: nothing changes and the audit trail does not grow.
    const int entries = auditEntries(*target);
    report = RopaImporter(*target).run(second, {});
    QVERIFY(report.ok());
    QCOMPARE(report.created, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 4);
    QCOMPARE(auditEntries(*target), entries);
}

void TestRopaExchange::xlsxLayoutReadIndependently()
{
    if (!m_haveOpenpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl (Debian package python3-openpyxl)");
    auto ws = workspace(QStringLiteral("layout.igw"), true);
    QVERIFY(ws);
    const QString path = m_dir.filePath(QStringLiteral("layout.xlsx"));
    QString error;
    QVERIFY2(exportRopa(*ws, path, QStringLiteral("xlsx"), &error), qPrintable(error));
    const QJsonArray sheets = dump(path).value(QStringLiteral("sheets")).toArray();
    QCOMPARE(sheets.size(), 2);
    const QJsonObject controller = sheets.at(0).toObject();
    const QJsonObject processor = sheets.at(1).toObject();
    QCOMPARE(controller.value(QStringLiteral("name")).toString(), QStringLiteral("Controller"));
    QCOMPARE(processor.value(QStringLiteral("name")).toString(), QStringLiteral("Processor"));

    // The header block.
    const QJsonArray rows = controller.value(QStringLiteral("rows")).toArray();
    QCOMPARE(column(rows, 0).at(0), QStringLiteral("Record of processing activities"));
    QCOMPARE(column(rows, 3).at(0), QStringLiteral("Name and contact details of the controller"));
    QVERIFY(column(rows, 3).at(2).startsWith(QStringLiteral("Test Borough Council\nTown Hall")));
    QVERIFY(column(rows, 4).at(0).contains(QStringLiteral("data protection officer")));
    QCOMPARE(column(rows, 4).at(2), QStringLiteral("Dee Pio\ndpo@test.example; 01632 960000"));
    QVERIFY(column(rows, 5).at(0).contains(QStringLiteral("representative")));
    QCOMPARE(column(rows, 5).at(2), QStringLiteral("Not applicable (established in the UK)"));
    QCOMPARE(column(rows, 6).at(2), QStringLiteral("Z1234567"));
    QCOMPARE(column(rows, 7).at(0), QStringLiteral("Date of export"));
    QVERIFY(controller.value(QStringLiteral("exportDateIsDate")).toBool());
    QCOMPARE(column(rows, 7).at(2), QDate::currentDate().toString(Qt::ISODate));

    // The key says in words which colour means what.
    QCOMPARE(column(rows, 9).mid(1, 2), (QStringList{QStringLiteral("Required by Article 30 / "
                                                                    "Schedule 1"),
                                                     QStringLiteral("Optional")}));

    // Headings in the ICO's order, then ours; the marker row; the colours.
    const QStringList headings = column(rows, 12);
    QCOMPARE(headings.mid(0, 30), IcoHeadings);
    QCOMPARE(headings.mid(30),
             (QStringList{QStringLiteral("Reference"), QStringLiteral("Processing activity"),
                          QStringLiteral("Role"), QStringLiteral("Linked assets"),
                          QStringLiteral("Special category data"),
                          QStringLiteral("Criminal offence data"),
                          QStringLiteral("International transfers"),
                          QStringLiteral("Last reviewed"), QStringLiteral("Notes")}));
    const QStringList markers = column(rows, 13);
    const QJsonObject fills = controller.value(QStringLiteral("fills")).toObject();
    const QJsonArray headingFills = fills.value(QStringLiteral("13")).toArray();
    const QJsonArray markerFills = fills.value(QStringLiteral("14")).toArray();
    const QString requiredFill = headingFills.at(1).toString();
    const QString optionalFill = headingFills.at(0).toString();
    QVERIFY(!requiredFill.isEmpty());
    QVERIFY(!optionalFill.isEmpty());
    QVERIFY(requiredFill != optionalFill);
    for (int i = 0; i < 30; ++i) {
        const bool required = IcoRequired.at(i) == u'1';
        QCOMPARE(markers.at(i), required ? QStringLiteral("Required") : QStringLiteral("Optional"));
        QCOMPARE(headingFills.at(i).toString(), required ? requiredFill : optionalFill);
        QCOMPARE(markerFills.at(i).toString(), headingFills.at(i).toString());
    }
    for (int i = 30; i < headings.size(); ++i) {
        QCOMPARE(markers.at(i), QStringLiteral("Optional"));
        QVERIFY(headingFills.at(i).toString() != requiredFill);
    }
    const QJsonArray keyFills = fills.value(QStringLiteral("10")).toArray();
    QCOMPARE(keyFills.at(1).toString(), requiredFill);
    QCOMPARE(keyFills.at(2).toString(), optionalFill);

    // Group headings merged over their columns.
    const QStringList merged = [&] {
        QStringList out;
        for (const QJsonValue &v : controller.value(QStringLiteral("merged")).toArray())
            out << v.toString();
        return out;
    }();
    for (const QString &range :
         {QStringLiteral("A12:K12"), QStringLiteral("L12:R12"), QStringLiteral("U12:W12"),
          QStringLiteral("X12:Y12"), QStringLiteral("Z12:AD12"), QStringLiteral("AE12:AM12")})
        QVERIFY2(merged.contains(range), qPrintable(merged.join(u' ')));
    const QStringList groups = column(rows, 11);
    QCOMPARE(groups.at(0), QStringLiteral("Article 30 Record of Processing Activities"));
    QCOMPARE(groups.at(11), QStringLiteral("Privacy notice"));
    QCOMPARE(groups.at(18), QStringLiteral("Consent"));
    QCOMPARE(groups.at(19), QStringLiteral("Access requests"));
    QCOMPARE(groups.at(20), QStringLiteral("Data Protection Impact Assessments"));
    QCOMPARE(groups.at(23), QStringLiteral("Personal data breaches"));
    QVERIFY(groups.at(25).startsWith(QStringLiteral("Data Protection Act 2018")));
    QCOMPARE(groups.at(30), QStringLiteral("IG Workbench"));

    // Frozen below the markers, filters on them, A4 landscape one page wide, titles repeated.
    QCOMPARE(controller.value(QStringLiteral("freeze")).toString(), QStringLiteral("A15"));
    QCOMPARE(controller.value(QStringLiteral("filter")).toString(), QStringLiteral("A14:AM17"));
    QCOMPARE(controller.value(QStringLiteral("orientation")).toString(),
             QStringLiteral("landscape"));
    QCOMPARE(controller.value(QStringLiteral("paper")).toString(), QStringLiteral("9"));
    QVERIFY(controller.value(QStringLiteral("fitToPage")).toBool());
    QCOMPARE(controller.value(QStringLiteral("fitToHeight")).toString(), QStringLiteral("0"));
    QCOMPARE(controller.value(QStringLiteral("titles")).toString(), QStringLiteral("$12:$14"));

    // The data: rows by name; categories as the activity has them; labels with citations.
    QCOMPARE(rows.size(), 17);
    const QStringList care = column(rows, 14);
    const auto cell = [&](const QStringList &row, const QString &heading, int occurrence = 0) {
        int index = -1;
        for (int n = 0; n <= occurrence; ++n)
            index = int(headings.indexOf(heading, index + 1));
        return row.value(index);
    };
    QCOMPARE(cell(care, QStringLiteral("Processing activity")),
             QStringLiteral("Adult social care"));
    QCOMPARE(cell(care, QStringLiteral("Purpose of processing")),
             QStringLiteral("Assessing needs under the Care Act 2014\nand planning support"));
    QCOMPARE(cell(care, QStringLiteral("Categories of individuals")),
             QStringLiteral("Service users; Advocates"));
    QCOMPARE(cell(care, QStringLiteral("Categories of personal data")),
             QStringLiteral("Case notes; Health; Financial details"));
    QCOMPARE(cell(care, QStringLiteral("Categories of recipients")),
             QStringLiteral("Northmoor County Council; Courts; GP practices"));
    QCOMPARE(cell(care, IcoHeadings.at(11)), QStringLiteral("Public task — UK GDPR Art. 6(1)(e)"));
    QCOMPARE(cell(care, IcoHeadings.at(11), 1),
             QStringLiteral("Public task — UK GDPR Art. 6(1)(e)"));
    QCOMPARE(cell(care, IcoHeadings.at(12)),
             QStringLiteral("Health or social care — Art. 9(2)(h)"));
    QCOMPARE(cell(care, IcoHeadings.at(8)),
             QStringLiteral("International data transfer agreement (IDTA) — Art. 46(2)(d)"));
    QCOMPARE(cell(care, IcoHeadings.at(25)),
             QStringLiteral("Statutory and government purposes — Sch. 1 para 6"));
    QCOMPARE(cell(care, QStringLiteral("Data Protection Impact Assessment progress")),
             QStringLiteral("In progress"));
    QCOMPARE(cell(care, QStringLiteral("Has a personal data breach occurred?")),
             QStringLiteral("No"));
    QCOMPARE(cell(care, QStringLiteral("Linked assets")), QStringLiteral("IA-0001"));
    QCOMPARE(cell(care, QStringLiteral("Special category data")), QStringLiteral("Yes"));
    QCOMPARE(cell(care, QStringLiteral("Last reviewed")), QStringLiteral("2025-03-31"));
    QCOMPARE(cell(care, QStringLiteral("Notes")),
             QStringLiteral("=SUM(A1) is text, not a formula"));
    // The DPA 2018 group's lawful basis only where special category data is processed.
    const QStringList payroll = column(rows, 16);
    QCOMPARE(cell(payroll, QStringLiteral("Processing activity")), QStringLiteral("Payroll"));
    QCOMPARE(cell(payroll, IcoHeadings.at(11)), QStringLiteral("Contract — UK GDPR Art. 6(1)(b)"));
    QCOMPARE(cell(payroll, IcoHeadings.at(11), 1), QString());

    // The processor sheet: the Art. 30(2) columns, the controller with its contact details.
    const QJsonArray prows = processor.value(QStringLiteral("rows")).toArray();
    const QStringList pheadings = column(prows, 12);
    QCOMPARE(pheadings.at(0), QStringLiteral("Name and contact details of each controller"));
    QCOMPARE(pheadings.at(2),
             QStringLiteral("Categories of processing carried out on behalf of each controller"));
    QCOMPARE(column(prows, 11).at(0),
             QStringLiteral("Article 30(2) Record of Processing Activities (processor)"));
    QCOMPARE(column(prows, 3).at(0), QStringLiteral("Name and contact details of the processor"));
    const QStringList bureau = column(prows, 14);
    QCOMPARE(
        bureau.at(0),
        QStringLiteral("Northmoor County Council (County Hall, Northmoor; ig@northmoor.example)"));
    QCOMPARE(bureau.at(2), QStringLiteral("Payroll calculation; payslips"));
    QCOMPARE(bureau.at(int(pheadings.indexOf(QStringLiteral("Role")))),
             QStringLiteral("Processor — UK GDPR Art. 30(2)"));
}

void TestRopaExchange::csvRoundTrip()
{
    auto source = workspace(QStringLiteral("csv-source.igw"), true);
    QVERIFY(source);
    const QString path = m_dir.filePath(QStringLiteral("ropa.csv"));
    QString error;
    QVERIFY2(exportRopa(*source, path, QStringLiteral("csv"), &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    f.close();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Business function,Purpose of processing,"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral(",Processor — UK GDPR Art. 30(2),")));
    QVERIFY(text.contains(QStringLiteral(",Controller — UK GDPR Art. 30(1),")));
    QVERIFY(text.contains(QStringLiteral("'=SUM(A1)"))); // defused for spreadsheets
    // One heading per column, the ICO's first, then the processor record's and ours.
    const QStringList headingLine =
        text.section(QStringLiteral("\r\n"), 0, 0).split(QLatin1Char(','));
    QCOMPARE(headingLine.at(0), QStringLiteral("Business function"));
    QVERIFY(text.section(QStringLiteral("\r\n"), 0, 0)
                .contains(QStringLiteral("Name and contact details of each controller,")));

    auto target = workspace(QStringLiteral("csv-target.igw"), false);
    QVERIFY(target);
    RopaImportReport report = RopaImporter(*target).run(path, {});
    QVERIFY2(report.ok(), qPrintable(report.fatal + report.problems.value(0).message));
    QCOMPARE(report.sheets.size(), 1);
    QCOMPARE(report.sheets.at(0).name, QString());
    QCOMPARE(report.created, 4);
    QCOMPARE(report.warnings, 0);
    QCOMPARE(activitiesByRef(*target), activitiesByRef(*source));

    report = RopaImporter(*target).run(path, {});
    QVERIFY(report.ok());
    QCOMPARE(report.unchanged, 4);
    QCOMPARE(report.updated, 0);
}

void TestRopaExchange::updatesOnlyChangedFields()
{
    auto ws = workspace(QStringLiteral("update.igw"), true);
    QVERIFY(ws);
    const QString path = m_dir.filePath(QStringLiteral("update.csv"));
    QString error;
    QVERIFY2(exportRopa(*ws, path, QStringLiteral("csv"), &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    f.close();
    QVERIFY(text.contains(QStringLiteral(",Paying staff,")));
    text.replace(QStringLiteral(",Paying staff,"), QStringLiteral(",Paying staff and pensions,"));
    // A category the asset proposes is struck out by leaving it out of the cell.
    QVERIFY(text.contains(QStringLiteral("Bank details; Salary")));
    // (The processor row further down has the same categories: only the first is changed.)
    const qsizetype at = text.indexOf(QStringLiteral("Bank details; Salary"));
    text.replace(at, 20, QStringLiteral("Bank details; Tax code"));
    write(QStringLiteral("update.csv"), text.toUtf8());

    const auto payroll = ws->records().findByRef(kinds::activity(), QStringLiteral("PA-0002"));
    QVERIFY(payroll);
    const int historyBefore = int(audit::history(ws->database(), payroll->uuid).size());
    const RopaImportReport report = RopaImporter(*ws).run(path, {});
    QVERIFY2(report.ok(), qPrintable(report.fatal + report.problems.value(0).message));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 3);
    QCOMPARE(report.created, 0);
    const QList<AuditEntry> history = audit::history(ws->database(), payroll->uuid);
    QStringList changed;
    for (qsizetype i = historyBefore; i < history.size(); ++i)
        changed << history.at(i).field;
    changed.sort();
    QCOMPARE(changed,
             (QStringList{af::dataCategoriesExcluded, af::dataCategoriesExtra, af::purpose}));
    const auto view = loadActivity(*ws, payroll->id);
    QVERIFY(view);
    QCOMPARE(view->value(af::purpose), QStringLiteral("Paying staff and pensions"));
    QCOMPARE(view->data.effective(),
             (QStringList{QStringLiteral("Bank details"), QStringLiteral("Tax code")}));
    QCOMPARE(view->data.excluded, QStringList{QStringLiteral("Salary")});
}

void TestRopaExchange::icoTemplateWithTitleRows()
{
    if (!m_haveOpenpyxl)
        QSKIP("/usr/bin/python3 has no openpyxl (Debian package python3-openpyxl)");
    const QString path = m_dir.filePath(QStringLiteral("ico-template.xlsx"));
    QVERIFY(runPython(IcoTemplateScript, {path}, nullptr));

    RopaPreview preview;
    QString error;
    QVERIFY2(RopaImporter::preview(path, {}, 5, &preview, &error), qPrintable(error));
    QCOMPARE(preview.sheets,
             (QStringList{QStringLiteral("Introduction"), QStringLiteral("Controller")}));
    QCOMPARE(preview.sheet, QStringLiteral("Controller"));
    QCOMPARE(preview.headerLine, 7);
    QCOMPARE(preview.headings.at(1), QStringLiteral("Purpose of processing"));
    QCOMPARE(preview.rows.size(), 2);
    QCOMPARE(preview.matched.value(QStringLiteral("dpa_lawful_basis")), 15);
    QCOMPARE(preview.matched.value(af::lawfulBasis), 11);

    auto ws = workspace(QStringLiteral("ico.igw"), false);
    QVERIFY(ws);
    RopaImportOptions options;
    options.dryRun = true;
    RopaImportReport report = RopaImporter(*ws).run(path, options);
    QVERIFY2(report.ok(), qPrintable(report.fatal + report.problems.value(0).message));
    QCOMPARE(report.created, 2);
    QVERIFY(!report.written);
    QCOMPARE(ws->records().count(kinds::activity()), 0);
    QCOMPARE(report.skippedSheets.size(), 1);
    QVERIFY(report.skippedSheets.constFirst().contains(QStringLiteral("Introduction")));

    report = RopaImporter(*ws).run(path, {});
    QVERIFY2(report.ok(), qPrintable(report.fatal));
    QCOMPARE(report.created, 2);
    const QList<Record> records = ws->records().list(kinds::activity(), {}, {}, {});
    QCOMPARE(records.size(), 2);
    const Record &tax = records.at(0);
    const Record &children = records.at(1);
    // No name column: the first line of the purpose names the activity.
    QCOMPARE(tax.value(af::name).toString(), QStringLiteral("Collecting council tax"));
    QCOMPARE(tax.value(af::role).toString(), QStringLiteral("controller"));
    QCOMPARE(tax.value(af::lawfulBasis).toString(), QStringLiteral("public_task"));
    QCOMPARE(tax.value(af::dpiaProgress).toString(), QStringLiteral("in_progress"));
    QCOMPARE(tax.value(af::jointController).toString(), QStringLiteral("N/A"));
    // "None" for the countries: no transfers, and no country recorded.
    QCOMPARE(tax.value(af::internationalTransfers).toInt(), 0);
    QVERIFY(tax.value(af::thirdCountries).isNull());
    // Categories one per line or separated by ";"; a known organisation becomes a link.
    QCOMPARE(tax.value(af::subjectCategoriesExtra).toString(),
             QStringLiteral("Residents; Council tax payers"));
    QCOMPARE(tax.value(af::dataCategoriesExtra).toString(),
             QStringLiteral("Name; Address; Bank details"));
    QCOMPARE(tax.value(af::recipientOrgIds).toString(), QString::number(m_northmoor));
    QCOMPARE(tax.value(af::recipientCategories).toString(), QStringLiteral("Enforcement agents"));

    QCOMPARE(children.value(af::lawfulBasis).toString(), QStringLiteral("legal_obligation"));
    QCOMPARE(children.value(af::art9Condition).toString(), QStringLiteral("g"));
    QCOMPARE(children.value(af::schedule1Condition).toString(), QStringLiteral("para18"));
    QCOMPARE(children.value(af::transferSafeguard).toString(), QStringLiteral("idta"));
    QCOMPARE(children.value(af::internationalTransfers).toInt(), 1);
    QCOMPARE(children.value(af::dpiaProgress).toString(), QStringLiteral("not_started"));
    // "Police" is not the name of an organisation in the workspace: a category.
    QCOMPARE(children.value(af::recipientCategories).toString(), QStringLiteral("Police"));
    QVERIFY(children.value(af::recipientOrgIds).toString().isEmpty());
}

void TestRopaExchange::choiceSpellings_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // "!" = refused
    const auto row = [](const char *name, const QString &field, const char *text, const char *key) {
        QTest::newRow(name) << field << QString::fromUtf8(text) << QString::fromLatin1(key);
    };
    row("label", af::lawfulBasis, "Public task — UK GDPR Art. 6(1)(e)", "public_task");
    row("words", af::lawfulBasis, "Public task", "public_task");
    row("citation", af::lawfulBasis, "6(1)(e)", "public_task");
    row("article and words", af::lawfulBasis, "Art 6(1)(e) public task", "public_task");
    row("dashed", af::lawfulBasis, "Article 6(1)(c) – legal obligation", "legal_obligation");
    row("dotted", af::lawfulBasis, "Art. 6.1.b", "contract");
    row("key", af::lawfulBasis, "legitimate_interests", "legitimate_interests");
    row("public interest", af::lawfulBasis, "Task in the public interest", "public_task");
    row("n/a", af::lawfulBasis, "N/A", "");
    row("disagreeing", af::lawfulBasis, "Public task 6(1)(c)", "!");
    row("two bases", af::lawfulBasis, "Consent; contract", "!");
    row("unknown", af::lawfulBasis, "Public duty", "!");
    row("art9 citation", af::art9Condition, "9(2)(h)", "h");
    row("art9 label", af::art9Condition, "Health or social care — Art. 9(2)(h)", "h");
    row("art9 words", af::art9Condition, "Substantial public interest", "g");
    row("para", af::schedule1Condition, "para 6", "para6");
    row("sch para", af::schedule1Condition, "Sch 1 para 18", "para18");
    row("long form", af::schedule1Condition, "Schedule 1, Part 2, paragraph 10", "para10");
    row("bare number", af::schedule1Condition, "18", "para18");
    row("label sch1", af::schedule1Condition, "Statutory and government purposes", "para6");
    row("para 5", af::schedule1Condition, "para 5", "!");
    row("para 99", af::schedule1Condition, "Sch 1 para 99", "!");
    row("idta", af::transferSafeguard, "IDTA", "idta");
    row("sccs", af::transferSafeguard, "EU SCCs with the UK Addendum", "addendum");
    row("adequacy", af::transferSafeguard, "Adequacy regulations", "adequacy");
    row("not started", af::dpiaProgress, "Not started", "not_started");
    row("ongoing", af::dpiaProgress, "Ongoing", "in_progress");
    row("completed", af::dpiaProgress, "Completed", "complete");
    row("not required", af::dpiaRequired, "Not required", "no");
    row("role", af::role, "Processor", "processor");
}

void TestRopaExchange::choiceSpellings()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, key);
    QString problem;
    const std::optional<QString> got = ropavalues::matchChoice(field, text, &problem);
    if (key == QLatin1String("!")) {
        QVERIFY2(!got, qPrintable(got.value_or(QString())));
        QVERIFY(problem.contains(text));
        return;
    }
    QVERIFY2(got, qPrintable(problem));
    QCOMPARE(*got, key);
    // Yes/No answers.
    QCOMPARE(ropavalues::parseYesNo(QStringLiteral("Yes, see the policy")),
             std::optional<QString>(QStringLiteral("1")));
    QCOMPARE(ropavalues::parseYesNo(QStringLiteral("N")),
             std::optional<QString>(QStringLiteral("0")));
    QCOMPARE(ropavalues::parseYesNo(QStringLiteral("n/a")), std::optional<QString>(QString()));
    QVERIFY(!ropavalues::parseYesNo(QStringLiteral("Maybe")));
}

void TestRopaExchange::unknownLawfulBasisWritesNothing()
{
    auto ws = workspace(QStringLiteral("bad.igw"), true);
    QVERIFY(ws);
    const QString path =
        write(QStringLiteral("bad.csv"), "Reference,Processing activity,Purpose of processing,"
                                         "Article 6 lawful basis for processing personal data\n"
                                         "PA-0001,Adult social care,Changed purpose,Public task\n"
                                         "PA-0050,New activity,Something new,Public duty\n");
    const qint64 before = ws->records().count(kinds::activity());
    const int entries = auditEntries(*ws);
    const RopaImportReport report = RopaImporter(*ws).run(path, {});
    QVERIFY(report.fatal.isEmpty());
    QVERIFY(!report.ok());
    QCOMPARE(report.errors, 1);
    const RopaImportProblem &p = report.problems.constFirst();
    QCOMPARE(p.line, 3);
    QCOMPARE(p.column, QStringLiteral("Article 6 lawful basis for processing personal data"));
    QCOMPARE(p.value, QStringLiteral("Public duty"));
    QVERIFY2(p.message.contains(QStringLiteral("\"Public duty\"")), qPrintable(p.message));
    QVERIFY(p.message.contains(QStringLiteral("Public task — UK GDPR Art. 6(1)(e)")));
    QVERIFY(p.message.contains(QStringLiteral("6(1)(e)")));
    QCOMPARE(p.where(), QStringLiteral("line 3, column \"Article 6 lawful basis for processing "
                                       "personal data\""));
    QVERIFY(!report.written);
    // Nothing changed, not even the row that was right.
    QCOMPARE(ws->records().count(kinds::activity()), before);
    QCOMPARE(auditEntries(*ws), entries);
    QCOMPARE(ws->records()
                 .findByRef(kinds::activity(), QStringLiteral("PA-0001"))
                 ->value(af::purpose)
                 .toString()
                 .left(9),
             QStringLiteral("Assessing"));
}

void TestRopaExchange::notARopa()
{
    auto ws = workspace(QStringLiteral("not.igw"), false);
    QVERIFY(ws);
    // An asset register is a spreadsheet, but not a ROPA.
    const QString csv =
        write(QStringLiteral("assets.csv"), "Asset,Information Asset Owner,Location,Format\n"
                                            "Payroll,Jo,iTrent,Electronic\n");
    RopaImportReport report = RopaImporter(*ws).run(csv, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.fatal.contains(QStringLiteral("assets.csv does not look like a record of "
                                                  "processing activities")),
             qPrintable(report.fatal));
    QVERIFY(report.fatal.contains(QStringLiteral("\"Purpose of processing\"")));
    QVERIFY(report.fatal.contains(QStringLiteral("first 40 rows")));

    // Headings it knows, but nothing saying what each activity is.
    const QString noName = write(QStringLiteral("noname.csv"),
                                 "Categories of individuals,Categories of personal data,"
                                 "Retention schedule (if possible)\nStaff,Names,6 years\n");
    report = RopaImporter(*ws).run(noName, {});
    QVERIFY2(report.fatal.contains(QStringLiteral("\"Purpose of processing\" column")),
             qPrintable(report.fatal));

    // Not a spreadsheet at all.
    const QString png = write(QStringLiteral("picture.csv"), "\x89PNG\r\n\x1a\n\0\0\0");
    report = RopaImporter(*ws).run(png, {});
    QVERIFY2(report.fatal.contains(QStringLiteral("picture.csv")), qPrintable(report.fatal));
    QCOMPARE(ws->records().count(kinds::activity()), 0);

    if (!m_haveOpenpyxl)
        return;
    // A workbook none of whose sheets is a ROPA names its sheets.
    const QString xlsx = m_dir.filePath(QStringLiteral("other.xlsx"));
    QVERIFY(runPython("import openpyxl, sys\nwb = openpyxl.Workbook()\nwb.active.title = 'Budget'\n"
                      "wb.active['A1'] = 'Cost centre'\nwb.active['B1'] = 'Amount'\n"
                      "wb.active['A2'] = 'R100'\nwb.save(sys.argv[1])\n",
                      {xlsx}, nullptr));
    report = RopaImporter(*ws).run(xlsx, {});
    QVERIFY2(report.fatal.contains(QStringLiteral("Its sheets are: \"Budget\"")),
             qPrintable(report.fatal));
}

void TestRopaExchange::duplicateReferencesRefused()
{
    auto ws = workspace(QStringLiteral("dup.igw"), false);
    QVERIFY(ws);
    const QString path = write(QStringLiteral("dup.csv"),
                               "Reference,Processing activity,Purpose of processing\n"
                               "PA-0100,First,One\nPA-0101,Second,Two\npa-0100,Third,Three\n");
    const RopaImportReport report = RopaImporter(*ws).run(path, {});
    QVERIFY(!report.ok());
    QCOMPARE(report.errors, 1);
    const RopaImportProblem &p = report.problems.constFirst();
    QCOMPARE(p.line, 4);
    QVERIFY2(p.message.contains(QStringLiteral("PA-0100 appears more than once in the file "
                                               "(first at line 2)")),
             qPrintable(p.message));
    QCOMPARE(ws->records().count(kinds::activity()), 0);
}

void TestRopaExchange::cancelWritesNothing()
{
    auto source = workspace(QStringLiteral("cancel-source.igw"), true);
    QVERIFY(source);
    const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
    QString error;
    QVERIFY(exportRopa(*source, path, QStringLiteral("csv"), &error));
    auto ws = workspace(QStringLiteral("cancel.igw"), false);
    QVERIFY(ws);
    const int entries = auditEntries(*ws);
    // Cancelled in the middle of writing: the rows written so far are rolled back.
    qint64 calls = 0;
    RopaImportReport report = RopaImporter(*ws).run(
        path, {}, [&calls](qint64 done, qint64) { return ++calls < 3 || done == 0; });
    QVERIFY(report.cancelled);
    QVERIFY(!report.written);
    QVERIFY(!report.ok());
    QCOMPARE(ws->records().count(kinds::activity()), 0);
    QCOMPARE(auditEntries(*ws), entries);
    QVERIFY(audit::verify(ws->database()).ok);
    // The workspace is usable afterwards: the same import then goes through.
    report = RopaImporter(*ws).run(path, {});
    QVERIFY2(report.ok(), qPrintable(report.fatal));
    QCOMPARE(ws->records().count(kinds::activity()), 4);
}

void TestRopaExchange::exportCancelLeavesNoFile()
{
    auto ws = workspace(QStringLiteral("export-cancel.igw"), true);
    QVERIFY(ws);
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.") + format);
        QString error;
        QVERIFY(!exportRopa(*ws, path, format, &error, [](qint64, qint64) { return false; }));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }
    QString error;
    QVERIFY(
        !exportRopa(*ws, m_dir.filePath(QStringLiteral("x.ods")), QStringLiteral("ods"), &error));
    QVERIFY(error.contains(QStringLiteral("csv or xlsx")));
    // Only our files are left in the folder: no temporary files behind.
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QVERIFY2(!name.startsWith(QLatin1Char('.')) &&
                     !name.startsWith(QStringLiteral("cancelled")),
                 qPrintable(name));
}

QTEST_GUILESS_MAIN(TestRopaExchange)
#include "tst_ropaexchange.moc"
