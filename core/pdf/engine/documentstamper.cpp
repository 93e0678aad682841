// DocumentEngine::stamp: the received stamp and the endorsement, drawn as stamp annotations
// with a custom image. Poppler 22.12 draws a free-text annotation's appearance in Helvetica,
// which has no Lao letters, so the marks are painted here with a Lao font (Qt shapes the text)
// and embedded as images; the words also go into the annotation's /Contents, where viewers and
// search find them. Poppler saves a document with changes as an incremental update, so the
// bytes an earlier signature covers stay as they were; that is checked before answering.
#include "core/pdf/engine/documentengine.h"
#include "core/pdf/engine/popplerlog.h"
#include "core/pdf/pdflogging.h"

#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace saraban::pdf::engine {

namespace {

// Enough for print; Poppler 22.12 stores the image uncompressed (0.1-0.6 MB a mark).
constexpr double imageDpi = 150;

QRectF defaultRect(StampMark::Kind kind)
{
    // The received stamp in the top right corner above the state lines, where clerks put it on
    // paper; the endorsement in the lower left margin, below most letters' text.
    return kind == StampMark::Kind::Received ? QRectF(0.70, 0.008, 0.28, 0.055)
                                             : QRectF(0.05, 0.80, 0.46, 0.15);
}

QImage paint(const StampMark &mark, const QSizeF &points, const QString &family)
{
    const QSize size(qMax(1, qRound(points.width() / 72.0 * imageDpi)),
                     qMax(1, qRound(points.height() / 72.0 * imageDpi)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const bool received = mark.kind == StampMark::Kind::Received;
    const QColor ink = received ? QColor(0xb0, 0x10, 0x20) : QColor(0x10, 0x30, 0x90);
    const double border = qMax(2.0, size.height() * 0.025);
    if (received) {
        painter.setPen(QPen(ink, border));
        painter.setBrush(QColor(255, 255, 255, 200));
        painter.drawRoundedRect(
            QRectF(border, border, size.width() - 2 * border, size.height() - 2 * border),
            size.height() * 0.08, size.height() * 0.08);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 170));
        painter.drawRect(image.rect());
    }
    // The largest size at which every line fits.
    const double padding = border * 3;
    const QRectF area(padding, padding, size.width() - 2 * padding, size.height() - 2 * padding);
    const int lines = qMax(1, static_cast<int>(mark.lines.size()));
    QFont font(family);
    double pixels = area.height() / lines / 1.35;
    for (; pixels > 6; pixels *= 0.92) {
        font.setPixelSize(qRound(pixels));
        const QFontMetricsF metrics(font);
        bool fits = metrics.height() * lines <= area.height();
        for (const QString &line : mark.lines)
            fits = fits && metrics.horizontalAdvance(line) <= area.width();
        if (fits)
            break;
    }
    painter.setPen(ink);
    const QFontMetricsF metrics(font);
    double y = area.top() + (area.height() - metrics.height() * lines) / 2;
    for (qsizetype i = 0; i < mark.lines.size(); ++i) {
        QFont lineFont = font;
        lineFont.setBold(received ? i == 1 : i + 1 == mark.lines.size());
        painter.setFont(lineFont);
        painter.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                         (received ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                         mark.lines.at(i));
        y += metrics.height();
    }
    painter.end();
    return image;
}

} // namespace

Result<QByteArray> DocumentEngine::stamp(const QByteArray &pdf, const QList<StampMark> &marks)
{
    const QString family = laoFamily();
    if (family.isEmpty())
        return Error{
            QStringLiteral("compose.font"), QStringLiteral("no font with Lao letters"), {}};
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return Error{QStringLiteral("pdf.open"), QStringLiteral("Poppler cannot read this file"),
                     PopplerLog::recent()};
    const int pages = document->numPages();
    if (pages <= 0)
        return Error{QStringLiteral("pdf.nopages"), QStringLiteral("the file has no pages"), {}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const StampMark &mark : marks) {
        const int index = qBound(0, mark.page, pages - 1);
        std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            return Error{QStringLiteral("pdf.page"), QStringLiteral("no such page"), {}};
        const QRectF rect = mark.rect.isEmpty() ? defaultRect(mark.kind) : mark.rect;
        const QSizeF points(page->pageSizeF().width() * rect.width(),
                            page->pageSizeF().height() * rect.height());
        Poppler::StampAnnotation annotation;
        annotation.setBoundary(rect);
        annotation.setStampCustomImage(paint(mark, points, family));
        annotation.setContents(mark.lines.join(QLatin1Char('\n')));
        annotation.setAuthor(mark.author);
        annotation.setCreationDate(now);
        annotation.setModificationDate(now);
        page->addAnnotation(&annotation);
    }
    QByteArray result;
    QBuffer buffer(&result);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return Error{QStringLiteral("stamp.failed"), QStringLiteral("Poppler could not save"),
                     PopplerLog::recent()};
    buffer.close();
    if (!result.startsWith(pdf))
        return Error{QStringLiteral("stamp.failed"),
                     QStringLiteral("the result is not an incremental update of the file"),
                     {}};
    qCInfo(lcPdfEngine) << "stamped" << marks.size() << "marks:" << pdf.size() << "->"
                        << result.size() << "bytes";
    return result;
}

} // namespace saraban::pdf::engine
