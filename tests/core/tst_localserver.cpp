// LocalServer against a real PostgreSQL: first start, settings, SCRAM, warm start, stop, two
// users of one server, stale and foreign postmaster.pid files, a client killed with SIGKILL, a
// crashed postmaster, two processes racing to start one fresh directory, and failing tools.
//
// Every cluster here lives in its own fresh /tmp directory (not the pgcluster fixture), since
// the tests start, kill and race servers. Two LocalServer objects in one process stand in for
// two processes: flock() locks belong to the open file description, not to the process.
#include "core/db/connectioncontroller.h"
#include "core/db/localserver.h"
#include "core/db/servertools.h"
#include "core/db/session.h"
#include "core/db/signin.h"
#include "tests/support/childprocess.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/serverdirectory.h"
#include "tests/support/verify.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace saraban;
using test::ScopedConnection;
using test::ServerDirectory;

namespace {

LocalServerOptions optionsFor(const QString &baseDirectory)
{
    LocalServerOptions options;
    options.baseDirectory = baseDirectory;
    options.port = QRandomGenerator::global()->bounded(20000, 60001);
    options.throwaway = true;
    // A hang is a failure here; do not wait the application's full minute for it.
    options.startTimeoutSeconds = 20;
    return options;
}

QString pidFilePath(const LocalServer &server)
{
    return server.dataDirectory() + QStringLiteral("/postmaster.pid");
}

qint64 pidFromFile(const LocalServer &server)
{
    QFile file(pidFilePath(server));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

QString socketPath(const LocalServer &server)
{
    return server.socketDirectory() + QStringLiteral("/.s.PGSQL.%1").arg(server.port());
}

// What a child process is started with: the test's environment, minus anything that would
// send it to another server or another user's files.
QProcessEnvironment childEnvironment(const QString &dataDirectory, const QString &configDirectory)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"SARABAN_DB", "SARABAN_LANG", "SARABAN_PG_BINDIR", "PGHOST", "PGPORT",
                             "PGDATABASE", "PGUSER"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("SARABAN_DATA_DIR"), dataDirectory);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configDirectory);
    return environment;
}

// A child that exits at once after renaming itself "postgres"; the parent does not reap it, so
// it stays a zombie with that name until reapChild().
pid_t forkPostgresNamedChild(bool stayAlive)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        // Only async-signal-safe calls between fork and _exit: the parent has threads.
        ::prctl(PR_SET_NAME, "postgres", 0, 0, 0);
        if (stayAlive) {
            for (;;)
                ::pause();
        }
        ::_exit(0);
    }
    return pid;
}

void reapChild(pid_t pid)
{
    if (pid <= 0)
        return;
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

// Waits until the forked child has renamed itself (and, for a zombie, exited).
bool waitForPostgresNamedChild(pid_t pid, bool zombie)
{
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            const bool named = text.contains("(postgres)");
            const bool exited = text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
            if (named && exited == zombie)
                return true;
        }
        QThread::msleep(10);
    }
    return false;
}

} // namespace

class TestLocalServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void firstStartInitialises();
    void settings_data();
    void settings();
    void hbaRequiresScram();
    void passwordLogin_data();
    void passwordLogin();
    void personSignsInOffTheGuiThread_data();
    void personSignsInOffTheGuiThread();
    void secondStartIsNoOp();
    void stopRemovesPidFileAndSocket();
    void warmStartKeepsTheCluster();

    void secondObjectAdopts();
    void stalePidFile_data();
    void stalePidFile();
    void killedClientIsAdopted();
    void crashedServerRecovers();
    void racingProcesses_data();
    void racingProcesses();

    void failingToolIsReported_data();
    void failingToolIsReported();
    void socketPathTooLong();
    void unreachableDirectoryRefused();

private:
    // The cluster of the first-start tests, started once in initTestCase.
    std::unique_ptr<ServerDirectory> m_directory;
    std::unique_ptr<LocalServer> m_server;
    Status m_firstStart;
    // A stopped cluster that the stale postmaster.pid rows share, and a real pid file of it.
    std::unique_ptr<ServerDirectory> m_staleDirectory;
    QList<QByteArray> m_realPidFile;
};

