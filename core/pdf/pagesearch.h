#pragma once

// Find and select in a page's text. The query and the page are compared in Saraban's search
// normalisation (core/text: NFKC, old ຫລ = ຫຼ, Lao digits = 0-9, case folded, white space
// ignored), applied one character at a time so that every match maps back to the words it
// covers: "ໜັງສື" finds "ຫນັງສື", "໑໒" finds "12", and a phrase broken by a stray space or a
// line end is still found.
#include "core/pdf/pagetext.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace saraban::pdf {

struct TextMatch
{
    int page = -1;
    int firstWord = 0;
    int lastWord = 0;    // inclusive
    QList<QRectF> boxes; // of the words, in fractions of the page
};

class PageSearch
{
public:
    static QList<TextMatch> find(const PageText &text, const QString &query);
    // The words whose boxes meet area (fractions of the page), as they read.
    static QString textIn(const PageText &text, const QRectF &area);
    static QList<QRectF> boxesIn(const PageText &text, const QRectF &area);
    // The per-character normalisation used above (exposed for tests).
    static QString normalize(const QString &text);
};

} // namespace saraban::pdf
