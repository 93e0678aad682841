// saraban-admin signer import FILE.p12 | signer list
//               document compose LETTER.json OUT.pdf
//               document sign IN.pdf OUT.pdf --cert NICKNAME [--name N] [--title T]
//                             [--reason R] [--location L]
//               document stamp IN.pdf OUT.pdf --unit U --number N [--clerk NAME]
//               document endorse IN.pdf OUT.pdf --text TEXT --head NAME [--title T]
// Passwords (the PKCS#12 file's, the key store's) come from standard input, one a line, or
// from a prompt without echo; never from the command line.
#include "app/admin/commandline.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/keystore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace saraban::admin {

namespace {

using namespace saraban::pdf;

const QString signerUsage = QStringLiteral("signer import FILE.p12 | signer list");
const QString documentUsage = QStringLiteral(
    "document compose LETTER.json OUT.pdf\n"
    "       saraban-admin document sign IN.pdf OUT.pdf --cert NICKNAME [--name NAME] "
    "[--title TITLE] [--reason REASON] [--location PLACE]\n"
    "       saraban-admin document stamp IN.pdf OUT.pdf --unit UNIT --number NUMBER "
    "[--clerk NAME]\n"
    "       saraban-admin document endorse IN.pdf OUT.pdf --text TEXT --head NAME "
    "[--title TITLE]");

QString readSecret(const Context &context, const QString &prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        context.err << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(static_cast<char>(c));
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        context.err << Qt::endl;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("admin.file"), Text::tr("Cannot read %1.").arg(path),
                     file.errorString()};
    return file.readAll();
}

Status writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return Error{QStringLiteral("admin.file"), Text::tr("Cannot write %1.").arg(path),
                     file.errorString()};
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

// LETTER.json: {"template": {"stateLine1", "stateLine2", "issuer": [...], "place", "font"},
// "number", "date": "2025-02-11", "title", "concerning", "to", "subject", "references": [...],
// "body": [...], "signatoryTitle", "signatoryName"}. Missing template fields keep the defaults.
std::pair<LetterTemplate, LetterContent> letterFromJson(const QJsonObject &json)
{
    LetterTemplate letterTemplate;
    const QJsonObject t = json.value(QStringLiteral("template")).toObject();
    if (t.contains(QStringLiteral("stateLine1")))
        letterTemplate.stateLine1 = t.value(QStringLiteral("stateLine1")).toString();
    if (t.contains(QStringLiteral("stateLine2")))
        letterTemplate.stateLine2 = t.value(QStringLiteral("stateLine2")).toString();
    if (t.contains(QStringLiteral("place")))
        letterTemplate.place = t.value(QStringLiteral("place")).toString();
    letterTemplate.issuerLines = strings(t.value(QStringLiteral("issuer")));
    letterTemplate.fontFamily = t.value(QStringLiteral("font")).toString();
    LetterContent content;
    content.number = json.value(QStringLiteral("number")).toString();
    content.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    content.title = json.value(QStringLiteral("title")).toString();
    content.concerning = json.value(QStringLiteral("concerning")).toString();
    content.recipient = json.value(QStringLiteral("to")).toString();
    content.subject = json.value(QStringLiteral("subject")).toString();
    content.references = strings(json.value(QStringLiteral("references")));
    content.bodyParagraphs = strings(json.value(QStringLiteral("body")));
    content.signatoryTitle = json.value(QStringLiteral("signatoryTitle")).toString();
    content.signatoryName = json.value(QStringLiteral("signatoryName")).toString();
    return {letterTemplate, content};
}

int signer(Context &context)
{
    const QString action = context.arguments.value(0);
    const KeyStore store;
    if (action == QLatin1String("import") && context.arguments.size() == 2) {
        const QString filePassword =
            readSecret(context, Text::tr("Password of %1: ").arg(context.arguments.at(1)));
        const QString storePassword =
            readSecret(context, Text::tr("Password of Saraban's key store: "));
        Result<QStringList> imported =
            store.importPkcs12(context.arguments.at(1), filePassword, storePassword);
        if (!imported)
            return context.fail(imported.error(), CheckFailed);
        for (const QString &nickname : *imported)
            context.out << Text::tr("Can now sign as \"%1\".").arg(nickname) << '\n';
        context.out.flush();
        return Success;
    }
    if (action == QLatin1String("list") && context.arguments.size() == 1) {
        Result<QList<SigningCertificate>> listed = store.list();
        if (!listed)
            return context.fail(listed.error(), CheckFailed);
        if (listed->isEmpty())
            context.out << Text::tr("No signing certificate yet (%1).").arg(store.directory())
                        << '\n';
        for (const SigningCertificate &certificate : *listed)
            context.out << certificate.nickname << '\n'
                        << "  " << certificate.subject << '\n'
                        << "  " << certificate.issuer << '\n';
        context.out.flush();
        return Success;
    }
    return usageError(context, Text::tr("signer needs: import FILE or list."), signerUsage);
}

