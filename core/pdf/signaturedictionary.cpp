#include "core/pdf/signaturedictionary.h"

#include <QRegularExpression>

namespace saraban::pdf {

namespace {

// How far around the /Contents gap the rest of the dictionary may lie.
constexpr qsizetype window = 16384;

QByteArray nameAfter(const QString &dictionary, const QString &key)
{
    const QRegularExpression pattern(QRegularExpression::escape(key) +
                                     QStringLiteral("\\s*/([^\\s/<>\\[\\]()]+)"));
    const QRegularExpressionMatch match = pattern.match(dictionary);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

// The text of object "number generation obj" (its last definition wins, as in an update).
QString objectText(const QByteArray &file, const QString &number, const QString &generation)
{
    const QByteArray header =
        (number + QLatin1Char(' ') + generation + QStringLiteral(" obj")).toLatin1();
    qsizetype at = file.lastIndexOf(header);
    while (at > 0) {
        const char before = file.at(at - 1);
        if (before == '\n' || before == '\r' || before == ' ')
            break;
        at = file.lastIndexOf(header, at - 1);
    }
    if (at < 0)
        return {};
    const qsizetype end = file.indexOf("endobj", at);
    return QString::fromLatin1(file.mid(at, (end < 0 ? window : end - at)).left(window));
}

// A PDF literal string's escapes: "\\072" is ':', "\\n" a line feed, "\\(" a parenthesis.
QString unescapeLiteral(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next >= QLatin1Char('0') && next <= QLatin1Char('7')) {
            int value = 0;
            int digits = 0;
            while (digits < 3 && i < text.size() && text.at(i) >= QLatin1Char('0') &&
                   text.at(i) <= QLatin1Char('7')) {
                value = value * 8 + (text.at(i).unicode() - '0');
                ++i;
                ++digits;
            }
            --i;
            out += QChar(value);
        } else if (next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else if (next == QLatin1Char('r')) {
            out += QLatin1Char('\r');
        } else if (next == QLatin1Char('t')) {
            out += QLatin1Char('\t');
        } else {
            out += next;
        }
    }
    return out;
}

void readDocMdp(const QByteArray &file, const QString &dictionary, SignatureDictionary *result)
{
    QString reference = dictionary;
    static const QRegularExpression indirect(
        QStringLiteral("/Reference\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+R"));
    if (const QRegularExpressionMatch match = indirect.match(dictionary); match.hasMatch())
        reference = objectText(file, match.captured(1), match.captured(2));
    static const QRegularExpression docMdp(QStringLiteral("/TransformMethod\\s*/DocMDP"));
    if (!docMdp.match(reference).hasMatch())
        return;
    result->certification = true;
    result->docMdpPermissions = 2; // the default when /P is absent
    static const QRegularExpression permissions(
        QStringLiteral("/TransformParams\\s*<<[^>]*?/P\\s+([123])\\b"));
    if (const QRegularExpressionMatch match = permissions.match(reference); match.hasMatch())
        result->docMdpPermissions = match.captured(1).toInt();
}

} // namespace

SignatureDictionary SignatureDictionary::scan(const QByteArray &file,
                                              const QList<qint64> &byteRange)
{
    SignatureDictionary result;
    if (byteRange.size() < 4)
        return result;
    const qint64 gapStart = byteRange.at(0) + byteRange.at(1);
    const qint64 gapEnd = byteRange.at(2);
    if (gapStart < 0 || gapEnd < gapStart || gapEnd > file.size())
        return result;

    const qsizetype beforeStart = std::max<qsizetype>(0, gapStart - window);
    QByteArray before = file.mid(beforeStart, gapStart - beforeStart);
    if (const qsizetype previous = before.lastIndexOf("endobj"); previous >= 0)
        before.remove(0, previous + 6);
    QByteArray after = file.mid(gapEnd, window);
    if (const qsizetype end = after.indexOf("endobj"); end >= 0)
        after.truncate(end);
    const QString dictionary = QString::fromLatin1(before + after);

    static const QRegularExpression modified(QStringLiteral("/M\\s*\\(([^)]*)\\)"));
    if (const QRegularExpressionMatch match = modified.match(dictionary); match.hasMatch())
        result.signingTime = parseDate(unescapeLiteral(match.captured(1)));
    result.type = nameAfter(dictionary, QStringLiteral("/Type"));
    result.subFilter = nameAfter(dictionary, QStringLiteral("/SubFilter"));
    readDocMdp(file, dictionary, &result);
    return result;
}

QList<QList<qint64>> SignatureDictionary::byteRanges(const QByteArray &file)
{
    static const QByteArray key("/ByteRange");
    QList<QList<qint64>> ranges;
    qsizetype at = 0;
    while ((at = file.indexOf(key, at)) >= 0) {
        at += key.size();
        qsizetype i = at;
        while (i < file.size() && (file.at(i) == ' ' || file.at(i) == '\r' || file.at(i) == '\n'))
            ++i;
        if (i >= file.size() || file.at(i) != '[')
            continue;
        const qsizetype close = file.indexOf(']', i);
        if (close < 0 || close - i > 200)
            continue;
        const QList<QByteArray> numbers = file.mid(i + 1, close - i - 1).simplified().split(' ');
        QList<qint64> range;
        for (const QByteArray &number : numbers) {
            bool ok = false;
            range.append(number.toLongLong(&ok));
            if (!ok)
                break;
        }
        if (range.size() == 4 && !ranges.contains(range))
            ranges.append(range);
    }
    return ranges;
}

QDateTime SignatureDictionary::parseDate(const QString &text)
{
    static const QRegularExpression date(
        QStringLiteral("^\\s*(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?"
                       "(?:([Zz+\\-])(\\d{2})?'?(\\d{2})?'?)?"));
    const QRegularExpressionMatch match = date.match(text);
    if (!match.hasMatch())
        return {};
    const auto part = [&match](int index, int fallback) {
        return match.captured(index).isEmpty() ? fallback : match.captured(index).toInt();
    };
    QDateTime result(QDate(part(1, 1), part(2, 1), part(3, 1)),
                     QTime(part(4, 0), part(5, 0), part(6, 0)), Qt::UTC);
    if (!result.isValid())
        return {};
    const QString sign = match.captured(7);
    if (sign == QLatin1String("+") || sign == QLatin1String("-")) {
        const int offset = (part(8, 0) * 60 + part(9, 0)) * 60;
        result = result.addSecs(sign == QLatin1String("+") ? -offset : offset);
    }
    return result;
}

} // namespace saraban::pdf
