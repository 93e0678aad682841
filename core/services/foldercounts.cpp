#include "core/services/foldercounts.h"

#include "core/services/routingservice.h"
#include "core/services/serverquery.h"

namespace saraban {

Result<QList<InboxCount>> FolderCounts::read(const QSqlDatabase &database)
{
    auto counts = RoutingService(database).counts();
    if (!counts)
        return counts.error();
    QList<InboxCount> all = *counts;
    ServerQuery query(database, QStringLiteral("SELECT folder, total, unread, overdue"
                                               " FROM saraban.approval_counts()"));
    if (Status status = query.exec(); !status)
        return status.error();
    while (query.next()) {
        all << InboxCount{query.value(0).toString(), query.value(1).toLongLong(),
                          query.value(2).toLongLong(), query.value(3).toLongLong()};
    }
    return all;
}

} // namespace saraban
