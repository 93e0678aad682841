#pragma once

// One entry of a draft's history (saraban.draft_timeline): what happened, who did it and for
// whom, with what the audit record holds.
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace saraban {

struct DraftEvent
{
    QDateTime at;
    QString action; // the audit action: "draft.submit", "approval.decide"...
    QString actorLogin;
    QString actorName;
    QString onBehalfOfName; // "A for B": the head's name when A acted for B
    QJsonObject data;
};

} // namespace saraban
