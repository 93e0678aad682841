#pragma once

// Writing an issued letter's number and date onto its PDF (issue 7): the latest version of the
// letter's file is read, the document worker stamps "ເລກທີ: <number>" and "<place>, ວັນທີ
// <date>" on it by incremental update (DocumentTools::stampNumber), and the result is stored
// as a 'number' version (0013_issuing.sql), which takes the draft out of the clerk's
// "to issue" folder. The date is the letter's date in the register (the day the signatory
// approved it, as draft_issue records it), so the paper and the register agree.
//
// Runs the worker process and waits for it: call it off the GUI thread (a DbWorker job). The
// number itself is never at stake here: draft_issue took it in its own transaction before.
#include "core/pdf/documenttools.h"
#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace saraban {

class NumberStamp
{
public:
    NumberStamp(QSqlDatabase database, pdf::DocumentToolsOptions options);

    // Returns the new version's number.
    Result<int> stamp(qint64 letterId, const QString &author) const;

private:
    QSqlDatabase m_database;
    pdf::DocumentToolsOptions m_options;
};

} // namespace saraban
