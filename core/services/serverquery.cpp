#include "core/services/serverquery.h"

#include "core/services/servererror.h"

namespace saraban {

ServerQuery::ServerQuery(const QSqlDatabase &database, const QString &sql)
    : m_sql(sql)
    , m_query(database)
{
    m_query.setForwardOnly(true);
}

ServerQuery &ServerQuery::bind(const QString &placeholder, const QVariant &value)
{
    for (auto &binding : m_bindings) {
        if (binding.first == placeholder) {
            binding.second = value;
            return *this;
        }
    }
    m_bindings.append({placeholder, value});
    return *this;
}

Status ServerQuery::exec()
{
    if (m_bindings.isEmpty()) {
        if (!m_query.exec(m_sql))
            return ServerError::toError(m_query.lastError(), m_sql);
        return {};
    }
    if (!m_prepared) {
        if (!m_query.prepare(m_sql))
            return ServerError::toError(m_query.lastError(), m_sql);
        m_prepared = true;
    }
    for (const auto &[placeholder, value] : std::as_const(m_bindings))
        m_query.bindValue(placeholder, value);
    if (!m_query.exec())
        return ServerError::toError(m_query.lastError(), m_sql);
    return {};
}

} // namespace saraban
