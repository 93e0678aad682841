#include "core/services/registerservice.h"

#include "core/services/serverquery.h"

namespace saraban {

namespace {

constexpr char registersSql[] =
    "SELECT r.id, r.unit_id, u.code, r.code, r.direction, r.name_lo, r.name_en, r.template, "
    "r.yearly_reset FROM saraban.registers r JOIN saraban.units u ON u.id = r.unit_id "
    "WHERE r.active";

RegisterInfo readRegister(const ServerQuery &query)
{
    RegisterInfo info;
    info.id = query.value(0).toInt();
    info.unitId = query.value(1).toInt();
    info.unitCode = query.value(2).toString();
    info.code = query.value(3).toString();
    info.direction =
        DirectionText::fromCode(query.value(4).toString()).value_or(Direction::Internal);
    info.nameLao = query.value(5).toString();
    info.nameEnglish = query.value(6).toString();
    info.numberTemplate = query.value(7).toString();
    info.yearlyReset = query.value(8).toBool();
    return info;
}

} // namespace

RegisterService::RegisterService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<int> RegisterService::addRegister(const NewRegister &newRegister)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.register_add(CAST(:unit AS text), "
                                     "CAST(:code AS text), CAST(:direction AS text), "
                                     "CAST(:name_lo AS text), CAST(:name_en AS text), "
                                     "CAST(:template AS text), CAST(:reset AS boolean))"));
    query.bind(QStringLiteral(":unit"), newRegister.unitCode)
        .bind(QStringLiteral(":code"), newRegister.code)
        .bind(QStringLiteral(":direction"), DirectionText::code(newRegister.direction))
        .bind(QStringLiteral(":name_lo"), newRegister.nameLao)
        .bind(QStringLiteral(":name_en"),
              newRegister.nameEnglish.isEmpty() ? QVariant() : QVariant(newRegister.nameEnglish))
        .bind(QStringLiteral(":template"), newRegister.numberTemplate.isEmpty()
                                               ? QVariant()
                                               : QVariant(newRegister.numberTemplate))
        .bind(QStringLiteral(":reset"), newRegister.yearlyReset);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toInt();
}

Result<QList<RegisterInfo>> RegisterService::registers() const
{
    // A person sees the registers of a handful of units; the list is small by nature.
    ServerQuery query(m_database,
                      QLatin1String(registersSql) + QStringLiteral(" ORDER BY u.code, r.code"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<RegisterInfo> registers;
    while (query.next())
        registers << readRegister(query);
    return registers;
}

Result<RegisterInfo> RegisterService::find(const QString &unitCode, const QString &code) const
{
    ServerQuery query(m_database, QLatin1String(registersSql) +
                                      QStringLiteral(" AND u.code = :unit AND r.code = :code"));
    query.bind(QStringLiteral(":unit"), unitCode).bind(QStringLiteral(":code"), code);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next()) {
        return Error{
            QStringLiteral("register.unknown"),
            tr("There is no register %1 in unit %2, or you may not see it.").arg(code, unitCode),
            QString()};
    }
    return readRegister(query);
}

Result<NumberReservation> RegisterService::reserveNumber(int registerId, const QString &note)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT reservation_id, number_text FROM "
                                     "saraban.number_reserve(CAST(:register AS integer), "
                                     "CAST(:note AS text))"));
    query.bind(QStringLiteral(":register"), registerId)
        .bind(QStringLiteral(":note"), note.isEmpty() ? QVariant() : QVariant(note));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return NumberReservation{query.value(0).toLongLong(), query.value(1).toString()};
}

Status RegisterService::releaseNumber(qint64 reservationId, const QString &reason)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.number_release(CAST(:id AS bigint), "
                                     "CAST(:reason AS text))"));
    query.bind(QStringLiteral(":id"), reservationId).bind(QStringLiteral(":reason"), reason);
    return query.exec();
}

} // namespace saraban
