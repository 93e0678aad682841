// Migrator against a real server (the pgcluster fixture), one scratch database per test:
// migrations apply in order and are recorded with their checksum, twice is a no-op, a failing
// migration leaves nothing of itself behind, a newer or different database is refused
// untouched, bad file names are rejected, the embedded schema applies, and two clients
// migrating one database at once apply each migration exactly once.
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "tests/support/cluster.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <latch>
#include <thread>

using namespace saraban;
using test::ScopedConnection;
using test::ScratchDatabase;

namespace {

struct MigrationFile
{
    QString fileName;
    QByteArray sql;
};

// Writes the files into a fresh directory and loads them the way the application does.
class MigrationSet
{
public:
    explicit MigrationSet(const QList<MigrationFile> &files)
    {
        for (const MigrationFile &file : files)
            add(file);
    }
    bool add(const MigrationFile &file)
    {
        QFile out(m_directory.filePath(file.fileName));
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(file.sql) >= 0;
    }
    bool isValid() const { return m_directory.isValid(); }
    QString path() const { return m_directory.path(); }
    Result<QList<Migration>> load() const { return Migrator::load(m_directory.path()); }

private:
    QTemporaryDir m_directory;
};

QString sha256(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

// Three migrations where each needs the one before: applied out of order, they fail.
const QList<MigrationFile> &orderedFiles()
{
    static const QList<MigrationFile> files{
        {QStringLiteral("0001_create_steps.sql"),
         "CREATE TABLE steps (id serial PRIMARY KEY, name text NOT NULL);\n"
         "INSERT INTO steps (name) VALUES ('create_steps');\n"},
        {QStringLiteral("0002_add_note.sql"),
         "ALTER TABLE steps ADD COLUMN note text;\n"
         "INSERT INTO steps (name, note) VALUES ('add_note', 'ໝາຍເຫດ');\n"},
        {QStringLiteral("0003_fill_notes.sql"),
         "UPDATE steps SET note = coalesce(note, name);\n"
         "INSERT INTO steps (name, note) VALUES ('fill_notes', 'done');\n"},
    };
    return files;
}

// "version:name:checksum" of every recorded migration, in order.
Result<QStringList> recorded(const ScopedConnection &connection)
{
    auto rows = connection.column(QStringLiteral(
        "SELECT version || ':' || name || ':' || checksum FROM saraban.schema_version "
        "ORDER BY version"));
    if (!rows)
        return rows.error();
    return QVariant(*rows).toStringList();
}

// Everything a refused migration could have touched: recorded versions, tables, schemas.
Result<QString> snapshot(const ScopedConnection &connection)
{
    auto rows = connection.column(QStringLiteral(
        "SELECT 'v ' || version || ' ' || checksum || ' ' || applied_at FROM "
        "saraban.schema_version UNION ALL SELECT 't ' || schemaname || '.' || tablename FROM "
        "pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') UNION ALL "
        "SELECT 's ' || nspname FROM pg_namespace ORDER BY 1"));
    if (!rows)
        return rows.error();
    return QVariant(*rows).toStringList().join(QLatin1Char('\n'));
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void appliesInOrder();
    void secondRunIsNoOp();
    void failingMigrationLeavesNothing_data();
    void failingMigrationLeavesNothing();
    void newerDatabaseRefused();
    void changedChecksumRefused();
    void badFileNames_data();
    void badFileNames();
    void stateDoesNotWrite();
    void embeddedSchemaApplies();
    void concurrentMigrators_data();
    void concurrentMigrators();
};

void TestMigrator::initTestCase()
{
    SARABAN_VERIFY_OK(test::clusterProfile());
}

void TestMigrator::appliesInOrder()
{
    // Written last to first, so the order cannot come from the order of creation.
    MigrationSet set({});
    QVERIFY(set.isValid());
    for (auto it = orderedFiles().crbegin(); it != orderedFiles().crend(); ++it)
        QVERIFY(set.add(*it));
    const auto migrations = set.load();
    SARABAN_VERIFY_OK(migrations);
    QCOMPARE(migrations->size(), 3);
    QStringList expected;
    for (int i = 0; i < 3; ++i) {
        const Migration &migration = migrations->at(i);
        QCOMPARE(migration.version, i + 1);
        QCOMPARE(migration.checksum, sha256(orderedFiles().at(i).sql));
        expected << QStringLiteral("%1:%2:%3")
                        .arg(migration.version)
                        .arg(migration.name, migration.checksum);
    }
    QCOMPARE(migrations->at(1).name, QStringLiteral("add_note"));
    QCOMPARE(migrations->at(1).sql, QString::fromUtf8(orderedFiles().at(1).sql));

    ScratchDatabase scratch(QStringLiteral("migrator_order"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    Migrator migrator(connection.database(), *migrations);

    const auto before = migrator.state();
    SARABAN_VERIFY_OK(before);
    QCOMPARE(before->current, 0);
    QCOMPARE(before->known, 3);
    QVERIFY(!before->isCurrent());

    const auto applied = migrator.migrate();
    SARABAN_VERIFY_OK(applied);
    QCOMPARE(*applied, 3);

    const auto after = migrator.state();
    SARABAN_VERIFY_OK(after);
    QCOMPARE(after->current, 3);
    QVERIFY(after->isCurrent());
    const auto rows = recorded(connection);
    SARABAN_VERIFY_OK(rows);
    QCOMPARE(*rows, expected);
    const auto steps =
        connection.column(QStringLiteral("SELECT name || '=' || note FROM steps ORDER BY id"));
    SARABAN_VERIFY_OK(steps);
    QCOMPARE(QVariant(*steps).toStringList(),
             QStringList({QStringLiteral("create_steps=create_steps"),
                          QStringLiteral("add_note=ໝາຍເຫດ"), QStringLiteral("fill_notes=done")}));
    const auto who =
        connection.value(QStringLiteral("SELECT string_agg(DISTINCT applied_by, ',') FROM "
                                        "saraban.schema_version"));
    SARABAN_VERIFY_OK(who);
    QCOMPARE(who->toString(), QStringLiteral("saraban"));
}

void TestMigrator::secondRunIsNoOp()
{
    MigrationSet set(orderedFiles().mid(0, 2));
    ScratchDatabase scratch(QStringLiteral("migrator_twice"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto migrations = set.load();
    SARABAN_VERIFY_OK(migrations);

    const auto first = Migrator(connection.database(), *migrations).migrate();
    SARABAN_VERIFY_OK(first);
    QCOMPARE(*first, 2);
    const auto before = snapshot(connection);
    SARABAN_VERIFY_OK(before);

    const auto second = Migrator(connection.database(), *migrations).migrate();
    SARABAN_VERIFY_OK(second);
    QCOMPARE(*second, 0);
    const auto after = snapshot(connection);
    SARABAN_VERIFY_OK(after);
    QCOMPARE(*after, *before);
    const auto steps = connection.value(QStringLiteral("SELECT count(*) FROM steps"));
    SARABAN_VERIFY_OK(steps);
    QCOMPARE(steps->toInt(), 2);

    // A newer client brings only what is new.
    QVERIFY(set.add(orderedFiles().at(2)));
    const auto grown = set.load();
    SARABAN_VERIFY_OK(grown);
    const auto third = Migrator(connection.database(), *grown).migrate();
    SARABAN_VERIFY_OK(third);
    QCOMPARE(*third, 1);
    const auto rows = recorded(connection);
    SARABAN_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 3);
}

void TestMigrator::failingMigrationLeavesNothing_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");

    QTest::newRow("error after some statements succeeded")
        << QByteArray("CREATE TABLE leftover (n int);\nINSERT INTO leftover VALUES (1);\n"
                      "UPDATE steps SET note = 'changed';\nSELECT no_such_function();\n")
        << "sql.42883"
        << "no_such_function";
    QTest::newRow("syntax error on line 3")
        << QByteArray("CREATE TABLE leftover (n int);\nUPDATE steps SET note = 'changed';\n"
                      "SELEC 1;\n")
        << "sql.42601"
        << "line 3";
    QTest::newRow("constraint violation")
        << QByteArray("CREATE TABLE leftover (n int PRIMARY KEY);\n"
                      "UPDATE steps SET note = 'changed';\n"
                      "INSERT INTO leftover VALUES (1), (1);\n")
        << "sql.23505"
        << "leftover_pkey";
}

void TestMigrator::failingMigrationLeavesNothing()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, code);
    QFETCH(QString, detail);

    MigrationSet set(orderedFiles().mid(0, 2));
    QVERIFY(set.add({QStringLiteral("0003_broken.sql"), sql}));
    QVERIFY(set.add({QStringLiteral("0004_never.sql"), "CREATE TABLE never (n int);\n"}));
    const auto migrations = set.load();
    SARABAN_VERIFY_OK(migrations);
    ScratchDatabase scratch(QStringLiteral("migrator_fail"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());

    Migrator migrator(connection.database(), *migrations);
    const auto applied = migrator.migrate();
    QVERIFY2(!applied.ok(), "a broken migration was applied");
    QCOMPARE(applied.error().code, code);
    // People learn which migration failed and where the database stands...
    QVERIFY2(applied.error().message.contains(QLatin1String("3 (broken)")) &&
                 applied.error().message.contains(QLatin1String("version 2")),
             qPrintable(applied.error().message));
    // ...and the details say what the server said.
    QVERIFY2(applied.error().detail.contains(detail), qPrintable(applied.error().detail));

    const auto state = migrator.state();
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->current, 2);
    QCOMPARE(state->known, 4);
    const auto leftovers = connection.value(
        QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename IN ('leftover', 'never')"));
    SARABAN_VERIFY_OK(leftovers);
    QCOMPARE(leftovers->toInt(), 0);
    const auto notes = connection.value(
        QStringLiteral("SELECT count(*) FROM steps WHERE note IS DISTINCT FROM 'changed'"));
    SARABAN_VERIFY_OK(notes);
    QCOMPARE(notes->toInt(), 2);
    const auto rows = recorded(connection);
    SARABAN_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);

    // The connection is usable afterwards: no transaction was left open or aborted.
    const auto alive = connection.value(QStringLiteral("SELECT 1"));
    SARABAN_VERIFY_OK(alive);
    QCOMPARE(alive->toInt(), 1);
}

void TestMigrator::newerDatabaseRefused()
{
    QList<MigrationFile> files = orderedFiles();
    files << MigrationFile{QStringLiteral("0004_four.sql"), "CREATE TABLE four (n int);\n"}
          << MigrationFile{QStringLiteral("0005_five.sql"), "CREATE TABLE five (n int);\n"};
    MigrationSet newer(files);
    MigrationSet older(files.mid(0, 3));
    const auto newerMigrations = newer.load();
    const auto olderMigrations = older.load();
    SARABAN_VERIFY_OK(newerMigrations);
    SARABAN_VERIFY_OK(olderMigrations);

    ScratchDatabase scratch(QStringLiteral("migrator_newer"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto applied = Migrator(connection.database(), *newerMigrations).migrate();
    SARABAN_VERIFY_OK(applied);
    QCOMPARE(*applied, 5);
    const auto before = snapshot(connection);
    SARABAN_VERIFY_OK(before);

    Migrator client(connection.database(), *olderMigrations);
    const auto refused = client.migrate();
    SARABAN_VERIFY_ERROR(refused, "schema.newer");
    QVERIFY2(refused.error().message.contains(QLatin1Char('5')) &&
                 refused.error().message.contains(QLatin1Char('3')),
             qPrintable(refused.error().message));
    const auto after = snapshot(connection);
    SARABAN_VERIFY_OK(after);
    QCOMPARE(*after, *before);

    const auto state = client.state();
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->current, 5);
    QCOMPARE(state->known, 3);
    QVERIFY(state->isNewer());
    QVERIFY(!state->isCurrent());
}

void TestMigrator::changedChecksumRefused()
{
    MigrationSet original(orderedFiles().mid(0, 2));
    const auto originalMigrations = original.load();
    SARABAN_VERIFY_OK(originalMigrations);
    ScratchDatabase scratch(QStringLiteral("migrator_mismatch"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto applied = Migrator(connection.database(), *originalMigrations).migrate();
    SARABAN_VERIFY_OK(applied);
    QCOMPARE(*applied, 2);
    const auto before = snapshot(connection);
    SARABAN_VERIFY_OK(before);

    // Another build changed an applied migration (even by a comment) and brought a new one.
    MigrationFile changed = orderedFiles().at(1);
    changed.sql += "-- tidied up later\n";
    MigrationSet edited({orderedFiles().at(0), changed, orderedFiles().at(2)});
    const auto editedMigrations = edited.load();
    SARABAN_VERIFY_OK(editedMigrations);
    const auto refused = Migrator(connection.database(), *editedMigrations).migrate();
    SARABAN_VERIFY_ERROR(refused, "schema.mismatch");
    QVERIFY2(refused.error().message.contains(QLatin1String("add_note")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().detail.contains(sha256(orderedFiles().at(1).sql)) &&
                 refused.error().detail.contains(sha256(changed.sql)),
             qPrintable(refused.error().detail));

    // Nothing applied, not even the new migration 0003.
    const auto after = snapshot(connection);
    SARABAN_VERIFY_OK(after);
    QCOMPARE(*after, *before);
}

void TestMigrator::badFileNames_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("code"); // empty: loads
    QTest::addColumn<int>("count");

    const auto row = [](const char *name, QStringList files, const char *code, int count) {
        QTest::newRow(name) << files << QString::fromLatin1(code) << count;
    };
    row("good names", {"0001_a.sql", "0002_b_2.sql", "0010_c3.sql"}, "", 3);
    row("other files are ignored", {"0001_a.sql", "README.md", "notes.txt"}, "", 1);
    row("no number", {"0001_a.sql", "create.sql"}, "schema.filename", 0);
    row("three digits", {"001_short.sql"}, "schema.filename", 0);
    row("five digits", {"00001_long.sql"}, "schema.filename", 0);
    row("dash", {"0001-name.sql"}, "schema.filename", 0);
    row("capital letters", {"0001_Name.sql"}, "schema.filename", 0);
    row("no name", {"0001_.sql"}, "schema.filename", 0);
    row("space", {"0001_my name.sql"}, "schema.filename", 0);
    row("Lao name", {"0001_ລາວ.sql"}, "schema.filename", 0);
    row("capital extension", {"0001_name.SQL"}, "schema.filename", 0);
    row("duplicate number", {"0001_a.sql", "0001_b.sql"}, "schema.duplicate", 0);
}

void TestMigrator::badFileNames()
{
    QFETCH(QStringList, files);
    QFETCH(QString, code);
    QFETCH(int, count);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    for (const QString &name : std::as_const(files)) {
        QFile file(directory.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("SELECT 1;\n") > 0);
    }
    const auto migrations = Migrator::load(directory.path());
    if (code.isEmpty()) {
        SARABAN_VERIFY_OK(migrations);
        QCOMPARE(migrations->size(), count);
        return;
    }
    QVERIFY2(!migrations.ok(), "a bad set of migration files was accepted");
    QCOMPARE(migrations.error().code, code);
    if (code == QLatin1String("schema.filename")) {
        const bool named = std::any_of(files.cbegin(), files.cend(), [&](const QString &name) {
            return migrations.error().message.contains(name);
        });
        QVERIFY2(named, qPrintable(migrations.error().message));
    }
}

void TestMigrator::stateDoesNotWrite()
{
    ScratchDatabase scratch(QStringLiteral("migrator_state"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto state = Migrator(connection.database()).state();
    SARABAN_VERIFY_OK(state);
    QCOMPARE(state->current, 0);
    QCOMPARE(state->known, Migrator::embedded().last().version);
    // Asking must not create the bookkeeping (a read-only role may ask).
    const auto schema = connection.value(QStringLiteral("SELECT to_regnamespace('saraban')"));
    SARABAN_VERIFY_OK(schema);
    QVERIFY(schema->isNull());
}

void TestMigrator::embeddedSchemaApplies()
{
    const QList<Migration> embedded = Migrator::embedded();
    QVERIFY(!embedded.isEmpty());
    for (int i = 0; i < embedded.size(); ++i) {
        QCOMPARE(embedded.at(i).version, i + 1);
        QVERIFY(!embedded.at(i).name.isEmpty());
        QCOMPARE(embedded.at(i).checksum.size(), 64);
        QVERIFY(!embedded.at(i).sql.trimmed().isEmpty());
    }

    ScratchDatabase scratch(QStringLiteral("migrator_embedded"));
    SARABAN_VERIFY_OK(scratch.status());
    ScopedConnection connection(scratch.profile());
    SARABAN_VERIFY_OK(connection.status());
    const auto applied = Migrator(connection.database()).migrate();
    SARABAN_VERIFY_OK(applied);
    QCOMPARE(*applied, embedded.size());
    const auto again = Migrator(connection.database()).migrate();
    SARABAN_VERIFY_OK(again);
    QCOMPARE(*again, 0);

    const auto installations =
        connection.column(QStringLiteral("SELECT installation_id FROM saraban.installation"));
    SARABAN_VERIFY_OK(installations);
    QCOMPARE(installations->size(), 1);
    QVERIFY(!QUuid::fromString(installations->first().toString()).isNull());
    const auto state = Migrator(connection.database()).state();
    SARABAN_VERIFY_OK(state);
    QVERIFY(state->isCurrent());
    QCOMPARE(state->current, embedded.last().version);
}

void TestMigrator::concurrentMigrators_data()
{
    QTest::addColumn<bool>("embedded");
    QTest::newRow("slow migrations") << false;
    QTest::newRow("embedded schema") << true;
}

void TestMigrator::concurrentMigrators()
{
    QFETCH(bool, embedded);

    // Each migration sleeps, so the second client arrives while the first is still at work.
    MigrationSet set({{QStringLiteral("0001_counter.sql"),
                       "SELECT pg_sleep(0.2);\nCREATE TABLE runs (migration int NOT NULL);\n"
                       "INSERT INTO runs VALUES (1);\n"},
                      {QStringLiteral("0002_second.sql"),
                       "SELECT pg_sleep(0.1);\nINSERT INTO runs VALUES (2);\n"},
                      {QStringLiteral("0003_third.sql"),
                       "SELECT pg_sleep(0.1);\nINSERT INTO runs VALUES (3);\n"}});
    const auto loaded = embedded ? Result<QList<Migration>>(Migrator::embedded()) : set.load();
    SARABAN_VERIFY_OK(loaded);
    const QList<Migration> migrations = *loaded;

    ScratchDatabase scratch(QStringLiteral("migrator_concurrent"));
    SARABAN_VERIFY_OK(scratch.status());
    const ConnectionProfile profile = scratch.profile();

    struct Outcome
    {
        int applied = -1;
        QString error;
    };
    Outcome outcomes[2];
    std::latch ready(2);
    const auto client = [&](Outcome &outcome) {
        // Each client is its own thread with its own connection, as two processes would be.
        const QString name = QStringLiteral("migrator-") + QUuid::createUuid().toString();
        {
            auto database = db::open(profile, name);
            ready.arrive_and_wait();
            if (!database) {
                outcome.error = database.error().toString();
            } else {
                const auto applied = Migrator(*database, migrations).migrate();
                if (applied)
                    outcome.applied = *applied;
                else
                    outcome.error = applied.error().toString();
            }
        }
        db::close(name);
    };
    std::thread first(client, std::ref(outcomes[0]));
    std::thread second(client, std::ref(outcomes[1]));
    first.join();
    second.join();

    for (const Outcome &outcome : outcomes)
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    // One of them did the work; the other waited, then found nothing left to do.
    QCOMPARE(std::min(outcomes[0].applied, outcomes[1].applied), 0);
    QCOMPARE(std::max(outcomes[0].applied, outcomes[1].applied), migrations.size());

    ScopedConnection connection(profile);
    SARABAN_VERIFY_OK(connection.status());
    const auto versions = connection.column(QStringLiteral(
        "SELECT version FROM saraban.schema_version GROUP BY version HAVING count(*) = 1 "
        "ORDER BY version"));
    SARABAN_VERIFY_OK(versions);
    QCOMPARE(versions->size(), migrations.size());
    if (embedded) {
        const auto installations =
            connection.value(QStringLiteral("SELECT count(*) FROM saraban.installation"));
        SARABAN_VERIFY_OK(installations);
        QCOMPARE(installations->toInt(), 1);
    } else {
        const auto runs =
            connection.column(QStringLiteral("SELECT migration FROM runs ORDER BY migration"));
        SARABAN_VERIFY_OK(runs);
        QCOMPARE(QVariant(*runs).toStringList(),
                 QStringList({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
    }
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
