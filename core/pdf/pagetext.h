#pragma once

// The text of one page as words with their boxes, for find and for select-and-copy. Boxes are in
// fractions of the page's displayed width and height, so they fit any zoom and rotation.
#include <QList>
#include <QRectF>
#include <QString>

namespace saraban::pdf {

struct TextWord
{
    QString text;
    QRectF box;              // 0..1 of the page as displayed, unrotated by the viewer
    bool spaceAfter = false; // the PDF has a space (or a line end) after this word
};

struct PageText
{
    int page = -1;
    QList<TextWord> words;

    // The words joined as they read: spaces where the PDF has them (Lao has none between words).
    QString plainText() const;
};

} // namespace saraban::pdf
