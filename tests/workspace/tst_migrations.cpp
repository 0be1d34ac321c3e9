// Schema upgrades from every earlier version, from snapshot files kept in tests/data.
#include "testutil.h"
#include "workspace/audit.h"
#include "workspace/backup.h"
#include "workspace/directory.h"
#include "workspace/migrations.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"

#include <QDir>
#include <QSqlQuery>

using namespace igw;

class TestMigrations : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void snapshotIsVersion1();
    void upgradesVersion1();
    void upgradesVersion2();
    void upgradesVersion3();
    void upgradesVersion4();
    void upgradesVersion5();
    void upgradesVersion6();
    void upgradesVersion7();
    void freshAndUpgradedSchemasMatch_data();
    void freshAndUpgradedSchemasMatch();
    void failedStepRollsBackEverything();
    void refusesToMigrateBackwards();

private:
    static QStringList schemaOf(const QSqlDatabase &db);
    QTemporaryDir m_dir;
};

QStringList TestMigrations::schemaOf(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery q(db);
    sql::exec(q, QStringLiteral("SELECT m.name, p.name, p.type, p.\"notnull\" FROM sqlite_schema m"
                                " JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
                                " ORDER BY m.name, p.name"));
    while (q.next())
        out << QStringLiteral("%1.%2 %3 %4")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString());
    QSqlQuery idx(db);
    sql::exec(idx,
              QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('index', 'trigger')"
                             " AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (idx.next())
        out << idx.value(0).toString();
    return out;
}

void TestMigrations::snapshotIsVersion1()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v1.igw"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'people'"))
                 .isValid());
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
}

void TestMigrations::upgradesVersion1()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v1.igw"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 1")));

    // The old file was copied before anything changed, and the copy is still version 1.
    const QString before =
        backup::directoryFor(file) + QStringLiteral("/workspace-v1-before-v%1-upgrade.igw")
                                         .arg(Workspace::currentSchemaVersion());
    QVERIFY2(QFile::exists(before), qPrintable(before));
    {
        QSqlDatabase old =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(before);
        QVERIFY(old.open());
        QCOMPARE(sql::scalar(old, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    // Data survived, new columns exist and new records continue the old numbering.
    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    QVERIFY(self);
    QCOMPARE(self->values.value(orgField::name).toString(),
             QStringLiteral("Snapshot Borough Council"));
    QCOMPARE(self->values.value(orgField::icoRegistration).toString(), QStringLiteral("Z9876543"));
    QCOMPARE(self->values.value(orgField::orgType).toString(), QStringLiteral("council"));
    QCOMPARE(ws.records().count(kinds::organisation()), 2);
    QString error;
    const auto partner = ws.records().create(
        kinds::organisation(), {{orgField::name, QStringLiteral("New partner")}}, &error);
    QVERIFY2(partner, qPrintable(error));
    QCOMPARE(partner->ref, QStringLiteral("ORG-0003"));
    const auto person =
        ws.records().create(kinds::person(), {{personField::name, QStringLiteral("Dee")}}, &error);
    QVERIFY2(person, qPrintable(error));
    QVERIFY(ws.records().update(kinds::organisation(), self->id,
                                {{orgField::dpoPersonId, person->id}}, &error));
    // The audit chain written by version 1 still verifies, with the new entries on it.
    const auto v = audit::verify(ws.database());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 5);
}

void TestMigrations::upgradesVersion2()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v2.igw"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 2")));
    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    const auto dpo = ws.records().findByRef(kinds::person(), QStringLiteral("PE-0001"));
    QVERIFY(self && dpo);
    QCOMPARE(self->values.value(orgField::dpoPersonId).toLongLong(), dpo->id);
    QCOMPARE(dpo->values.value(personField::email).toString(),
             QStringLiteral("dana@snapton.example"));
    QString error;
    QCOMPARE(ws.records()
                 .create(kinds::person(), {{personField::name, QStringLiteral("Next")}}, &error)
                 ->ref,
             QStringLiteral("PE-0002"));
    // Tables of later versions are there and usable.
    QVERIFY(sql::exec(ws.database(), QStringLiteral("SELECT count(*) FROM assets"), {}, &error));
    QVERIFY(sql::scalar(ws.database(), QStringLiteral("SELECT count(*) FROM vocabulary")).toInt() >
            10);
    const auto v = audit::verify(ws.database());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 4);
}

