#pragma once

// A number taken ahead from a register, to be used by a letter later or released.
#include <QString>

namespace saraban {

struct NumberReservation
{
    qint64 id = 0;
    QString number;
};

} // namespace saraban
