#include "core/services/letterdetailservice.h"

#include "core/services/serverquery.h"

namespace saraban {

namespace {

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : value.toDate();
}

} // namespace

LetterDetailService::LetterDetailService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<LetterDetails> LetterDetailService::details(qint64 letterId, bool lao) const
{
    // The column names are chosen here, never from input: the language picks one of two.
    const QString name = lao ? QStringLiteral("name_lo") : QStringLiteral("name_en");
    // The register may be another unit's (a letter routed here from elsewhere), which the
    // caller may not see: a left join keeps the letter.
    ServerQuery letter(
        m_database,
        QStringLiteral(
            "SELECT l.id, l.number_text, l.direction, coalesce(nullif(r.%1, ''), r.name_lo),"
            " l.registered_at, l.letter_date, l.received_on, l.sent_on,"
            " coalesce(l.their_number, ''), l.subject,"
            " coalesce(nullif(t.%1, ''), t.name_lo, ''), g.%1, c.%1, s.%1"
            " FROM saraban.letters l"
            " LEFT JOIN saraban.registers r ON r.id = l.register_id"
            " LEFT JOIN saraban.letter_types t ON t.id = l.letter_type_id"
            " JOIN saraban.urgency_levels g ON g.level = l.urgency"
            " JOIN saraban.confidentiality_levels c ON c.level = l.confidentiality"
            " JOIN saraban.letter_statuses s ON s.code = l.status"
            " WHERE l.id = :id")
            .arg(name));
    letter.bind(QStringLiteral(":id"), letterId);
    if (Status status = letter.exec(); !status)
        return status.error();
    if (!letter.next()) {
        return Error{QStringLiteral("letter.unknown"),
                     tr("This letter does not exist, or you may not see it."), QString()};
    }
    LetterDetails details;
    details.id = letter.value(0).toLongLong();
    details.number = letter.value(1).toString();
    details.direction = letter.value(2).toString();
    details.registerName = letter.value(3).toString();
    details.registeredAt = letter.value(4).toDateTime();
    details.letterDate = dateOf(letter.value(5));
    details.receivedOn = dateOf(letter.value(6));
    details.sentOn = dateOf(letter.value(7));
    details.theirNumber = letter.value(8).toString();
    details.subject = letter.value(9).toString();
    details.typeName = letter.value(10).toString();
    details.urgencyName = letter.value(11).toString();
    details.confidentialityName = letter.value(12).toString();
    details.statusName = letter.value(13).toString();

    ServerQuery parties(m_database, QStringLiteral("SELECT role, name FROM saraban.letter_parties"
                                                   " WHERE letter_id = :id ORDER BY position"));
    parties.bind(QStringLiteral(":id"), letterId);
    if (Status status = parties.exec(); !status)
        return status.error();
    QStringList from;
    QStringList to;
    while (parties.next()) {
        (parties.value(0).toString() == QLatin1String("from") ? from : to)
            << parties.value(1).toString();
    }
    details.from = from.join(QStringLiteral(", "));
    details.to = to.join(QStringLiteral(", "));

    ServerQuery files(m_database,
                      QStringLiteral("SELECT f.position, f.kind = 'main', f.file_name, f.sha256"
                                     " FROM saraban.letter_files f WHERE f.letter_id = :id"
                                     " ORDER BY f.kind = 'main' DESC, f.position"));
    files.bind(QStringLiteral(":id"), letterId);
    if (Status status = files.exec(); !status)
        return status.error();
    while (files.next()) {
        LetterFile file;
        file.position = files.value(0).toInt();
        file.main = files.value(1).toBool();
        file.fileName = files.value(2).toString();
        file.sha256 = files.value(3).toByteArray();
        details.files << file;
    }
    return details;
}

Result<QByteArray> LetterDetailService::fileContent(const QByteArray &sha256) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.file_content(CAST(:sha AS bytea))"));
    query.bind(QStringLiteral(":sha"), sha256);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toByteArray();
}

Result<QList<ChainChoice>> LetterDetailService::chainChoices(qint64 draftId, bool lao) const
{
    ServerQuery query(
        m_database,
        QStringLiteral(
            "WITH RECURSIVE up AS ("
            " SELECT u.id, u.parent_id FROM saraban.units u"
            " JOIN saraban.drafts d ON d.unit_id = u.id WHERE d.id = :id"
            " UNION ALL"
            " SELECT p.id, p.parent_id FROM saraban.units p JOIN up ON p.id = up.parent_id)"
            " SELECT t.id, t.name_lo, t.name_en FROM saraban.chain_templates t"
            " WHERE t.active AND t.unit_id IN (SELECT id FROM up)"
            " AND (t.letter_type_id IS NULL OR t.letter_type_id IS NOT DISTINCT FROM"
            " (SELECT letter_type_id FROM saraban.drafts WHERE id = :draft))"
            " ORDER BY t.name_lo, t.id"));
    query.bind(QStringLiteral(":id"), draftId).bind(QStringLiteral(":draft"), draftId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ChainChoice> choices;
    while (query.next()) {
        const QString english = query.value(2).toString();
        choices << ChainChoice{query.value(0).toInt(),
                               !lao && !english.isEmpty() ? english : query.value(1).toString()};
    }
    return choices;
}

Result<int> LetterDetailService::currentDraftVersion(qint64 draftId) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT current_version FROM saraban.drafts WHERE id = :id"));
    query.bind(QStringLiteral(":id"), draftId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next()) {
        return Error{QStringLiteral("draft.unknown"),
                     tr("This draft does not exist, or you may not see it."), QString()};
    }
    return query.value(0).toInt();
}

} // namespace saraban
