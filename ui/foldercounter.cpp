#include "ui/foldercounter.h"

#include "core/db/notificationlistener.h"
#include "core/services/foldercounts.h"

namespace saraban::ui {

FolderCounter::FolderCounter(DbWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    connect(m_worker, &DbWorker::connected, this, &FolderCounter::reload);
}

void FolderCounter::watch(NotificationListener *listener)
{
    if (m_listener)
        disconnect(m_listener, nullptr, this, nullptr);
    m_listener = listener;
    if (listener)
        connect(listener, &NotificationListener::inboxChanged, this, &FolderCounter::reload);
}

void FolderCounter::reload()
{
    // A burst of notifications costs one read in flight and at most one more after it.
    if (m_pending) {
        m_again = true;
        return;
    }
    m_pending = m_worker->post(
        this, [](const auto &database) { return FolderCounts::read(database); },
        [this](Result<QList<InboxCount>> counts) {
            m_pending = 0;
            if (counts) {
                m_counts.clear();
                for (const InboxCount &count : *counts)
                    m_counts.insert(count.folder, count);
                emit countsChanged();
            }
            if (std::exchange(m_again, false))
                reload();
        });
}

QString FolderCounter::badge(const QString &folder) const
{
    const InboxCount count = m_counts.value(folder);
    if (count.total == 0)
        return QString();
    if (count.unread > 0)
        return QStringLiteral("%1/%2").arg(count.unread).arg(count.total);
    return QString::number(count.total);
}

} // namespace saraban::ui
