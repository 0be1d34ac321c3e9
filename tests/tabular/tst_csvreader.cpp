// CsvReader: delimiters, encodings, RFC 4180 quoting, line ends, ragged rows, caps and
// the refusals, all on files generated in a temporary directory.
#include "tabular/csvreader.h"
#include "testfiles.h"

#include <QStringEncoder>
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
    QChar delimiter;
    QString encoding;
};

ReadResult readAll(const QString &path, const ReadOptions &options = {})
{
    ReadResult result;
    CsvReader reader;
    result.opened = reader.open(path, options);
    result.headers = reader.headers();
    Row row;
    while (result.opened && reader.next(&row))
        result.rows.append(row);
    result.error = reader.errorString();
    result.warnings = reader.warnings();
    result.delimiter = reader.detectedDelimiter();
    result.encoding = reader.detectedEncoding();
    return result;
}

QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList out;
    for (const char16_t *text : texts)
        out.append(QString::fromUtf16(text));
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void delimiterDetected_data();
    void delimiterDetected();
    void excelSepLine();
    void utf8WithAndWithoutBom_data();
    void utf8WithAndWithoutBom();
    void windows1252DecodedWithWarning();
    void windows1252AfterLongAsciiPrefix();
    void utf16WithBom_data();
    void utf16WithBom();
    void invalidUtf8Replaced();
    void quotedNewlinesAndEscapes();
    void lineEnds_data();
    void lineEnds();
    void crlfSplitAcrossChunks();
    void raggedRowsPaddedAndReported();
    void blankLinesSkippedAndLastLineWithoutNewline();
    void headerRowFoundBelowTitles();
    void unterminatedQuoteNamesLine();
    void binaryRefused_data();
    void binaryRefused();
    void emptyFileRefused();
    void capsRefuse_data();
    void capsRefuse();

private:
    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("in.csv"))
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
};

void TestCsvReader::delimiterDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    // Each sample carries the other candidates as decoys inside its cells.
    QTest::newRow("comma") << QByteArray("Ref,Title,Owner\n1,Leave; sickness,HR|Pay\n2,\"Pay, "
                                         "pensions\",Finance\n")
                           << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("Ref;Title;Owner\n1;Costs 1,5;HR\n2;Rent, rates;Fin\n")
                               << QChar(u';');
    QTest::newRow("tab") << QByteArray("Ref\tTitle\tOwner\n1\tA, B; C\tHR\n2\tD|E\tFin\n")
                         << QChar(u'\t');
    QTest::newRow("pipe") << QByteArray("Ref|Title|Owner\n1|A, B|HR\n2|C; D|Fin\n") << QChar(u'|');
}

