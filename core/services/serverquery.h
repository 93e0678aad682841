#pragma once

// One statement against Saraban's server functions: bound values only, and failures read as
// ServerError (stable codes, Lao and English). Services use it; nothing above core does SQL.
#include "core/util/result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace saraban {

class ServerQuery
{
public:
    ServerQuery(const QSqlDatabase &database, const QString &sql);

    // A null QVariant binds SQL NULL; give the statement a CAST so the server knows the type.
    // Binding a placeholder again replaces its value.
    ServerQuery &bind(const QString &placeholder, const QVariant &value);
    // Runs the statement with its bound values. It is prepared on the server once, at the
    // first exec(); later ones only send the values (one round trip), so a service that runs
    // the same statement often keeps its ServerQuery. A statement without values runs directly
    // (PREPARE takes only queries, not SET and the like).
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlQuery &query() { return m_query; }

private:
    QString m_sql;
    QSqlQuery m_query;
    QList<QPair<QString, QVariant>> m_bindings;
    bool m_prepared = false;
};

} // namespace saraban
