// The published retention schedule and the certificate of destruction, read back with
// Debian's own tools through QProcess: pdfinfo (pages, metadata), pdffonts (embedded fonts),
// qpdf --check (structure) and pdftotext (what a reader sees). Set IGW_REPORT_DIR to keep the
// files for a look.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "reports/disposalcertificate.h"
#include "reports/retentionschedulereport.h"
#include "retention/demoretention.h"
#include "retention/disposal.h"
#include "retention/retentionclasses.h"
#include "retention/scheduletree.h"
#include "ropa/demoropa.h"
#include "workspace/demo.h"
#include "workspace/directory.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace igw;

namespace f = retentionField;

class TestRetentionReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scheduleForPublication();
    void scheduleKeepsUserTextLiteral();
    void cancelledScheduleLeavesNoFile();
    void certificateOfDestruction();
    void certificateOfTransfer();
    void unknownCertificate();

private:
    struct Run {
        int exitCode = -1;
        QString out;
    };
    Run run(const QString &program, const QStringList &arguments);
    QString text(const QString &path, int page = 0);
    QString info(const QString &path, const QString &field);
    void checkArchival(const QString &path);
    void keep(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_pdftotext, m_pdfinfo, m_pdffonts, m_qpdf;
};

void TestRetentionReports::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    m_pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    m_qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty() || m_pdffonts.isEmpty() || m_qpdf.isEmpty())
        QFAIL("pdftotext, pdfinfo, pdffonts (Debian package poppler-utils) and qpdf (package "
              "qpdf) are needed; scripts/setup installs them.");
    QVERIFY(m_dir.isValid());
    m_ws =
        test::createWorkspace(m_dir.filePath(QStringLiteral("demo.igw")), demoOrganisationName());
    QVERIFY(m_ws);
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error) && addDemoRegister(*m_ws, &error) &&
                 addDemoRopa(*m_ws, &error) && addDemoRetention(*m_ws, &error),
             qPrintable(error));
}

TestRetentionReports::Run TestRetentionReports::run(const QString &program,
                                                    const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(60000)) {
        qWarning("%s did not finish", qPrintable(program));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return r;
}

QString TestRetentionReports::text(const QString &path, int page)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(m_pdftotext, args << path << QStringLiteral("-")).out.simplified();
}

QString TestRetentionReports::info(const QString &path, const QString &field)
{
    const auto m =
        QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(field),
                           QRegularExpression::MultilineOption)
            .match(run(m_pdfinfo, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path}).out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

void TestRetentionReports::checkArchival(const QString &path)
{
    QCOMPARE(info(path, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    const Run fonts = run(m_pdffonts, {path});
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)"
                                                                 "\\s+\\d+\\s+\\d+$"))),
                 qPrintable(line));
    const Run check = run(m_qpdf, {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.contains("<pdfaid:part>1</pdfaid:part>"));
    QVERIFY(raw.contains("<pdfaid:conformance>B</pdfaid:conformance>"));
}

void TestRetentionReports::keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("IGW_REPORT_DIR");
    if (dir.isEmpty())
        return;
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

void TestRetentionReports::scheduleForPublication()
{
    const QString path = m_dir.filePath(QStringLiteral("schedule.pdf"));
    QString error;
    int calls = 0;
    QVERIFY2(writeRetentionScheduleReport(*m_ws, path, &error,
                                          [&](int, int) {
                                              ++calls;
                                              return true;
                                          }),
             qPrintable(error));
    keep(path);
    QVERIFY(calls > 10);
    const QString organisation = demoOrganisationName();
    QCOMPARE(info(path, QStringLiteral("Title")),
             QStringLiteral("Retention schedule — ") + organisation);
    QCOMPARE(info(path, QStringLiteral("Author")), organisation);
    const int classes = int(m_ws->records().count(kinds::retentionClass()));
    const auto tree = scheduleTree(*m_ws);
    QCOMPARE(info(path, QStringLiteral("Subject")),
             QStringLiteral("Retention schedule of %1: %2 classes in %3 functions")
                 .arg(organisation)
                 .arg(classes)
                 .arg(tree.size()));
    const int pages = info(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    checkArchival(path);

    const QString all = text(path);
    for (const ScheduleFunction &fn : tree) {
        QVERIFY2(all.contains(fn.name), qPrintable(fn.name));
        for (const ScheduleActivity &a : fn.activities)
            QVERIFY2(all.contains(a.name), qPrintable(a.name));
    }
    for (const char *needle :
         {"Limitation Act 1980 s.8", "Care Planning, Placement and Case Review (England)",
          "75 years", "31 days", "Transfer to archives", "Until superseded", "RC-0001",
          "If the child dies before 18"})
        QVERIFY2(all.contains(QString::fromUtf8(needle)), needle);
    // Running header from page 2, footer on every page.
    QVERIFY(text(path, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)));
    const QString last = text(path, pages);
    QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY2(text(path, 2).contains(organisation), qPrintable(text(path, 2)));
    // Functions in order, and within Contracts the deeds after contracts under hand.
    QVERIFY(all.indexOf(QStringLiteral("Adult social care")) <
            all.indexOf(QStringLiteral("Children's social care")));
}

