#pragma once

// The servers a person can sign in to, as Settings keeps them: "This computer" (the private
// local server, always there, never edited or removed) and named shared servers (name, host,
// port, database, TLS mode, optionally the root certificate that signs the server's). The
// sign-in dialog offers them and preselects the one used last. Passwords are never here: a
// remembered one lives in the system keychain under the server's place and the login
// (SignIn::secretKey), so two servers' passwords never mix.
//
// Each field is checked on its own, as typed, and a problem names the field and the rule.
// Older versions kept one shared server as a connection string ("server/connInfo"); the first
// load turns it into a profile named after its host.
#include "core/db/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace saraban::ui {

struct ServerProfile
{
    enum class Field { Name, Host, Port, Database, TlsMode, RootCertificate };

    static constexpr auto localId = "local";

    QString id; // stable across renames; localId for this computer's server
    QString name;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("saraban");
    QString sslMode = QStringLiteral("prefer");
    QString rootCertificate; // a file; empty: libpq's default (~/.postgresql/root.crt)
    // Other libpq parameters of a migrated connection string (a client certificate...), kept.
    QString otherParameters;

    static ServerProfile local();
    bool isLocal() const { return id == QLatin1String(localId); }
    // How to reach a shared profile's server (no user, no password).
    ConnectionProfile connection() const;
    // A shared profile for where server points, named name.
    static ServerProfile fromConnection(const ConnectionProfile &server, const QString &name);
};

class ServerProfiles
{
    Q_DECLARE_TR_FUNCTIONS(saraban::ui::ServerProfiles)

public:
    // libpq's sslmode values, weakest first.
    static const QStringList &sslModes();
    // The TLS mode in words, for the lists and the editor.
    static QString sslModeText(const QString &mode);

    ServerProfiles();

    // The profiles, this computer's first.
    const QList<ServerProfile> &all() const { return m_profiles; }
    QList<ServerProfile> shared() const { return m_profiles.mid(1); }
    std::optional<ServerProfile> find(const QString &id) const;
    // The shared profile whose server is server (host, port and database), if any.
    std::optional<ServerProfile> findServer(const ConnectionProfile &server) const;

    // Adds a shared profile under a new id, returned; replaces one by id; removes one. The local
    // profile is neither replaced nor removed.
    QString add(ServerProfile profile);
    bool replace(const ServerProfile &profile);
    bool remove(const QString &id);
    // name, or "name (2)", "name (3)"... whichever no other profile has.
    QString freeName(const QString &name) const;

    // The id used last to sign in: a profile's, localId, or otherId (a server typed in the
    // sign-in dialog, not kept as a profile).
    static constexpr auto otherId = "other";
    QString lastUsed() const { return m_lastUsed; }
    void setLastUsed(const QString &id) { m_lastUsed = id; }

    // What is wrong with value as field of the profile ownId (empty when nothing is): the
    // field's name and the rule broken, in the interface language.
    QString problem(ServerProfile::Field field, const QString &value,
                    const QString &ownId = QString()) const;
    static QString fieldName(ServerProfile::Field field);

    // In QSettings (group "servers"); load() migrates the old single connection string.
    static ServerProfiles load();
    void save() const;

private:
    QList<ServerProfile> m_profiles;
    QString m_lastUsed;
};

} // namespace saraban::ui
