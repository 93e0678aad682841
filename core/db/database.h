#pragma once

// Opening connections and turning database failures into Saraban errors. Every connection,
// to the private local server or to a shared one, is opened here.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace saraban::db {

// Opens a QPSQL connection registered under connectionName (replacing any previous one).
// The password comes from the profile's "password" parameter when present.
Result<QSqlDatabase> open(const ConnectionProfile &profile, const QString &connectionName);

// Closes and unregisters a connection opened by open().
void close(const QString &connectionName);

// An Error from a failed query: the server's SQLSTATE in the code ("sql.42501"), the server's
// message, and the statement context in the detail.
Error fromSqlError(const QSqlError &error, const QString &context = QString());

// Runs a script of several statements in one round trip (migrations contain functions with
// dollar-quoted bodies, which QSqlQuery cannot split). Stops at the first error and reports
// the server's message with the line it points at.
Status executeScript(const QSqlDatabase &database, const QString &script);

} // namespace saraban::db
