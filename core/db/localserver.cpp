#include "core/db/localserver.h"

#include "core/db/database.h"
#include "core/logging.h"
#include "core/util/paths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace saraban {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Opens a lock file close-on-exec: pg_ctl and the postmaster it forks must never inherit
// (and so keep holding) our locks.
int openLockFile(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

// flock with a deadline, so a stuck process holding the lock gives an error, not a hang.
bool lockWithDeadline(int fd, int operation, int seconds)
{
    QDeadlineTimer deadline(seconds * 1000);
    while (::flock(fd, operation | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return false;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(50);
    }
    return true;
}

Status writeFile(const QString &path, const QByteArray &content, const ServerTools &tools)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) < 0) {
        return Error{QStringLiteral("server.config"),
                     LocalServer::tr("Cannot write %1: %2").arg(path, file.errorString()),
                     QString()};
    }
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return tools.handOver(path);
}

QString currentUserName()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::geteuid());
}

QString quoteConfig(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

LocalServer::LocalServer(LocalServerOptions options)
    : m_options(std::move(options))
{
    if (m_options.baseDirectory.isEmpty())
        m_options.baseDirectory = defaultBaseDirectory();
    m_options.baseDirectory = QDir(m_options.baseDirectory).absolutePath();
}

LocalServer::~LocalServer()
{
    if (isRunning()) {
        const Status status = stop();
        if (!status.ok())
            qCWarning(lcServer).noquote() << status.error().toString();
    }
}

QString LocalServer::defaultBaseDirectory()
{
    const QString preferred = paths::dataDirectory() + QStringLiteral("/server");
    if (::geteuid() != 0 || !qEnvironmentVariableIsEmpty("SARABAN_DATA_DIR"))
        return preferred;
    const auto tools = ServerTools::locate();
    if (tools.ok() && !tools->serverUserCanReach(QFileInfo(preferred).path()))
        return QStringLiteral("/var/lib/saraban/server-root");
    return preferred;
}

QString LocalServer::dataDirectory() const
{
    return m_options.baseDirectory + QStringLiteral("/pgdata");
}

QString LocalServer::socketDirectory() const
{
    return m_options.baseDirectory + QStringLiteral("/run");
}

QString LocalServer::logFile() const
{
    return m_options.baseDirectory + QStringLiteral("/log/postgresql.log");
}

ConnectionProfile LocalServer::profile() const
{
    return ConnectionProfile::forLocalServer(socketDirectory(), m_options.port, m_options.database,
                                             QString::fromLatin1(superuser),
                                             m_options.baseDirectory);
}

Status LocalServer::start()
{
    if (isRunning())
        return {};
    m_adopted = false;
    m_initialised = false;

    auto tools = ServerTools::locate();
    if (!tools)
        return tools.error();
    m_tools = *tools;

    if (Status status = prepareDirectories(); !status)
        return status;

    m_serverLock = openLockFile(m_options.baseDirectory + QStringLiteral("/server.lock"));
    if (m_serverLock < 0) {
        return Error{
            QStringLiteral("server.lock"),
            tr("Cannot open the lock file in %1: %2").arg(m_options.baseDirectory, systemError()),
            QString()};
    }
    const auto releaseServerLock = qScopeGuard([this] {
        ::flock(m_serverLock, LOCK_UN);
        ::close(m_serverLock);
        m_serverLock = -1;
    });
    if (!lockWithDeadline(m_serverLock, LOCK_EX, m_options.startTimeoutSeconds)) {
        return Error{QStringLiteral("server.lock"),
                     tr("Another Saraban process is still starting or stopping the private "
                        "server in %1.")
                         .arg(m_options.baseDirectory),
                     QString()};
    }

    if (!QFileInfo::exists(dataDirectory() + QStringLiteral("/PG_VERSION"))) {
        if (Status status = initialise(); !status)
            return status;
        m_initialised = true;
    }
    if (Status status = writeConfiguration(); !status)
        return status;

    qint64 pid = 0;
    switch (inspectPidFile(&pid)) {
    case PidFileState::Live:
        qCInfo(lcServer) << "adopting the running server" << pid << "of" << dataDirectory();
        m_adopted = true;
        break;
    case PidFileState::Stale:
        qCWarning(lcServer) << "removing the stale postmaster.pid of process" << pid;
        if (!QFile::remove(dataDirectory() + QStringLiteral("/postmaster.pid"))) {
            return Error{
                QStringLiteral("server.stalepid"),
                tr("Cannot remove the stale lock file %1/postmaster.pid.").arg(dataDirectory()),
                QString()};
        }
        // The socket's lock file names the same dead postmaster, and PostgreSQL refuses to
        // start while that PID exists (a zombie not yet reaped, or a PID reused after a
        // reboot). The socket directory is this server's alone, so the leftovers are ours.
        QFile::remove(socketDirectory() + QStringLiteral("/.s.PGSQL.%1.lock").arg(m_options.port));
        QFile::remove(socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(m_options.port));
        [[fallthrough]];
    case PidFileState::Absent:
        if (Status status = startServer(); !status)
            return status;
        break;
    }

    if (Status status = waitUntilAccepting(); !status)
        return status;
    if (Status status = ensureDatabase(); !status)
        return status;

    m_clientsLock = openLockFile(m_options.baseDirectory + QStringLiteral("/clients.lock"));
    if (m_clientsLock < 0 || ::flock(m_clientsLock, LOCK_SH) != 0) {
        return Error{QStringLiteral("server.lock"),
                     tr("Cannot take the clients lock in %1: %2")
                         .arg(m_options.baseDirectory, systemError()),
                     QString()};
    }
    return {};
}

Status LocalServer::stop()
{
    if (!isRunning())
        return {};
    const int serverLock = openLockFile(m_options.baseDirectory + QStringLiteral("/server.lock"));
    if (serverLock >= 0)
        lockWithDeadline(serverLock, LOCK_EX, m_options.startTimeoutSeconds);

    // Trade our shared hold for an exclusive one: that succeeds only if no other process still
    // uses the server, and then we are the one to stop it.
    ::flock(m_clientsLock, LOCK_UN);
    const bool last = ::flock(m_clientsLock, LOCK_EX | LOCK_NB) == 0;
    Status status;
    if (last)
        status = stopServer();
    else
        qCInfo(lcServer) << "leaving the private server running for another Saraban process";
    ::flock(m_clientsLock, LOCK_UN);
    ::close(m_clientsLock);
    m_clientsLock = -1;

    if (serverLock >= 0) {
        ::flock(serverLock, LOCK_UN);
        ::close(serverLock);
    }
    return status;
}

Status LocalServer::prepareDirectories()
{
    const ServerTools &tools = *m_tools;
    QDir base(m_options.baseDirectory);
    if (!base.mkpath(QStringLiteral("."))) {
        return Error{QStringLiteral("server.directory"),
                     tr("Cannot create the directory %1.").arg(m_options.baseDirectory), QString()};
    }
    // Private to us; as root the postgres user needs to pass through (but not list it).
    const QByteArray native = QFile::encodeName(m_options.baseDirectory);
    ::chmod(native.constData(), tools.runsAsServiceUser() ? 0711 : 0700);
    if (!tools.serverUserCanReach(m_options.baseDirectory)) {
        return Error{QStringLiteral("server.directory"),
                     tr("The postgres user cannot reach %1: a parent directory is closed to it. "
                        "Choose another place with SARABAN_DATA_DIR.")
                         .arg(m_options.baseDirectory),
                     QString()};
    }
    for (const QString &path : {socketDirectory(), QFileInfo(logFile()).path()}) {
        if (!QDir().mkpath(path)) {
            return Error{QStringLiteral("server.directory"),
                         tr("Cannot create the directory %1.").arg(path), QString()};
        }
        ::chmod(QFile::encodeName(path).constData(), 0700);
        if (Status status = tools.handOver(path); !status)
            return status;
    }
    // A Unix socket path is limited to 107 bytes; fail with a clear reason rather than a
    // cryptic server error.
    const QString socketPath =
        socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(m_options.port);
    if (QFile::encodeName(socketPath).size() > 107) {
        return Error{QStringLiteral("server.socketpath"),
                     tr("The path %1 is too long for a Unix socket. Choose a shorter data "
                        "directory with SARABAN_DATA_DIR.")
                         .arg(socketPath),
                     QString()};
    }
    return {};
}

Status LocalServer::initialise()
{
    const ServerTools &tools = *m_tools;
    // A data directory without PG_VERSION is the remains of an interrupted initdb.
    QDir leftover(dataDirectory());
    if (leftover.exists() && !leftover.removeRecursively()) {
        return Error{QStringLiteral("server.initdb"),
                     tr("Cannot remove the unfinished cluster in %1.").arg(dataDirectory()),
                     QString()};
    }
    if (!QDir().mkpath(dataDirectory())) {
        return Error{QStringLiteral("server.initdb"),
                     tr("Cannot create the directory %1.").arg(dataDirectory()), QString()};
    }
    ::chmod(QFile::encodeName(dataDirectory()).constData(), 0700);
    if (Status status = tools.handOver(dataDirectory()); !status)
        return status;

    QStringList arguments{QStringLiteral("--pgdata=") + dataDirectory(),
                          QStringLiteral("--encoding=UTF8"),
                          QStringLiteral("--locale=C.UTF-8"),
                          QStringLiteral("--username=") + QString::fromLatin1(superuser),
                          QStringLiteral("--auth-local=peer"),
                          QStringLiteral("--auth-host=reject"),
                          QStringLiteral("--no-instructions")};
    if (m_options.throwaway)
        arguments << QStringLiteral("--no-sync");
    qCInfo(lcServer) << "creating the private cluster in" << dataDirectory();
    const CommandResult result = tools.run(QStringLiteral("initdb"), arguments, 180000);
    if (!result.succeeded()) {
        return commandError(QStringLiteral("server.initdb"),
                            tr("Creating the private database cluster failed."), result);
    }

    // Pull in our own settings file, rewritten at every start (writeConfiguration()).
    QFile config(dataDirectory() + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::Append) ||
        config.write("\n# Saraban's settings for its private server.\n"
                     "include_if_exists = 'saraban.conf'\n") < 0) {
        return Error{QStringLiteral("server.config"),
                     tr("Cannot write %1: %2").arg(config.fileName(), config.errorString()),
                     QString()};
    }
    return {};
}