void TestLocalServer::initTestCase()
{
    // A ~/.pgpass must not supply a password where the tests expect none.
    qputenv("PGPASSFILE", "/nonexistent/saraban-test/pgpass");
    m_directory = std::make_unique<ServerDirectory>();
    QVERIFY2(m_directory->isValid(), qPrintable(m_directory->errorString()));
    m_server = std::make_unique<LocalServer>(optionsFor(m_directory->path()));
    m_firstStart = m_server->start();
    SARABAN_VERIFY_OK(m_firstStart);
}

void TestLocalServer::cleanupTestCase()
{
    m_server.reset();
    m_directory.reset();
    m_staleDirectory.reset();
}

void TestLocalServer::firstStartInitialises()
{
    SARABAN_VERIFY_OK(m_firstStart);
    QVERIFY(m_server->isRunning());
    QVERIFY(m_server->initialised());
    QVERIFY(!m_server->adopted());

    QFile version(m_server->dataDirectory() + QStringLiteral("/PG_VERSION"));
    QVERIFY(version.open(QIODevice::ReadOnly));
    QCOMPARE(version.readAll().trimmed(), QByteArray("15"));

    const qint64 pid = pidFromFile(*m_server);
    QCOMPARE(test::postmastersOf(m_server->dataDirectory()), QList<qint64>{pid});
    qint64 inspected = 0;
    QCOMPARE(m_server->inspectPidFile(&inspected), LocalServer::PidFileState::Live);
    QCOMPARE(inspected, pid);
    QVERIFY(QFileInfo::exists(socketPath(*m_server)));

    // The application's database exists, in UTF-8 with a UTF-8 locale (pg_trgm needs it to
    // see Lao letters as letters).
    const ConnectionProfile profile = m_server->profile();
    QVERIFY(profile.isLocal());
    QCOMPARE(profile.database(), QStringLiteral("saraban"));
    QCOMPARE(profile.user(), QStringLiteral("saraban"));
    QCOMPARE(profile.host(), m_server->socketDirectory());
    ScopedConnection connection(profile);
    SARABAN_VERIFY_OK(connection.status());
    const auto database = connection.value(
        QStringLiteral("SELECT pg_encoding_to_char(encoding) || ' ' || datcollate || ' ' || "
                       "datctype FROM pg_database WHERE datname = current_database()"));
    SARABAN_VERIFY_OK(database);
    QCOMPARE(database->toString(), QStringLiteral("UTF8 C.UTF-8 C.UTF-8"));
    const auto user = connection.value(QStringLiteral("SELECT current_user"));
    SARABAN_VERIFY_OK(user);
    QCOMPARE(user->toString(), QStringLiteral("saraban"));
}

void TestLocalServer::settings_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");

    QTest::newRow("encoding") << "server_encoding"
                              << "UTF8";
    QTest::newRow("collation") << "lc_collate"
                               << "C.UTF-8";
    QTest::newRow("character classes") << "lc_ctype"
                                       << "C.UTF-8";
    QTest::newRow("no TCP listener") << "listen_addresses"
                                     << "";
    QTest::newRow("SCRAM for new passwords") << "password_encryption"
                                             << "scram-sha-256";
    QTest::newRow("socket for the owner only") << "unix_socket_permissions"
                                               << "0700";
    QTest::newRow("throwaway: no fsync") << "fsync"
                                         << "off";
}

void TestLocalServer::settings()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QVERIFY(m_server->isRunning());
    ScopedConnection connection(m_server->profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto value = connection.value(QStringLiteral("SHOW ") + setting);
    SARABAN_VERIFY_OK(value);
    QCOMPARE(value->toString(), expected);
}

