// saraban-admin user add LOGIN --name NAME --unit CODE --role ROLE [--title T] [--clearance N]
//               user grant LOGIN --unit CODE --role ROLE
//               user disable LOGIN
// The password of `user add` comes from standard input or a prompt, never from the command
// line (where any user of the machine could read it in the process list).
#include "app/admin/commandline.h"
#include "core/services/peopleservice.h"

namespace saraban::admin {

namespace {

const QString userUsage = QStringLiteral(
    "user add LOGIN --name NAME --unit CODE --role ROLE [--title TITLE] [--clearance 0|1|2]\n"
    "       saraban-admin user grant LOGIN --unit CODE --role ROLE\n"
    "       saraban-admin user disable LOGIN");

int user(Context &context)
{
    const ParsedOptions options =
        parseOptions(context.arguments,
                     {QStringLiteral("--name"), QStringLiteral("--unit"), QStringLiteral("--role"),
                      QStringLiteral("--title"), QStringLiteral("--clearance")});
    if (!options.error.isEmpty())
        return usageError(context, options.error, userUsage);
    if (options.positional.size() != 2)
        return usageError(context, Text::tr("user needs: add, grant or disable, and a login."),
                          userUsage);
    const QString action = options.positional.at(0);
    const QString login = options.positional.at(1);

    std::optional<MemberRole> role;
    if (action == QLatin1String("add") || action == QLatin1String("grant")) {
        if (!options.values.contains(QStringLiteral("--unit")) ||
            !options.values.contains(QStringLiteral("--role")) ||
            (action == QLatin1String("add") && !options.values.contains(QStringLiteral("--name"))))
            return usageError(context,
                              action == QLatin1String("add")
                                  ? Text::tr("add needs --name, --unit and --role.")
                                  : Text::tr("grant needs --unit and --role."),
                              userUsage);
        role = MemberRoleText::fromCode(options.values.value(QStringLiteral("--role")));
        if (!role)
            return usageError(
                context, Text::tr("The role must be clerk, officer, head, archivist or admin."),
                userUsage);
    } else if (action != QLatin1String("disable")) {
        return usageError(context, Text::tr("Unknown user action \"%1\".").arg(action), userUsage);
    }
    bool clearanceOk = true;
    const int clearance = options.values.value(QStringLiteral("--clearance"), QStringLiteral("0"))
                              .toInt(&clearanceOk);
    if (!clearanceOk)
        return usageError(context, Text::tr("The clearance must be a number."), userUsage);

    QString password;
    if (action == QLatin1String("add")) {
        auto read = readNewPassword(context, login);
        if (!read)
            return context.fail(read.error(), UsageOrConnection);
        password = *read;
    }
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    PeopleService people((*connection)->session->database());
    if (action == QLatin1String("add")) {
        NewPerson person;
        person.login = login;
        person.fullName = options.values.value(QStringLiteral("--name"));
        person.title = options.values.value(QStringLiteral("--title"));
        person.clearance = clearance;
        person.unitCode = options.values.value(QStringLiteral("--unit"));
        person.role = *role;
        if (auto added = people.addPerson(person, password); !added)
            return context.fail(added.error(), CheckFailed);
        context.out << Text::tr("Added %1 as %2 in %3.")
                           .arg(login, MemberRoleText::name(*role), person.unitCode)
                    << Qt::endl;
    } else if (action == QLatin1String("grant")) {
        const QString unit = options.values.value(QStringLiteral("--unit"));
        if (auto added = people.addMembership(login, unit, *role); !added)
            return context.fail(added.error(), CheckFailed);
        context.out
            << Text::tr("%1 is now also %2 in %3.").arg(login, MemberRoleText::name(*role), unit)
            << Qt::endl;
    } else {
        if (Status disabled = people.disable(login); !disabled)
            return context.fail(disabled.error(), CheckFailed);
        context.out << Text::tr("Disabled %1: the account can no longer sign in.").arg(login)
                    << Qt::endl;
    }
    return Success;
}

const Registration userCommand(
    {QStringLiteral("user"), QStringLiteral("user add|grant|disable LOGIN ..."),
     [] { return Text::tr("Add a person (password from standard input), give a role, disable."); },
     user});

} // namespace

} // namespace saraban::admin
