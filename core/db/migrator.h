#pragma once

// Brings a database to the schema this client knows: the numbered SQL files of core/schema/,
// compiled into the binary as resources. Each migration runs in its own transaction and is
// recorded, with a checksum, in saraban.schema_version. Applying twice is a no-op; a database
// that is newer than the client, or whose applied migration differs from ours, is refused.
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace saraban {

struct Migration
{
    int version = 0;
    QString name; // "foundation" for 0001_foundation.sql
    QString sql;
    QString checksum; // SHA-256 of the file, hex
};

struct SchemaState
{
    int current = 0; // highest applied version, 0 for an empty database
    int known = 0;   // highest version this client carries
    bool isCurrent() const { return current == known; }
    bool isNewer() const { return current > known; }
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(saraban::Migrator)

public:
    // The migrations embedded in this build, in order.
    static QList<Migration> embedded();
    // Reads migrations from a resource or file-system directory (tests use their own).
    static Result<QList<Migration>> load(const QString &directory);

    explicit Migrator(QSqlDatabase database, QList<Migration> migrations = embedded());

    Result<SchemaState> state() const;
    // Applies what is missing; returns how many migrations were applied.
    Result<int> migrate();

private:
    Status ensureVersionTable() const;
    Result<QList<QPair<int, QString>>> applied() const;
    Status checkApplied(const QList<QPair<int, QString>> &applied) const;

    QSqlDatabase m_database;
    QList<Migration> m_migrations;
};

} // namespace saraban
