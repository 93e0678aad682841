#include "core/db/database.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace saraban::db {

namespace {

QString quoteOption(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

PGconn *nativeHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    // QPSQL registers the handle as PGconn*; the meta-type system normalises it to the
    // struct's own name.
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

void logNotice(void *, const char *message)
{
    qCDebug(lcDb).noquote() << "server notice:" << QString::fromUtf8(message).trimmed();
}

} // namespace

Result<QSqlDatabase> open(const ConnectionProfile &profile, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{QStringLiteral("db.driver"),
                     QCoreApplication::translate("saraban::db",
                                                 "The PostgreSQL driver for Qt is not installed "
                                                 "(Debian package libqt6sql6-psql)."),
                     QString()};
    }
    if (QSqlDatabase::contains(connectionName))
        close(connectionName);

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    database.setHostName(profile.host());
    database.setPort(profile.port());
    database.setDatabaseName(profile.database());
    database.setUserName(profile.user());
    database.setPassword(profile.parameter(QStringLiteral("password")));

    // Everything else libpq understands (sslmode, sslrootcert, connect_timeout...) goes through
    // as connect options. QPSQL turns ';' into spaces, so values are quoted here.
    static const QStringList handled = {QStringLiteral("host"), QStringLiteral("port"),
                                        QStringLiteral("dbname"), QStringLiteral("user"),
                                        QStringLiteral("password")};
    QStringList options;
    const auto &parameters = profile.parameters();
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        if (handled.contains(it.key()))
            continue;
        if (it.value().contains(QLatin1Char(';'))) {
            return Error{QStringLiteral("db.conninfo.option"),
                         QCoreApplication::translate(
                             "saraban::db", "The connection option %1 must not contain ';'.")
                             .arg(it.key()),
                         QString()};
        }
        options << it.key() + QLatin1Char('=') + quoteOption(it.value());
    }
    if (!parameters.contains(QStringLiteral("application_name")))
        options << QStringLiteral("application_name=saraban");
    if (!profile.isLocal() && !parameters.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    database.setConnectOptions(options.join(QLatin1Char(';')));

    if (!database.open()) {
        Error error = fromSqlError(database.lastError());
        error.code = QStringLiteral("db.connect");
        error.message =
            QCoreApplication::translate("saraban::db", "Cannot connect to %1: %2")
                .arg(profile.describe(), database.lastError().databaseText().simplified());
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return error;
    }
    // Server notices (CREATE ... IF NOT EXISTS skipping, RAISE NOTICE) belong in the log, not
    // on the terminal of whoever runs us.
    if (PGconn *connection = nativeHandle(database))
        PQsetNoticeProcessor(connection, &logNotice, nullptr);
    qCDebug(lcDb) << "connected" << connectionName << profile.connInfo();
    return database;
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Error fromSqlError(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    QString detail = error.text();
    if (!context.isEmpty())
        detail = context + QLatin1Char('\n') + detail;
    return Error{state.isEmpty() ? QStringLiteral("sql") : QStringLiteral("sql.") + state,
                 error.databaseText().trimmed().isEmpty() ? error.text().trimmed()
                                                          : error.databaseText().trimmed(),
                 detail};
}

Status executeScript(const QSqlDatabase &database, const QString &script)
{
    PGconn *connection = nativeHandle(database);
    if (!connection) {
        return Error{QStringLiteral("db.handle"),
                     QCoreApplication::translate("saraban::db",
                                                 "The connection is not a PostgreSQL connection."),
                     QString()};
    }
    const QByteArray utf8 = script.toUtf8();
    PGresult *result = PQexec(connection, utf8.constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY) {
        PQclear(result);
        return {};
    }
    const QString state = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    const QString message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    const char *positionText = PQresultErrorField(result, PG_DIAG_STATEMENT_POSITION);
    QString detail = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    if (positionText) {
        // The position counts characters from the start of the script: turn it into a line.
        const qsizetype position = QByteArray(positionText).toLongLong();
        const QString prefix = script.left(position);
        detail += QCoreApplication::translate("saraban::db", "\n(at line %1 of the script)")
                      .arg(prefix.count(QLatin1Char('\n')) + 1);
    }
    PQclear(result);
    return Error{state.isEmpty() ? QStringLiteral("sql") : QStringLiteral("sql.") + state, message,
                 detail};
}

} // namespace saraban::db
