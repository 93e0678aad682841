#include "core/text/searchtext.h"

#include <QList>
#include <QStringView>

namespace saraban::text {

namespace {

// The characters the SQL function deletes with translate(); keep the two lists identical.
bool isRemoved(char32_t c)
{
    switch (c) {
    case 0x0009:
    case 0x000A:
    case 0x000B:
    case 0x000C:
    case 0x000D:
    case 0x0020:
    case 0x0085:
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
        return true;
    default:
        return false;
    }
}

constexpr char32_t laoDigitZero = 0x0ED0;
constexpr char32_t laoDigitNine = 0x0ED9;

} // namespace

QString normalizeForSearch(const QString &input)
{
    const QString composed = input.normalized(QString::NormalizationForm_KC);
    QString folded;
    folded.reserve(composed.size());
    for (const char32_t c : QStringView(composed).toUcs4()) {
        if (isRemoved(c))
            continue;
        if (c >= laoDigitZero && c <= laoDigitNine) {
            folded.append(QChar(u'0' + static_cast<char16_t>(c - laoDigitZero)));
            continue;
        }
        const char32_t lower = QChar::toLower(c);
        if (QChar::requiresSurrogates(lower)) {
            folded.append(QChar(QChar::highSurrogate(lower)));
            folded.append(QChar(QChar::lowSurrogate(lower)));
        } else {
            folded.append(QChar(static_cast<char16_t>(lower)));
        }
    }
    // Old spelling: ຫ + ລ (U+0EAB U+0EA5) is the same word as ຫ + subscript ລ (U+0EAB U+0EBC).
    // Lower-casing leaves Lao alone, so folding after it matches SQL's order.
    folded.replace(QStringLiteral("\u0EAB\u0EA5"), QStringLiteral("\u0EAB\u0EBC"));
    return folded;
}

} // namespace saraban::text
