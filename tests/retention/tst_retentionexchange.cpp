// Retention schedule import and export: round trips through CSV and XLSX, headings as
// schedules write them, periods in words, updates by reference, all-or-nothing with a message
// per row, dry runs, and hostile files (formula injection, huge cells).
#include "../workspace/testutil.h"
#include "register/assetexport.h"
#include "register/assetimport.h"
#include "register/assets.h"
#include "retention/retentionclasses.h"
#include "retention/retentioncolumns.h"
#include "retention/retentionexport.h"
#include "retention/retentionimport.h"
#include "retention/starterschedule.h"
#include "workspace/audit.h"
#include "workspace/directory.h"

#include <QFile>

using namespace igw;

namespace f = retentionField;

class TestRetentionExchange : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_ws.reset(); }
    void roundTrip_data();
    void roundTrip();
    void headingsAndPeriodsAsWritten();
    void periodsInWords_data();
    void periodsInWords();
    void updatesByReference();
    void badRowStopsEverything();
    void dryRunWritesNothing();
    void formulasAreDefused();
    void hugeCellsAreRefused();
    void missingColumnsAreFatal();
    void titleRowsAboveTheHeadings();
    void assetRetentionColumnsRoundTrip_data();
    void assetRetentionColumnsRoundTrip();
    void assetImportNeedsKnownClasses();
    void userMapping();

private:
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return test::createWorkspace(path);
    }
    QList<Record> classes(Workspace &ws) { return ws.records().list(kinds::retentionClass()); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRetentionExchange::init()
{
    QVERIFY(m_dir.isValid());
    m_ws = fresh(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QVERIFY(m_ws);
}

void TestRetentionExchange::roundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestRetentionExchange::roundTrip()
{
    QFETCH(QString, format);
    QString error;
    QVERIFY(installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error));
    // An owner, to come back by name.
    const auto owner = m_ws->records().create(
        kinds::person(), {{personField::name, QStringLiteral("Priya Shah")}}, &error);
    QVERIFY(owner);
    const Record first = classes(*m_ws).constFirst();
    QVERIFY(m_ws->records().update(kinds::retentionClass(), first.id,
                                   {{f::ownerPersonId, owner->id}}, &error));
    const QString file = m_dir.filePath(QStringLiteral("schedule.") + format);
    QVERIFY2(exportRetentionSchedule(*m_ws, file, format, &error), qPrintable(error));

    auto copy = fresh(QStringLiteral("copy-") + format + QStringLiteral(".igw"));
    QVERIFY(copy->records().create(kinds::person(),
                                   {{personField::name, QStringLiteral("Priya Shah")}}, &error));
    const RetentionImportReport r = RetentionImporter(*copy).run(file, {});
    QVERIFY2(r.ok(),
             qPrintable(r.fatal + (r.problems.isEmpty() ? QString()
                                                        : r.problems.constFirst().where() +
                                                              r.problems.constFirst().message)));
    QVERIFY(r.written);
    QCOMPARE(r.created, qint64(StarterSchedule::builtIn().classes.size()));
    QVERIFY(r.unmappedHeadings.isEmpty());
    const QList<Record> a = classes(*m_ws);
    const QList<Record> b = classes(*copy);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b.at(i).ref, a.at(i).ref);
        for (const QString &field : kinds::retentionClass().fields) {
            if (field == f::ownerPersonId)
                continue;
            QVERIFY2(auditText(a.at(i).value(field)) == auditText(b.at(i).value(field)),
                     qPrintable(QStringLiteral("%1 %2: %3 vs %4")
                                    .arg(a.at(i).ref, field, a.at(i).value(field).toString(),
                                         b.at(i).value(field).toString())));
        }
    }
    QVERIFY(b.constFirst().value(f::ownerPersonId).toLongLong() > 0);
    // Importing the same file again changes nothing.
    const RetentionImportReport again = RetentionImporter(*copy).run(file, {});
    QVERIFY(again.ok());
    QCOMPARE(again.created, 0);
    QCOMPARE(again.updated, 0);
    QCOMPARE(again.unchanged, r.created);
    const auto v = audit::verify(copy->database());
    QVERIFY2(v.ok, qPrintable(v.reason));
}

