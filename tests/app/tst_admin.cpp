// saraban-admin run as a separate process, the way an administrator runs it: against a scratch
// database on the pgcluster fixture through --db or SARABAN_DB, and against a private server of
// its own under SARABAN_DATA_DIR. Checks the documented exit codes (0 success, 1 a check
// failed, 2 usage or connection error), that errors are one line on stderr, and that the
// private server is gone once the command has finished.
#include "core/db/migrator.h"
#include "tests/support/childprocess.h"
#include "tests/support/cluster.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/serverdirectory.h"
#include "tests/support/verify.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saraban;
using test::ChildResult;
using test::ScopedConnection;
using test::ScratchDatabase;
using test::ServerDirectory;

namespace {

// The form an administrator writes: socket directory, port, database, user.
QString connInfoFor(const ConnectionProfile &profile)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=saraban")
        .arg(profile.host())
        .arg(profile.port())
        .arg(profile.database());
}

QString badConnInfo()
{
    return QStringLiteral("host=/tmp/saraban-test-no-such-directory port=5999 dbname=saraban "
                          "user=saraban");
}

bool hasLaoText(const QString &text)
{
    static const QRegularExpression lao(QStringLiteral("[\\x{0E80}-\\x{0EFF}]"));
    return text.contains(lao);
}

bool isOneLine(const QByteArray &text)
{
    const QByteArray trimmed = text.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains('\n');
}

} // namespace

class TestAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void migrateThenStatus();
    void errors_data();
    void errors();
    void environmentVariable_data();
    void environmentVariable();
    void privateServer();

private:
    ChildResult run(const QStringList &arguments, const QStringList &extraEnvironment = {}) const;

    std::unique_ptr<QTemporaryDir> m_config;
    // SARABAN_DATA_DIR of every --db run: nothing may ever appear there.
    std::unique_ptr<ServerDirectory> m_unusedDataDirectory;
    // A database already migrated in-process, for the SARABAN_DB tests.
    std::unique_ptr<ScratchDatabase> m_migrated;
    QString m_migratedInstallation;
};

void TestAdmin::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(SARABAN_ADMIN_PATH)).isExecutable());
    SARABAN_VERIFY_OK(test::clusterProfile());
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_unusedDataDirectory = std::make_unique<ServerDirectory>();
    QVERIFY2(m_unusedDataDirectory->isValid(), qPrintable(m_unusedDataDirectory->errorString()));

    m_migrated = std::make_unique<ScratchDatabase>(QStringLiteral("admin_migrated"));
    SARABAN_VERIFY_OK(m_migrated->status());
    ScopedConnection connection(m_migrated->profile());
    SARABAN_VERIFY_OK(connection.status());
    SARABAN_VERIFY_OK(Migrator(connection.database()).migrate());
    const auto installation =
        connection.value(QStringLiteral("SELECT installation_id FROM saraban.installation"));
    SARABAN_VERIFY_OK(installation);
    m_migratedInstallation = installation->toString();
    QVERIFY(!m_migratedInstallation.isEmpty());
}

void TestAdmin::cleanupTestCase()
{
    // Every run above named its database; none may have fallen back to a private server.
    if (m_unusedDataDirectory)
        QVERIFY(QDir(m_unusedDataDirectory->path()).isEmpty());
    m_migrated.reset();
    m_unusedDataDirectory.reset();
}

ChildResult TestAdmin::run(const QStringList &arguments, const QStringList &extraEnvironment) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"SARABAN_DB", "SARABAN_LANG", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("SARABAN_DATA_DIR"), m_unusedDataDirectory->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    for (const QString &entry : extraEnvironment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    return test::runChild(QStringLiteral(SARABAN_ADMIN_PATH), arguments, environment);
}

void TestAdmin::migrateThenStatus()
{
    ScratchDatabase scratch(QStringLiteral("admin_lifecycle"));
    SARABAN_VERIFY_OK(scratch.status());
    const QStringList db{QStringLiteral("--db"), connInfoFor(scratch.profile())};
    const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};
    const int known = Migrator::embedded().last().version;

    // Before migrating, status is a failed check that says what to do.
    ChildResult result = run(en + db + QStringList{QStringLiteral("status")});
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(QLatin1String("saraban-admin migrate")),
             qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(scratch.name()), qPrintable(result.describe()));

    result = run(en + db + QStringList{QStringLiteral("migrate")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(
                 QRegularExpression(QStringLiteral("Applied %1 migration").arg(known))),
             qPrintable(result.describe()));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.describe()));

    result = run(en + db + QStringList{QStringLiteral("migrate")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(QLatin1String("nothing to do")),
             qPrintable(result.describe()));

    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto installation =
        connection.value(QStringLiteral("SELECT installation_id FROM saraban.installation"));
    SARABAN_VERIFY_OK(installation);
    const auto applied =
        connection.value(QStringLiteral("SELECT count(*) FROM saraban.schema_version"));
    SARABAN_VERIFY_OK(applied);
    QCOMPARE(applied->toInt(), known);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("lo")}) {
        result = run(QStringList{QStringLiteral("--lang"), language} + db +
                     QStringList{QStringLiteral("status")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
        const QString out = result.standardOutput();
        QVERIFY2(out.contains(installation->toString()), qPrintable(result.describe()));
        QVERIFY2(out.contains(QLatin1String("PostgreSQL 15")), qPrintable(result.describe()));
        QVERIFY2(out.contains(scratch.name()), qPrintable(result.describe()));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.describe()));
        QVERIFY2(hasLaoText(out) == (language == QLatin1String("lo")),
                 qPrintable(result.describe()));
    }
}

