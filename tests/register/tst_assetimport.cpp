// Importing and exporting the asset register: heading matching, per-row problems,
// all-or-nothing, cancel, saved mappings and the export -> import round trip.
#include "register/assetcolumns.h"
#include "register/assetexport.h"
#include "register/assetimport.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace igw;

class TestAssetImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void headingsMatchSynonyms();
    void importsGoodFile();
    void problemsStopEverything();
    void createsUnknownPeopleWhenAsked();
    void dryRunWritesNothing();
    void cancelWritesNothing();
    void unreadableFileChangesNothing();
    void savedMappingIsUsed();
    void roundTrip_data();
    void roundTrip();

private:
    QString write(const QString &name, const QByteArray &content);
    qint64 auditCount() const;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestAssetImport::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("w.igw")));
    OpenOptions o;
    o.userName = QStringLiteral("tester");
    auto r =
        Workspace::create(m_dir.filePath(QStringLiteral("w.igw")), QStringLiteral("Council"), o);
    QVERIFY(r.ok());
    m_ws = std::move(r.workspace);
    QString error;
    QVERIFY(m_ws->records().create(kinds::person(),
                                   {{personField::name, QStringLiteral("Sandra Mills")},
                                    {personField::email, QStringLiteral("s.mills@example.gov.uk")}},
                                   &error));
}

QString TestAssetImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(content);
    return path;
}

qint64 TestAssetImport::auditCount() const
{
    return sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM audit_log"))
        .toLongLong();
}

void TestAssetImport::headingsMatchSynonyms()
{
    const QHash<QString, int> m =
        autoMatchHeadings({QStringLiteral("Asset Name"), QStringLiteral("IAO"),
                           QStringLiteral("Protective marking"), QStringLiteral("  Review date "),
                           QStringLiteral("Legal basis"), QStringLiteral("Whatever")});
    QCOMPARE(m.value(assetField::name, -1), 0);
    QCOMPARE(m.value(assetField::ownerPersonId, -1), 1);
    QCOMPARE(m.value(assetField::securityClassification, -1), 2);
    QCOMPARE(m.value(assetField::nextReview, -1), 3);
    QCOMPARE(m.value(assetField::lawfulBasis, -1), 4);
    QCOMPARE(m.size(), 5);
    // "Information Asset Owner (IAO)" and "Owner" both mean the owner; only one column wins.
    const QHash<QString, int> two =
        autoMatchHeadings({QStringLiteral("Owner"), QStringLiteral("Information Asset Owner (IAO)"),
                           QStringLiteral("Asset")});
    QCOMPARE(two.value(assetField::ownerPersonId), 1);
    QCOMPARE(two.value(assetField::name), 2);
}

void TestAssetImport::importsGoodFile()
{
    const QString csv =
        write(QStringLiteral("good.csv"),
              "Asset;IAO;Protective marking;Review date;Special category;Art 9 condition;"
              "Legal basis;Data subjects\r\n"
              "Council tax;Sandra Mills;Official;31/03/2027;No;;Legal obligation;Residents\r\n"
              "\"Benefit\nclaims\";s.mills@example.gov.uk;OFFICIAL-SENSITIVE;2027-01-15;Yes;"
              "Art. 9(2)(b);6(1)(e);\"Benefit claimants; Tenants\"\r\n");
    const qint64 before = auditCount();
    const ImportReport r = AssetImporter(*m_ws).run(csv, {});
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.imported, 2);
    QCOMPARE(r.errors, 0);
    const auto assets = m_ws->records().list(kinds::asset());
    QCOMPARE(assets.size(), 2);
    const Record &tax = assets.at(0);
    QCOMPARE(tax.ref, QStringLiteral("IA-0001"));
    QCOMPARE(tax.value(assetField::securityClassification).toString(), QStringLiteral("OFFICIAL"));
    QCOMPARE(tax.value(assetField::nextReview).toString(), QStringLiteral("2027-03-31"));
    QCOMPARE(tax.value(assetField::lawfulBasis).toString(), QStringLiteral("legal_obligation"));
    QCOMPARE(tax.value(assetField::status).toString(), QStringLiteral("live")); // default applied
    const Record &benefit = assets.at(1);
    QCOMPARE(benefit.value(assetField::name).toString(), QStringLiteral("Benefit\nclaims"));
    QCOMPARE(benefit.value(assetField::ownerPersonId), tax.value(assetField::ownerPersonId));
    QCOMPARE(benefit.value(assetField::art9Condition).toString(), QStringLiteral("b"));
    QCOMPARE(benefit.value(assetField::lawfulBasis).toString(), QStringLiteral("public_task"));
    QCOMPARE(benefit.value(assetField::dataSubjectCategories).toString(),
             QStringLiteral("Benefit claimants; Tenants"));
    QCOMPARE(auditCount(), before + 2);
    QCOMPARE(m_ws->records()
                 .create(kinds::asset(), {{assetField::name, QStringLiteral("Next")}}, nullptr)
                 ->ref,
             QStringLiteral("IA-0003"));
}

