// saraban-admin demo [--if-empty] [--suffix SUFFIX] [--scale FACTOR]
// Builds the demo province in an empty database (see core/services/demobuilder.h).
#include "app/admin/commandline.h"
#include "core/services/demobuilder.h"

#include <QElapsedTimer>

namespace saraban::admin {

namespace {

const QString demoUsage = QStringLiteral("demo [--if-empty] [--suffix SUFFIX] [--scale FACTOR]");

int demo(Context &context)
{
    const ParsedOptions options =
        parseOptions(context.arguments, {QStringLiteral("--suffix"), QStringLiteral("--scale")},
                     {QStringLiteral("--if-empty")});
    if (!options.error.isEmpty() || !options.positional.isEmpty())
        return usageError(
            context, options.error.isEmpty() ? Text::tr("demo takes only options.") : options.error,
            demoUsage);
    DemoBuilder::Options demoOptions;
    demoOptions.loginSuffix = options.values.value(QStringLiteral("--suffix"));
    bool scaleOk = true;
    demoOptions.letterScale =
        options.values.value(QStringLiteral("--scale"), QStringLiteral("1")).toDouble(&scaleOk);
    if (!scaleOk || demoOptions.letterScale <= 0 || demoOptions.letterScale > 100)
        return usageError(context, Text::tr("The scale must be a number above 0."), demoUsage);

    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoBuilder((*connection)->session->database())
                       .build(demoOptions, [&](const QString &step) {
                           if (context.verbose)
                               context.err << step << Qt::endl;
                       });
    if (!summary) {
        if (summary.error().code == QLatin1String("demo.not_empty") &&
            options.has(QStringLiteral("--if-empty"))) {
            context.out << Text::tr("The database already has data; the demo was not built.")
                        << Qt::endl;
            return Success;
        }
        return context.fail(summary.error(), CheckFailed);
    }
    context.out << Text::tr("Demo province built in %1 s: %2 units, %3 people, %4 registers, "
                            "%5 outside organisations, %6 letters (%7 PDF files).")
                       .arg(QString::number(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
                       .arg(summary->units)
                       .arg(summary->people)
                       .arg(summary->registers)
                       .arg(summary->organisations)
                       .arg(summary->letters)
                       .arg(summary->files)
                << Qt::endl
                << Text::tr("Every demo user's password is \"%1\":").arg(demoOptions.password)
                << Qt::endl;
    for (const QString &login : std::as_const(summary->logins))
        context.out << "  " << login << Qt::endl;
    return Success;
}

const Registration demoCommand(
    {QStringLiteral("demo"), demoUsage,
     [] { return Text::tr("Build a demo province with people, registers and letters."); }, demo});

} // namespace

} // namespace saraban::admin
