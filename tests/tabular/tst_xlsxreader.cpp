// XlsxReader on well-formed workbooks: a round trip through our writer, every cell type,
// dates from serials in both date systems, sheets chosen by name.
#include "tabular/exceldate.h"
#include "tabular/xlsxreader.h"
#include "tabular/xlsxtablewriter.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace igw::tabular;

namespace {

struct ReadResult {
    bool opened = false;
    QStringList headers;
    QList<Row> rows;
    QString error;
    QStringList warnings;
    QStringList sheets;
};

ReadResult readAll(const QString &path, const ReadOptions &options = {})
{
    ReadResult result;
    XlsxReader reader;
    result.opened = reader.open(path, options);
    result.headers = reader.headers();
    result.sheets = reader.sheetNames();
    Row row;
    while (result.opened && reader.next(&row))
        result.rows.append(row);
    result.error = reader.errorString();
    result.warnings = reader.warnings();
    return result;
}

QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList out;
    for (const char16_t *text : texts)
        out.append(QString::fromUtf16(text));
    return out;
}

// Cell formats: 0 general, 1 built-in date (14), 2 custom date-time, 3 custom number with
// date letters inside quotes, 4 custom long date with a locale prefix.
const QByteArray styles =
    "<?xml version=\"1.0\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ hh:mm\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"&quot;Day &quot;0\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"[$-809]dd mmmm yyyy;@\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";

} // namespace

class TestXlsxReader : public QObject {
    Q_OBJECT
private slots:
    void roundTripThroughWriter();
    void cellTypesAndPlacement();
    void date1904System();
    void serialToIso_data();
    void serialToIso();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void sheetChosenByName();
    void unknownSheetListsNames();
    void headerRowFoundBelowTitles();

private:
    QTemporaryDir m_dir;
};

void TestXlsxReader::roundTripThroughWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("round.xlsx"));
    XlsxWriter writer;
    const QList<ColumnSpec> columns = {
        {QStringLiteral("Ref"), ColumnSpec::Type::Text, 0},
        {QStringLiteral("Records"), ColumnSpec::Type::Integer, 0},
        {QStringLiteral("Review"), ColumnSpec::Type::Date, 12},
        {QStringLiteral("Personal data"), ColumnSpec::Type::Boolean, 0},
        {QStringLiteral("Notes"), ColumnSpec::Type::Text, 0}};
    QVERIFY2(writer.open(path, columns, QStringLiteral("Assets")),
             qPrintable(writer.errorString()));
    QVERIFY(writer.writeRow({QStringLiteral("IA-1"), 1200, QDate(2024, 3, 31), true,
                             QStringLiteral("Café £5\nsecond line")}));
    QVERIFY(writer.writeRow({QStringLiteral("IA-2"), -3, QStringLiteral("2023-01-15"), false,
                             QStringLiteral("=SUM(A1)")}));
    QVERIFY(writer.writeRow(
        {QStringLiteral("IA-1"), QVariant(), QVariant(), QVariant(), QString(5000, u'x')}));
    QVERIFY2(writer.close(), qPrintable(writer.errorString()));

    const ReadResult r = readAll(path);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.sheets, QStringList{QStringLiteral("Assets")});
    QCOMPARE(r.headers, cells({u"Ref", u"Records", u"Review", u"Personal data", u"Notes"}));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).cells,
             cells({u"IA-1", u"1200", u"2024-03-31", u"Yes", u"Café £5\nsecond line"}));
    QCOMPARE(r.rows.at(0).line, 2);
    QCOMPARE(r.rows.at(1).cells, cells({u"IA-2", u"-3", u"2023-01-15", u"No", u"=SUM(A1)"}));
    QCOMPARE(r.rows.at(2).cells.mid(0, 4), cells({u"IA-1", u"", u"", u""}));
    QCOMPARE(r.rows.at(2).cells.at(4).size(), 5000);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestXlsxReader::cellTypesAndPlacement()
{
    const QByteArray sheetData = R"(
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>
<c r="C1" t="inlineStr"><is><t>Count</t></is></c><c r="D1" t="str"><f>"Fl"&amp;"ag"</f><v>Flag</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>45382</v></c><c r="C2"><v>42</v></c>
<c r="D2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t xml:space="preserve">Rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>
<c r="B3" s="2"><v>45382.5</v></c><c r="C3"><v>0.10000000000000001</v></c><c r="D3" t="b"><v>0</v></c></row>
<row r="5"><c r="A5" t="s"><v>3</v></c><c r="C5" s="3"><v>7</v></c><c r="D5" t="e"><v>#N/A</v></c></row>
<row r="6"><c r="A6" t="str"><v>Line_x000D_break</v></c><c r="B6" s="4"><v>60</v></c>
<c r="C6"><v>1.5E-3</v></c><c r="D6"><v>123456789012</v></c></row>
<row r="7"><c r="A7" s="1"/><c r="B7" s="1"><v></v></c></row>
<row r="8"><c t="s"><v>4</v></c><c><v>3</v></c></row>)";
    const QByteArray strings = test::sharedStringsXml(
        {"<t>Ref</t>", "<t>When</t>", "<t>Plain</t>",
         "<r><t xml:space=\"preserve\">Rich </t></r><r><rPr><i/></rPr><t>shared</t></r>"
         "<rPh sb=\"0\" eb=\"1\"><t>\xE3\x81\xB5</t></rPh>",
         "<t xml:space=\"preserve\">  spaced  </t>"});
    const QString path = m_dir.filePath(QStringLiteral("types.xlsx"));
    QVERIFY(test::writeZip(path, test::workbookParts(sheetData, strings, styles)));

    const ReadResult r = readAll(path);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Ref", u"When", u"Count", u"Flag"}));
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(r.rows.at(0).cells, cells({u"Plain", u"2024-03-31", u"42", u"TRUE"}));
    QCOMPARE(r.rows.at(1).cells, cells({u"Rich inline", u"2024-03-31T12:00:00", u"0.1", u"FALSE"}));
    QCOMPARE(r.rows.at(2).cells, cells({u"Rich shared", u"", u"7", u""}));
    QCOMPARE(r.rows.at(2).line, 5);
    QCOMPARE(r.rows.at(3).cells,
             cells({u"Line\rbreak", u"1900-02-29", u"0.0015", u"123456789012"}));
    QCOMPARE(r.rows.at(4).cells, cells({u"  spaced  ", u"3", u"", u""}));
    QCOMPARE(r.rows.at(4).line, 8);
    const QString warnings = r.warnings.join(u'\n');
    QVERIFY2(warnings.contains(QStringLiteral("Empty rows skipped: 1")), qPrintable(warnings));
    QVERIFY2(warnings.contains(QStringLiteral("cell D5")), qPrintable(warnings));
}

