#pragma once

// The server's answer to registering a letter or adding a file to it.
#include "core/domain/duplicatefile.h"

#include <QString>

namespace saraban {

struct RegisteredLetter
{
    qint64 id = 0;
    QString number; // "330/ປທສ"
    DuplicateFile duplicate;
};

} // namespace saraban