void TestLocalServer::hbaRequiresScram()
{
    QVERIFY(m_server->isRunning());
    ScopedConnection connection(m_server->profile());
    SARABAN_VERIFY_OK(connection.status());
    // Everyone but the owner's own superuser signs in with SCRAM...
    const auto scram = connection.value(QStringLiteral(
        "SELECT count(*) FROM pg_hba_file_rules WHERE type = 'local' AND "
        "database = '{all}' AND user_name = '{all}' AND auth_method = 'scram-sha-256'"));
    SARABAN_VERIFY_OK(scram);
    QCOMPARE(scram->toInt(), 1);
    // ...and nothing is trusted, sent in clear, reachable over TCP, or unparsable.
    const auto others = connection.column(QStringLiteral(
        "SELECT line_number || ': ' || type || ' ' || coalesce(auth_method, '') || ' ' || "
        "coalesce(error, '') FROM pg_hba_file_rules WHERE type <> 'local' OR error IS NOT NULL "
        "OR auth_method NOT IN ('scram-sha-256', 'peer') OR (auth_method = 'peer' AND "
        "user_name <> '{saraban}')"));
    SARABAN_VERIFY_OK(others);
    QVERIFY2(others->isEmpty(), qPrintable(QVariant(*others).toStringList().join(u'\n')));
}

void TestLocalServer::passwordLogin_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("refusal");

    QTest::newRow("right password") << "s3cret ລາວ" << true << "";
    QTest::newRow("wrong password") << "s3cret" << false << "password authentication failed";
    QTest::newRow("no password") << "" << false << "no password supplied";
}

void TestLocalServer::passwordLogin()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(QString, refusal);
    QVERIFY(m_server->isRunning());

    ScopedConnection superuser(m_server->profile());
    SARABAN_VERIFY_OK(superuser.status());
    SARABAN_VERIFY_OK(superuser.execute(QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clerk_scram') THEN "
        "CREATE ROLE clerk_scram LOGIN PASSWORD 's3cret ລາວ'; END IF; END $$")));
    // The server keeps a SCRAM verifier, not the password or an MD5 hash of it.
    const auto verifier = superuser.value(
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'clerk_scram'"));
    SARABAN_VERIFY_OK(verifier);
    QVERIFY2(verifier->toString().startsWith(QLatin1String("SCRAM-SHA-256$")),
             qPrintable(verifier->toString().left(20)));

    const ConnectionProfile profile = m_server->profile()
                                          .withUser(QStringLiteral("clerk_scram"))
                                          .withParameter(QStringLiteral("password"), password);
    ScopedConnection clerk(profile);
    if (!accepted) {
        QVERIFY2(!clerk.ok(), "the server let a wrong password in");
        QCOMPARE(clerk.status().error().code, QStringLiteral("db.connect"));
        QVERIFY2(clerk.status().error().toString().contains(refusal),
                 qPrintable(clerk.status().error().toString()));
        return;
    }
    SARABAN_VERIFY_OK(clerk.status());
    const auto user = clerk.value(QStringLiteral("SELECT current_user"));
    SARABAN_VERIFY_OK(user);
    QCOMPARE(user->toString(), QStringLiteral("clerk_scram"));
    // Signed in by password, the clerk is an ordinary role: no superuser powers.
    const auto isSuperuser = clerk.value(QStringLiteral("SHOW is_superuser"));
    SARABAN_VERIFY_OK(isSuperuser);
    QCOMPARE(isSuperuser->toString(), QStringLiteral("off"));
}

void TestLocalServer::personSignsInOffTheGuiThread_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("right password") << "s3cret ລາວ" << true;
    QTest::newRow("wrong password") << "s3cret" << false;
}

// On the private server the owner prepares the schema; the person's own password must still be
// checked before the window opens, and on the connecting thread, not the GUI's.
void TestLocalServer::personSignsInOffTheGuiThread()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QVERIFY(m_server->isRunning());
    ScopedConnection superuser(m_server->profile());
    SARABAN_VERIFY_OK(superuser.status());
    SARABAN_VERIFY_OK(superuser.execute(QStringLiteral(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'clerk_scram') THEN "
        "CREATE ROLE clerk_scram LOGIN PASSWORD 's3cret ລາວ'; END IF; END $$")));

    LocalServerOptions options = optionsFor(m_directory->path());
    options.port = m_server->port();
    auto session = std::make_unique<DatabaseSession>(options);
    session->setCredentials(QStringLiteral("clerk_scram"), password);
    ConnectionController controller(std::move(session));
    QSignalSpy connected(&controller, &ConnectionController::connected);
    QSignalSpy failed(&controller, &ConnectionController::failed);
    const QStringList before = QSqlDatabase::connectionNames();
    controller.connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(connected.count() + failed.count() > 0, 60000);
    if (accepted) {
        QCOMPARE(connected.count(), 1);
        QVERIFY(controller.worker());
    } else {
        QCOMPARE(failed.count(), 1);
        QCOMPARE(controller.lastError().code, QString::fromLatin1(SignIn::wrongPasswordCode));
        QVERIFY(!controller.worker());
    }
    // The check's connection is gone: a refused person leaves no connection behind.
    if (!accepted) {
        QStringList added = QSqlDatabase::connectionNames();
        for (const QString &name : before)
            added.removeOne(name);
        QVERIFY2(added.isEmpty(), qPrintable(added.join(QLatin1Char(' '))));
    }
    controller.shutdown();
}

