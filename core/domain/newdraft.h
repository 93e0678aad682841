#pragma once

// What a drafter gives the server: a new draft of an outgoing letter or memo
// (saraban.draft_create), and the content of each version (also saraban.draft_revise). A
// version has a PDF, the composer's structured text, or both.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace saraban {

struct DraftContent
{
    QByteArray pdf; // empty: no file in this version
    QString fileName;
    std::optional<QJsonObject> body; // the composer's fields, when the composer made it
    QString note;                    // what changed (revisions only)
};

struct NewDraft
{
    int unitId = 0;
    QString subject;
    std::optional<int> letterTypeId;
    int urgency = 0;
    int confidentiality = 0;
    std::optional<qint64> inReplyTo; // the incoming letter this answers
    DraftContent content;
};

} // namespace saraban
