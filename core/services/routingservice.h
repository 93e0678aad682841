#pragma once

// Routing, tracking and the inbox: the C++ face of the functions of core/schema/0009_routing.sql
// (the state machine and every rule live there). One call is one server transaction; refusals
// come back as Errors with the server's stable code ("routing.already_done"...), in the
// interface language.
#include "core/domain/inboxitem.h"
#include "core/domain/routingrecipient.h"
#include "core/domain/timelineevent.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace saraban {

class RoutingService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::RoutingService)

public:
    static constexpr int maximumPageSize = 500;

    explicit RoutingService(QSqlDatabase database);

    // Sends a registered letter (clerks and heads of its register's unit); the new routing ids.
    Result<QList<qint64>> route(qint64 letterId, const QList<RoutingRecipient> &recipients);
    // Records receipt; the time the server recorded.
    Result<QDateTime> acknowledge(qint64 routingId);
    Result<QList<qint64>> forward(qint64 routingId, const QList<RoutingRecipient> &recipients);
    Status returnToSender(qint64 routingId, const QString &reason);
    // True when this completion closed the letter.
    Result<bool> complete(qint64 routingId, const QString &outcome);
    Status recall(qint64 routingId, const QString &reason = QString());
    Result<qint64> endorse(qint64 letterId, int unitId, const QString &text);
    Result<qint64> comment(qint64 letterId, const QString &text);
    // Sends the due reminders not sent yet; how many went out.
    Result<int> runReminders();

    Result<QList<LetterHolder>> holders(qint64 letterId) const;
    Result<QList<TimelineEvent>> timeline(qint64 letterId, const TimelineKey &after = {},
                                          int limit = 200) const;
    Result<QList<InboxCount>> counts() const;

    // Pages, newest first, after `after` when it is valid. Each is one statement on the
    // connection given, so a worker thread with its own connection can run them.
    // Folders of inboxPage: to_act, for_information, overdue, sent, following.
    Result<QList<InboxItem>> inboxPage(const QString &folder, const InboxKey &after = {},
                                       int limit = 50) const;
    Result<QList<InboxItem>> overduePage(int unitId, bool includeSubunits,
                                         const InboxKey &after = {}, int limit = 50) const;
    // The approvals folders (to_approve, my_drafts) of saraban.approvals_page() (0010).
    Result<QList<InboxItem>> approvalsPage(const QString &folder, const InboxKey &after = {},
                                           int limit = 50) const;

    // The JSON the server takes for a list of recipients.
    static QString recipientsJson(const QList<RoutingRecipient> &recipients);

private:
    Result<QList<InboxItem>> itemPage(const QString &sql, const QList<QVariant> &leading,
                                      const InboxKey &after, int limit) const;

    QSqlDatabase m_database;
};

} // namespace saraban