void TestLocalServer::secondStartIsNoOp()
{
    QVERIFY(m_server->isRunning());
    const qint64 before = pidFromFile(*m_server);
    const QDateTime started = QFileInfo(pidFilePath(*m_server)).lastModified();
    SARABAN_VERIFY_OK(m_server->start());
    QVERIFY(m_server->isRunning());
    QVERIFY(!m_server->adopted());
    QCOMPARE(pidFromFile(*m_server), before);
    QCOMPARE(QFileInfo(pidFilePath(*m_server)).lastModified(), started);
    QCOMPARE(test::postmastersOf(m_server->dataDirectory()), QList<qint64>{before});
}

void TestLocalServer::stopRemovesPidFileAndSocket()
{
    QVERIFY(m_server->isRunning());
    const qint64 pid = pidFromFile(*m_server);
    QVERIFY(pid > 0);
    QVERIFY(QFileInfo::exists(socketPath(*m_server)));

    SARABAN_VERIFY_OK(m_server->stop());
    QVERIFY(!m_server->isRunning());
    QVERIFY(test::waitForExit({pid}, 5000));
    QVERIFY(!QFileInfo::exists(pidFilePath(*m_server)));
    QVERIFY(!QFileInfo::exists(socketPath(*m_server)));
    QVERIFY(!QFileInfo::exists(socketPath(*m_server) + QStringLiteral(".lock")));
    QCOMPARE(m_server->inspectPidFile(), LocalServer::PidFileState::Absent);
    QVERIFY(test::postmastersOf(m_server->dataDirectory()).isEmpty());
    // Stopping what is stopped is harmless.
    SARABAN_VERIFY_OK(m_server->stop());
}

void TestLocalServer::warmStartKeepsTheCluster()
{
    const LocalServerOptions options = optionsFor(m_directory->path());
    {
        LocalServer server(options);
        SARABAN_VERIFY_OK(server.start());
        ScopedConnection connection(server.profile());
        SARABAN_VERIFY_OK(connection.status());
        SARABAN_VERIFY_OK(
            connection.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS warm_marker (note text);"
                                              "INSERT INTO warm_marker VALUES ('ຍັງຢູ່')")));
        SARABAN_VERIFY_OK(server.stop());
    }
    const QDateTime versionTime =
        QFileInfo(m_directory->path() + QStringLiteral("/pgdata/PG_VERSION")).lastModified();

    LocalServer server(options);
    SARABAN_VERIFY_OK(server.start());
    QVERIFY(!server.initialised());
    QVERIFY(!server.adopted());
    QCOMPARE(QFileInfo(server.dataDirectory() + QStringLiteral("/PG_VERSION")).lastModified(),
             versionTime);
    ScopedConnection connection(server.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto marker = connection.value(QStringLiteral("SELECT note FROM warm_marker"));
    SARABAN_VERIFY_OK(marker);
    QCOMPARE(marker->toString(), QStringLiteral("ຍັງຢູ່"));
    SARABAN_VERIFY_OK(server.stop());
}

