#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace igw {

// The groups of the ICO's ROPA templates, in the ICO's order, then the processor record and
// our own columns (which come after the ICO's so its order stays as the ICO has it).
enum class RopaGroup {
    Article30,
    PrivacyNotice,
    Consent,
    AccessRequests,
    Dpia,
    Breaches,
    Dpa2018,
    Processor,
    Workbench
};
QString ropaGroupHeading(RopaGroup group);

// One column of the ROPA spreadsheets: the ICO template's heading, whether Art. 30 or DPA
// 2018 Sch. 1 para 41 requires it, the activity field it holds and the headings people
// commonly use for it, which the import matches.
struct RopaColumn {
    enum class Type {
        Text,
        Choice,            // a choices:: list, exported as its label with the citation
        Flag,              // Yes/No
        Date,              // last reviewed
        Reference,         // PA-0001
        SubjectCategories, // ask once: effective categories
        DataCategories,
        Recipients,  // linked organisations, then recipient categories
        Controllers, // processor records: the controllers we act for
        Assets       // linked assets, by reference
    };
    QString id;      // stable key for saved mappings: usually the field name
    RopaGroup group; // its group on the controller sheet (and in the CSV)
    QString heading; // exported heading, translated
    bool required = false;
    QString field; // activityField name, or "ref"
    Type type = Type::Text;
    QStringList synonyms; // normalised spellings the import also accepts
    double width = 24;    // XLSX column width in characters
};

// Every column, in the CSV's order: the ICO controller template's 30 columns, the processor
// record's own, then ours.
const QList<RopaColumn> &ropaColumns();
const RopaColumn *ropaColumn(const QString &id);

// A sheet's columns with the group each sits under on that sheet.
struct RopaSheetColumn {
    const RopaColumn *column = nullptr;
    RopaGroup group = RopaGroup::Article30;
};
enum class RopaSheet { Controller, Processor };
QList<RopaSheetColumn> ropaSheetColumns(RopaSheet sheet);

// How many cells of a row are known ROPA headings (each column counted once): the import
// takes the row with the most as the heading row.
int ropaHeadingScore(const QStringList &cells);
// A row needs this many known headings to count as a ROPA heading row.
constexpr int RopaMinimumHeadingScore = 3;

// column id -> source column index, for the headings that match a known column. Each
// source column is used once; an exact heading beats a synonym; a heading that appears
// twice (the ICO template has "Article 6 lawful basis ..." twice) feeds its columns in order.
QHash<QString, int> matchRopaHeadings(const QStringList &headings);

// The words of the row under the headings that marks each column, and their test.
QString ropaRequiredMarker();
QString ropaOptionalMarker();
bool isRopaMarkerRow(const QStringList &cells);

} // namespace igw
