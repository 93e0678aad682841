#include "ui/serverprofiles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace saraban::ui {

namespace {

constexpr int nameMaximum = 60;
// PostgreSQL truncates identifiers at 63 bytes (NAMEDATALEN - 1).
constexpr int databaseMaximumBytes = 63;
// The parameters a profile has fields for; anything else of a migrated string is kept aside.
const QStringList profileKeys = {QStringLiteral("host"), QStringLiteral("port"),
                                 QStringLiteral("dbname"), QStringLiteral("sslmode"),
                                 QStringLiteral("sslrootcert")};

bool isHostName(const QString &host)
{
    // RFC 1123 labels, or an address, or the directory of a Unix socket.
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    // IPv6 (libpq takes it without brackets): hex groups and colons, perhaps a dotted tail.
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$"));
    if (host.startsWith(QLatin1Char('/')) || ipv6.match(host).hasMatch())
        return true;
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}

} // namespace

ServerProfile ServerProfile::local()
{
    ServerProfile profile;
    profile.id = QString::fromLatin1(localId);
    profile.host.clear();
    profile.database.clear();
    profile.sslMode.clear();
    return profile;
}

ConnectionProfile ServerProfile::connection() const
{
    auto base = ConnectionProfile::fromConnInfo(otherParameters);
    ConnectionProfile server = base ? *base : ConnectionProfile();
    return server.withParameter(QStringLiteral("host"), host)
        .withParameter(QStringLiteral("port"), QString::number(port))
        .withParameter(QStringLiteral("dbname"), database)
        .withParameter(QStringLiteral("sslmode"), sslMode)
        .withParameter(QStringLiteral("sslrootcert"), rootCertificate);
}

ServerProfile ServerProfile::fromConnection(const ConnectionProfile &server, const QString &name)
{
    ServerProfile profile;
    profile.name = name;
    profile.host = server.host();
    profile.port = server.port();
    if (!server.database().isEmpty())
        profile.database = server.database();
    if (ServerProfiles::sslModes().contains(server.sslMode()))
        profile.sslMode = server.sslMode();
    profile.rootCertificate = server.parameter(QStringLiteral("sslrootcert"));
    ConnectionProfile rest = server.withUser(QString());
    for (const QString &key : profileKeys)
        rest = rest.withParameter(key, QString());
    profile.otherParameters = rest.connInfo();
    return profile;
}

const QStringList &ServerProfiles::sslModes()
{
    static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("prefer"),
                                      QStringLiteral("require"), QStringLiteral("verify-ca"),
                                      QStringLiteral("verify-full")};
    return modes;
}

QString ServerProfiles::sslModeText(const QString &mode)
{
    if (mode == QLatin1String("disable"))
        return tr("Off (never on a network)");
    if (mode == QLatin1String("prefer"))
        return tr("When the server offers it");
    if (mode == QLatin1String("require"))
        return tr("Required");
    if (mode == QLatin1String("verify-ca"))
        return tr("Required, certificate checked");
    if (mode == QLatin1String("verify-full"))
        return tr("Required, certificate and name checked");
    return mode;
}

ServerProfiles::ServerProfiles()
    : m_profiles{ServerProfile::local()}
    , m_lastUsed(QString::fromLatin1(ServerProfile::localId))
{}

std::optional<ServerProfile> ServerProfiles::find(const QString &id) const
{
    for (const ServerProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<ServerProfile> ServerProfiles::findServer(const ConnectionProfile &server) const
{
    for (const ServerProfile &profile : m_profiles) {
        if (!profile.isLocal() && profile.host == server.host() && profile.port == server.port() &&
            profile.database == server.database())
            return profile;
    }
    return std::nullopt;
}

QString ServerProfiles::add(ServerProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profiles.append(profile);
    return profile.id;
}

bool ServerProfiles::replace(const ServerProfile &profile)
{
    for (ServerProfile &existing : m_profiles) {
        if (existing.id == profile.id && !existing.isLocal()) {
            existing = profile;
            return true;
        }
    }
    return false;
}

bool ServerProfiles::remove(const QString &id)
{
    for (qsizetype i = 1; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.removeAt(i);
            if (m_lastUsed == id)
                m_lastUsed = QString::fromLatin1(ServerProfile::localId);
            return true;
        }
    }
    return false;
}

QString ServerProfiles::freeName(const QString &name) const
{
    const auto taken = [this](const QString &candidate) {
        return std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                           [&candidate](const ServerProfile &profile) {
                               return !profile.isLocal() &&
                                      profile.name.compare(candidate, Qt::CaseInsensitive) == 0;
                           });
    };
    QString candidate = name;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    return candidate;
}

QString ServerProfiles::fieldName(ServerProfile::Field field)
{
    switch (field) {
    case ServerProfile::Field::Name:
        return tr("Name");
    case ServerProfile::Field::Host:
        return tr("Host");
    case ServerProfile::Field::Port:
        return tr("Port");
    case ServerProfile::Field::Database:
        return tr("Database");
    case ServerProfile::Field::TlsMode:
        return tr("TLS");
    case ServerProfile::Field::RootCertificate:
        return tr("Root certificate");
    }
    return QString();
}

