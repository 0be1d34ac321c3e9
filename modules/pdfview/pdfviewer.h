#pragma once

#include <QList>
#include <QSizeF>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QScrollArea;
class QTimer;
class QToolButton;

namespace Poppler {
class Document;
}

namespace igw {

// A scrollable view of a PDF's pages (Poppler), one under the other, with zoom and
// "Page x of y", and a column of page thumbnails (drawn a few at a time so a long document
// never holds the window up; choosing one goes to its page). Pages are rendered only when they come
// into view and dropped again when far away, so a long or oversized document costs a few pages of
// memory; a page's image is capped in size whatever the page says it measures. Keys in the page
// area: Page Down/Up go to the next/previous page, Home/End to the first/last, Ctrl+Plus/Minus
// zoom, Ctrl+0 returns to 100 %.
class PdfViewer : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
    static constexpr int maxPages = 5000;
    static constexpr int maxImageSide = 8000; // pixels

    explicit PdfViewer(QWidget *parent = nullptr);
    ~PdfViewer() override;

    // Opens the file; false with a translated *error when it is not a readable PDF (the
    // viewer is then empty).
    bool load(const QString &path, QString *error);
    void clear();

    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const { return m_current; } // 0-based; -1 when empty
    void goToPage(int index);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom); // 1.0 is 100 %, clamped to 25-400 %
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // "Page 2 of 7", or "No pages" when empty.
    QString pageText() const;
    QScrollArea *scrollArea() const;
    QListWidget *thumbnails() const { return m_thumbnails; }
    // How many thumbnails are drawn so far (they follow the load a few per event-loop turn).
    int thumbnailsRendered() const { return m_thumbnailsDone; }

signals:
    void currentPageChanged(int index, int count);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Page {
        QSizeF points;           // the page's size in PDF points
        QLabel *label = nullptr; // shows the rendered image, or stays blank
        bool rendered = false;
    };

    qreal scaleFor(const Page &page) const; // pixels per point at the current zoom
    void layoutPages();
    void renderVisible();
    void updateCurrent();
    void updateControls();
    bool handleKey(QKeyEvent *event);
    void renderThumbnails();

    std::unique_ptr<Poppler::Document> m_document;
    QList<Page> m_pages;
    qreal m_zoom = 1.0;
    int m_current = -1;

    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_pageLabel;
    QToolButton *m_zoomOut;
    QLabel *m_zoomLabel;
    QToolButton *m_zoomIn;
    QToolButton *m_fitWidth;
    QListWidget *m_thumbnails;
    QTimer *m_thumbnailTimer;
    int m_thumbnailsDone = 0;
    QScrollArea *m_scroll;
    QWidget *m_canvas;
};

} // namespace igw
