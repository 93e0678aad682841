#include "core/db/signin.h"

#include <QStringList>

namespace saraban {

namespace {

bool containsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString where(const ConnectionProfile &server)
{
    if (server.isLocal())
        return server.describe();
    return server.port() > 0 ? QStringLiteral("%1:%2").arg(server.host()).arg(server.port())
                             : server.host();
}

} // namespace

Error SignIn::explain(const Error &error, const ConnectionProfile &server)
{
    if (error.code.startsWith(QLatin1String("schema.")) ||
        error.code.startsWith(QLatin1String("signin.")))
        return error;
    // libpq's messages (and the server's, in the C locale our servers run in) are English and
    // stable across versions; the checks go from the most to the least specific. Only libpq's
    // own text is searched: our message names the profile, whose TLS mode would match.
    const QString text = error.detail.isEmpty() ? error.message : error.detail;
    const QString detail = error.detail.isEmpty() ? error.message : error.detail;
    if (containsAny(text, {QStringLiteral("password authentication failed"),
                           QStringLiteral("no password supplied"),
                           QStringLiteral("SCRAM authentication")})) {
        return Error{QString::fromLatin1(wrongPasswordCode),
                     tr("The user name or the password is wrong. Check both (capital letters "
                        "count) and try again."),
                     detail};
    }
    if (containsAny(text, {QStringLiteral("SSL"), QStringLiteral("certificate"),
                           QStringLiteral("TLS"), QStringLiteral("GSSAPI")})) {
        return Error{QString::fromLatin1(tlsCode),
                     tr("The secure (TLS) connection to %1 failed: the server's certificate is "
                        "not trusted, or the server and this profile disagree on TLS (mode: %2). "
                        "Check the profile's TLS setting or ask the administrator.")
                         .arg(where(server), server.sslMode().isEmpty() ? QStringLiteral("prefer")
                                                                        : server.sslMode()),
                     detail};
    }
    if (containsAny(text,
                    {QStringLiteral("pg_hba.conf"), QStringLiteral("is not permitted to log in"),
                     QStringLiteral("permission denied for database")})) {
        return Error{QString::fromLatin1(notAllowedCode),
                     tr("The server does not let this user sign in from this computer. Ask the "
                        "administrator."),
                     detail};
    }
    if (containsAny(text, {QStringLiteral("database \"")}) &&
        containsAny(text, {QStringLiteral("does not exist")})) {
        return Error{QString::fromLatin1(noDatabaseCode),
                     tr("The server at %1 has no database named \"%2\". Check the profile.")
                         .arg(where(server), server.database()),
                     detail};
    }
    if (containsAny(
            text,
            {QStringLiteral("Connection refused"), QStringLiteral("No such file or directory"),
             QStringLiteral("could not translate host name"),
             QStringLiteral("Name or service not known"), QStringLiteral("timeout expired"),
             QStringLiteral("Network is unreachable"), QStringLiteral("No route to host"),
             QStringLiteral("could not connect"), QStringLiteral("server closed the connection"),
             QStringLiteral("the database system is starting up"),
             QStringLiteral("the database system is shutting down")})) {
        return Error{QString::fromLatin1(unreachableCode),
                     tr("The server at %1 cannot be reached. Check the network and the server's "
                        "address and port, or try again in a moment.")
                         .arg(where(server)),
                     detail};
    }
    return error;
}

QString SignIn::secretKey(const ConnectionProfile &server, const QString &user)
{
    // The private server is the same for every profile of this computer account; a shared one
    // is named by where it is.
    const QString place = server.isLocal() ? QStringLiteral("local")
                                           : QStringLiteral("%1:%2/%3")
                                                 .arg(server.host())
                                                 .arg(server.port())
                                                 .arg(server.database());
    return QStringLiteral("password:%1@%2").arg(user, place);
}

std::optional<QString> SignIn::passwordFromEnvironment()
{
    if (!qEnvironmentVariableIsSet("SARABAN_PASSWORD"))
        return std::nullopt;
    return qEnvironmentVariable("SARABAN_PASSWORD");
}

} // namespace saraban
