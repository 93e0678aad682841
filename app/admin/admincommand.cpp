#include "app/admin/admincommand.h"

#include "core/db/database.h"

#include <QCoreApplication>

namespace saraban::admin {

Connection::~Connection()
{
    const QString name = database.connectionName();
    database = QSqlDatabase();
    if (!name.isEmpty())
        db::close(name);
    if (session) {
        const Status stopped = session->shutdown();
        if (!stopped)
            QTextStream(stderr) << "saraban-admin: " << stopped.error().message << Qt::endl;
    }
}

int Context::fail(const Error &error, int code) const
{
    err << "saraban-admin: " << error.message.simplified() << Qt::endl;
    if (verbose && !error.detail.isEmpty())
        err << error.detail << Qt::endl;
    return code;
}

Result<std::unique_ptr<Connection>> Context::connect() const
{
    auto connection = std::make_unique<Connection>();
    connection->session = shared ? std::make_unique<DatabaseSession>(*shared)
                                 : std::make_unique<DatabaseSession>(LocalServerOptions{});
    if (Status started = connection->session->startServer(); !started)
        return started.error();
    auto database = connection->session->connect(QStringLiteral("saraban-admin"));
    if (!database)
        return database.error();
    connection->database = *database;
    return connection;
}

QList<Command> &commands()
{
    static QList<Command> all;
    return all;
}

Registration::Registration(Command command)
{
    commands().append(std::move(command));
}

} // namespace saraban::admin
