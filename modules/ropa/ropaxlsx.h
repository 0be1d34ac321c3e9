#pragma once

#include <QString>

#include <functional>

namespace igw {

struct Ropa;

// Writes the ROPA as an XLSX workbook laid out like the ICO's documentation templates:
// sheet "Controller" (Art. 30(1)) and sheet "Processor" (Art. 30(2)), each with a header
// block (the controller, DPO and representative, the date), a key to the colours, the
// group headings merged over their columns, the column headings, a row marking each column
// "Required" or "Optional" (green and blue, as the ICO colours them, and in words), then
// one row per activity. Frozen headings, filters, A4 landscape one page wide with the
// headings repeated. Atomic: the file appears only when complete. `progress(done, total)`
// returns false to cancel.
bool writeRopaXlsx(const Ropa &ropa, const QString &path, QString *error,
                   const std::function<bool(qint64, qint64)> &progress = {});

} // namespace igw
