#include "app/admin/admincommand.h"

#include <QCoreApplication>

namespace saraban::admin {

Connection::~Connection()
{
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
    if (Status connected = connection->session->connect(QStringLiteral("saraban-admin"));
        !connected)
        return connected.error();
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
