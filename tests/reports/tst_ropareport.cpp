// The ROPA board report as a reader sees it: the PDF is read back with poppler's pdftotext
// and pdfinfo, so the checks are on the text a board member would find, not on our own
// model of it. Set IGW_REPORT_DIR to keep the PDFs for a look.
#include "../workspace/testutil.h"
#include "register/assets.h"
#include "register/demoregister.h"
#include "reports/reportbuilder.h"
#include "reports/ropafigures.h"
#include "reports/ropareport.h"
#include "ropa/activities.h"
#include "ropa/demoropa.h"
#include "ropa/ropa.h"
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/transaction.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace igw;

namespace af = activityField;

namespace {

const QString HostileName = QStringLiteral("<b>&\"Evil</b>");

} // namespace

class TestRopaReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup() { m_ws.reset(); }
    void reportShowsWhatTheDomainComputes();
    void emptyRopaSaysSo();
    void cancelWritesNothing_data();
    void cancelWritesNothing();
    void unwritablePathIsExplained();
    void userTextCannotChangeTheDocument();
    void demoWorkspace();
    void eightHundredActivities();

private:
    void fillProfile();
    qint64 activity(const QVariantMap &values);
    QString write(const QString &name, const std::function<bool(int, int)> &progress = {});
    QString pdfText(const QString &path);
    int pageCount(const QString &path);
    void keep(const QString &path);

    QString m_pdftotext;
    QString m_pdfinfo;
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestRopaReport::initTestCase()
{
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    m_pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (m_pdftotext.isEmpty() || m_pdfinfo.isEmpty())
        QFAIL("pdftotext and pdfinfo (Debian package poppler-utils) are needed to read the "
              "PDFs back; scripts/setup installs them.");
    QVERIFY(m_dir.isValid());
}

void TestRopaReport::init()
{
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".igw"));
    QFile::remove(path);
    m_ws = test::createWorkspace(path, QStringLiteral("Kingsmere Borough Council"));
    QVERIFY(m_ws);
}

void TestRopaReport::fillProfile()
{
    QString error;
    RecordStore &store = m_ws->records();
    const auto dpo = store.create(kinds::person(),
                                  {{personField::name, QStringLiteral("Dana Whitby")},
                                   {personField::email, QStringLiteral("dpo@kingsmere.gov.uk")}},
                                  &error);
    QVERIFY2(dpo, qPrintable(error));
    const auto siro =
        store.create(kinds::person(), {{personField::name, QStringLiteral("Sam Okafor")}}, &error);
    QVERIFY2(siro, qPrintable(error));
    QVERIFY2(store.update(kinds::organisation(), m_ws->selfOrganisationId(),
                          {{orgField::dpoPersonId, dpo->id},
                           {orgField::siroPersonId, siro->id},
                           {orgField::icoRegistration, QStringLiteral("Z1234567")},
                           {orgField::address, QStringLiteral("Town Hall, Kingsmere")}},
                          &error),
             qPrintable(error));
}

qint64 TestRopaReport::activity(const QVariantMap &values)
{
    QString error;
    const auto r = m_ws->records().create(kinds::activity(), values, &error);
    if (!r)
        qWarning("activity: %s", qPrintable(error));
    return r ? r->id : 0;
}

QString TestRopaReport::write(const QString &name, const std::function<bool(int, int)> &progress)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!writeRopaReport(*m_ws, path, &error, progress)) {
        qWarning("writeRopaReport: %s", qPrintable(error));
        return {};
    }
    keep(path);
    return path;
}

