#include "ui/pdfthumbnailbar.h"

#include "core/pdf/pdfdocument.h"
#include "ui/pdfpageimage.h"

#include <QPainter>
#include <QTimer>

namespace saraban::ui {

namespace {

constexpr int thumbnailWidth = 110;

} // namespace

PdfThumbnailBar::PdfThumbnailBar(QWidget *parent)
    : QListWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("pdfThumbnails"));
    setViewMode(QListView::ListMode);
    setFlow(QListView::TopToBottom);
    setUniformItemSizes(true);
    setIconSize(QSize(thumbnailWidth, thumbnailWidth * 1414 / 1000));
    setMovement(QListView::Static);
    setMinimumWidth(thumbnailWidth + 40);
    m_timer->setSingleShot(true);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &PdfThumbnailBar::requestVisible);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_following && row >= 0)
            emit pageActivated(row);
    });
}

void PdfThumbnailBar::setDocument(pdf::PdfDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_requests.clear();
    m_done.clear();
    clear();
    if (!m_document)
        return;
    connect(m_document, &pdf::PdfDocument::pageRendered, this, &PdfThumbnailBar::thumbnailRendered);
    const QList<pdf::PageInfo> &pages = m_document->info().pages;
    QPixmap blank(iconSize());
    blank.fill(Qt::white);
    for (int i = 0; i < pages.size(); ++i) {
        const QString label = pages.at(i).label;
        auto *item =
            new QListWidgetItem(blank, label.isEmpty() || label == QString::number(i + 1)
                                           ? QString::number(i + 1)
                                           : QStringLiteral("%1 (%2)").arg(label).arg(i + 1));
        item->setTextAlignment(Qt::AlignHCenter);
        addItem(item);
    }
    m_timer->start();
}

void PdfThumbnailBar::setCurrentPage(int page)
{
    m_following = true;
    setCurrentRow(page);
    m_following = false;
}

void PdfThumbnailBar::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    m_timer->start();
}

void PdfThumbnailBar::scrollContentsBy(int dx, int dy)
{
    QListWidget::scrollContentsBy(dx, dy);
    m_timer->start();
}

void PdfThumbnailBar::requestVisible()
{
    if (!m_document || m_document->state() != pdf::PdfDocument::State::Ready || count() == 0)
        return;
    const QModelIndex top = indexAt(QPoint(5, 5));
    const QModelIndex bottom = indexAt(QPoint(5, viewport()->height() - 5));
    const int first = top.isValid() ? top.row() : 0;
    const int last = bottom.isValid() ? bottom.row() : std::min(count() - 1, first + 20);
    // Scrolled away: not needed any more.
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it.value() < first || it.value() > last) {
            m_document->cancelRequest(it.key());
            it = m_requests.erase(it);
        } else {
            ++it;
        }
    }
    const QList<int> asked = m_requests.values();
    for (int page = first; page <= last; ++page) {
        if (m_done.contains(page) || asked.contains(page))
            continue;
        const QSizeF size = m_document->info().pages.at(page).size;
        const double dpi =
            thumbnailWidth * devicePixelRatioF() * 72.0 / std::max(1.0, size.width());
        if (const int request = m_document->requestPage(page, dpi))
            m_requests.insert(request, page);
    }
}

void PdfThumbnailBar::thumbnailRendered(int request, const pdf::RenderedPage &page)
{
    if (!m_requests.contains(request))
        return; // the viewer's page, not a thumbnail
    const int row = m_requests.take(request);
    if (page.page != row || row >= count())
        return;
    QImage image = PdfPageImage::toImage(page);
    if (image.isNull())
        return;
    QPixmap pixmap = QPixmap::fromImage(image.scaled(
        iconSize() * devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    item(row)->setIcon(pixmap);
    m_done.insert(row, true);
}

} // namespace saraban::ui
