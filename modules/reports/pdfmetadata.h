#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

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
                   const QDateTime &created, const QString &subject = {});

// Adds entries (e.g. "Author", "Subject") to the Info dictionary of a finished PDF, as an
// incremental update: a new Info object with the old entries and the new ones, an xref section
// for it and a trailer pointing back at the previous one (with the same /ID), so nothing Qt
// wrote moves. Values become UTF-16 text strings. Needed because Qt 6.4 writes only Title,
// Creator, Producer and CreationDate. nullopt (with *error) when the PDF's trailer cannot be
// read.
std::optional<QByteArray> withInfoEntries(const QByteArray &pdf,
                                          const QList<std::pair<QByteArray, QString>> &entries,
                                          QString *error);

} // namespace igw::reports
