// bench_launch: from launching Saraban to its inbox on screen, on the demo data.
//
//   bench_launch [--rounds R] [--user LOGIN] [--psql PATH]
// (default: 7 rounds as manivone, the demo person with the most to act on)
//
// Builds the demo province (saraban-admin demo's data) in a private server of its own, then
// launches the real client, `saraban --user LOGIN --timing --screenshot`, offscreen, R times in
// each of two ways:
//   private  the client starts its private local server itself (a warm start: the cluster
//            exists), as on a computer that works alone;
//   shared   the server is already running and the client is pointed at it (--db), as on
//            G-Net.
// The client signs in as the person (SARABAN_PASSWORD), opens its window and says when the
// first inbox page and the folder counts have been painted (MainWindow::inboxShown). Times are
// wall-clock from just before the process is started here, split at main(), the end of sign-in
// and the inbox shown.
//
// Baseline, in the same run: the very statements the client sent before its inbox was shown,
// captured once per way from the server's log (log_statement = all, for that run only) and
// replayed through psql, one psql per connection the client opened, all started at once, from
// launch to exit; for the private way after `pg_ctl start --wait` of the same cluster. That is
// the floor: the same server work with no window, no Qt and no threads.
#include "core/db/database.h"
#include "core/db/localserver.h"
#include "core/db/migrator.h"
#include "core/db/servertools.h"
#include "core/services/demobuilder.h"
#include "core/services/serverquery.h"
#include "tests/bench/support/benchkit.h"
#include "tests/support/serverdirectory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <chrono>
#include <memory>

using namespace saraban;
using namespace saraban::bench;

namespace {

qint64 wallMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

struct Launch
{
    double toMain = 0;     // process start to main()
    double toSignedIn = 0; // to the end of sign-in (server started, connected, schema checked)
    double toInbox = 0;    // to the first inbox page and the counts painted
};

struct Way
{
    QString name;
    QStringList arguments;
    Samples main, signedIn, inbox, baseline;
    int statements = 0;
    int connections = 0;
};

// One statement the client sent, with the connection (backend pid) and role it came from.
struct Statement
{
    QString pid;
    QString user;
    QString text;
};

class LaunchBench
{
public:
    LaunchBench(QString client, QString psql, QString user, QString base)
        : m_client(std::move(client))
        , m_psql(std::move(psql))
        , m_user(std::move(user))
        , m_base(std::move(base))
    {
        m_options.baseDirectory = m_base + QStringLiteral("/server");
        m_tools = need(ServerTools::locate(), QStringLiteral("PostgreSQL tools"));
    }

    LocalServer &server()
    {
        if (!m_server)
            m_server = std::make_unique<LocalServer>(m_options);
        return *m_server;
    }
    void stopServer()
    {
        if (m_server)
            need(m_server->stop(), QStringLiteral("stop the server"));
        m_server.reset();
    }
    QString socketDirectory() const { return m_options.baseDirectory + QStringLiteral("/run"); }
    QString logFile() const
    {
        return m_options.baseDirectory + QStringLiteral("/log/postgresql.log");
    }

