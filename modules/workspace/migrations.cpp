#include "workspace/migrations.h"

#include "workspace/sql.h"
#include "workspace/tr.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace igw {

namespace {

// The triggers that make a table append-only: rows may be added, never changed or removed.
QStringList appendOnly(const QString &table)
{
    return QStringList{QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN"
                                      " SELECT RAISE(ABORT, '%1 is append-only'); END")
                           .arg(table),
                       QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                                      " SELECT RAISE(ABORT, '%1 is append-only'); END")
                           .arg(table)};
}

bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &s : statements) {
        if (!sql::exec(db, s, {}, error))
            return false;
    }
    return true;
}

// Columns every record table carries (see RecordStore).
QString commonColumns()
{
    return QStringLiteral("id INTEGER PRIMARY KEY,"
                          " uuid TEXT NOT NULL UNIQUE,"
                          " ref TEXT NOT NULL UNIQUE,"
                          " owner_org_id INTEGER REFERENCES organisations(id),"
                          " created_at TEXT NOT NULL,"
                          " created_by TEXT NOT NULL,"
                          " updated_at TEXT NOT NULL,"
                          " updated_by TEXT NOT NULL,");
}

// Version 1: metadata, reference counters, the audit trail and the organisation profile.
bool toVersion1(const QSqlDatabase &db, QString *error)
{
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
         QStringLiteral("CREATE TABLE ref_counters (prefix TEXT PRIMARY KEY,"
                        " next_value INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY,"
                        " at TEXT NOT NULL, user TEXT NOT NULL, record_table TEXT NOT NULL,"
                        " record_uuid TEXT NOT NULL, record_ref TEXT, action TEXT NOT NULL,"
                        " field TEXT, old_value TEXT, new_value TEXT,"
                        " prev_hash BLOB NOT NULL, hash BLOB NOT NULL)"),
         QStringLiteral("CREATE INDEX audit_log_record ON audit_log (record_uuid, seq)"),
         QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                        " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
         QStringLiteral("CREATE TABLE organisations (") + commonColumns() +
             QStringLiteral(" name TEXT NOT NULL, ico_registration TEXT, address TEXT,"
                            " is_self INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)))"),
         QStringLiteral("CREATE UNIQUE INDEX organisations_one_self ON organisations (is_self)"
                        " WHERE is_self = 1")},
        error);
}

