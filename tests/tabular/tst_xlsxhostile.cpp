// XlsxReader and TableReader::forFile on hostile and broken files, all built at run time:
// entity bombs, zip bombs, a million empty rows, bad indexes, truncation, unsafe names,
// encryption, files that are not what their name says.
#include "tabular/csvreader.h"
#include "tabular/xlsxreader.h"
#include "tabular/xlsxtablewriter.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace igw::tabular;

namespace {

struct ReadResult {
    bool opened = false;
    qint64 rows = 0;
    QString error;
    QStringList warnings;
};

ReadResult readAll(const QString &path, const ReadOptions &options = {})
{
    ReadResult result;
    XlsxReader reader;
    result.opened = reader.open(path, options);
    Row row;
    while (result.opened && reader.next(&row))
        ++result.rows;
    result.error = reader.errorString();
    result.warnings = reader.warnings();
    return result;
}

const QByteArray headerRow = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c>
<c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>)";

// A generator of `total` bytes of `byte`, a megabyte at a time.
std::function<QByteArray()> filler(qint64 total, char byte)
{
    auto left = std::make_shared<qint64>(total);
    return [left, byte]() {
        const qint64 n = qMin<qint64>(*left, 1 << 20);
        *left -= n;
        return QByteArray(n, byte);
    };
}

} // namespace

class TestXlsxHostile : public QObject {
    Q_OBJECT
private slots:
    void billionLaughsRefused();
    void dtdInSheetRefused();
    void zipBombStopsAtCap();
    void zipBombStopsOnRatio();
    void millionEmptyRowsAreFastAndSmall();
    void hugeTextNodeRefused();
    void sharedStringIndexOutOfRange();
    void truncatedZip();
    void notAZipNamedXlsx();
    void missingWorkbook();
    void missingSheetPart();
    void unsafeMemberName();
    void tooManyMembers();
    void encryptedZip();
    void forFileRoutesAndRefuses_data();
    void forFileRoutesAndRefuses();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestXlsxHostile::billionLaughsRefused()
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [\n<!ENTITY lol \"lol\">\n";
    bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        const QByteArray prev = "&lol" + QByteArray::number(i - 1) + ";";
        bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"" + prev.repeated(10) + "\">\n";
    }
    bomb += "]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<si><t>&lol9;</t></si></sst>";
    const QString file = path(QStringLiteral("laughs.xlsx"));
    QVERIFY(test::writeZip(file, test::workbookParts(headerRow, bomb)));
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("xl/sharedStrings.xml")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("DTD")), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 2000);
}

void TestXlsxHostile::dtdInSheetRefused()
{
    QList<test::ZipEntry> parts = test::workbookParts(headerRow);
    for (test::ZipEntry &part : parts) {
        if (part.name == QLatin1String("xl/worksheets/sheet1.xml"))
            part.data.replace("<worksheet",
                              "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                              "<worksheet");
    }
    const QString file = path(QStringLiteral("xxe.xlsx"));
    QVERIFY(test::writeZip(file, parts));
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("DTD")), qPrintable(r.error));
}

