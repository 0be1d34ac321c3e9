#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace igw::reports {

// The XMP metadata packet of a PDF/A-1b file: title, author, creator tool, producer, dates
// and the PDF/A identification. Qt's own packet has no author and Qt 6.4 has no Info
// /Author, so a packet of ours carries it. PDF/A wants the packet to agree with the Info
// dictionary Qt writes: the same title, creator and producer, and `created` must be the
// instant Qt stamps it with.
// Text as both the Info dictionary and the XMP packet can hold it (no controls, which
// XML 1.0 cannot carry), so the two agree.
QString pdfaText(const QString &text);

QByteArray pdfaXmp(const QString &title, const QString &author, const QString &creatorTool,
                   const QDateTime &created);

} // namespace igw::reports