void TestCsvReader::delimiterDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    const ReadResult r = readAll(write(bytes));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.delimiter, delimiter);
    QCOMPARE(r.headers, cells({u"Ref", u"Title", u"Owner"}));
    QCOMPARE(r.rows.size(), 2);
    for (const Row &row : r.rows)
        QCOMPARE(row.cells.size(), 3);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestCsvReader::excelSepLine()
{
    const ReadResult r = readAll(write("sep=;\r\nA;B\r\n1,5;2\r\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.delimiter, QChar(u';'));
    QCOMPARE(r.headers, cells({u"A", u"B"}));
    QCOMPARE(r.rows.value(0).cells, cells({u"1,5", u"2"}));
    QCOMPARE(r.rows.value(0).line, 3);
}

void TestCsvReader::utf8WithAndWithoutBom_data()
{
    QTest::addColumn<bool>("bom");
    QTest::newRow("bom") << true;
    QTest::newRow("no bom") << false;
}

void TestCsvReader::utf8WithAndWithoutBom()
{
    QFETCH(bool, bom);
    const QByteArray body = QStringLiteral("Name,Town\nZoë Ní Bhriain,Llanelli £5 €\n").toUtf8();
    const ReadResult r = readAll(write(bom ? "\xEF\xBB\xBF" + body : body));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Name", u"Town"})); // no BOM glued to the first heading
    QCOMPARE(r.rows.value(0).cells, cells({u"Zoë Ní Bhriain", u"Llanelli £5 €"}));
    QCOMPARE(r.encoding, bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8"));
    QVERIFY(r.warnings.isEmpty());
}

void TestCsvReader::windows1252DecodedWithWarning()
{
    // £ = A3, é = E9, € = 80, ’ = 92 in Windows-1252; none is valid UTF-8 here.
    const ReadResult r = readAll(write("Item,Cost\nCaf\xE9 cr\xE8me,\xA3"
                                       "5\nDon\x92t,\x80"
                                       "3\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).cells, cells({u"Café crème", u"£5"}));
    QCOMPARE(r.rows.at(1).cells, cells({u"Don’t", u"€3"}));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("Windows-1252")));
}

void TestCsvReader::windows1252AfterLongAsciiPrefix()
{
    // The first non-ASCII byte comes several chunks in: decoding must switch there.
    QByteArray bytes = "Ref,Cost\n";
    for (int i = 0; i < 40'000; ++i)
        bytes += QByteArray::number(i) + ",plain ascii text\n";
    bytes += "last,\xA3"
             "12\n";
    QVERIFY(bytes.size() > 3 * 256 * 1024);
    const ReadResult r = readAll(write(bytes));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows.size(), 40'001);
    QCOMPARE(r.rows.constLast().cells, cells({u"last", u"£12"}));
    QCOMPARE(r.rows.constLast().line, 40'002);
    QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
}

void TestCsvReader::utf16WithBom_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("LE") << false;
    QTest::newRow("BE") << true;
}

void TestCsvReader::utf16WithBom()
{
    QFETCH(bool, bigEndian);
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE,
                           QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(QStringLiteral("Name\tCost\r\nZoë\t£5\r\n"));
    const ReadResult r = readAll(write(bytes, QStringLiteral("in.txt")));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.encoding, bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE"));
    QCOMPARE(r.delimiter, QChar(u'\t'));
    QCOMPARE(r.headers, cells({u"Name", u"Cost"}));
    QCOMPARE(r.rows.value(0).cells, cells({u"Zoë", u"£5"}));
}

void TestCsvReader::invalidUtf8Replaced()
{
    // Valid UTF-8 first (so the file is UTF-8), then a stray byte on line 3.
    const ReadResult r = readAll(write("Name,Town\nZo\xC3\xAB,Leeds\nBad \xFF"
                                       "byte,York\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(1).cells.at(0), QStringLiteral("Bad \uFFFDbyte"));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("line 3")));
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("UTF-8")));
}

void TestCsvReader::quotedNewlinesAndEscapes()
{
    const ReadResult r = readAll(
        write("Ref,Notes,Owner\n1,\"Line one\r\nline \"\"two\"\"\",\"A, B\"\n2,plain,\"\"\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).cells, cells({u"1", u"Line one\nline \"two\"", u"A, B"}));
    QCOMPARE(r.rows.at(0).line, 2);
    QCOMPARE(r.rows.at(1).cells, cells({u"2", u"plain", u""}));
    QCOMPARE(r.rows.at(1).line, 4); // the quoted line break counts as a line
}

void TestCsvReader::lineEnds_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvReader::lineEnds()
{
    QFETCH(QByteArray, eol);
    const QByteArray bytes = "a,b" + eol + "1,\"x" + eol + "y\"" + eol + "3,4" + eol;
    const ReadResult r = readAll(write(bytes));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).cells, cells({u"1", u"x\ny"}));
    QCOMPARE(r.rows.at(1).cells, cells({u"3", u"4"}));
    QCOMPARE(r.rows.at(1).line, 4);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestCsvReader::crlfSplitAcrossChunks()
{
    // Put a CR as the last byte of the first 256 KiB chunk and its LF as the first of the
    // next: it must stay one line end, not become a blank line.
    const qsizetype chunk = 256 * 1024;
    QByteArray bytes = "a,b\r\n";
    int lines = 1;
    while (bytes.size() < chunk - 40) {
        bytes += "1,filler\r\n";
        ++lines;
    }
    bytes += "2," + QByteArray(chunk - bytes.size() - 3, 'x') + "\r\n3,end\r\n";
    QCOMPARE(bytes.at(chunk - 1), '\r');
    QCOMPARE(bytes.at(chunk), '\n');
    const ReadResult r = readAll(write(bytes));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows.constLast().cells, cells({u"3", u"end"}));
    QCOMPARE(r.rows.constLast().line, lines + 2);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
}

void TestCsvReader::raggedRowsPaddedAndReported()
{
    const ReadResult r = readAll(write("A,B,C,,\n1,2\n1,2,3,4\n1,2,3,,\n"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"A", u"B", u"C"})); // trailing empty headings dropped
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).cells, cells({u"1", u"2", u""}));
    QCOMPARE(r.rows.at(1).cells, cells({u"1", u"2", u"3", u"4"}));
    QCOMPARE(r.rows.at(2).cells, cells({u"1", u"2", u"3"})); // empty extras dropped quietly
    QCOMPARE(r.warnings.size(), 2);
    QVERIFY(r.warnings.at(0).contains(QStringLiteral("fewer cells")));
    QVERIFY(r.warnings.at(0).contains(QStringLiteral("line 2")));
    QVERIFY(r.warnings.at(1).contains(QStringLiteral("more cells")));
    QVERIFY(r.warnings.at(1).contains(QStringLiteral("line 3")));
}

