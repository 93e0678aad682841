#pragma once

// Which way a register's letters travel.
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saraban {

enum class Direction { Incoming, Outgoing, Internal };

class DirectionText
{
    Q_DECLARE_TR_FUNCTIONS(saraban::Direction)

public:
    // The server's word: "incoming", "outgoing", "internal".
    static QString code(Direction direction);
    static std::optional<Direction> fromCode(const QString &code);
    // For people, in the current language.
    static QString name(Direction direction);
};

} // namespace saraban