QString TestRopaReport::pdfText(const QString &path)
{
    QProcess p;
    p.start(m_pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"),
                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int TestRopaReport::pageCount(const QString &path)
{
    QProcess p;
    p.start(m_pdfinfo, {path});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const auto m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                      QRegularExpression::MultilineOption)
                       .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestRopaReport::keep(const QString &path)
{
    const QString dir = qEnvironmentVariable("IGW_REPORT_DIR");
    if (dir.isEmpty())
        return;
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

void TestRopaReport::reportShowsWhatTheDomainComputes()
{
    fillProfile();
    QString error;
    const auto hr = m_ws->records().create(
        kinds::asset(),
        {{assetField::name, QStringLiteral("HR file")},
         {assetField::dataSubjectCategories, QStringLiteral("Employees")},
         {assetField::personalDataCategories, QStringLiteral("Contact details; Health")},
         {assetField::specialCategory, 1},
         {assetField::art9Condition, QStringLiteral("b")}},
        &error);
    QVERIFY2(hr, qPrintable(error));
    // Complete, with special category data from its asset and the Schedule 1 record.
    QVERIFY(activity({{af::name, QStringLiteral("Payroll")},
                      {af::businessFunction, QStringLiteral("Finance")},
                      {af::purpose, QStringLiteral("Paying staff")},
                      {af::assetIds, linkValue({hr->id})},
                      {af::recipientCategories, QStringLiteral("HMRC")},
                      {af::internationalTransfers, 0},
                      {af::retentionSchedule, QStringLiteral("6 years after leaving")},
                      {af::securityMeasures, QStringLiteral("Role-based access")},
                      {af::lawfulBasis, QStringLiteral("legal_obligation")},
                      {af::schedule1Condition, QStringLiteral("para1")},
                      {af::erasurePolicy, QStringLiteral("https://intranet/retention")},
                      {af::retainedPerPolicy, 1},
                      {af::dpiaRequired, QStringLiteral("no")}}));
    // Incomplete: no retention schedule, transfers without destinations, DPIA under way.
    QVERIFY(activity({{af::name, QStringLiteral("Housing allocations")},
                      {af::businessFunction, QStringLiteral("Housing")},
                      {af::purpose, QStringLiteral("Allocating social housing")},
                      {af::subjectCategoriesExtra, QStringLiteral("Applicants")},
                      {af::dataCategoriesExtra, QStringLiteral("Household details")},
                      {af::recipientCategories, QStringLiteral("Housing associations")},
                      {af::internationalTransfers, 1},
                      {af::securityMeasures, QStringLiteral("Encrypted at rest")},
                      {af::lawfulBasis, QStringLiteral("public_task")},
                      {af::dpiaRequired, QStringLiteral("yes")},
                      {af::dpiaProgress, QStringLiteral("in_progress")},
                      {af::breachOccurred, 1}}));
    // A processor record, and one whose name is hostile markup.
    QVERIFY(activity({{af::name, QStringLiteral("School payroll bureau")},
                      {af::role, QStringLiteral("processor")},
                      {af::processingCategories, QStringLiteral("Payroll")}}));
    QVERIFY(activity({{af::name, HostileName}, {af::specialCategory, 1}}));

    const auto ropa = loadRopa(*m_ws, &error);
    QVERIFY2(ropa, qPrintable(error));
    const RopaFigures figures = ropaFigures(*ropa);
    QCOMPARE(figures.activities, 4);
    QCOMPARE(figures.asProcessor, 1);
    QCOMPARE(figures.specialOrCriminal, 2);
    QCOMPARE(figures.completeActivities, 1);
    QCOMPARE(figures.dpiaRequired, 1);
    QCOMPARE(figures.dpiaInProgress, 1);
    QCOMPARE(figures.internationalTransfers, 1);
    QCOMPARE(figures.breaches, 1);
    QVERIFY(ropa->percentComplete() > 0 && ropa->percentComplete() < 100);

    const QString path = write(QStringLiteral("ropa.pdf"));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArrayLiteral("%PDF-"));
    QVERIFY(pageCount(path) > 0);

    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Kingsmere Borough Council")));
    QVERIFY(text.contains(QStringLiteral("Z1234567")));
    QVERIFY(text.contains(QStringLiteral("Dana Whitby")));
    // Searchable as typed: no "ﬃ" ligature in place of the letters.
    QVERIFY(text.contains(QStringLiteral("Data protection officer")));
    QVERIFY(text.contains(QStringLiteral("Sam Okafor")));
    QVERIFY2(text.contains(QStringLiteral("%1%").arg(ropa->percentComplete())),
             qPrintable(QStringLiteral("%1% not in the text").arg(ropa->percentComplete())));
    for (const ActivityView &a : ropa->activities)
        QVERIFY2(text.contains(a.record.ref), qPrintable(a.record.ref));
    // Every gap appears with its citation; the retention gap is Art. 30(1)(f).
    QVERIFY(text.contains(QStringLiteral("Retention schedule")));
    QVERIFY(text.contains(QStringLiteral("UK GDPR Art. 30(1)(f)")));
    QVERIFY(text.contains(QStringLiteral("UK GDPR Art. 30(2)(a)")));
    // Shown as typed: not bold markup, not "&amp;".
    QVERIFY2(text.contains(HostileName), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("&amp;")));
    // Words, not colours: the status column says so.
    QVERIFY(text.contains(QStringLiteral("Complete")));
    for (const ActivityView &a : ropa->activities) {
        if (!a.isComplete())
            QVERIFY(text.contains(QStringLiteral("%1 missing").arg(a.gaps.size())));
    }
    QVERIFY(text.contains(QStringLiteral("1: 1 in progress"))); // DPIAs required
    QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
}

void TestRopaReport::emptyRopaSaysSo()
{
    const QString path = write(QStringLiteral("empty.pdf"));
    QVERIFY(!path.isEmpty());
    QVERIFY(pageCount(path) > 0);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Kingsmere Borough Council")));
    QVERIFY(text.contains(QStringLiteral("There are no processing activities")));
    // The header still has gaps (no DPO, no contact details) and says where they come from.
    QVERIFY(text.contains(QStringLiteral("UK GDPR Art. 30(1)(a)")));
}

void TestRopaReport::cancelWritesNothing_data()
{
    // The job is three equal shares: the gaps section, the activities table, the pages.
    QTest::addColumn<int>("cancelAfterThirds");
    QTest::newRow("while building") << 0;
    QTest::newRow("while painting") << 2;
}

void TestRopaReport::cancelWritesNothing()
{
    QFETCH(int, cancelAfterThirds);
    for (int i = 0; i < 10; ++i)
        QVERIFY(activity({{af::name, QStringLiteral("Activity %1").arg(i)}}));
    const QString path = m_dir.filePath(QStringLiteral("cancel.pdf"));
    QFile::remove(path);
    int calls = 0;
    bool cancelled = false;
    const auto cancel = [&](int done, int total) {
        ++calls;
        cancelled = done * 3 > total * cancelAfterThirds;
        return !cancelled;
    };
    // Nothing there: nothing appears.
    QString error;
    QVERIFY(!writeRopaReport(*m_ws, path, &error, cancel));
    QVERIFY(cancelled);
    QVERIFY(calls > 1);
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // An earlier report stays exactly as it was, and no temporary file is left beside it.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }
    QVERIFY(!writeRopaReport(*m_ws, path, &error, cancel));
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArrayLiteral("previous report"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancel.pdf*")}, QDir::Files),
             QStringList{QStringLiteral("cancel.pdf")});
}

void TestRopaReport::unwritablePathIsExplained()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/ropa.pdf"));
    QString error;
    QVERIFY(!writeRopaReport(*m_ws, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Choose a folder you can write to")), qPrintable(error));
    QVERIFY(!QFile::exists(path));

    QVERIFY(!writeRopaReport(*m_ws, QString(), &error));
    QVERIFY(!error.isEmpty());
}

void TestRopaReport::userTextCannotChangeTheDocument()
{
    // Controls, direction overrides and QTextDocument's own frame markers are dropped;
    // markup stays text; line breaks from any system become one kind.
    const QString hostile = QStringLiteral("a\u0001b\u202Ec<i>\uFDD0d\uFFFC\r\ne\rf\tg");
    QCOMPARE(reports::ReportBuilder::plain(hostile), QStringLiteral("abc<i>d\ne\nf g"));
    QVERIFY(activity({{af::name, QStringLiteral("Fine \u202Eenil\u202C & <table>")},
                      {af::businessFunction, QStringLiteral("\uFDD1Ops")}}));
    // The organisation's name is in the title block, the running header and the metadata.
    const QString organisation = QStringLiteral("Kingsmere <i>&amp; Co");
    QString error;
    QVERIFY2(m_ws->records().update(kinds::organisation(), m_ws->selfOrganisationId(),
                                    {{orgField::name, organisation}}, &error),
             qPrintable(error));
    const QString path = write(QStringLiteral("controls.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.count(organisation) >= 2);
    QVERIFY(text.contains(QStringLiteral("Fine enil & <table>")));
    QVERIFY(text.contains(QStringLiteral("Ops")));
}

void TestRopaReport::demoWorkspace()
{
    QString error;
    QVERIFY2(addDemoDirectory(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRegister(*m_ws, &error), qPrintable(error));
    QVERIFY2(addDemoRopa(*m_ws, &error), qPrintable(error));
    const auto ropa = loadRopa(*m_ws, &error);
    QVERIFY2(ropa, qPrintable(error));
    const QString path = write(QStringLiteral("demo-ropa.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("%1%").arg(ropa->percentComplete())));
    for (const ActivityView &a : ropa->activities)
        QVERIFY2(text.contains(a.record.ref), qPrintable(a.record.ref));
}

void TestRopaReport::eightHundredActivities()
{
    fillProfile();
    QString error;
    {
        WriteTransaction tx(*m_ws);
        QVERIFY(tx.isActive());
        const QStringList functions{QStringLiteral("Adult social care"), QStringLiteral("Housing"),
                                    QStringLiteral("Revenues"), QStringLiteral("Planning"),
                                    QStringLiteral("Education")};
        for (int i = 0; i < 800; ++i) {
            QVariantMap v{{af::name, QStringLiteral("Processing activity number %1").arg(i)},
                          {af::businessFunction, functions.at(i % functions.size())},
                          {af::purpose, QStringLiteral("Delivering the service")},
                          {af::subjectCategoriesExtra, QStringLiteral("Residents")},
                          {af::dataCategoriesExtra, QStringLiteral("Contact details")},
                          {af::recipientCategories, QStringLiteral("Partners")},
                          {af::internationalTransfers, 0},
                          {af::lawfulBasis, QStringLiteral("public_task")},
                          {af::dpiaRequired, i % 7 == 0 ? QStringLiteral("yes") : QString()},
                          {af::specialCategory, i % 3 == 0 ? 1 : 0}};
            if (i % 4 != 0) // a quarter lack retention and security
                v.insert(af::retentionSchedule, QStringLiteral("6 years"));
            if (i % 4 != 0)
                v.insert(af::securityMeasures, QStringLiteral("Access control"));
            if (i % 10 == 0)
                v.insert(af::role, QStringLiteral("processor"));
            QVERIFY(activity(v));
        }
        QVERIFY(tx.commit());
    }
    int last = -1;
    int total = -1;
    int calls = 0;
    const auto progress = [&](int done, int all) {
        if (total == -1)
            total = all;
        // One scale for the whole job: constant total, never backwards.
        if (all != total || done < last || done > all)
            return false;
        last = done;
        ++calls;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const QString path = write(QStringLiteral("ropa-800.pdf"), progress);
    const qint64 ms = timer.elapsed();
    QVERIFY(!path.isEmpty());
    QCOMPARE(last, total);
    QVERIFY(calls > 800);
    const int pages = pageCount(path);
    qInfo("800 activities: %d pages, %lld ms, %lld KiB", pages, ms, QFileInfo(path).size() / 1024);
    QVERIFY(pages > 10);
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("PA-0800")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

QTEST_MAIN(TestRopaReport)
#include "tst_ropareport.moc"
