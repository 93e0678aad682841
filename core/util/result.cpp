#include "core/util/result.h"

namespace saraban {

QString Error::toString() const
{
    if (detail.isEmpty())
        return message;
    return message + QLatin1Char('\n') + detail;
}

} // namespace saraban
