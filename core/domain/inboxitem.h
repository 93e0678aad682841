#pragma once

// One row of an inbox folder, of a unit's overdue list, or of the approvals folders: the
// columns saraban.inbox_page(), saraban.overdue_page() and saraban.approvals_page() share.
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace saraban {

struct InboxItem
{
    QString itemKind;  // "routing" or "approval"
    qint64 itemId = 0; // what an action acts on: a routing id or an approval step id
    std::optional<qint64> letterId;
    std::optional<qint64> draftId;
    QString number;
    QString subject;
    int urgency = 0;
    int confidentiality = 0;
    QString counterpart; // who sent it to me, or whom I sent it to
    QString instruction;
    QString state;   // the server's code: "sent", "opened"...
    QDateTime since; // when it reached its state, to the millisecond (the keyset)
    QDate dueOn;     // invalid when there is no deadline
    bool overdue = false;
    bool unread = false;
};

// Where an inbox page ends: the next page starts after it.
struct InboxKey
{
    QDateTime since;
    qint64 itemId = 0;
    bool isValid() const { return since.isValid() && itemId > 0; }
};

// One folder's numbers, for the folder list.
struct InboxCount
{
    QString folder;
    qint64 total = 0;
    qint64 unread = 0;
    qint64 overdue = 0;
};

} // namespace saraban
