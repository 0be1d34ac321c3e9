#include "register/ui/assettablecolumns.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"

#include <QHash>

namespace igw {

namespace {

AssetSortDef textSort(const QString &column, bool nullable, bool noCase, bool indexed = true)
{
    AssetSortDef def;
    def.indexed = indexed;
    if (nullable)
        def.nullColumn = column;
    def.group = {noCase ? column + QStringLiteral(" COLLATE NOCASE") : column};
    return def;
}

AssetSortDef personSort(const QString &alias, const QString &column)
{
    AssetSortDef def;
    def.nullColumn = column;
    def.group = {alias + QStringLiteral(".name COLLATE NOCASE"), alias + QStringLiteral(".id")};
    def.personAlias = alias;
    def.personColumn = column;
    return def;
}

QList<AssetTableColumnInfo> build()
{
    using namespace assetField;
    namespace s = assetSelect;
    const auto a = [](const QString &field) -> QString { return QStringLiteral("a.") + field; };
    AssetSortDef byCriticality;
    byCriticality.nullColumn = a(criticality);
    byCriticality.indexed = false;
    // Business order, not alphabetical (no index serves either).
    byCriticality.group = {QStringLiteral("CASE a.criticality WHEN 'low' THEN 1 WHEN 'medium' "
                                          "THEN 2 WHEN 'high' THEN 3 WHEN 'critical' THEN 4 "
                                          "ELSE 5 END")};
    return {
        {AssetTableColumn::Ref,
         QStringLiteral("ref"),
         RegisterUiTr::tr("Reference"),
         {},
         s::Ref,
         true,
         AssetSortDef{}},
        {AssetTableColumn::Name, QStringLiteral("name"), RegisterUiTr::tr("Name"), name, s::Name,
         true, textSort(a(name), false, true)},
        {AssetTableColumn::BusinessFunction, QStringLiteral("function"),
         RegisterUiTr::tr("Business function"), businessFunction, s::BusinessFunction, true,
         textSort(a(businessFunction), true, true)},
        {AssetTableColumn::Owner, QStringLiteral("owner"), RegisterUiTr::tr("Owner (IAO)"),
         ownerPersonId, s::OwnerName, true, personSort(QStringLiteral("o"), a(ownerPersonId))},
        {AssetTableColumn::Administrator, QStringLiteral("administrator"),
         RegisterUiTr::tr("Administrator"), administratorPersonId, s::AdministratorName, false,
         personSort(QStringLiteral("ad"), a(administratorPersonId))},
        {AssetTableColumn::SystemLocation, QStringLiteral("system"),
         RegisterUiTr::tr("System or location"), systemLocation, s::SystemLocation, true,
         textSort(a(systemLocation), true, true, false)},
        {AssetTableColumn::Classification, QStringLiteral("classification"),
         RegisterUiTr::tr("Classification"), securityClassification, s::Classification, true,
         textSort(a(securityClassification), true, false)},
        {AssetTableColumn::PersonalData, QStringLiteral("personal"),
         RegisterUiTr::tr("Personal data"), containsPersonalData, s::PersonalData, false,
         textSort(a(containsPersonalData), false, false, false)},
        {AssetTableColumn::SpecialCategory, QStringLiteral("special"),
         RegisterUiTr::tr("Special category"), specialCategory, s::SpecialCategory, true,
         textSort(a(specialCategory), false, false, false)},
        {AssetTableColumn::CriminalOffence, QStringLiteral("criminal"),
         RegisterUiTr::tr("Criminal offence"), criminalOffence, s::CriminalOffence, false,
         textSort(a(criminalOffence), false, false, false)},
        {AssetTableColumn::Criticality, QStringLiteral("criticality"),
         RegisterUiTr::tr("Criticality"), criticality, s::Criticality, false, byCriticality},
        {AssetTableColumn::Status, QStringLiteral("status"), RegisterUiTr::tr("Status"), status,
         s::Status, true, textSort(a(status), false, false)},
        {AssetTableColumn::LastReview, QStringLiteral("lastReview"),
         RegisterUiTr::tr("Last review"), lastReview, s::LastReview, false,
         textSort(a(lastReview), true, false, false)},
        {AssetTableColumn::NextReview, QStringLiteral("nextReview"),
         RegisterUiTr::tr("Next review"), nextReview, s::NextReview, true,
         textSort(a(nextReview), true, false)},
        {AssetTableColumn::LawfulBasis, QStringLiteral("lawfulBasis"),
         RegisterUiTr::tr("Lawful basis"), lawfulBasis, s::LawfulBasis, false,
         textSort(a(lawfulBasis), true, false, false)},
    };
}

} // namespace

namespace assetTable {

const QList<AssetTableColumnInfo> &all()
{
    static const QList<AssetTableColumnInfo> columns = build();
    return columns;
}

const AssetTableColumnInfo &info(AssetTableColumn column)
{
    return all().at(int(column));
}

int count()
{
    return int(AssetTableColumn::Count);
}

AssetTableColumn fromKey(const QString &key, AssetTableColumn fallback)
{
    for (const AssetTableColumnInfo &c : all()) {
        if (c.key == key)
            return c.column;
    }
    return fallback;
}

QString fieldLabel(const QString &field)
{
    using namespace assetField;
    static const QHash<QString, QString> labels{
        {QStringLiteral("ref"), RegisterUiTr::tr("Reference")},
        {name, RegisterUiTr::tr("Name")},
        {description, RegisterUiTr::tr("Description")},
        {businessFunction, RegisterUiTr::tr("Business function")},
        {ownerPersonId, RegisterUiTr::tr("Owner (IAO)")},
        {administratorPersonId, RegisterUiTr::tr("Administrator")},
        {systemLocation, RegisterUiTr::tr("System or location")},
        {hostingCountry, RegisterUiTr::tr("Hosting country")},
        {format, RegisterUiTr::tr("Format")},
        {containsPersonalData, RegisterUiTr::tr("Contains personal data")},
        {dataSubjectCategories, RegisterUiTr::tr("Data subjects")},
        {personalDataCategories, RegisterUiTr::tr("Personal data categories")},
        {specialCategory, RegisterUiTr::tr("Special category data")},
        {art9Condition, RegisterUiTr::tr("Art. 9 condition")},
        {criminalOffence, RegisterUiTr::tr("Criminal offence data")},
        {volumeRecords, RegisterUiTr::tr("Number of records")},
        {volumeIndividuals, RegisterUiTr::tr("Number of individuals")},
        {securityClassification, RegisterUiTr::tr("Security classification")},
        {criticality, RegisterUiTr::tr("Criticality")},
        {accessControls, RegisterUiTr::tr("Access controls")},
        {lawfulBasis, RegisterUiTr::tr("Lawful basis")},
        {retentionClass, RegisterUiTr::tr("Retention class")},
        {status, RegisterUiTr::tr("Status")},
        {lastReview, RegisterUiTr::tr("Last review")},
        {nextReview, RegisterUiTr::tr("Next review")},
        {notes, RegisterUiTr::tr("Notes")},
    };
    return labels.value(field, field);
}

} // namespace assetTable

QString assetSelectList()
{
    return QStringLiteral(
        "a.id, a.ref, a.name, a.business_function, o.name, ad.name, a.system_location,"
        " a.security_classification, a.contains_personal_data, a.special_category,"
        " a.criminal_offence, a.criticality, a.status, a.last_review, a.next_review,"
        " a.lawful_basis, a.owner_person_id, a.administrator_person_id");
}

} // namespace igw