void TestLocalServer::secondObjectAdopts()
{
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    const LocalServerOptions options = optionsFor(directory.path());

    LocalServer first(options);
    SARABAN_VERIFY_OK(first.start());
    QVERIFY(first.initialised());
    QVERIFY(!first.adopted());
    const qint64 pid = pidFromFile(first);

    LocalServer second(options);
    SARABAN_VERIFY_OK(second.start());
    QVERIFY(second.adopted());
    QVERIFY(!second.initialised());
    QCOMPARE(pidFromFile(second), pid);
    QCOMPARE(test::postmastersOf(second.dataDirectory()), QList<qint64>{pid});

    // The first one leaving must not pull the server from under the second.
    SARABAN_VERIFY_OK(first.stop());
    QVERIFY(!first.isRunning());
    QCOMPARE(test::postmastersOf(second.dataDirectory()), QList<qint64>{pid});
    QCOMPARE(second.inspectPidFile(), LocalServer::PidFileState::Live);
    {
        ScopedConnection connection(second.profile());
        SARABAN_VERIFY_OK(connection.status());
        SARABAN_VERIFY_OK(connection.value(QStringLiteral("SELECT 1")));
    }

    // The last one leaving stops it.
    SARABAN_VERIFY_OK(second.stop());
    QVERIFY(test::waitForExit({pid}, 5000));
    QVERIFY(test::postmastersOf(second.dataDirectory()).isEmpty());
    QVERIFY(!QFileInfo::exists(pidFilePath(second)));
}

enum class Owner {
    DeadProcess,
    ThisProcess,
    SleepChild,
    ZombieNamedPostgres,
    LivePostgresElsewhere,
    Garbage
};

void TestLocalServer::stalePidFile_data()
{
    QTest::addColumn<Owner>("owner");
    QTest::newRow("process that has exited") << Owner::DeadProcess;
    QTest::newRow("this test's own process") << Owner::ThisProcess;
    QTest::newRow("a sleep child") << Owner::SleepChild;
    QTest::newRow("exited postgres not yet reaped (zombie)") << Owner::ZombieNamedPostgres;
    QTest::newRow("live process named postgres, not this cluster's")
        << Owner::LivePostgresElsewhere;
    QTest::newRow("garbage instead of a pid") << Owner::Garbage;
}

void TestLocalServer::stalePidFile()
{
    QFETCH(Owner, owner);

    // One stopped cluster serves every row; its real pid file is the template for the fake.
    if (!m_staleDirectory) {
        m_staleDirectory = std::make_unique<ServerDirectory>();
        QVERIFY2(m_staleDirectory->isValid(), qPrintable(m_staleDirectory->errorString()));
        LocalServer server(optionsFor(m_staleDirectory->path()));
        SARABAN_VERIFY_OK(server.start());
        QFile real(pidFilePath(server));
        QVERIFY(real.open(QIODevice::ReadOnly));
        m_realPidFile = real.readAll().split('\n');
        SARABAN_VERIFY_OK(server.stop());
    }
    QVERIFY(m_realPidFile.size() > 2);

    qint64 fakePid = 0;
    QProcess sleeper;
    pid_t forked = -1;
    const auto cleanup = qScopeGuard([&] {
        sleeper.kill();
        sleeper.waitForFinished();
        reapChild(forked);
    });
    switch (owner) {
    case Owner::DeadProcess: {
        QProcess exited;
        exited.start(QStringLiteral("true"), {});
        QVERIFY(exited.waitForStarted());
        fakePid = exited.processId();
        QVERIFY(exited.waitForFinished());
        break;
    }
    case Owner::ThisProcess:
        fakePid = QCoreApplication::applicationPid();
        break;
    case Owner::SleepChild:
        sleeper.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(sleeper.waitForStarted());
        fakePid = sleeper.processId();
        break;
    case Owner::ZombieNamedPostgres:
        forked = forkPostgresNamedChild(false);
        QVERIFY(forked > 0);
        QVERIFY(waitForPostgresNamedChild(forked, true));
        fakePid = forked;
        break;
    case Owner::LivePostgresElsewhere:
        forked = forkPostgresNamedChild(true);
        QVERIFY(forked > 0);
        QVERIFY(waitForPostgresNamedChild(forked, false));
        fakePid = forked;
        break;
    case Owner::Garbage:
        break;
    }
    QVERIFY(owner == Owner::Garbage || fakePid > 0);

    const LocalServerOptions options = optionsFor(m_staleDirectory->path());
    LocalServer server(options);
    QList<QByteArray> lines = m_realPidFile;
    lines[0] = owner == Owner::Garbage ? QByteArray("not a pid") : QByteArray::number(fakePid);
    {
        QFile fake(pidFilePath(server));
        QVERIFY(fake.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(fake.write(lines.join('\n')) > 0);
    }
    if (owner == Owner::LivePostgresElsewhere || owner == Owner::ZombieNamedPostgres) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(fakePid));
        QVERIFY(comm.open(QIODevice::ReadOnly));
        QCOMPARE(comm.readAll().trimmed(), QByteArray("postgres"));
    }

    qint64 inspected = -1;
    QCOMPARE(server.inspectPidFile(&inspected), LocalServer::PidFileState::Stale);
    QCOMPARE(inspected, fakePid);

    SARABAN_VERIFY_OK(server.start());
    QVERIFY(!server.adopted());
    QVERIFY(!server.initialised());
    const qint64 pid = pidFromFile(server);
    QVERIFY(pid > 0 && pid != fakePid);
    QCOMPARE(test::postmastersOf(server.dataDirectory()), QList<qint64>{pid});
    SARABAN_VERIFY_OK(server.stop());
    QVERIFY(!QFileInfo::exists(pidFilePath(server)));
}