void TestAssetImport::problemsStopEverything()
{
    const QString csv =
        write(QStringLiteral("bad.csv"), "Name,Owner,Classification,Next review\n"
                                         "Payroll,Sandra Mills,OFFICIAL,2027-01-01\n"
                                         "Housing register,Nobody Known,OFFICIAL,2027-01-01\n"
                                         "CCTV,Sandra Mills,RESTRICTED,2027-01-01\n"
                                         "Elections,Sandra Mills,OFFICIAL,31st of never\n");
    const qint64 before = auditCount();
    const ImportReport r = AssetImporter(*m_ws).run(csv, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.rows, 4);
    QCOMPARE(r.imported, 0);
    QCOMPARE(r.errors, 3);
    QCOMPARE(r.unknownPeople, QStringList{QStringLiteral("Nobody Known")});
    QStringList seen;
    for (const ImportProblem &p : r.problems) {
        seen << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
    }
    QVERIFY2(seen.contains(QStringLiteral("4:Classification")),
             qPrintable(seen.join(QLatin1Char(' '))));
    QVERIFY(seen.contains(QStringLiteral("5:Next review")));
    for (const ImportProblem &p : r.problems)
        if (p.line == 4 && p.error) // and says what is allowed
            QVERIFY2(p.message.contains(QStringLiteral("OFFICIAL-SENSITIVE")),
                     qPrintable(p.message));
    QCOMPARE(m_ws->records().count(kinds::asset()), 0);
    QCOMPARE(auditCount(), before);
}

void TestAssetImport::createsUnknownPeopleWhenAsked()
{
    const QString csv = write(QStringLiteral("people.csv"),
                              "Name,IAO,IAA\nA,Jo Bloggs,jo bloggs\nB,Sandra Mills,Kim Lee\n");
    ImportOptions o;
    o.createUnknownPeople = true;
    const ImportReport r = AssetImporter(*m_ws).run(csv, o);
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    QCOMPARE(r.createdPeople,
             (QStringList{QStringLiteral("Jo Bloggs"), QStringLiteral("Kim Lee")}));
    QCOMPARE(m_ws->records().count(kinds::person()), 3);
    const auto a = m_ws->records().findByRef(kinds::asset(), QStringLiteral("IA-0001"));
    QCOMPARE(a->value(assetField::ownerPersonId), a->value(assetField::administratorPersonId));
}

void TestAssetImport::dryRunWritesNothing()
{
    const QString csv = write(QStringLiteral("dry.csv"), "Name\nA\nB\n");
    ImportOptions o;
    o.dryRun = true;
    const ImportReport r = AssetImporter(*m_ws).run(csv, o);
    QVERIFY(r.ok());
    QCOMPARE(r.rows, 2);
    QCOMPARE(r.imported, 0);
    QCOMPARE(m_ws->records().count(kinds::asset()), 0);
}

void TestAssetImport::cancelWritesNothing()
{
    QByteArray content = "Name,Owner\n";
    for (int i = 0; i < 3000; ++i)
        content += "Asset " + QByteArray::number(i) + ",Sandra Mills\n";
    const QString csv = write(QStringLiteral("big.csv"), content);
    const qint64 before = auditCount();
    const ImportReport r = AssetImporter(*m_ws).run(
        csv, {}, [](qint64 done, qint64) { return done < 1000; }); // cancel during writing
    QVERIFY(r.cancelled);
    QCOMPARE(r.imported, 0);
    QCOMPARE(m_ws->records().count(kinds::asset()), 0);
    QCOMPARE(auditCount(), before);
    QCOMPARE(
        sql::scalar(m_ws->database(), QStringLiteral("SELECT count(*) FROM assets_fts")).toInt(),
        0);
}

