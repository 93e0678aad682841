// saraban-admin migrate | status
#include "app/admin/admincommand.h"

#include <QCoreApplication>

namespace saraban::admin {

namespace {

int migrate(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << "saraban-admin: " << Text::tr("migrate takes no arguments.") << Qt::endl;
        return UsageOrConnection;
    }
    auto connection = context.connect();
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    DatabaseSession &session = *(*connection)->session;
    auto applied = session.migrate();
    if (!applied) {
        const bool refused = applied.error().code.startsWith(QLatin1String("schema."));
        return context.fail(applied.error(), refused ? CheckFailed : UsageOrConnection);
    }
    auto state = session.schemaState();
    if (!state)
        return context.fail(state.error(), UsageOrConnection);
    if (*applied == 0)
        context.out
            << Text::tr("The schema is already at version %1; nothing to do.").arg(state->current)
            << Qt::endl;
    else
        context.out << QCoreApplication::translate(
                           "saraban::admin",
                           "Applied %n migration(s); the schema is now at version %1.", nullptr,
                           *applied)
                           .arg(state->current)
                    << Qt::endl;
    return Success;
}

int status(Context &context)
{
    if (!context.arguments.isEmpty()) {
        context.err << "saraban-admin: " << Text::tr("status takes no arguments.") << Qt::endl;
        return UsageOrConnection;
    }
    auto connection = context.connect();
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    const ConnectionProfile profile = (*connection)->session->profile();
    auto status = (*connection)->session->status();
    if (!status)
        return context.fail(status.error(), UsageOrConnection);

    const auto line = [&](const QString &label, const QString &value) {
        context.out << label.leftJustified(18) << value << Qt::endl;
    };
    line(Text::tr("Connection:"), profile.describe());
    line(Text::tr("Server:"), status->serverVersion);
    line(Text::tr("Database:"), status->database);
    line(Text::tr("User:"), status->user);
    line(Text::tr("Location:"), status->location);
    if (profile.isLocal())
        line(Text::tr("Data directory:"), status->dataDirectory);
    line(Text::tr("Installation:"),
         status->installationId.isEmpty() ? Text::tr("(not set up yet)") : status->installationId);
    QString schema;
    if (status->schema.isCurrent())
        schema = Text::tr("version %1 (current)").arg(status->schema.current);
    else if (status->schema.isNewer())
        schema = Text::tr("version %1, newer than this saraban-admin (%2)")
                     .arg(status->schema.current)
                     .arg(status->schema.known);
    else
        schema = Text::tr("version %1 of %2: run \"saraban-admin migrate\"")
                     .arg(status->schema.current)
                     .arg(status->schema.known);
    line(Text::tr("Schema:"), schema);
    return status->schema.isCurrent() ? Success : CheckFailed;
}

const Registration migrateCommand(
    {QStringLiteral("migrate"), QStringLiteral("migrate"),
     [] { return Text::tr("Apply the schema migrations this version carries."); }, migrate});
const Registration statusCommand(
    {QStringLiteral("status"), QStringLiteral("status"),
     [] { return Text::tr("Show the server, the schema version and where the data lives."); },
     status});

} // namespace

} // namespace saraban::admin
