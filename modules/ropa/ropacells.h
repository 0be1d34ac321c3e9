#pragma once

#include <QVariant>

namespace igw {

struct ActivityView;
struct RopaColumn;

// What a ROPA spreadsheet shows in `column` for `activity`: the effective "ask once"
// categories, linked organisations then recipient categories, choice labels with their
// citations, Yes/No, linked assets by reference; a QDate for dates; a null QVariant for an
// empty cell. The export writes these and the import reads them back.
QVariant ropaCellValue(const RopaColumn &column, const ActivityView &activity);

} // namespace igw
