// Creating and opening workspaces: pragmas, recognition, and refusal of files that are
// not workspaces or are damaged.
#include "testutil.h"
#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/fileprobe.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"

#include <QSqlQuery>

using namespace igw;

class TestWorkspaceOpen : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void createSetsIdentityAndPragmas();
    void reopenKeepsData();
    void createRefusesExistingFile();
    void refusesNonWorkspaces_data();
    void refusesNonWorkspaces();
    void refusesTruncatedFile();
    void refusesFlippedBytes();
    void offersNewestBackupWhenDamaged();
    void newerVersionOpensReadOnly();
    void readOnlyRefusesWrites();
    void networkFileSystemTypes();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestWorkspaceOpen::createSetsIdentityAndPragmas()
{
    auto ws = test::createWorkspace(path(QStringLiteral("a.igw")));
    QVERIFY(ws);
    const QSqlDatabase db = ws->database();
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA application_id")).toUInt(),
             Workspace::ApplicationId);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
             Workspace::currentSchemaVersion());
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(!ws->isReadOnly());

    const qint64 self = ws->selfOrganisationId();
    QVERIFY(self > 0);
    const auto org = ws->records().get(kinds::organisation(), self);
    QVERIFY(org);
    QCOMPARE(org->values.value(orgField::name).toString(), QStringLiteral("Test Borough Council"));
    QCOMPARE(org->ref, QStringLiteral("ORG-0001"));
    QCOMPARE(org->ownerOrgId, self);
    QCOMPARE(org->createdBy, QStringLiteral("tester"));
    QCOMPARE(fileprobe::probe(path(QStringLiteral("a.igw"))), fileprobe::Kind::Workspace);
}

void TestWorkspaceOpen::reopenKeepsData()
{
    const QString file = path(QStringLiteral("b.igw"));
    {
        auto ws = test::createWorkspace(file);
        QVERIFY(ws);
        QString error;
        QVERIFY2(ws->records().create(kinds::person(),
                                      {{personField::name, QStringLiteral("Asha Patel")}}, &error),
                 qPrintable(error));
    }
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.workspace->records().count(kinds::person()), 1);
    QCOMPARE(r.workspace->records().list(kinds::person()).constFirst().ref,
             QStringLiteral("PE-0001"));
    QVERIFY(r.warnings.isEmpty());
}

