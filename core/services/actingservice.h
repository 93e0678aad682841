#pragma once

// Acting appointments (ຮັກສາການ): the C++ face of saraban.acting_appoint(), acting_revoke() and
// my_head_capacities() in core/schema/0008_acting.sql, where every rule lives (only a head of
// the unit appoints, within the unit's subtree, no overlap, at most acting_max_days). Refusals
// come back as Errors with the server's codes ("acting.overlap"...).
#include "core/domain/actingappointment.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace saraban {

class ActingService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ActingService)

public:
    explicit ActingService(QSqlDatabase database);

    // The caller, a head of unitId, names actingLogin for the days from startsOn to endsOn;
    // the new appointment's id.
    Result<qint64> appoint(int unitId, const QString &actingLogin, const QDate &startsOn,
                           const QDate &endsOn, const QString &note);
    Status revoke(qint64 appointmentId, const QString &reason);

    // The appointments the caller may see (their units', theirs as head or as acting person),
    // not yet ended or revoked, soonest first.
    Result<QList<ActingAppointment>> current() const;
    // The units the caller decides for today, as head or acting.
    Result<QList<HeadCapacity>> headCapacities() const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
