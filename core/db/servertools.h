#pragma once

// Runs PostgreSQL's server programs (initdb, pg_ctl) for the private local server.
//
// Debian keeps them in /usr/lib/postgresql/<major>/bin, off PATH. initdb and postgres refuse
// to run as root, so when Saraban runs as root every tool runs as the `postgres` system user
// through runuser(1), and the files it must reach are handed to that user.
#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace saraban {

struct CommandResult
{
    QString commandLine; // the command as a person would type it, for error messages
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr, interleaved
    bool succeeded() const { return started && !timedOut && exitCode == 0; }
    // "command: <line>\nexit code N\n<output>" for the details of an Error.
    QString report() const;
};

class ServerTools
{
public:
    // Finds the newest installed server: $SARABAN_PG_BINDIR, then /usr/lib/postgresql/*/bin,
    // then `pg_config --bindir`.
    static Result<ServerTools> locate();

    QString binDirectory() const { return m_binDirectory; }
    // True when the tools run as the postgres system user because we are root.
    bool runsAsServiceUser() const { return m_asServiceUser; }
    // uid/gid that own the server's files (ours, or postgres's when we are root).
    unsigned serverUid() const { return m_uid; }
    unsigned serverGid() const { return m_gid; }

    CommandResult run(const QString &tool, const QStringList &arguments, int timeoutMs) const;

    // Makes path belong to the server's user (a no-op unless we are root).
    Status handOver(const QString &path) const;
    // Whether the server's user can reach path: every parent searchable, as initdb needs.
    bool serverUserCanReach(const QString &path) const;

private:
    QString m_binDirectory;
    bool m_asServiceUser = false;
    unsigned m_uid = 0;
    unsigned m_gid = 0;
};

} // namespace saraban
