#include "tests/support/scopedconnection.h"

#include "core/db/database.h"

#include <QSqlQuery>
#include <QUuid>

namespace saraban::test {

ScopedConnection::ScopedConnection(const ConnectionProfile &profile)
    : m_name(QStringLiteral("saraban-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    auto database = db::open(profile, m_name);
    if (database)
        m_database = *database;
    else
        m_error = database.error();
}

ScopedConnection::~ScopedConnection()
{
    if (!m_database)
        return;
    m_database.reset();
    db::close(m_name);
}

Result<QVariant> ScopedConnection::value(const QString &sql) const
{
    auto rows = column(sql);
    if (!rows)
        return rows.error();
    return rows->value(0);
}

Result<QVariantList> ScopedConnection::column(const QString &sql) const
{
    if (!m_database)
        return *m_error;
    QSqlQuery query(*m_database);
    if (!query.exec(sql))
        return db::fromSqlError(query.lastError(), sql);
    QVariantList values;
    while (query.next())
        values << query.value(0);
    return values;
}

Status ScopedConnection::execute(const QString &sql) const
{
    if (!m_database)
        return *m_error;
    QSqlQuery query(*m_database);
    if (!query.exec(sql))
        return db::fromSqlError(query.lastError(), sql);
    return {};
}

} // namespace saraban::test
