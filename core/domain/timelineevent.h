#pragma once

// One event of a letter's history (saraban.letter_timeline()): its registration, a routing
// movement, an endorsement, a comment or a reminder.
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace saraban {

struct TimelineEvent
{
    qint64 id = 0; // 0 for the registration
    QDateTime at;
    QString kind;       // "register", "route", "acknowledge", "forward", "return"...
    QString actor;      // who did it (empty for the server's reminders)
    QString onBehalfOf; // the head the actor was acting for, or empty
    std::optional<qint64> routingId;
    QString counterpart; // to whom it was routed, or who had sent it
    QString routingRole; // "action", "copy", "information" or empty
    QString text;        // instruction, reason, outcome, endorsement or comment
    QDate dueOn;
};

struct TimelineKey
{
    QDateTime at;
    qint64 id = -1;
    bool isValid() const { return at.isValid() && id >= 0; }
};

// Who holds a letter now (saraban.letter_holders()).
struct LetterHolder
{
    qint64 routingId = 0;
    std::optional<int> personId;
    std::optional<int> unitId;
    QString name;
    QString role;
    QString state;
    QDateTime since;
    QDate dueOn;
    bool overdue = false;
};

} // namespace saraban
