#pragma once

// One step of an approval chain as a drafter or an administrator writes it: who decides (a
// person by login, or "the head of" a unit by its code, resolved when the draft is submitted)
// and, optionally, within how many days. Consecutive opinion steps run in parallel; the one
// sign step comes last (the server checks both).
#include "core/domain/approvaltypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace saraban {

struct ChainStep
{
    StepKind kind = StepKind::Review;
    QString login;      // a person, or
    QString headOfUnit; // the code of a unit whose head decides
    std::optional<int> dueDays;
};

// A unit's reusable chain, optionally for one letter type.
struct ChainTemplate
{
    std::optional<int> id; // none: a new template
    int unitId = 0;
    std::optional<int> letterTypeId;
    QString nameLao;
    QString nameEnglish;
    QList<ChainStep> steps;
};

} // namespace saraban