void TestRetentionExchange::headingsAndPeriodsAsWritten()
{
    // A council's own schedule: its own headings, periods in words, actions in its words.
    const QString file = write(
        QStringLiteral("council.csv"),
        "Service Area,Business Activity,Record Series,Trigger,Retention Period,Action at end of "
        "retention,Legal Authority,Basis\r\n"
        "Finance,Accounts payable,Invoices,End of financial year,6 years,Secure destruction,"
        "Limitation Act 1980 s.5,Statutory\r\n"
        "Democratic services,Committees,Minutes,Date of meeting,Permanent,Transfer to record "
        "office,Local Government Act 1972 s.228,statute\r\n"
        "Community safety,CCTV,Recordings,Date of recording,31 days,Delete,,Business need\r\n"
        "HR,Recruitment,Unsuccessful applications,Decision,\"1 year and 6 months\",destroy,"
        "IRMS,guidance\r\n");
    const RetentionImportReport r = RetentionImporter(*m_ws).run(file, {});
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QCOMPARE(r.mapping.value(f::function), QStringLiteral("Service Area"));
    QCOMPARE(r.mapping.value(retentionPeriodColumn), QStringLiteral("Retention Period"));
    QCOMPARE(r.mapping.value(f::authorityKind), QStringLiteral("Basis"));
    const QList<Record> c = classes(*m_ws);
    QCOMPARE(c.size(), 4);
    QCOMPARE(c.at(0).value(f::periodYears).toInt(), 6);
    QCOMPARE(c.at(0).value(f::disposalAction).toString(), retentionAction::destroy);
    QCOMPARE(c.at(0).value(f::authorityKind).toString(), retentionAuthority::statute);
    QCOMPARE(c.at(1).value(f::periodKind).toString(), retentionPeriodKind::permanent);
    QCOMPARE(c.at(1).value(f::disposalAction).toString(), retentionAction::transferArchives);
    QCOMPARE(c.at(2).value(f::periodDays).toInt(), 31);
    QCOMPARE(c.at(2).value(f::authorityKind).toString(), retentionAuthority::businessNeed);
    QCOMPARE(c.at(3).value(f::periodYears).toInt(), 1);
    QCOMPARE(c.at(3).value(f::periodMonths).toInt(), 6);
    QCOMPARE(c.at(3).value(f::authorityKind).toString(), retentionAuthority::guideline);
}

void TestRetentionExchange::periodsInWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // kind/years/months/days, or "-" for unreadable
    QTest::newRow("years") << QStringLiteral("6 years") << QStringLiteral("fixed/6/0/0");
    QTest::newRow("short") << QStringLiteral("6y") << QStringLiteral("fixed/6/0/0");
    QTest::newRow("yrs") << QStringLiteral("25 yrs") << QStringLiteral("fixed/25/0/0");
    QTest::newRow("mixed") << QStringLiteral("1 year, 6 months") << QStringLiteral("fixed/1/6/0");
    QTest::newRow("weeks") << QStringLiteral("2 weeks") << QStringLiteral("fixed/0/0/14");
    QTest::newRow("permanent") << QStringLiteral("Retain permanently")
                               << QStringLiteral("permanent/0/0/0");
    QTest::newRow("for ever") << QStringLiteral("For ever") << QStringLiteral("permanent/0/0/0");
    QTest::newRow("superseded") << QStringLiteral("Until superseded")
                                << QStringLiteral("until_superseded/0/0/0");
    QTest::newRow("words") << QStringLiteral("six years") << QStringLiteral("-");
    QTest::newRow("rest") << QStringLiteral("6 years then review") << QStringLiteral("-");
    QTest::newRow("plus") << QStringLiteral("Current year + 6") << QStringLiteral("-");
}

void TestRetentionExchange::periodsInWords()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto p = parsePeriod(text);
    const QString got =
        p ? QStringLiteral("%1/%2/%3/%4").arg(p->kind).arg(p->years).arg(p->months).arg(p->days)
          : QStringLiteral("-");
    QCOMPARE(got, expected);
}

