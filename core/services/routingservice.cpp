#include "core/services/routingservice.h"

#include "core/services/serverquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saraban {

namespace {

QString roleCode(RoutingRole role)
{
    switch (role) {
    case RoutingRole::Action:
        return QStringLiteral("action");
    case RoutingRole::Copy:
        return QStringLiteral("copy");
    case RoutingRole::Information:
        return QStringLiteral("information");
    }
    return QString();
}

QList<qint64> idArray(const QVariant &value)
{
    // bigint[] arrives as its text form: {1,2,3}.
    QString text = value.toString();
    text.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    QList<qint64> ids;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        ids << part.toLongLong();
    return ids;
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : value.toDate();
}

InboxItem readItem(const ServerQuery &query)
{
    InboxItem item;
    item.itemKind = query.value(0).toString();
    item.itemId = query.value(1).toLongLong();
    if (!query.value(2).isNull())
        item.letterId = query.value(2).toLongLong();
    if (!query.value(3).isNull())
        item.draftId = query.value(3).toLongLong();
    item.number = query.value(4).toString();
    item.subject = query.value(5).toString();
    item.urgency = query.value(6).toInt();
    item.confidentiality = query.value(7).toInt();
    item.counterpart = query.value(8).toString();
    item.instruction = query.value(9).toString();
    item.state = query.value(10).toString();
    item.since = query.value(11).toDateTime();
    item.dueOn = dateOf(query.value(12));
    item.overdue = query.value(13).toBool();
    item.unread = query.value(14).toBool();
    return item;
}

const char itemColumns[] = "item_kind, item_id, letter_id, draft_id, number_text, subject, "
                           "urgency, confidentiality, counterpart, instruction, state, since, "
                           "due_on, overdue, unread";

} // namespace

RoutingService::RoutingService(QSqlDatabase database)
    : m_database(std::move(database))
{}

QString RoutingService::recipientsJson(const QList<RoutingRecipient> &recipients)
{
    QJsonArray array;
    for (const RoutingRecipient &recipient : recipients) {
        QJsonObject object;
        object.insert(recipient.kind == RoutingRecipient::Kind::Person ? QStringLiteral("person")
                                                                       : QStringLiteral("unit"),
                      recipient.code);
        object.insert(QStringLiteral("role"), roleCode(recipient.role));
        if (!recipient.instruction.isEmpty())
            object.insert(QStringLiteral("instruction"), recipient.instruction);
        if (recipient.dueOn)
            object.insert(QStringLiteral("due_on"), recipient.dueOn->toString(Qt::ISODate));
        else if (recipient.dueDays)
            object.insert(QStringLiteral("due_days"), *recipient.dueDays);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<qint64>> RoutingService::route(qint64 letterId,
                                            const QList<RoutingRecipient> &recipients)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.letter_route("
                                                 "CAST(:letter AS bigint), CAST(:to AS jsonb))"));
    query.bind(QStringLiteral(":letter"), letterId)
        .bind(QStringLiteral(":to"), recipientsJson(recipients));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return idArray(query.value(0));
}

Result<QDateTime> RoutingService::acknowledge(qint64 routingId)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.routing_acknowledge(CAST(:id AS bigint))"));
    query.bind(QStringLiteral(":id"), routingId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toDateTime();
}

Result<QList<qint64>> RoutingService::forward(qint64 routingId,
                                              const QList<RoutingRecipient> &recipients)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.routing_forward("
                                                 "CAST(:id AS bigint), CAST(:to AS jsonb))"));
    query.bind(QStringLiteral(":id"), routingId)
        .bind(QStringLiteral(":to"), recipientsJson(recipients));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return idArray(query.value(0));
}

Status RoutingService::returnToSender(qint64 routingId, const QString &reason)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.routing_return("
                                                 "CAST(:id AS bigint), CAST(:reason AS text))"));
    query.bind(QStringLiteral(":id"), routingId).bind(QStringLiteral(":reason"), reason);
    return query.exec();
}

Result<bool> RoutingService::complete(qint64 routingId, const QString &outcome)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.routing_complete("
                                                 "CAST(:id AS bigint), CAST(:outcome AS text))"));
    query.bind(QStringLiteral(":id"), routingId).bind(QStringLiteral(":outcome"), outcome);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toBool();
}

Status RoutingService::recall(qint64 routingId, const QString &reason)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.routing_recall("
                                                 "CAST(:id AS bigint), CAST(:reason AS text))"));
    query.bind(QStringLiteral(":id"), routingId)
        .bind(QStringLiteral(":reason"), reason.isEmpty() ? QVariant() : QVariant(reason));
    return query.exec();
}

Result<qint64> RoutingService::endorse(qint64 letterId, int unitId, const QString &text)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.letter_endorse(CAST(:letter AS bigint), "
                                     "CAST(:unit AS integer), CAST(:text AS text))"));
    query.bind(QStringLiteral(":letter"), letterId)
        .bind(QStringLiteral(":unit"), unitId)
        .bind(QStringLiteral(":text"), text);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toLongLong();
}

Result<qint64> RoutingService::comment(qint64 letterId, const QString &text)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.letter_comment("
                                                 "CAST(:letter AS bigint), CAST(:text AS text))"));
    query.bind(QStringLiteral(":letter"), letterId).bind(QStringLiteral(":text"), text);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toLongLong();
}

