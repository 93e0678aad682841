#pragma once

// The numbers beside the inbox folders (FolderCounts: routings and approvals), read through the
// DbWorker and read again whenever the server announces a change for the person, an action
// here changed something, or the connection comes back. No timer: NOTIFY drives it.
#include "core/db/dbworker.h"
#include "core/domain/inboxitem.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace saraban {
class NotificationListener;
}

namespace saraban::ui {

class FolderCounter : public QObject
{
    Q_OBJECT

public:
    explicit FolderCounter(DbWorker *worker, QObject *parent = nullptr);

    void watch(NotificationListener *listener);
    // Folder name -> its numbers, as last read.
    const QHash<QString, InboxCount> &counts() const { return m_counts; }
    // "12" or "3/12" (unread of total); empty when the folder is empty.
    QString badge(const QString &folder) const;

public slots:
    void reload();

signals:
    void countsChanged();

private:
    DbWorker *m_worker;
    DbWorker::RequestId m_pending = 0;
    bool m_again = false;
    QHash<QString, InboxCount> m_counts;
    QPointer<NotificationListener> m_listener;
};

} // namespace saraban::ui
