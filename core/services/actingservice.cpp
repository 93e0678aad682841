#include "core/services/actingservice.h"

#include "core/services/serverquery.h"

namespace saraban {

ActingService::ActingService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<qint64> ActingService::appoint(int unitId, const QString &actingLogin, const QDate &startsOn,
                                      const QDate &endsOn, const QString &note)
{
    // Null dates travel as SQL NULL so that the server names the empty field itself.
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer),"
                                     " CAST(:login AS text), CAST(:starts AS date),"
                                     " CAST(:ends AS date), CAST(:note AS text))"));
    query.bind(QStringLiteral(":unit"), unitId)
        .bind(QStringLiteral(":login"), actingLogin)
        .bind(QStringLiteral(":starts"), startsOn.isValid() ? QVariant(startsOn) : QVariant())
        .bind(QStringLiteral(":ends"), endsOn.isValid() ? QVariant(endsOn) : QVariant())
        .bind(QStringLiteral(":note"), note);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toLongLong();
}

Status ActingService::revoke(qint64 appointmentId, const QString &reason)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.acting_revoke("
                                                 "CAST(:id AS bigint), CAST(:reason AS text))"));
    query.bind(QStringLiteral(":id"), appointmentId).bind(QStringLiteral(":reason"), reason);
    return query.exec();
}

Result<QList<ActingAppointment>> ActingService::current() const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT a.id, a.unit_id, u.name_lo, h.login, h.full_name,"
                                     " p.login, p.full_name, a.starts_on, a.ends_on, a.note,"
                                     " a.revoked_at IS NOT NULL"
                                     " FROM saraban.acting_appointments a"
                                     " JOIN saraban.units u ON u.id = a.unit_id"
                                     " JOIN saraban.people h ON h.id = a.head_id"
                                     " JOIN saraban.people p ON p.id = a.acting_id"
                                     " WHERE a.revoked_at IS NULL"
                                     " AND a.ends_on >= saraban.office_today()"
                                     " ORDER BY a.starts_on, a.id"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ActingAppointment> appointments;
    while (query.next()) {
        ActingAppointment a;
        a.id = query.value(0).toLongLong();
        a.unitId = query.value(1).toInt();
        a.unitName = query.value(2).toString();
        a.headLogin = query.value(3).toString();
        a.headName = query.value(4).toString();
        a.actingLogin = query.value(5).toString();
        a.actingName = query.value(6).toString();
        a.startsOn = query.value(7).toDate();
        a.endsOn = query.value(8).toDate();
        a.note = query.value(9).toString();
        a.revoked = query.value(10).toBool();
        appointments << a;
    }
    return appointments;
}

Result<QList<HeadCapacity>> ActingService::headCapacities() const
{
    ServerQuery query(m_database, QStringLiteral("SELECT unit_id, head_id, acting"
                                                 " FROM saraban.my_head_capacities()"
                                                 " ORDER BY acting, unit_id"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<HeadCapacity> capacities;
    while (query.next()) {
        capacities << HeadCapacity{query.value(0).toInt(), query.value(1).toInt(),
                                   query.value(2).toBool()};
    }
    return capacities;
}

} // namespace saraban
