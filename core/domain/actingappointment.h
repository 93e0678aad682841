#pragma once

// An acting appointment (core/schema/0008_acting.sql): who decides in a head's place in a unit,
// from one day to another inclusive; and a unit the signed-in person decides for today.
#include <QDate>
#include <QString>

namespace saraban {

struct ActingAppointment
{
    qint64 id = 0;
    int unitId = 0;
    QString unitName;
    QString headLogin;
    QString headName;
    QString actingLogin;
    QString actingName;
    QDate startsOn;
    QDate endsOn;
    QString note;
    bool revoked = false;
};

// A unit the caller decides for today (saraban.my_head_capacities()).
struct HeadCapacity
{
    int unitId = 0;
    int headId = 0;
    bool acting = false; // deciding for someone else
};

} // namespace saraban
