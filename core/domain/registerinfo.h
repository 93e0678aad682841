#pragma once

// A register as the server describes it to someone who may see it.
#include "core/domain/direction.h"

#include <QString>

namespace saraban {

struct RegisterInfo
{
    int id = 0;
    int unitId = 0;
    QString unitCode;
    QString code;
    Direction direction = Direction::Incoming;
    QString nameLao;
    QString nameEnglish;
    QString numberTemplate;
    bool yearlyReset = true;
};

} // namespace saraban
