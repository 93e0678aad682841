#include "ui/pdfpageview.h"

#include "core/pdf/pdfdocument.h"
#include "ui/pdfpageimage.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace saraban::ui {

namespace {

constexpr int margin = 12;
constexpr int gap = 12;
constexpr double screenDpi = 96.0;
constexpr double minimumZoom = 0.1;
constexpr double maximumZoom = 8.0;
constexpr int cacheKiB = 200 * 1024; // rendered pages kept, at most

// A rectangle in fractions of the page as the file has it, turned by quarter turns clockwise.
QRectF rotateFraction(const QRectF &f, int quarterTurns)
{
    switch (((quarterTurns % 4) + 4) % 4) {
    case 1:
        return {1.0 - f.bottom(), f.left(), f.height(), f.width()};
    case 2:
        return {1.0 - f.right(), 1.0 - f.bottom(), f.width(), f.height()};
    case 3:
        return {f.top(), 1.0 - f.right(), f.height(), f.width()};
    default:
        return f;
    }
}

} // namespace

PdfPageView::PdfPageView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_renderTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("pdfPageView"));
    m_cache.setMaxCost(cacheKiB);
    // Requests are gathered until the event loop comes round again: a burst of scroll events
    // asks once, and the first page is asked for without delay.
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(0);
    connect(m_renderTimer, &QTimer::timeout, this, &PdfPageView::requestVisiblePages);
    viewport()->setCursor(Qt::IBeamCursor);
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setSingleStep(40);
}

PdfPageView::~PdfPageView() = default;

void PdfPageView::setDocument(pdf::PdfDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_pending.clear();
    m_cache.clear();
    m_latest.clear();
    m_failed.clear();
    m_texts.clear();
    m_textRequests.clear();
    m_match = {};
    m_findQuery.clear();
    m_selection.clear();
    m_currentPage = 0;
    if (m_document) {
        connect(m_document, &pdf::PdfDocument::pageRendered, this, &PdfPageView::pageRendered);
        connect(m_document, &pdf::PdfDocument::textReady, this, &PdfPageView::textArrived);
        connect(m_document, &pdf::PdfDocument::requestFailed, this,
                [this](int request, int page, const Error &error) {
                    requestFailed(request, page, error.message);
                });
    }
    relayout();
    verticalScrollBar()->setValue(0);
    scheduleRendering();
}

int PdfPageView::pageCount() const
{
    return m_document ? m_document->info().pageCount() : 0;
}

QSizeF PdfPageView::pageSizeAtZoom(int page, double zoom) const
{
    const QSizeF points = m_document->info().pages.at(page).size;
    QSizeF size(points.width() / 72.0 * screenDpi * zoom,
                points.height() / 72.0 * screenDpi * zoom);
    return m_rotation % 2 ? size.transposed() : size;
}

void PdfPageView::setZoomMode(ZoomMode mode)
{
    m_zoomMode = mode;
    relayout();
}

void PdfPageView::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Fixed;
    m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    relayout();
}

void PdfPageView::setRotation(int quarterTurns)
{
    m_rotation = ((quarterTurns % 4) + 4) % 4;
    relayout();
}

