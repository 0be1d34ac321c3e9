// A large CSV, generated at run time, read through with bounded memory.
// Size: IGW_TABULAR_BIG_CSV_MB megabytes, default 200 (about 4.2 million rows; roughly
// 10-15 s in a Debug build, a minute under ASan).
#include "tabular/csvreader.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace igw::tabular;

class TestCsvBig : public QObject {
    Q_OBJECT
private slots:
    void largeFileStreamsInBoundedMemory();
};

void TestCsvBig::largeFileStreamsInBoundedMemory()
{
    const qint64 megabytes = qEnvironmentVariableIsSet("IGW_TABULAR_BIG_CSV_MB")
                                 ? qEnvironmentVariableIntValue("IGW_TABULAR_BIG_CSV_MB")
                                 : 200;
    QVERIFY(megabytes > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));

    // Written a megabyte at a time so generating it does not raise the peak either.
    qint64 rows = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk = "\xEF\xBB\xBFRef,Title,Owner,Review date,Notes\r\n";
        while (file.size() + chunk.size() < megabytes << 20) {
            chunk += "IA-" + QByteArray::number(rows) +
                     ",Housing benefit claims,\"Revenues, Benefits\",2024-03-31,Kept for 6 "
                     "years after the claim ends\r\n";
            ++rows;
            if (chunk.size() >= 1 << 20) {
                QCOMPARE(file.write(chunk), chunk.size());
                chunk.clear();
            }
        }
        QCOMPARE(file.write(chunk), chunk.size());
    }

    const qint64 rssBefore = test::peakRss();
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    ReadOptions options;
    options.maxRows = 100'000'000;
    QVERIFY2(reader.open(path, options), qPrintable(reader.errorString()));
    QCOMPARE(reader.headers().size(), 5);
    Row row;
    qint64 read = 0;
    while (reader.next(&row)) {
        if (++read == rows)
            QCOMPARE(row.cells.at(2), QStringLiteral("Revenues, Benefits"));
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(read, rows);
    const qint64 elapsed = qMax<qint64>(1, timer.elapsed());
    const qint64 growth = test::peakRss() - rssBefore;
    qInfo("%lld MB, %lld rows in %lld ms: %lld rows/s; peak RSS %lld MB before, grew %lld MB",
          megabytes, rows, elapsed, rows * 1000 / elapsed, rssBefore >> 20, growth >> 20);
    const qint64 limit = (100LL << 20) + test::RssSlack;
    QVERIFY2(growth < limit, "reading raised peak memory too far");
}

QTEST_GUILESS_MAIN(TestCsvBig)
#include "tst_csvbig.moc"
