#pragma once

#include "register/assets.h"

#include <QString>

namespace igw::cnil {

// Small text helpers of the CNIL import and export.
constexpr qsizetype MaxTitle = 250;      // a DPIA, risk or measure title
constexpr qsizetype MaxPersonName = 200; // a name in the sign-offs or as an owner

QString capped(const QString &s, qsizetype limit); // cut with an ellipsis
QString quoted(const QString &s);                  // in curly quotes
// A value the tool keeps as plain text (its text areas): tags removed if someone put some
// there, line breaks kept otherwise.
QString plainField(const QString &s);
QString heading(const QString &text, int level = 4); // rich text: <h4>text</h4>
QString boldLine(const QString &text);               // rich text: a bold run-in label
QString choiceLabel(const Choices &choices, const QString &key);
// The day of a timestamp (created, changed), in UTC.
QString dayOf(const QString &stamp);
// The day someone picked in the tool's date picker, which stores local midnight as a UTC
// instant ("2018-02-28T23:00:00.000Z" for 1 March in Paris): rounding to the nearest
// midnight gives back the day picked anywhere from UTC-11 to UTC+12. Empty if not a date.
QString pickedDay(const QString &stamp);

} // namespace igw::cnil
