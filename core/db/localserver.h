#pragma once

// Saraban's private PostgreSQL cluster, used when no shared server is configured, and by the
// tests to get a throwaway cluster through the very same code.
//
// Layout of the base directory:
//   server.lock   held exclusively while a process starts or stops the server, so two
//                 Saraban processes never race each other into starting two servers
//   clients.lock  held shared by every process that uses the server; the process that leaves
//                 last (it can take it exclusively) stops the server
//   pgdata/       the cluster (UTF-8, C.UTF-8 locale), owned by the server's user
//   run/          the Unix socket; the server listens on no TCP port at all
//   log/          the server's log, shown when a start fails
//
// Authentication: people sign in with SCRAM passwords. The OS account that owns the private
// server reaches the cluster's superuser ("saraban") by peer authentication over the socket,
// so no superuser password is ever written to disk.
//
// Crash recovery: a postmaster.pid left by a dead server (or whose PID now belongs to some
// other process, after a reboot) is recognised and removed; a live server left behind by a
// killed client is adopted instead of starting a second one.
#include "core/db/connectionprofile.h"
#include "core/db/servertools.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saraban {

struct LocalServerOptions
{
    QString baseDirectory; // empty: defaultBaseDirectory()
    int port = 5432;       // names the socket file only: there is no TCP listener
    QString database = QStringLiteral("saraban");
    bool throwaway = false; // tests: no fsync, nothing durable
    int startTimeoutSeconds = 60;
};

class LocalServer
{
    Q_DECLARE_TR_FUNCTIONS(saraban::LocalServer)

public:
    static constexpr const char *superuser = "saraban";

    explicit LocalServer(LocalServerOptions options = {});
    ~LocalServer();
    LocalServer(const LocalServer &) = delete;
    LocalServer &operator=(const LocalServer &) = delete;

    // Creates the cluster on first use, starts it (or adopts the one already running on this
    // directory), waits until it accepts connections and makes sure the database exists.
    Status start();
    // Lets go of the server; stops it (fast, then immediate) when no other process uses it.
    Status stop();

    bool isRunning() const { return m_clientsLock >= 0; }
    // True when start() found the server already running and adopted it.
    bool adopted() const { return m_adopted; }
    // True when start() had to create the cluster.
    bool initialised() const { return m_initialised; }

    QString baseDirectory() const { return m_options.baseDirectory; }
    QString dataDirectory() const;
    QString socketDirectory() const;
    QString logFile() const;
    int port() const { return m_options.port; }

    // How to connect as the cluster's superuser to the Saraban database.
    ConnectionProfile profile() const;

    // $SARABAN_DATA_DIR/server, or ~/.local/share/saraban/server. As root, when the postgres
    // user cannot reach that (a mode-700 home), /var/lib/saraban/server-root instead.
    static QString defaultBaseDirectory();

    enum class PidFileState { Absent, Live, Stale };
    // What the server's postmaster.pid says: a live server of this directory, or a leftover.
    PidFileState inspectPidFile(qint64 *pid = nullptr) const;

private:
    Status prepareDirectories();
    Status initialise();
    Status writeConfiguration();
    Status startServer();
    Status waitUntilAccepting();
    Status ensureDatabase();
    Status stopServer();
    Error commandError(const QString &code, const QString &message,
                       const CommandResult &result) const;
    QString serverLogTail() const;

    LocalServerOptions m_options;
    std::optional<ServerTools> m_tools;
    int m_serverLock = -1;
    int m_clientsLock = -1;
    bool m_adopted = false;
    bool m_initialised = false;
};

} // namespace saraban
