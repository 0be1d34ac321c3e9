#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

class QBuffer;
class QPainter;
class QPdfWriter;
class QSaveFile;
class QTextBlock;
class QTextDocument;

namespace igw::reports {

// `progress(done, total)` returns false to cancel.
using Progress = std::function<bool(int done, int total)>;

// What every page carries besides the content.
struct PageFurniture {
    QString title;        // the report's title: running header and the PDF's Title
    QString organisation; // running header
    QDateTime generated;  // footer "Generated …"; null means now
    // The first page usually has its own title block, so the header would repeat it.
    bool headerOnFirstPage = false;
    // Archival PDF/A-1b (ISO 19005-1) with the author in its XMP metadata: for records that
    // must stay readable for years, e.g. a DPIA.
    bool archival = false;
    QString author;  // XMP dc:creator with `archival`; also the Info dictionary's /Author
    QString subject; // the Info dictionary's /Subject (and XMP dc:description with `archival`)
};

// An A4 PDF made from a QTextDocument, with a running header (organisation, title), a
// footer (generated date, "Page N of M") and the PDF's title metadata.
//
// open() creates a temporary file beside the target, so an unwritable folder fails before
// any work; fill document(); finish() lays out, paints and renames the file into place.
// Cancelling, failing or destroying it unfinished leaves the target as it was.
class PdfDocument {
public:
    explicit PdfDocument(PageFurniture furniture);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    bool open(const QString &path, QString *error);
    // Lengths in a QTextDocument (padding, borders, spacing, indents) are 1/96 inch, which
    // Qt scales to the device; font sizes in points need no conversion.
    static qreal unitsPerPoint();
    QTextDocument *document() const { return m_document.get(); }
    // Lays the document out on A4 pages (finish() does it when not done). After it,
    // pageOf() says where content landed, e.g. for the page numbers of a contents list;
    // changes to the document after it are laid out again incrementally.
    bool layOut(QString *error);
    // The page (1-based) on which the first line of the block at `position` starts; 0 when
    // the document is not laid out.
    int pageOf(int position) const;
    // progress(page, pages) while painting; false cancels.
    bool finish(QString *error, const Progress &progress = {});
    void cancel();
    int pageCount() const { return m_pages; }
    // The error every report gives when its progress callback cancels.
    static QString cancelledMessage(const QString &path);

private:
    void paintFurniture(QPainter &painter, int page, int pages) const;
    void detachLayout();
    int pageOfBlock(const QTextBlock &block) const;
    void keepBlocksWithNext();
    bool fail(QString *error, const QString &message);

    PageFurniture m_furniture;
    QString m_path;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<QSaveFile> m_file;
    // With an author or subject, Qt's output is collected here and completed (withInfoEntries())
    // before it goes into the file.
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    int m_pages = 0;
    bool m_laidOut = false;
};

} // namespace igw::reports
