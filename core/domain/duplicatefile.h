#pragma once

// The same file content is already stored with an earlier letter: the server warns, and names
// the letter only when the caller may see it.
#include <QString>

#include <optional>

namespace saraban {

struct DuplicateFile
{
    std::optional<qint64> letterId; // the earliest letter with the same file, if you may see it
    QString number;                 // its number, likewise
    bool elsewhere = false;         // the file is in a letter you may not see
    bool isDuplicate() const { return letterId.has_value() || elsewhere; }
};

} // namespace saraban
