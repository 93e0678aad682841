#include "core/db/session.h"

#include "core/db/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace saraban {

namespace {

// A connection for one short job on the current thread, closed when it goes out of scope.
class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionProfile &profile)
        : m_name(QStringLiteral("saraban-scoped-") +
                 QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_result(db::open(profile, m_name))
    {}
    ~ScopedConnection()
    {
        // Our own handle must be gone before the connection is removed.
        m_result = Error{};
        db::close(m_name);
    }
    const Result<QSqlDatabase> &result() const { return m_result; }

private:
    QString m_name;
    Result<QSqlDatabase> m_result;
};

} // namespace

DatabaseSession::DatabaseSession(LocalServerOptions options)
    : m_local(std::make_unique<LocalServer>(std::move(options)))
{}

DatabaseSession::DatabaseSession(ConnectionProfile shared)
    : m_shared(std::move(shared))
{}

DatabaseSession::~DatabaseSession() = default;

ConnectionProfile DatabaseSession::profile() const
{
    return m_local ? m_local->profile() : m_shared;
}

void DatabaseSession::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

ConnectionProfile DatabaseSession::signInProfile() const
{
    const ConnectionProfile where = profile();
    if (m_user.isEmpty())
        return where;
    return where.withUser(m_user).withParameter(QStringLiteral("password"), m_password);
}

Status DatabaseSession::startServer()
{
    return m_local ? m_local->start() : Status();
}

Status DatabaseSession::prepareSchema()
{
    // Only the private server's owner migrates; on a shared server the person signing in
    // checks the version (and learns at once whether the password is right).
    ScopedConnection connection(m_local ? profile() : signInProfile());
    if (!connection.result())
        return connection.result().error();
    Migrator migrator(connection.result().value());
    if (m_local) {
        auto applied = migrator.migrate();
        if (!applied)
            return applied.error();
        if (m_user.isEmpty())
            return {};
        // The person's password is checked here, off the GUI thread, by a connection that
        // lasts only for the check: the client reads through connections of its own.
        ScopedConnection person(signInProfile());
        return person.result() ? Status() : Status(person.result().error());
    }
    auto state = migrator.state();
    if (!state)
        return state.error();
    if (state->isNewer()) {
        return Error{QStringLiteral("schema.newer"),
                     tr("The server's database (schema version %1) is newer than this Saraban "
                        "(version %2). Install the newer Saraban.")
                         .arg(state->current)
                         .arg(state->known),
                     QString()};
    }
    if (!state->isCurrent()) {
        return Error{QStringLiteral("schema.older"),
                     tr("The server's database (schema version %1) is older than this Saraban "
                        "(version %2). Ask the administrator to run \"saraban-admin migrate\".")
                         .arg(state->current)
                         .arg(state->known),
                     QString()};
    }
    return {};
}

Status DatabaseSession::connect(const QString &connectionName)
{
    auto database = db::open(signInProfile(), connectionName);
    if (!database)
        return database.error();
    m_connectionName = connectionName;
    return {};
}

bool DatabaseSession::isConnected() const
{
    return !m_connectionName.isEmpty() && database().isOpen();
}

QSqlDatabase DatabaseSession::database() const
{
    if (m_connectionName.isEmpty())
        return QSqlDatabase();
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> DatabaseSession::migrate()
{
    return Migrator(database()).migrate();
}

Result<SchemaState> DatabaseSession::schemaState() const
{
    return Migrator(database()).state();
}

Status DatabaseSession::shutdown()
{
    if (!m_connectionName.isEmpty()) {
        db::close(m_connectionName);
        m_connectionName.clear();
    }
    return m_local ? m_local->stop() : Status();
}

Result<ServerStatus> DatabaseSession::status() const
{
    const QSqlDatabase database = this->database();
    const ConnectionProfile profile = this->profile();
    ServerStatus status;
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("SELECT current_setting('server_version'), current_database(),"
                                   " current_user")) ||
        !query.next())
        return db::fromSqlError(query.lastError());
    status.serverVersion = QStringLiteral("PostgreSQL ") + query.value(0).toString();
    status.database = query.value(1).toString();
    status.user = query.value(2).toString();

    if (!query.exec(QStringLiteral("SELECT to_regclass('saraban.installation') IS NOT NULL")) ||
        !query.next())
        return db::fromSqlError(query.lastError());
    if (query.value(0).toBool()) {
        if (!query.exec(QStringLiteral("SELECT installation_id FROM saraban.installation")))
            return db::fromSqlError(query.lastError());
        if (query.next())
            status.installationId = query.value(0).toString();
    }

    auto schema = Migrator(database).state();
    if (!schema)
        return schema.error();
    status.schema = *schema;
    status.dataDirectory = profile.dataDirectory();
    status.location = profile.isLocal()
                          ? profile.host()
                          : QStringLiteral("%1:%2").arg(profile.host()).arg(profile.port());
    return status;
}

} // namespace saraban
