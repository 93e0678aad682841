#pragma once

// One step of a submitted draft as the server keeps it (saraban.approval_steps): whose it is,
// where it stands, and the decision taken on it, by whom and on whose behalf.
#include "core/domain/approvaltypes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace saraban {

struct ApprovalStep
{
    qint64 id = 0;
    int round = 0;      // the submission it belongs to: 1, 2... after each resubmission
    int stage = 0;      // its place in the chain (parallel opinions share one)
    int activation = 0; // 2 and more: opened again after a rejection came back to it
    StepKind kind = StepKind::Review;
    StepState state = StepState::Pending;
    QString assigneeName;
    QString assigneeLogin;
    QString headOfUnit; // the unit's code when the step is "the head of" it
    QDate dueOn;
    QDateTime activatedAt;
    std::optional<ApprovalDecision> decision;
    QString comment;
    QString decidedByName;
    QString onBehalfOfName; // the head an acting person decided for; empty otherwise
    QDateTime decidedAt;
    int decidedVersion = 0;
};

} // namespace saraban