    Launch launch(const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("SARABAN_DATA_DIR"), m_base);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_base + QStringLiteral("/config"));
        environment.insert(QStringLiteral("SARABAN_PASSWORD"), DemoBuilder::defaultPassword());
        // No keychain here: a remembered password is not what is measured.
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                           QStringLiteral("unix:path=/nonexistent"));
        process.setProcessEnvironment(environment);
        const QStringList all = QStringList{QStringLiteral("--lang"),
                                            QStringLiteral("lo"),
                                            QStringLiteral("--user"),
                                            m_user,
                                            QStringLiteral("--timing"),
                                            QStringLiteral("--screenshot"),
                                            m_base + QStringLiteral("/inbox.png")} +
                                arguments;
        const qint64 started = wallMicroseconds();
        process.start(m_client, all);
        if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            die(m_client + QLatin1Char(' ') + all.join(QLatin1Char(' ')),
                Error{QStringLiteral("bench.client"),
                      QString::fromUtf8(process.readAllStandardError()).right(2000),
                      {}});
        }
        static const QRegularExpression line(
            QStringLiteral("saraban-timing main=(\\d+) signed-in=(\\d+) window-shown=(\\d+) "
                           "inbox-shown=(\\d+)"));
        const auto match = line.match(QString::fromUtf8(process.readAllStandardOutput()));
        if (!match.hasMatch())
            die(m_client,
                Error{QStringLiteral("bench.timing"), QStringLiteral("no timing line"), {}});
        const auto since = [&](int field) {
            return static_cast<double>(match.captured(field).toLongLong() - started) / 1000.0;
        };
        return {since(1), since(2), since(4)};
    }

    // Runs one launch with every statement logged and returns what the client sent.
    QList<Statement> capture(const QStringList &arguments, bool serverRunning)
    {
        if (!serverRunning)
            need(server().start(), QStringLiteral("start the server"));
        setLogStatement(QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"));
        if (!serverRunning)
            stopServer();
        const qint64 from = QFileInfo(logFile()).size();
        launch(arguments);
        QFile log(logFile());
        if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
            die(logFile(), Error{QStringLiteral("io"), log.errorString(), {}});
        const QString text = QString::fromUtf8(log.readAll());
        // The log off again, before anything is timed.
        if (!serverRunning)
            need(server().start(), QStringLiteral("start the server"));
        setLogStatement(QStringLiteral("ALTER SYSTEM RESET log_statement"));
        if (!serverRunning)
            stopServer();
        return parse(text);
    }

    // The statements replayed by psql, a process per connection, all at once; ms from launch
    // to the last exit. With startFirst, pg_ctl starts the cluster first (timed with it).
    double replay(const QList<Statement> &statements, bool startFirst) const
    {
        QMap<QString, QList<Statement>> byConnection;
        for (const Statement &statement : statements)
            byConnection[statement.pid].append(statement);
        QList<std::shared_ptr<QFile>> scripts;
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
            auto script = std::make_shared<QFile>(
                m_base + QStringLiteral("/replay-%1.sql").arg(scripts.size()));
            if (!script->open(QIODevice::WriteOnly | QIODevice::Truncate))
                die(script->fileName(), Error{QStringLiteral("io"), script->errorString(), {}});
            QTextStream stream(script.get());
            stream << "\\set ON_ERROR_STOP on\n\\o /dev/null\n";
            for (const Statement &statement : *it)
                stream << statement.text
                       << (statement.text.endsWith(QLatin1Char(';')) ? "\n" : ";\n");
            stream.flush();
            script->close();
            scripts.append(script);
        }
        const qint64 started = wallMicroseconds();
        if (startFirst) {
            const CommandResult result = m_tools.run(
                QStringLiteral("pg_ctl"),
                {QStringLiteral("start"),
                 QStringLiteral("--pgdata=") + m_options.baseDirectory + QStringLiteral("/pgdata"),
                 QStringLiteral("--log=") + logFile(), QStringLiteral("--wait"),
                 QStringLiteral("--silent")},
                60000);
            if (!result.succeeded())
                die(QStringLiteral("pg_ctl start"),
                    Error{QStringLiteral("bench.pg_ctl"), result.report(), {}});
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        int index = 0;
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it, ++index) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PGPASSWORD"), DemoBuilder::defaultPassword());
            process->setProcessEnvironment(environment);
            process->start(m_psql,
                           {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                            socketDirectory(), QStringLiteral("-p"),
                            QString::number(m_options.port), QStringLiteral("-U"),
                            it->constFirst().user, QStringLiteral("-d"), QStringLiteral("saraban"),
                            QStringLiteral("-f"), scripts.at(index)->fileName()});
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            if (!process->waitForFinished(120000) || process->exitCode() != 0)
                die(m_psql, Error{QStringLiteral("psql"),
                                  QString::fromUtf8(process->readAllStandardError()),
                                  {}});
        }
        const double elapsed = static_cast<double>(wallMicroseconds() - started) / 1000.0;
        if (startFirst) {
            const CommandResult result = m_tools.run(
                QStringLiteral("pg_ctl"),
                {QStringLiteral("stop"),
                 QStringLiteral("--pgdata=") + m_options.baseDirectory + QStringLiteral("/pgdata"),
                 QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("--wait"),
                 QStringLiteral("--silent")},
                60000);
            if (!result.succeeded())
                die(QStringLiteral("pg_ctl stop"),
                    Error{QStringLiteral("bench.pg_ctl"), result.report(), {}});
        }
        return elapsed;
    }

    void setLogStatement(const QString &sql)
    {
        {
            QSqlDatabase admin = adminConnection();
            ServerQuery set(admin, sql);
            need(set.exec(), QStringLiteral("log_statement"));
            scalar(admin, QStringLiteral("SELECT pg_catalog.pg_reload_conf()"));
        }
        closeAdmin();
    }

    // The server must be running (server().start()).
    QSqlDatabase adminConnection()
    {
        return need(db::open(server().profile(), QStringLiteral("bench-admin")),
                    QStringLiteral("connect as the superuser"));
    }
    void closeAdmin()
    {
        QSqlDatabase::database(QStringLiteral("bench-admin"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    }

private:
    // Log lines look like "2026-11-22 05:01:02.345 UTC [4711] somphone@saraban LOG:  statement:
    // SELECT ..."; a statement of several lines goes on in lines that begin with a tab.
    static QList<Statement> parse(const QString &log)
    {
        static const QRegularExpression head(
            QStringLiteral("^\\S+ \\S+ \\S+ \\[(\\d+)\\] (\\S*)@(\\S*) LOG:  statement: (.*)$"));
        QList<Statement> statements;
        bool inStatement = false;
        const QStringList lines = log.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('\t'))) {
                if (inStatement)
                    statements.last().text += QLatin1Char('\n') + line.mid(1);
                continue;
            }
            const auto match = head.match(line);
            inStatement = match.hasMatch() && match.captured(3) == QLatin1String("saraban");
            if (inStatement)
                statements.append({match.captured(1), match.captured(2), match.captured(4)});
        }
        return statements;
    }

    QString m_client;
    QString m_psql;
    QString m_user;
    QString m_base;
    LocalServerOptions m_options;
    ServerTools m_tools;
    std::unique_ptr<LocalServer> m_server;
};

} // namespace