void TestLocalServer::killedClientIsAdopted()
{
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    const LocalServerOptions options = optionsFor(directory.path());

    // A client that starts the server and then dies without a chance to clean up.
    QProcess client;
    client.start(QStringLiteral(SARABAN_TESTCLUSTER_PATH),
                 {QStringLiteral("hold"), options.baseDirectory, QString::number(options.port)});
    const auto killClient = qScopeGuard([&] {
        client.kill();
        client.waitForFinished();
    });
    QVERIFY(client.waitForStarted());
    QDeadlineTimer deadline(30000);
    while (!client.readAllStandardOutput().contains("ready")) {
        QVERIFY2(client.state() == QProcess::Running && !deadline.hasExpired(),
                 client.readAllStandardError().constData());
        client.waitForReadyRead(100);
    }
    LocalServer server(options);
    const qint64 pid = pidFromFile(server);
    QVERIFY(pid > 0);
    ::kill(static_cast<pid_t>(client.processId()), SIGKILL);
    QVERIFY(client.waitForFinished());
    QCOMPARE(client.exitStatus(), QProcess::CrashExit);

    // The server outlives its client; the next one adopts it instead of starting another.
    QCOMPARE(test::postmastersOf(server.dataDirectory()), QList<qint64>{pid});
    SARABAN_VERIFY_OK(server.start());
    QVERIFY(server.adopted());
    QVERIFY(!server.initialised());
    QCOMPARE(pidFromFile(server), pid);
    {
        ScopedConnection connection(server.profile());
        SARABAN_VERIFY_OK(connection.status());
        SARABAN_VERIFY_OK(connection.value(QStringLiteral("SELECT 1")));
    }
    SARABAN_VERIFY_OK(server.stop());
    QVERIFY(test::waitForExit({pid}, 5000));
    QVERIFY(test::postmastersOf(server.dataDirectory()).isEmpty());
    QVERIFY(!QFileInfo::exists(pidFilePath(server)));
}