void TestXlsxHostile::zipBombStopsAtCap()
{
    // 50 MB of spaces inside the sheet (valid XML whitespace, so only the cap stops it).
    const QString file = path(QStringLiteral("bomb.xlsx"));
    {
        test::ZipBuilder zip(file);
        for (const test::ZipEntry &part : test::workbookParts(headerRow)) {
            if (part.name != QLatin1String("xl/worksheets/sheet1.xml"))
                QVERIFY(zip.add(part.name, part.data));
        }
        bool started = false;
        auto spaces = filler(50 << 20, ' ');
        QVERIFY(zip.addStreamed(QStringLiteral("xl/worksheets/sheet1.xml"), [&]() {
            if (!started) {
                started = true;
                return test::sheetXml(headerRow).replace("</sheetData></worksheet>", "");
            }
            return spaces();
        }));
        QVERIFY(zip.close());
    }
    QVERIFY(QFileInfo(file).size() < 1 << 20);
    ReadOptions options;
    options.maxUncompressedBytes = 1 << 20;
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readAll(file, options);
    QVERIFY(!r.opened || r.error.size() > 0);
    QVERIFY2(r.error.contains(QStringLiteral("zip bomb")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(r.error));
    QVERIFY2(timer.elapsed() < 3000, "the cap did not stop inflation promptly");
}

void TestXlsxHostile::zipBombStopsOnRatio()
{
    // 300 MB of empty elements as shared strings, with default options: the size cap (512 MB) would
    // allow it, but nothing real inflates 1000:1.
    const QString file = path(QStringLiteral("ratio.xlsx"));
    {
        test::ZipBuilder zip(file);
        for (const test::ZipEntry &part : test::workbookParts(headerRow))
            QVERIFY(zip.add(part.name, part.data));
        // Well-formed all the way (empty elements and white space the parser passes over),
        // so only the ratio check can stop it.
        bool started = false;
        qint64 left = 300 << 20;
        QVERIFY(zip.addStreamed(QStringLiteral("xl/sharedStrings.xml"), [&]() {
            if (!started) {
                started = true;
                return QByteArray("<sst xmlns=\"http://schemas.openxmlformats.org/"
                                  "spreadsheetml/2006/main\">");
            }
            const qint64 n = qMin<qint64>(left, 1 << 20);
            left -= n;
            return QByteArray(QByteArray("<x/>") + QByteArray(4092, ' ')).repeated(n / 4096);
        }));
        QVERIFY(zip.close());
    }
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("inflates more than")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("xl/sharedStrings.xml")), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 5000);
}

void TestXlsxHostile::millionEmptyRowsAreFastAndSmall()
{
    const QString file = path(QStringLiteral("sparse.xlsx"));
    {
        test::ZipBuilder zip(file);
        for (const test::ZipEntry &part : test::workbookParts(headerRow)) {
            if (part.name != QLatin1String("xl/worksheets/sheet1.xml"))
                QVERIFY(zip.add(part.name, part.data));
        }
        int stage = 0;
        int next = 2;
        QVERIFY(zip.addStreamed(QStringLiteral("xl/worksheets/sheet1.xml"), [&]() -> QByteArray {
            if (stage == 0) {
                ++stage;
                return test::sheetXml(headerRow).replace("</sheetData></worksheet>", "");
            }
            if (stage == 1) {
                QByteArray chunk;
                for (; next < 1'000'002 && chunk.size() < 1 << 20; ++next) {
                    // Alternate bare rows and rows of formatted but empty cells.
                    const QByteArray n = QByteArray::number(next);
                    if (next % 2)
                        chunk += "<row r=\"" + n + "\"/>";
                    else
                        chunk += "<row r=\"" + n + "\"><c r=\"A" + n + "\" s=\"0\"/></row>";
                }
                if (next == 1'000'002)
                    ++stage;
                return chunk;
            }
            if (stage == 2) {
                ++stage;
                QByteArray rows;
                for (int i = 0; i < 3; ++i) {
                    const QByteArray n = QByteArray::number(1'000'002 + i);
                    rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + QByteArray::number(i) +
                            "</v></c></row>";
                }
                return rows + "</sheetData></worksheet>";
            }
            return QByteArray();
        }));
        QVERIFY(zip.close());
    }
    const qint64 rssBefore = test::peakRss();
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readAll(file);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(r.opened, qPrintable(r.error));
    QCOMPARE(r.rows, 3);
    QVERIFY2(r.warnings.join(u'\n').contains(QStringLiteral("Empty rows skipped: 1,000,000")),
             qPrintable(r.warnings.join(u'\n')));
    qInfo("1,000,000 empty rows read in %lld ms", elapsed);
    QVERIFY(elapsed < 15000);
    QVERIFY(test::peakRss() - rssBefore < (50 << 20) + test::RssSlack);
}

