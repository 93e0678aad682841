#pragma once

// Fresh directories for private clusters, and looking at the processes that serve them.
//
// They live under /tmp on purpose: as root, LocalServer runs PostgreSQL as the postgres user,
// which must be able to reach the cluster, and the build tree may sit under a mode-700 home.
#include <QList>
#include <QString>

namespace saraban::test {

// mkdtemp(/tmp/saraban-test-XXXXXX), opened for traversal (0711) so the postgres user can reach
// what is below it. Empty on failure, with the reason in *error.
QString makeServerDirectory(QString *error = nullptr);

// Stops (immediately) every server whose postmaster.pid lies below directory and that is still
// alive, so a failed test does not leave a postgres running on a shared machine.
void stopServersBelow(const QString &directory);

// A directory from makeServerDirectory() for the length of a scope; on destruction any server
// below it is stopped and the directory removed.
class ServerDirectory
{
public:
    ServerDirectory();
    ~ServerDirectory();
    ServerDirectory(const ServerDirectory &) = delete;
    ServerDirectory &operator=(const ServerDirectory &) = delete;

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

// True if pid names a process that has not exited. A zombie (exited, not yet reaped by its
// parent) counts as exited.
bool isProcessAlive(qint64 pid);
// Live processes whose parent is pid.
QList<qint64> childProcesses(qint64 pid);
// Live postmasters serving dataDirectory, found by their command line ("postgres -D <dir>").
QList<qint64> postmastersOf(const QString &dataDirectory);
// Waits until none of pids is alive; false if some still are when timeoutMs has passed.
bool waitForExit(const QList<qint64> &pids, int timeoutMs);

} // namespace saraban::test
