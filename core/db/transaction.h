#pragma once

// A transaction that rolls back unless committed, so an early return on an error can never
// leave half a change behind (the pattern Akonadi's storage layer uses).
#include "core/util/result.h"

#include <QSqlDatabase>

namespace saraban {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    Status commit();
    void rollback();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace saraban
