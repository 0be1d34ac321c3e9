#pragma once

#include <QColor>
#include <QFont>

// The look shared by every PDF report: one sans-serif family, a few sizes, quiet colours.
// Colour never carries meaning on its own; words do.
namespace igw::reports::style {

// Sizes in points.
inline constexpr qreal TitleSize = 22;
inline constexpr qreal SubtitleSize = 13;
inline constexpr qreal HeadingSize = 14;
inline constexpr qreal SubheadingSize = 11;
inline constexpr qreal BodySize = 9.5;
inline constexpr qreal TableSize = 8.5;
inline constexpr qreal SmallSize = 7.5;

// A font that embeds as TrueType (so text can be searched and extracted), at `points`.
QFont font(qreal points, QFont::Weight weight = QFont::Normal);

QColor text();
QColor muted();      // running header, footer, small print
QColor accent();     // headings
QColor rule();       // table borders and header/footer rules
QColor headerFill(); // table header rows
QColor groupFill();  // group rows inside a table

} // namespace igw::reports::style
