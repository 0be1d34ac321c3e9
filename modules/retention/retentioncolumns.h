#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw {

// How a retention class field appears in spreadsheets: the heading we export and the
// headings schedules commonly use for it, which the import matches.
struct RetentionColumn {
    enum class Type { Reference, Text, Integer, Choice, Person, Period };
    QString field;   // retentionField name, "ref", or "period" (the period in words)
    QString heading; // exported heading, translated
    Type type = Type::Text;
    QStringList synonyms; // normalised spellings, English (what real files contain)
    bool exported = true; // "period" is read, never written: the parts are
};

// The pseudo-field of a "Retention period" column written in words ("6 years", "Permanent").
inline const QString retentionPeriodColumn = QStringLiteral("period");

const QList<RetentionColumn> &retentionColumns();
const RetentionColumn *retentionColumn(const QString &field);

// field -> source column index, for the headings that match a known column. Each source
// column is used at most once; an exact heading beats a synonym.
QHash<QString, int> autoMatchRetentionHeadings(const QStringList &headings);

// How much a row looks like a schedule's heading row: the number of its cells that match a
// known column. Schedules often have a title and notes above the headings; the import takes
// the best-scoring row among the first 40 (tabular::ReadOptions::headerScore).
int retentionHeadingScore(const QStringList &cells);

// A choice as schedules write it ("Destroy", "Secure destruction", "Transfer to archives",
// "Statutory", "Business need") to its key; empty when unknown.
QString matchRetentionChoice(const QString &field, const QString &text);

// A period in words: "6 years", "1 year 6 months", "31 days", "6 yrs", "Permanent", "Retain
// permanently", "Until superseded". The parts are (kind, years, months, days).
struct ParsedPeriod {
    QString kind;
    int years = 0;
    int months = 0;
    int days = 0;
};
std::optional<ParsedPeriod> parsePeriod(const QString &text);

} // namespace igw