void TestXlsxHostile::hugeTextNodeRefused()
{
    // 40 MB of digits in one <v>: inside every size cap, but an XML parser would hold it
    // all as one token, so the run of text without markup is capped instead.
    const QString file = path(QStringLiteral("huge.xlsx"));
    {
        test::ZipBuilder zip(file);
        for (const test::ZipEntry &part : test::workbookParts(headerRow)) {
            if (part.name != QLatin1String("xl/worksheets/sheet1.xml"))
                QVERIFY(zip.add(part.name, part.data));
        }
        int stage = 0;
        auto digits = filler(40 << 20, '7');
        QVERIFY(zip.addStreamed(QStringLiteral("xl/worksheets/sheet1.xml"), [&]() -> QByteArray {
            if (stage++ == 0)
                return test::sheetXml(headerRow + "<row r=\"2\"><c r=\"A2\"><v>")
                    .replace("</sheetData></worksheet>", "");
            return digits();
        }));
        QVERIFY(zip.close());
    }
    const qint64 rssBefore = test::peakRss();
    const ReadResult r = readAll(file);
    QVERIFY2(r.error.contains(QStringLiteral("without any XML markup")), qPrintable(r.error));
    QVERIFY(test::peakRss() - rssBefore < (40 << 20) + test::RssSlack);
}

void TestXlsxHostile::sharedStringIndexOutOfRange()
{
    const QByteArray sheetData =
        headerRow + R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>7</v></c></row>)";
    const QString file = path(QStringLiteral("index.xlsx"));
    QVERIFY(test::writeZip(
        file, test::workbookParts(sheetData, test::sharedStringsXml({"<t>only</t>"}))));
    const ReadResult r = readAll(file);
    QVERIFY(r.opened);
    QCOMPARE(r.rows, 0);
    QVERIFY2(r.error.contains(QStringLiteral("cell B2")), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("shared string 7")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("has only 1")));
}

void TestXlsxHostile::truncatedZip()
{
    const QString whole = path(QStringLiteral("whole.xlsx"));
    XlsxWriter writer;
    QVERIFY(writer.open(whole, {{QStringLiteral("Ref"), ColumnSpec::Type::Text, 0}}, {}));
    for (int i = 0; i < 2000; ++i)
        QVERIFY(writer.writeRow({QStringLiteral("IA-%1 some text to fill the sheet").arg(i)}));
    QVERIFY(writer.close());
    QFile in(whole);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    for (const double fraction : {0.3, 0.6, 0.9}) {
        const QString cut = path(QStringLiteral("cut.xlsx"));
        QVERIFY(test::writeFile(cut, bytes.left(qsizetype(double(bytes.size()) * fraction))));
        const ReadResult r = readAll(cut);
        QVERIFY2(!r.error.isEmpty(), qPrintable(QString::number(fraction)));
        QVERIFY2(r.error.contains(QStringLiteral("cut.xlsx")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("damaged")) ||
                     r.error.contains(QStringLiteral("not a zip")) ||
                     r.error.contains(QStringLiteral("no xl/workbook.xml")),
                 qPrintable(r.error));
    }
}

void TestXlsxHostile::notAZipNamedXlsx()
{
    const QString file = path(QStringLiteral("fake.xlsx"));
    QVERIFY(test::writeFile(file, "Ref,Name\n1,A\n"));
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("not a zip archive")), qPrintable(r.error));
    QString error;
    QVERIFY(!TableReader::forFile(file, &error));
    QVERIFY2(error.contains(QStringLiteral("not an Excel workbook")), qPrintable(error));
}

void TestXlsxHostile::missingWorkbook()
{
    const QString file = path(QStringLiteral("docx.xlsx"));
    QVERIFY(test::writeZip(file, {{QStringLiteral("word/document.xml"), "<w:document/>"}}));
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("no xl/workbook.xml")), qPrintable(r.error));
}

void TestXlsxHostile::missingSheetPart()
{
    QList<test::ZipEntry> parts = test::workbookParts(headerRow);
    parts.removeIf(
        [](const test::ZipEntry &e) { return e.name.contains(QLatin1String("sheet1")); });
    const QString file = path(QStringLiteral("nosheet.xlsx"));
    QVERIFY(test::writeZip(file, parts));
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(r.error));
    QVERIFY(r.error.contains(QStringLiteral("missing")));
}

void TestXlsxHostile::unsafeMemberName()
{
    QList<test::ZipEntry> parts = test::workbookParts(headerRow);
    parts.prepend({QStringLiteral("../../evil.sh"), "#!/bin/sh\n"});
    const QString file = path(QStringLiteral("slip.xlsx"));
    QVERIFY(test::writeZip(file, parts));
    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("unsafe name")), qPrintable(r.error));
}

