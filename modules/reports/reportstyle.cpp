#include "reports/reportstyle.h"

namespace igw::reports::style {

QFont font(qreal points, QFont::Weight weight)
{
    QFont f;
    // TrueType families first: Qt embeds them as subsets with a Unicode map, so readers can
    // search and copy the text. DejaVu is on every Debian desktop.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                   QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    // No cosmetic ligatures: "ffi" drawn as one glyph is extracted and searched as "ﬃ", so
    // "officer" could not be found. Scripts that need shaping still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}

QColor text()
{
    return QColor(0x1a, 0x1a, 0x1a);
}

QColor muted()
{
    return QColor(0x55, 0x5b, 0x63);
}

QColor accent()
{
    return QColor(0x1f, 0x3a, 0x5f);
}

QColor rule()
{
    return QColor(0xa8, 0xb0, 0xba);
}

QColor headerFill()
{
    return QColor(0xe4, 0xe9, 0xef);
}

QColor groupFill()
{
    return QColor(0xf2, 0xf4, 0xf7);
}

} // namespace igw::reports::style
