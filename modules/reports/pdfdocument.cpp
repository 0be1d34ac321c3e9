#include "reports/pdfdocument.h"

#include "reports/pdfmetadata.h"
#include "reports/reportstr.h"
#include "reports/reportstyle.h"
#include "reports/textproperties.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QThread>

namespace igw::reports {

namespace {

// 300 dpi keeps positions exact; the text stays vector and the file small.
constexpr int Dpi = 300;

// Page margins in millimetres; the header and footer sit inside the top and bottom ones.
constexpr qreal MarginSide = 18;
constexpr qreal MarginTop = 24;
constexpr qreal MarginBottom = 22;
constexpr qreal HeaderBaseline = 13;
constexpr qreal FooterBaseline = 11; // from the bottom edge

qreal mm(qreal millimetres)
{
    return millimetres * Dpi / 25.4;
}

// Qt stamps the Info dictionary's CreationDate when painting begins, and PDF/A wants the
// XMP dates to be the same instant to the second, so painting never starts in the last
// moment of a second: the stamp taken here is the one Qt takes.
QDateTime creationStamp()
{
    QDateTime now = QDateTime::currentDateTime();
    if (now.time().msec() > 800) {
        QThread::msleep(unsigned(1010 - now.time().msec()));
        now = QDateTime::currentDateTime();
    }
    return now;
}

} // namespace

PdfDocument::PdfDocument(PageFurniture furniture)
    : m_furniture(std::move(furniture))
    , m_document(std::make_unique<QTextDocument>())
{
    if (m_furniture.generated.isNull())
        m_furniture.generated = QDateTime::currentDateTime();
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(style::font(style::BodySize));
    // A long word (a URL, a hostile string) breaks rather than running out of its cell.
    QTextOption option = m_document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
}

PdfDocument::~PdfDocument()
{
    cancel();
}

QString PdfDocument::cancelledMessage(const QString &path)
{
    return ReportsTr::tr("Cancelled: %1 was not written.").arg(QDir::toNativeSeparators(path));
}

qreal PdfDocument::unitsPerPoint()
{
    return 96 / 72.0;
}

bool PdfDocument::fail(QString *error, const QString &message)
{
    cancel();
    if (error)
        *error = message;
    return false;
}

bool PdfDocument::open(const QString &path, QString *error)
{
    cancel();
    m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(error, ReportsTr::tr("No file name was given for the PDF."));
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly))
        return fail(error, ReportsTr::tr("Cannot create %1: %2. Choose a folder you can write to.")
                               .arg(shown, m_file->errorString()));
    if (!m_furniture.author.trimmed().isEmpty() || !m_furniture.subject.trimmed().isEmpty()) {
        m_buffer = std::make_unique<QBuffer>();
        m_buffer->open(QIODevice::WriteOnly);
        m_writer = std::make_unique<QPdfWriter>(m_buffer.get());
    } else {
        m_writer = std::make_unique<QPdfWriter>(m_file.get());
    }
    m_writer->setResolution(Dpi);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(m_furniture.organisation.isEmpty()
                           ? m_furniture.title
                           : m_furniture.title + QStringLiteral(" — ") + m_furniture.organisation);
    m_writer->setCreator(QStringLiteral("IG Workbench " IGW_VERSION));
    if (m_furniture.archival) {
        m_writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        m_writer->setTitle(pdfaText(m_writer->title()));
    }
    return true;
}

void PdfDocument::detachLayout()
{
    // The writer goes when the PDF is finished or cancelled; the layout must not keep
    // pointing at it.
    if (m_laidOut && m_document)
        m_document->documentLayout()->setPaintDevice(nullptr);
    m_laidOut = false;
}

bool PdfDocument::layOut(QString *error)
{
    if (!m_writer)
        return fail(error, ReportsTr::tr("The PDF was not opened for writing."));
    // Laid out only now: a layout present while content is added would redo itself on
    // every insertion.
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(m_writer.get());
    m_laidOut = true;
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    const QRectF body =
        page.adjusted(mm(MarginSide), mm(MarginTop), -mm(MarginSide), -mm(MarginBottom));
    doc.setPageSize(body.size());
    keepBlocksWithNext();
    m_pages = doc.pageCount();
    return true;
}

void PdfDocument::keepBlocksWithNext()
{
    // A marked block whose follower starts on a later page moves to that page, together
    // with the marked blocks just before it on its page (a heading above a question).
    QTextDocument &doc = *m_document;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (!b.blockFormat().boolProperty(KeepWithNextProperty))
            continue;
        const QTextBlock next = b.next();
        if (!next.isValid())
            break;
        const int page = pageOfBlock(b);
        if (pageOfBlock(next) <= page)
            continue;
        QTextBlock first = b;
        while (first.previous().isValid() &&
               first.previous().blockFormat().boolProperty(KeepWithNextProperty) &&
               pageOfBlock(first.previous()) == page)
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page: it cannot do better
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        QTextCursor(first).mergeBlockFormat(format);
        // Qt relays out only the changed block and shifts the rest, which loses track of
        // page breaks further on; everything after the move is laid out afresh.
        doc.markContentsDirty(first.position(), doc.characterCount() - first.position());
    }
}

int PdfDocument::pageOf(int position) const
{
    if (!m_laidOut)
        return 0;
    return pageOfBlock(m_document->findBlock(position));
}