void TestLocalServer::crashedServerRecovers()
{
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    const LocalServerOptions options = optionsFor(directory.path());

    auto crashed = std::make_unique<LocalServer>(options);
    SARABAN_VERIFY_OK(crashed->start());
    {
        ScopedConnection connection(crashed->profile());
        SARABAN_VERIFY_OK(connection.status());
        // A throwaway cluster commits asynchronously; this row must be in the WAL before the
        // crash, as every commit is on a real installation.
        SARABAN_VERIFY_OK(connection.execute(
            QStringLiteral("SET synchronous_commit = on; CREATE TABLE crash_marker (note text); "
                           "INSERT INTO crash_marker VALUES ('kept')")));
    }
    const qint64 pid = pidFromFile(*crashed);
    QVERIFY(pid > 0);
    // Its children notice the postmaster's death and leave; until they have, the old shared
    // memory is still in use and no new postmaster may start on this directory.
    const QList<qint64> children = test::childProcesses(pid);
    QVERIFY(!children.isEmpty());
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QVERIFY(test::waitForExit(QList<qint64>{pid} + children, 15000));
    QVERIFY(QFileInfo::exists(pidFilePath(*crashed)));

    LocalServer server(options);
    QCOMPARE(server.inspectPidFile(), LocalServer::PidFileState::Stale);
    SARABAN_VERIFY_OK(server.start());
    QVERIFY(!server.adopted());
    QVERIFY(!server.initialised());
    const qint64 recovered = pidFromFile(server);
    QVERIFY(recovered > 0 && recovered != pid);
    {
        ScopedConnection connection(server.profile());
        SARABAN_VERIFY_OK(connection.status());
        const auto marker = connection.value(QStringLiteral("SELECT note FROM crash_marker"));
        SARABAN_VERIFY_OK(marker);
        QCOMPARE(marker->toString(), QStringLiteral("kept"));
    }
    // The object that saw the crash lets go without disturbing the recovered server.
    SARABAN_VERIFY_OK(crashed->stop());
    crashed.reset();
    QCOMPARE(test::postmastersOf(server.dataDirectory()), QList<qint64>{recovered});
    SARABAN_VERIFY_OK(server.stop());
    QVERIFY(test::waitForExit({recovered}, 5000));
    QVERIFY(!QFileInfo::exists(pidFilePath(server)));
}

void TestLocalServer::racingProcesses_data()
{
    QTest::addColumn<bool>("initialisedBefore");
    QTest::newRow("fresh directory") << false;
    QTest::newRow("existing, stopped cluster") << true;
}