void PdfPageView::relayout()
{
    const int pages = pageCount();
    const int anchorPage = m_currentPage;
    double anchorOffset = 0; // how far down the anchor page the viewport's top was
    if (anchorPage < m_pageRects.size() && m_pageRects.at(anchorPage).height() > 0)
        anchorOffset = double(verticalScrollBar()->value() - m_pageRects.at(anchorPage).top()) /
                       m_pageRects.at(anchorPage).height();

    m_pageRects.clear();
    if (pages == 0) {
        m_documentSize = {};
        verticalScrollBar()->setRange(0, 0);
        horizontalScrollBar()->setRange(0, 0);
        viewport()->update();
        return;
    }
    const double previousZoom = m_zoom;
    if (m_zoomMode != ZoomMode::Fixed) {
        // Fitted to the viewport as it is without scroll bars, and to the narrower one only
        // when the pages will need a vertical bar at the wider fit. Fitting to the viewport
        // of the moment made the zoom depend on whether the bar was shown: a page just taller
        // than the view showed the bar, shrank under it, hid the bar, grew again, forever
        // (found as a busy loop in the register dialog's preview).
        const QSize full = maximumViewportSize();
        const QSizeF area(full.width() - 2 * margin, full.height() - 2 * margin);
        double widest = 1;
        double tallest = 0;
        for (int i = 0; i < pages; ++i) {
            const QSizeF size = pageSizeAtZoom(i, 1.0);
            widest = std::max(widest, size.width());
            tallest += size.height();
        }
        double zoom = area.width() / widest;
        if (m_zoomMode == ZoomMode::FitPage) {
            const QSizeF current = pageSizeAtZoom(std::min(anchorPage, pages - 1), 1.0);
            zoom = std::min(area.width() / current.width(), area.height() / current.height());
        } else if (tallest * zoom + (pages - 1) * gap > area.height()) {
            zoom = (area.width() - verticalScrollBar()->sizeHint().width()) / widest;
        }
        m_zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    }

    // Whole pixels rounded down: a page fitted to the view must not overflow it by one.
    const auto pixels = [](double length) { return static_cast<int>(std::floor(length)); };
    int widest = 0;
    for (int i = 0; i < pages; ++i)
        widest = std::max(widest, pixels(pageSizeAtZoom(i, m_zoom).width()));
    const int documentWidth = std::max(viewport()->width(), widest + 2 * margin);
    int y = margin;
    m_pageRects.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        const QSizeF size = pageSizeAtZoom(i, m_zoom);
        const int width = pixels(size.width());
        const int height = pixels(size.height());
        m_pageRects.append(QRect((documentWidth - width) / 2, y, width, height));
        y += height + gap;
    }
    m_documentSize = QSize(documentWidth, y - gap + margin);
    verticalScrollBar()->setRange(0, std::max(0, m_documentSize.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, m_documentSize.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    if (anchorPage < pages)
        verticalScrollBar()->setValue(m_pageRects.at(anchorPage).top() +
                                      qRound(anchorOffset * m_pageRects.at(anchorPage).height()));
    if (!qFuzzyCompare(previousZoom, m_zoom))
        emit zoomChanged(m_zoom);
    updateCurrentPage();
    scheduleRendering();
    viewport()->update();
}

QPair<int, int> PdfPageView::visibleRange() const
{
    if (m_pageRects.isEmpty())
        return {0, -1};
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    const auto first = std::lower_bound(m_pageRects.cbegin(), m_pageRects.cend(), top,
                                        [](const QRect &r, int y) { return r.bottom() < y; });
    const auto last = std::upper_bound(m_pageRects.cbegin(), m_pageRects.cend(), bottom,
                                       [](int y, const QRect &r) { return y < r.top(); });
    const int firstPage =
        static_cast<int>(std::min(first - m_pageRects.cbegin(), qsizetype(m_pageRects.size() - 1)));
    const int lastPage = static_cast<int>(last - m_pageRects.cbegin()) - 1;
    return {firstPage, std::max(firstPage, lastPage)};
}

void PdfPageView::updateCurrentPage()
{
    if (m_pageRects.isEmpty())
        return;
    // The page under the upper third of the window is the one being read.
    const int y = verticalScrollBar()->value() + viewport()->height() / 3;
    const auto found =
        std::lower_bound(m_pageRects.cbegin(), m_pageRects.cend(), y,
                         [](const QRect &r, int value) { return r.bottom() + gap < value; });
    const int page =
        static_cast<int>(std::min(found - m_pageRects.cbegin(), qsizetype(m_pageRects.size() - 1)));
    if (page != m_currentPage) {
        m_currentPage = page;
        emit currentPageChanged(page);
    }
}

void PdfPageView::goToPage(int page)
{
    if (page < 0 || page >= m_pageRects.size())
        return;
    verticalScrollBar()->setValue(m_pageRects.at(page).top() - margin);
    updateCurrentPage();
}

void PdfPageView::showArea(int page, const QRectF &area)
{
    if (page < 0 || page >= m_pageRects.size())
        return;
    const QRect pageRect = m_pageRects.at(page);
    const QRectF turned = rotateFraction(area, m_rotation);
    const QPointF target(pageRect.left() + turned.left() * pageRect.width(),
                         pageRect.top() + turned.top() * pageRect.height());
    verticalScrollBar()->setValue(qRound(target.y()) - viewport()->height() / 3);
    const int x = qRound(target.x());
    if (x < horizontalScrollBar()->value() ||
        x > horizontalScrollBar()->value() + viewport()->width() - margin)
        horizontalScrollBar()->setValue(x - margin);
    updateCurrentPage();
}

int PdfPageView::dpiKey() const
{
    return qRound(screenDpi * m_zoom * devicePixelRatioF() * 100);
}

quint64 PdfPageView::cacheKey(int page, int rotation, int dpi)
{
    return (quint64(quint32(page)) << 32) | (quint64(rotation & 3) << 30) |
           quint64(quint32(dpi) & 0x3fffffff);
}

void PdfPageView::scheduleRendering()
{
    m_renderTimer->start();
}

void PdfPageView::requestVisiblePages()
{
    if (!m_document || m_document->state() != pdf::PdfDocument::State::Ready)
        return;
    auto [first, last] = visibleRange();
    if (last < first)
        return;
    first = std::max(0, first - 1);
    last = std::min(pageCount() - 1, last + 1);
    const int key = dpiKey();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.key() < first || it.key() > last || it->dpiKey != key ||
            it->rotation != m_rotation) {
            m_document->cancelRequest(it->request);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    for (int page = first; page <= last; ++page) {
        if (m_cache.contains(cacheKey(page, m_rotation, key)) || m_pending.contains(page) ||
            m_failed.contains(page))
            continue;
        const int request = m_document->requestPage(page, key / 100.0, m_rotation);
        if (request)
            m_pending.insert(page, Pending{request, key, m_rotation});
    }
}

void PdfPageView::pageRendered(int request, const pdf::RenderedPage &page)
{
    const auto pending = m_pending.constFind(page.page);
    if (pending == m_pending.cend() || pending->request != request)
        return;
    const quint64 key = cacheKey(page.page, pending->rotation, pending->dpiKey);
    m_pending.erase(pending);
    QImage image = PdfPageImage::toImage(page);
    if (image.isNull())
        return requestFailed(request, page.page, tr("The page could not be displayed."));
    const int cost = static_cast<int>(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    m_cache.insert(key, new QImage(std::move(image)), cost);
    m_latest.insert(page.page, key);
    viewport()->update();
    emit pageShown(page.page);
}

void PdfPageView::requestFailed(int request, int page, const QString &message)
{
    if (const auto text = m_textRequests.constFind(request); text != m_textRequests.cend()) {
        m_textRequests.erase(text);
        pdf::PageText empty;
        empty.page = page;
        textArrived(0, empty);
        return;
    }
    const auto pending = m_pending.constFind(page);
    if (pending == m_pending.cend() || pending->request != request)
        return;
    m_pending.erase(pending);
    m_failed.insert(page, message);
    viewport()->update();
    emit pageFailed(page, message);
}

bool PdfPageView::isPageShown(int page) const
{
    return m_cache.contains(cacheKey(page, m_rotation, dpiKey()));
}

QRect PdfPageView::pageRectOnScreen(int page) const
{
    if (page < 0 || page >= m_pageRects.size())
        return {};
    return m_pageRects.at(page).translated(-horizontalScrollBar()->value(),
                                           -verticalScrollBar()->value());
}

QRectF PdfPageView::toScreen(int page, const QRectF &fraction) const
{
    const QRectF turned = rotateFraction(fraction, m_rotation);
    const QRect r = pageRectOnScreen(page);
    return {r.left() + turned.left() * r.width(), r.top() + turned.top() * r.height(),
            turned.width() * r.width(), turned.height() * r.height()};
}

QRectF PdfPageView::fromScreen(int page, const QRectF &rect) const
{
    const QRect r = pageRectOnScreen(page);
    if (r.isEmpty())
        return {};
    const QRectF turned((rect.left() - r.left()) / r.width(), (rect.top() - r.top()) / r.height(),
                        rect.width() / r.width(), rect.height() / r.height());
    return rotateFraction(turned, 4 - m_rotation);
}

void PdfPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    if (!m_document)
        return;
    const auto [first, last] = visibleRange();
    const int key = dpiKey();
    for (int page = first; page <= last && page < m_pageRects.size(); ++page) {
        const QRect target = pageRectOnScreen(page);
        painter.fillRect(target, Qt::white);
        const QImage *image = m_cache.object(cacheKey(page, m_rotation, key));
        if (!image && m_latest.contains(page)) {
            const quint64 latest = m_latest.value(page);
            if (int((latest >> 30) & 3) == m_rotation)
                image = m_cache.object(latest); // another zoom: stretched until the new one comes
        }
        if (image) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform,
                                  image->width() != qRound(target.width() * devicePixelRatioF()));
            painter.drawImage(target, *image);
        } else {
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(target, Qt::AlignCenter,
                             m_failed.contains(page) ? m_failed.value(page)
                                                     : tr("Page %1").arg(page + 1));
        }
        if (m_failed.contains(page) && image) {
            painter.setPen(Qt::darkRed);
            painter.drawText(target, Qt::AlignCenter, m_failed.value(page));
        }
        painter.setPen(palette().color(QPalette::Dark));
        painter.drawRect(target.adjusted(0, 0, -1, -1));

        if (m_match.page == page) {
            for (const QRectF &box : m_match.boxes)
                painter.fillRect(toScreen(page, box), QColor(255, 200, 0, 110));
        }
        if (m_selection.contains(page) && m_texts.contains(page)) {
            for (const QRectF &box :
                 pdf::PageSearch::boxesIn(m_texts.value(page), m_selection.value(page)))
                painter.fillRect(toScreen(page, box), QColor(40, 110, 220, 80));
        }
    }
    if (m_selecting && !m_band.isEmpty()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(m_band);
    }
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PdfPageView::scrollContentsBy(int, int)
{
    updateCurrentPage();
    scheduleRendering();
    viewport()->update();
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_selecting = true;
    m_bandStart = event->position().toPoint();
    m_band = QRect(m_bandStart, m_bandStart);
    m_selection.clear();
    viewport()->update();
}

void PdfPageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseMoveEvent(event);
    m_band = QRect(m_bandStart, event->position().toPoint()).normalized();
    updateSelectionFromBand();
    viewport()->update();
}

void PdfPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_selecting = false;
    m_band = QRect();
    viewport()->update();
    emit selectionChanged(!m_selection.isEmpty());
}

void PdfPageView::updateSelectionFromBand()
{
    m_selection.clear();
    const auto [first, last] = visibleRange();
    for (int page = first; page <= last && page < m_pageRects.size(); ++page) {
        const QRect overlap = pageRectOnScreen(page).intersected(m_band);
        if (overlap.isEmpty())
            continue;
        selectArea(page, fromScreen(page, overlap));
    }
}

void PdfPageView::selectArea(int page, const QRectF &area)
{
    m_selection.insert(page, area);
    if (!m_texts.contains(page) && !m_textRequests.values().contains(page) && m_document) {
        if (const int request = m_document->requestText(page))
            m_textRequests.insert(request, page);
    }
    viewport()->update();
}

void PdfPageView::clearSelection()
{
    m_selection.clear();
    viewport()->update();
    emit selectionChanged(false);
}

QString PdfPageView::selectedText() const
{
    QList<int> pages = m_selection.keys();
    std::sort(pages.begin(), pages.end());
    QStringList parts;
    for (int page : pages) {
        const QString text = pdf::PageSearch::textIn(m_texts.value(page), m_selection.value(page));
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QLatin1Char('\n'));
}