void TestCsvReader::blankLinesSkippedAndLastLineWithoutNewline()
{
    const ReadResult r = readAll(write("\n\n  Ref , Name \n\n1,a\n,\n\n2,b"));
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Ref", u"Name"})); // first non-empty row, trimmed
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(1).cells, cells({u"2", u"b"}));
    QCOMPARE(r.rows.at(1).line, 8);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("Empty rows skipped: 3")));
}

void TestCsvReader::headerRowFoundBelowTitles()
{
    // A template: a title, a label/value block and a group row above the headings.
    const QByteArray text = "Record of processing,,\nController,Kingsmere,\n\nGroup,,\n"
                            "Ref,Name,Purpose\nRequired,Optional,Required\n1,a,x\n2,b,y\n";
    ReadOptions options;
    options.headerScore = [](const QStringList &cells) {
        return int(cells.count(QStringLiteral("Ref")) + cells.count(QStringLiteral("Name")) +
                   cells.count(QStringLiteral("Purpose")));
    };
    ReadResult r = readAll(write(text), options);
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.headers, cells({u"Ref", u"Name", u"Purpose"}));
    QCOMPARE(r.rows.size(), 3); // the marker row is data to the reader
    QCOMPARE(r.rows.at(0).cells, cells({u"Required", u"Optional", u"Required"}));
    QCOMPARE(r.rows.at(0).line, 6);
    QCOMPARE(r.rows.at(2).cells, cells({u"2", u"b", u"y"}));
    QCOMPARE(r.rows.at(2).line, 8);
    CsvReader reader;
    QVERIFY(reader.open(m_dir.filePath(QStringLiteral("in.csv")), options));
    QCOMPARE(reader.headerLine(), 5);
    QCOMPARE(reader.preamble().size(), 3);
    QCOMPARE(reader.preamble().at(1).cells, cells({u"Controller", u"Kingsmere", u""}));

    // The search is bounded: a heading row below it is not found, and the first non-empty
    // row is the header as without a score.
    options.headerSearchRows = 2;
    r = readAll(write(text), options);
    QVERIFY(r.opened);
    QCOMPARE(r.headers, cells({u"Record of processing"}));
    QCOMPARE(r.rows.size(), 6);
}

void TestCsvReader::unterminatedQuoteNamesLine()
{
    const ReadResult r = readAll(write("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n"));
    QVERIFY(r.opened);
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("line 3")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("in.csv")));
    QCOMPARE(r.rows.size(), 1);
}

void TestCsvReader::binaryRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("NUL early") << QByteArray("a,b\n\x01\x02\0\0\x05junk", 13);
    QTest::newRow("NUL later") << QByteArray("a,b\n1,2\n3,\0\n", 12);
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0", 8);
}

void TestCsvReader::binaryRefused()
{
    QFETCH(QByteArray, bytes);
    const ReadResult r = readAll(write(bytes));
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("binary file, not CSV")), qPrintable(r.error));
    QVERIFY(r.rows.isEmpty() || QByteArray(QTest::currentDataTag()) == "NUL later");
}

void TestCsvReader::emptyFileRefused()
{
    QVERIFY(readAll(write(QByteArray())).error.contains(QStringLiteral("empty")));
    QVERIFY(readAll(write("\xEF\xBB\xBF\r\n\r\n")).error.contains(QStringLiteral("no data")));
}

void TestCsvReader::capsRefuse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cell") << QByteArray("a,b\n1," + QByteArray(200, 'x') + "\n")
                          << QStringLiteral("line 2, column 2");
    QTest::newRow("columns") << QByteArray("a,b\n" + QByteArray(30, ',') + "\n")
                             << QStringLiteral("line 2 has more than 20 columns");
    QTest::newRow("rows") << QByteArray("a\n1\n2\n3\n4\n")
                          << QStringLiteral("more than 3 data rows");
    QTest::newRow("runaway quote") << QByteArray("a,b\n1,\"" + QByteArray(300, 'x') + "\n2,3\n")
                                   << QStringLiteral("starts on line 2");
}

void TestCsvReader::capsRefuse()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    ReadOptions options;
    options.maxCellBytes = 100;
    options.maxColumns = 20;
    options.maxRows = 3;
    const ReadResult r = readAll(write(bytes), options);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