void TestXlsxReader::date1904System()
{
    const QByteArray sheetData =
        R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c></row>
<row r="2"><c r="A2" s="1"><v>0</v></c></row><row r="3"><c r="A3" s="1"><v>43920</v></c></row>)";
    const QString path = m_dir.filePath(QStringLiteral("1904.xlsx"));
    QVERIFY(test::writeZip(
        path, test::workbookParts(sheetData, {}, styles, R"(<workbookPr date1904="1"/>)")));
    const ReadResult r = readAll(path);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).cells, cells({u"1904-01-01"}));
    QCOMPARE(r.rows.at(1).cells, cells({u"2024-03-31"}));
}

void TestXlsxReader::serialToIso_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("iso");
    QTest::newRow("first day") << 1.0 << false << QStringLiteral("1900-01-01");
    QTest::newRow("before the bug") << 59.0 << false << QStringLiteral("1900-02-28");
    QTest::newRow("phantom leap day") << 60.0 << false << QStringLiteral("1900-02-29");
    QTest::newRow("after the bug") << 61.0 << false << QStringLiteral("1900-03-01");
    QTest::newRow("modern") << 45382.0 << false << QStringLiteral("2024-03-31");
    QTest::newRow("time of day") << 0.75 << false << QStringLiteral("18:00:00");
    QTest::newRow("rounds into next day")
        << 45382.999999999 << false << QStringLiteral("2024-04-01");
    QTest::newRow("1904 epoch") << 0.0 << true << QStringLiteral("1904-01-01");
    QTest::newRow("1904 with time") << 1.5 << true << QStringLiteral("1904-01-02T12:00:00");
    QTest::newRow("last day") << 2958465.0 << false << QStringLiteral("9999-12-31");
    QTest::newRow("negative") << -1.0 << false << QString();
    QTest::newRow("beyond 9999") << 2958466.0 << false << QString();
}

