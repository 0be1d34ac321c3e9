// Drives the real `igw` binary through QProcess, as a user or a script would, and tests
// the workspace-file integrity check it is built on.
#include "workspace/demo.h"
#include "workspace/directory.h"
#include "workspace/integrity.h"
#include "workspace/recordstore.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace igw;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QStringList Verbs = {
    QStringLiteral("new"),    QStringLiteral("info"),  QStringLiteral("check"),
    QStringLiteral("backup"), QStringLiteral("list"),  QStringLiteral("demo"),
    QStringLiteral("keys"),   QStringLiteral("trust"), QStringLiteral("package"),
    QStringLiteral("verify"), QStringLiteral("share")};

// The number after "  KIND" in the Records section of `igw info`.
int infoCount(const QString &info, const QString &kind)
{
    const QRegularExpression re(QStringLiteral("^  ") + kind + QStringLiteral("\\s+(\\d+)$"),
                                QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Runs SQL on a workspace file behind the app's back, as someone with sqlite3 would.
bool editBehindTheAppsBack(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

// Rows of a table, read behind the app's back (the kinds `igw list` knows may lag).
int countRows(const QString &path, const QString &table)
{
    int n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                n = q.value(0).toInt();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// The CNIL PIA tool's files, kept beside the project (../shared/interop/cnil-pia).
QString cnilFile(const QString &name)
{
    return QStringLiteral(IGW_TEST_DATA_DIR "/../../../shared/interop/cnil-pia/") + name;
}

} // namespace

class CliTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run igw(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(IGW_CLI), arguments);
        Run r;
        if (!p.waitForFinished(120000)) {
            r.err = p.errorString();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A demo workspace of our own for a test that changes it.
    QString demo(const QString &name)
    {
        const QString file = path(name);
        const Run r =
            igw({QStringLiteral("demo"), file, QStringLiteral("--user"), QStringLiteral("tester")});
        if (r.code != 0)
            qWarning("igw demo failed: %s", qPrintable(r.err));
        return file;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void topLevelHelpAndVersion()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const Run r = igw({flag});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith(QStringLiteral("Usage: igw VERB")));
            for (const QString &verb : Verbs)
                QVERIFY2(r.out.contains(QStringLiteral("\n  ") + verb), qPrintable(verb));
            QVERIFY(r.err.isEmpty());
        }
        const Run help = igw({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: igw VERB")));
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run r = igw({flag});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith(QStringLiteral("igw " IGW_VERSION)));
            QVERIFY(r.out.contains(
                QStringLiteral("Workspace format %1").arg(Workspace::currentSchemaVersion())));
        }
    }

    void verbHelpAndVersion_data()
    {
        QTest::addColumn<QString>("verb");
        for (const QString &verb : Verbs)
            QTest::newRow(qPrintable(verb)) << verb;
    }

    void verbHelpAndVersion()
    {
        QFETCH(QString, verb);
        const QString usage = QStringLiteral("Usage: igw ") + verb + QLatin1Char(' ');
        const Run longHelp = igw({verb, QStringLiteral("--help")});
        QCOMPARE(longHelp.code, 0);
        QVERIFY2(longHelp.out.startsWith(usage), qPrintable(longHelp.out));
        QVERIFY(longHelp.out.contains(QStringLiteral("--version")));
        QVERIFY(longHelp.out.contains(QStringLiteral("Example")));
        QCOMPARE(igw({verb, QStringLiteral("-h")}).out, longHelp.out);
        QCOMPARE(igw({QStringLiteral("help"), verb}).out, longHelp.out);
        for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
            const Run r = igw({verb, flag});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.startsWith(QStringLiteral("igw " IGW_VERSION)));
        }
    }

    void usageErrors()
    {
        Run r = igw({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("give a verb")));

        r = igw({QStringLiteral("frobnicate"), path(QStringLiteral("x.igw"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("\"frobnicate\" is not a verb")));
        QVERIFY(r.err.contains(QStringLiteral("new, info, check, backup, list, demo")));

        r = igw({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);

        r = igw({QStringLiteral("info")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Missing FILE")));

        r = igw({QStringLiteral("check"), QStringLiteral("--fast"), path(QStringLiteral("x"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("fast")));

        r = igw({QStringLiteral("info"), path(QStringLiteral("a")), path(QStringLiteral("b"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Unexpected argument")));
    }

    void newThenInfo()
    {
        const QString file = path(QStringLiteral("new.igw"));
        Run r = igw({QStringLiteral("new"), file, QStringLiteral("--org"),
                     QStringLiteral("Test Borough Council"), QStringLiteral("--user"),
                     QStringLiteral("Jo Tester")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(file));
        QVERIFY(r.err.isEmpty());

        r = igw({QStringLiteral("info"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Test Borough Council")), qPrintable(r.out));
        QVERIFY(r.out.contains(file));
        QVERIFY(r.out.contains(QStringLiteral("not recorded"))); // no ICO number yet
        QVERIFY(r.out.contains(
            QStringLiteral("%1 (this program: %1)").arg(Workspace::currentSchemaVersion())));
        QVERIFY(r.out.contains(QStringLiteral("not in use")));
        QVERIFY(r.out.contains(QStringLiteral("none yet")));
        QCOMPARE(infoCount(r.out, QStringLiteral("people")), 0);
        QCOMPARE(infoCount(r.out, QStringLiteral("organisations")), 1);

        // info only reads: no backup folder, no change to the file.
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-backups")));
        QCOMPARE(igw({QStringLiteral("list"), QStringLiteral("organisations"), file}).out,
                 QStringLiteral("ORG-0001\tTest Borough Council\n"));

        // The audit trail records the --user name.
        auto ws = Workspace::open(file, OpenOptions{true, false, 10, QString()});
        QVERIFY(ws.ok());
        const auto self =
            ws.workspace->records().get(kinds::organisation(), ws.workspace->selfOrganisationId());
        QVERIFY(self);
        QCOMPARE(self->createdBy, QStringLiteral("Jo Tester"));
    }

    void newRefusesExistingFile()
    {
        const QString file = path(QStringLiteral("existing.igw"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run r = igw({QStringLiteral("new"), file, QStringLiteral("--org"),
                           QStringLiteral("Other Council")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void newNeedsOrganisationAndFolder()
    {
        Run r = igw({QStringLiteral("new"), path(QStringLiteral("noorg.igw"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--org")));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("noorg.igw"))));

        const QString nowhere = path(QStringLiteral("no/such/folder/x.igw"));
        r = igw({QStringLiteral("new"), nowhere, QStringLiteral("--org"), QStringLiteral("X")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(path(QStringLiteral("no/such/folder"))));
    }

    void demoCreatesDirectory()
    {
        const QString file = path(QStringLiteral("kingsmere.igw"));
        Run r = igw({QStringLiteral("demo"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Kingsmere Borough Council")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("15 people, 9 organisations")));

        r = igw({QStringLiteral("list"), QStringLiteral("people"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty());
        const QStringList people = lines(r.out);
        QCOMPARE(people.size(), 15);
        const QRegularExpression line(QStringLiteral("^PE-\\d{4}\\t\\S.*$"));
        for (int i = 0; i < people.size(); ++i) {
            QVERIFY2(line.match(people.at(i)).hasMatch(), qPrintable(people.at(i)));
            QVERIFY(people.at(i).startsWith(
                QStringLiteral("PE-%1\t").arg(i + 1, 4, 10, QLatin1Char('0'))));
        }
        QCOMPARE(people.constFirst(), QStringLiteral("PE-0001\tPriya Raman"));
        QVERIFY(r.out.contains(QStringLiteral("Siobh\u00e1n Gallagher")));

        r = igw({QStringLiteral("list"), QStringLiteral("organisations"), file});
        QCOMPARE(r.code, 0);
        const QStringList orgs = lines(r.out);
        QCOMPARE(orgs.size(), 9);
        QCOMPARE(orgs.constFirst(), QStringLiteral("ORG-0001\tKingsmere Borough Council"));
        QCOMPARE(orgs.at(1).left(9), QStringLiteral("ORG-0002\t"));
        QVERIFY(r.out.contains(QStringLiteral("Wealdshire Police")));
        QCOMPARE(orgs.constLast().left(9), QStringLiteral("ORG-0009\t"));

        r = igw({QStringLiteral("info"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("ZX104729")));
        QCOMPARE(infoCount(r.out, QStringLiteral("people")), 15);
        QCOMPARE(infoCount(r.out, QStringLiteral("organisations")), 9);

        r = igw({QStringLiteral("check"), QStringLiteral("--full"), file});
        QCOMPARE(r.code, 0);
    }

    // The demo data passes the same validation as the forms, and fills the profile roles.
    void demoDirectoryIsValid()
    {
        QTemporaryDir dir;
        OpenOptions options;
        options.userName = QStringLiteral("tester");
        auto created = Workspace::create(dir.filePath(QStringLiteral("d.igw")),
                                         QStringLiteral("Placeholder"), options);
        QVERIFY(created.ok());
        Workspace &ws = *created.workspace;
        QString error;
        QVERIFY2(addDemoDirectory(ws, &error), qPrintable(error));
        RecordStore &store = ws.records();
        const auto self = store.get(kinds::organisation(), ws.selfOrganisationId());
        QVERIFY(self);
        QCOMPARE(self->title(kinds::organisation()), QStringLiteral("Kingsmere Borough Council"));
        const auto role = [&](const QString &field) {
            const auto person = store.get(kinds::person(), self->value(field).toLongLong());
            return person ? person->value(personField::role).toString() : QString();
        };
        QVERIFY(role(orgField::dpoPersonId).startsWith(QStringLiteral("Data Protection Officer")));
        QVERIFY(role(orgField::siroPersonId).contains(QStringLiteral("(SIRO)")));
        QVERIFY(role(orgField::caldicottPersonId).startsWith(QStringLiteral("Caldicott")));

        QStringList types;
        for (const Record &org : store.list(kinds::organisation())) {
            QVERIFY2(!hasErrors(validateOrganisation(org.values)), qPrintable(org.ref));
            QVERIFY(isValidIcoRegistration(org.value(orgField::icoRegistration).toString()));
            QVERIFY(org.value(orgField::email).toString().endsWith(QStringLiteral(".example")));
            types << org.value(orgField::orgType).toString();
        }
        for (const char *type : {"nhs_trust", "police", "council", "housing", "icb", "voluntary",
                                 "education", "supplier"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        for (const Record &person : store.list(kinds::person())) {
            QVERIFY2(!hasErrors(validatePerson(person.values)), qPrintable(person.ref));
            QCOMPARE(person.value(personField::organisationId).toLongLong(),
                     ws.selfOrganisationId());
        }
    }

    void demoRefusesExistingUnlessForced()
    {
        const QString file = path(QStringLiteral("replace.igw"));
        QCOMPARE(igw({QStringLiteral("new"), file, QStringLiteral("--org"),
                      QStringLiteral("Old Council")})
                     .code,
                 0);
        Run r = igw({QStringLiteral("demo"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(file));
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QVERIFY(igw({QStringLiteral("info"), file}).out.contains(QStringLiteral("Old Council")));

        r = igw({QStringLiteral("demo"), QStringLiteral("--force"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("was kept as")));
        r = igw({QStringLiteral("info"), file});
        QVERIFY(r.out.contains(QStringLiteral("Kingsmere Borough Council")));
        QCOMPARE(infoCount(r.out, QStringLiteral("people")), 15);
        // The old workspace is the newest backup, where the app can restore it from.
        QVERIFY(r.out.contains(file + QStringLiteral("-backups/replace-")));
    }

    void lockedWorkspace()
    {
        const QString file = demo(QStringLiteral("locked.igw"));
        OpenOptions options;
        options.userName = QStringLiteral("Holder McHoldface");
        options.backupOnOpen = false;
        auto held = Workspace::open(file, options);
        QVERIFY2(held.ok(), qPrintable(held.errorString));
        QVERIFY(!held.workspace->isReadOnly());

        // demo --force never replaces a file that is open, and says who has it.
        Run r = igw({QStringLiteral("demo"), QStringLiteral("--force"), file});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("Holder McHoldface")), qPrintable(r.err));
        QVERIFY(r.err.contains(file));

        // info still works, read-only, and says so.
        r = igw({QStringLiteral("info"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Holder McHoldface")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("read-only")));
        QCOMPARE(infoCount(r.out, QStringLiteral("people")), 15);

        QCOMPARE(igw({QStringLiteral("check"), QStringLiteral("--full"), file}).code, 0);
        QCOMPARE(lines(igw({QStringLiteral("list"), QStringLiteral("people"), file}).out).size(),
                 15);

        // A backup taken while the app has the file open, with a change not yet checkpointed.
        QString error;
        QVERIFY(held.workspace->records().create(
            kinds::person(), {{personField::name, QStringLiteral("New Starter")}}, &error));
        const QString copy = path(QStringLiteral("locked-copy.igw"));
        r = igw({QStringLiteral("backup"), file, copy});
        QCOMPARE(r.code, 0);
        QCOMPARE(infoCount(igw({QStringLiteral("info"), copy}).out, QStringLiteral("people")), 16);

        // Replacing a backup destination that is open is refused too.
        r = igw({QStringLiteral("backup"), QStringLiteral("--force"), copy, file});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QStringLiteral("Holder McHoldface")));
    }

    void listErrors()
    {
        const QString file = demo(QStringLiteral("list.igw"));
        Run r = igw({QStringLiteral("list"), QStringLiteral("widgets"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("\"widgets\" is not a kind")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("people, organisations")));

        const QString missing = path(QStringLiteral("missing.igw"));
        r = igw({QStringLiteral("list"), QStringLiteral("people"), missing});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(missing));
        QVERIFY(!QFileInfo::exists(missing));

        r = igw({QStringLiteral("info"), missing});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(missing));
    }

    void checkPassesOnGoodFile()
    {
        const QString file = demo(QStringLiteral("good.igw"));
        Run r = igw({QStringLiteral("check"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("quick_check found no damage")));
        QVERIFY(!r.out.contains(QStringLiteral("FAILED")));
        QVERIFY(r.out.contains(QStringLiteral("All checks passed")));

        r = igw({QStringLiteral("check"), QStringLiteral("--full"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("integrity_check found no damage")));
        QVERIFY(r.out.contains(QStringLiteral("unbroken hash chain")));
        QVERIFY(r.out.contains(QStringLiteral("Every link")));
        QVERIFY(!r.out.contains(QStringLiteral("FAILED")));
    }

    void checkFindsTamperedAuditTrail()
    {
        const QString file = demo(QStringLiteral("tampered.igw"));
        QVERIFY(editBehindTheAppsBack(
            file, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                   QStringLiteral("UPDATE audit_log SET new_value = '{\"name\":\"Someone Else\"}'"
                                  " WHERE seq = 3")}));
        Run r = igw({QStringLiteral("check"), QStringLiteral("--full"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("broken at entry 3")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("audit_log_no_update")));
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
        QVERIFY(r.out.contains(file));

        // The quick check notices the missing trigger even without the hash chain.
        r = igw({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(QStringLiteral("append-only")));
    }

    void checkFindsUnguardedDisposalLog()
    {
        // Someone drops the disposal log's protection to rewrite who confirmed a destruction.
        const QString file = demo(QStringLiteral("disposals.igw"));
        Run r = igw({QStringLiteral("check"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("the disposal log are protected")),
                 qPrintable(r.out));
        QVERIFY(editBehindTheAppsBack(
            file, {QStringLiteral("DROP TRIGGER disposal_log_no_update"),
                   QStringLiteral("UPDATE disposal_log SET confirmed_by = 'Nobody'")}));
        r = igw({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("disposal_log_no_update")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Keep this file as evidence")));
    }

    void checkFindsBrokenLink()
    {
        const QString file = demo(QStringLiteral("fk.igw"));
        QVERIFY(editBehindTheAppsBack(
            file,
            {QStringLiteral("UPDATE people SET organisation_id = 999 WHERE ref = 'PE-0004'")}));
        const Run r = igw({QStringLiteral("check"), QStringLiteral("--full"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("people row 4 (PE-0004): organisation_id")),
                 qPrintable(r.out));
    }

    void checkFindsDamagedPages()
    {
        const QString file = demo(QStringLiteral("damaged.igw"));
        int rootPage = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'people_name'")));
            QVERIFY(q.next());
            rootPage = q.value(0).toInt();
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("root"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() >= rootPage * pageSize);
        QVERIFY(f.seek((rootPage - 1) * pageSize));
        f.write(QByteArray(int(pageSize), '\x5a'));
        f.close();

        const Run r = igw({QStringLiteral("check"), QStringLiteral("--full"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("integrity_check")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("FAILED")));
        QVERIFY(r.out.contains(QStringLiteral("Restore")));
    }

    void checkFindsTruncatedFile()
    {
        const QString file = demo(QStringLiteral("truncated.igw"));
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2 - 1000));
        const Run r = igw({QStringLiteral("check"), file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("cut short")), qPrintable(r.out));
        QCOMPARE(igw({QStringLiteral("info"), file}).code, 3);
    }

    void checkRefusesNonWorkspace_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file")
            << QStringLiteral("notes.igw") << QStringLiteral("not an SQLite database");
        QTest::newRow("plain SQLite")
            << QStringLiteral("plain.db") << QStringLiteral("not written by IG Workbench");
        QTest::newRow("missing") << QStringLiteral("nothing-here.igw")
                                 << QStringLiteral("There is no file");
    }

    void checkRefusesNonWorkspace()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QString file = path(name);
        if (name.endsWith(QStringLiteral(".db"))) {
            QVERIFY(editBehindTheAppsBack(file, {QStringLiteral("CREATE TABLE t (x)"),
                                                 QStringLiteral("INSERT INTO t VALUES (1)")}));
        } else if (!name.startsWith(QStringLiteral("nothing"))) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Minutes of the IG board, not a workspace.\n").repeated(10));
        }
        for (const QString &mode : {QStringLiteral("--full"), QString()}) {
            const Run r = igw(mode.isEmpty() ? QStringList{QStringLiteral("check"), file}
                                             : QStringList{QStringLiteral("check"), mode, file});
            QCOMPARE(r.code, 3);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(reason), qPrintable(r.err));
            QVERIFY(r.err.contains(file));
        }
        for (const QString &verb : {QStringLiteral("info"), QStringLiteral("backup")}) {
            QStringList args{verb, file};
            if (verb == QLatin1String("backup"))
                args << path(QStringLiteral("never-written.igw"));
            const Run r = igw(args);
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("never-written.igw"))));
    }

    void backupCopiesAndChecks()
    {
        const QString file = demo(QStringLiteral("source.igw"));
        const QString copy = path(QStringLiteral("copy.igw"));
        Run r = igw({QStringLiteral("backup"), file, copy});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(copy));
        QCOMPARE(igw({QStringLiteral("check"), QStringLiteral("--full"), copy}).code, 0);
        const QString original = igw({QStringLiteral("info"), file}).out;
        const QString copied = igw({QStringLiteral("info"), copy}).out;
        for (const QString &kind : {QStringLiteral("people"), QStringLiteral("organisations")})
            QCOMPARE(infoCount(copied, kind), infoCount(original, kind));
        QCOMPARE(igw({QStringLiteral("list"), QStringLiteral("people"), copy}).out,
                 igw({QStringLiteral("list"), QStringLiteral("people"), file}).out);

        // An existing destination is kept unless --force.
        const QByteArray before = [&] {
            QFile f(copy);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        r = igw({QStringLiteral("backup"), file, copy});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(copy));
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        QFile kept(copy);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), before);
        kept.close();
        r = igw({QStringLiteral("backup"), QStringLiteral("-f"), file, copy});
        QCOMPARE(r.code, 0);

        // A folder as destination means the same file name inside it.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("usb")));
        r = igw({QStringLiteral("backup"), file, path(QStringLiteral("usb"))});
        QCOMPARE(r.code, 0);
        QCOMPARE(igw({QStringLiteral("check"), path(QStringLiteral("usb/source.igw"))}).code, 0);

        r = igw({QStringLiteral("backup"), QStringLiteral("--force"), file, file});
        QCOMPARE(r.code, 2);

        const QString nowhere = path(QStringLiteral("no-such-folder/copy.igw"));
        r = igw({QStringLiteral("backup"), file, nowhere});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(path(QStringLiteral("no-such-folder"))));
    }

    void ropaExportAndImport()
    {
        const QString file = demo(QStringLiteral("ropa.igw"));
        const QString xlsx = path(QStringLiteral("ropa.xlsx"));
        Run r = igw(
            {QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("-o"), xlsx});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(xlsx), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("(activities: 28)")));
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK");
        workbook.close();

        // --format wins over the extension; CSV is UTF-8 with BOM for Excel.
        const QString csv = path(QStringLiteral("ropa-export.txt"));
        r = igw({QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QCOMPARE(r.code, 0);
        QFile text(csv);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readLine().startsWith("\xEF\xBB\xBF"
                                           "Business function,"));
        text.close();

        // Refusals: unknown format, existing file, unknown kind.
        r = igw({QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("-o"),
                 path(QStringLiteral("ropa.odt"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format xlsx, --format csv, --format pdf")),
                 qPrintable(r.err));
        r = igw(
            {QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("-o"), xlsx});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        r = igw({QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("-o"), xlsx,
                 QStringLiteral("--force")});
        QCOMPARE(r.code, 0);
        r = igw({QStringLiteral("export"), QStringLiteral("flows"), file, QStringLiteral("-o"),
                 path(QStringLiteral("flows.csv"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral(
            "The kinds are: assets, ropa, dpia, agreement, retention, certificate.")));
        // PDF: the board report, written by the reports module.
        r = igw({QStringLiteral("export"), QStringLiteral("ropa"), file, QStringLiteral("-o"),
                 path(QStringLiteral("ropa.pdf"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile pdf(path(QStringLiteral("ropa.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        pdf.close();

        // The export imports back into its workspace without a change, from either format.
        for (const QString &source : {xlsx, csv}) {
            r = igw({QStringLiteral("import"), QStringLiteral("ropa"), file, source,
                     QStringLiteral("--dry-run")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Dry run: 0 processing activities would be "
                                                   "created, 0 updated and 28 left unchanged")),
                     qPrintable(r.out));
        }
        r = igw({QStringLiteral("import"), QStringLiteral("ropa"), file, xlsx,
                 QStringLiteral("--dry-run"), QStringLiteral("--sheet"),
                 QStringLiteral("Processor")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("Sheet \"Processor\"")));
        QVERIFY(!r.out.contains(QStringLiteral("Sheet \"Controller\"")));

        // A new workspace takes the whole record with its references, after a backup.
        const QString fresh = path(QStringLiteral("fresh-ropa.igw"));
        QCOMPARE(igw({QStringLiteral("new"), fresh, QStringLiteral("--org"),
                      QStringLiteral("Fresh Council")})
                     .code,
                 0);
        r = igw({QStringLiteral("import"), QStringLiteral("ropa"), fresh, xlsx,
                 QStringLiteral("--user"), QStringLiteral("tester")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("28 created, 0 updated, 0 unchanged")),
                 qPrintable(r.out));
        // Its assets are not in the new workspace: said once per cell, as warnings.
        QVERIFY(r.out.contains(QStringLiteral("warning: sheet \"Controller\", row 15, column "
                                              "\"Linked assets\": Not assets in this "
                                              "workspace")));
        QCOMPARE(igw({QStringLiteral("list"), QStringLiteral("activities"), fresh}).out,
                 igw({QStringLiteral("list"), QStringLiteral("activities"), file}).out);
        QVERIFY(!QDir(fresh + QStringLiteral("-backups")).entryList(QDir::Files).isEmpty());

        // An error anywhere: nothing is written, exit status 1.
        const QString bad = path(QStringLiteral("bad-ropa.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("Processing activity,Purpose of processing,Article 6 lawful basis for "
                      "processing personal data\nNew one,Something,Public task\n"
                      "Another,Something else,Public duty\n");
        badFile.close();
        r = igw({QStringLiteral("import"), QStringLiteral("ropa"), fresh, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("error: line 3, column \"Article 6 lawful basis "
                                               "for processing personal data\": \"Public "
                                               "duty\"")),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(
            lines(igw({QStringLiteral("list"), QStringLiteral("activities"), fresh}).out).size(),
            28);

        // Not a ROPA: exit status 3, saying what was expected.
        const QString other = path(QStringLiteral("other.csv"));
        QFile otherFile(other);
        QVERIFY(otherFile.open(QIODevice::WriteOnly));
        otherFile.write("Cost centre,Amount\nR100,12\n");
        otherFile.close();
        r = igw({QStringLiteral("import"), QStringLiteral("ropa"), fresh, other});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("does not look like a record of processing "
                                               "activities")),
                 qPrintable(r.err));

        // The asset import's options do not apply.
        r = igw({QStringLiteral("import"), QStringLiteral("ropa"), fresh, xlsx,
                 QStringLiteral("--create-people")});
        QCOMPARE(r.code, 2);
        QVERIFY(igw({QStringLiteral("help"), QStringLiteral("import")})
                    .out.contains(QStringLiteral("Kinds: assets, ropa")));
    }

    void dpiaExport()
    {
        // The demo's DPIAs, one at a time by reference: the archival PDF or an ODT.
        const QString file = demo(QStringLiteral("dpia.igw"));
        const QString pdf = path(QStringLiteral("dpia.pdf"));
        Run r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file,
                     QStringLiteral("DP-0002"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Exported DPIA DP-0002 to ") + pdf),
                 qPrintable(r.out));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        written.close();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("<pdfaid:part>1</pdfaid:part>"));

        // The format from the extension; a reference in lower case is found too.
        const QString odt = path(QStringLiteral("dpia.odt"));
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("dp-0001"),
                 QStringLiteral("-o"), odt});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile document(odt);
        QVERIFY(document.open(QIODevice::ReadOnly));
        const QByteArray zip = document.readAll();
        QVERIFY(zip.startsWith("PK"));
        // OpenDocument's first member: "mimetype", stored, naming the type.
        QCOMPARE(zip.mid(30, 47),
                 QByteArrayLiteral("mimetypeapplication/vnd.oasis.opendocument.text"));

        // Refusals: unknown reference (the known ones hinted), no reference, wrong format,
        // an existing file without --force.
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("DP-0099"),
                 QStringLiteral("-o"), path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is no DPIA DP-0099. Known DPIAs: DP-0001, "
                                               "DP-0002")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("none.pdf"))));
        r = igw(
            {QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Missing REF")), qPrintable(r.err));
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("DP-0001"),
                 QStringLiteral("-o"), path(QStringLiteral("dpia.docx"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format pdf, --format odt")), qPrintable(r.err));
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("DP-0002"),
                 QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--force")));
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), file, QStringLiteral("DP-0002"),
                 QStringLiteral("-o"), pdf, QStringLiteral("--force")});
        QCOMPARE(r.code, 0);

        // A workspace without DPIAs says so.
        const QString empty = path(QStringLiteral("no-dpias.igw"));
        QCOMPARE(igw({QStringLiteral("new"), empty, QStringLiteral("--org"),
                      QStringLiteral("Empty Council")})
                     .code,
                 0);
        r = igw({QStringLiteral("export"), QStringLiteral("dpia"), empty, QStringLiteral("DP-0001"),
                 QStringLiteral("-o"), path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the workspace has no DPIAs")), qPrintable(r.err));
    }

    void agreementExport()
    {
        // The demo's agreements: listed, then one written by reference as the archival PDF
        // to sign or an ODT to edit.
        const QString file = demo(QStringLiteral("agreements.igw"));
        Run r = igw({QStringLiteral("list"), QStringLiteral("agreements"), file});
        QCOMPARE(r.code, 0);
        const QStringList listed = lines(r.out);
        QCOMPARE(listed.size(), 6);
        QCOMPARE(listed.at(1), QStringLiteral("ISA-0002\tMulti-Agency Safeguarding Hub (MASH)"));

        const QString pdf = path(QStringLiteral("mash.pdf"));
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file,
                 QStringLiteral("ISA-0002"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("-o"), pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("Exported agreement ISA-0002 (version 1) to ") + pdf),
            qPrintable(r.out));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("<pdfaid:part>1</pdfaid:part>"));
        QVERIFY(bytes.contains("/Subject <FEFF"));

        // The format from the extension; a reference in lower case is found too.
        const QString odt = path(QStringLiteral("housing.odt"));
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file,
                 QStringLiteral("isa-0003"), QStringLiteral("-o"), odt});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile document(odt);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(document.readAll().startsWith("PK"));

        // Refusals: an unknown reference (the known ones hinted), no reference, a format
        // agreements are not written in, an existing file without --force.
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file,
                 QStringLiteral("ISA-0099"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is no agreement ISA-0099. Known agreements: "
                                               "ISA-0001, ISA-0002")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file, QStringLiteral("-o"),
                 pdf});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Missing REF")), qPrintable(r.err));
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file,
                 QStringLiteral("ISA-0001"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                 QStringLiteral("-o"), path(QStringLiteral("isa.xlsx"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format pdf, --format odt")), qPrintable(r.err));
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), file,
                 QStringLiteral("ISA-0002"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("--force")));

        // A workspace without agreements says so.
        const QString empty = path(QStringLiteral("no-agreements.igw"));
        QCOMPARE(igw({QStringLiteral("new"), empty, QStringLiteral("--org"),
                      QStringLiteral("Empty Council")})
                     .code,
                 0);
        r = igw({QStringLiteral("export"), QStringLiteral("agreement"), empty,
                 QStringLiteral("ISA-0001"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("the workspace has no information sharing "
                                               "agreements")),
                 qPrintable(r.err));
    }

    void retentionExportAndImport()
    {
        // The demo's schedule: listed, written as a spreadsheet and as the PDF to publish, a
        // disposal's certificate, then the spreadsheet checked into another workspace.
        const QString file = demo(QStringLiteral("retention.igw"));
        Run r = igw({QStringLiteral("list"), QStringLiteral("retention-classes"), file});
        QCOMPARE(r.code, 0);
        const QStringList listed = lines(r.out);
        QVERIFY2(listed.size() > 40, qPrintable(r.out));
        QVERIFY2(listed.constFirst().startsWith(QStringLiteral("RC-0001\t")), qPrintable(r.out));

        const QString xlsx = path(QStringLiteral("schedule.xlsx"));
        r = igw({QStringLiteral("export"), QStringLiteral("retention"), file,
                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Exported the retention schedule to ") + xlsx +
                                QStringLiteral(" (classes: %1).").arg(listed.size())),
                 qPrintable(r.out));
        const QString csv = path(QStringLiteral("schedule.csv"));
        r = igw({QStringLiteral("export"), QStringLiteral("retention"), file, QStringLiteral("-o"),
                 csv});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString pdf = path(QStringLiteral("schedule.pdf"));
        r = igw({QStringLiteral("export"), QStringLiteral("retention"), file, QStringLiteral("-o"),
                 pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("<pdfaid:part>1</pdfaid:part>"));
        r = igw({QStringLiteral("export"), QStringLiteral("retention"), file,
                 QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"),
                 path(QStringLiteral("schedule.odt"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format xlsx, --format csv, --format pdf")),
                 qPrintable(r.err));

        // A certificate by its number; an unknown number names the known ones.
        const QString certificate = path(QStringLiteral("dc-0001.pdf"));
        r = igw({QStringLiteral("export"), QStringLiteral("certificate"), file,
                 QStringLiteral("dc-0001"), QStringLiteral("-o"), certificate});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Exported certificate DC-0001 (IA-")),
                 qPrintable(r.out));
        r = igw({QStringLiteral("export"), QStringLiteral("certificate"), file,
                 QStringLiteral("DC-0099"), QStringLiteral("-o"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("There is no certificate DC-0099. Known "
                                               "certificates: DC-0003, DC-0002, DC-0001.")),
                 qPrintable(r.err));

        // The spreadsheet checked into a new workspace: a dry run writes nothing.
        const QString target = path(QStringLiteral("retention-target.igw"));
        QCOMPARE(igw({QStringLiteral("new"), target, QStringLiteral("--org"),
                      QStringLiteral("Target Council")})
                     .code,
                 0);
        r = igw({QStringLiteral("import"), QStringLiteral("retention"), target, xlsx,
                 QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Dry run: %1 retention classes would be created, 0 "
                                               "updated and 0 left unchanged; nothing was "
                                               "written.")
                                    .arg(listed.size())),
                 qPrintable(r.out));
        r = igw({QStringLiteral("list"), QStringLiteral("retention-classes"), target});
        QCOMPARE(r.code, 0);
        QVERIFY(lines(r.out).isEmpty());
        // A bad row: all or nothing, with the row and column named.
        QFile bad(path(QStringLiteral("bad-schedule.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Function,Activity,Records,Retention period\r\nFinance,Payables,Invoices,6 "
                  "years\r\nFinance,Banking,Statements,for ever and a day\r\n");
        bad.close();
        r = igw({QStringLiteral("import"), QStringLiteral("retention"), target, bad.fileName()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("error: row 3, column \"Retention period\": \"for "
                                               "ever and a day\" is not a period")),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        r = igw({QStringLiteral("import"), QStringLiteral("retention"), target, csv});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Imported the retention schedule: %1 classes "
                                               "created, 0 updated, 0 unchanged.")
                                    .arg(listed.size())),
                 qPrintable(r.out));
    }

    void ropaGaps()
    {
        const QString file = demo(QStringLiteral("gaps.igw"));
        Run r = igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file});
        QCOMPARE(r.code, 0);
        const QRegularExpression percent(QStringLiteral("^Record of processing activities: "
                                                        "(\\d+)% complete\\.$"),
                                         QRegularExpression::MultilineOption);
        const auto m = percent.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        const int complete = m.captured(1).toInt();
        QVERIFY(complete > 50 && complete < 100);
        QVERIFY(r.out.contains(QStringLiteral("PA-0005 Early help family support\n  missing: "
                                              "Retention schedule (UK GDPR Art. 30(1)(f))")));
        // JSON carries the same figures.
        r = igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("percent_complete")).toInt(), complete);
        QCOMPARE(o.value(QStringLiteral("activities")).toInt(), 28);
        QVERIFY(o.value(QStringLiteral("missing_items")).toInt() > 0);
        // --fail-under turns "not complete enough" into exit status 1, for scheduled checks.
        QCOMPARE(igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file,
                      QStringLiteral("--fail-under"), QString::number(complete + 1)})
                     .code,
                 1);
        QCOMPARE(igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file,
                      QStringLiteral("--fail-under"), QString::number(complete)})
                     .code,
                 0);
        QCOMPARE(igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file,
                      QStringLiteral("--fail-under"), QStringLiteral("lots")})
                     .code,
                 2);
        r = igw({QStringLiteral("gaps"), QStringLiteral("assets"), file});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("The kinds are: ropa.")));
        // Filling the gap raises the figure.
        QVERIFY(editBehindTheAppsBack(
            file, {QStringLiteral("UPDATE activities SET retention_schedule = '6 years' WHERE "
                                  "ref = 'PA-0005'")}));
        r = igw({QStringLiteral("gaps"), QStringLiteral("ropa"), file});
        QVERIFY(!r.out.contains(QStringLiteral("PA-0005")));
    }

    void cnilPiaImport()
    {
        const QString file = path(QStringLiteral("cnil.igw"));
        QCOMPARE(igw({QStringLiteral("new"), file, QStringLiteral("--org"),
                      QStringLiteral("Cnil Council")})
                     .code,
                 0);
        const QString captoo = cnilFile(QStringLiteral("2018-02-21-pia-example.json"));
        QVERIFY(QFile::exists(captoo));

        // A dry run reports what goes where and writes nothing.
        Run r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file, captoo,
                     QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("PIA \"Captoo\" (signed validation in the CNIL's "
                                               "PIA tool): a DPIA with status \"Approved\"")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Answers: 36 (18 to questions, 18 to risks, 0 to "
                                              "the imported notes, 0 empty).")));
        QVERIFY(r.out.contains(QStringLiteral(
            "  212 What are the legal basis making the processing lawful? -> 4.lawful_basis")));
        QVERIFY(r.out.contains(QStringLiteral("Measures: 23 (12 in the action plan).")));
        QVERIFY(r.out.contains(QStringLiteral("warning: The PIA is written in French")));
        QVERIFY(r.out.contains(QStringLiteral("Dry run: the DPIA \"Captoo\" would be created "
                                              "with 3 risks and 23 measures; nothing was "
                                              "written.")));
        QCOMPARE(countRows(file, QStringLiteral("dpias")), 0);
        QVERIFY(QDir(file + QStringLiteral("-backups")).entryList(QDir::Files).isEmpty());

        // The import writes one DPIA with its risks and measures, after a backup.
        r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file, captoo,
                 QStringLiteral("--user"), QStringLiteral("tester")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported the PIA as DP-0001 \"Captoo\" with 3 "
                                               "risks and 23 measures.")),
                 qPrintable(r.out));
        QCOMPARE(countRows(file, QStringLiteral("dpias")), 1);
        QCOMPARE(countRows(file, QStringLiteral("risks")), 3);
        QCOMPARE(countRows(file, QStringLiteral("measures")), 23);
        QVERIFY(!QDir(file + QStringLiteral("-backups")).entryList(QDir::Files).isEmpty());
        QCOMPARE(igw({QStringLiteral("check"), file}).code, 0);

        // A structure (a template of questions) is not a PIA: exit status 3, saying so.
        r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file,
                 cnilFile(QStringLiteral("2018-11-21-structure-example-en.json"))});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("This is a structure exported by the CNIL's PIA "
                                               "tool")),
                 qPrintable(r.err));

        // A file cut short: exit status 3, with where the JSON broke off.
        QFile whole(captoo);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        whole.close();
        const QString cut = path(QStringLiteral("cut.json"));
        QFile cutFile(cut);
        QVERIFY(cutFile.open(QIODevice::WriteOnly));
        cutFile.write(bytes.left(1000));
        cutFile.close();
        r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file, cut});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")) &&
                     r.err.contains(QStringLiteral("at byte")),
                 qPrintable(r.err));

        // Values of the wrong type: exit status 1, each named, nothing written.
        QJsonObject json = QJsonDocument::fromJson(bytes).object();
        json.insert(QStringLiteral("answers"), QJsonObject());
        const QString wrong = path(QStringLiteral("wrong.json"));
        QFile wrongFile(wrong);
        QVERIFY(wrongFile.open(QIODevice::WriteOnly));
        wrongFile.write(QJsonDocument(json).toJson());
        wrongFile.close();
        r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file, wrong});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("error: answers: Expected a list, found an "
                                               "object.")),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(countRows(file, QStringLiteral("dpias")), 1);

        // Spreadsheet options do not apply; the help names the kind.
        r = igw({QStringLiteral("import"), QStringLiteral("cnil-pia"), file, captoo,
                 QStringLiteral("--sheet"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        r = igw({QStringLiteral("import"), QStringLiteral("policies"), file, captoo});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(
            QStringLiteral("The kinds are: assets, ropa, cnil-pia, retention, package.")));
        QVERIFY(igw({QStringLiteral("help"), QStringLiteral("import")})
                    .out.contains(QStringLiteral("Kinds: assets, ropa, cnil-pia")));
    }

    // Two organisations exchange a signed package: keys init with --passphrase-file, the
    // public key exported and trusted after its fingerprint is confirmed, package, verify,
    // import package, partners' records in `igw list`, refusals with their reasons.
    void exchangeKeysPackageVerifyImport()
    {
        const QString a = demo(QStringLiteral("exchange-a.igw"));
        const QString b = demo(QStringLiteral("exchange-b.igw"));
        Run shared = igw({QStringLiteral("share"), a, QStringLiteral("assets"),
                          QStringLiteral("IA-0001"), QStringLiteral("IA-9999")});
        QCOMPARE(shared.code, 1);
        QVERIFY2(shared.err.contains(QStringLiteral("nothing was changed")),
                 qPrintable(shared.err));
        shared =
            igw({QStringLiteral("share"), a, QStringLiteral("assets"), QStringLiteral("IA-0001"),
                 QStringLiteral("IA-0002"), QStringLiteral("IA-0003")});
        QVERIFY2(shared.code == 0, qPrintable(shared.err));
        QCOMPARE(lines(shared.out).size(), 3);
        shared = igw({QStringLiteral("share"), a, QStringLiteral("assets"),
                      QStringLiteral("IA-0003"), QStringLiteral("--stop")});
        QVERIFY2(shared.code == 0, qPrintable(shared.err));
        const QString pass = path(QStringLiteral("exchange-pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("information governance board\n");
        }
        const QString pub = path(QStringLiteral("exchange-a.pub"));
        const QString tar = path(QStringLiteral("exchange-a-1.tar"));
        const QStringList passArgs{QStringLiteral("--passphrase-file"), pass};
        // A passphrase is never an argument, and without one nothing is made.
        Run r = igw({QStringLiteral("keys"), QStringLiteral("init"), a});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--passphrase-file")), qPrintable(r.err));
        r = igw(QStringList{QStringLiteral("keys"), QStringLiteral("init"), a} + passArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Fingerprint: ")));
        r = igw(QStringList{QStringLiteral("keys"), QStringLiteral("init"), a} + passArgs);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QStringLiteral("already has signing key")), qPrintable(r.err));
        r = igw({QStringLiteral("keys"), QStringLiteral("export-public"), a, QStringLiteral("-o"),
                 pub});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString fingerprint = QRegularExpression(QStringLiteral("Fingerprint: ([0-9A-F ]+)"))
                                        .match(r.out)
                                        .captured(1);
        QCOMPARE(fingerprint.size(), 79);

        // Without the confirmed fingerprint nothing is trusted.
        r = igw({QStringLiteral("trust"), QStringLiteral("add"), b, pub});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(fingerprint));
        r = igw({QStringLiteral("trust"), QStringLiteral("add"), b, pub, QStringLiteral("--org"),
                 QStringLiteral("ORG-0002"), QStringLiteral("--fingerprint"),
                 QStringLiteral("0000 1111")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not match")), qPrintable(r.err));
        QCOMPARE(countRows(b, QStringLiteral("exchange_trust")), 0);
        r = igw({QStringLiteral("trust"), QStringLiteral("add"), b, pub, QStringLiteral("--org"),
                 QStringLiteral("ORG-0002"), QStringLiteral("--fingerprint"),
                 fingerprint.toLower()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = igw({QStringLiteral("trust"), QStringLiteral("list"), b});
        QCOMPARE(r.code, 0);
        QCOMPARE(lines(r.out).size(), 1);
        const QString keyId = r.out.section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\tORG-0002\t")) &&
                     r.out.contains(QStringLiteral("\ttrusted\t")),
                 qPrintable(r.out));

        // The wrong passphrase signs nothing.
        const QString wrong = path(QStringLiteral("exchange-wrong"));
        {
            QFile f(wrong);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not the passphrase\n");
        }
        r = igw({QStringLiteral("package"), a, QStringLiteral("-o"), tar,
                 QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("passphrase is wrong")), qPrintable(r.err));
        QVERIFY(!QFile::exists(tar));
        r = igw(QStringList{QStringLiteral("package"), a, QStringLiteral("-o"), tar} + passArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote package 1 (2 asset(s)")), qPrintable(r.out));
        QVERIFY(QFile::exists(tar + QStringLiteral(".minisig")));

        r = igw({QStringLiteral("verify"), b, tar});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Signature: good, key ") + keyId));
        QVERIFY(r.out.contains(QStringLiteral("would import it")));
        QCOMPARE(countRows(b, QStringLiteral("partner_records")), 0);
        r = igw({QStringLiteral("import"), QStringLiteral("package"), b, tar});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Imported package 1 from")), qPrintable(r.out));
        r = igw({QStringLiteral("list"), QStringLiteral("assets"), b});
        QCOMPARE(r.code, 0);
        QStringList theirs;
        for (const QString &line : lines(r.out)) {
            if (line.count(QLatin1Char('\t')) == 2)
                theirs << line;
        }
        QCOMPARE(theirs.size(), 2);
        QVERIFY2(theirs.constFirst().startsWith(QStringLiteral("IA-0001\t")) &&
                     theirs.constFirst().endsWith(
                         QStringLiteral("\tKingsmere and Wealdbridge Hospitals NHS Foundation "
                                        "Trust")),
                 qPrintable(theirs.constFirst()));
        r = igw({QStringLiteral("import"), QStringLiteral("package"), b, tar});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("imported already")));

        // A changed byte, and a revoked key: refused with the reason, nothing imported.
        const QString changed = path(QStringLiteral("exchange-changed.tar"));
        QVERIFY(QFile::copy(tar, changed));
        QVERIFY(
            QFile::copy(tar + QStringLiteral(".minisig"), changed + QStringLiteral(".minisig")));
        {
            QFile f(changed);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(700);
            f.write("#");
        }
        r = igw({QStringLiteral("verify"), b, changed});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not match its signature")), qPrintable(r.err));
        r = igw({QStringLiteral("trust"), QStringLiteral("revoke"), b, keyId,
                 QStringLiteral("--reason"), QStringLiteral("key file lost")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int before = countRows(b, QStringLiteral("exchange_log"));
        r = igw({QStringLiteral("import"), QStringLiteral("package"), b, tar});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("revoked (key file lost)")), qPrintable(r.err));
        QCOMPARE(countRows(b, QStringLiteral("exchange_log")), before);
        r = igw({QStringLiteral("check"), QStringLiteral("--full"), b});
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    // Co-signing across two workspaces from the command line: A sends an agreement out for
    // signature with B as a party, B signs it with `igw cosign`, A imports B's package and
    // the agreement turns active.
    void exchangeCosign()
    {
        const QString a = demo(QStringLiteral("cosign-a.igw"));
        const QString b = demo(QStringLiteral("cosign-b.igw"));
        const QString pass = path(QStringLiteral("cosign-pass"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("information governance board\n");
        }
        const QStringList passArgs{QStringLiteral("--passphrase-file"), pass};
        // Each trusts the other: B knows A as ORG-0002, A knows B as ORG-0003 (the other
        // party of A's agreement ISA-0002, out for signature).
        for (const auto &[from, to, org] : {std::tuple{a, b, QStringLiteral("ORG-0002")},
                                            std::tuple{b, a, QStringLiteral("ORG-0003")}}) {
            Run r =
                igw(QStringList{QStringLiteral("keys"), QStringLiteral("init"), from} + passArgs);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString pub = from + QStringLiteral(".pub");
            r = igw({QStringLiteral("keys"), QStringLiteral("export-public"), from,
                     QStringLiteral("-o"), pub});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString fp = QRegularExpression(QStringLiteral("Fingerprint: ([0-9A-F ]+)"))
                                   .match(r.out)
                                   .captured(1);
            r = igw({QStringLiteral("trust"), QStringLiteral("add"), to, pub,
                     QStringLiteral("--org"), org, QStringLiteral("--fingerprint"), fp});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        Run r = igw(
            {QStringLiteral("share"), a, QStringLiteral("agreements"), QStringLiteral("ISA-0002")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString a1 = path(QStringLiteral("cosign-a-1.tar"));
        r = igw(QStringList{QStringLiteral("package"), a, QStringLiteral("-o"), a1} + passArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = igw({QStringLiteral("import"), QStringLiteral("package"), b, a1});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = igw({QStringLiteral("list"), QStringLiteral("agreements"), b});
        QVERIFY2(
            r.out.contains(QRegularExpression(QStringLiteral("\nISA-0002\t[^\t\n]+\tKingsmere and "
                                                             "Wealdbridge Hospitals"))),
            qPrintable(r.out));
        const QStringList sign{
            QStringLiteral("cosign"),   b,
            QStringLiteral("ORG-0002"), QStringLiteral("ISA-0002"),
            QStringLiteral("--name"),   QStringLiteral("Chief Inspector Hale"),
            QStringLiteral("--role"),   QStringLiteral("Data Protection Officer"),
            QStringLiteral("--date"),   QStringLiteral("2026-12-02")};
        r = igw(sign);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = igw(sign);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
        const QString b1 = path(QStringLiteral("cosign-b-1.tar"));
        r = igw(QStringList{QStringLiteral("package"), b, QStringLiteral("-o"), b1} + passArgs);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 signature(s)")), qPrintable(r.out));
        const int signatures = countRows(a, QStringLiteral("agreement_signatures"));
        r = igw({QStringLiteral("import"), QStringLiteral("package"), a, b1});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("ISA-0002 is now active")), qPrintable(r.out));
        QCOMPARE(countRows(a, QStringLiteral("agreement_signatures")), signatures + 1);
        r = igw({QStringLiteral("check"), QStringLiteral("--full"), a});
        QVERIFY2(r.code == 0, qPrintable(r.out));
    }

    void integrityReportDirectly()
    {
        const QString file = demo(QStringLiteral("unit.igw"));
        CheckReport report = checkWorkspaceFile(file, true);
        QVERIFY2(report.ok, qPrintable(report.problems.join(QLatin1Char('\n'))));
        QVERIFY(report.examined);
        QVERIFY(report.problems.isEmpty());
        QVERIFY(report.passed.size() >= 7);
        // The check leaves no connection behind.
        QVERIFY(QSqlDatabase::connectionNames().isEmpty());

        report = checkWorkspaceFile(path(QStringLiteral("absent.igw")), false);
        QVERIFY(!report.ok);
        QVERIFY(!report.examined);
        QCOMPARE(report.problems.size(), 1);

        QVERIFY(
            editBehindTheAppsBack(file, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                         QStringLiteral("DELETE FROM audit_log WHERE seq = 5")}));
        report = checkWorkspaceFile(file, true);
        QVERIFY(!report.ok);
        QVERIFY(report.examined);
        QVERIFY2(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("entry 5")),
                 qPrintable(report.problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
