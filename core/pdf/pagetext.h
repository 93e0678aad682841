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

    // The words of a page as Poppler's layout order gives them (spaceAfter: only the PDF's own
    // spaces), put back into reading order. Poppler 22.12 splits a Lao line wherever a raised
    // mark makes a word's box taller, emits the pieces out of order, and makes some zero-width
    // vowel and tone marks (Phetsarath OT positions them with a negative offset) words of their
    // own, often on the wrong side of the next word: copying "ຊື້ອຸປະກອນ" gave "ຊືອຸ້ປະກອນ". So
    // each run of consecutive words on one baseline is sorted left to right, every mark-only word
    // goes back into the word it sits over, after its base and before any mark that follows
    // it in Unicode order, and a line end counts as a space.
    static PageText fromLayout(int page, QList<TextWord> words);
};

} // namespace saraban::pdf