void PdfPageView::copySelection() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->key() == Qt::Key_Home && event->modifiers() & Qt::ControlModifier)
        return goToPage(0);
    if (event->key() == Qt::Key_End && event->modifiers() & Qt::ControlModifier)
        return goToPage(pageCount() - 1);
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom * std::pow(1.1, steps));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::find(const QString &query, bool backwards)
{
    if (query != m_findQuery)
        m_match = {};
    m_findQuery = query;
    m_findBackwards = backwards;
    m_findVisited = 0;
    m_findPage = m_match.page >= 0 ? m_match.page : m_currentPage;
    if (query.trimmed().isEmpty() || pageCount() == 0) {
        m_match = {};
        m_findPage = -1;
        viewport()->update();
        emit findFinished(false);
        return;
    }
    continueFind();
}

void PdfPageView::continueFind()
{
    const int pages = pageCount();
    while (m_findPage >= 0 && m_findVisited <= pages) {
        const int page = m_findPage;
        if (!m_texts.contains(page)) {
            if (!m_textRequests.values().contains(page) && m_document) {
                if (const int request = m_document->requestText(page))
                    m_textRequests.insert(request, page);
            }
            return; // textArrived() goes on
        }
        const QList<pdf::TextMatch> matches =
            pdf::PageSearch::find(m_texts.value(page), m_findQuery);
        const bool samePage = m_findVisited == 0 && m_match.page == page;
        const pdf::TextMatch *picked = nullptr;
        if (m_findBackwards) {
            for (auto it = matches.crbegin(); it != matches.crend() && !picked; ++it) {
                if (!samePage || it->firstWord < m_match.firstWord)
                    picked = &*it;
            }
        } else {
            for (const pdf::TextMatch &match : matches) {
                if (!samePage || match.firstWord > m_match.firstWord) {
                    picked = &match;
                    break;
                }
            }
        }
        if (picked) {
            m_match = *picked;
            m_match.page = page;
            m_findPage = -1;
            QRectF area = m_match.boxes.value(0);
            for (const QRectF &box : std::as_const(m_match.boxes))
                area = area.united(box);
            showArea(page, area);
            viewport()->update();
            emit findFinished(true);
            return;
        }
        ++m_findVisited;
        m_findPage = (page + (m_findBackwards ? pages - 1 : 1)) % pages;
    }
    m_findPage = -1;
    m_match = {};
    viewport()->update();
    emit findFinished(false);
}

void PdfPageView::textArrived(int request, const pdf::PageText &text)
{
    // request 0: a page whose text could not be read, reported as empty by requestFailed().
    if (request != 0 && !m_textRequests.remove(request))
        return; // someone else's request

    m_texts.insert(text.page, text);
    if (m_selection.contains(text.page))
        viewport()->update();
    if (m_findPage == text.page)
        continueFind();
}

} // namespace saraban::ui
