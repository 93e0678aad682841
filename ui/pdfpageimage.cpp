#include "ui/pdfpageimage.h"

namespace saraban::ui {

QImage PdfPageImage::toImage(const pdf::RenderedPage &page)
{
    if (page.isNull() || page.format <= QImage::Format_Invalid ||
        page.format >= QImage::NImageFormats)
        return {};
    // The image keeps a reference to the pixels (QByteArray is shared) until it is destroyed.
    auto *pixels = new QByteArray(page.pixels);
    QImage image(
        reinterpret_cast<const uchar *>(pixels->constData()), page.size.width(), page.size.height(),
        page.bytesPerLine, static_cast<QImage::Format>(page.format),
        [](void *data) { delete static_cast<QByteArray *>(data); }, pixels);
    return image;
}

} // namespace saraban::ui
