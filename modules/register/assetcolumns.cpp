#include "register/assetcolumns.h"

#include "register/assets.h"
#include "register/registertr.h"

#include <QRegularExpression>

namespace igw {

namespace {
QStringList words(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *w : list)
        out << QString::fromLatin1(w);
    return out;
}
} // namespace

const QList<AssetColumn> &assetColumns()
{
    using T = AssetColumn::Type;
    using namespace assetField;
    static const QList<AssetColumn> columns{
        {QStringLiteral("ref"), RegisterTr::tr("Reference"), T::Reference,
         words({"reference", "ref", "asset id", "asset ref", "asset reference", "id", "ia ref"})},
        {name, RegisterTr::tr("Name"), T::Text,
         words({"name", "asset", "asset name", "information asset", "information asset name",
                "title"})},
        {description, RegisterTr::tr("Description"), T::Text,
         words({"description", "asset description", "details", "purpose"})},
        {businessFunction, RegisterTr::tr("Business function"), T::Text,
         words({"business function", "function", "service", "service area", "department",
                "directorate", "team"})},
        {ownerPersonId, RegisterTr::tr("Information Asset Owner"), T::Person,
         words({"information asset owner", "information asset owner iao", "iao", "asset owner",
                "owner"})},
        {administratorPersonId, RegisterTr::tr("Information Asset Administrator"), T::Person,
         words({"information asset administrator", "iaa", "administrator", "asset administrator",
                "custodian", "information asset administrator iaa"})},
        {systemLocation, RegisterTr::tr("System or location"), T::Text,
         words({"system or location", "system location", "system", "location", "application",
                "where held", "storage location", "where is it held"})},
        {hostingCountry, RegisterTr::tr("Hosting country"), T::Text,
         words({"hosting country", "country", "hosted in", "data location"})},
        {format, RegisterTr::tr("Format"), T::Choice,
         words({"format", "medium", "electronic or paper", "electronic paper"})},
        {containsPersonalData, RegisterTr::tr("Contains personal data"), T::Flag,
         words(
             {"contains personal data", "personal data", "personal data y n", "is personal data"})},
        {dataSubjectCategories, RegisterTr::tr("Data subject categories"), T::Terms,
         words({"data subject categories", "data subjects", "categories of data subjects",
                "categories of individuals", "individuals"})},
        {personalDataCategories, RegisterTr::tr("Personal data categories"), T::Terms,
         words({"personal data categories", "categories of personal data", "data categories",
                "data items", "types of personal data"})},
        {specialCategory, RegisterTr::tr("Special category data"), T::Flag,
         words({"special category data", "special category", "sensitive data",
                "special categories"})},
        {art9Condition, RegisterTr::tr("Art. 9 condition"), T::Choice,
         words({"art 9 condition", "article 9 condition", "art9 condition",
                "special category condition", "article 9"})},
        {criminalOffence, RegisterTr::tr("Criminal offence data"), T::Flag,
         words({"criminal offence data", "criminal data", "criminal convictions",
                "criminal offence"})},
        {volumeRecords, RegisterTr::tr("Number of records"), T::Integer,
         words({"number of records", "records", "volume", "volume of records", "record count"})},
        {volumeIndividuals, RegisterTr::tr("Number of individuals"), T::Integer,
         words({"number of individuals", "number of data subjects", "data subjects count"})},
        {securityClassification, RegisterTr::tr("Security classification"), T::Choice,
         words({"security classification", "classification", "protective marking",
                "government security classification", "gsc"})},
        {criticality, RegisterTr::tr("Criticality"), T::Choice,
         words({"criticality", "business criticality", "critical"})},
        {accessControls, RegisterTr::tr("Access controls"), T::Text,
         words({"access controls", "access", "who has access", "access control"})},
        {lawfulBasis, RegisterTr::tr("Lawful basis"), T::Choice,
         words({"lawful basis", "legal basis", "article 6 basis", "art 6 lawful basis",
                "lawful basis art 6", "article 6"})},
        {retentionClass, RegisterTr::tr("Retention class"), T::Text,
         words({"retention class", "retention", "retention period", "retention schedule"})},
        {status, RegisterTr::tr("Status"), T::Choice, words({"status", "asset status"})},
        {lastReview, RegisterTr::tr("Last review"), T::Date,
         words({"last review", "last reviewed", "date last reviewed", "last review date"})},
        {nextReview, RegisterTr::tr("Next review"), T::Date,
         words({"next review", "next review date", "review date", "due for review", "review due"})},
        {notes, RegisterTr::tr("Notes"), T::Text, words({"notes", "comments", "remarks"})},
        {retentionClassId, RegisterTr::tr("Retention class reference"), T::RetentionClass,
         words({"retention class reference", "retention class ref", "retention ref",
                "class reference", "rc ref", "schedule reference"})},
        {triggerDate, RegisterTr::tr("Retention trigger date"), T::Date,
         words({"retention trigger date", "trigger date", "retention start date",
                "retention starts"})},
        {triggerRule, RegisterTr::tr("Retention trigger rule"), T::Choice,
         words({"retention trigger rule", "trigger rule", "retention starts from"})},
        {closedOn, RegisterTr::tr("Records closed on"), T::Date,
         words({"records closed on", "closed on", "date closed", "closure date", "closed"})},
        {legalHold, RegisterTr::tr("Legal hold"), T::Flag,
         words({"legal hold", "litigation hold", "on hold", "hold"})},
        {legalHoldReason, RegisterTr::tr("Legal hold reason"), T::Text,
         words({"legal hold reason", "reason for legal hold", "hold reason", "reason for hold"})},
    };
    return columns;
}

const AssetColumn *assetColumn(const QString &field)
{
    for (const AssetColumn &c : assetColumns()) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

QString normaliseHeading(const QString &heading)
{
    static const QRegularExpression punctuation(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return heading.toLower().replace(punctuation, QStringLiteral(" ")).simplified();
}

QHash<QString, int> autoMatchHeadings(const QStringList &headings)
{
    QHash<QString, int> mapping;
    QList<bool> used(headings.size(), false);
    // Pass 0: our own exported headings; pass 1: synonyms in their order of preference.
    for (int pass = 0; pass < 2; ++pass) {
        for (const AssetColumn &c : assetColumns()) {
            if (mapping.contains(c.field))
                continue;
            const QStringList wanted =
                pass == 0 ? QStringList{normaliseHeading(c.heading)} : c.synonyms;
            for (const QString &w : wanted) {
                int found = -1;
                for (int i = 0; i < headings.size() && found < 0; ++i) {
                    if (!used.at(i) && normaliseHeading(headings.at(i)) == w)
                        found = i;
                }
                if (found >= 0) {
                    mapping.insert(c.field, found);
                    used[found] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}

} // namespace igw
