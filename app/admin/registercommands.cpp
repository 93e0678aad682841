// saraban-admin register add --unit CODE --code CODE --direction DIRECTION --name NAME
//                            [--name-en NAME] [--template TEMPLATE] [--no-yearly-reset]
#include "app/admin/commandline.h"
#include "core/services/registerservice.h"

namespace saraban::admin {

namespace {

const QString registerUsage = QStringLiteral(
    "register add --unit CODE --code CODE --direction incoming|outgoing|internal --name NAME "
    "[--name-en NAME] [--template \"{seq}/{abbr}\"] [--no-yearly-reset]");

int registerCommand(Context &context)
{
    const ParsedOptions options = parseOptions(
        context.arguments,
        {QStringLiteral("--unit"), QStringLiteral("--code"), QStringLiteral("--direction"),
         QStringLiteral("--name"), QStringLiteral("--name-en"), QStringLiteral("--template")},
        {QStringLiteral("--no-yearly-reset")});
    if (!options.error.isEmpty())
        return usageError(context, options.error, registerUsage);
    if (options.positional != QStringList{QStringLiteral("add")})
        return usageError(context, Text::tr("register needs: add"), registerUsage);
    for (const char *required : {"--unit", "--code", "--direction", "--name"}) {
        if (!options.values.contains(QLatin1String(required)))
            return usageError(context,
                              Text::tr("register add needs %1.").arg(QLatin1String(required)),
                              registerUsage);
    }
    const auto direction =
        DirectionText::fromCode(options.values.value(QStringLiteral("--direction")));
    if (!direction)
        return usageError(context,
                          Text::tr("The direction must be incoming, outgoing or internal."),
                          registerUsage);
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    NewRegister newRegister;
    newRegister.unitCode = options.values.value(QStringLiteral("--unit"));
    newRegister.code = options.values.value(QStringLiteral("--code"));
    newRegister.direction = *direction;
    newRegister.nameLao = options.values.value(QStringLiteral("--name"));
    newRegister.nameEnglish = options.values.value(QStringLiteral("--name-en"));
    newRegister.numberTemplate = options.values.value(QStringLiteral("--template"));
    newRegister.yearlyReset = !options.has(QStringLiteral("--no-yearly-reset"));
    auto id = RegisterService((*connection)->session->database()).addRegister(newRegister);
    if (!id)
        return context.fail(id.error(), CheckFailed);
    context.out << Text::tr("Added register %1 of unit %2 (%3).")
                       .arg(newRegister.code, newRegister.unitCode,
                            DirectionText::name(newRegister.direction))
                << Qt::endl;
    return Success;
}

const Registration registerRegistration(
    {QStringLiteral("register"), QStringLiteral("register add --unit CODE --code CODE ..."),
     [] { return Text::tr("Add a register of letters to a unit."); }, registerCommand});

} // namespace

} // namespace saraban::admin
