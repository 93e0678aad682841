#include "core/db/connectionprofile.h"

#include <QCoreApplication>

#include <algorithm>
#include <libpq-fe.h>

namespace saraban {

namespace {

QString quoteConnInfoValue(const QString &value)
{
    // libpq separates values at any white space (isspace), not only at ' '.
    const bool plain = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.isSpace() || c == QLatin1Char('\'') || c == QLatin1Char('\\');
    });
    if (!value.isEmpty() && plain)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

ConnectionProfile ConnectionProfile::forLocalServer(const QString &socketDirectory, int port,
                                                    const QString &database, const QString &user,
                                                    const QString &dataDirectory)
{
    ConnectionProfile profile;
    profile.m_kind = Kind::LocalServer;
    profile.m_parameters.insert(QStringLiteral("host"), socketDirectory);
    profile.m_parameters.insert(QStringLiteral("port"), QString::number(port));
    profile.m_parameters.insert(QStringLiteral("dbname"), database);
    profile.m_parameters.insert(QStringLiteral("user"), user);
    profile.m_dataDirectory = dataDirectory;
    return profile;
}

Result<ConnectionProfile> ConnectionProfile::fromConnInfo(const QString &connInfo)
{
    char *errorMessage = nullptr;
    const QByteArray utf8 = connInfo.toUtf8();
    PQconninfoOption *options = PQconninfoParse(utf8.constData(), &errorMessage);
    if (!options) {
        const QString reason = errorMessage ? QString::fromUtf8(errorMessage).trimmed()
                                            : QStringLiteral("out of memory");
        PQfreemem(errorMessage);
        return Error{QStringLiteral("db.conninfo"),
                     QCoreApplication::translate("saraban::ConnectionProfile",
                                                 "The connection string is not valid: %1")
                         .arg(reason),
                     QString()};
    }
    ConnectionProfile profile;
    profile.m_kind = Kind::SharedServer;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            profile.m_parameters.insert(QString::fromUtf8(option->keyword),
                                        QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);

    const QString portText = profile.parameter(QStringLiteral("port"));
    bool portOk = true;
    const int port = portText.isEmpty() ? 5432 : portText.toInt(&portOk);
    if (!portOk || port < 1 || port > 65535) {
        return Error{QStringLiteral("db.conninfo.port"),
                     QCoreApplication::translate(
                         "saraban::ConnectionProfile",
                         "The port \"%1\" is not valid: it must be a number from 1 to 65535.")
                         .arg(portText),
                     QString()};
    }
    return profile;
}

int ConnectionProfile::port() const
{
    const QString text = parameter(QStringLiteral("port"));
    return text.isEmpty() ? 5432 : text.toInt();
}

ConnectionProfile ConnectionProfile::withParameter(const QString &key, const QString &value) const
{
    ConnectionProfile copy = *this;
    if (value.isEmpty())
        copy.m_parameters.remove(key);
    else
        copy.m_parameters.insert(key, value);
    return copy;
}

QString ConnectionProfile::connInfo() const
{
    QStringList parts;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        if (it.key() == QLatin1String("password"))
            continue;
        parts << it.key() + QLatin1Char('=') + quoteConnInfoValue(it.value());
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnectionProfile::describe() const
{
    if (isLocal()) {
        return QCoreApplication::translate("saraban::ConnectionProfile",
                                           "Private local server, user %1")
            .arg(user());
    }
    const QString hostText = host().isEmpty() ? QStringLiteral("localhost") : host();
    QString text = QCoreApplication::translate("saraban::ConnectionProfile",
                                               "Shared server %1:%2, database %3")
                       .arg(hostText)
                       .arg(port())
                       .arg(database().isEmpty() ? user() : database());
    if (!user().isEmpty())
        text += QCoreApplication::translate("saraban::ConnectionProfile", ", user %1").arg(user());
    if (!sslMode().isEmpty())
        text += QStringLiteral(" (sslmode=%1)").arg(sslMode());
    return text;
}

} // namespace saraban
