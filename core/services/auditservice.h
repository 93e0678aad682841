#pragma once

// Verifies the audit chain (core/schema/0003_audit.sql) by recomputing every record's SHA-256
// here, from the stored fields, rather than trusting a function on the server: a superuser
// who edits, deletes or inserts records is caught unless they also rewrite every later hash
// and the chain's head.
#include "core/domain/auditreport.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace saraban {

class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::AuditService)

public:
    explicit AuditService(QSqlDatabase database);

    // Reads the whole chain in one consistent snapshot, page by page.
    Result<AuditReport> verify() const;
    // One sentence for people about what verify() found.
    static QString describe(const AuditReport &report);

private:
    QSqlDatabase m_database;
};

} // namespace saraban