QString ServerProfiles::problem(ServerProfile::Field field, const QString &value,
                                const QString &ownId) const
{
    const QString text = value.trimmed();
    const QString name = fieldName(field);
    switch (field) {
    case ServerProfile::Field::Name:
        if (text.isEmpty())
            return tr("%1: required; give the server a name people recognise.").arg(name);
        if (text.size() > nameMaximum)
            return tr("%1: at most %2 characters, now %3.")
                .arg(name)
                .arg(nameMaximum)
                .arg(text.size());
        for (const ServerProfile &profile : m_profiles) {
            if (!profile.isLocal() && profile.id != ownId &&
                profile.name.compare(text, Qt::CaseInsensitive) == 0)
                return tr("%1: another server is already called \"%2\".").arg(name, text);
        }
        return QString();
    case ServerProfile::Field::Host:
        if (text.isEmpty())
            return tr("%1: required, for example saraban.vientiane.gov.la.").arg(name);
        if (!isHostName(text))
            return tr("%1: \"%2\" is not a host name or an address: use letters, digits, dots "
                      "and hyphens, without spaces.")
                .arg(name, text);
        return QString();
    case ServerProfile::Field::Port: {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return tr("%1: a number from 1 to 65535 (PostgreSQL's is 5432).").arg(name);
        return QString();
    }
    case ServerProfile::Field::Database:
        if (text.isEmpty())
            return tr("%1: required; Saraban's database is usually \"saraban\".").arg(name);
        if (text.toUtf8().size() > databaseMaximumBytes)
            return tr("%1: at most %2 bytes.").arg(name).arg(databaseMaximumBytes);
        return QString();
    case ServerProfile::Field::TlsMode:
        if (!sslModes().contains(text))
            return tr("%1: choose one of the modes in the list.").arg(name);
        return QString();
    case ServerProfile::Field::RootCertificate: {
        if (text.isEmpty())
            return QString();
        const QFileInfo file(text);
        if (!file.isFile() || !file.isReadable())
            return tr("%1: no readable file at %2.").arg(name, text);
        return QString();
    }
    }
    return QString();
}

ServerProfiles ServerProfiles::load()
{
    QSettings settings;
    ServerProfiles profiles;
    const int count = settings.beginReadArray(QStringLiteral("servers/profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile profile;
        profile.id = settings.value(QStringLiteral("id")).toString();
        if (profile.id.isEmpty() || profile.id == QLatin1String(ServerProfile::localId))
            continue;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.host = settings.value(QStringLiteral("host")).toString();
        profile.port = settings.value(QStringLiteral("port"), 5432).toInt();
        profile.database = settings.value(QStringLiteral("database")).toString();
        profile.sslMode = settings.value(QStringLiteral("sslmode")).toString();
        profile.rootCertificate = settings.value(QStringLiteral("sslrootcert")).toString();
        profile.otherParameters = settings.value(QStringLiteral("other")).toString();
        profiles.m_profiles.append(profile);
    }
    settings.endArray();
    profiles.m_lastUsed =
        settings.value(QStringLiteral("servers/lastUsed"), profiles.m_lastUsed).toString();

    // Before profiles there was one shared server, as a connection string.
    const QString old = settings.value(QStringLiteral("server/connInfo")).toString();
    if (!old.isEmpty()) {
        if (auto server = ConnectionProfile::fromConnInfo(old); server) {
            const QString host =
                server->host().isEmpty() ? QStringLiteral("localhost") : server->host();
            std::optional<ServerProfile> existing = profiles.findServer(*server);
            const QString id =
                existing
                    ? existing->id
                    : profiles.add(ServerProfile::fromConnection(*server, profiles.freeName(host)));
            if (settings.value(QStringLiteral("server/shared"), false).toBool())
                profiles.m_lastUsed = id;
        }
        settings.remove(QStringLiteral("server/connInfo"));
        settings.remove(QStringLiteral("server/shared"));
        profiles.save();
    }
    if (profiles.m_lastUsed != QLatin1String(otherId) && !profiles.find(profiles.m_lastUsed))
        profiles.m_lastUsed = QString::fromLatin1(ServerProfile::localId);
    return profiles;
}

void ServerProfiles::save() const
{
    QSettings settings;
    settings.remove(QStringLiteral("servers/profiles"));
    settings.beginWriteArray(QStringLiteral("servers/profiles"));
    int index = 0;
    for (const ServerProfile &profile : m_profiles) {
        if (profile.isLocal())
            continue;
        settings.setArrayIndex(index++);
        settings.setValue(QStringLiteral("id"), profile.id);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("host"), profile.host);
        settings.setValue(QStringLiteral("port"), profile.port);
        settings.setValue(QStringLiteral("database"), profile.database);
        settings.setValue(QStringLiteral("sslmode"), profile.sslMode);
        settings.setValue(QStringLiteral("sslrootcert"), profile.rootCertificate);
        settings.setValue(QStringLiteral("other"), profile.otherParameters);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("servers/lastUsed"), m_lastUsed);
}

} // namespace saraban::ui
