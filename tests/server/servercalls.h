#pragma once

// Small helpers the server tests share: run one statement with bound values as whoever the
// connection belongs to, and read a number back.
#include "core/services/serverquery.h"
#include "tests/support/scopedconnection.h"

#include <QList>
#include <QPair>
#include <QVariant>

namespace saraban::test {

using Bindings = QList<QPair<QString, QVariant>>;

// Runs sql with its bound values; failures come back with the server's stable code.
inline Status call(const QSqlDatabase &database, const QString &sql, const Bindings &bindings = {})
{
    ServerQuery query(database, sql);
    for (const auto &[name, value] : bindings)
        query.bind(name, value);
    return query.exec();
}

// The first column of the first row, as a number (-1 when the query failed or gave no row).
inline qint64 number(const ScopedConnection &connection, const QString &sql)
{
    auto value = connection.value(sql);
    return value.ok() && value->isValid() ? value->toLongLong() : -1;
}

} // namespace saraban::test