void TestLocalServer::racingProcesses()
{
    QFETCH(bool, initialisedBefore);
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QProcessEnvironment environment = childEnvironment(directory.path(), config.path());
    const QString admin = QStringLiteral(SARABAN_ADMIN_PATH);
    const QStringList arguments{QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--verbose"), QStringLiteral("migrate")};
    if (initialisedBefore) {
        const test::ChildResult first = test::runChild(admin, arguments, environment);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    }

    QProcess one;
    QProcess two;
    for (QProcess *process : {&one, &two})
        process->setProcessEnvironment(environment);
    one.start(admin, arguments);
    two.start(admin, arguments);
    QVERIFY(one.waitForFinished(60000));
    QVERIFY(two.waitForFinished(60000));
    const QString errors = QString::fromUtf8(one.readAllStandardError()) + QLatin1Char('\n') +
                           QString::fromUtf8(two.readAllStandardError());
    const QString output = QString::fromUtf8(one.readAllStandardOutput()) + QLatin1Char('\n') +
                           QString::fromUtf8(two.readAllStandardOutput());
    const QString report = output + QStringLiteral("\n---\n") + errors;
    QCOMPARE(one.exitStatus(), QProcess::NormalExit);
    QCOMPARE(two.exitStatus(), QProcess::NormalExit);
    QVERIFY2(one.exitCode() == 0 && two.exitCode() == 0, qPrintable(report));

    // One cluster was made, at most once, and the migrations ran once between the two.
    QCOMPARE(errors.count(QLatin1String("creating the private cluster")),
             initialisedBefore ? 0 : 1);
    QCOMPARE(output.count(QLatin1String("nothing to do")), initialisedBefore ? 2 : 1);
    QCOMPARE(output.count(QLatin1String("Applied ")), initialisedBefore ? 0 : 1);
    QVERIFY2(!errors.contains(QLatin1String("saraban-admin:")), qPrintable(report));

    // The last one out stopped the server; nothing of it is left running.
    const QString dataDirectory = directory.path() + QStringLiteral("/server/pgdata");
    QVERIFY(QFileInfo::exists(dataDirectory + QStringLiteral("/PG_VERSION")));
    QVERIFY(!QFileInfo::exists(dataDirectory + QStringLiteral("/postmaster.pid")));
    QVERIFY(test::postmastersOf(dataDirectory).isEmpty());
    QFile log(directory.path() + QStringLiteral("/server/log/postgresql.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray serverLog = log.readAll();
    QVERIFY2(!serverLog.contains("lock file") && !serverLog.contains("PANIC"),
             serverLog.constData());
}

void TestLocalServer::failingToolIsReported_data()
{
    QTest::addColumn<QString>("initdb");
    QTest::addColumn<QString>("pgCtl");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("output");

    const QString failingInitdb =
        QStringLiteral("echo 'fake initdb: could not create directory: No space left on "
                       "device' >&2\nexit 1\n");
    // Enough of a cluster for LocalServer to go on to pg_ctl.
    const QString workingInitdb =
        QStringLiteral("for a; do case \"$a\" in --pgdata=*) d=\"${a#--pgdata=}\";; esac; done\n"
                       "echo 15 > \"$d/PG_VERSION\"\n");
    const QString failingPgCtl = QStringLiteral(
        "echo 'fake pg_ctl: could not start server: Address family not supported'\nexit 1\n");

    QTest::newRow("initdb fails") << failingInitdb << failingPgCtl << "server.initdb"
                                  << "initdb"
                                  << "fake initdb: could not create directory: No space left on "
                                     "device";
    QTest::newRow("pg_ctl start fails")
        << workingInitdb << failingPgCtl << "server.start"
        << "pg_ctl"
        << "fake pg_ctl: could not start server: Address family not supported";
}

void TestLocalServer::failingToolIsReported()
{
    QFETCH(QString, initdb);
    QFETCH(QString, pgCtl);
    QFETCH(QString, code);
    QFETCH(QString, tool);
    QFETCH(QString, output);

    // The one fake in these tests: PostgreSQL's tools replaced by scripts that fail, to see
    // what a person is told when a tool fails.
    ServerDirectory tools;
    QVERIFY2(tools.isValid(), qPrintable(tools.errorString()));
    const auto writeScript = [&](const QString &name, const QString &body) {
        QFile script(tools.path() + QLatin1Char('/') + name);
        return script.open(QIODevice::WriteOnly) &&
               script.write("#!/bin/sh\n" + body.toUtf8()) > 0 &&
               script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                     QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::ExeOther);
    };
    QVERIFY(writeScript(QStringLiteral("initdb"), initdb));
    QVERIFY(writeScript(QStringLiteral("pg_ctl"), pgCtl));
    qputenv("SARABAN_PG_BINDIR", QFile::encodeName(tools.path()));
    const auto restore = qScopeGuard([] { qunsetenv("SARABAN_PG_BINDIR"); });

    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    LocalServer server(optionsFor(directory.path()));
    const Status status = server.start();
    QVERIFY2(!status.ok(), "start() succeeded with failing tools");
    QCOMPARE(status.error().code, code);
    QVERIFY(!server.isRunning());
    QVERIFY(!status.error().message.isEmpty());

    // The detail names the command as a person would type it, and what it said.
    const QString detail = status.error().detail;
    const QString program = tools.path() + QLatin1Char('/') + tool;
    QVERIFY2(detail.contains(program), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("--pgdata=") + server.dataDirectory()),
             qPrintable(detail));
    QVERIFY2(detail.contains(QLatin1String("Exit code: 1")), qPrintable(detail));
    QVERIFY2(detail.contains(output), qPrintable(detail));
}

void TestLocalServer::socketPathTooLong()
{
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    const QString base = directory.path() + QLatin1Char('/') + QString(90, QLatin1Char('d'));
    LocalServer server(optionsFor(base));
    const Status status = server.start();
    SARABAN_VERIFY_ERROR(status, "server.socketpath");
    QVERIFY2(status.error().message.contains(socketPath(server)),
             qPrintable(status.error().message));
    // Refused before anything was created.
    QVERIFY(!QFileInfo::exists(server.dataDirectory()));
}

void TestLocalServer::unreachableDirectoryRefused()
{
    if (::geteuid() != 0)
        QSKIP("only root hands the server to the postgres user");
    ServerDirectory directory;
    QVERIFY2(directory.isValid(), qPrintable(directory.errorString()));
    const QString closed = directory.path() + QStringLiteral("/closed");
    QVERIFY(QDir().mkpath(closed));
    QVERIFY(QFile::setPermissions(closed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    LocalServer server(optionsFor(closed + QStringLiteral("/server")));
    const Status status = server.start();
    SARABAN_VERIFY_ERROR(status, "server.directory");
    QVERIFY2(status.error().message.contains(closed), qPrintable(status.error().message));
    QVERIFY(!QFileInfo::exists(server.dataDirectory()));
}

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
