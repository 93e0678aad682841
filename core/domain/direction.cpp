#include "core/domain/direction.h"

namespace saraban {

QString DirectionText::code(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return QStringLiteral("incoming");
    case Direction::Outgoing:
        return QStringLiteral("outgoing");
    case Direction::Internal:
        break;
    }
    return QStringLiteral("internal");
}

std::optional<Direction> DirectionText::fromCode(const QString &code)
{
    for (const Direction direction :
         {Direction::Incoming, Direction::Outgoing, Direction::Internal}) {
        if (code == DirectionText::code(direction))
            return direction;
    }
    return std::nullopt;
}

QString DirectionText::name(Direction direction)
{
    switch (direction) {
    case Direction::Incoming:
        return tr("Incoming");
    case Direction::Outgoing:
        return tr("Outgoing");
    case Direction::Internal:
        break;
    }
    return tr("Internal");
}

} // namespace saraban
