#pragma once

// saraban-admin's commands register themselves here, one file per group of commands, so that
// later commands (org, user, audit, verify, trust...) arrive without touching main().
#include "core/db/connectionprofile.h"
#include "core/db/session.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace saraban::admin {

// The translation context of saraban-admin's messages.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(saraban::admin)
};

// The documented exit codes.
enum ExitCode : int { Success = 0, CheckFailed = 1, UsageOrConnection = 2 };

// A connected session for commands that need a database; closing it lets go of the private
// server (stopping it when saraban-admin was its only user).
struct Connection
{
    std::unique_ptr<DatabaseSession> session;
    ~Connection();
};

struct Context
{
    QStringList arguments;                   // what follows the command name
    std::optional<ConnectionProfile> shared; // --db or SARABAN_DB; unset: the private server
    bool verbose = false;
    QTextStream &out;
    QTextStream &err;

    // Prints "saraban-admin: message" (and the detail when verbose) and returns code.
    int fail(const Error &error, int code) const;
    // Opens the private server (starting it if needed) or the shared one.
    Result<std::unique_ptr<Connection>> connect() const;
};

struct Command
{
    QString name;
    QString usage;                    // "migrate", "status"
    std::function<QString()> summary; // translated at run time
    std::function<int(Context &)> run;
};

QList<Command> &commands();

struct Registration
{
    explicit Registration(Command command);
};

} // namespace saraban::admin