Result<int> RoutingService::runReminders()
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.routing_reminders_run()"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toInt();
}

Result<QList<LetterHolder>> RoutingService::holders(qint64 letterId) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT routing_id, person_id, unit_id, holder, role, state, "
                                     "since, due_on, overdue "
                                     "FROM saraban.letter_holders(CAST(:letter AS bigint))"));
    query.bind(QStringLiteral(":letter"), letterId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<LetterHolder> holders;
    while (query.next()) {
        LetterHolder holder;
        holder.routingId = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            holder.personId = query.value(1).toInt();
        if (!query.value(2).isNull())
            holder.unitId = query.value(2).toInt();
        holder.name = query.value(3).toString();
        holder.role = query.value(4).toString();
        holder.state = query.value(5).toString();
        holder.since = query.value(6).toDateTime();
        holder.dueOn = dateOf(query.value(7));
        holder.overdue = query.value(8).toBool();
        holders << holder;
    }
    return holders;
}

Result<QList<TimelineEvent>> RoutingService::timeline(qint64 letterId, const TimelineKey &after,
                                                      int limit) const
{
    ServerQuery query(
        m_database,
        QStringLiteral("SELECT event_id, at, kind, actor, on_behalf_of, routing_id, counterpart, "
                       "routing_role, text, due_on FROM saraban.letter_timeline("
                       "CAST(:letter AS bigint), CAST(:after_at AS timestamptz), "
                       "CAST(:after_id AS bigint), CAST(:limit AS integer))"));
    query.bind(QStringLiteral(":letter"), letterId)
        .bind(QStringLiteral(":after_at"), after.isValid() ? QVariant(after.at) : QVariant())
        .bind(QStringLiteral(":after_id"), after.isValid() ? QVariant(after.id) : QVariant())
        .bind(QStringLiteral(":limit"), limit);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<TimelineEvent> events;
    while (query.next()) {
        TimelineEvent event;
        event.id = query.value(0).toLongLong();
        event.at = query.value(1).toDateTime();
        event.kind = query.value(2).toString();
        event.actor = query.value(3).toString();
        event.onBehalfOf = query.value(4).toString();
        if (!query.value(5).isNull())
            event.routingId = query.value(5).toLongLong();
        event.counterpart = query.value(6).toString();
        event.routingRole = query.value(7).toString();
        event.text = query.value(8).toString();
        event.dueOn = dateOf(query.value(9));
        events << event;
    }
    return events;
}

Result<QList<InboxCount>> RoutingService::counts() const
{
    ServerQuery query(m_database, QStringLiteral("SELECT folder, total, unread, overdue "
                                                 "FROM saraban.inbox_counts()"));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<InboxCount> counts;
    while (query.next()) {
        counts << InboxCount{query.value(0).toString(), query.value(1).toLongLong(),
                             query.value(2).toLongLong(), query.value(3).toLongLong()};
    }
    return counts;
}

Result<QList<InboxItem>> RoutingService::itemPage(const QString &sql,
                                                  const QList<QVariant> &leading,
                                                  const InboxKey &after, int limit) const
{
    ServerQuery query(m_database, sql);
    for (qsizetype i = 0; i < leading.size(); ++i)
        query.bind(QStringLiteral(":p%1").arg(i), leading.at(i));
    query.bind(QStringLiteral(":after_since"), after.isValid() ? QVariant(after.since) : QVariant())
        .bind(QStringLiteral(":after_id"), after.isValid() ? QVariant(after.itemId) : QVariant())
        .bind(QStringLiteral(":limit"), qBound(1, limit, maximumPageSize));
    if (Status status = query.exec(); !status)
        return status.error();
    QList<InboxItem> items;
    while (query.next())
        items << readItem(query);
    return items;
}

Result<QList<InboxItem>> RoutingService::inboxPage(const QString &folder, const InboxKey &after,
                                                   int limit) const
{
    return itemPage(QStringLiteral("SELECT %1 FROM saraban.inbox_page(CAST(:p0 AS text), "
                                   "CAST(:after_since AS timestamptz), CAST(:after_id AS bigint), "
                                   "CAST(:limit AS integer))")
                        .arg(QLatin1String(itemColumns)),
                    {folder}, after, limit);
}

Result<QList<InboxItem>> RoutingService::overduePage(int unitId, bool includeSubunits,
                                                     const InboxKey &after, int limit) const
{
    return itemPage(QStringLiteral("SELECT %1 FROM saraban.overdue_page(CAST(:p0 AS integer), "
                                   "CAST(:p1 AS boolean), CAST(:after_since AS timestamptz), "
                                   "CAST(:after_id AS bigint), CAST(:limit AS integer))")
                        .arg(QLatin1String(itemColumns)),
                    {unitId, includeSubunits}, after, limit);
}

Result<QList<InboxItem>> RoutingService::approvalsPage(const QString &folder, const InboxKey &after,
                                                       int limit) const
{
    return itemPage(QStringLiteral("SELECT %1 FROM saraban.approvals_page(CAST(:p0 AS text), "
                                   "CAST(:after_since AS timestamptz), CAST(:after_id AS bigint), "
                                   "CAST(:limit AS integer))")
                        .arg(QLatin1String(itemColumns)),
                    {folder}, after, limit);
}

} // namespace saraban
