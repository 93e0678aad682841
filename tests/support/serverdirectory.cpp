#include "tests/support/serverdirectory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace saraban::test {

namespace {

// The fields of /proc/<pid>/stat after the command name, which may itself contain spaces and
// parentheses: state first, then the parent's pid.
QList<QByteArray> statFields(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0)
        return {};
    return stat.mid(end + 2).split(' ');
}

QList<qint64> allProcesses()
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isNumber = false;
        const qint64 pid = entry.toLongLong(&isNumber);
        if (isNumber)
            pids << pid;
    }
    return pids;
}

} // namespace

QString makeServerDirectory(QString *error)
{
    QByteArray path = "/tmp/saraban-test-XXXXXX";
    if (!::mkdtemp(path.data())) {
        if (error)
            *error =
                QStringLiteral("mkdtemp: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return QString();
    }
    // mkdtemp makes it 0700; the postgres user must be able to pass through (not list it).
    if (::chmod(path.constData(), 0711) != 0) {
        if (error)
            *error = QStringLiteral("chmod: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        QDir(QFile::decodeName(path)).removeRecursively();
        return QString();
    }
    return QFile::decodeName(path);
}

void stopServersBelow(const QString &directory)
{
    if (directory.isEmpty())
        return;
    QDirIterator files(directory, {QStringLiteral("postmaster.pid")}, QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString pidFile = files.next();
        const QString dataDirectory = QFileInfo(pidFile).path();
        const QList<qint64> pids = postmastersOf(dataDirectory);
        for (const qint64 pid : std::as_const(pids)) {
            qWarning() << "stopping the server" << pid << "left running in" << dataDirectory;
            // SIGQUIT is PostgreSQL's immediate shutdown; this is cleanup, not a test.
            ::kill(static_cast<pid_t>(pid), SIGQUIT);
        }
        if (!waitForExit(pids, 10000)) {
            for (const qint64 pid : std::as_const(pids))
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            waitForExit(pids, 5000);
        }
    }
}

ServerDirectory::ServerDirectory()
    : m_path(makeServerDirectory(&m_error))
{}

ServerDirectory::~ServerDirectory()
{
    if (m_path.isEmpty())
        return;
    stopServersBelow(m_path);
    QDir(m_path).removeRecursively();
}

bool isProcessAlive(qint64 pid)
{
    const QList<QByteArray> fields = statFields(pid);
    if (fields.isEmpty())
        return false;
    const QByteArray state = fields.first();
    return state != "Z" && state != "X" && state != "x";
}

QList<qint64> childProcesses(qint64 pid)
{
    QList<qint64> children;
    for (const qint64 candidate : allProcesses()) {
        const QList<QByteArray> fields = statFields(candidate);
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid && isProcessAlive(candidate))
            children << candidate;
    }
    return children;
}

QList<qint64> postmastersOf(const QString &dataDirectory)
{
    const QString wanted = QFileInfo(dataDirectory).canonicalFilePath();
    QList<qint64> postmasters;
    if (wanted.isEmpty())
        return postmasters;
    for (const qint64 pid : allProcesses()) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        if (arguments.isEmpty() || !arguments.first().endsWith("postgres"))
            continue;
        // pg_ctl starts the postmaster as `postgres -D <datadir>`; the server's children
        // rewrite their command line ("postgres: checkpointer") and so never match.
        for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
            if (arguments.at(i) == "-D" &&
                QFileInfo(QFile::decodeName(arguments.at(i + 1))).canonicalFilePath() == wanted &&
                isProcessAlive(pid)) {
                postmasters << pid;
                break;
            }
        }
    }
    return postmasters;
}

bool waitForExit(const QList<qint64> &pids, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const bool anyAlive = std::any_of(pids.cbegin(), pids.cend(), isProcessAlive);
        if (!anyAlive)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

} // namespace saraban::test
