#include "pdfview/pdfviewer.h"

#include "pdfview/pdfviewtr.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <poppler-qt6.h>

namespace igw {

namespace {

constexpr qreal minZoom = 0.25;
constexpr qreal maxZoom = 4.0;
constexpr int pageGap = 12;
// Pages further than this many viewport heights from view give their image back.
constexpr int keepScreens = 3;
// Thumbnails: their width in pixels, and how many are drawn per event-loop turn.
constexpr int thumbnailWidth = 96;
constexpr int thumbnailsPerTurn = 3;

const qreal zoomSteps[] = {0.25, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0, 3.0, 4.0};

QToolButton *toolButton(const QString &text, const QString &name, const QString &tip,
                        QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

PdfViewer::PdfViewer(QWidget *parent)
    : QWidget(parent)
    , m_previous(toolButton(PdfViewTr::tr("Previous"), QStringLiteral("pdfPrevious"),
                            PdfViewTr::tr("Previous page (Page Up)"), this))
    , m_next(toolButton(PdfViewTr::tr("Next"), QStringLiteral("pdfNext"),
                        PdfViewTr::tr("Next page (Page Down)"), this))
    , m_pageLabel(new QLabel(this))
    , m_zoomOut(toolButton(PdfViewTr::tr("\u2212"), QStringLiteral("pdfZoomOut"),
                           PdfViewTr::tr("Zoom out (Ctrl+Minus)"), this))
    , m_zoomLabel(new QLabel(this))
    , m_zoomIn(toolButton(PdfViewTr::tr("+"), QStringLiteral("pdfZoomIn"),
                          PdfViewTr::tr("Zoom in (Ctrl+Plus)"), this))
    , m_fitWidth(toolButton(PdfViewTr::tr("Fit width"), QStringLiteral("pdfFitWidth"),
                            PdfViewTr::tr("Fit the page width to the window"), this))
    , m_thumbnails(new QListWidget(this))
    , m_thumbnailTimer(new QTimer(this))
    , m_scroll(new QScrollArea(this))
    , m_canvas(new QWidget(m_scroll))
{
    setObjectName(QStringLiteral("pdfViewer"));
    m_pageLabel->setObjectName(QStringLiteral("pdfPageLabel"));
    m_zoomLabel->setObjectName(QStringLiteral("pdfZoomLabel"));
    m_scroll->setObjectName(QStringLiteral("pdfPages"));
    m_scroll->setAccessibleName(PdfViewTr::tr("Pages"));
    m_scroll->setAccessibleDescription(
        PdfViewTr::tr("Page Down and Page Up go to the next and previous page; Ctrl+Plus and "
                      "Ctrl+Minus zoom."));
    m_scroll->setFocusPolicy(Qt::StrongFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_canvas);
    m_canvas->setBackgroundRole(QPalette::Dark);
    auto *pagesLayout = new QVBoxLayout(m_canvas);
    pagesLayout->setSpacing(pageGap);
    pagesLayout->setContentsMargins(pageGap, pageGap, pageGap, pageGap);
    pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_pageLabel);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fitWidth);
    m_thumbnails->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbnails->setAccessibleName(PdfViewTr::tr("Page thumbnails"));
    m_thumbnails->setAccessibleDescription(
        PdfViewTr::tr("Choose a page to show it; the arrow keys move between pages."));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(4);
    m_thumbnails->setIconSize(QSize(thumbnailWidth, qRound(thumbnailWidth * 842.0 / 595.0)));
    m_thumbnails->setFixedWidth(thumbnailWidth + 40);
    m_thumbnails->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thumbnailTimer->setInterval(0);
    auto *pages = new QHBoxLayout;
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_thumbnails);
    pages->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(pages, 1);
    setFocusProxy(m_scroll);
    setTabOrder(m_thumbnails, m_scroll);

    connect(m_thumbnailTimer, &QTimer::timeout, this, &PdfViewer::renderThumbnails);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            goToPage(row);
    });
    connect(this, &PdfViewer::currentPageChanged, this, [this](int index) {
        if (index >= 0 && index < m_thumbnails->count() && m_thumbnails->currentRow() != index) {
            const QSignalBlocker block(m_thumbnails);
            m_thumbnails->setCurrentRow(index);
        }
    });

    connect(m_previous, &QToolButton::clicked, this, [this] { goToPage(m_current - 1); });
    connect(m_next, &QToolButton::clicked, this, [this] { goToPage(m_current + 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, &PdfViewer::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &PdfViewer::zoomOut);
    connect(m_fitWidth, &QToolButton::clicked, this, &PdfViewer::fitWidth);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        renderVisible();
        updateCurrent();
    });
    m_scroll->installEventFilter(this);
    m_scroll->viewport()->installEventFilter(this);
    updateControls();
}

PdfViewer::~PdfViewer() = default;

