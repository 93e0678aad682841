#pragma once

// The pixels of one rendered page as they come from the PDF worker. Core does not use QtGui, so
// this is raw image data; the viewer wraps it in a QImage without copying (ui/pdfimage.h).
#include <QByteArray>
#include <QSize>

namespace saraban::pdf {

struct RenderedPage
{
    int page = -1;
    double dpi = 0;   // the resolution it was rendered at (lower than asked for very large pages)
    int rotation = 0; // quarter turns clockwise, 0..3, on top of the page's own rotation
    QSize size;       // in pixels
    qsizetype bytesPerLine = 0;
    int format = 0; // a QImage::Format value
    QByteArray pixels;

    bool isNull() const { return pixels.isEmpty(); }
};

} // namespace saraban::pdf
