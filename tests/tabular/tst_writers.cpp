// CsvWriter and XlsxWriter: exact CSV bytes (BOM, CRLF, quoting, injection defence), the
// XLSX sheet's layout features, and atomicity when a write fails.
#include "tabular/csvreader.h"
#include "tabular/csvwriter.h"
#include "tabular/xlsxtablewriter.h"
#include "tabular/zipreader.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace igw::tabular;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes of one part of a zip, read with our own zip reader.
QByteArray zipPart(const QString &path, const QString &name)
{
    ZipReader zip;
    if (!zip.open(path, ZipReader::Limits()))
        return {};
    while (zip.nextMember()) {
        if (zip.memberName() == name)
            return zip.member()->readAll();
    }
    return {};
}

const QList<ColumnSpec> columns = {{QStringLiteral("Ref"), ColumnSpec::Type::Text, 0},
                                   {QStringLiteral("Count"), ColumnSpec::Type::Integer, 0},
                                   {QStringLiteral("Review"), ColumnSpec::Type::Date, 0},
                                   {QStringLiteral("Personal"), ColumnSpec::Type::Boolean, 0},
                                   {QStringLiteral("Notes"), ColumnSpec::Type::Text, 0}};

} // namespace

class TestWriters : public QObject {
    Q_OBJECT
private slots:
    void csvBytesQuotingAndInjection();
    void csvReadsBack();
    void xlsxLayout();
    void xlsxReadsBackLargeExport();
    void unwritableFolderLeavesNoFile_data();
    void unwritableFolderLeavesNoFile();
    void failedExportKeepsExistingFile_data();
    void failedExportKeepsExistingFile();
    void unknownFormat();

private:
    QTemporaryDir m_dir;
};

void TestWriters::csvBytesQuotingAndInjection()
{
    const QString path = m_dir.filePath(QStringLiteral("out.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path, columns, {}));
    QVERIFY(writer.writeRow(
        {QStringLiteral("a,b"), 5, QDate(2024, 3, 31), true, QStringLiteral("say \"hi\"\nbye")}));
    QVERIFY(writer.writeRow({QStringLiteral("=HYPERLINK(\"http://x\")"), -5,
                             QStringLiteral("2024-01-02"), false, QStringLiteral("+44 20")}));
    QVERIFY(writer.writeRow({QStringLiteral("-1"), QStringLiteral("12"), QVariant(), QVariant(),
                             QStringLiteral("@cmd")}));
    QVERIFY(writer.writeRow(
        {QStringLiteral("\tx"), QVariant(), QVariant(), QVariant(), QStringLiteral("Café £5")}));
    QVERIFY(writer.close());
    const QByteArray expected = "\xEF\xBB\xBF"
                                "Ref,Count,Review,Personal,Notes\r\n"
                                "\"a,b\",5,2024-03-31,Yes,\"say \"\"hi\"\"\nbye\"\r\n"
                                "\"'=HYPERLINK(\"\"http://x\"\")\",-5,2024-01-02,No,'+44 20\r\n"
                                "'-1,12,,,'@cmd\r\n"
                                "'\tx,,,,Caf\xC3\xA9 \xC2\xA3"
                                "5\r\n";
    QCOMPARE(contents(path), expected);
}

void TestWriters::csvReadsBack()
{
    const QString path = m_dir.filePath(QStringLiteral("back.csv"));
    CsvWriter writer;
    QVERIFY(writer.open(path, columns, {}));
    for (int i = 0; i < 5000; ++i)
        QVERIFY(writer.writeRow({QStringLiteral("IA-%1").arg(i), i, QDate(2024, 1, 1).addDays(i),
                                 i % 2 == 0, QStringLiteral("line one\nline, two")}));
    QVERIFY(writer.close());
    CsvReader reader;
    QVERIFY2(reader.open(path, {}), qPrintable(reader.errorString()));
    QCOMPARE(reader.detectedEncoding(), QStringLiteral("UTF-8 with BOM"));
    QCOMPARE(reader.headers().size(), 5);
    Row row;
    int n = 0;
    while (reader.next(&row)) {
        QCOMPARE(row.cells.at(0), QStringLiteral("IA-%1").arg(n));
        QCOMPARE(row.cells.at(4), QStringLiteral("line one\nline, two"));
        ++n;
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(n, 5000);
}

void TestWriters::xlsxLayout()
{
    const QString path = m_dir.filePath(QStringLiteral("layout.xlsx"));
    XlsxWriter writer;
    QList<ColumnSpec> specs = columns;
    specs[0].width = 20;
    QVERIFY(writer.open(path, specs, QStringLiteral("Information assets")));
    QVERIFY(writer.writeRow(
        {QStringLiteral("IA-1"), 12, QDate(2024, 3, 31), true, QString(200, u'n')}));
    QVERIFY(writer.writeRow({QStringLiteral("IA-2"), QStringLiteral("n/a"), QDate(1850, 1, 1),
                             false, QStringLiteral("short")}));
    QVERIFY(writer.close());

    const QByteArray sheet = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(!sheet.isEmpty());
    QVERIFY2(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\""), sheet.constData());
    QVERIFY(sheet.contains("<autoFilter ref=\"A1:E3\"/>"));
    QVERIFY(sheet.contains("<col min=\"1\" max=\"1\" width=\"20.7109375\""));
    QVERIFY(sheet.contains("<col min=\"5\" max=\"5\" width=\"60.7109375\""));
    // A real date serial and a real number, not text (t="s").
    const QString xml = QString::fromUtf8(sheet);
    QVERIFY(
        xml.contains(QRegularExpression(QStringLiteral("<c r=\"C2\" s=\"\\d+\"><v>45382</v>"))));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<c r=\"B2\" s=\"\\d+\"><v>12</v>"))));
    // Text where the type cannot hold the value: "n/a" as a count, a date before 1900.
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<c r=\"B3\"( s=\"\\d+\")? t=\"s\">"))));
    QVERIFY(xml.contains(QRegularExpression(QStringLiteral("<c r=\"C3\"( s=\"\\d+\")? t=\"s\">"))));
    const QByteArray styles = zipPart(path, QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("formatCode=\"dd/mm/yyyy\""));
    QVERIFY(styles.contains("<b/>"));
    QVERIFY(styles.contains("wrapText=\"1\""));
    QVERIFY(
        zipPart(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Information assets\""));
}

