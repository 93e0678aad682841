#pragma once

// The live side of the workspace: a connection of its own, opened from the signed-in profile
// and used for nothing but LISTEN, with the NotificationListener on it (which wants exactly
// that). Both live on a thread of their own, so neither connecting (up to the connect timeout
// on a slow network) nor the listener's first query ever blocks the GUI thread; the listener's
// signals reach receivers on other threads queued, through their event loops.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QThread;

namespace saraban {

class NotificationListener;

class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    explicit LiveUpdates(ConnectionProfile profile, QObject *parent = nullptr);
    // Closes the connection on its thread and stops the thread.
    ~LiveUpdates() override;

    // Opens the connection on the live thread; ready() or failed() follows. Called again (after
    // a reconnection) while the connection is still good, it does nothing; otherwise a new
    // listener comes with ready(): watch that one. A replaced listener is kept (stopped) until
    // this object goes, so a ready() still on its way never carries a deleted object.
    void start();

signals:
    // The listener to watch; it lives on the live thread.
    void ready(saraban::NotificationListener *listener);
    void failed(const saraban::Error &error);

private:
    ConnectionProfile m_profile;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread
    // Touched only on m_thread.
    NotificationListener *m_listener = nullptr;
    QList<NotificationListener *> m_retired;
    QStringList m_retiredConnections;
    int m_generation = 0;
};

} // namespace saraban