int PdfDocument::pageOfBlock(const QTextBlock &block) const
{
    if (!block.isValid())
        return 0;
    // The block's rectangle starts where the block does, but Qt moves a line that would
    // cross the foot of a page to the next one inside the block: the middle of the first
    // line says where the reader sees it.
    qreal y = m_document->documentLayout()->blockBoundingRect(block).top();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineAt(0);
        y += line.y() + line.height() / 2;
    }
    return int(y / m_document->pageSize().height()) + 1;
}

bool PdfDocument::finish(QString *error, const Progress &progress)
{
    if (!m_writer)
        return fail(error, ReportsTr::tr("The PDF was not opened for writing."));
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!m_laidOut && !layOut(error))
        return false;
    const auto detach = qScopeGuard([this] { detachLayout(); });
    QTextDocument &doc = *m_document;
    const QRectF body(QPointF(mm(MarginSide), mm(MarginTop)), doc.pageSize());
    m_pages = doc.pageCount(); // content may have changed since layOut()
    if (m_furniture.archival)
        m_writer->setDocumentXmpMetadata(pdfaXmp(m_writer->title(), m_furniture.author,
                                                 m_writer->creator(), creationStamp(),
                                                 m_furniture.subject));

    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return fail(error, ReportsTr::tr("Cannot write the PDF %1.").arg(shown));
    // Pictures (a heat map) are kept exactly: Qt would otherwise choose JPEG when smaller,
    // blurring their text and edges.
    painter.setRenderHint(QPainter::LosslessImageRendering);
    for (int i = 0; i < m_pages; ++i) {
        if (progress && !progress(i, m_pages)) {
            painter.end();
            return fail(error, cancelledMessage(m_path));
        }
        if (i > 0)
            m_writer->newPage();
        // The same slicing QTextDocument::print() does: the document is one tall column,
        // each page shows the next body-height band of it.
        painter.save();
        const QRectF band(0, i * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - band.top());
        painter.setClipRect(band);
        QAbstractTextDocumentLayout::PaintContext context;
        // A line that starts exactly where the band ends belongs to the next page; drawn here
        // it would be clipped from view but still found by search and text extraction.
        context.clip = band.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, style::text());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFurniture(painter, i, m_pages);
    }
    if (progress && !progress(m_pages, m_pages)) {
        painter.end();
        return fail(error, cancelledMessage(m_path));
    }
    painter.end();
    if (m_buffer) {
        QList<std::pair<QByteArray, QString>> entries;
        if (!m_furniture.author.trimmed().isEmpty())
            entries.append({QByteArrayLiteral("Author"), m_furniture.author});
        if (!m_furniture.subject.trimmed().isEmpty())
            entries.append({QByteArrayLiteral("Subject"), m_furniture.subject});
        m_writer.reset(); // flushes the last of the PDF into the buffer
        const auto complete = withInfoEntries(m_buffer->data(), entries, error);
        if (!complete)
            return fail(error, error ? *error : QString());
        if (m_file->write(*complete) != complete->size())
            return fail(error, ReportsTr::tr("Cannot save %1: %2. Nothing was changed.")
                                   .arg(shown, m_file->errorString()));
    }
    if (m_file->error() != QFileDevice::NoError || !m_file->commit())
        return fail(error, ReportsTr::tr("Cannot save %1: %2. Nothing was changed.")
                               .arg(shown, m_file->errorString()));
    m_writer.reset();
    m_buffer.reset();
    m_file.reset();
    return true;
}

void PdfDocument::paintFurniture(QPainter &painter, int page, int pages) const
{
    const qreal width = m_writer->width();
    const qreal height = m_writer->height();
    const qreal left = mm(MarginSide);
    const qreal right = width - mm(MarginSide);
    const qreal half = (right - left) / 2 - mm(4);
    const QFont font = style::font(style::SmallSize);
    const QFontMetricsF metrics(font, m_writer.get());
    painter.save();
    painter.setFont(font);
    painter.setPen(style::muted());
    const QPen rulePen(style::rule(), Dpi / 72.0 * 0.5);

    if (page > 0 || m_furniture.headerOnFirstPage) {
        const qreal baseline = mm(HeaderBaseline);
        painter.drawText(QPointF(left, baseline),
                         metrics.elidedText(m_furniture.organisation, Qt::ElideRight, half));
        const QString title = metrics.elidedText(m_furniture.title, Qt::ElideRight, half);
        painter.drawText(QPointF(right - metrics.horizontalAdvance(title), baseline), title);
        painter.setPen(rulePen);
        const qreal y = baseline + metrics.descent() + mm(1.5);
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        painter.setPen(style::muted());
    }

    const qreal baseline = height - mm(FooterBaseline);
    const QLocale locale;
    const QString generated =
        ReportsTr::tr("Generated %1 at %2")
            .arg(locale.toString(m_furniture.generated.date(), QStringLiteral("d MMMM yyyy")),
                 locale.toString(m_furniture.generated.time(), QStringLiteral("HH:mm")));
    painter.drawText(QPointF(left, baseline), generated);
    const QString number = ReportsTr::tr("Page %1 of %2").arg(page + 1).arg(pages);
    painter.drawText(QPointF(right - metrics.horizontalAdvance(number), baseline), number);
    painter.setPen(rulePen);
    const qreal y = baseline - metrics.ascent() - mm(1.5);
    painter.drawLine(QPointF(left, y), QPointF(right, y));
    painter.restore();
}

void PdfDocument::cancel()
{
    detachLayout();
    m_writer.reset();
    m_buffer.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // an uncommitted QSaveFile removes its temporary file
    }
}

} // namespace igw::reports
