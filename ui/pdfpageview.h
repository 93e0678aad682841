#pragma once

// The pages of a PDF, one below the other, scrolled continuously: zoom (fit width, fit page or a
// percentage), rotation, go to page, find (highlighting matches), and select-and-copy text.
//
// Threading contract: rendering happens in the PDF worker (pdf::PdfDocument); this view only
// asks for the pages that are visible (and one on each side), cancels what scrolled away or was
// asked at another zoom, and keeps rendered pages in a cache bounded in bytes. While a page is
// on its way, an older rendering of it is stretched into place, or its outline is drawn.
#include "core/pdf/pagesearch.h"
#include "core/pdf/pagetext.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QRectF>

class QTimer;

namespace saraban::pdf {
class PdfDocument;
struct RenderedPage;
} // namespace saraban::pdf

namespace saraban::ui {

class PdfPageView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class ZoomMode { FitWidth, FitPage, Fixed };
    Q_ENUM(ZoomMode)

    explicit PdfPageView(QWidget *parent = nullptr);
    ~PdfPageView() override;

    // The document must be open (Ready); the view follows it until it is set to another.
    void setDocument(pdf::PdfDocument *document);

    ZoomMode zoomMode() const { return m_zoomMode; }
    void setZoomMode(ZoomMode mode);
    // 1.0 is 100 %: a page as large as on paper at 96 dots per inch. Switches to Fixed.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    // Quarter turns clockwise, 0..3.
    void setRotation(int quarterTurns);
    int rotation() const { return m_rotation; }

    int pageCount() const;
    int currentPage() const { return m_currentPage; }
    void goToPage(int page);
    // Scrolls so that this area (fractions of the page, as the file has it) is in view.
    void showArea(int page, const QRectF &area);

    // Finds the next (or previous) match after the current one, wrapping around; the pages'
    // text arrives from the worker as needed. Answered by findFinished().
    void find(const QString &query, bool backwards = false);
    const pdf::TextMatch &currentMatch() const { return m_match; }

    QString selectedText() const;
    void copySelection() const;
    void clearSelection();
    void selectArea(int page, const QRectF &area); // fractions of the page, as the file has it

    // For tests and the status bar: images in the cache and their size.
    int cachedImageCount() const { return static_cast<int>(m_cache.count()); }
    qint64 cacheBytes() const { return qint64(m_cache.totalCost()) * 1024; }
    bool isPageShown(int page) const;
    QRect pageRectOnScreen(int page) const;

signals:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void pageShown(int page); // a rendering at the current zoom arrived
    void pageFailed(int page, const QString &message);
    void findFinished(bool found);
    void selectionChanged(bool hasSelection);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Pending
    {
        int request = 0;
        int dpiKey = 0;
        int rotation = 0;
    };

    QSizeF pageSizeAtZoom(int page, double zoom) const; // logical pixels, rotation applied
    void relayout();
    void updateCurrentPage();
    void scheduleRendering();
    void requestVisiblePages();
    QPair<int, int> visibleRange() const;
    int dpiKey() const; // the render resolution for the current zoom, in 1/100 dpi
    static quint64 cacheKey(int page, int rotation, int dpiKey);
    void pageRendered(int request, const pdf::RenderedPage &page);
    void requestFailed(int request, int page, const QString &message);
    void textArrived(int request, const pdf::PageText &text);
    void continueFind();
    QRectF toScreen(int page, const QRectF &fraction) const; // viewport coordinates
    QRectF fromScreen(int page, const QRectF &rect) const;   // fractions of the page
    void updateSelectionFromBand();

    QPointer<pdf::PdfDocument> m_document;
    ZoomMode m_zoomMode = ZoomMode::FitWidth;
    double m_zoom = 1.0;
    int m_rotation = 0;
    QList<QRect> m_pageRects; // in document coordinates (logical pixels)
    QSize m_documentSize;
    int m_currentPage = 0;
    QTimer *m_renderTimer = nullptr;

    QHash<int, Pending> m_pending;     // page -> the rendering asked for
    QCache<quint64, QImage> m_cache;   // cost in KiB
    QHash<int, quint64> m_latest;      // page -> key of its latest image in the cache
    QHash<int, QString> m_failed;      // page -> why it cannot be shown
    QHash<int, pdf::PageText> m_texts; // page -> its words
    QHash<int, int> m_textRequests;    // request -> page

    QString m_findQuery;
    bool m_findBackwards = false;
    int m_findPage = -1;
    int m_findVisited = 0;
    pdf::TextMatch m_match;

    QPoint m_bandStart;
    QRect m_band;
    bool m_selecting = false;
    QHash<int, QRectF> m_selection; // page -> area, fractions of the page
};

} // namespace saraban::ui