void TestWriters::xlsxReadsBackLargeExport()
{
    // More rows than the width sample, so rows are written both held back and streamed.
    const QString path = m_dir.filePath(QStringLiteral("large.xlsx"));
    XlsxWriter writer;
    QVERIFY(writer.open(path, columns, {}));
    for (int i = 0; i < 3000; ++i)
        QVERIFY(writer.writeRow({QStringLiteral("IA-%1").arg(i), i, QDate(2020, 1, 1).addDays(i),
                                 i % 3 == 0, QStringLiteral("note %1").arg(i)}));
    QVERIFY(writer.close());
    std::unique_ptr<TableReader> reader = TableReader::forFile(path, nullptr);
    QVERIFY(reader);
    QVERIFY2(reader->open(path, {}), qPrintable(reader->errorString()));
    Row row;
    int n = 0;
    while (reader->next(&row)) {
        const QStringList expected = {QStringLiteral("IA-%1").arg(n), QString::number(n),
                                      QDate(2020, 1, 1).addDays(n).toString(Qt::ISODate),
                                      n % 3 == 0 ? QStringLiteral("Yes") : QStringLiteral("No"),
                                      QStringLiteral("note %1").arg(n)};
        QCOMPARE(row.cells, expected);
        ++n;
    }
    QVERIFY2(!reader->hasError(), qPrintable(reader->errorString()));
    QCOMPARE(n, 3000);
}

void TestWriters::unwritableFolderLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestWriters::unwritableFolderLeavesNoFile()
{
    QFETCH(QString, format);
    // A folder that cannot exist because its parent is a file: unwritable even for root.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QVERIFY(test::writeFile(blocker, "x"));
    const QString path = blocker + QStringLiteral("/out.") + format;
    std::unique_ptr<TableWriter> writer = TableWriter::forFormat(format);
    QVERIFY(writer);
    QVERIFY(!writer->open(path, columns, {}));
    QVERIFY2(writer->errorString().contains(QStringLiteral("cannot be created")),
             qPrintable(writer->errorString()));
    QVERIFY(!writer->writeRow({QStringLiteral("x")}));
    QVERIFY(!writer->close());
    QVERIFY(!QFile::exists(path));
}

void TestWriters::failedExportKeepsExistingFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestWriters::failedExportKeepsExistingFile()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.") + format);
    QVERIFY(test::writeFile(path, "previous export"));
    {
        std::unique_ptr<TableWriter> writer = TableWriter::forFormat(format);
        QVERIFY(writer->open(path, columns, {}));
        for (int i = 0; i < 500; ++i)
            QVERIFY(writer->writeRow({QStringLiteral("IA-%1").arg(i), i}));
        // Too many values for the columns: the export fails part way.
        QVERIFY(!writer->writeRow({1, 2, 3, 4, 5, 6}));
        QVERIFY(writer->errorString().contains(QStringLiteral("6 values")));
        if (format == QLatin1String("xlsx")) {
            // And a cell Excel cannot hold.
            std::unique_ptr<TableWriter> other = TableWriter::forFormat(format);
            QVERIFY(other->open(path, columns, {}));
            for (int i = 0; i < 200; ++i)
                QVERIFY(other->writeRow({QStringLiteral("IA-%1").arg(i)}));
            QVERIFY(!other->writeRow({QString(40000, u'x')}));
            QVERIFY2(other->errorString().contains(QStringLiteral("32,767")),
                     qPrintable(other->errorString()));
            QVERIFY(!other->close());
        }
    } // writer destroyed without close(): abandoned
    QCOMPARE(contents(path), QByteArray("previous export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("register.") + format}); // no temporary files left
}

void TestWriters::unknownFormat()
{
    QVERIFY(!TableWriter::forFormat(QStringLiteral("ods")));
    QVERIFY(TableWriter::forFormat(QStringLiteral("XLSX")));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
