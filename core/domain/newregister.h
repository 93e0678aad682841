#pragma once

// A register to create in a unit.
#include "core/domain/direction.h"

#include <QString>

namespace saraban {

struct NewRegister
{
    QString unitCode;
    QString code; // "IN", "OUT"
    Direction direction = Direction::Incoming;
    QString nameLao;
    QString nameEnglish;
    QString numberTemplate; // empty: the server's default "{seq}/{abbr}"
    bool yearlyReset = true;
};

} // namespace saraban