void TestWorkspaceOpen::createRefusesExistingFile()
{
    const QString file = path(QStringLiteral("exists.igw"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    auto r = Workspace::create(file, QStringLiteral("X"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error, OpenError::AlreadyExists);
    QVERIFY(r.errorString.contains(file));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

void TestWorkspaceOpen::refusesNonWorkspaces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("plainSqlite");
    QTest::newRow("empty file") << QByteArray() << false;
    QTest::newRow("text") << QByteArray("Asset,Owner\nPayroll,HR\n") << false;
    QTest::newRow("sqlite without our id") << QByteArray() << true;
}

void TestWorkspaceOpen::refusesNonWorkspaces()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, plainSqlite);
    const QString file = path(QStringLiteral("other.igw"));
    QFile::remove(file);
    if (plainSqlite) {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(sql::exec(db, QStringLiteral("CREATE TABLE t (x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    } else {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    auto r = test::openWorkspace(file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, OpenError::NotAWorkspace);
    QVERIFY2(r.errorString.contains(QStringLiteral("not an IG Workbench workspace")),
             qPrintable(r.errorString));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before); // refusing must not touch the file
    QVERIFY(!QFile::exists(WorkspaceLock::lockPathFor(file)));
}

void TestWorkspaceOpen::refusesTruncatedFile()
{
    const QString file = path(QStringLiteral("cut.igw"));
    {
        auto ws = test::createWorkspace(file);
        QVERIFY(ws);
        QString error;
        for (int i = 0; i < 300; ++i)
            QVERIFY(ws->records().create(kinds::person(),
                                         {{personField::name, QStringLiteral("Person %1").arg(i)},
                                          {personField::notes, QString(200, QLatin1Char('n'))}},
                                         &error));
    }
    QFile f(file);
    const qint64 size = f.size();
    QVERIFY(size > 8 * 4096);
    QVERIFY(f.resize(size / 2));
    auto r = test::openWorkspace(file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, OpenError::Corrupt);
    QVERIFY2(r.errorString.contains(QStringLiteral("cut short")), qPrintable(r.errorString));
    // Truncated to a page boundary the header still disagrees; mid-page it is not aligned.
    QVERIFY(f.resize(size / 2 + 100));
    r = test::openWorkspace(file);
    QCOMPARE(r.error, OpenError::Corrupt);
}

void TestWorkspaceOpen::refusesFlippedBytes()
{
    const QString file = path(QStringLiteral("flipped.igw"));
    {
        auto ws = test::createWorkspace(file);
        QVERIFY(ws);
        QString error;
        for (int i = 0; i < 300; ++i)
            QVERIFY(ws->records().create(kinds::person(),
                                         {{personField::name, QStringLiteral("Person %1").arg(i)},
                                          {personField::notes, QString(200, QLatin1Char('n'))}},
                                         &error));
    }
    // Damage the b-tree page headers of several pages, as a failing disk would.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages > 8);
    for (qint64 page = 2; page < pages; page += 3) {
        f.seek(page * 4096 + 3);
        QByteArray bytes = f.read(4);
        for (char &c : bytes)
            c = char(~c);
        f.seek(page * 4096 + 3);
        f.write(bytes);
    }
    f.close();
    auto r = test::openWorkspace(file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, OpenError::Corrupt);
    QVERIFY2(r.errorString.contains(QStringLiteral("damaged")), qPrintable(r.errorString));
    QVERIFY(!QFile::exists(WorkspaceLock::lockPathFor(file)));
}

void TestWorkspaceOpen::offersNewestBackupWhenDamaged()
{
    const QString file = path(QStringLiteral("withbackup.igw"));
    {
        auto ws = test::createWorkspace(file);
        QVERIFY(ws);
        QString error;
        QVERIFY(ws->records().create(kinds::person(), {{personField::name, QStringLiteral("Kept")}},
                                     &error));
        QVERIFY2(!ws->backupNow(&error).isEmpty(), qPrintable(error));
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("garbage");
    f.close();
    auto r = test::openWorkspace(file);
    QCOMPARE(r.error, OpenError::NotAWorkspace);
    QVERIFY(!r.newestBackup.isEmpty());
    QString error;
    QVERIFY2(backup::restore(r.newestBackup, file, &error), qPrintable(error));
    r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(r.workspace->records().count(kinds::person()), 1);
    // The damaged file was kept aside, not deleted.
    const QStringList aside =
        QDir(m_dir.path()).entryList({QStringLiteral("withbackup.igw.damaged-*")});
    QCOMPARE(aside.size(), 1);
}

void TestWorkspaceOpen::newerVersionOpensReadOnly()
{
    const QString file = path(QStringLiteral("newer.igw"));
    {
        auto ws = test::createWorkspace(file);
        QVERIFY(ws);
        QVERIFY(sql::exec(ws->database(), QStringLiteral("PRAGMA user_version = 999")));
    }
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QVERIFY(r.workspace->isReadOnly());
    QCOMPARE(r.workspace->readOnlyReason(), Workspace::ReadOnlyReason::NewerSchema);
    QVERIFY(r.workspace->readOnlyMessage().contains(QStringLiteral("newer version")));
    QVERIFY(r.workspace->readOnlyMessage().contains(QStringLiteral("999")));
    QString error;
    QVERIFY(!r.workspace->records().create(kinds::person(),
                                           {{personField::name, QStringLiteral("X")}}, &error));
    QVERIFY(error.contains(QStringLiteral("read-only")));
    // The version was not touched.
    QCOMPARE(sql::scalar(r.workspace->database(), QStringLiteral("PRAGMA user_version")).toInt(),
             999);
}

void TestWorkspaceOpen::readOnlyRefusesWrites()
{
    const QString file = path(QStringLiteral("ro.igw"));
    QVERIFY(test::createWorkspace(file));
    auto r = test::openWorkspace(file, true);
    QVERIFY(r.ok());
    QCOMPARE(r.workspace->readOnlyReason(), Workspace::ReadOnlyReason::Requested);
    QString error;
    QVERIFY(!r.workspace->records().update(kinds::organisation(), r.workspace->selfOrganisationId(),
                                           {{orgField::name, QStringLiteral("Changed")}}, &error));
    // Even raw SQL is refused: the connection is opened read-only.
    QVERIFY(!sql::exec(r.workspace->database(), QStringLiteral("DELETE FROM people")));
    // A read-only session does not hold the lock.
    auto writer = test::openWorkspace(file);
    QVERIFY2(writer.ok(), qPrintable(writer.errorString));
    QVERIFY(!writer.workspace->isReadOnly());
}

void TestWorkspaceOpen::networkFileSystemTypes()
{
    for (const char *t : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", "ceph"})
        QVERIFY2(fileprobe::isNetworkFileSystemType(t), t);
    for (const char *t : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", "ntfs", "zfs"})
        QVERIFY2(!fileprobe::isNetworkFileSystemType(t), t);
    QVERIFY(!fileprobe::isOnNetworkFileSystem(m_dir.path()));
}

QTEST_GUILESS_MAIN(TestWorkspaceOpen)
#include "tst_workspaceopen.moc"