void TestRetentionExchange::updatesByReference()
{
    QString error;
    QVERIFY(installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error));
    const qint64 before = m_ws->records().count(kinds::retentionClass());
    // A changed period and note, a new class, and a row as it already is.
    const QString quoted =
        write(QStringLiteral("changes2.csv"),
              "Reference,Function,Activity,Records,Years,Notes\r\n"
              "RC-0002,Corporate finance,Accounts payable,\"Invoices, payment authorisations and "
              "remittances\",7,Our auditors ask for 7\r\n"
              "RC-0500,Parking,Penalty charge notices,PCNs and appeals,6,\r\n"
              "RC-0003,Corporate finance,Accounts receivable and debt recovery,\"Sales invoices, "
              "debtor accounts, recovery correspondence and write-offs\",,\r\n");
    const RetentionImportReport r = RetentionImporter(*m_ws).run(quoted, {});
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.created, 1);
    QCOMPARE(r.unchanged, 1);
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), before + 1);
    const auto payable =
        m_ws->records().findByRef(kinds::retentionClass(), QStringLiteral("RC-0002"));
    QCOMPARE(payable->value(f::periodYears).toInt(), 7);
    QCOMPARE(payable->value(f::notes).toString(), QStringLiteral("Our auditors ask for 7"));
    // Fields the file does not carry are left as they were.
    QCOMPARE(payable->value(f::authority).toString(), QStringLiteral("Limitation Act 1980 s.5"));
    QVERIFY(m_ws->records().findByRef(kinds::retentionClass(), QStringLiteral("RC-0500")));
    // The next class made by hand continues after the file's reference.
    const auto next = m_ws->records().create(kinds::retentionClass(),
                                             {{f::function, QStringLiteral("X")},
                                              {f::activity, QStringLiteral("Y")},
                                              {f::description, QStringLiteral("Z")},
                                              {f::periodYears, 1}},
                                             &error);
    QVERIFY2(next, qPrintable(error));
    QCOMPARE(next->ref, QStringLiteral("RC-0501"));
}

void TestRetentionExchange::badRowStopsEverything()
{
    const QString file = write(QStringLiteral("bad.csv"),
                               "Function,Activity,Records,Retention period,Disposal action,Owner,"
                               "Kind of authority\r\n"
                               "Finance,Payables,Invoices,6 years,Destroy,,\r\n"
                               "Finance,Receivables,Debts,six years,Destroy,,\r\n"
                               "Finance,Banking,Statements,6 years,Burn,,\r\n"
                               "Finance,Budgets,Working papers,3 years,Destroy,Nobody Known,\r\n"
                               "Planning,Applications,Decisions,Permanent,Destroy,,\r\n"
                               "Licensing,Premises,Licences,6 years,Destroy,,Statute\r\n");
    const RetentionImportReport r = RetentionImporter(*m_ws).run(file, {});
    QVERIFY(!r.ok());
    QVERIFY(!r.written);
    QCOMPARE(r.rows, 6);
    QCOMPARE(r.errors, 5);
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), 0);
    QStringList messages;
    for (const RetentionImportProblem &p : r.problems)
        messages << p.where() + QStringLiteral(": ") + p.message;
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("row 3, column \"Retention period\": \"six years\" is not "
                                         "a period")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("row 4, column \"Disposal action\": \"Burn\" is not a "
                                         "known disposal action. Use one of: Destroy securely")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("row 5, column \"Owner\": Nobody Known is not in the "
                                         "people directory")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("row 6, column \"Disposal action\": A permanent class "
                                         "cannot be destroyed")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("row 7, column \"Kind of authority\"")) ||
                 all.contains(QStringLiteral("row 7: Name the statute")),
             qPrintable(all));
}

void TestRetentionExchange::dryRunWritesNothing()
{
    const QString file =
        write(QStringLiteral("dry.csv"),
              "Function,Activity,Records,Years\r\nFinance,Payables,Invoices,6\r\n");
    RetentionImportOptions options;
    options.dryRun = true;
    const RetentionImportReport r = RetentionImporter(*m_ws).run(file, options);
    QVERIFY(r.ok());
    QCOMPARE(r.created, 1);
    QVERIFY(!r.written);
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), 0);
    QStringList headings;
    QList<QStringList> rows;
    QHash<QString, int> matched;
    QString error;
    QVERIFY(RetentionImporter::preview(file, options.read, 5, &headings, &rows, nullptr, &matched,
                                       &error));
    QCOMPARE(headings.size(), 4);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(matched.value(f::periodYears), 3);
}