void TestMigrations::upgradesVersion3()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v3.igw"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 3")));
    // The asset survives, still found by the search index, and version 4's link tables
    // accept it while refusing links to assets that do not exist.
    QString error;
    QCOMPARE(
        sql::scalar(ws.database(), QStringLiteral("SELECT name FROM assets WHERE ref = 'IA-0001'"))
            .toString(),
        QStringLiteral("Adult social care records"));
    QCOMPARE(sql::scalar(ws.database(),
                         QStringLiteral("SELECT rowid FROM assets_fts WHERE assets_fts MATCH ?"),
                         {QStringLiteral("social")})
                 .toInt(),
             1);
    QVERIFY2(sql::exec(ws.database(),
                       QStringLiteral("INSERT INTO activities (uuid, ref, created_at, created_by,"
                                      " updated_at, updated_by, name) VALUES ('u', 'PA-0001', 'x',"
                                      " 'y', 'x', 'y', 'Adult social care')"),
                       {}, &error),
             qPrintable(error));
    QVERIFY2(sql::exec(ws.database(), QStringLiteral("INSERT INTO activity_assets VALUES (1, 1)"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(!sql::exec(ws.database(), QStringLiteral("INSERT INTO activity_assets VALUES (1, 99)"),
                       {}, &error));
    QVERIFY(
        sql::exec(ws.database(),
                  QStringLiteral("UPDATE organisations SET representative = 'None' WHERE id = 1"),
                  {}, &error));
    const auto v = audit::verify(ws.database());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 4);
}

void TestMigrations::upgradesVersion4()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v4.igw"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek4"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'dpias'"))
                     .isValid());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek4"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 4")));
    // The activity and its link to the asset survive; version 5's DPIA tables accept a DPIA
    // covering both, and refuse links to activities that do not exist.
    QString error;
    QCOMPARE(sql::scalar(ws.database(),
                         QStringLiteral("SELECT asset_id FROM activity_assets WHERE activity_id ="
                                        " (SELECT id FROM activities WHERE ref = 'PA-0001')"))
                 .toInt(),
             1);
    QVERIFY2(sql::exec(ws.database(),
                       QStringLiteral("INSERT INTO dpias (uuid, ref, created_at, created_by,"
                                      " updated_at, updated_by, title) VALUES ('u', 'DP-0001', 'x',"
                                      " 'y', 'x', 'y', 'Adult social care')"),
                       {}, &error),
             qPrintable(error));
    QCOMPARE(sql::scalar(ws.database(), QStringLiteral("SELECT status || version || matrix FROM"
                                                       " dpias WHERE ref = 'DP-0001'"))
                 .toString(),
             QStringLiteral("draft1ico3"));
    QVERIFY2(sql::exec(ws.database(), QStringLiteral("INSERT INTO dpia_activities VALUES (1, 1)"),
                       {}, &error),
             qPrintable(error));
    QVERIFY2(sql::exec(ws.database(), QStringLiteral("INSERT INTO dpia_assets VALUES (1, 1)"), {},
                       &error),
             qPrintable(error));
    QVERIFY(!sql::exec(ws.database(), QStringLiteral("INSERT INTO dpia_activities VALUES (1, 99)"),
                       {}, &error));
    QVERIFY2(sql::exec(ws.database(),
                       QStringLiteral("INSERT INTO dpia_versions (dpia_id, version, frozen_at,"
                                      " frozen_by, snapshot) VALUES (1, 1, 'x', 'y', '{}')"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(!sql::exec(ws.database(), QStringLiteral("DELETE FROM dpia_versions"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    const auto v = audit::verify(ws.database());
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 5);
}

void TestMigrations::upgradesVersion5()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v5.igw"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek5"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 5);
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name ="
                                                " 'agreements'"))
                     .isValid());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek5"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 5")));
    const QSqlDatabase &db = ws.database();
    QString error;
    // The DPIA, its link and the flow naming its agreement survive.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT activity_id FROM dpia_activities")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT agreement_ref FROM flows WHERE ref ="
                                            " 'FL-0001'"))
                 .toString(),
             QStringLiteral("ISA-0001"));
    // Version 6's agreement takes the reference the flow already names, with its defaults,
    // and covers the flow, the asset and the activity.
    QVERIFY2(sql::exec(db,
                       QStringLiteral("INSERT INTO agreements (uuid, ref, created_at, created_by,"
                                      " updated_at, updated_by, title) VALUES ('u', 'ISA-0001',"
                                      " 'x', 'y', 'x', 'y', 'Continuing healthcare')"),
                       {}, &error),
             qPrintable(error));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT status || version FROM agreements")).toString(),
             QStringLiteral("draft1"));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE agreements SET status = 'signed'"), {}, &error));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE agreements SET version = 0"), {}, &error));
    for (const char *link : {"agreement_flows", "agreement_assets", "agreement_activities"}) {
        QVERIFY2(sql::exec(db,
                           QStringLiteral("INSERT INTO %1 VALUES (1, 1)").arg(QLatin1String(link)),
                           {}, &error),
                 qPrintable(error));
        QVERIFY(!sql::exec(db,
                           QStringLiteral("INSERT INTO %1 VALUES (1, 99)").arg(QLatin1String(link)),
                           {}, &error));
    }
    // Parties: our own organisation (NULL) and the partner, each once; roles are checked.
    const QString party = QStringLiteral(
        "INSERT INTO agreement_parties (uuid, ref, created_at, created_by, updated_at,"
        " updated_by, agreement_id, org_id, role) VALUES (?, ?, 'x', 'y', 'x', 'y', 1, ?, ?)");
    QVERIFY2(sql::exec(db, party,
                       {QStringLiteral("p1"), QStringLiteral("AP-0001"), QVariant(),
                        QStringLiteral("controller")},
                       &error),
             qPrintable(error));
    QVERIFY2(sql::exec(db, party,
                       {QStringLiteral("p2"), QStringLiteral("AP-0002"), 2,
                        QStringLiteral("joint_controller")},
                       &error),
             qPrintable(error));
    QVERIFY(!sql::exec(
        db, party,
        {QStringLiteral("p3"), QStringLiteral("AP-0003"), QVariant(), QStringLiteral("controller")},
        &error));
    QVERIFY(!sql::exec(
        db, party,
        {QStringLiteral("p4"), QStringLiteral("AP-0004"), 1, QStringLiteral("recipient")}, &error));
    // Signatures and frozen versions are append-only.
    QVERIFY2(sql::exec(db,
                       QStringLiteral("INSERT INTO agreement_signatures (agreement_id, party_id,"
                                      " party_name, name, role, signed_on, version, recorded_at,"
                                      " recorded_by) VALUES (1, 2, 'Snapton NHS Trust', 'A',"
                                      " 'Caldicott Guardian', '2026-01-06', 1, 'x', 'y')"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(
        !sql::exec(db, QStringLiteral("UPDATE agreement_signatures SET name = 'B'"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    QVERIFY2(sql::exec(db,
                       QStringLiteral("INSERT INTO agreement_versions (agreement_id, version,"
                                      " frozen_at, frozen_by, snapshot) VALUES (1, 1, 'x', 'y',"
                                      " '{}')"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM agreement_versions"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    const auto v = audit::verify(db);
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 7);
}

void TestMigrations::upgradesVersion6()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v6.igw"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek6"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 6);
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name ="
                                                " 'retention_classes'"))
                     .isValid());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek6"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 6")));
    const QSqlDatabase &db = ws.database();
    QString error;
    // The agreement, its flow and the asset's review date survive; the asset has no class yet.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT flow_id FROM agreement_flows")).toInt(), 1);
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT last_review || '/' ||"
                                            " ifnull(retention_class_id, 'none') || '/' ||"
                                            " ifnull(legal_hold, 'none') FROM assets"))
                 .toString(),
             QStringLiteral("2019-04-01/none/none"));
    // A class takes its defaults and its lists hold.
    QVERIFY2(sql::exec(db,
                       QStringLiteral("INSERT INTO retention_classes (uuid, ref, created_at,"
                                      " created_by, updated_at, updated_by, function, activity,"
                                      " description, period_years) VALUES ('u', 'RC-0001', 'x',"
                                      " 'y', 'x', 'y', 'Adult social care', 'Assessment',"
                                      " 'Case records', 8)"),
                       {}, &error),
             qPrintable(error));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT period_kind || disposal_action ||"
                                            " authority_kind FROM retention_classes"))
                 .toString(),
             QStringLiteral("fixeddestroybusiness_need"));
    for (const char *bad :
         {"period_kind = 'forever'", "disposal_action = 'burn'", "authority_kind = 'hunch'",
          "period_years = -1", "period_months = 2401", "period_days = 73001"})
        QVERIFY2(!sql::exec(
                     db, QStringLiteral("UPDATE retention_classes SET %1").arg(QLatin1String(bad)),
                     {}, &error),
                 bad);
    // The asset and the activity take the class; trigger rules and the hold flag are lists.
    QVERIFY2(sql::exec(db,
                       QStringLiteral("UPDATE assets SET retention_class_id = 1, trigger_rule ="
                                      " 'last_review', legal_hold = 1, legal_hold_reason ="
                                      " 'Ombudsman complaint'"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(
        !sql::exec(db, QStringLiteral("UPDATE assets SET trigger_rule = 'whenever'"), {}, &error));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE assets SET legal_hold = 2"), {}, &error));
    QVERIFY(
        !sql::exec(db, QStringLiteral("UPDATE assets SET retention_class_id = 99"), {}, &error));
    QVERIFY2(
        sql::exec(db, QStringLiteral("UPDATE activities SET retention_class_id = 1"), {}, &error),
        qPrintable(error));
    // A class in use cannot be deleted.
    QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM retention_classes"), {}, &error));
    // The disposal log is append-only and its certificates are unique.
    const QString insert =
        QStringLiteral("INSERT INTO disposal_log (uuid, certificate, asset_id, asset_ref,"
                       " asset_name, class_ref, action, method, disposed_on, confirmed_by,"
                       " recorded_at, recorded_by) VALUES (?, ?, 1, 'IA-0001', 'Adult social"
                       " care records', 'RC-0001', ?, 'Cross-cut shredding', '2026-01-06',"
                       " 'Records manager', 'x', 'y')");
    QVERIFY2(sql::exec(db, insert,
                       {QStringLiteral("d1"), QStringLiteral("DC-0001"), QStringLiteral("destroy")},
                       &error),
             qPrintable(error));
    QVERIFY(!sql::exec(db, insert,
                       {QStringLiteral("d2"), QStringLiteral("DC-0001"), QStringLiteral("destroy")},
                       &error));
    QVERIFY(!sql::exec(db, insert,
                       {QStringLiteral("d3"), QStringLiteral("DC-0002"), QStringLiteral("lose")},
                       &error));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE disposal_log SET method = 'x'"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM disposal_log"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    const auto v = audit::verify(db);
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 9);
}

void TestMigrations::upgradesVersion7()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v7.igw"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek7"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 7);
        QVERIFY(!sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name ="
                                                " 'exchange_trust'"))
                     .isValid());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek7"));
    auto r = test::openWorkspace(file);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    Workspace &ws = *r.workspace;
    QCOMPARE(ws.fileSchemaVersion(), Workspace::currentSchemaVersion());
    QVERIFY(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("upgraded from format 7")));
    const QSqlDatabase &db = ws.database();
    QString error;
    // The class and the asset's class survive; nothing is shared until someone says so.
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT c.ref || '/' || a.trigger_rule || '/' ||"
                                            " ifnull(a.shareable, 'no') || '/' ||"
                                            " ifnull(c.shareable, 'no') FROM assets a JOIN"
                                            " retention_classes c ON c.id ="
                                            " a.retention_class_id"))
                 .toString(),
             QStringLiteral("RC-0001/last_review/no/no"));
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM partner_records")).toInt(), 0);
    for (const char *bad :
         {"UPDATE assets SET shareable = 2", "UPDATE agreements SET shareable = 7",
          "UPDATE retention_classes SET shareable = -1"})
        QVERIFY2(!sql::exec(db, QLatin1String(bad), {}, &error), bad);
    QVERIFY2(sql::exec(db, QStringLiteral("UPDATE assets SET shareable = 1"), {}, &error),
             qPrintable(error));
    // A partner's key belongs to one of the organisations in the directory; statuses are a
    // list, and one key cannot be trusted twice.
    const QString trust =
        QStringLiteral("INSERT INTO exchange_trust (org_id, partner_uuid, key_id, public_key,"
                       " fingerprint, status, added_at, added_by, confirmed_at, confirmed_by)"
                       " VALUES (?, 'p-uuid', ?, ?, 'fp', ?, 'x', 'y', 'x', 'y')");
    QVERIFY2(sql::exec(db, trust,
                       {2, QStringLiteral("K1"), QStringLiteral("pk1"), QStringLiteral("trusted")},
                       &error),
             qPrintable(error));
    QVERIFY(!sql::exec(db, trust,
                       {2, QStringLiteral("K1"), QStringLiteral("pk2"), QStringLiteral("trusted")},
                       &error));
    QVERIFY(!sql::exec(db, trust,
                       {2, QStringLiteral("K2"), QStringLiteral("pk2"), QStringLiteral("maybe")},
                       &error));
    QVERIFY(!sql::exec(db, trust,
                       {99, QStringLiteral("K3"), QStringLiteral("pk3"), QStringLiteral("trusted")},
                       &error));
    // Partners' records are kept apart from ours, once per organisation, kind and uuid.
    const QString partner =
        QStringLiteral("INSERT INTO partner_records (org_id, kind, uuid, ref, title, data,"
                       " sequence, received_at) VALUES (2, ?, 'u1', 'IA-0001', 'Their asset',"
                       " '{}', 1, 'x')");
    QVERIFY2(sql::exec(db, partner, {QStringLiteral("assets")}, &error), qPrintable(error));
    QVERIFY(!sql::exec(db, partner, {QStringLiteral("assets")}, &error));
    QVERIFY(!sql::exec(db, partner, {QStringLiteral("people")}, &error));
    // The package log and the signatures we give are append-only.
    QVERIFY2(sql::exec(db,
                       QStringLiteral("INSERT INTO exchange_log (direction, partner_uuid,"
                                      " sequence, sha256, key_id, counts, result, at, by)"
                                      " VALUES ('sent', 'self', 1, 'h', 'K', '{}', 'sent', 'x',"
                                      " 'y')"),
                       {}, &error),
             qPrintable(error));
    QVERIFY(!sql::exec(db, QStringLiteral("UPDATE exchange_log SET sequence = 2"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("append-only")));
    QVERIFY(!sql::exec(db, QStringLiteral("DELETE FROM exchange_log"), {}, &error));
    // Only one of our keys is current at a time.
    const QString key =
        QStringLiteral("INSERT INTO exchange_keys (key_id, public_key, fingerprint, status,"
                       " created_at, created_by) VALUES (?, ?, 'fp', 'current', 'x', 'y')");
    QVERIFY2(sql::exec(db, key, {QStringLiteral("A"), QStringLiteral("pa")}, &error),
             qPrintable(error));
    QVERIFY(!sql::exec(db, key, {QStringLiteral("B"), QStringLiteral("pb")}, &error));
    const auto v = audit::verify(db);
    QVERIFY2(v.ok, qPrintable(v.reason));
    QCOMPARE(v.entries, 10);
}

