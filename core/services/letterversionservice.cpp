#include "core/services/letterversionservice.h"

#include "core/services/documentservice.h"
#include "core/services/serverquery.h"

namespace saraban {

LetterVersionService::LetterVersionService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<LetterFileState> LetterVersionService::state(qint64 letterId) const
{
    // Row level security shows only letters the person may see; a letter not visible has no
    // main file here, so nothing can be offered on it.
    ServerQuery query(
        m_database,
        QStringLiteral(
            "WITH l AS (SELECT id, register_id FROM saraban.letters "
            "           WHERE id = CAST(:letter AS bigint)), "
            "clerk AS (SELECT EXISTS (SELECT FROM l JOIN saraban.registers r ON r.id = "
            "          l.register_id JOIN saraban.memberships m ON m.unit_id = r.unit_id "
            "          AND m.role = 'clerk' AND m.active JOIN saraban.people p ON p.id = "
            "          m.person_id AND p.login = session_user AND p.active) AS yes) "
            "SELECT 1, 'main', '', '', NULL::timestamptz, clerk.yes "
            "FROM l JOIN saraban.letter_files f ON f.letter_id = l.id AND f.kind = 'main', clerk "
            "UNION ALL "
            "SELECT v.version, v.kind, v.note, p.full_name, v.added_at, clerk.yes "
            "FROM l JOIN saraban.letter_file_versions v ON v.letter_id = l.id "
            "JOIN saraban.people p ON p.id = v.added_by, clerk "
            "ORDER BY 1"));
    query.bind(QStringLiteral(":letter"), letterId);
    if (Status status = query.exec(); !status)
        return status.error();
    LetterFileState state;
    while (query.next()) {
        LetterVersion version;
        version.version = query.value(0).toInt();
        version.kind = query.value(1).toString();
        version.note = query.value(2).toString();
        version.addedBy = query.value(3).toString();
        version.addedAt = query.value(4).toDateTime();
        state.received = state.received || version.kind == QLatin1String("stamp");
        state.clerk = query.value(5).toBool();
        state.versions.append(version);
    }
    return state;
}

Result<LatestLetterFile> LetterVersionService::latestFile(qint64 letterId) const
{
    Result<LetterFileState> known = state(letterId);
    if (!known)
        return known.error();
    LatestLetterFile latest;
    latest.state = *known;
    if (known->versions.isEmpty())
        return latest;
    Result<QByteArray> content =
        DocumentService(m_database).versionContent(letterId, known->latest());
    if (!content)
        return content.error();
    latest.content = *content;
    return latest;
}

} // namespace saraban