void TestRetentionExchange::formulasAreDefused()
{
    QString error;
    QVERIFY(m_ws->records().create(kinds::retentionClass(),
                                   {{f::function, QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")},
                                    {f::activity, QStringLiteral("+cmd|' /C calc'!A0")},
                                    {f::description, QStringLiteral("@SUM(1+1)")},
                                    {f::periodYears, 1}},
                                   &error));
    const QString csv = m_dir.filePath(QStringLiteral("formulas.csv"));
    QVERIFY2(exportRetentionSchedule(*m_ws, csv, QStringLiteral("csv"), &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(!content.contains(",=HYPERLINK") && !content.contains(",\"=HYPERLINK"),
             content.constData());
    QVERIFY2(content.contains("'=HYPERLINK") && content.contains("'+cmd") &&
                 content.contains("'@SUM"),
             content.constData());
    // ... and the guard comes off again on import.
    auto copy = fresh(QStringLiteral("formulas-copy.igw"));
    const RetentionImportReport r = RetentionImporter(*copy).run(csv, {});
    QVERIFY2(r.ok(), qPrintable(r.fatal));
    QCOMPARE(classes(*copy).constFirst().value(f::function).toString(),
             QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
}

void TestRetentionExchange::hugeCellsAreRefused()
{
    // Over the per-field limit: that row is an error, with the place and the size.
    QByteArray longNote(5000, 'x');
    const QString tooLong = write(QStringLiteral("long.csv"),
                                  "Function,Activity,Records,Years,Notes\r\nFinance,Payables,"
                                  "Invoices,6," +
                                      longNote + "\r\n");
    const RetentionImportReport r = RetentionImporter(*m_ws).run(tooLong, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.errors, 1);
    QVERIFY2(r.problems.constFirst().message.contains(QStringLiteral("5000 characters")),
             qPrintable(r.problems.constFirst().message));
    QCOMPARE(r.problems.constFirst().column, QStringLiteral("Notes"));
    // Over the cell cap: the file is refused before anything is checked.
    QByteArray huge(100 << 10, 'y');
    const QString hostile =
        write(QStringLiteral("huge.csv"),
              "Function,Activity,Records,Years\r\nFinance,Payables," + huge + ",6\r\n");
    const RetentionImportReport h = RetentionImporter(*m_ws).run(hostile, {});
    QVERIFY(!h.ok());
    QVERIFY2(!h.fatal.isEmpty(), "a huge cell must refuse the file");
    QCOMPARE(m_ws->records().count(kinds::retentionClass()), 0);
}

void TestRetentionExchange::missingColumnsAreFatal()
{
    const QString file = write(QStringLiteral("nocols.csv"), "Function,Years\r\nFinance,6\r\n");
    const RetentionImportReport r = RetentionImporter(*m_ws).run(file, {});
    QVERIFY(!r.fatal.isEmpty());
    QVERIFY2(r.fatal.contains(QStringLiteral("Activity")), qPrintable(r.fatal));
    const QString xls = write(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0", 4));
    QVERIFY(!RetentionImporter(*m_ws).run(xls, {}).fatal.isEmpty());
}

void TestRetentionExchange::titleRowsAboveTheHeadings()
{
    // As councils publish them: a title, a version line and a blank row above the headings.
    const QString file = write(QStringLiteral("published.csv"),
                               "Snapton Borough Council retention schedule,,,\r\n"
                               "Version 4 approved by the Information Governance Board,,,\r\n"
                               ",,,\r\n"
                               "Function,Activity,Description,Retention period\r\n"
                               "Finance,Payables,Invoices,6 years\r\n"
                               "Planning,Applications,Decisions,Permanent\r\n");
    RetentionImportOptions options;
    options.dryRun = true;
    QStringList headings;
    QString error;
    QVERIFY2(RetentionImporter::preview(file, options.read, 5, &headings, nullptr, nullptr, nullptr,
                                        &error),
             qPrintable(error));
    QCOMPARE(headings.value(3), QStringLiteral("Retention period"));
    RetentionImportReport r = RetentionImporter(*m_ws).run(file, options);
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QCOMPARE(r.rows, 2);
    r = RetentionImporter(*m_ws).run(file, {});
    QVERIFY(r.written);
    QCOMPARE(classes(*m_ws).constLast().value(f::periodKind).toString(),
             retentionPeriodKind::permanent);
    // Problems name the file's own row numbers.
    const QString bad = write(QStringLiteral("published-bad.csv"),
                              "Retention schedule,,,\r\nFunction,Activity,Description,Retention "
                              "period\r\nFinance,Payables,Invoices,ages\r\n");
    r = RetentionImporter(*m_ws).run(bad, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.constFirst().line, 3);
}

void TestRetentionExchange::assetRetentionColumnsRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("xlsx") << QStringLiteral("xlsx");
}

void TestRetentionExchange::assetRetentionColumnsRoundTrip()
{
    // The register's own export and import carry each asset's class (by reference), its
    // trigger, closure date and legal hold.
    QFETCH(QString, format);
    namespace a = assetField;
    QString error;
    QVERIFY(installStarterSchedule(*m_ws, StarterSchedule::builtIn(), &error));
    const QList<QVariantMap> assets{{{a::name, QStringLiteral("Invoices")},
                                     {a::retentionClassId, 2},
                                     {a::triggerDate, QStringLiteral("2020-03-31")}},
                                    {{a::name, QStringLiteral("Tenancy files")},
                                     {a::retentionClassId, 27},
                                     {a::triggerRule, QStringLiteral("closed")},
                                     {a::closedOn, QStringLiteral("2024-02-29")},
                                     {a::legalHold, 1},
                                     {a::legalHoldReason, QStringLiteral("Disrepair claim")}},
                                    {{a::name, QStringLiteral("No class")}}};
    for (const QVariantMap &v : assets)
        QVERIFY2(m_ws->records().create(kinds::asset(), v, &error), qPrintable(error));
    const QString file = m_dir.filePath(QStringLiteral("assets.") + format);
    QVERIFY2(exportAssets(*m_ws, file, format, {}, {}, &error), qPrintable(error));

    auto copy = fresh(QStringLiteral("assets-copy-") + format + QStringLiteral(".igw"));
    QVERIFY(installStarterSchedule(*copy, StarterSchedule::builtIn(), &error));
    const ImportReport r = AssetImporter(*copy).run(file, {});
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QVERIFY2(r.unmappedHeadings.isEmpty(), qPrintable(r.unmappedHeadings.join(QLatin1Char(','))));
    const QList<Record> before = m_ws->records().list(kinds::asset());
    const QList<Record> after = copy->records().list(kinds::asset());
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        for (const QString &field : {a::retentionClassId, a::triggerDate, a::triggerRule,
                                     a::closedOn, a::legalHold, a::legalHoldReason}) {
            const QString x = auditText(before.at(i).value(field));
            const QString y = auditText(after.at(i).value(field));
            // A hold that was never set reads back as "No".
            if (field == a::legalHold && x.isEmpty())
                QVERIFY(y.isEmpty() || y == QLatin1String("0"));
            else
                QVERIFY2(x == y,
                         qPrintable(
                             QStringLiteral("%1 %2: %3 vs %4").arg(before.at(i).ref, field, x, y)));
        }
    }
}

void TestRetentionExchange::assetImportNeedsKnownClasses()
{
    const QString file = write(QStringLiteral("assets-bad.csv"),
                               "Name,Retention class reference,Legal hold,Legal hold reason,"
                               "Retention trigger rule\r\n"
                               "Invoices,RC-0999,No,,\r\n"
                               "Tenancy files,,Yes,,\r\n"
                               "Minutes,,,,whenever the clerk says\r\n");
    const ImportReport r = AssetImporter(*m_ws).run(file, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.errors, 3);
    QCOMPARE(m_ws->records().count(kinds::asset()), 0);
    QStringList messages;
    for (const ImportProblem &p : r.problems)
        messages << QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.message);
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("2 Retention class reference: RC-0999 is not a class of "
                                         "this workspace's retention schedule")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("3 Legal hold reason: Say why the asset is on legal "
                                         "hold")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("4 Retention trigger rule: \"whenever the clerk says\" "
                                         "is not a known retention trigger rule")),
             qPrintable(all));
}

