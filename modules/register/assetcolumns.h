#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace igw {

// How an asset field appears in spreadsheets: the heading we export and the headings IG
// teams commonly use for it, which the import matches.
struct AssetColumn {
    // RetentionClass: a class of the retention schedule by its reference (RC-0012).
    enum class Type { Text, Integer, Date, Flag, Person, Choice, Terms, Reference, RetentionClass };
    QString field;   // assetField name, or "ref"
    QString heading; // exported heading, translated
    Type type = Type::Text;
    QStringList synonyms; // normalised spellings, English (what real files contain)
};

const QList<AssetColumn> &assetColumns();
const AssetColumn *assetColumn(const QString &field);

// Lower case, punctuation and repeated spaces removed: "Information Asset Owner (IAO)" ->
// "information asset owner iao".
QString normaliseHeading(const QString &heading);

// field -> source column index, for the headings that match a known column. Each source
// column is used at most once; an exact heading beats a synonym.
QHash<QString, int> autoMatchHeadings(const QStringList &headings);

} // namespace igw
