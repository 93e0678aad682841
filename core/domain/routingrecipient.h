#pragma once

// One recipient of a routing: a person (by login) or a unit (by code), what is expected of them
// and by when. Without a due date or a number of days, an action is due after the deadline of
// the letter's urgency (the server's urgency_levels.deadline_days).
#include <QDate>
#include <QString>

#include <optional>

namespace saraban {

enum class RoutingRole { Action, Copy, Information };

struct RoutingRecipient
{
    enum class Kind { Person, Unit };

    Kind kind = Kind::Person;
    QString code; // the person's login or the unit's code
    RoutingRole role = RoutingRole::Action;
    QString instruction;
    std::optional<QDate> dueOn;
    std::optional<int> dueDays;

    static RoutingRecipient person(const QString &login, RoutingRole role,
                                   const QString &instruction = QString())
    {
        return RoutingRecipient{Kind::Person, login, role, instruction, std::nullopt, std::nullopt};
    }
    static RoutingRecipient unit(const QString &code, RoutingRole role,
                                 const QString &instruction = QString())
    {
        return RoutingRecipient{Kind::Unit, code, role, instruction, std::nullopt, std::nullopt};
    }
};

} // namespace saraban