void TestXlsxHostile::tooManyMembers()
{
    QList<test::ZipEntry> parts = test::workbookParts(headerRow);
    for (int i = 0; i < 60; ++i)
        parts.append({QStringLiteral("xl/media/image%1.png").arg(i), "x"});
    const QString file = path(QStringLiteral("many.xlsx"));
    QVERIFY(test::writeZip(file, parts));
    ReadOptions options;
    options.maxZipMembers = 50;
    const ReadResult r = readAll(file, options);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("more than 50 parts")), qPrintable(r.error));
    QVERIFY(readAll(file).opened); // under the default cap of 10,000
}

void TestXlsxHostile::encryptedZip()
{
    // Traditional PKWARE encryption through libarchive's own writer.
    const QString file = path(QStringLiteral("locked.xlsx"));
    struct archive *a = archive_write_new();
    QVERIFY(archive_write_set_format_zip(a) == ARCHIVE_OK);
    QCOMPARE(archive_write_set_options(a, "zip:encryption=zipcrypt"), ARCHIVE_OK);
    QCOMPARE(archive_write_set_passphrase(a, "secret"), ARCHIVE_OK);
    QCOMPARE(archive_write_open_filename(a, QFile::encodeName(file).constData()), ARCHIVE_OK);
    for (const test::ZipEntry &part : test::workbookParts(headerRow)) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, part.name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, part.data.size());
        QCOMPARE(archive_write_header(a, entry), ARCHIVE_OK);
        archive_entry_free(entry);
        QCOMPARE(archive_write_data(a, part.data.constData(), size_t(part.data.size())),
                 la_ssize_t(part.data.size()));
    }
    QCOMPARE(archive_write_close(a), ARCHIVE_OK);
    archive_write_free(a);

    const ReadResult r = readAll(file);
    QVERIFY(!r.opened);
    QVERIFY2(r.error.contains(QStringLiteral("encrypted")), qPrintable(r.error));
}

void TestXlsxHostile::forFileRoutesAndRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reader"); // "csv", "xlsx" or empty when refused
    QTest::addColumn<QString>("message");
    const QByteArray zip = QByteArray("PK\x03\x04") + " rest of a zip";
    const QByteArray cfb = QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(100, '\0');
    auto row = [](const char *tag, const char *name, const QByteArray &bytes, const char *reader,
                  const char *message) {
        QTest::newRow(tag) << QString::fromUtf8(name) << bytes << QString::fromUtf8(reader)
                           << QString::fromUtf8(message);
    };
    row("csv", "a.csv", "a,b\n", "csv", "");
    row("tsv", "a.tsv", "a\tb\n", "csv", "");
    row("txt", "a.TXT", "a;b\n", "csv", "");
    row("xlsx", "a.xlsx", zip, "xlsx", "");
    row("zip named csv", "a.csv", zip, "xlsx", "");
    row("xls", "old.xls", cfb, "", "Excel 97-2003");
    row("xls is really csv", "web.xls", "a,b\n", "", "save it as \"Excel Workbook (.xlsx)\"");
    row("encrypted xlsx", "locked.xlsx", cfb, "", "password-protected");
    row("cfb named csv", "x.csv", cfb, "", "old-format Office file");
    row("ods", "a.ods", zip, "", "OpenDocument");
    row("pdf", "a.pdf", "%PDF-1.4", "", ".pdf files");
    row("no extension", "README", "text", "", "no extension");
}

void TestXlsxHostile::forFileRoutesAndRefuses()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reader);
    QFETCH(QString, message);
    const QString file = path(name);
    QVERIFY(test::writeFile(file, bytes));
    QString error;
    const std::unique_ptr<TableReader> chosen = TableReader::forFile(file, &error);
    if (reader.isEmpty()) {
        QVERIFY(!chosen);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.startsWith(name));
        QVERIFY(error.contains(QStringLiteral(".xlsx")));
    } else if (reader == QLatin1String("csv")) {
        QVERIFY(dynamic_cast<CsvReader *>(chosen.get()));
    } else {
        QVERIFY(dynamic_cast<XlsxReader *>(chosen.get()));
    }
    QFile::remove(file);
}

QTEST_GUILESS_MAIN(TestXlsxHostile)
#include "tst_xlsxhostile.moc"