void TestAssetImport::unreadableFileChangesNothing()
{
    const QString bin =
        write(QStringLiteral("binary.csv"), QByteArrayLiteral("Name\n\0\x01\x02garbage"));
    const ImportReport r = AssetImporter(*m_ws).run(bin, {});
    QVERIFY(!r.fatal.isEmpty());
    QCOMPARE(m_ws->records().count(kinds::asset()), 0);
    const QString noName = write(QStringLiteral("noname.csv"), "Colour,Size\nred,big\n");
    const ImportReport r2 = AssetImporter(*m_ws).run(noName, {});
    QVERIFY(r2.fatal.contains(QStringLiteral("Name")));
}

void TestAssetImport::savedMappingIsUsed()
{
    const QString csv = write(QStringLiteral("odd.csv"), "Thing,Boss\nPayroll,Sandra Mills\n");
    QHash<QString, QString> mapping{{assetField::name, QStringLiteral("Thing")},
                                    {assetField::ownerPersonId, QStringLiteral("Boss")}};
    const QString file = m_dir.filePath(QStringLiteral("mapping.json"));
    QString error;
    QVERIFY(saveMapping(file, mapping, &error));
    QHash<QString, QString> loaded;
    QVERIFY2(loadMapping(file, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, mapping);
    ImportOptions o;
    o.mapping = loaded;
    const ImportReport r = AssetImporter(*m_ws).run(csv, o);
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    QVERIFY(m_ws->records()
                .list(kinds::asset())
                .constFirst()
                .value(assetField::ownerPersonId)
                .toLongLong() > 0);
    QVERIFY(!loadMapping(csv, &loaded, &error)); // not a mapping file
}

void TestAssetImport::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestAssetImport::roundTrip()
{
    QFETCH(QString, format);
    QString error;
    QVERIFY(addDemoDirectory(*m_ws, &error));
    QVERIFY(addDemoRegister(*m_ws, &error));
    // A gap in the numbering must survive: references travel with the rows.
    const auto first = m_ws->records().findByRef(kinds::asset(), QStringLiteral("IA-0001"));
    QVERIFY(sql::exec(m_ws->database(), QStringLiteral("DELETE FROM flows")));
    QVERIFY(m_ws->records().remove(kinds::asset(), first->id, &error));
    const QString file = m_dir.filePath(QStringLiteral("register.") + format);
    QFile::remove(file);
    QVERIFY2(exportAssets(*m_ws, file, format, {}, {}, &error), qPrintable(error));

    QTemporaryDir other;
    OpenOptions o;
    o.userName = QStringLiteral("tester");
    auto target =
        Workspace::create(other.filePath(QStringLiteral("t.igw")), QStringLiteral("Other"), o);
    ImportOptions io;
    io.createUnknownPeople = true;
    const ImportReport r = AssetImporter(*target.workspace).run(file, io);
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));

    const auto personName = [](Workspace &w, const QVariant &id) {
        const auto p = w.records().get(kinds::person(), id.toLongLong());
        return p ? p->title(kinds::person()) : QString();
    };
    const QList<Record> source = m_ws->records().list(kinds::asset());
    const QList<Record> copy = target.workspace->records().list(kinds::asset());
    QCOMPARE(copy.size(), source.size());
    for (int i = 0; i < source.size(); ++i) {
        const Record &a = source.at(i);
        const Record &b = copy.at(i);
        QCOMPARE(b.ref, a.ref);
        for (const QString &f : kinds::asset().fields) {
            if (f == assetField::ownerPersonId || f == assetField::administratorPersonId)
                QCOMPARE(personName(*target.workspace, b.value(f)), personName(*m_ws, a.value(f)));
            else
                QVERIFY2(
                    b.value(f).toString() == a.value(f).toString(),
                    qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                   .arg(a.ref, f, a.value(f).toString(), b.value(f).toString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestAssetImport)
#include "tst_assetimport.moc"
