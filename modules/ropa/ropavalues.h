#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace igw::ropavalues {

// Reading the cells of a ROPA someone kept by hand: the spellings people use for the
// lawful bases, Article 9 conditions, Schedule 1 paragraphs, safeguards and Yes/No.

// "N/A", "n/a", "Not applicable", "None", "-" and blank: nothing recorded.
bool isNotApplicable(const QString &text);

// The key of an activity field's choice list for a cell: the key, the label, the label's
// words ("Public task"), its citation ("6(1)(e)", "Art. 9(2)(h)"), both together ("Art
// 6(1)(e) public task"), Schedule 1 paragraphs ("para 6", "Sch 1 para 18") and common
// names ("SCCs", "IDTA", "Ongoing"). An empty key means "not applicable". nullopt when the
// cell names none or several; *problem then says so and lists what is accepted.
std::optional<QString> matchChoice(const QString &field, const QString &text, QString *problem);

// Yes/No flags as stored ("1"/"0"): yes, y, true, x, ✓, no, n, false, none, and answers
// that start with one ("Yes, see the policy"). Empty for not applicable; nullopt if unknown.
std::optional<QString> parseYesNo(const QString &text);

// Dates as councils type them: ISO first, then UK day-first forms (never US month-first).
QDate parseDate(const QString &text);

// Terms of a list cell: split at ";" and line breaks outside parentheses, bullets and
// spaces trimmed, duplicates (ignoring case) dropped.
QStringList splitCell(const QString &text);

// Our CSV export guards formula-like text with a leading quote; this takes it off.
QString unguard(const QString &text);

// An organisation's name as a cell may give it: "Name" or "Name (contact details)".
QString organisationNamePart(const QString &term);

} // namespace igw::ropavalues
