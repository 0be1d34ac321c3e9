#include "retention/flags.h"

#include "retention/retentiontr.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

namespace igw {

RetentionFlags retentionFlags(Workspace &workspace, QString *error)
{
    RetentionFlags out;
    const QSqlDatabase db = workspace.database();
    bool ok = true;
    const auto rows = sql::rows(
        db,
        QStringLiteral("SELECT c.id, c.ref, c.function || ' / ' || c.activity FROM"
                       " retention_classes c WHERE NOT EXISTS (SELECT 1 FROM assets a WHERE"
                       " a.retention_class_id = c.id) AND NOT EXISTS (SELECT 1 FROM activities p"
                       " WHERE p.retention_class_id = c.id) ORDER BY c.ref"),
        {}, error, &ok);
    if (!ok)
        return {};
    for (const QVariantList &r : rows)
        out.unusedClasses.append(
            {r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(),
             RetentionTr::tr("No information asset or processing activity uses this class. Link "
                             "the records it describes, or remove it if the organisation no "
                             "longer holds them.")});
    const auto unclassed =
        sql::rows(db,
                  QStringLiteral("SELECT id, ref, name FROM assets WHERE retention_class_id IS NULL"
                                 " AND ifnull(status, '') <> 'disposed' ORDER BY ref"),
                  {}, error, &ok);
    if (!ok)
        return {};
    for (const QVariantList &r : unclassed)
        out.assetsWithoutClass.append(
            {r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(),
             RetentionTr::tr("No retention class: nobody can say when these records should be "
                             "destroyed. Choose the class of the schedule that describes "
                             "them.")});
    const auto permanent = sql::rows(
        db,
        QStringLiteral("SELECT a.id, a.ref, a.name, c.ref, trim(ifnull(c.authority, '')),"
                       " c.authority_kind FROM assets a JOIN retention_classes c"
                       " ON c.id = a.retention_class_id WHERE a.contains_personal_data = 1"
                       " AND ifnull(a.status, '') <> 'disposed'"
                       " AND (c.period_kind = 'permanent'"
                       "      OR c.disposal_action = 'retain_permanently')"
                       " AND (trim(ifnull(c.authority, '')) = ''"
                       "      OR c.authority_kind = 'business_need')"
                       " ORDER BY a.ref"),
        {}, error, &ok);
    if (!ok)
        return {};
    for (const QVariantList &r : permanent) {
        const QString classRef = r.at(3).toString();
        const QString detail =
            r.at(4).toString().isEmpty()
                ? RetentionTr::tr("Personal data kept permanently under %1, which names no "
                                  "authority. Cite the statute or guideline that requires it, "
                                  "or give the class a fixed period (UK GDPR Art. 5(1)(e)).")
                      .arg(classRef)
                : RetentionTr::tr("Personal data kept permanently under %1 on business need "
                                  "alone. Permanent retention of personal data needs a statute, "
                                  "a guideline or archiving in the public interest (UK GDPR "
                                  "Art. 5(1)(e) and Art. 89).")
                      .arg(classRef);
        out.permanentWithoutAuthority.append(
            {r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), detail});
    }
    return out;
}

} // namespace igw
