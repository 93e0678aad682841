#pragma once

// What the viewer needs to know about one page before it is rendered: its size as displayed
// (the page's own /Rotate already applied) and its label.
#include <QSizeF>
#include <QString>

namespace saraban::pdf {

struct PageInfo
{
    QSizeF size;   // in points (1/72 inch), as the page is displayed
    QString label; // the page label from the file ("iv", "A-3"); empty when it has none
};

} // namespace saraban::pdf
