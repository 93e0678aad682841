#include "tests/support/cluster.h"

#include "tests/support/scopedconnection.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

namespace saraban::test {

namespace {

constexpr char baseDirectoryKey[] = "SARABAN_TEST_BASEDIR";
constexpr char portKey[] = "SARABAN_TEST_PORT";

Error clusterError(const QString &message)
{
    return Error{QStringLiteral("test.cluster"), message, QString()};
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

Status writeClusterInfo(const QString &path, const ClusterInfo &info)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return clusterError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray content =
        "# Written by saraban-testcluster start; removed by saraban-testcluster stop.\n" +
        QByteArray(baseDirectoryKey) + '=' + QFile::encodeName(info.baseDirectory) + '\n' +
        QByteArray(portKey) + '=' + QByteArray::number(info.port) + '\n';
    file.write(content);
    if (!file.commit())
        return clusterError(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<ClusterInfo> readClusterInfo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return clusterError(
            QStringLiteral("cannot read the fixture file %1 (%2): is the pgcluster fixture "
                           "running? Run the test through ctest, or start one with "
                           "`saraban-testcluster start %1`.")
                .arg(path, file.errorString()));
    }
    ClusterInfo info;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype equals = line.indexOf('=');
        if (line.startsWith('#') || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == baseDirectoryKey)
            info.baseDirectory = QFile::decodeName(value);
        else if (key == portKey)
            info.port = value.toInt();
    }
    if (info.baseDirectory.isEmpty() || info.port <= 0)
        return clusterError(QStringLiteral("the fixture file %1 is incomplete").arg(path));
    return info;
}

LocalServerOptions clusterOptions(const ClusterInfo &info)
{
    LocalServerOptions options;
    options.baseDirectory = info.baseDirectory;
    options.port = info.port;
    options.database = QStringLiteral("saraban");
    options.throwaway = true;
    return options;
}

Result<ConnectionProfile> clusterProfile()
{
    const QString path = qEnvironmentVariable(clusterEnvVariable);
    if (path.isEmpty()) {
        return clusterError(QStringLiteral("%1 is not set: this test needs the pgcluster "
                                           "fixture. Run it through ctest.")
                                .arg(QLatin1String(clusterEnvVariable)));
    }
    auto info = readClusterInfo(path);
    if (!info)
        return info.error();
    // Constructing a LocalServer starts nothing; it only knows where its socket is.
    return LocalServer(clusterOptions(*info)).profile();
}

Result<ConnectionProfile> createScratchDatabase(const QString &prefix)
{
    auto cluster = clusterProfile();
    if (!cluster)
        return cluster.error();

    static QAtomicInt counter;
    QString stem = prefix.toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    const QString suffix =
        QStringLiteral("_%1_%2_%3")
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1))
            .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
    // PostgreSQL truncates identifiers to 63 bytes; keep the unique part.
    const QString name = stem.left(63 - suffix.size()) + suffix;

    ScopedConnection admin(cluster->withDatabase(QStringLiteral("postgres")));
    if (!admin.ok())
        return admin.status().error();
    // CREATE DATABASE takes no bind parameters; the name is made above from [a-z0-9_] only.
    if (Status status = admin.execute(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                                     "ENCODING 'UTF8' LOCALE 'C.UTF-8'")
                                          .arg(quoteIdentifier(name)));
        !status)
        return status.error();
    return cluster->withDatabase(name);
}

Status dropScratchDatabase(const QString &name)
{
    auto cluster = clusterProfile();
    if (!cluster)
        return cluster.error();
    ScopedConnection admin(cluster->withDatabase(QStringLiteral("postgres")));
    if (!admin.ok())
        return admin.status();
    return admin.execute(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)));
}

ScratchDatabase::ScratchDatabase(const QString &prefix)
    : m_profile(createScratchDatabase(prefix))
{}

ScratchDatabase::~ScratchDatabase()
{
    if (!ok())
        return;
    const Status dropped = dropScratchDatabase(name());
    if (!dropped)
        qWarning().noquote() << "cannot drop the scratch database" << name() << ':'
                             << dropped.error().toString();
}

} // namespace saraban::test
