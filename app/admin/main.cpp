// saraban-admin: the command-line tool for administrators.
//   saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] COMMAND [ARGS...]
// Exit codes: 0 success, 1 a check failed, 2 usage or connection error.
#include "app/admin/admincommand.h"
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <functional>

using namespace saraban;
using saraban::admin::Text;

namespace {

void printUsage(QTextStream &stream)
{
    stream << Text::tr("Usage: saraban-admin [--db CONNINFO] [--lang lo|en] [--verbose] COMMAND")
           << "\n\n"
           << Text::tr(
                  "Without --db (or SARABAN_DB), the command works on your private local server.")
           << "\n\n"
           << Text::tr("Commands:") << '\n';
    // A synopsis too long for its column gets the summary on a line of its own, indented,
    // rather than running into it.
    constexpr int column = 24;
    for (const admin::Command &command : admin::commands()) {
        stream << "  " << command.usage.leftJustified(column);
        if (command.usage.size() >= column)
            stream << '\n' << QString(column + 2, QLatin1Char(' '));
        stream << command.summary() << '\n';
    }
    stream.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("saraban"));
    QCoreApplication::setApplicationName(QStringLiteral("saraban"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SARABAN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Options come before the command; the rest belongs to the command.
    QStringList arguments = app.arguments().mid(1);
    QString connInfo = qEnvironmentVariable("SARABAN_DB");
    QString language = qEnvironmentVariable("SARABAN_LANG");
    if (language.isEmpty())
        language =
            QSettings().value(QStringLiteral("ui/language"), QStringLiteral("lo")).toString();
    bool verbose = false;
    bool wantHelp = false;
    // Translated only when shown: the catalogue of the chosen language is installed below,
    // after the options that choose it have been read.
    std::function<QString()> usageError;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        const auto value = [&](const QString &name) -> QString {
            if (option.startsWith(name + QLatin1Char('=')))
                return option.mid(name.size() + 1);
            if (arguments.isEmpty()) {
                usageError = [name] { return Text::tr("%1 needs a value.").arg(name); };
                return QString();
            }
            return arguments.takeFirst();
        };
        if (option == QLatin1String("--db") || option.startsWith(QLatin1String("--db="))) {
            connInfo = value(QStringLiteral("--db"));
        } else if (option == QLatin1String("--lang") ||
                   option.startsWith(QLatin1String("--lang="))) {
            language = value(QStringLiteral("--lang"));
        } else if (option == QLatin1String("--verbose") || option == QLatin1String("-v")) {
            verbose = true;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            wantHelp = true;
        } else if (option == QLatin1String("--version")) {
            out << "saraban-admin " << QCoreApplication::applicationVersion() << Qt::endl;
            return admin::Success;
        } else {
            usageError = [option] { return Text::tr("Unknown option %1.").arg(option); };
        }
        if (usageError)
            break;
    }

    // Progress of the private server is for --verbose; errors always reach stderr.
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("saraban.*.info=false"));

    const auto chosen = i18n::fromCode(language);
    i18n::install(chosen.value_or(Language::Lao));
    if (!chosen && !usageError) {
        usageError = [language] {
            return Text::tr("Unknown language \"%1\": use lo or en.").arg(language);
        };
    }

    if (wantHelp) {
        printUsage(out);
        return admin::Success;
    }
    if (usageError || arguments.isEmpty()) {
        err << "saraban-admin: " << (usageError ? usageError() : Text::tr("No command given."))
            << Qt::endl;
        printUsage(err);
        return admin::UsageOrConnection;
    }

    const QString name = arguments.takeFirst();
    for (const admin::Command &command : admin::commands()) {
        if (command.name != name)
            continue;
        admin::Context context{arguments, std::nullopt, verbose, out, err};
        if (!connInfo.isEmpty()) {
            auto profile = ConnectionProfile::fromConnInfo(connInfo);
            if (!profile)
                return context.fail(profile.error(), admin::UsageOrConnection);
            context.shared = *profile;
        }
        return command.run(context);
    }
    err << "saraban-admin: " << Text::tr("Unknown command \"%1\".").arg(name) << Qt::endl;
    printUsage(err);
    return admin::UsageOrConnection;
}