int run(const QCoreApplication &app);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    try {
        return run(app);
    } catch (const Failure &failure) {
        QTextStream(stderr) << "bench_launch: " << failure.message << Qt::endl;
        return 1;
    }
}

int run(const QCoreApplication &app)
{
    int rounds = 7;
    QString user = QStringLiteral("manivone");
    QString psql = QStringLiteral("psql");
    const QStringList arguments = app.arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--rounds"))
            rounds = std::max(1, arguments.at(i + 1).toInt());
        else if (arguments.at(i) == QLatin1String("--user"))
            user = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--psql"))
            psql = arguments.at(i + 1);
    }

    test::ServerDirectory directory;
    if (!directory.isValid())
        die(QStringLiteral("directory"), Error{QStringLiteral("io"), directory.errorString(), {}});
    QDir().mkpath(directory.path() + QStringLiteral("/config"));
    LaunchBench bench(QStringLiteral(SARABAN_CLIENT), psql, user, directory.path());

    // The demo province, exactly as `saraban-admin demo` makes it.
    QString sizes;
    {
        need(bench.server().start(), QStringLiteral("start the server"));
        {
            QSqlDatabase admin = bench.adminConnection();
            need(Migrator(admin).migrate(), QStringLiteral("migrate"));
            const auto summary =
                need(DemoBuilder(admin).build(DemoBuilder::Options{}), QStringLiteral("demo"));
            sizes =
                QStringLiteral("%1 units, %2 people, %3 letters, %4 routings, %5 drafts; %6 has "
                               "%7 items to act on")
                    .arg(summary.units)
                    .arg(summary.people)
                    .arg(scalar(admin, QStringLiteral("SELECT count(*) FROM saraban.letters"))
                             .toLongLong())
                    .arg(scalar(admin, QStringLiteral("SELECT count(*) FROM saraban.routings"))
                             .toLongLong())
                    .arg(scalar(admin, QStringLiteral("SELECT count(*) FROM saraban.drafts"))
                             .toLongLong())
                    .arg(user)
                    .arg(scalar(admin,
                                QStringLiteral("SELECT count(*) FROM saraban.routings r JOIN "
                                               "saraban.people p ON p.id = r.to_person_id WHERE "
                                               "p.login = %1 AND r.state IN ('sent', 'opened')")
                                    .arg(sqlText(user)))
                             .toLongLong());
        }
        bench.closeAdmin();
    }

    const QString shared = QStringLiteral("host=%1 port=%2 dbname=saraban user=%3")
                               .arg(bench.socketDirectory())
                               .arg(LocalServerOptions{}.port)
                               .arg(user);
    Way ways[2];
    ways[0].name = QStringLiteral("private (the client starts its server)");
    ways[1].name = QStringLiteral("shared (server already running)");
    ways[1].arguments = {QStringLiteral("--db"), shared};

    for (Way &way : ways) {
        const bool running = !way.arguments.isEmpty();
        if (running)
            need(bench.server().start(), QStringLiteral("start the server"));
        else
            bench.stopServer();
        // One launch to warm the caches, one to learn what the client sends.
        bench.launch(way.arguments);
        const QList<Statement> sent = bench.capture(way.arguments, running);
        way.statements = static_cast<int>(sent.size());
        QSet<QString> connections;
        for (const Statement &statement : sent)
            connections.insert(statement.pid);
        way.connections = static_cast<int>(connections.size());
        // Alternate, so that load on the machine falls on both columns alike.
        for (int round = 0; round < rounds; ++round) {
            const Launch launched = bench.launch(way.arguments);
            way.main.ms.push_back(launched.toMain);
            way.signedIn.ms.push_back(launched.toSignedIn);
            way.inbox.ms.push_back(launched.toInbox);
            way.baseline.ms.push_back(bench.replay(sent, !running));
        }
    }
    bench.stopServer();

    QTextStream &o = out();
    o << "bench_launch: " << sizes << "; " << rounds << " rounds, offscreen, p50 / p95 ms\n\n";
    o << "| way | to main() | to signed in | to inbox shown | psql, same statements |\n";
    o << "|---|---|---|---|---|\n";
    const auto cell = [](const Samples &samples) {
        return QStringLiteral("%1 / %2")
            .arg(samples.percentile(0.5), 0, 'f', 0)
            .arg(samples.percentile(0.95), 0, 'f', 0);
    };
    for (const Way &way : ways) {
        o << "| " << way.name << " | " << cell(way.main) << " | " << cell(way.signedIn) << " | "
          << cell(way.inbox) << " | " << cell(way.baseline) << " (" << way.statements
          << " statements, " << way.connections << " connections) |\n";
    }
    o.flush();
    return 0;
}
