#pragma once

// Where to connect: Saraban's private local server or a shared server named by a libpq
// connection string. Both kinds go through the same code path (openDatabase()); the local
// kind only remembers where its files live so the status bar and `saraban-admin status` can say.
#include "core/util/result.h"

#include <QMap>
#include <QString>

namespace saraban {

class ConnectionProfile
{
public:
    enum class Kind { LocalServer, SharedServer };

    ConnectionProfile() = default;

    static ConnectionProfile forLocalServer(const QString &socketDirectory, int port,
                                            const QString &database, const QString &user,
                                            const QString &dataDirectory);
    // Accepts both libpq forms: "host=... port=... dbname=... user=... sslmode=..." and
    // "postgresql://user@host:port/db?sslmode=...". Errors name the offending part.
    static Result<ConnectionProfile> fromConnInfo(const QString &connInfo);

    Kind kind() const { return m_kind; }
    bool isLocal() const { return m_kind == Kind::LocalServer; }
    QString host() const { return parameter(QStringLiteral("host")); }
    int port() const;
    QString database() const { return parameter(QStringLiteral("dbname")); }
    QString user() const { return parameter(QStringLiteral("user")); }
    QString sslMode() const { return parameter(QStringLiteral("sslmode")); }
    QString dataDirectory() const { return m_dataDirectory; }

    QString parameter(const QString &key) const { return m_parameters.value(key); }
    const QMap<QString, QString> &parameters() const { return m_parameters; }
    ConnectionProfile withParameter(const QString &key, const QString &value) const;
    ConnectionProfile withUser(const QString &user) const
    {
        return withParameter(QStringLiteral("user"), user);
    }
    ConnectionProfile withDatabase(const QString &database) const
    {
        return withParameter(QStringLiteral("dbname"), database);
    }

    // The connection string without any password, safe for logs and the status bar.
    QString connInfo() const;
    // One translated line for people: "Private local server (…)" or "user @ host:port/db".
    QString describe() const;

private:
    Kind m_kind = Kind::SharedServer;
    QMap<QString, QString> m_parameters;
    QString m_dataDirectory;
};

} // namespace saraban