// Version 2: the people directory, partner organisation details and the profile's roles.
bool toVersion2(const QSqlDatabase &db, QString *error)
{
    return runAll(
        db,
        {QStringLiteral("CREATE TABLE people (") + commonColumns() +
             QStringLiteral(" name TEXT NOT NULL, role TEXT, team TEXT, email TEXT, phone TEXT,"
                            " organisation_id INTEGER REFERENCES organisations(id), notes TEXT)"),
         QStringLiteral("CREATE INDEX people_name ON people (name COLLATE NOCASE, id)"),
         QStringLiteral("CREATE INDEX people_organisation ON people (organisation_id)"),
         QStringLiteral("CREATE INDEX organisations_owner ON organisations (owner_org_id)"),
         QStringLiteral("CREATE INDEX people_owner ON people (owner_org_id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN org_type TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN email TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN phone TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN notes TEXT"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN dpo_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN siro_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("ALTER TABLE organisations ADD COLUMN caldicott_person_id INTEGER"
                        " REFERENCES people(id)"),
         QStringLiteral("UPDATE organisations SET org_type = 'council' WHERE is_self = 1"
                        " AND org_type IS NULL")},
        error);
}

// The built-in terms of the organisation-extendable vocabularies (ICO and council usage).
bool seedVocabulary(const QSqlDatabase &db, QString *error)
{
    const QStringList subjects{QStringLiteral("Residents"),
                               QStringLiteral("Service users"),
                               QStringLiteral("Children and young people"),
                               QStringLiteral("Parents and guardians"),
                               QStringLiteral("Vulnerable adults"),
                               QStringLiteral("Carers"),
                               QStringLiteral("Tenants"),
                               QStringLiteral("Benefit claimants"),
                               QStringLiteral("Council tax payers"),
                               QStringLiteral("Business ratepayers"),
                               QStringLiteral("Employees"),
                               QStringLiteral("Job applicants"),
                               QStringLiteral("Former employees"),
                               QStringLiteral("Councillors"),
                               QStringLiteral("Volunteers"),
                               QStringLiteral("Suppliers and contractors"),
                               QStringLiteral("Complainants and enquirers"),
                               QStringLiteral("Electors"),
                               QStringLiteral("Pupils"),
                               QStringLiteral("Members of the public")};
    const QStringList data{QStringLiteral("Names and contact details"),
                           QStringLiteral("Dates of birth"),
                           QStringLiteral("Identification numbers (NI, NHS, UPN)"),
                           QStringLiteral("Financial details"),
                           QStringLiteral("Bank details"),
                           QStringLiteral("Employment details"),
                           QStringLiteral("Education and training"),
                           QStringLiteral("Family and household"),
                           QStringLiteral("Housing circumstances"),
                           QStringLiteral("Benefits and entitlements"),
                           QStringLiteral("Case notes"),
                           QStringLiteral("Images and CCTV"),
                           QStringLiteral("Location data"),
                           QStringLiteral("Online identifiers"),
                           QStringLiteral("Health (special category)"),
                           QStringLiteral("Racial or ethnic origin (special category)"),
                           QStringLiteral("Religious or philosophical beliefs (special category)"),
                           QStringLiteral("Sex life or sexual orientation (special category)"),
                           QStringLiteral("Trade union membership (special category)"),
                           QStringLiteral("Political opinions (special category)"),
                           QStringLiteral("Biometric data (special category)"),
                           QStringLiteral("Genetic data (special category)"),
                           QStringLiteral("Criminal offence data")};
    for (const auto &[kind, terms] : {std::pair{QStringLiteral("data_subject"), subjects},
                                      std::pair{QStringLiteral("personal_data"), data}}) {
        for (const QString &term : terms) {
            if (!sql::exec(db,
                           QStringLiteral("INSERT INTO vocabulary (kind, term, builtin)"
                                          " VALUES (?, ?, 1)"),
                           {kind, term}, error))
                return false;
        }
    }
    return true;
}

// Version 3: the information asset register, information flows, the organisation's
// controlled vocabularies and a trigram search index over assets.
bool toVersion3(const QSqlDatabase &db, QString *error)
{
    return runAll(
               db,
               {QStringLiteral("CREATE TABLE assets (") + commonColumns() +
                    QStringLiteral(" name TEXT NOT NULL, description TEXT, business_function TEXT,"
                                   " owner_person_id INTEGER REFERENCES people(id),"
                                   " administrator_person_id INTEGER REFERENCES people(id),"
                                   " system_location TEXT, hosting_country TEXT,"
                                   " format TEXT CHECK (format IN ('electronic', 'paper', 'both')),"
                                   " contains_personal_data INTEGER NOT NULL DEFAULT 1"
                                   "   CHECK (contains_personal_data IN (0, 1)),"
                                   " data_subject_categories TEXT, personal_data_categories TEXT,"
                                   " special_category INTEGER NOT NULL DEFAULT 0 CHECK "
                                   "(special_category IN (0, 1)),"
                                   " art9_condition TEXT,"
                                   " criminal_offence INTEGER NOT NULL DEFAULT 0 CHECK "
                                   "(criminal_offence IN (0, 1)),"
                                   " volume_records INTEGER CHECK (volume_records >= 0),"
                                   " volume_individuals INTEGER CHECK (volume_individuals >= 0),"
                                   " security_classification TEXT CHECK (security_classification IN"
                                   "   ('OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET')),"
                                   " criticality TEXT CHECK (criticality IN ('low', 'medium', "
                                   "'high', 'critical')),"
                                   " access_controls TEXT, lawful_basis TEXT, retention_class TEXT,"
                                   " status TEXT NOT NULL DEFAULT 'live'"
                                   "   CHECK (status IN ('live', 'archived', 'disposed')),"
                                   " last_review TEXT, next_review TEXT, notes TEXT)"),
                // Keyset pagination needs (sort key, id) indexes for every sortable column.
                QStringLiteral("CREATE INDEX assets_name ON assets (name COLLATE NOCASE, id)"),
                QStringLiteral("CREATE INDEX assets_owner ON assets (owner_person_id, id)"),
                QStringLiteral("CREATE INDEX assets_admin ON assets (administrator_person_id)"),
                QStringLiteral("CREATE INDEX assets_next_review ON assets (next_review, id)"),
                QStringLiteral("CREATE INDEX assets_function ON assets (business_function COLLATE "
                               "NOCASE, id)"),
                QStringLiteral(
                    "CREATE INDEX assets_classification ON assets (security_classification, id)"),
                QStringLiteral("CREATE INDEX assets_status ON assets (status, id)"),
                QStringLiteral("CREATE INDEX assets_owner_org ON assets (owner_org_id)"),
                QStringLiteral("CREATE VIRTUAL TABLE assets_fts USING fts5 (ref, name, description,"
                               " business_function, system_location, tokenize = 'trigram')"),
                QStringLiteral("CREATE TABLE flows (") + commonColumns() +
                    QStringLiteral(
                        " title TEXT NOT NULL,"
                        " from_asset_id INTEGER REFERENCES assets(id),"
                        " from_org_id INTEGER REFERENCES organisations(id),"
                        " to_asset_id INTEGER REFERENCES assets(id),"
                        " to_org_id INTEGER REFERENCES organisations(id),"
                        " data_items TEXT, purpose TEXT, transfer_method TEXT, frequency TEXT,"
                        " volume TEXT,"
                        " encrypted_in_transit INTEGER CHECK (encrypted_in_transit IN (0, 1)),"
                        " lawful_basis TEXT, agreement_ref TEXT,"
                        " risk_rating TEXT CHECK (risk_rating IN ('low', 'medium', 'high')), notes "
                        "TEXT,"
                        " CHECK ((from_asset_id IS NULL) + (from_org_id IS NULL) = 1),"
                        " CHECK ((to_asset_id IS NULL) + (to_org_id IS NULL) = 1))"),
                QStringLiteral("CREATE INDEX flows_from_asset ON flows (from_asset_id)"),
                QStringLiteral("CREATE INDEX flows_to_asset ON flows (to_asset_id)"),
                QStringLiteral("CREATE INDEX flows_from_org ON flows (from_org_id)"),
                QStringLiteral("CREATE INDEX flows_to_org ON flows (to_org_id)"),
                QStringLiteral("CREATE INDEX flows_owner_org ON flows (owner_org_id)"),
                QStringLiteral("CREATE TABLE vocabulary (id INTEGER PRIMARY KEY,"
                               " kind TEXT NOT NULL, term TEXT NOT NULL,"
                               " builtin INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (kind, term COLLATE NOCASE))")},
               error) &&
           seedVocabulary(db, error);
}

// Version 4: the record of processing activities (UK GDPR Art. 30), its links to assets
// and organisations, and the organisation's Art. 27 representative for the ROPA header.
bool toVersion4(const QSqlDatabase &db, QString *error)
{
    const auto linkTable = [](const QString &table, const QString &target,
                              const QString &targetTable) {
        return QStringLiteral("CREATE TABLE %1 (activity_id INTEGER NOT NULL"
                              " REFERENCES activities(id) ON DELETE CASCADE,"
                              " %2 INTEGER NOT NULL REFERENCES %3(id),"
                              " PRIMARY KEY (activity_id, %2)) WITHOUT ROWID")
            .arg(table, target, targetTable);
    };
    const auto flag = [](const QString &column) {
        return QStringLiteral(" %1 INTEGER CHECK (%1 IN (0, 1)),").arg(column);
    };
    return runAll(
        db,
        {QStringLiteral("ALTER TABLE organisations ADD COLUMN representative TEXT"),
         QStringLiteral("CREATE TABLE activities (") + commonColumns() +
             QStringLiteral(" role TEXT NOT NULL DEFAULT 'controller'"
                            "   CHECK (role IN ('controller', 'processor')),"
                            " name TEXT NOT NULL, business_function TEXT, purpose TEXT,"
                            " joint_controller TEXT,"
                            " subject_categories_extra TEXT, subject_categories_excluded TEXT,"
                            " data_categories_extra TEXT, data_categories_excluded TEXT,"
                            " recipient_categories TEXT, processor_contract TEXT,") +
             flag(QStringLiteral("international_transfers")) +
             QStringLiteral(" third_countries TEXT, transfer_safeguard TEXT,"
                            " retention_schedule TEXT, security_measures TEXT,"
                            " lawful_basis TEXT, art9_condition TEXT, legitimate_interests TEXT,"
                            " lia_link TEXT, rights_available TEXT, automated_decisions TEXT,"
                            " data_source TEXT, consent_link TEXT, data_location TEXT,"
                            " dpia_required TEXT CHECK (dpia_required IN ('yes', 'no')),"
                            " dpia_progress TEXT CHECK (dpia_progress IN"
                            "   ('not_started', 'in_progress', 'complete')),"
                            " dpia_link TEXT,") +
             flag(QStringLiteral("breach_occurred")) + QStringLiteral(" breach_link TEXT,") +
             flag(QStringLiteral("special_category")) + flag(QStringLiteral("criminal_offence")) +
             QStringLiteral(" schedule1_condition TEXT, erasure_policy TEXT,") +
             flag(QStringLiteral("retained_per_policy")) +
             QStringLiteral(" policy_deviation TEXT, processing_categories TEXT,"
                            " controller_details TEXT, last_review TEXT, notes TEXT)"),
         QStringLiteral("CREATE INDEX activities_name ON activities (name COLLATE NOCASE, id)"),
         QStringLiteral("CREATE INDEX activities_owner_org ON activities (owner_org_id)"),
         linkTable(QStringLiteral("activity_assets"), QStringLiteral("asset_id"),
                   QStringLiteral("assets")),
         QStringLiteral("CREATE INDEX activity_assets_asset ON activity_assets (asset_id)"),
         linkTable(QStringLiteral("activity_recipients"), QStringLiteral("org_id"),
                   QStringLiteral("organisations")),
         QStringLiteral("CREATE INDEX activity_recipients_org ON activity_recipients (org_id)"),
         linkTable(QStringLiteral("activity_controllers"), QStringLiteral("org_id"),
                   QStringLiteral("organisations")),
         QStringLiteral("CREATE INDEX activity_controllers_org ON activity_controllers (org_id)")},
        error);
}

// Version 5: DPIAs — screenings, assessments with their risks and measures, frozen
// versions, attachments and comments.
bool toVersion5(const QSqlDatabase &db, QString *error)
{
    const auto linkTable = [](const QString &table, const QString &target,
                              const QString &targetTable) {
        return QStringLiteral("CREATE TABLE %1 (dpia_id INTEGER NOT NULL"
                              " REFERENCES dpias(id) ON DELETE CASCADE,"
                              " %2 INTEGER NOT NULL REFERENCES %3(id),"
                              " PRIMARY KEY (dpia_id, %2)) WITHOUT ROWID")
            .arg(table, target, targetTable);
    };
    QStringList statements{
        QStringLiteral("CREATE TABLE dpias (") + commonColumns() +
            QStringLiteral(
                " title TEXT NOT NULL,"
                " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review',"
                "   'dpo_review', 'approved', 'rejected', 'review_due')),"
                " version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
                " bank_version TEXT, matrix TEXT NOT NULL DEFAULT 'ico3'"
                "   CHECK (matrix IN ('ico3', 'cnil4')),"
                " summary TEXT, answers TEXT,"
                " owner_person_id INTEGER REFERENCES people(id),"
                " screening_id INTEGER, review_date TEXT, rejection_reason TEXT,"
                " dpo_advice TEXT, dpo_advice_decision TEXT"
                "   CHECK (dpo_advice_decision IN ('accepted', 'overruled')),"
                " dpo_overrule_reason TEXT, individuals_views TEXT,"
                " consultation_departure_reason TEXT,"
                " art36_decision TEXT CHECK (art36_decision IN ('consult_ico', 'not_required')),"
                " art36_reason TEXT, signoffs TEXT, source TEXT, imported_notes TEXT,"
                " notes TEXT)"),
        QStringLiteral("CREATE INDEX dpias_status ON dpias (status, id)"),
        QStringLiteral("CREATE INDEX dpias_owner ON dpias (owner_person_id)"),
        QStringLiteral("CREATE INDEX dpias_owner_org ON dpias (owner_org_id)"),
        linkTable(QStringLiteral("dpia_activities"), QStringLiteral("activity_id"),
                  QStringLiteral("activities")),
        QStringLiteral("CREATE INDEX dpia_activities_activity ON dpia_activities (activity_id)"),
        linkTable(QStringLiteral("dpia_assets"), QStringLiteral("asset_id"),
                  QStringLiteral("assets")),
        QStringLiteral("CREATE INDEX dpia_assets_asset ON dpia_assets (asset_id)"),
        QStringLiteral("CREATE TABLE screenings (") + commonColumns() +
            QStringLiteral(" title TEXT NOT NULL,"
                           " activity_id INTEGER REFERENCES activities(id),"
                           " answers TEXT, outcome TEXT CHECK (outcome IN"
                           "   ('required', 'recommended', 'not_required')),"
                           " reasons TEXT, bank_version TEXT, notes TEXT)"),
        QStringLiteral("CREATE INDEX screenings_activity ON screenings (activity_id)"),
        QStringLiteral("CREATE INDEX screenings_owner_org ON screenings (owner_org_id)"),
        QStringLiteral("CREATE TABLE risks (") + commonColumns() +
            QStringLiteral(" dpia_id INTEGER NOT NULL REFERENCES dpias(id),"
                           " title TEXT NOT NULL, impact TEXT, feared_event TEXT,"
                           " likelihood INTEGER CHECK (likelihood BETWEEN 1 AND 4),"
                           " severity INTEGER CHECK (severity BETWEEN 1 AND 4),"
                           " residual_likelihood INTEGER"
                           "   CHECK (residual_likelihood BETWEEN 1 AND 4),"
                           " residual_severity INTEGER CHECK (residual_severity BETWEEN 1 AND 4),"
                           " sort_order INTEGER NOT NULL DEFAULT 0, notes TEXT)"),
        QStringLiteral("CREATE INDEX risks_dpia ON risks (dpia_id, sort_order, id)"),
        QStringLiteral("CREATE INDEX risks_owner_org ON risks (owner_org_id)"),
        QStringLiteral("CREATE TABLE measures (") + commonColumns() +
            QStringLiteral(" dpia_id INTEGER NOT NULL REFERENCES dpias(id),"
                           " risk_id INTEGER REFERENCES risks(id),"
                           " title TEXT NOT NULL, description TEXT,"
                           " effect TEXT CHECK (effect IN ('eliminate', 'reduce', 'accept')),"
                           " owner_person_id INTEGER REFERENCES people(id), owner_name TEXT,"
                           " due_date TEXT, approved INTEGER NOT NULL DEFAULT 0"
                           "   CHECK (approved IN (0, 1)),"
                           " status TEXT NOT NULL DEFAULT 'planned'"
                           "   CHECK (status IN ('planned', 'in_progress', 'done')), notes TEXT)"),
        QStringLiteral("CREATE INDEX measures_dpia ON measures (dpia_id, id)"),
        QStringLiteral("CREATE INDEX measures_risk ON measures (risk_id)"),
        QStringLiteral("CREATE INDEX measures_owner ON measures (owner_person_id)"),
        QStringLiteral("CREATE INDEX measures_due ON measures (due_date, id)"),
        QStringLiteral("CREATE INDEX measures_owner_org ON measures (owner_org_id)"),
        QStringLiteral("CREATE TABLE dpia_versions (id INTEGER PRIMARY KEY,"
                       " dpia_id INTEGER NOT NULL REFERENCES dpias(id),"
                       " version INTEGER NOT NULL, frozen_at TEXT NOT NULL,"
                       " frozen_by TEXT NOT NULL, snapshot TEXT NOT NULL,"
                       " UNIQUE (dpia_id, version))"),
        QStringLiteral("CREATE TABLE dpia_attachments (id INTEGER PRIMARY KEY,"
                       " dpia_id INTEGER NOT NULL REFERENCES dpias(id),"
                       " question_id TEXT, file_name TEXT NOT NULL, media_type TEXT,"
                       " size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL,"
                       " added_at TEXT NOT NULL, added_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX dpia_attachments_dpia ON dpia_attachments (dpia_id)"),
        QStringLiteral("CREATE TABLE dpia_comments (id INTEGER PRIMARY KEY,"
                       " dpia_id INTEGER NOT NULL REFERENCES dpias(id),"
                       " question_id TEXT, at TEXT NOT NULL, author TEXT NOT NULL,"
                       " text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX dpia_comments_dpia ON dpia_comments (dpia_id, question_id)")};
    statements += appendOnly(QStringLiteral("dpia_versions"));
    return runAll(db, statements, error);
}

// Version 6: information sharing agreements — the agreements with their links to assets,
// flows and processing activities, the parties, the append-only signatures and frozen
// versions. Flows keep naming their agreement in agreement_ref; the link set is the record.
bool toVersion6(const QSqlDatabase &db, QString *error)
{
    const auto linkTable = [](const QString &table, const QString &target,
                              const QString &targetTable) {
        return QStringLiteral("CREATE TABLE %1 (agreement_id INTEGER NOT NULL"
                              " REFERENCES agreements(id) ON DELETE CASCADE,"
                              " %2 INTEGER NOT NULL REFERENCES %3(id),"
                              " PRIMARY KEY (agreement_id, %2)) WITHOUT ROWID")
            .arg(table, target, targetTable);
    };
    QStringList statements{
        QStringLiteral("CREATE TABLE agreements (") + commonColumns() +
            QStringLiteral(
                " title TEXT NOT NULL, purpose TEXT, benefits TEXT, data_subjects TEXT,"
                " lawful_basis_art6 TEXT, art9_condition TEXT, schedule1_condition TEXT,"
                " art10 TEXT, statutory_gateway TEXT, informing_individuals TEXT,"
                " rights_handling TEXT, foi_handling TEXT, complaints_handling TEXT,"
                " data_quality TEXT, security TEXT, retention_deletion TEXT,"
                " breach_handling TEXT, onward_sharing TEXT, review_arrangements TEXT,"
                " variation TEXT, termination TEXT,"
                " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft',"
                "   'out_for_signature', 'active', 'review_due', 'expired', 'terminated')),"
                " version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
                " start_date TEXT, review_date TEXT, end_date TEXT, terminated_reason TEXT,"
                " section_additions TEXT, clause_overrides TEXT, library_version TEXT,"
                " notes TEXT)"),
        QStringLiteral("CREATE INDEX agreements_status ON agreements (status, id)"),
        QStringLiteral("CREATE INDEX agreements_review ON agreements (review_date, id)"),
        QStringLiteral("CREATE INDEX agreements_owner_org ON agreements (owner_org_id)"),
        linkTable(QStringLiteral("agreement_assets"), QStringLiteral("asset_id"),
                  QStringLiteral("assets")),
        QStringLiteral("CREATE INDEX agreement_assets_asset ON agreement_assets (asset_id)"),
        linkTable(QStringLiteral("agreement_flows"), QStringLiteral("flow_id"),
                  QStringLiteral("flows")),
        QStringLiteral("CREATE INDEX agreement_flows_flow ON agreement_flows (flow_id)"),
        linkTable(QStringLiteral("agreement_activities"), QStringLiteral("activity_id"),
                  QStringLiteral("activities")),
        QStringLiteral(
            "CREATE INDEX agreement_activities_activity ON agreement_activities (activity_id)"),
        QStringLiteral("CREATE TABLE agreement_parties (") + commonColumns() +
            QStringLiteral(" agreement_id INTEGER NOT NULL REFERENCES agreements(id),"
                           " org_id INTEGER REFERENCES organisations(id),"
                           " role TEXT NOT NULL DEFAULT 'controller' CHECK (role IN"
                           "   ('controller', 'joint_controller', 'processor')),"
                           " signatory_name TEXT, signatory_role TEXT, contact TEXT,"
                           " sort_order INTEGER NOT NULL DEFAULT 0)"),
        // NULL is our own organisation: one party per organisation and agreement.
        QStringLiteral("CREATE UNIQUE INDEX agreement_parties_one_each ON agreement_parties"
                       " (agreement_id, ifnull(org_id, 0))"),
        QStringLiteral("CREATE INDEX agreement_parties_org ON agreement_parties (org_id)"),
        QStringLiteral("CREATE INDEX agreement_parties_owner_org ON agreement_parties"
                       " (owner_org_id)"),
        // party_id is not a foreign key: a party removed from a later version keeps the
        // signature it gave to an earlier one.
        QStringLiteral("CREATE TABLE agreement_signatures (id INTEGER PRIMARY KEY,"
                       " agreement_id INTEGER NOT NULL REFERENCES agreements(id),"
                       " party_id INTEGER NOT NULL, party_name TEXT NOT NULL,"
                       " name TEXT NOT NULL, role TEXT NOT NULL, signed_on TEXT NOT NULL,"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX agreement_signatures_agreement ON agreement_signatures"
                       " (agreement_id, version, party_id)"),
        QStringLiteral("CREATE TABLE agreement_versions (id INTEGER PRIMARY KEY,"
                       " agreement_id INTEGER NOT NULL REFERENCES agreements(id),"
                       " version INTEGER NOT NULL, frozen_at TEXT NOT NULL,"
                       " frozen_by TEXT NOT NULL, snapshot TEXT NOT NULL,"
                       " UNIQUE (agreement_id, version))"),
        QStringLiteral("CREATE INDEX flows_agreement_ref ON flows (agreement_ref)"),
        // Signed copies and other documents of an agreement (PDF only), with the text Poppler
        // extracted from them in a trigram index so search finds words inside them.
        QStringLiteral("CREATE TABLE agreement_documents (id INTEGER PRIMARY KEY,"
                       " agreement_id INTEGER NOT NULL REFERENCES agreements(id),"
                       " file_name TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,"
                       " data BLOB NOT NULL, page_count INTEGER NOT NULL, version INTEGER,"
                       " description TEXT, added_at TEXT NOT NULL, added_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX agreement_documents_agreement ON agreement_documents"
                       " (agreement_id)"),
        QStringLiteral("CREATE VIRTUAL TABLE agreement_documents_fts USING fts5 (text,"
                       " tokenize = 'trigram')")};
    statements += appendOnly(QStringLiteral("agreement_signatures"));
    statements += appendOnly(QStringLiteral("agreement_versions"));
    return runAll(db, statements, error);
}

// Version 7: the retention schedule (retention classes), the class, trigger and legal hold of
// each asset, the class of each processing activity, and the append-only disposal log.
bool toVersion7(const QSqlDatabase &db, QString *error)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE retention_classes (") + commonColumns() +
            QStringLiteral(
                " function TEXT NOT NULL, activity TEXT NOT NULL, description TEXT NOT NULL,"
                " trigger_event TEXT,"
                " period_years INTEGER CHECK (period_years BETWEEN 0 AND 200),"
                " period_months INTEGER CHECK (period_months BETWEEN 0 AND 2400),"
                " period_days INTEGER CHECK (period_days BETWEEN 0 AND 73000),"
                " period_kind TEXT NOT NULL DEFAULT 'fixed' CHECK (period_kind IN ('fixed',"
                "   'permanent', 'until_superseded')),"
                " disposal_action TEXT NOT NULL DEFAULT 'destroy' CHECK (disposal_action IN"
                "   ('destroy', 'review', 'transfer_archives', 'retain_permanently')),"
                " authority_kind TEXT NOT NULL DEFAULT 'business_need' CHECK (authority_kind IN"
                "   ('statute', 'guideline', 'business_need')),"
                " authority TEXT, owner_person_id INTEGER REFERENCES people(id), notes TEXT)"),
        QStringLiteral("CREATE INDEX retention_classes_tree ON retention_classes"
                       " (function COLLATE NOCASE, activity COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX retention_classes_owner ON retention_classes"
                       " (owner_person_id)"),
        QStringLiteral("CREATE INDEX retention_classes_owner_org ON retention_classes"
                       " (owner_org_id)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN retention_class_id INTEGER"
                       " REFERENCES retention_classes(id)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN trigger_date TEXT"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN trigger_rule TEXT CHECK (trigger_rule IN"
                       " ('created', 'last_review', 'closed'))"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN closed_on TEXT"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN legal_hold INTEGER CHECK (legal_hold IN"
                       " (0, 1))"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN legal_hold_reason TEXT"),
        QStringLiteral("CREATE INDEX assets_retention_class ON assets (retention_class_id)"),
        QStringLiteral("ALTER TABLE activities ADD COLUMN retention_class_id INTEGER"
                       " REFERENCES retention_classes(id)"),
        QStringLiteral("CREATE INDEX activities_retention_class ON activities"
                       " (retention_class_id)"),
        // asset_id is not a foreign key: the entry outlives the asset, and keeps its
        // reference, name and class as they were at the time.
        QStringLiteral("CREATE TABLE disposal_log (id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE, certificate TEXT NOT NULL UNIQUE,"
                       " asset_id INTEGER NOT NULL, asset_ref TEXT NOT NULL,"
                       " asset_name TEXT NOT NULL, class_ref TEXT NOT NULL,"
                       " action TEXT NOT NULL CHECK (action IN ('destroy',"
                       "   'transfer_archives')),"
                       " method TEXT NOT NULL, disposed_on TEXT NOT NULL,"
                       " confirmed_by TEXT NOT NULL, notes TEXT,"
                       " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX disposal_log_asset ON disposal_log (asset_id)"),
        QStringLiteral("CREATE INDEX disposal_log_disposed ON disposal_log (disposed_on, id)")};
    statements += appendOnly(QStringLiteral("disposal_log"));
    return runAll(db, statements, error);
}

// Version 8: exchange with partner organisations through signed packages. Our own signing
// keys (public halves only: the secret key is kept encrypted in a key file outside the
// workspace), the trust list of partners' keys, the per-sender sequence and chain, the
// append-only log of packages sent and received, partners' records kept apart from ours,
// signatures we give to partners' agreements, and what we share.
bool toVersion8(const QSqlDatabase &db, QString *error)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE exchange_keys (id INTEGER PRIMARY KEY,"
                       " key_id TEXT NOT NULL UNIQUE, public_key TEXT NOT NULL UNIQUE,"
                       " fingerprint TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'current' CHECK (status IN ('current',"
                       "   'pending', 'retired')),"
                       " created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " retired_at TEXT, replaced_by INTEGER REFERENCES exchange_keys(id))"),
        QStringLiteral("CREATE UNIQUE INDEX exchange_keys_one_current ON exchange_keys (status)"
                       " WHERE status = 'current'"),
        QStringLiteral("CREATE TABLE exchange_trust (id INTEGER PRIMARY KEY,"
                       " org_id INTEGER NOT NULL REFERENCES organisations(id),"
                       " partner_uuid TEXT NOT NULL, key_id TEXT NOT NULL UNIQUE,"
                       " public_key TEXT NOT NULL UNIQUE, fingerprint TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'trusted' CHECK (status IN ('trusted',"
                       "   'revoked', 'replaced')),"
                       " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
                       " confirmed_at TEXT NOT NULL, confirmed_by TEXT NOT NULL,"
                       " revoked_at TEXT, revoked_by TEXT, revoked_reason TEXT,"
                       " replaced_by INTEGER REFERENCES exchange_trust(id))"),
        QStringLiteral("CREATE INDEX exchange_trust_org ON exchange_trust (org_id)"),
        QStringLiteral("CREATE INDEX exchange_trust_partner ON exchange_trust (partner_uuid)"),
        QStringLiteral("CREATE TABLE exchange_senders (partner_uuid TEXT PRIMARY KEY,"
                       " org_id INTEGER NOT NULL REFERENCES organisations(id),"
                       " last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),"
                       " last_hash TEXT NOT NULL, received_at TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE exchange_log (id INTEGER PRIMARY KEY,"
                       " direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),"
                       " partner_uuid TEXT NOT NULL, org_id INTEGER, sequence INTEGER NOT NULL,"
                       " sha256 TEXT NOT NULL, previous_sha256 TEXT, key_id TEXT NOT NULL,"
                       " file_name TEXT, counts TEXT NOT NULL,"
                       " result TEXT NOT NULL CHECK (result IN ('sent', 'imported', 'repeat')),"
                       " at TEXT NOT NULL, by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX exchange_log_sequence ON exchange_log"
                       " (direction, partner_uuid, sequence)"),
        QStringLiteral("CREATE TABLE partner_records (id INTEGER PRIMARY KEY,"
                       " org_id INTEGER NOT NULL REFERENCES organisations(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('assets', 'agreements',"
                       "   'retention-classes')),"
                       " uuid TEXT NOT NULL, ref TEXT NOT NULL, title TEXT NOT NULL,"
                       " data TEXT NOT NULL, sequence INTEGER NOT NULL,"
                       " received_at TEXT NOT NULL, UNIQUE (org_id, kind, uuid))"),
        QStringLiteral("CREATE INDEX partner_records_kind ON partner_records (kind, org_id, ref)"),
        QStringLiteral("CREATE TABLE exchange_signatures (id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " org_id INTEGER NOT NULL REFERENCES organisations(id),"
                       " agreement_uuid TEXT NOT NULL, agreement_ref TEXT NOT NULL,"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " name TEXT NOT NULL, role TEXT NOT NULL, signed_on TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE assets ADD COLUMN shareable INTEGER CHECK (shareable IN"
                       " (0, 1))"),
        QStringLiteral("ALTER TABLE agreements ADD COLUMN shareable INTEGER CHECK (shareable IN"
                       " (0, 1))"),
        QStringLiteral("ALTER TABLE retention_classes ADD COLUMN shareable INTEGER CHECK"
                       " (shareable IN (0, 1))")};
    statements += appendOnly(QStringLiteral("exchange_log"));
    statements += appendOnly(QStringLiteral("exchange_signatures"));
    return runAll(db, statements, error);
}

} // namespace

