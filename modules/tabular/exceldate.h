#pragma once

#include <QString>

namespace igw::tabular::excel {

// True when a cell with this number format shows a date or time: the built-in formats
// 14-22 and 45-47, or a custom code with d, m, y, h or s outside quotes and brackets.
bool isDateFormat(int numFmtId, const QString &formatCode);
bool isDateFormatCode(QStringView code);

// Converts an Excel serial to ISO 8601: "yyyy-MM-dd" for whole days, "yyyy-MM-ddTHH:mm:ss"
// with a time, "HH:mm:ss" for a time alone (serial below 1). Follows the 1900 system with
// its leap-year bug (serial 60 is the non-existent 1900-02-29) or the 1904 system. Empty
// when the serial is outside what Excel can show.
QString serialToIso(double serial, bool date1904);

// The shortest text that reads back as the same number; whole numbers without exponent.
QString numberText(double value);

} // namespace igw::tabular::excel
