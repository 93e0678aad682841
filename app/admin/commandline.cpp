#include "app/admin/commandline.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace saraban::admin {

ParsedOptions parseOptions(const QStringList &arguments, const QStringList &valueOptions,
                           const QStringList &flags)
{
    ParsedOptions parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--"))) {
            parsed.positional << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString name = equals > 0 ? argument.left(equals) : argument;
        if (flags.contains(name) && equals < 0) {
            parsed.flags << name;
        } else if (valueOptions.contains(name)) {
            if (equals > 0) {
                parsed.values.insert(name, argument.mid(equals + 1));
            } else if (i + 1 < arguments.size()) {
                parsed.values.insert(name, arguments.at(++i));
            } else {
                parsed.error = Text::tr("%1 needs a value.").arg(name);
                return parsed;
            }
        } else {
            parsed.error = Text::tr("Unknown option %1.").arg(name);
            return parsed;
        }
    }
    return parsed;
}

Result<std::unique_ptr<Connection>> connectReady(const Context &context)
{
    auto connection = context.connect();
    if (!connection)
        return connection.error();
    if (Status ready = (*connection)->session->prepareSchema(); !ready)
        return ready.error();
    return std::move(connection).value();
}

namespace {

QString readLine(bool hidden)
{
    termios saved{};
    const bool terminal =
        hidden && ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    // One stream for the whole run: a second one would miss what the first has buffered.
    static QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return line;
}

} // namespace

Result<QString> readNewPassword(const Context &context, const QString &login)
{
    if (!::isatty(STDIN_FILENO)) {
        const QString password = readLine(false);
        if (password.isEmpty()) {
            return Error{QStringLiteral("admin.password.missing"),
                         Text::tr("No password on standard input."), QString()};
        }
        return password;
    }
    context.err << Text::tr("Password for %1: ").arg(login) << Qt::flush;
    const QString first = readLine(true);
    context.err << Text::tr("The same password again: ") << Qt::flush;
    const QString second = readLine(true);
    if (first != second) {
        return Error{QStringLiteral("admin.password.mismatch"),
                     Text::tr("The two passwords differ."), QString()};
    }
    return first;
}

int usageError(const Context &context, const QString &message, const QString &usage)
{
    context.err << "saraban-admin: " << message << Qt::endl
                << Text::tr("Usage: saraban-admin %1").arg(usage) << Qt::endl;
    return UsageOrConnection;
}

} // namespace saraban::admin