void TestMigrations::freshAndUpgradedSchemasMatch_data()
{
    QTest::addColumn<QString>("snapshot");
    QTest::newRow("from v1") << QStringLiteral("workspace-v1.igw");
    QTest::newRow("from v2") << QStringLiteral("workspace-v2.igw");
    QTest::newRow("from v3") << QStringLiteral("workspace-v3.igw");
    QTest::newRow("from v4") << QStringLiteral("workspace-v4.igw");
    QTest::newRow("from v5") << QStringLiteral("workspace-v5.igw");
    QTest::newRow("from v6") << QStringLiteral("workspace-v6.igw");
    QTest::newRow("from v7") << QStringLiteral("workspace-v7.igw");
}

void TestMigrations::freshAndUpgradedSchemasMatch()
{
    QFETCH(QString, snapshot);
    const QString upgraded = test::copyFixture(m_dir, snapshot);
    auto a = test::openWorkspace(upgraded);
    QVERIFY(a.ok());
    QFile::remove(m_dir.filePath(QStringLiteral("fresh.igw")));
    auto b = test::createWorkspace(m_dir.filePath(QStringLiteral("fresh.igw")));
    QVERIFY(b);
    QCOMPARE(schemaOf(a.workspace->database()), schemaOf(b->database()));
}

void TestMigrations::failedStepRollsBackEverything()
{
    const QString file = test::copyFixture(m_dir, QStringLiteral("workspace-v1.igw"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fail"));
    db.setDatabaseName(file);
    QVERIFY(db.open());
    const QStringList before = schemaOf(db);
    QList<MigrationStep> steps = Migrator::standardSteps();
    steps.append(
        {Migrator().latestVersion() + 1, [](const QSqlDatabase &d, QString *error) {
             // Half a step: a table is created, then something fails.
             return sql::exec(d, QStringLiteral("CREATE TABLE half_done (x)"), {}, error) &&
                    sql::exec(d, QStringLiteral("INSERT INTO no_such_table VALUES (1)"), {}, error);
         }});
    QString error;
    const int last = Migrator().latestVersion() + 1;
    QVERIFY(!Migrator(steps).migrate(db, 1, last, &error));
    QVERIFY(error.contains(QStringLiteral("version %1").arg(last)));
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(schemaOf(db), before); // step 2 was rolled back too: one transaction
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("fail"));
}

void TestMigrations::refusesToMigrateBackwards()
{
    QString error;
    QVERIFY(!Migrator().migrate(QSqlDatabase(), 2, 1, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
