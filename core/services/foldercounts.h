#pragma once

// The numbers beside the inbox folders: saraban.inbox_counts() (0009) and
// saraban.approval_counts() (0010) in one list, one entry per folder. Run on a DbWorker.
#include "core/domain/inboxitem.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace saraban {

class FolderCounts
{
public:
    static Result<QList<InboxCount>> read(const QSqlDatabase &database);
};

} // namespace saraban
