#include "core/services/letterquery.h"

#include "core/services/serverquery.h"

#include <limits>

namespace saraban {

LetterQuery::LetterQuery(QSqlDatabase database)
    : m_database(std::move(database))
{}

LetterQuery::~LetterQuery() = default;
LetterQuery::LetterQuery(LetterQuery &&) noexcept = default;
LetterQuery &LetterQuery::operator=(LetterQuery &&) noexcept = default;

Result<QList<LetterSummary>> LetterQuery::page(const LetterFilter &filter, const PageKey &after,
                                               int limit) const
{
    if (!m_query) {
        m_query = std::make_unique<ServerQuery>(
            m_database,
            QStringLiteral(
                "SELECT id, register_id, direction, number_text, registered_at, registered_on, "
                "letter_date, received_on, sent_on, their_number, subject, correspondents, "
                "letter_type_id, urgency, confidentiality, status, has_file "
                "FROM saraban.letters_page("
                "p_register_id => CAST(:register AS integer), p_text => CAST(:text AS text), "
                "p_number => CAST(:number AS text), p_number_prefix => CAST(:prefix AS boolean), "
                "p_date_from => CAST(:date_from AS date), p_date_to => CAST(:date_to AS date), "
                "p_letter_type_id => CAST(:letter_type AS integer), "
                "p_status => CAST(:status AS text), p_direction => CAST(:direction AS text), "
                "p_after_at => CAST(:after_at AS timestamptz), "
                "p_after_id => CAST(:after_id AS bigint), p_limit => CAST(:limit AS integer))"));
    }
    ServerQuery &query = *m_query;
    // "Registered on or before a date" alone is a filter the server checks row by row while it
    // walks the register newest first: a date far back read hundreds of thousands of rows.
    // Starting the walk at a key just after that day makes the index skip them. Two days after
    // the date at midnight UTC lies after the day's end in every time zone, and the server
    // still applies the exact date, so no letter is lost or added.
    PageKey start = after;
    if (!start.isValid() && filter.to.isValid()) {
        start = PageKey{QDateTime(filter.to.addDays(2), QTime(0, 0), Qt::UTC),
                        std::numeric_limits<qint64>::max()};
    }
    const auto textOrNull = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    query
        .bind(QStringLiteral(":register"),
              filter.registerId ? QVariant(*filter.registerId) : QVariant())
        .bind(QStringLiteral(":text"), textOrNull(filter.text))
        .bind(QStringLiteral(":number"), textOrNull(filter.number))
        .bind(QStringLiteral(":prefix"), filter.numberPrefix)
        .bind(QStringLiteral(":date_from"),
              filter.from.isValid() ? QVariant(filter.from) : QVariant())
        .bind(QStringLiteral(":date_to"), filter.to.isValid() ? QVariant(filter.to) : QVariant())
        .bind(QStringLiteral(":letter_type"),
              filter.letterTypeId ? QVariant(*filter.letterTypeId) : QVariant())
        .bind(QStringLiteral(":status"), textOrNull(filter.status))
        .bind(QStringLiteral(":direction"),
              filter.direction ? QVariant(DirectionText::code(*filter.direction)) : QVariant())
        // Sent as UTC text with milliseconds, so the key is exact whatever the session's zone.
        .bind(QStringLiteral(":after_at"),
              start.isValid() ? QVariant(start.registeredAt.toUTC().toString(Qt::ISODateWithMs))
                              : QVariant())
        .bind(QStringLiteral(":after_id"), start.isValid() ? QVariant(start.id) : QVariant())
        .bind(QStringLiteral(":limit"), limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<LetterSummary> letters;
    while (query.next()) {
        LetterSummary letter;
        letter.id = query.value(0).toLongLong();
        letter.registerId = query.value(1).toInt();
        letter.direction =
            DirectionText::fromCode(query.value(2).toString()).value_or(Direction::Internal);
        letter.number = query.value(3).toString();
        letter.registeredAt = query.value(4).toDateTime();
        letter.registeredOn = query.value(5).toDate();
        letter.letterDate = query.value(6).toDate();
        letter.receivedOn = query.value(7).toDate();
        letter.sentOn = query.value(8).toDate();
        letter.theirNumber = query.value(9).toString();
        letter.subject = query.value(10).toString();
        letter.correspondents = query.value(11).toString();
        if (!query.value(12).isNull())
            letter.letterTypeId = query.value(12).toInt();
        letter.urgency = query.value(13).toInt();
        letter.confidentiality = query.value(14).toInt();
        letter.status = query.value(15).toString();
        letter.hasFile = query.value(16).toBool();
        letters << letter;
    }
    return letters;
}

} // namespace saraban
