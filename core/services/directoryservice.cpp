#include "core/services/directoryservice.h"

#include "core/services/serverquery.h"

namespace saraban {

DirectoryService::DirectoryService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<Directory> DirectoryService::read(bool lao) const
{
    Directory directory;

    // Parents before children: a recursive walk from the roots keeps the tree buildable in
    // one pass on the client.
    ServerQuery units(m_database,
                      QStringLiteral("WITH RECURSIVE tree AS ("
                                     " SELECT u.*, 0 AS depth FROM saraban.units u"
                                     " WHERE u.parent_id IS NULL AND u.active"
                                     " UNION ALL"
                                     " SELECT c.*, t.depth + 1 FROM saraban.units c"
                                     " JOIN tree t ON c.parent_id = t.id WHERE c.active)"
                                     " SELECT id, parent_id, code, kind, name_lo, name_en,"
                                     " abbreviation FROM tree ORDER BY depth, name_lo, id"));
    if (Status status = units.exec(); !status)
        return status.error();
    while (units.next()) {
        DirectoryUnit unit;
        unit.id = units.value(0).toInt();
        if (!units.value(1).isNull())
            unit.parentId = units.value(1).toInt();
        unit.code = units.value(2).toString();
        unit.kind = units.value(3).toString();
        unit.nameLao = units.value(4).toString();
        unit.nameEnglish = units.value(5).toString();
        unit.abbreviation = units.value(6).toString();
        directory.units << unit;
    }

    ServerQuery members(m_database,
                        QStringLiteral("SELECT p.id, p.login, p.full_name, p.title, m.unit_id,"
                                       " m.role FROM saraban.memberships m"
                                       " JOIN saraban.people p ON p.id = m.person_id"
                                       " WHERE m.active AND p.active"
                                       " ORDER BY m.unit_id, p.full_name, m.role"));
    if (Status status = members.exec(); !status)
        return status.error();
    while (members.next()) {
        DirectoryMember member;
        member.personId = members.value(0).toInt();
        member.login = members.value(1).toString();
        member.fullName = members.value(2).toString();
        member.title = members.value(3).toString();
        member.unitId = members.value(4).toInt();
        member.role = members.value(5).toString();
        directory.members << member;
    }

    ServerQuery levels(m_database, QStringLiteral("SELECT level, deadline_days, name_lo, name_en"
                                                  " FROM saraban.urgency_levels ORDER BY level"));
    if (Status status = levels.exec(); !status)
        return status.error();
    while (levels.next()) {
        const int level = levels.value(0).toInt();
        if (!levels.value(1).isNull())
            directory.deadlineDays.insert(level, levels.value(1).toInt());
        directory.urgencyNames.insert(level, levels.value(lao ? 2 : 3).toString());
    }

    ServerQuery today(m_database, QStringLiteral("SELECT saraban.office_today()"));
    if (Status status = today.exec(); !status)
        return status.error();
    if (!today.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    directory.officeToday = today.value(0).toDate();
    return directory;
}

} // namespace saraban
