// saraban-testcluster: the ctest fixture "pgcluster", and a helper process for crash tests.
//
//   saraban-testcluster start ENVFILE      make /tmp/saraban-test-XXXXXX, start a throwaway
//                                          cluster there through saraban::LocalServer, leave it
//                                          running and record where it is in ENVFILE
//   saraban-testcluster stop ENVFILE       adopt that cluster, stop it, remove its directory
//   saraban-testcluster hold BASEDIR PORT  start (or adopt) the cluster in BASEDIR, print
//                                          "ready" and wait to be killed; a test SIGKILLs it to
//                                          play a client that died while using the server
//
// The cluster goes through the same code the application uses, so the fixture itself is a test
// of LocalServer: start, adopt after the starting process is gone, stop.
#include "core/db/localserver.h"
#include "tests/support/cluster.h"
#include "tests/support/serverdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <memory>
#include <unistd.h>

using namespace saraban;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage()
{
    err() << "usage: saraban-testcluster start ENVFILE | stop ENVFILE | hold BASEDIR PORT"
          << Qt::endl;
    return 2;
}

// Stops the cluster recorded in envFile (if still running) and removes its directory.
int stopCluster(const QString &envFile)
{
    auto info = test::readClusterInfo(envFile);
    if (!info) {
        err() << "saraban-testcluster: " << info.error().message << Qt::endl;
        return 1;
    }
    // Never remove anything but what `start` made.
    if (!info->baseDirectory.startsWith(QLatin1String("/tmp/saraban-test-"))) {
        err() << "saraban-testcluster: refusing to remove " << info->baseDirectory << Qt::endl;
        return 1;
    }
    int exitCode = 0;
    if (QFile::exists(info->baseDirectory)) {
        LocalServer server(test::clusterOptions(*info));
        Status status = server.start();
        if (status)
            status = server.stop();
        if (!status) {
            err() << "saraban-testcluster: " << status.error().toString() << Qt::endl;
            exitCode = 1;
        }
        // Whatever happened above, leave no server behind on a shared machine.
        test::stopServersBelow(info->baseDirectory);
        if (!QDir(info->baseDirectory).removeRecursively()) {
            err() << "saraban-testcluster: cannot remove " << info->baseDirectory << Qt::endl;
            exitCode = 1;
        }
    }
    QFile::remove(envFile);
    return exitCode;
}

int startCluster(const QString &envFile)
{
    // A run that was interrupted before its cleanup left a cluster behind: stop that one first.
    if (QFile::exists(envFile))
        stopCluster(envFile);

    QString error;
    test::ClusterInfo info;
    info.baseDirectory = test::makeServerDirectory(&error);
    if (info.baseDirectory.isEmpty()) {
        err() << "saraban-testcluster: " << error << Qt::endl;
        return 1;
    }
    // There is no TCP listener; the port only names the socket file. A random one still keeps
    // two runs apart should anything ever listen.
    info.port = QRandomGenerator::global()->bounded(20000, 60001);

    auto server = std::make_unique<LocalServer>(test::clusterOptions(info));
    Status status = server->start();
    if (status)
        status = test::writeClusterInfo(envFile, info);
    if (!status) {
        err() << "saraban-testcluster: " << status.error().toString() << Qt::endl;
        server.reset();
        test::stopServersBelow(info.baseDirectory);
        QDir(info.baseDirectory).removeRecursively();
        return 1;
    }
    QTextStream(stdout) << "pgcluster: " << info.baseDirectory << " port " << info.port << Qt::endl;
    // ~LocalServer stops the server, which is what an application wants on exit. The fixture
    // must outlive this process, so the object is deliberately never destroyed: at exit the
    // kernel drops its clients.lock, and `stop` later adopts the server and stops it.
    static_cast<void>(server.release());
    return 0;
}

int holdCluster(const QString &baseDirectory, int port)
{
    test::ClusterInfo info{baseDirectory, port};
    LocalServer server(test::clusterOptions(info));
    if (const Status started = server.start(); !started) {
        err() << "saraban-testcluster: " << started.error().toString() << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "ready" << Qt::endl;
    // The test kills us long before this; the limit only keeps a forgotten helper from
    // holding the server forever.
    for (int i = 0; i < 120; ++i)
        ::sleep(1);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("start"))
        return startCluster(arguments.at(1));
    if (arguments.size() == 2 && arguments.at(0) == QLatin1String("stop"))
        return stopCluster(arguments.at(1));
    if (arguments.size() == 3 && arguments.at(0) == QLatin1String("hold")) {
        bool portOk = false;
        const int port = arguments.at(2).toInt(&portOk);
        if (!portOk)
            return usage();
        return holdCluster(arguments.at(1), port);
    }
    return usage();
}
