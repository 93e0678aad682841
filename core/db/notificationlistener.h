#pragma once

// Live updates without polling: LISTENs, through QSqlDriver::subscribeToNotification, on the
// channels of core/schema/0008_acting.sql (the caller's saraban_inbox_<person id>,
// saraban_letter, saraban_draft) and turns their id-only payloads into signals. Whoever
// receives a signal re-reads what changed through the server's visibility rules.
//
// Give it a connection of its own, used for nothing else: the PostgreSQL driver reads
// notifications when the connection's socket becomes readable, and a query running on the
// same connection could consume them first. Notifications arrive on the thread that owns the
// connection, through its event loop, and only for transactions that committed.
#include "core/util/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

#include <optional>

namespace saraban {

class NotificationListener : public QObject
{
    Q_OBJECT

public:
    explicit NotificationListener(QSqlDatabase database, QObject *parent = nullptr);
    ~NotificationListener() override;

    // Finds out who the connection belongs to and subscribes to their channels.
    Status start();
    void stop();
    bool isListening() const { return !m_channels.isEmpty(); }
    // The signed-in person's id, once started (nullopt for a superuser who is not a person).
    std::optional<int> personId() const { return m_personId; }

signals:
    // Something arrived or changed in the person's inbox: kind is "routing", "approval",
    // "draft", "letter" or "acting"; id is that thing's id.
    void inboxChanged(const QString &kind, qint64 id);
    void letterChanged(qint64 letterId);
    void draftChanged(qint64 draftId);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);

    QSqlDatabase m_database;
    QStringList m_channels;
    std::optional<int> m_personId;
    QMetaObject::Connection m_connection;
};

} // namespace saraban
