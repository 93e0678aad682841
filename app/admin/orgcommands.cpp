// saraban-admin org import FILE.csv
#include "app/admin/commandline.h"
#include "core/services/organisationservice.h"

#include <QFile>

namespace saraban::admin {

namespace {

const QString orgUsage = QStringLiteral("org import FILE.csv");

int org(Context &context)
{
    const ParsedOptions options = parseOptions(context.arguments, {});
    if (!options.error.isEmpty())
        return usageError(context, options.error, orgUsage);
    if (options.positional.size() != 2 || options.positional.at(0) != QLatin1String("import"))
        return usageError(context, Text::tr("org needs: import FILE.csv"), orgUsage);
    QFile file(options.positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(
            Error{QStringLiteral("admin.file"),
                  Text::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                  QString()},
            UsageOrConnection);
    }
    auto units = OrganisationService::parseUnitsCsv(file.readAll());
    if (!units)
        return context.fail(units.error(), CheckFailed);
    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    auto imported = OrganisationService((*connection)->session->database()).importUnits(*units);
    if (!imported)
        return context.fail(imported.error(), CheckFailed);
    context.out << Text::tr("Imported %1: %2 unit(s) added, %3 updated.")
                       .arg(file.fileName())
                       .arg(imported->added)
                       .arg(imported->updated)
                << Qt::endl;
    return Success;
}

const Registration
    orgCommand({QStringLiteral("org"), orgUsage,
                [] {
                    return Text::tr(
                        "Import units (code,parent,kind,name_lo,name_en,abbreviation) from a "
                        "CSV org chart.");
                },
                org});

} // namespace

} // namespace saraban::admin
