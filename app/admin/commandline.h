#pragma once

// What the register's admin commands share: their options ("--unit CODE", "--no-x"), opening a
// session whose schema is current, and reading a password without it ever being on the
// command line.
#include "app/admin/admincommand.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace saraban::admin {

struct ParsedOptions
{
    QStringList positional;
    QHash<QString, QString> values; // "--unit" -> "VTP-PTC"
    QStringList flags;              // "--if-empty"
    QString error;                  // translated; empty when the arguments were fine
    bool has(const QString &flag) const { return flags.contains(flag); }
};

// valueOptions take a value ("--unit X" or "--unit=X"); flags take none. Anything else
// starting with "--" is an error.
ParsedOptions parseOptions(const QStringList &arguments, const QStringList &valueOptions,
                           const QStringList &flags = {});

// Connects (starting the private server if needed) and makes sure the schema is current: a
// private database is migrated, a shared one only checked.
Result<std::unique_ptr<Connection>> connectReady(const Context &context);

// The password for login: asked twice with echo off on a terminal, otherwise the first line
// of standard input. Never taken from the command line.
Result<QString> readNewPassword(const Context &context, const QString &login);

// A usage error: "saraban-admin: message" and the command's usage line; returns the exit code.
int usageError(const Context &context, const QString &message, const QString &usage);

} // namespace saraban::admin