Status LocalServer::writeConfiguration()
{
    const ServerTools &tools = *m_tools;
    QByteArray settings = "# Written by Saraban at every start; edits here are overwritten.\n"
                          "listen_addresses = ''\n"
                          "port = " +
                          QByteArray::number(m_options.port) +
                          "\n"
                          "unix_socket_directories = " +
                          quoteConfig(socketDirectory()).toUtf8() +
                          "\n"
                          "unix_socket_permissions = 0700\n"
                          "password_encryption = 'scram-sha-256'\n"
                          "lc_messages = 'C'\n"
                          "max_connections = 100\n"
                          "log_line_prefix = '%m [%p] %q%u@%d '\n";
    if (m_options.throwaway) {
        settings += "# A throwaway cluster for tests: nothing here needs to survive a crash.\n"
                    "fsync = off\n"
                    "synchronous_commit = off\n"
                    "full_page_writes = off\n";
    }
    if (Status status =
            writeFile(dataDirectory() + QStringLiteral("/saraban.conf"), settings, tools);
        !status)
        return status;

    const QByteArray hba = "# Written by Saraban. The server listens on its Unix socket only.\n"
                           "# The OS account that owns this private server is its superuser,\n"
                           "# by peer authentication: no superuser password is stored anywhere.\n"
                           "local all saraban peer map=owner\n"
                           "# Everyone else signs in with a SCRAM password.\n"
                           "local all all scram-sha-256\n";
    if (Status status = writeFile(dataDirectory() + QStringLiteral("/pg_hba.conf"), hba, tools);
        !status)
        return status;

    const QByteArray ident = "# Written by Saraban: the owner of this private server.\n"
                             "owner " +
                             currentUserName().toUtf8() + " saraban\n";
    return writeFile(dataDirectory() + QStringLiteral("/pg_ident.conf"), ident, tools);
}

