#include "core/services/intakeservice.h"

#include "core/services/registerservice.h"
#include "core/services/serverquery.h"

namespace saraban {

IntakeService::IntakeService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<IntakeChoices> IntakeService::choices(bool lao) const
{
    IntakeChoices choices;
    auto registers = RegisterService(m_database).registers();
    if (!registers)
        return registers.error();
    for (const RegisterInfo &info : *registers) {
        if (info.direction == Direction::Incoming)
            choices.registers << info;
    }
    const QString name = lao ? QStringLiteral("name_lo") : QStringLiteral("name_en");
    const auto load = [&](const QString &sql, QList<QPair<int, QString>> &target) -> Status {
        ServerQuery query(m_database, sql.arg(name));
        if (Status status = query.exec(); !status)
            return status;
        while (query.next())
            target.append({query.value(0).toInt(), query.value(1).toString()});
        return {};
    };
    if (Status s = load(QStringLiteral("SELECT id, %1 FROM saraban.letter_types WHERE active "
                                       "ORDER BY %1"),
                        choices.letterTypes);
        !s)
        return s.error();
    if (Status s =
            load(QStringLiteral("SELECT level, %1 FROM saraban.urgency_levels ORDER BY level"),
                 choices.urgencies);
        !s)
        return s.error();
    if (Status s = load(
            QStringLiteral("SELECT level, %1 FROM saraban.confidentiality_levels ORDER BY level"),
            choices.confidentiality);
        !s)
        return s.error();
    ServerQuery clearance(m_database,
                          QStringLiteral("SELECT saraban.my_clearance(), "
                                         "saraban.setting('subject_max_length')::integer, "
                                         "saraban.office_today()"));
    if (Status s = clearance.exec(); !s)
        return s.error();
    if (clearance.next()) {
        choices.clearance = clearance.value(0).toInt();
        choices.subjectMaxLength = clearance.value(1).toInt();
        choices.today = clearance.value(2).toDate();
    }
    return choices;
}

Result<QString> IntakeService::nextNumber(int registerId) const
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.register_next_number(:id)"));
    query.bind(QStringLiteral(":id"), registerId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return QString();
    return query.value(0).toString();
}

Result<DuplicateFile> IntakeService::earlierLetterWithFile(int registerId,
                                                           const QByteArray &sha256) const
{
    ServerQuery query(m_database, QStringLiteral("SELECT letter_id, number_text, elsewhere "
                                                 "FROM saraban.file_registered_before(:id, :sha)"));
    query.bind(QStringLiteral(":id"), registerId);
    query.bind(QStringLiteral(":sha"), sha256);
    if (Status status = query.exec(); !status)
        return status.error();
    DuplicateFile duplicate;
    if (query.next()) {
        if (!query.value(0).isNull()) {
            duplicate.letterId = query.value(0).toLongLong();
            duplicate.number = query.value(1).toString();
        }
        duplicate.elsewhere = query.value(2).toBool();
    }
    return duplicate;
}

} // namespace saraban