void TestRetentionReports::scheduleKeepsUserTextLiteral()
{
    const QString dir = m_dir.filePath(QStringLiteral("hostile"));
    QDir().mkpath(dir);
    auto ws = test::createWorkspace(dir + QStringLiteral("/h.igw"), QStringLiteral("Snapton"));
    QString error;
    QVERIFY(ws->records().create(kinds::retentionClass(),
                                 {{f::function, QStringLiteral("<b>Finance</b> & \"Audit\"")},
                                  {f::activity, QStringLiteral("<script>x</script>")},
                                  {f::description, QStringLiteral("Invoices\u202Egnp.exe")},
                                  {f::periodYears, 6}},
                                 &error));
    const QString path = dir + QStringLiteral("/h.pdf");
    QVERIFY2(writeRetentionScheduleReport(*ws, path, &error), qPrintable(error));
    const QString all = text(path);
    QVERIFY2(all.contains(QStringLiteral("<b>Finance</b> & \"Audit\"")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("<script>x</script>")));
    QVERIFY(all.contains(QStringLiteral("Invoicesgnp.exe")));
}

void TestRetentionReports::cancelledScheduleLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QString error;
    QVERIFY(
        !writeRetentionScheduleReport(*m_ws, path, &error, [](int done, int) { return done < 3; }));
    QVERIFY2(error.contains(QStringLiteral("cancel"), Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestRetentionReports::certificateOfDestruction()
{
    const auto entry = disposalByCertificate(*m_ws, QStringLiteral("DC-0001"));
    QVERIFY(entry);
    const QString path = m_dir.filePath(QStringLiteral("dc-0001.pdf"));
    QString error;
    QVERIFY2(writeDisposalCertificate(*m_ws, QStringLiteral("DC-0001"), path, &error),
             qPrintable(error));
    keep(path);
    QCOMPARE(info(path, QStringLiteral("Title")),
             QStringLiteral("Certificate of destruction DC-0001 — ") + demoOrganisationName());
    QCOMPARE(info(path, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY(info(path, QStringLiteral("Subject")).contains(entry->assetRef));
    checkArchival(path);
    const QString all = text(path);
    for (const QString &needle :
         {QStringLiteral("Certificate of destruction"), QStringLiteral("DC-0001"), entry->assetRef,
          entry->assetName, entry->method, entry->confirmedBy, entry->classRef,
          QStringLiteral("Declaration"), QStringLiteral("destroyed securely on"),
          QStringLiteral("append-only"), QStringLiteral("Page 1 of 1")})
        QVERIFY2(all.contains(needle), qPrintable(needle + QStringLiteral(" in ") + all));
}

void TestRetentionReports::certificateOfTransfer()
{
    const QString dir = m_dir.filePath(QStringLiteral("transfer"));
    QDir().mkpath(dir);
    auto ws = test::createWorkspace(dir + QStringLiteral("/t.igw"), QStringLiteral("Snapton"));
    QString error;
    const auto c =
        ws->records().create(kinds::retentionClass(),
                             {{f::function, QStringLiteral("Democratic services")},
                              {f::activity, QStringLiteral("Committees")},
                              {f::description, QStringLiteral("Minutes")},
                              {f::periodYears, 30},
                              {f::disposalAction, retentionAction::transferArchives},
                              {f::authorityKind, retentionAuthority::statute},
                              {f::authority, QStringLiteral("Local Government Act 1972 s.224")}},
                             &error);
    QVERIFY2(c, qPrintable(error));
    const auto a =
        ws->records().create(kinds::asset(),
                             {{assetField::name, QStringLiteral("Minute books 1974-1994")},
                              {assetField::retentionClassId, c->id},
                              {assetField::triggerDate, QStringLiteral("1994-05-01")}},
                             &error);
    QVERIFY(a);
    QVERIFY2(confirmDisposal(*ws,
                             {a->id,
                              retentionAction::transferArchives,
                              QStringLiteral("Transfer to the record office"),
                              QDate(2025, 6, 2),
                              QStringLiteral("County Archivist"),
                              {}},
                             &error),
             qPrintable(error));
    const QString path = dir + QStringLiteral("/dc.pdf");
    QVERIFY2(writeDisposalCertificate(*ws, QStringLiteral("dc-0001"), path, &error),
             qPrintable(error));
    const QString all = text(path);
    QVERIFY2(all.contains(QStringLiteral("Certificate of transfer to archives")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Local Government Act 1972 s.224")));
    QVERIFY(all.contains(QStringLiteral("transferred to the archives on 2 June 2025")));
}

void TestRetentionReports::unknownCertificate()
{
    const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
    QString error;
    QVERIFY(!writeDisposalCertificate(*m_ws, QStringLiteral("DC-9999"), path, &error));
    QVERIFY2(error.contains(QStringLiteral("no disposal with certificate DC-9999")),
             qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestRetentionReports)
#include "tst_retentionreports.moc"
