#include "core/pdf/pagetext.h"

#include <QStringView>

#include <algorithm>
#include <cmath>

namespace saraban::pdf {

namespace {

bool isMark(QChar c)
{
    return c.category() == QChar::Mark_NonSpacing;
}

bool onlyMarks(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isMark);
}

// Lao vowels above and below have combining class 0 except ຸ ູ (118); tone marks have 122. A
// mark goes after the marks that sort before it and before the ones that sort after it.
int markOrder(QChar c)
{
    return c.combiningClass();
}

bool sameBaseline(const QRectF &a, const QRectF &b)
{
    // Word boxes end at the font's descent, the same for every word of a line whatever marks
    // it carries; a quarter of a line is far less than the distance to the next line.
    return std::abs(a.bottom() - b.bottom()) <= 0.25 * std::min(a.height(), b.height());
}

// The positions of host's bases (characters that are not marks).
QList<qsizetype> basesOf(const QString &text)
{
    QList<qsizetype> bases;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isMark(text.at(i)))
            bases.append(i);
    }
    return bases;
}

// Where a mark goes in text when it belongs to the base at bases[k]: after that base and the
// marks that sort before it, before those that sort after it.
qsizetype insertionPoint(const QString &text, const QList<qsizetype> &bases, qsizetype k,
                         QChar mark)
{
    qsizetype at = k + 1 < bases.size() ? bases.at(k + 1) : text.size();
    while (at > bases.at(k) + 1 && markOrder(text.at(at - 1)) > markOrder(mark))
        --at;
    return at;
}

} // namespace

QString PageText::plainText() const
{
    QString text;
    for (const TextWord &word : words) {
        text += word.text;
        if (word.spaceAfter)
            text += QLatin1Char(' ');
    }
    return text.trimmed();
}

PageText PageText::fromLayout(int page, QList<TextWord> words)
{
    QList<TextWord> marks;
    QList<TextWord> ordered;
    ordered.reserve(words.size());
    qsizetype runStart = 0;
    for (TextWord &word : words) {
        if (onlyMarks(word.text)) {
            marks.append(std::move(word));
            continue;
        }
        if (!ordered.isEmpty() && !sameBaseline(ordered.constLast().box, word.box)) {
            std::stable_sort(
                ordered.begin() + runStart, ordered.end(),
                [](const TextWord &a, const TextWord &b) { return a.box.left() < b.box.left(); });
            runStart = ordered.size();
        }
        ordered.append(std::move(word));
    }
    std::stable_sort(
        ordered.begin() + runStart, ordered.end(),
        [](const TextWord &a, const TextWord &b) { return a.box.left() < b.box.left(); });

    for (TextWord &mark : marks) {
        // Phetsarath OT draws a mark with no advance at the end of its base's advance: the
        // mark belongs to the base that ends nearest to where it is drawn. Poppler gives no
        // character boxes here; the bases of a Lao word are taken as equally wide, which is
        // exact at the word's ends, where Poppler splits words at such marks.
        const qreal x = mark.box.left();
        const qreal y = mark.box.center().y();
        TextWord *host = nullptr;
        qsizetype base = 0;
        qreal best = 0;
        for (TextWord &word : ordered) {
            if (y < word.box.top() || y > word.box.bottom())
                continue;
            const QList<qsizetype> bases = basesOf(word.text);
            for (qsizetype k = 0; k < bases.size(); ++k) {
                const qreal end = word.box.left() + word.box.width() * static_cast<qreal>(k + 1) /
                                                        static_cast<qreal>(bases.size());
                const qreal distance = std::abs(end - x);
                if (!host || distance < best) {
                    host = &word;
                    base = k;
                    best = distance;
                }
            }
        }
        if (!host) {
            // Nothing under it on that line: keep it where it was read rather than lose it.
            ordered.append(std::move(mark));
            continue;
        }
        host->text.insert(insertionPoint(host->text, basesOf(host->text), base, mark.text.front()),
                          mark.text);
    }

    // A word that begins with a mark (Poppler cut it off its base, sometimes even with a space
    // between) gives the mark back to the word before it on the line: no Lao word begins with
    // one.
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        TextWord &previous = ordered[i - 1];
        TextWord &word = ordered[i];
        qsizetype leading = 0;
        while (leading < word.text.size() && isMark(word.text.at(leading)))
            ++leading;
        if (leading == 0 || leading == word.text.size() || !sameBaseline(previous.box, word.box) ||
            onlyMarks(previous.text))
            continue;
        previous.text += word.text.left(leading);
        word.text.remove(0, leading);
    }

    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const QRectF &box = ordered.at(i).box;
        // A word that ends a line is followed by a line break: read as a space.
        const bool lastOnLine = i + 1 == ordered.size() ||
                                ordered.at(i + 1).box.top() >= box.center().y() ||
                                ordered.at(i + 1).box.bottom() <= box.center().y();
        if (lastOnLine)
            ordered[i].spaceAfter = true;
    }
    return PageText{page, std::move(ordered)};
}

} // namespace saraban::pdf