bool PdfViewer::load(const QString &path, QString *error)
{
    clear();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(PdfViewTr::tr("The PDF %1 does not exist.").arg(info.fileName()));
    // Poppler reads the whole structure; refuse what no DPIA report comes near.
    if (info.size() > maxFileBytes)
        return fail(PdfViewTr::tr("The PDF is too large to preview (%1 MB; at most %2 MB).")
                        .arg(info.size() / (1024 * 1024))
                        .arg(maxFileBytes / (1024 * 1024)));
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return fail(PdfViewTr::tr("The file could not be read as a PDF."));
    if (document->isLocked())
        return fail(PdfViewTr::tr("The PDF is protected by a password and cannot be shown."));
    const int count = document->numPages();
    if (count <= 0)
        return fail(PdfViewTr::tr("The PDF has no pages."));
    if (count > maxPages)
        return fail(PdfViewTr::tr("The PDF has %1 pages; the preview shows at most %2.")
                        .arg(count)
                        .arg(maxPages));
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    auto *pagesLayout = static_cast<QVBoxLayout *>(m_canvas->layout());
    m_pages.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        Page p;
        // A page without a usable size is shown as A4 rather than trusted.
        p.points = page ? page->pageSizeF() : QSizeF();
        if (!(p.points.width() >= 1 && p.points.height() >= 1 && p.points.width() < 1e6 &&
              p.points.height() < 1e6))
            p.points = QSizeF(595, 842);
        p.label = new QLabel(m_canvas);
        p.label->setObjectName(QStringLiteral("pdfPage%1").arg(i + 1));
        p.label->setAccessibleName(PdfViewTr::tr("Page %1 of %2").arg(i + 1).arg(count));
        p.label->setAutoFillBackground(true);
        // Paper is white whatever the colour scheme; the PDF's own colours assume it.
        QPalette paper = p.label->palette();
        paper.setColor(QPalette::Window, Qt::white);
        p.label->setPalette(paper);
        pagesLayout->addWidget(p.label, 0, Qt::AlignHCenter);
        m_pages.append(p);
    }
    m_document = std::move(document);
    m_current = 0;
    {
        const QSignalBlocker block(m_thumbnails);
        // Blank paper until each page is drawn, so every item has its final size at once.
        QPixmap blank(m_thumbnails->iconSize());
        blank.fill(Qt::white);
        const QIcon placeholder(blank);
        for (int i = 0; i < count; ++i) {
            auto *item = new QListWidgetItem(QString::number(i + 1), m_thumbnails);
            item->setToolTip(PdfViewTr::tr("Page %1 of %2").arg(i + 1).arg(count));
            item->setData(Qt::AccessibleTextRole, item->toolTip());
            item->setTextAlignment(Qt::AlignHCenter);
            item->setIcon(placeholder);
        }
        m_thumbnails->setCurrentRow(0);
    }
    m_thumbnailsDone = 0;
    m_thumbnailTimer->start();
    layoutPages();
    updateControls();
    emit currentPageChanged(m_current, pageCount());
    return true;
}

void PdfViewer::clear()
{
    for (const Page &p : std::as_const(m_pages))
        delete p.label;
    m_pages.clear();
    m_thumbnailTimer->stop();
    m_thumbnails->clear();
    m_thumbnailsDone = 0;
    m_document.reset();
    m_current = -1;
    updateControls();
}

qreal PdfViewer::scaleFor(const Page &page) const
{
    const qreal wanted = m_zoom * logicalDpiX() / 72.0;
    const qreal longest = std::max(page.points.width(), page.points.height());
    return std::min(wanted, maxImageSide / longest);
}

void PdfViewer::layoutPages()
{
    for (Page &p : m_pages) {
        const qreal scale = scaleFor(p);
        p.label->setFixedSize(qRound(p.points.width() * scale), qRound(p.points.height() * scale));
        p.label->clear();
        p.rendered = false;
    }
    m_canvas->layout()->activate();
    // The scroll area resizes the canvas when it handles the layout request; render after.
    QTimer::singleShot(0, this, [this] {
        if (m_current >= 0)
            goToPage(m_current);
        renderVisible();
    });
}

void PdfViewer::renderVisible()
{
    if (!m_document)
        return;
    const QRect viewport = m_scroll->viewport()->rect();
    const QRect wanted = viewport.adjusted(0, -viewport.height() / 2, 0, viewport.height() / 2);
    const QRect kept =
        viewport.adjusted(0, -keepScreens * viewport.height(), 0, keepScreens * viewport.height());
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &p = m_pages[i];
        const QRect at = p.label->geometry().translated(m_canvas->pos());
        if (p.rendered && !at.intersects(kept)) {
            p.label->clear();
            p.rendered = false;
            continue;
        }
        if (p.rendered || !at.intersects(wanted))
            continue;
        const std::unique_ptr<Poppler::Page> page = m_document->page(i);
        if (!page)
            continue;
        const qreal dpi = std::min(scaleFor(p) * ratio,
                                   maxImageSide / std::max(p.points.width(), p.points.height())) *
                          72.0;
        QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            continue;
        image.setDevicePixelRatio(image.width() / qreal(p.label->width()));
        p.label->setPixmap(QPixmap::fromImage(image));
        p.rendered = true;
    }
}

