#pragma once

// What a register view or a search asks for. Empty fields do not filter. Text and number are
// normalised on the server (saraban.normalize_search), so ໜ and ຫນ, ຫຼ and ຫລ, ໑ and 1 match.
#include "core/domain/direction.h"

#include <QDate>
#include <QString>

#include <optional>

namespace saraban {

struct LetterFilter
{
    std::optional<int> registerId;
    QString text;             // substring of subject, correspondents, numbers (Lao or English)
    QString number;           // our number
    bool numberPrefix = true; // false: the number exactly
    QDate from;               // registered on or after
    QDate to;                 // registered on or before
    std::optional<int> letterTypeId;
    QString status;
    std::optional<Direction> direction;

    bool operator==(const LetterFilter &) const = default;
};

} // namespace saraban
