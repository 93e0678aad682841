#include "core/pdf/pagetext.h"

namespace saraban::pdf {

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

} // namespace saraban::pdf