void TestAdmin::errors_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("oneLine"); // false where the usage follows the error
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("shownIn"); // the language the error comes in

    struct Row
    {
        const char *name;
        QStringList arguments;
        int exitCode;
        bool oneLine;
        QString mentions; // checked in English; Lao wording comes from the translators
    };
    const QList<Row> rows{
        {"no server at the socket",
         {"--db", badConnInfo(), "status"},
         2,
         true,
         "saraban-test-no-such-directory"},
        {"malformed conninfo", {"--db", "host='unterminated", "status"}, 2, true, "unterminated"},
        {"unknown conninfo keyword", {"--db", "host=/tmp bogus=1", "migrate"}, 2, true, "bogus"},
        {"port out of range", {"--db", "host=/tmp port=99999", "status"}, 2, true, "99999"},
        {"--db without a value", {"--db"}, 2, false, "--db"},
        {"unknown command", {"frobnicate"}, 2, false, "frobnicate"},
        {"unknown option", {"--frobnicate", "status"}, 2, false, "--frobnicate"},
        {"no command", {}, 2, false, "No command"},
        {"unknown language", {"--lang", "xx", "status"}, 2, false, "xx"},
        {"arguments to migrate", {"--db", badConnInfo(), "migrate", "now"}, 2, true, "migrate"},
        {"arguments to status", {"--db", badConnInfo(), "status", "all"}, 2, true, "status"},
    };
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("lo")}) {
        for (const Row &row : rows) {
            QTest::addRow("%s, %s", qPrintable(language), row.name)
                << language << row.arguments << row.exitCode << row.oneLine
                << row.mentions
                // An unknown language falls back to the default, Lao.
                << (row.arguments.contains(QLatin1String("xx")) ? QStringLiteral("lo") : language);
        }
    }
}

void TestAdmin::errors()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(bool, oneLine);
    QFETCH(QString, mentions);
    QFETCH(QString, shownIn);

    const ChildResult result = run(QStringList{QStringLiteral("--lang"), language} + arguments);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
    QVERIFY2(result.err.startsWith("saraban-admin: "), qPrintable(result.describe()));
    if (oneLine)
        QVERIFY2(isOneLine(result.err), qPrintable(result.describe()));
    const QString firstLine = result.standardError().section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(mentions) || shownIn == QLatin1String("lo"),
             qPrintable(result.describe()));
    QVERIFY2(hasLaoText(firstLine) == (shownIn == QLatin1String("lo")),
             qPrintable(result.describe()));
}

void TestAdmin::environmentVariable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment"); // SARABAN_DB
    QTest::addColumn<int>("exitCode");

    // "good" and "bad" are replaced in the test (the database name is known only then).
    QTest::newRow("SARABAN_DB names the database") << QStringList{"status"} << "good" << 0;
    QTest::newRow("SARABAN_DB names no server") << QStringList{"status"} << "bad" << 2;
    QTest::newRow("--db wins over SARABAN_DB")
        << QStringList{"--db", "good", "status"} << "bad" << 0;
    QTest::newRow("malformed SARABAN_DB") << QStringList{"migrate"} << "port=abc" << 2;
}

void TestAdmin::environmentVariable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(int, exitCode);

    const auto resolve = [this](const QString &value) {
        if (value == QLatin1String("good"))
            return connInfoFor(m_migrated->profile());
        if (value == QLatin1String("bad"))
            return badConnInfo();
        return value;
    };
    for (QString &argument : arguments)
        argument = resolve(argument);
    const ChildResult result =
        run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
            {QStringLiteral("SARABAN_DB=") + resolve(environment)});
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    if (exitCode == 0) {
        QVERIFY2(result.standardOutput().contains(m_migratedInstallation),
                 qPrintable(result.describe()));
    } else {
        QVERIFY2(isOneLine(result.err), qPrintable(result.describe()));
    }
}

void TestAdmin::privateServer()
{
    ServerDirectory dataDirectory;
    QVERIFY2(dataDirectory.isValid(), qPrintable(dataDirectory.errorString()));
    const QString base = dataDirectory.path() + QStringLiteral("/server");
    const QString pgdata = base + QStringLiteral("/pgdata");
    const QStringList environment{QStringLiteral("SARABAN_DATA_DIR=") + dataDirectory.path()};
    const QStringList en{QStringLiteral("--lang"), QStringLiteral("en")};

    const auto leftNothingRunning = [&] {
        return !QFileInfo::exists(pgdata + QStringLiteral("/postmaster.pid")) &&
               test::postmastersOf(pgdata).isEmpty();
    };

    // A fresh directory: the first command creates the cluster, reports it, stops it again.
    ChildResult result = run(en + QStringList{QStringLiteral("status")}, environment);
    QVERIFY2(result.exitCode == 1, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(base), qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(QLatin1String("PostgreSQL 15")),
             qPrintable(result.describe()));
    QVERIFY(QFileInfo::exists(pgdata + QStringLiteral("/PG_VERSION")));
    QVERIFY(leftNothingRunning());

    result = run(en + QStringList{QStringLiteral("migrate")}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY(leftNothingRunning());

    result = run(en + QStringList{QStringLiteral("status")}, environment);
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(
                 QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"))),
             qPrintable(result.describe()));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.describe()));
    QVERIFY(leftNothingRunning());
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_admin.moc"