LocalServer::PidFileState LocalServer::inspectPidFile(qint64 *pid) const
{
    QFile file(dataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return PidFileState::Absent;
    const QList<QByteArray> lines = file.readAll().split('\n');
    const qint64 owner = lines.value(0).trimmed().toLongLong();
    if (pid)
        *pid = owner;
    if (owner <= 0)
        return PidFileState::Stale;
    // The PID may be alive but belong to another program: after a reboot PIDs are reused.
    // Only a postgres process whose data directory is ours counts.
    if (::kill(static_cast<pid_t>(owner), 0) != 0 && errno == ESRCH)
        return PidFileState::Stale;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(owner));
    if (!comm.open(QIODevice::ReadOnly))
        return PidFileState::Stale;
    const QByteArray name = comm.readAll().trimmed();
    if (name != "postgres" && name != "postmaster")
        return PidFileState::Stale;
    // The file's own line 2 always names us; what tells our postmaster from any other postgres
    // is where it works: a postmaster runs in its data directory. Another user's process cannot
    // be looked at, and is not ours either. Nor is a postmaster killed a moment ago that is
    // still a zombie (its parent, often init, reaps only now and then): it answers kill(0) and
    // keeps its name, but has no working directory any more.
    const QString dataPath = QFileInfo(dataDirectory()).canonicalFilePath();
    const QString recorded = QString::fromLocal8Bit(lines.value(1).trimmed());
    if (QFileInfo(recorded).canonicalFilePath() != dataPath)
        return PidFileState::Stale;
    const QString workingDirectory =
        QFileInfo(QStringLiteral("/proc/%1/cwd").arg(owner)).canonicalFilePath();
    if (workingDirectory != dataPath)
        return PidFileState::Stale;
    return PidFileState::Live;
}