void TestRetentionExchange::userMapping()
{
    // Headings nobody would guess, mapped by the user; a mapping naming a missing column is
    // refused before anything is read.
    const QString file =
        write(QStringLiteral("odd.csv"), "Dept,Proc,What,Keep,Then\r\nFinance,Payables,Invoices,6 "
                                         "years,Shred\r\n");
    RetentionImportOptions options;
    options.mapping = {{f::function, QStringLiteral("Dept")},
                       {f::activity, QStringLiteral("Proc")},
                       {f::description, QStringLiteral("What")},
                       {retentionPeriodColumn, QStringLiteral("Keep")},
                       {f::disposalAction, QStringLiteral("Then")}};
    RetentionImportReport r = RetentionImporter(*m_ws).run(file, options);
    QVERIFY2(
        r.ok(),
        qPrintable(r.fatal + (r.problems.isEmpty() ? QString() : r.problems.constFirst().message)));
    QCOMPARE(classes(*m_ws).constFirst().value(f::periodYears).toInt(), 6);
    options.mapping.insert(f::notes, QStringLiteral("Comments"));
    r = RetentionImporter(*m_ws).run(file, options);
    QVERIFY2(r.fatal.contains(QStringLiteral("\"Comments\"")), qPrintable(r.fatal));
    QCOMPARE(classes(*m_ws).size(), 1);
}

QTEST_GUILESS_MAIN(TestRetentionExchange)
#include "tst_retentionexchange.moc"
