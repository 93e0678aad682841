#include "core/db/migrator.h"

#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

namespace saraban {

namespace {

// Any constant works; it only has to be the same for every Saraban client, so that two
// clients migrating one shared database at once take turns.
constexpr qint64 migrationLockKey = 0x5341524142414e; // "SARABAN"

} // namespace

QList<Migration> Migrator::embedded()
{
    auto migrations = load(QStringLiteral(":/schema"));
    // The embedded files are part of the build; a bad name there is a build defect.
    Q_ASSERT(migrations.ok());
    return migrations.ok() ? migrations.value() : QList<Migration>{};
}

Result<QList<Migration>> Migrator::load(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QStringList files =
        QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            return Error{
                QStringLiteral("schema.filename"),
                tr("The migration file name %1 does not follow NNNN_name.sql.").arg(fileName),
                QString()};
        }
        QFile file(QDir(directory).filePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{QStringLiteral("schema.read"),
                         tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                         QString()};
        }
        const QByteArray content = file.readAll();
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = match.captured(2);
        migration.sql = QString::fromUtf8(content);
        migration.checksum = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        if (!migrations.isEmpty() && migrations.last().version == migration.version) {
            return Error{QStringLiteral("schema.duplicate"),
                         tr("Two migrations have the number %1.").arg(migration.version),
                         QString()};
        }
        migrations << migration;
    }
    return migrations;
}

Migrator::Migrator(QSqlDatabase database, QList<Migration> migrations)
    : m_database(std::move(database))
    , m_migrations(std::move(migrations))
{}

Status Migrator::ensureVersionTable() const
{
    // The version table is the migrator's own bookkeeping, not part of any migration, so that
    // even the first migration is recorded like every other.
    return db::executeScript(m_database, QStringLiteral(R"sql(
        CREATE SCHEMA IF NOT EXISTS saraban;
        CREATE TABLE IF NOT EXISTS saraban.schema_version (
            version    integer PRIMARY KEY,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text        NOT NULL DEFAULT current_user
        );
    )sql"));
}

Result<QList<QPair<int, QString>>> Migrator::applied() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT to_regclass('saraban.schema_version') IS NOT NULL")) ||
        !query.next())
        return db::fromSqlError(query.lastError());
    QList<QPair<int, QString>> rows;
    if (!query.value(0).toBool())
        return rows;
    if (!query.exec(QStringLiteral(
            "SELECT version, checksum FROM saraban.schema_version ORDER BY version")))
        return db::fromSqlError(query.lastError());
    while (query.next())
        rows.append({query.value(0).toInt(), query.value(1).toString()});
    return rows;
}

Status Migrator::checkApplied(const QList<QPair<int, QString>> &applied) const
{
    const int known = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    const int current = applied.isEmpty() ? 0 : applied.last().first;
    if (current > known) {
        return Error{QStringLiteral("schema.newer"),
                     tr("The database has schema version %1, newer than this Saraban knows "
                        "(%2). Install the newer Saraban that the server expects.")
                         .arg(current)
                         .arg(known),
                     QString()};
    }
    for (const auto &[version, checksum] : applied) {
        for (const Migration &migration : m_migrations) {
            if (migration.version == version && migration.checksum != checksum) {
                return Error{QStringLiteral("schema.mismatch"),
                             tr("Migration %1 (%2) on the server differs from the one in this "
                                "Saraban. The database was set up by another build.")
                                 .arg(version)
                                 .arg(migration.name),
                             tr("Server checksum %1, ours %2").arg(checksum, migration.checksum)};
            }
        }
    }
    return {};
}

Result<SchemaState> Migrator::state() const
{
    auto rows = applied();
    if (!rows)
        return rows.error();
    SchemaState state;
    state.current = rows->isEmpty() ? 0 : rows->last().first;
    state.known = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    return state;
}

Result<int> Migrator::migrate()
{
    QSqlQuery lock(m_database);
    lock.prepare(QStringLiteral("SELECT pg_advisory_lock(:key)"));
    lock.bindValue(QStringLiteral(":key"), migrationLockKey);
    if (!lock.exec())
        return db::fromSqlError(lock.lastError());
    const auto unlock = qScopeGuard([this] {
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT pg_advisory_unlock(:key)"));
        query.bindValue(QStringLiteral(":key"), migrationLockKey);
        query.exec();
    });

    // Refuse a newer or different database before touching anything, even the version table.
    auto before = applied();
    if (!before)
        return before.error();
    if (Status status = checkApplied(*before); !status)
        return status.error();
    if (Status status = ensureVersionTable(); !status)
        return status.error();

    const int current = before->isEmpty() ? 0 : before->last().first;
    int count = 0;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= current)
            continue;
        Transaction transaction(m_database);
        if (!transaction.isActive())
            return db::fromSqlError(m_database.lastError());
        if (Status status = db::executeScript(m_database, migration.sql); !status) {
            Error error = status.error();
            error.detail = error.message + QLatin1Char('\n') + error.detail;
            error.message = tr("Migration %1 (%2) failed; the database was left at version %3.")
                                .arg(migration.version)
                                .arg(migration.name)
                                .arg(current + count);
            return error;
        }
        QSqlQuery record(m_database);
        record.prepare(QStringLiteral("INSERT INTO saraban.schema_version (version, name, checksum)"
                                      " VALUES (:version, :name, :checksum)"));
        record.bindValue(QStringLiteral(":version"), migration.version);
        record.bindValue(QStringLiteral(":name"), migration.name);
        record.bindValue(QStringLiteral(":checksum"), migration.checksum);
        if (!record.exec())
            return db::fromSqlError(record.lastError());
        if (Status status = transaction.commit(); !status)
            return status.error();
        qCInfo(lcMigrate) << "applied migration" << migration.version << migration.name;
        ++count;
    }
    return count;
}

} // namespace saraban
