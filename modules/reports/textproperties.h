#pragma once

#include <QTextFormat>

namespace igw::reports {

// Block properties the report layer gives a meaning to.
// A block that must be on the same page as the block after it (a heading, a question):
// PdfDocument::layOut() moves it to the next page rather than leave it at a page's foot.
inline constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 1;

} // namespace igw::reports
