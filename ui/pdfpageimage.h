#pragma once

// Rendered pages from core (raw pixels) as QImages, without copying the pixels.
#include "core/pdf/renderedpage.h"

#include <QImage>

namespace saraban::ui {

class PdfPageImage
{
public:
    static QImage toImage(const pdf::RenderedPage &page);
};

} // namespace saraban::ui
