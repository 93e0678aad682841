#pragma once

// The ctest fixture "pgcluster": one throwaway PostgreSQL cluster that saraban-testcluster
// starts (through saraban::LocalServer) before the tests that need a server, and stops after
// them. Tests never share a database: each makes its own scratch database on the cluster.
#include "core/db/connectionprofile.h"
#include "core/db/localserver.h"
#include "core/util/result.h"

#include <QString>

namespace saraban::test {

// Where the fixture's cluster lives, as written to the environment file.
struct ClusterInfo
{
    QString baseDirectory;
    int port = 0;
};

// saraban_add_test(... FIXTURE pgcluster) points this variable at the environment file.
inline constexpr char clusterEnvVariable[] = "SARABAN_TEST_CLUSTER_ENV";

Status writeClusterInfo(const QString &path, const ClusterInfo &info);
Result<ClusterInfo> readClusterInfo(const QString &path);
// LocalServer options for a test cluster: throwaway (no fsync), database "saraban".
LocalServerOptions clusterOptions(const ClusterInfo &info);

// The fixture cluster's superuser profile (database "saraban"), from $SARABAN_TEST_CLUSTER_ENV.
Result<ConnectionProfile> clusterProfile();

// Creates a database with a fresh name that starts with prefix, from template0 with the same
// encoding and locale as the application's own, and returns the superuser profile for it.
Result<ConnectionProfile> createScratchDatabase(const QString &prefix);
// Drops it, disconnecting anyone still connected.
Status dropScratchDatabase(const QString &name);

// A scratch database for the length of a scope.
class ScratchDatabase
{
public:
    explicit ScratchDatabase(const QString &prefix);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    const Result<ConnectionProfile> &result() const { return m_profile; }
    bool ok() const { return m_profile.ok(); }
    const Error &error() const { return m_profile.error(); }
    Status status() const { return m_profile.status(); }
    ConnectionProfile profile() const { return m_profile.value(); }
    QString name() const { return ok() ? m_profile->database() : QString(); }

private:
    Result<ConnectionProfile> m_profile;
};

} // namespace saraban::test
