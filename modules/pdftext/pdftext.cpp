#include "pdftext/pdftext.h"

#include <QCoreApplication>

#include <memory>
#include <poppler-qt6.h>

namespace igw::pdftext {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(igw::PdfText)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

std::optional<PdfText> extract(const QByteArray &pdf, QString *error)
{
    if (pdf.size() > maxBytes) {
        fail(error, Tr::tr("The PDF is larger than %1 MB, too large to read.")
                        .arg(maxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (pdf.left(1024).indexOf("%PDF-") < 0) {
        fail(error, Tr::tr("The file is not a PDF (it has no PDF header)."));
        return std::nullopt;
    }
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document) {
        fail(error, Tr::tr("The PDF is damaged and cannot be read."));
        return std::nullopt;
    }
    if (document->isLocked()) {
        fail(error, Tr::tr("The PDF is protected by a password. Attach a copy without one."));
        return std::nullopt;
    }
    const int pages = document->numPages();
    if (pages < 1) {
        fail(error, Tr::tr("The PDF has no pages."));
        return std::nullopt;
    }
    if (pages > maxPages) {
        fail(error,
             Tr::tr("The PDF has %1 pages; at most %2 can be read.").arg(pages).arg(maxPages));
        return std::nullopt;
    }
    PdfText out;
    out.pageCount = pages;
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        if (i > 0)
            out.text += QLatin1Char('\f');
        out.text += page->text(QRectF());
        if (out.text.size() > maxChars) {
            out.text.truncate(maxChars);
            out.truncated = true;
            break;
        }
    }
    return out;
}

} // namespace igw::pdftext