int document(Context &context)
{
    const ParsedOptions options =
        parseOptions(context.arguments, {QStringLiteral("--cert"), QStringLiteral("--name"),
                                         QStringLiteral("--title"), QStringLiteral("--reason"),
                                         QStringLiteral("--location"), QStringLiteral("--unit"),
                                         QStringLiteral("--number"), QStringLiteral("--clerk"),
                                         QStringLiteral("--text"), QStringLiteral("--head")});
    if (!options.error.isEmpty())
        return usageError(context, options.error, documentUsage);
    if (options.positional.size() != 3)
        return usageError(context, Text::tr("document needs an action, an input and an output."),
                          documentUsage);
    const QString action = options.positional.at(0);
    const QString output = options.positional.at(2);
    const auto value = [&options](const char *name) {
        return options.values.value(QString::fromLatin1(name));
    };
    Result<QByteArray> input = readFile(options.positional.at(1));
    if (!input)
        return context.fail(input.error(), UsageOrConnection);
    const DocumentTools tools;
    std::optional<Result<QByteArray>> produced;
    if (action == QLatin1String("compose")) {
        QJsonParseError parseError{};
        const QJsonDocument json = QJsonDocument::fromJson(*input, &parseError);
        if (!json.isObject())
            return context.fail(
                Error{QStringLiteral("admin.json"),
                      Text::tr("%1 is not a JSON object.").arg(options.positional.at(1)),
                      parseError.errorString()},
                UsageOrConnection);
        const auto [letterTemplate, content] = letterFromJson(json.object());
        produced = tools.compose(letterTemplate, content);
    } else if (action == QLatin1String("sign")) {
        if (value("--cert").isEmpty())
            return usageError(context, Text::tr("sign needs --cert."), documentUsage);
        SigningRequest request;
        request.nickname = value("--cert");
        request.signerName = value("--name");
        request.signerTitle = value("--title");
        request.reason = value("--reason");
        request.location = value("--location");
        request.password = readSecret(context, Text::tr("Password or PIN of the certificate: "));
        produced = tools.sign(*input, request);
    } else if (action == QLatin1String("stamp")) {
        if (value("--unit").isEmpty() || value("--number").isEmpty())
            return usageError(context, Text::tr("stamp needs --unit and --number."), documentUsage);
        produced =
            tools.stamp(*input, {StampText::received(value("--unit"), value("--number"),
                                                     QDate::currentDate(), value("--clerk"))});
    } else if (action == QLatin1String("endorse")) {
        if (value("--text").isEmpty() || value("--head").isEmpty())
            return usageError(context, Text::tr("endorse needs --text and --head."), documentUsage);
        produced =
            tools.stamp(*input, {StampText::endorsement(value("--text"), value("--head"),
                                                        value("--title"), QDate::currentDate())});
    } else {
        return usageError(context, Text::tr("Unknown document action \"%1\".").arg(action),
                          documentUsage);
    }
    if (!*produced)
        return context.fail(produced->error(), CheckFailed);
    if (Status written = writeFile(output, **produced); !written)
        return context.fail(written.error(), UsageOrConnection);
    return Success;
}

const Registration signerCommand(
    {QStringLiteral("signer"), signerUsage,
     [] { return Text::tr("Import your signing certificate (PKCS#12) into Saraban's key store."); },
     signer});
const Registration documentCommand(
    {QStringLiteral("document"), QStringLiteral("document compose|sign|stamp|endorse"),
     [] {
         return Text::tr("Compose a letter as PDF, sign it, or add a received stamp or an "
                         "endorsement as a new revision.");
     },
     document});

} // namespace

} // namespace saraban::admin
