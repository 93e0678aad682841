#pragma once

// Small pictures of the pages beside the viewer; a click goes to the page. Only the thumbnails
// in view are rendered (by the PDF worker), so a long document costs nothing until scrolled.
#include <QHash>
#include <QListWidget>
#include <QPointer>

class QTimer;

namespace saraban::pdf {
class PdfDocument;
struct RenderedPage;
} // namespace saraban::pdf

namespace saraban::ui {

class PdfThumbnailBar : public QListWidget
{
    Q_OBJECT

public:
    explicit PdfThumbnailBar(QWidget *parent = nullptr);

    void setDocument(pdf::PdfDocument *document);
    // Highlights the page the viewer shows, without going there.
    void setCurrentPage(int page);
    int renderedCount() const { return static_cast<int>(m_done.size()); }

signals:
    void pageActivated(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void requestVisible();
    void thumbnailRendered(int request, const pdf::RenderedPage &page);

    QPointer<pdf::PdfDocument> m_document;
    QHash<int, int> m_requests; // request -> page
    QHash<int, bool> m_done;
    QTimer *m_timer = nullptr;
    bool m_following = false;
};

} // namespace saraban::ui
