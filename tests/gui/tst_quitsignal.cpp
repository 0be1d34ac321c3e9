// The desktop session ends the app with SIGTERM at logout: the workspace must then be
// closed properly, leaving no stale lock behind.
#include "workspace/workspace.h"
#include "workspace/workspacelock.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace igw;

class TestQuitSignal : public QObject {
    Q_OBJECT
private slots:
    void sigtermClosesTheWorkspace_data();
    void sigtermClosesTheWorkspace();
};

void TestQuitSignal::sigtermClosesTheWorkspace_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestQuitSignal::sigtermClosesTheWorkspace()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.igw"));
    QVERIFY(Workspace::create(file, QStringLiteral("Council")).ok());
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(IGW_APP), {file});
    QVERIFY(app.waitForStarted(10000));
    const QString lock = WorkspaceLock::lockPathFor(file);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(lock), 20000);
    ::kill(pid_t(app.processId()), signal);
    QVERIFY(app.waitForFinished(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(!QFile::exists(lock));
    // And the next open is clean: no "ended without closing" warning.
    auto again = Workspace::open(file);
    QVERIFY2(again.ok(), qPrintable(again.errorString));
    QVERIFY(again.warnings.isEmpty());
}

QTEST_GUILESS_MAIN(TestQuitSignal)
#include "tst_quitsignal.moc"