QList<MigrationStep> Migrator::standardSteps()
{
    return {{1, toVersion1}, {2, toVersion2}, {3, toVersion3}, {4, toVersion4},
            {5, toVersion5}, {6, toVersion6}, {7, toVersion7}, {8, toVersion8}};
}

Migrator::Migrator(QList<MigrationStep> steps)
    : m_steps(std::move(steps))
{
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().to;
}

bool Migrator::migrate(const QSqlDatabase &db, int from, int to, QString *error) const
{
    if (from == to)
        return true;
    if (from > to || to > latestVersion()) {
        if (error)
            *error = WorkspaceTr::tr("Cannot migrate from version %1 to %2.").arg(from).arg(to);
        return false;
    }
    if (!sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), {}, error))
        return false;
    bool ok = true;
    for (const MigrationStep &step : m_steps) {
        if (step.to <= from || step.to > to)
            continue;
        QString stepError;
        if (!step.apply(db, &stepError)) {
            if (error)
                *error = WorkspaceTr::tr("Upgrading to version %1 failed: %2")
                             .arg(step.to)
                             .arg(stepError);
            ok = false;
            break;
        }
    }
    // Foreign keys cannot be switched off inside a transaction, so check what the steps
    // left behind before committing.
    if (ok) {
        QSqlQuery fk(db);
        if (!sql::exec(fk, QStringLiteral("PRAGMA foreign_key_check"), {}, error)) {
            ok = false;
        } else if (fk.next()) {
            ok = false;
            if (error)
                *error = WorkspaceTr::tr("The upgrade left a broken link in "
                                         "table %1.")
                             .arg(fk.value(0).toString());
        }
    }
    if (ok)
        ok = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to), {}, error) &&
             sql::exec(db, QStringLiteral("COMMIT"), {}, error);
    if (!ok) {
        QString ignored;
        sql::exec(db, QStringLiteral("ROLLBACK"), {}, &ignored);
    }
    return ok;
}

} // namespace igw