void TestXlsxReader::serialToIso()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, iso);
    QCOMPARE(excel::serialToIso(serial, date1904), iso);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("dd/mm/yyyy") << true;
    QTest::newRow("time") << QStringLiteral("h:mm:ss") << true;
    QTest::newRow("locale prefix") << QStringLiteral("[$-F800]dddd, mmmm dd, yyyy") << true;
    QTest::newRow("general") << QStringLiteral("General") << false;
    QTest::newRow("quoted letters") << QStringLiteral("\"Days \"0") << false;
    QTest::newRow("currency") << QStringLiteral("[$£-809]#,##0.00") << false;
    QTest::newRow("accounting") << QStringLiteral("_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-")
                                << false;
    QTest::newRow("escaped") << QStringLiteral("0\\d") << false;
    QTest::newRow("colour and exponent") << QStringLiteral("[Red]0.00E+00") << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(excel::isDateFormatCode(code), isDate);
}

namespace {

QList<test::ZipEntry> threeSheets()
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships\"";
    const QByteArray rel = "<Relationship Type=\"http://schemas.openxmlformats.org/"
                           "officeDocument/2006/relationships/worksheet\" ";
    auto sheet = [](const char *heading) {
        return test::sheetXml(QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>") +
                              heading + "</t></is></c></row>");
    };
    return {{QStringLiteral("xl/workbook.xml"),
             "<workbook " + ns +
                 "><sheets><sheet name=\"Old\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/>"
                 "<sheet name=\"Summary\" sheetId=\"1\" r:id=\"rId1\"/>"
                 "<sheet name=\"Register\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\">" +
                 rel + "Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>" + rel +
                 "Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/>" + rel +
                 "Id=\"rId3\" Target=\"./worksheets/../worksheets/sheet3.xml\"/>"
                 "</Relationships>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet("Summary heading")},
            {QStringLiteral("xl/worksheets/sheet2.xml"), sheet("Register heading")},
            {QStringLiteral("xl/worksheets/sheet3.xml"), sheet("Old heading")}};
}

} // namespace

void TestXlsxReader::sheetChosenByName()
{
    const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
    QVERIFY(test::writeZip(path, threeSheets()));

    ReadResult r = readAll(path); // default: the first visible sheet
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.sheets, cells({u"Old", u"Summary", u"Register"}));
    QCOMPARE(r.headers, cells({u"Summary heading"}));

    ReadOptions options;
    options.sheet = QStringLiteral("Register");
    r = readAll(path, options);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Register heading"}));

    options.sheet = QStringLiteral("old"); // case-insensitive fallback, hidden allowed by name
    r = readAll(path, options);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Old heading"}));
}

void TestXlsxReader::unknownSheetListsNames()
{
    const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
    QVERIFY(test::writeZip(path, threeSheets()));
    ReadOptions options;
    options.sheet = QStringLiteral("Assets");
    const ReadResult r = readAll(path, options);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("no sheet called \"Assets\"")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("\"Old\", \"Summary\", \"Register\"")),
             qPrintable(r.error));
    QCOMPARE(r.sheets.size(), 3);
}

void TestXlsxReader::headerRowFoundBelowTitles()
{
    const QByteArray sheetData = R"(
<row r="1"><c r="A1" t="inlineStr"><is><t>Record of processing</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>Controller</t></is></c>
<c r="B3" t="inlineStr"><is><t>Kingsmere</t></is></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>Ref</t></is></c><c r="C5" t="inlineStr"><is><t>Purpose</t></is></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>PA-1</t></is></c><c r="C6" t="inlineStr"><is><t>Pay</t></is></c></row>
<row r="9"><c r="A9" t="inlineStr"><is><t>PA-2</t></is></c></row>)";
    const QString path = m_dir.filePath(QStringLiteral("titles.xlsx"));
    QVERIFY(test::writeZip(path, test::workbookParts(sheetData)));
    ReadOptions options;
    options.headerScore = [](const QStringList &cells) {
        return int(cells.count(QStringLiteral("Ref")) + cells.count(QStringLiteral("Purpose")));
    };
    const ReadResult r = readAll(path, options);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Ref", u"", u"Purpose"}));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).cells, cells({u"PA-1", u"", u"Pay"}));
    QCOMPARE(r.rows.at(0).line, 6);
    QCOMPARE(r.rows.at(1).line, 9);
    XlsxReader reader;
    QVERIFY(reader.open(path, options));
    QCOMPARE(reader.headerLine(), 5);
    QCOMPARE(reader.preamble().size(), 2);
    QCOMPARE(reader.preamble().at(1).cells, cells({u"Controller", u"Kingsmere"}));
    QCOMPARE(reader.preamble().at(1).line, 3);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
