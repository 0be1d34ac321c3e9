// Rolling backups, copies of a workspace in use, and restore.
#include "testutil.h"
#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/fileprobe.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"

#include <QDir>

using namespace igw;

class TestBackup : public QObject {
    Q_OBJECT
private slots:
    void copyOfOpenWorkspaceHasCommittedDataOnly();
    void rollingBackupKeepsNewest();
    void restoreRefusesWhileOpen();
    void copyRefusesNonDatabase();
};

void TestBackup::copyOfOpenWorkspaceHasCommittedDataOnly()
{
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("a.igw")));
    QString error;
    QVERIFY(ws->records().create(kinds::person(),
                                 {{personField::name, QStringLiteral("Committed")}}, &error));
    const QString copy = dir.filePath(QStringLiteral("copy.igw"));
    {
        WriteTransaction tx(*ws); // an edit in progress must not leak into the copy
        QVERIFY(ws->records().create(kinds::person(),
                                     {{personField::name, QStringLiteral("Pending")}}, &error));
        QVERIFY2(backup::copyDatabase(ws->path(), copy, &error), qPrintable(error));
    }
    QVERIFY(ws->saveCopyAs(dir.filePath(QStringLiteral("saved.igw")), &error));
    QVERIFY(!ws->saveCopyAs(ws->path(), &error));
    ws.reset();
    for (const QString &name : {QStringLiteral("copy.igw"), QStringLiteral("saved.igw")}) {
        QCOMPARE(fileprobe::probe(dir.filePath(name)), fileprobe::Kind::Workspace);
        QVERIFY(!QFile::exists(dir.filePath(name) + QStringLiteral("-wal")));
        auto r = test::openWorkspace(dir.filePath(name));
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        const auto people = r.workspace->records().list(kinds::person());
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.constFirst().values.value(personField::name).toString(),
                 QStringLiteral("Committed"));
    }
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.tmp-*")}).isEmpty());
}

void TestBackup::rollingBackupKeepsNewest()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("council.igw"));
    OpenOptions options;
    options.backupsToKeep = 3;
    auto created = Workspace::create(file, QStringLiteral("Council"), options);
    QVERIFY(created.ok());
    created.workspace.reset();
    QStringList taken;
    for (int i = 0; i < 5; ++i) {
        auto r = Workspace::open(file, options); // backupOnOpen defaults to on
        QVERIFY2(r.ok(), qPrintable(r.errorString));
        QVERIFY(r.workspace->lastBackupTime().isValid());
        QString error;
        QVERIFY(r.workspace->records().create(
            kinds::person(), {{personField::name, QStringLiteral("P%1").arg(i)}}, &error));
        QTest::qWait(3); // distinct millisecond stamps
    }
    const QStringList kept = backup::list(file);
    QCOMPARE(kept.size(), 3);
    QVERIFY(kept.at(0) > kept.at(1)); // newest first
    QCOMPARE(backup::newest(file), kept.at(0));
    QVERIFY(kept.at(0).startsWith(backup::directoryFor(file) + QStringLiteral("/council-")));
    auto newest = test::openWorkspace(kept.at(0));
    QVERIFY(newest.ok());
    // Taken on the fifth open, before that session's edit.
    QCOMPARE(newest.workspace->records().count(kinds::person()), 4);
}

void TestBackup::restoreRefusesWhileOpen()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("busy.igw"));
    auto ws = test::createWorkspace(file);
    QString error;
    const QString b = ws->backupNow(&error);
    QVERIFY(!b.isEmpty());
    QVERIFY(!backup::restore(b, file, &error));
    QVERIFY2(error.contains(QStringLiteral("open")), qPrintable(error));
    QVERIFY(!backup::restore(file + QStringLiteral(".nothing"), file, &error));
}

void TestBackup::copyRefusesNonDatabase()
{
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.igw"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QString error;
    QVERIFY(!backup::copyDatabase(junk, dir.filePath(QStringLiteral("out.igw")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.igw"))));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
