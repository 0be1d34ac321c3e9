// Exclusive use of a workspace across processes, and recovery from a stale lock.
#include "testutil.h"
#include "workspace/directory.h"
#include "workspace/recordstore.h"

#include <QProcess>

#include <csignal>

using namespace igw;

class TestLock : public QObject {
    Q_OBJECT
private slots:
    void secondOpenInSameProcessIsRefused();
    void secondProcessIsToldWhoHoldsIt();
    void staleLockFromKilledProcessIsRecovered();

private:
    static bool startHolder(QProcess &child, const QString &file);
};

bool TestLock::startHolder(QProcess &child, const QString &file)
{
    child.start(QStringLiteral(IGW_TEST_CHILD), {QStringLiteral("hold"), file});
    if (!child.waitForStarted(10000))
        return false;
    return child.waitForReadyRead(10000) && child.readLine().trimmed() == "ready";
}

void TestLock::secondOpenInSameProcessIsRefused()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a.igw"));
    auto first = test::createWorkspace(file);
    QVERIFY(first);
    auto second = test::openWorkspace(file);
    QVERIFY(!second.ok());
    QCOMPARE(second.error, OpenError::Locked);
    QCOMPARE(second.lockHolder.user, QStringLiteral("tester"));
    QCOMPARE(second.lockHolder.pid, QCoreApplication::applicationPid());
    QVERIFY(second.errorString.contains(QStringLiteral("read-only")));
    first.reset();
    QVERIFY(!QFile::exists(WorkspaceLock::lockPathFor(file))); // a clean close leaves no lock
    auto third = test::openWorkspace(file);
    QVERIFY2(third.ok(), qPrintable(third.errorString));
    QVERIFY(third.warnings.isEmpty());
}

void TestLock::secondProcessIsToldWhoHoldsIt()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("shared.igw"));
    QVERIFY(test::createWorkspace(file));
    QProcess child;
    QVERIFY(startHolder(child, file));

    auto refused = test::openWorkspace(file);
    QCOMPARE(refused.error, OpenError::Locked);
    QCOMPARE(refused.lockHolder.pid, child.processId());
    QCOMPARE(refused.lockHolder.user, QStringLiteral("child-user"));
    QCOMPARE(refused.lockHolder.application, QStringLiteral("igw_test_child"));
    QVERIFY(refused.lockHolder.since.isValid());
    QVERIFY(refused.errorString.contains(QStringLiteral("child-user")));

    // Offered read-only: it opens, says who holds it, and reads the data.
    auto readOnly = test::openWorkspace(file, true);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.errorString));
    QCOMPARE(readOnly.workspace->readOnlyReason(), Workspace::ReadOnlyReason::LockedElsewhere);
    QVERIFY(readOnly.workspace->readOnlyMessage().contains(QStringLiteral("child-user")));
    QCOMPARE(readOnly.workspace->records().count(kinds::organisation()), 1);
    child.kill();
    child.waitForFinished();
}

void TestLock::staleLockFromKilledProcessIsRecovered()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("stale.igw"));
    QVERIFY(test::createWorkspace(file));
    QProcess child;
    QVERIFY(startHolder(child, file));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(10000));
    QVERIFY(QFile::exists(WorkspaceLock::lockPathFor(file))); // left behind by the crash

    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY(!r.workspace->isReadOnly());
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.constFirst().contains(QStringLiteral("ended without closing")),
             qPrintable(r.warnings.constFirst()));
    QVERIFY(r.warnings.constFirst().contains(QStringLiteral("child-user")));
}

QTEST_GUILESS_MAIN(TestLock)
#include "tst_lock.moc"