void PdfViewer::renderThumbnails()
{
    if (!m_document || m_thumbnailsDone >= m_pages.size()) {
        m_thumbnailTimer->stop();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const int end = std::min(int(m_pages.size()), m_thumbnailsDone + thumbnailsPerTurn);
    for (; m_thumbnailsDone < end; ++m_thumbnailsDone) {
        const Page &p = m_pages.at(m_thumbnailsDone);
        const std::unique_ptr<Poppler::Page> page = m_document->page(m_thumbnailsDone);
        if (!page)
            continue;
        // Sized by width, capped by height, whatever the page claims to measure.
        const qreal scale =
            std::min(thumbnailWidth / p.points.width(), 2.0 * thumbnailWidth / p.points.height());
        const qreal dpi = scale * ratio * 72.0;
        QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            continue;
        image.setDevicePixelRatio(ratio);
        if (QListWidgetItem *item = m_thumbnails->item(m_thumbnailsDone))
            item->setIcon(QIcon(QPixmap::fromImage(image)));
    }
}

void PdfViewer::updateCurrent()
{
    if (m_pages.isEmpty())
        return;
    // The page under the upper third of the view is the one being read.
    const int y = -m_canvas->y() + m_scroll->viewport()->height() / 3;
    int current = int(m_pages.size()) - 1;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).label->geometry().bottom() + pageGap / 2 >= y) {
            current = i;
            break;
        }
    }
    if (current == m_current)
        return;
    m_current = current;
    updateControls();
    emit currentPageChanged(m_current, pageCount());
}

void PdfViewer::goToPage(int index)
{
    if (m_pages.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_pages.size()) - 1);
    const bool changed = index != m_current;
    m_current = index;
    QSignalBlocker block(m_scroll->verticalScrollBar());
    m_scroll->verticalScrollBar()->setValue(m_pages.at(index).label->y() - pageGap / 2);
    renderVisible();
    updateControls();
    if (changed)
        emit currentPageChanged(m_current, pageCount());
}

void PdfViewer::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    layoutPages();
    updateControls();
}

void PdfViewer::zoomIn()
{
    for (const qreal step : zoomSteps) {
        if (step > m_zoom + 0.001) {
            setZoom(step);
            return;
        }
    }
}

void PdfViewer::zoomOut()
{
    for (auto it = std::rbegin(zoomSteps); it != std::rend(zoomSteps); ++it) {
        if (*it < m_zoom - 0.001) {
            setZoom(*it);
            return;
        }
    }
}

void PdfViewer::fitWidth()
{
    if (m_pages.isEmpty())
        return;
    const qreal widest =
        std::max_element(m_pages.cbegin(), m_pages.cend(), [](const Page &a, const Page &b) {
            return a.points.width() < b.points.width();
        })->points.width();
    const int room = m_scroll->viewport()->width() - 2 * pageGap;
    setZoom(room / (widest * logicalDpiX() / 72.0));
}

QString PdfViewer::pageText() const
{
    if (m_pages.isEmpty())
        return PdfViewTr::tr("No pages");
    return PdfViewTr::tr("Page %1 of %2").arg(m_current + 1).arg(m_pages.size());
}

QScrollArea *PdfViewer::scrollArea() const
{
    return m_scroll;
}

void PdfViewer::updateControls()
{
    const bool has = !m_pages.isEmpty();
    m_pageLabel->setText(pageText());
    m_previous->setEnabled(has && m_current > 0);
    m_next->setEnabled(has && m_current < m_pages.size() - 1);
    m_zoomLabel->setText(PdfViewTr::tr("%1 %").arg(qRound(m_zoom * 100)));
    m_zoomLabel->setAccessibleName(PdfViewTr::tr("Zoom %1 %").arg(qRound(m_zoom * 100)));
    m_zoomOut->setEnabled(has && m_zoom > minZoom + 0.001);
    m_zoomIn->setEnabled(has && m_zoom < maxZoom - 0.001);
    m_fitWidth->setEnabled(has);
}

void PdfViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &PdfViewer::renderVisible);
}

bool PdfViewer::handleKey(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
        goToPage(m_current + 1);
        return true;
    case Qt::Key_PageUp:
        goToPage(m_current - 1);
        return true;
    case Qt::Key_Home:
        goToPage(0);
        return true;
    case Qt::Key_End:
        goToPage(pageCount() - 1);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (!ctrl)
            return false;
        zoomIn();
        return true;
    case Qt::Key_Minus:
        if (!ctrl)
            return false;
        zoomOut();
        return true;
    case Qt::Key_0:
        if (!ctrl)
            return false;
        setZoom(1.0);
        return true;
    default:
        return false;
    }
}

bool PdfViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event)) || QWidget::eventFilter(watched, event);
    if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            if (wheel->angleDelta().y() > 0)
                zoomIn();
            else if (wheel->angleDelta().y() < 0)
                zoomOut();
            return true;
        }
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &PdfViewer::renderVisible);
    return QWidget::eventFilter(watched, event);
}

} // namespace igw
