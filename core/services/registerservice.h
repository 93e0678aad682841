#pragma once

// Registers and their numbers: creating a register (administrators), listing the registers
// one may see, and reserving a number ahead or releasing it (clerks).
#include "core/domain/newregister.h"
#include "core/domain/numberreservation.h"
#include "core/domain/registerinfo.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace saraban {

class RegisterService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::RegisterService)

public:
    explicit RegisterService(QSqlDatabase database);

    Result<int> addRegister(const NewRegister &newRegister);
    // The registers the caller may see (row-level security decides), by unit and code.
    Result<QList<RegisterInfo>> registers() const;
    // The visible register with this code in this unit.
    Result<RegisterInfo> find(const QString &unitCode, const QString &code) const;

    Result<NumberReservation> reserveNumber(int registerId, const QString &note);
    Status releaseNumber(qint64 reservationId, const QString &reason);

private:
    QSqlDatabase m_database;
};

} // namespace saraban
