#include "reports/pdfdocument.h"

#include "reports/reportstr.h"
#include "reports/reportstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTextDocument>
#include <QTextFrame>

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
    m_writer = std::make_unique<QPdfWriter>(m_file.get());
    m_writer->setResolution(Dpi);
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setTitle(m_furniture.organisation.isEmpty()
                           ? m_furniture.title
                           : m_furniture.title + QStringLiteral(" — ") + m_furniture.organisation);
    m_writer->setCreator(QStringLiteral("IG Workbench " IGW_VERSION));
    return true;
}

bool PdfDocument::finish(QString *error, const Progress &progress)
{
    if (!m_writer)
        return fail(error, ReportsTr::tr("The PDF was not opened for writing."));
    const QString shown = QDir::toNativeSeparators(m_path);
    // Laid out only now: a layout present while content is added would redo itself on
    // every insertion.
    QTextDocument &doc = *m_document;
    doc.documentLayout()->setPaintDevice(m_writer.get());
    // The writer goes when this returns; the layout must not keep pointing at it.
    const auto detach = qScopeGuard([&doc] { doc.documentLayout()->setPaintDevice(nullptr); });
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    const QRectF body =
        page.adjusted(mm(MarginSide), mm(MarginTop), -mm(MarginSide), -mm(MarginBottom));
    doc.setPageSize(body.size());
    m_pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return fail(error, ReportsTr::tr("Cannot write the PDF %1.").arg(shown));
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
    if (m_file->error() != QFileDevice::NoError || !m_file->commit())
        return fail(error, ReportsTr::tr("Cannot save %1: %2. Nothing was changed.")
                               .arg(shown, m_file->errorString()));
    m_writer.reset();
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
    m_writer.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // an uncommitted QSaveFile removes its temporary file
    }
}

} // namespace igw::reports
