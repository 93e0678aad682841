// saraban-admin template show|set --unit CODE [--name NAME] [FILE.json]
// A unit's letter template: the official header the composer prints on its outgoing letters
// (the two state lines, the issuing body, the place) and where the signature goes. The server
// lets the unit's administrators change it (saraban.letter_template_save) and gives a unit
// without one its nearest parent's, so `show` prints what the unit's letters use now and `set`
// changes only the fields the file names.
#include "app/admin/commandline.h"
#include "core/services/directoryservice.h"
#include "core/services/documentservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saraban::admin {

namespace {

const QString templateUsage =
    QStringLiteral("template show --unit CODE [--name NAME] | template set --unit CODE "
                   "[--name NAME] FILE.json   (keys: stateLine1, stateLine2, issuer [..], "
                   "place, signature [x, y, width, height] as fractions of the page)");

QJsonObject toJson(const pdf::LetterTemplate &letterTemplate)
{
    const QRectF &rect = letterTemplate.signatureRect;
    return {
        {QStringLiteral("stateLine1"), letterTemplate.stateLine1},
        {QStringLiteral("stateLine2"), letterTemplate.stateLine2},
        {QStringLiteral("issuer"), QJsonArray::fromStringList(letterTemplate.issuerLines)},
        {QStringLiteral("place"), letterTemplate.place},
        {QStringLiteral("signature"), QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}}};
}

// The fields the file names replace those of base; a wrong type is an error naming the key.
Result<pdf::LetterTemplate> merged(pdf::LetterTemplate base, const QJsonObject &json)
{
    const auto wrong = [](const char *key, const QString &rule) {
        return Error{QStringLiteral("template.file"),
                     Text::tr("\"%1\" in the template file: %2").arg(QLatin1String(key), rule),
                     QString()};
    };
    for (const char *key : {"stateLine1", "stateLine2", "place"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return wrong(key, Text::tr("must be text"));
        QString &field = QLatin1String(key) == QLatin1String("stateLine1")   ? base.stateLine1
                         : QLatin1String(key) == QLatin1String("stateLine2") ? base.stateLine2
                                                                             : base.place;
        field = value.toString();
    }
    if (const QJsonValue issuer = json.value(QStringLiteral("issuer")); !issuer.isUndefined()) {
        if (!issuer.isArray())
            return wrong("issuer", Text::tr("must be a list of lines"));
        base.issuerLines.clear();
        for (const QJsonValue &line : issuer.toArray()) {
            if (!line.isString())
                return wrong("issuer", Text::tr("must be a list of lines"));
            base.issuerLines << line.toString();
        }
    }
    if (const QJsonValue place = json.value(QStringLiteral("signature")); !place.isUndefined()) {
        const QJsonArray numbers = place.toArray();
        if (numbers.size() != 4)
            return wrong("signature", Text::tr("must be [x, y, width, height]"));
        for (const QJsonValue &number : numbers) {
            if (!number.isDouble())
                return wrong("signature", Text::tr("must be [x, y, width, height]"));
        }
        base.signatureRect = QRectF(numbers.at(0).toDouble(), numbers.at(1).toDouble(),
                                    numbers.at(2).toDouble(), numbers.at(3).toDouble());
    }
    return base;
}

int templateCommand(Context &context)
{
    const ParsedOptions options =
        parseOptions(context.arguments, {QStringLiteral("--unit"), QStringLiteral("--name")});
    if (!options.error.isEmpty())
        return usageError(context, options.error, templateUsage);
    const QString action = options.positional.value(0);
    const bool show = action == QLatin1String("show") && options.positional.size() == 1;
    const bool set = action == QLatin1String("set") && options.positional.size() == 2;
    if (!show && !set)
        return usageError(context, Text::tr("template needs: show, or set FILE.json"),
                          templateUsage);
    const QString unitCode = options.values.value(QStringLiteral("--unit"));
    if (unitCode.isEmpty())
        return usageError(context, Text::tr("template needs --unit."), templateUsage);
    const QString name = options.values.value(QStringLiteral("--name"), QStringLiteral("default"));

    // The file first: a mistake in it is found before anything connects.
    QJsonObject file;
    if (set) {
        QFile input(options.positional.at(1));
        if (!input.open(QIODevice::ReadOnly))
            return context.fail(
                Error{QStringLiteral("template.file"),
                      Text::tr("Cannot read %1: %2").arg(input.fileName(), input.errorString()),
                      QString()},
                UsageOrConnection);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
        if (!document.isObject())
            return context.fail(Error{QStringLiteral("template.file"),
                                      Text::tr("%1 is not a JSON object (%2 at byte %3).")
                                          .arg(input.fileName(), parseError.errorString())
                                          .arg(parseError.offset),
                                      QString()},
                                UsageOrConnection);
        file = document.object();
    }

    auto connection = connectReady(context);
    if (!connection)
        return context.fail(connection.error(), UsageOrConnection);
    const auto database = (*connection)->session->database();
    auto directory = DirectoryService(database).read(true);
    if (!directory)
        return context.fail(directory.error(), CheckFailed);
    int unitId = 0;
    for (const DirectoryUnit &unit : std::as_const(directory->units)) {
        if (unit.code == unitCode)
            unitId = unit.id;
    }
    if (!unitId)
        return context.fail(Error{QStringLiteral("unit.unknown"),
                                  Text::tr("There is no unit with the code %1.").arg(unitCode),
                                  QString()},
                            CheckFailed);
    DocumentService documents(database);
    auto current = documents.templateFor(unitId, name);
    if (!current)
        return context.fail(current.error(), CheckFailed);
    if (show) {
        if (!*current)
            context.err << Text::tr("Unit %1 and the units above it have no template \"%2\"; "
                                    "letters use the defaults below.")
                               .arg(unitCode, name)
                        << Qt::endl;
        context.out << QString::fromUtf8(
                           QJsonDocument(toJson(current->value_or(pdf::LetterTemplate{})))
                               .toJson(QJsonDocument::Indented))
                    << Qt::flush;
        return Success;
    }
    auto changed = merged(current->value_or(pdf::LetterTemplate{}), file);
    if (!changed)
        return context.fail(changed.error(), UsageOrConnection);
    auto saved = documents.saveTemplate(unitId, name, *changed);
    if (!saved)
        return context.fail(saved.error(), CheckFailed);
    context.out << Text::tr("Saved the letter template \"%1\" of unit %2.").arg(name, unitCode)
                << Qt::endl;
    return Success;
}

const Registration templateRegistration(
    {QStringLiteral("template"), QStringLiteral("template show|set --unit CODE [FILE.json]"),
     [] { return Text::tr("Show or change a unit's letter template (header, issuer, place)."); },
     templateCommand});

} // namespace

} // namespace saraban::admin
