// How long the private local server takes to come up, beside the same work done by hand with
// PostgreSQL's own tools in the same run:
//   cold    first start: initdb, start, create the database, apply the migrations
//   warm    start of an existing cluster, schema already current
//   stop    fast shutdown
// Baseline: initdb + pg_ctl start -w + createdb with the same encoding and locale (trust
// authentication, as the tools connect as the postgres OS user), pg_ctl stop -m fast.
// Usage: bench_localserver [rounds]   (default 5; reports median and min in milliseconds)
#include "core/db/localserver.h"
#include "core/db/servertools.h"
#include "core/db/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace saraban;

namespace {

struct Samples
{
    std::vector<double> ms;
    double median() const
    {
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[sorted.size() / 2];
    }
    double min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }
};

double timed(const std::function<bool()> &work)
{
    QElapsedTimer timer;
    timer.start();
    if (!work())
        qFatal("bench_localserver: a step failed");
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

bool check(const CommandResult &result)
{
    if (!result.succeeded())
        QTextStream(stderr) << result.report() << Qt::endl;
    return result.succeeded();
}

bool check(const Status &status)
{
    if (!status)
        QTextStream(stderr) << status.error().toString() << Qt::endl;
    return status.ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    auto located = ServerTools::locate();
    if (!located)
        qFatal("%s", qPrintable(located.error().toString()));
    const ServerTools tools = *located;

    Samples cold, warm, stop, baseCold, baseWarm, baseStop;
    for (int round = 0; round < rounds; ++round) {
        // Saraban's LocalServer, exactly as the application runs it (durable settings).
        {
            QTemporaryDir base(QStringLiteral("/tmp/saraban-bench-XXXXXX"));
            QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ExeOther);
            LocalServerOptions options;
            options.baseDirectory = base.path() + QStringLiteral("/server");
            {
                DatabaseSession first(options);
                cold.ms.push_back(timed(
                    [&] { return check(first.startServer()) && check(first.prepareSchema()); }));
                if (!check(first.shutdown()))
                    return 1;
            }
            DatabaseSession session(options);
            warm.ms.push_back(timed(
                [&] { return check(session.startServer()) && check(session.prepareSchema()); }));
            stop.ms.push_back(timed([&] { return check(session.shutdown()); }));
        }
        // The same by hand with PostgreSQL's tools.
        {
            QTemporaryDir base(QStringLiteral("/tmp/saraban-bench-XXXXXX"));
            QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                   QFile::ExeOwner | QFile::ExeOther);
            const QString data = base.path() + QStringLiteral("/pgdata");
            const QString run = base.path() + QStringLiteral("/run");
            QDir().mkpath(data);
            QDir().mkpath(run);
            if (!check(tools.handOver(data)) || !check(tools.handOver(run)) ||
                !check(tools.handOver(base.path())))
                return 1;
            const QStringList start{QStringLiteral("start"),
                                    QStringLiteral("-D"),
                                    data,
                                    QStringLiteral("-w"),
                                    QStringLiteral("-s"),
                                    QStringLiteral("-l"),
                                    data + QStringLiteral("/log"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("-c listen_addresses= -k ") + run};
            const QStringList stopArgs{
                QStringLiteral("stop"), QStringLiteral("-D"),   data,
                QStringLiteral("-m"),   QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("-s")};
            baseCold.ms.push_back(timed([&] {
                return check(tools.run(QStringLiteral("initdb"),
                                       {QStringLiteral("-D"), data, QStringLiteral("-E"),
                                        QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                        QStringLiteral("-U"), QStringLiteral("saraban"),
                                        QStringLiteral("--auth-local=trust")},
                                       120000)) &&
                       check(tools.run(QStringLiteral("pg_ctl"), start, 60000)) &&
                       check(tools.run(QStringLiteral("createdb"),
                                       {QStringLiteral("-h"), run, QStringLiteral("-U"),
                                        QStringLiteral("saraban"), QStringLiteral("saraban")},
                                       60000));
            }));
            check(tools.run(QStringLiteral("pg_ctl"), stopArgs, 60000));
            baseWarm.ms.push_back(
                timed([&] { return check(tools.run(QStringLiteral("pg_ctl"), start, 60000)); }));
            baseStop.ms.push_back(
                timed([&] { return check(tools.run(QStringLiteral("pg_ctl"), stopArgs, 60000)); }));
        }
    }

    QTextStream out(stdout);
    out << "bench_localserver: " << rounds << " rounds, median (min) in ms"
        << (tools.runsAsServiceUser() ? ", server tools run as postgres through runuser" : "")
        << "\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("step"), -28)
               .arg(QStringLiteral("Saraban"), 18)
               .arg(QStringLiteral("pg tools by hand"), 20);
    const auto row = [&](const char *name, const Samples &ours, const Samples &base) {
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QString::fromLatin1(name), -28)
                   .arg(QStringLiteral("%1 (%2)")
                            .arg(ours.median(), 0, 'f', 0)
                            .arg(ours.min(), 0, 'f', 0),
                        18)
                   .arg(QStringLiteral("%1 (%2)")
                            .arg(base.median(), 0, 'f', 0)
                            .arg(base.min(), 0, 'f', 0),
                        20);
    };
    row("cold start (initdb..ready)", cold, baseCold);
    row("warm start", warm, baseWarm);
    row("stop (fast)", stop, baseStop);
    return 0;
}
