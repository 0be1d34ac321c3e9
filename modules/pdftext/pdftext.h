#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace igw {

// What a PDF says, for the search index: its text page by page (pages separated by a form
// feed) and its page count. The PDF is hostile input: refused when it cannot be parsed, is
// protected by a password, has more than maxPages pages, or holds more text than maxChars
// (the text is cut there and `truncated` set rather than refused).
struct PdfText {
    QString text;
    int pageCount = 0;
    bool truncated = false;
};

namespace pdftext {
constexpr int maxPages = 2000;
constexpr qsizetype maxChars = 4 * 1024 * 1024;
constexpr qint64 maxBytes = 64LL * 1024 * 1024;

// nullopt with a translated *error saying why the PDF cannot be read.
std::optional<PdfText> extract(const QByteArray &pdf, QString *error);
} // namespace pdftext

} // namespace igw
