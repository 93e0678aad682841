#include "core/db/servertools.h"

#include "core/logging.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace saraban {

namespace {

QString shellQuote(const QString &argument)
{
    if (!argument.isEmpty() &&
        !argument.contains(QRegularExpression(QStringLiteral("[^\\w@%+=:,./-]"))))
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

bool isToolDirectory(const QString &directory)
{
    return QFileInfo(directory + QStringLiteral("/initdb")).isExecutable() &&
           QFileInfo(directory + QStringLiteral("/pg_ctl")).isExecutable();
}

} // namespace

QString CommandResult::report() const
{
    QString text =
        QCoreApplication::translate("saraban::ServerTools", "Command: %1").arg(commandLine);
    if (!started)
        text += QLatin1Char('\n') +
                QCoreApplication::translate("saraban::ServerTools", "The command could not start.");
    else if (timedOut)
        text += QLatin1Char('\n') +
                QCoreApplication::translate("saraban::ServerTools", "The command timed out.");
    else
        text += QLatin1Char('\n') +
                QCoreApplication::translate("saraban::ServerTools", "Exit code: %1").arg(exitCode);
    const QString out = QString::fromLocal8Bit(output).trimmed();
    if (!out.isEmpty())
        text += QLatin1Char('\n') + out;
    return text;
}

Result<ServerTools> ServerTools::locate()
{
    ServerTools tools;
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("SARABAN_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        candidates << fromEnv;
    } else {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCollator numeric;
        numeric.setNumericMode(true);
        std::sort(versions.begin(), versions.end(),
                  [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
        for (const QString &version : versions)
            candidates << root.filePath(version) + QStringLiteral("/bin");
        QProcess pgConfig;
        pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
        if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0)
            candidates << QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (isToolDirectory(candidate)) {
            tools.m_binDirectory = candidate;
            break;
        }
    }
    if (tools.m_binDirectory.isEmpty()) {
        return Error{QStringLiteral("server.tools"),
                     QCoreApplication::translate("saraban::ServerTools",
                                                 "The PostgreSQL server programs (initdb, pg_ctl) "
                                                 "were not found. Install the postgresql package."),
                     QCoreApplication::translate("saraban::ServerTools", "Looked in: %1")
                         .arg(candidates.join(QStringLiteral(", ")))};
    }

    tools.m_uid = ::geteuid();
    tools.m_gid = ::getegid();
    if (tools.m_uid == 0) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            return Error{QStringLiteral("server.tools.user"),
                         QCoreApplication::translate(
                             "saraban::ServerTools",
                             "Saraban runs as root, and PostgreSQL refuses to run as root, but "
                             "there is no postgres system user to run it as."),
                         QString()};
        }
        tools.m_asServiceUser = true;
        tools.m_uid = postgres->pw_uid;
        tools.m_gid = postgres->pw_gid;
    }
    return tools;
}

CommandResult ServerTools::run(const QString &tool, const QStringList &arguments,
                               int timeoutMs) const
{
    QString program = m_binDirectory + QLatin1Char('/') + tool;
    QStringList fullArguments = arguments;
    if (m_asServiceUser) {
        fullArguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                    QStringLiteral("--"), program} +
                        arguments;
        program = QStringLiteral("runuser");
    }

    CommandResult result;
    QStringList quoted{shellQuote(program)};
    for (const QString &argument : std::as_const(fullArguments))
        quoted << shellQuote(argument);
    result.commandLine = quoted.join(QLatin1Char(' '));

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Messages in English and a known locale: they end up in error details and bug reports.
    environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LC_ALL"));
    // The server tools must not pick up a connection meant for something else.
    for (const char *variable : {"PGDATA", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE"})
        environment.remove(QString::fromLatin1(variable));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(QDir::rootPath());
    process.start(program, fullArguments);
    if (!process.waitForStarted(10000)) {
        result.output = process.errorString().toLocal8Bit();
        qCWarning(lcServer).noquote() << "could not start" << result.commandLine;
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(2000);
    }
    result.output = process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    qCDebug(lcServer).noquote() << result.commandLine << "->" << result.exitCode;
    return result;
}

Status ServerTools::handOver(const QString &path) const
{
    if (!m_asServiceUser)
        return {};
    const QByteArray native = QFile::encodeName(path);
    if (::chown(native.constData(), m_uid, m_gid) != 0) {
        return Error{QStringLiteral("server.chown"),
                     QCoreApplication::translate("saraban::ServerTools",
                                                 "Cannot give %1 to the postgres user: %2")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                     QString()};
    }
    return {};
}

bool ServerTools::serverUserCanReach(const QString &path) const
{
    if (!m_asServiceUser)
        return true;
    QString current = QFileInfo(path).absoluteFilePath();
    while (!current.isEmpty()) {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(current).constData(), &info) == 0) {
            const bool searchable = (info.st_uid == m_uid && (info.st_mode & S_IXUSR)) ||
                                    (info.st_gid == m_gid && (info.st_mode & S_IXGRP)) ||
                                    (info.st_mode & S_IXOTH);
            if (!searchable)
                return false;
        }
        if (current == QLatin1String("/"))
            break;
        current = QFileInfo(current).path();
    }
    return true;
}

} // namespace saraban
