#include "core/db/transaction.h"

#include "core/db/database.h"
#include "core/logging.h"

namespace saraban {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    m_active = m_database.transaction();
    if (!m_active)
        qCWarning(lcDb) << "cannot begin a transaction:" << m_database.lastError().text();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{QStringLiteral("db.transaction"), QStringLiteral("no active transaction"),
                     QString()};
    m_active = false;
    if (!m_database.commit())
        return db::fromSqlError(m_database.lastError());
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_database.rollback())
        qCWarning(lcDb) << "rollback failed:" << m_database.lastError().text();
}

} // namespace saraban
