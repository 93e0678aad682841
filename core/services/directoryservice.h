#pragma once

// The organisation chart for choosing people and units (routing, acting appointments): every
// active unit and every active membership, with the office's date and the urgency deadlines
// due dates default from. One call, a few small statements; run it on a DbWorker.
#include "core/domain/directory.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace saraban {

class DirectoryService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::DirectoryService)

public:
    explicit DirectoryService(QSqlDatabase database);

    // Names of units and urgencies in Lao when lao is true, else in English (falling back to
    // Lao where a unit has no English name).
    Result<Directory> read(bool lao) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