Status LocalServer::startServer()
{
    const QStringList arguments{QStringLiteral("start"),
                                QStringLiteral("--pgdata=") + dataDirectory(),
                                QStringLiteral("--log=") + logFile(),
                                QStringLiteral("--wait"),
                                QStringLiteral("--timeout=%1").arg(m_options.startTimeoutSeconds),
                                QStringLiteral("--silent")};
    qCInfo(lcServer) << "starting the private server in" << dataDirectory();
    const CommandResult result = m_tools->run(QStringLiteral("pg_ctl"), arguments,
                                              (m_options.startTimeoutSeconds + 10) * 1000);
    if (!result.succeeded()) {
        return commandError(QStringLiteral("server.start"),
                            tr("The private database server did not start."), result);
    }
    return {};
}

Status LocalServer::waitUntilAccepting()
{
    const QByteArray conninfo =
        profile().withDatabase(QStringLiteral("postgres")).connInfo().toUtf8();
    QDeadlineTimer deadline(m_options.startTimeoutSeconds * 1000);
    PGPing ping = PQPING_NO_RESPONSE;
    while (!deadline.hasExpired()) {
        ping = PQping(conninfo.constData());
        if (ping == PQPING_OK)
            return {};
        if (ping == PQPING_NO_ATTEMPT)
            break;
        QThread::msleep(50);
    }
    return Error{QStringLiteral("server.notready"),
                 tr("The private database server does not accept connections."),
                 tr("Socket: %1 (port %2)").arg(socketDirectory()).arg(m_options.port) +
                     QLatin1Char('\n') + serverLogTail()};
}

Status LocalServer::ensureDatabase()
{
    const QString connectionName =
        QStringLiteral("saraban-localserver-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        auto database =
            db::open(profile().withDatabase(QStringLiteral("postgres")), connectionName);
        if (!database)
            return database.error();
        QSqlQuery query(*database);
        query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :name"));
        query.bindValue(QStringLiteral(":name"), m_options.database);
        if (!query.exec()) {
            status = db::fromSqlError(query.lastError());
        } else if (!query.next()) {
            // CREATE DATABASE takes no bind parameters; the name is ours (an option, never
            // user text) and is quoted as an identifier all the same.
            QString identifier = m_options.database;
            identifier.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            if (!query.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 "
                                           "ENCODING 'UTF8' LOCALE 'C.UTF-8'")
                                .arg(identifier))) {
                status = db::fromSqlError(query.lastError());
            }
        }
    }
    db::close(connectionName);
    if (!status)
        return Error{
            QStringLiteral("server.createdb"),
            tr("Cannot create the database %1 on the private server.").arg(m_options.database),
            status.error().toString()};
    return {};
}

Status LocalServer::stopServer()
{
    const ServerTools &tools = *m_tools;
    qCInfo(lcServer) << "stopping the private server in" << dataDirectory();
    const CommandResult fast =
        tools.run(QStringLiteral("pg_ctl"),
                  {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDirectory(),
                   QStringLiteral("--mode=fast"), QStringLiteral("--wait"),
                   QStringLiteral("--timeout=30"), QStringLiteral("--silent")},
                  40000);
    if (fast.succeeded())
        return {};
    qCWarning(lcServer).noquote() << "fast shutdown failed, trying immediate:" << fast.report();
    const CommandResult immediate =
        tools.run(QStringLiteral("pg_ctl"),
                  {QStringLiteral("stop"), QStringLiteral("--pgdata=") + dataDirectory(),
                   QStringLiteral("--mode=immediate"), QStringLiteral("--wait"),
                   QStringLiteral("--timeout=30"), QStringLiteral("--silent")},
                  40000);
    if (immediate.succeeded() || inspectPidFile() != PidFileState::Live)
        return {};
    return commandError(QStringLiteral("server.stop"),
                        tr("The private database server did not stop."), immediate);
}

Error LocalServer::commandError(const QString &code, const QString &message,
                                const CommandResult &result) const
{
    QString detail = result.report();
    const QString log = serverLogTail();
    if (!log.isEmpty())
        detail += QLatin1Char('\n') + log;
    qCWarning(lcServer).noquote() << message << detail;
    return Error{code, message, detail};
}

QString LocalServer::serverLogTail() const
{
    QFile file(logFile());
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const qint64 size = file.size();
    file.seek(std::max<qint64>(0, size - 4096));
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (lines.size() > 20)
        lines = lines.mid(lines.size() - 20);
    return tr("Server log (%1):").arg(logFile()) + QLatin1Char('\n') +
           lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace saraban
