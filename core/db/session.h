#pragma once

// One way in for every front end: a session on Saraban's private local server (started or
// adopted on demand) or on a shared server given by a connection string. The GUI and
// saraban-admin use the same steps:
//   startServer()   may block for seconds (initdb on first run): call it off the GUI thread
//   prepareSchema() brings a private database up to date; a shared one is only checked
//   connect()       opens the session's connection, owned by the calling thread
//   shutdown()      closes it and stops the private server when no other Saraban process
//                   uses it
#include "core/db/connectionprofile.h"
#include "core/db/localserver.h"
#include "core/db/migrator.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace saraban {

struct ServerStatus
{
    QString serverVersion;  // "PostgreSQL 15.14"
    QString database;       // current_database()
    QString user;           // current_user
    QString installationId; // saraban.installation, empty before migration 0001
    SchemaState schema;
    QString dataDirectory; // where the private server keeps its files; empty for shared
    QString location;      // the socket directory, or host:port of a shared server
};

class DatabaseSession
{
    Q_DECLARE_TR_FUNCTIONS(saraban::DatabaseSession)

public:
    // A session on the private local server.
    explicit DatabaseSession(LocalServerOptions options);
    // A session on a shared server.
    explicit DatabaseSession(ConnectionProfile shared);
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    bool isLocal() const { return m_local != nullptr; }
    // Where the server is, as its owner (private server) or the connection string gave it.
    ConnectionProfile profile() const;
    // Who signs in: a person's login and password. Without credentials the session connects as
    // profile() does, which on the private server is its owner (who sees everything).
    void setCredentials(const QString &user, const QString &password);
    bool hasCredentials() const { return !m_user.isEmpty(); }
    // profile() with the signed-in person and their password: what connections open.
    ConnectionProfile signInProfile() const;
    LocalServer *localServer() const { return m_local.get(); }

    Status startServer();
    // Private server: applies pending migrations. Shared server: refuses a schema that is
    // older or newer than this client, since only an administrator migrates a shared server.
    Status prepareSchema();
    Status connect(const QString &connectionName);
    bool isConnected() const;
    // The connection opened by connect(); use it only on the thread that called connect().
    QSqlDatabase database() const;
    // On the session's connection: apply pending migrations (how many were applied), or read
    // what `saraban-admin status` and the About box show.
    Result<int> migrate();
    Result<SchemaState> schemaState() const;
    Result<ServerStatus> status() const;
    Status shutdown();

private:
    std::unique_ptr<LocalServer> m_local;
    ConnectionProfile m_shared;
    QString m_connectionName;
    QString m_user;
    QString m_password;
};

} // namespace saraban
