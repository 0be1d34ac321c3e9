// A second process for the workspace tests:
//   hold PATH            open PATH, print "ready", then wait until killed
//   write PATH           open PATH and create people "crash-<n>" one transaction each,
//                        printing n only after its COMMIT returned
//   make-vN PATH         write the version-N snapshot (N = 1 to 7) used by the migration tests
#include "workspace/audit.h"
#include "workspace/directory.h"
#include "workspace/migrations.h"
#include "workspace/recordstore.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QThread>

#include <cstdio>

using namespace igw;

namespace {

int makeSnapshot(const QString &path, int version)
{
    QString error;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        const Migrator v1(Migrator::standardSteps().mid(0, version));
        const auto now = QStringLiteral("2026-01-05T09:00:00.000Z");
        bool ok =
            sql::exec(db,
                      QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId)) &&
            v1.migrate(db, 0, version, &error) &&
            sql::exec(db,
                      QStringLiteral("INSERT INTO organisations (id, uuid, ref, owner_org_id,"
                                     " created_at, created_by, updated_at, updated_by, name,"
                                     " ico_registration, address, is_self) VALUES"
                                     " (1, '7b0e1a52-3c1f-4d0e-9a51-1f6f0c2b8d11', 'ORG-0001', 1,"
                                     " ?, 'snapshot', ?, 'snapshot', 'Snapshot Borough Council',"
                                     " 'Z9876543', '1 Market Square, Snapton', 1)"),
                      {now, now}, &error) &&
            sql::exec(db,
                      QStringLiteral("INSERT INTO organisations (id, uuid, ref, owner_org_id,"
                                     " created_at, created_by, updated_at, updated_by, name,"
                                     " ico_registration, address, is_self) VALUES"
                                     " (2, '0c7d3e9a-5b4f-4a6e-8f2d-9e1a7b3c5d22', 'ORG-0002', 1,"
                                     " ?, 'snapshot', ?, 'snapshot', 'Snapton NHS Trust',"
                                     " 'Z1234567', NULL, 0)"),
                      {now, now}, &error) &&
            sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('ORG', 3)"), {}, &error);
        for (const auto &[uuid, ref, name] :
             {std::tuple{QStringLiteral("7b0e1a52-3c1f-4d0e-9a51-1f6f0c2b8d11"),
                         QStringLiteral("ORG-0001"), QStringLiteral("Snapshot Borough Council")},
              std::tuple{QStringLiteral("0c7d3e9a-5b4f-4a6e-8f2d-9e1a7b3c5d22"),
                         QStringLiteral("ORG-0002"), QStringLiteral("Snapton NHS Trust")}}) {
            AuditEntry e;
            e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
            e.user = QStringLiteral("snapshot");
            e.recordTable = QStringLiteral("organisations");
            e.recordUuid = uuid;
            e.recordRef = ref;
            e.action = QStringLiteral("create");
            e.newValue = QStringLiteral("{\"name\":\"%1\"}").arg(name);
            ok = ok && audit::append(db, e, &error);
        }
        if (version >= 2) {
            // A person who is the profile's DPO: v3 must keep the link.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO people (id, uuid, ref, owner_org_id, created_at,"
                                    " created_by, updated_at, updated_by, name, role, email,"
                                    " organisation_id) VALUES (1,"
                                    " '5f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d55', 'PE-0001', 1, ?,"
                                    " 'snapshot', ?, 'snapshot', 'Dana Whitby',"
                                    " 'Data Protection Officer', 'dana@snapton.example', 1)"),
                     {now, now}, &error) &&
                 sql::exec(db, QStringLiteral(
                                   "UPDATE organisations SET dpo_person_id = 1 WHERE id = 1")) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('PE', 2)"), {},
                           &error);
            AuditEntry e;
            e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
            e.user = QStringLiteral("snapshot");
            e.recordTable = QStringLiteral("people");
            e.recordUuid = QStringLiteral("5f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d55");
            e.recordRef = QStringLiteral("PE-0001");
            e.action = QStringLiteral("create");
            e.newValue = QStringLiteral("{\"name\":\"Dana Whitby\"}");
            ok = ok && audit::append(db, e, &error);
        }
        if (version >= 3) {
            // An asset owned by the DPO: v4 activities must be able to link to it.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO assets (id, uuid, ref, owner_org_id, created_at,"
                                    " created_by, updated_at, updated_by, name, owner_person_id,"
                                    " data_subject_categories, personal_data_categories,"
                                    " special_category, art9_condition) VALUES (1,"
                                    " '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c66', 'IA-0001', 1, ?,"
                                    " 'snapshot', ?, 'snapshot', 'Adult social care records', 1,"
                                    " 'Service users; Carers', 'Contact details; Health (special"
                                    " category)', 1, 'h')"),
                     {now, now}, &error) &&
                 sql::exec(db,
                           QStringLiteral("INSERT INTO assets_fts (rowid, ref, name) VALUES"
                                          " (1, 'IA-0001', 'Adult social care records')"),
                           {}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('IA', 2)"), {},
                           &error);
            AuditEntry e;
            e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
            e.user = QStringLiteral("snapshot");
            e.recordTable = QStringLiteral("assets");
            e.recordUuid = QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c66");
            e.recordRef = QStringLiteral("IA-0001");
            e.action = QStringLiteral("create");
            e.newValue = QStringLiteral("{\"name\":\"Adult social care records\"}");
            ok = ok && audit::append(db, e, &error);
        }
        if (version >= 4) {
            // A processing activity linked to the v3 asset: v5 DPIAs must be able to cover both.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO activities (id, uuid, ref, owner_org_id,"
                                    " created_at, created_by, updated_at, updated_by, role, name,"
                                    " purpose, lawful_basis, art9_condition, special_category)"
                                    " VALUES (1, '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e77', 'PA-0001',"
                                    " 1, ?, 'snapshot', ?, 'snapshot', 'controller',"
                                    " 'Adult social care assessment', 'Assessing care needs',"
                                    " 'public_task', 'h', 1)"),
                     {now, now}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO activity_assets VALUES (1, 1)"), {},
                           &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('PA', 2)"), {},
                           &error);
            AuditEntry e;
            e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
            e.user = QStringLiteral("snapshot");
            e.recordTable = QStringLiteral("activities");
            e.recordUuid = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e77");
            e.recordRef = QStringLiteral("PA-0001");
            e.action = QStringLiteral("create");
            e.newValue = QStringLiteral("{\"name\":\"Adult social care assessment\","
                                        "\"asset_ids\":\"1\"}");
            ok = ok && audit::append(db, e, &error);
        }
        if (version >= 5) {
            // A DPIA covering the v4 activity, and a flow to the partner naming its sharing
            // agreement by reference: v6 agreements must be able to cover both.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO dpias (id, uuid, ref, owner_org_id, created_at,"
                                    " created_by, updated_at, updated_by, title, status, version)"
                                    " VALUES (1, '6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a88', 'DP-0001',"
                                    " 1, ?, 'snapshot', ?, 'snapshot',"
                                    " 'Adult social care assessment', 'draft', 1)"),
                     {now, now}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO dpia_activities VALUES (1, 1)"), {},
                           &error) &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO flows (id, uuid, ref, owner_org_id, created_at,"
                                    " created_by, updated_at, updated_by, title, from_asset_id,"
                                    " to_org_id, data_items, lawful_basis, agreement_ref) VALUES"
                                    " (1, '1f2e3d4c-5b6a-4978-8a69-5b4c3d2e1f99', 'FL-0001', 1, ?,"
                                    " 'snapshot', ?, 'snapshot', 'Continuing healthcare"
                                    " referrals', 1, 2, 'Assessments and care plans',"
                                    " 'public_task', 'ISA-0001')"),
                     {now, now}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('DP', 2)"), {},
                           &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('FL', 2)"), {},
                           &error);
            for (const auto &[table, uuid, ref, value] :
                 {std::tuple{QStringLiteral("dpias"),
                             QStringLiteral("6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a88"),
                             QStringLiteral("DP-0001"),
                             QStringLiteral("{\"title\":\"Adult social care assessment\","
                                            "\"activity_ids\":\"1\"}")},
                  std::tuple{QStringLiteral("flows"),
                             QStringLiteral("1f2e3d4c-5b6a-4978-8a69-5b4c3d2e1f99"),
                             QStringLiteral("FL-0001"),
                             QStringLiteral("{\"title\":\"Continuing healthcare referrals\","
                                            "\"agreement_ref\":\"ISA-0001\"}")}}) {
                AuditEntry e;
                e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
                e.user = QStringLiteral("snapshot");
                e.recordTable = table;
                e.recordUuid = uuid;
                e.recordRef = ref;
                e.action = QStringLiteral("create");
                e.newValue = value;
                ok = ok && audit::append(db, e, &error);
            }
        }
        if (version >= 6) {
            // The agreement the v5 flow names, covering it, and a review date on the v3
            // asset: v7 retention classes must be able to start their periods from it.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO agreements (id, uuid, ref, owner_org_id,"
                                    " created_at, created_by, updated_at, updated_by, title,"
                                    " status, version, lawful_basis_art6) VALUES (1,"
                                    " '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5caa', 'ISA-0001', 1, ?,"
                                    " 'snapshot', ?, 'snapshot', 'Continuing healthcare',"
                                    " 'draft', 1, 'public_task')"),
                     {now, now}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO agreement_flows VALUES (1, 1)"), {},
                           &error) &&
                 sql::exec(db,
                           QStringLiteral("UPDATE assets SET last_review = '2019-04-01'"
                                          " WHERE id = 1"),
                           {}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('ISA', 2)"), {},
                           &error);
            for (const auto &[table, uuid, ref, field, value] :
                 {std::tuple{QStringLiteral("agreements"),
                             QStringLiteral("2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5caa"),
                             QStringLiteral("ISA-0001"), QString(),
                             QStringLiteral("{\"title\":\"Continuing healthcare\","
                                            "\"flow_ids\":\"1\"}")},
                  std::tuple{QStringLiteral("assets"),
                             QStringLiteral("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c66"),
                             QStringLiteral("IA-0001"), QStringLiteral("last_review"),
                             QStringLiteral("2019-04-01")}}) {
                AuditEntry e;
                e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
                e.user = QStringLiteral("snapshot");
                e.recordTable = table;
                e.recordUuid = uuid;
                e.recordRef = ref;
                e.action = field.isEmpty() ? QStringLiteral("create") : QStringLiteral("update");
                e.field = field;
                e.newValue = value;
                ok = ok && audit::append(db, e, &error);
            }
        }
        if (version >= 7) {
            // A retention class given to the v3 asset: v8 must keep both, and the asset
            // must still be one of ours.
            ok = ok &&
                 sql::exec(
                     db,
                     QStringLiteral("INSERT INTO retention_classes (id, uuid, ref, owner_org_id,"
                                    " created_at, created_by, updated_at, updated_by, function,"
                                    " activity, description, period_years, authority_kind,"
                                    " authority) VALUES (1,"
                                    " '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e77', 'RC-0001', 1, ?,"
                                    " 'snapshot', ?, 'snapshot', 'Adult social care',"
                                    " 'Assessment', 'Case records', 8, 'guideline',"
                                    " 'IRMS Toolkit 2.1')"),
                     {now, now}, &error) &&
                 sql::exec(db,
                           QStringLiteral("UPDATE assets SET retention_class_id = 1,"
                                          " trigger_rule = 'last_review' WHERE id = 1"),
                           {}, &error) &&
                 sql::exec(db, QStringLiteral("INSERT INTO ref_counters VALUES ('RC', 2)"), {},
                           &error);
            AuditEntry e;
            e.at = QDateTime::fromString(now, Qt::ISODateWithMs);
            e.user = QStringLiteral("snapshot");
            e.recordTable = QStringLiteral("retention_classes");
            e.recordUuid = QStringLiteral("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e77");
            e.recordRef = QStringLiteral("RC-0001");
            e.action = QStringLiteral("create");
            e.newValue = QStringLiteral("{\"function\":\"Adult social care\"}");
            ok = ok && audit::append(db, e, &error);
        }
        ok = ok && sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"));
        db.close();
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("igw_test_child"));
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.at(1);
    const QString path = args.at(2);
    if (mode == QLatin1String("make-v1"))
        return makeSnapshot(path, 1);
    if (mode == QLatin1String("make-v2"))
        return makeSnapshot(path, 2);
    if (mode == QLatin1String("make-v3"))
        return makeSnapshot(path, 3);
    if (mode == QLatin1String("make-v4"))
        return makeSnapshot(path, 4);
    if (mode == QLatin1String("make-v5"))
        return makeSnapshot(path, 5);
    if (mode == QLatin1String("make-v6"))
        return makeSnapshot(path, 6);
    if (mode == QLatin1String("make-v7"))
        return makeSnapshot(path, 7);

    OpenOptions options;
    options.userName = QStringLiteral("child-user");
    options.backupOnOpen = false;
    auto result = Workspace::open(path, options);
    if (!result.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(result.errorString));
        return 3;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        for (;;)
            QThread::sleep(1);
    }
    if (mode == QLatin1String("write")) {
        for (qint64 n = 1;; ++n) {
            QString error;
            const auto r = result.workspace->records().create(
                kinds::person(),
                {{personField::name, QStringLiteral("crash-%1").arg(n)},
                 {personField::team, QStringLiteral("Crash test")}},
                &error);
            if (!r) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
                return 4;
            }
            std::printf("%lld\n", n);
            std::fflush(stdout);
        }
    }
    return 2;
}
