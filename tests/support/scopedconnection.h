#pragma once

// A database connection for the length of a scope, opened through Saraban's own db::open(), so
// tests connect exactly as the application does.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace saraban::test {

class ScopedConnection
{
public:
    explicit ScopedConnection(const ConnectionProfile &profile);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool ok() const { return m_database.has_value(); }
    Status status() const { return m_error ? Status(*m_error) : Status(); }
    QSqlDatabase database() const { return m_database.value_or(QSqlDatabase()); }

    // The first column of the first row of sql (an invalid QVariant when there is no row).
    Result<QVariant> value(const QString &sql) const;
    // Every row's first column, in order.
    Result<QVariantList> column(const QString &sql) const;
    Status execute(const QString &sql) const;

private:
    QString m_name;
    std::optional<QSqlDatabase> m_database;
    std::optional<Error> m_error;
};

} // namespace saraban::test
