#include "core/pdf/pagesearch.h"

#include "core/text/searchtext.h"

#include <QStringView>

namespace saraban::pdf {

namespace {

// One code point in the search normalisation, decomposed so that pieces of one text compare
// equal to pieces of another however each was composed.
QString piece(char32_t c)
{
    return text::normalizeForSearch(QString::fromUcs4(&c, 1))
        .normalized(QString::NormalizationForm_D);
}

// The old spelling ຫລ is folded after the pieces are joined, as core/text does.
void foldOldSpelling(QString &text)
{
    text.replace(QStringLiteral("\u0EAB\u0EA5"), QStringLiteral("\u0EAB\u0EBC"));
}

} // namespace

QString PageSearch::normalize(const QString &text)
{
    QString out;
    for (char32_t c : QStringView(text).toUcs4())
        out += piece(c);
    foldOldSpelling(out);
    return out;
}

QList<TextMatch> PageSearch::find(const PageText &text, const QString &query)
{
    const QString needle = normalize(query);
    QList<TextMatch> matches;
    if (needle.isEmpty())
        return matches;
    QString haystack;
    QList<int> wordOf; // for each character of haystack, the word it came from
    for (int i = 0; i < text.words.size(); ++i) {
        for (char32_t c : QStringView(text.words.at(i).text).toUcs4()) {
            const QString p = piece(c);
            haystack += p;
            for (qsizetype k = 0; k < p.size(); ++k)
                wordOf.append(i);
        }
    }
    foldOldSpelling(haystack);
    qsizetype at = 0;
    while ((at = haystack.indexOf(needle, at)) >= 0) {
        TextMatch match;
        match.page = text.page;
        match.firstWord = wordOf.at(at);
        match.lastWord = wordOf.at(at + needle.size() - 1);
        for (int w = match.firstWord; w <= match.lastWord; ++w)
            match.boxes.append(text.words.at(w).box);
        matches.append(match);
        at += needle.size();
    }
    return matches;
}

QList<QRectF> PageSearch::boxesIn(const PageText &text, const QRectF &area)
{
    QList<QRectF> boxes;
    for (const TextWord &word : text.words) {
        if (word.box.intersects(area))
            boxes.append(word.box);
    }
    return boxes;
}

QString PageSearch::textIn(const PageText &text, const QRectF &area)
{
    QString out;
    for (const TextWord &word : text.words) {
        if (!word.box.intersects(area))
            continue;
        out += word.text;
        if (word.spaceAfter)
            out += QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace saraban::pdf
