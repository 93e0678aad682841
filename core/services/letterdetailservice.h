#pragma once

// One letter's fields, parties and files for the inbox's detail pane, read through row-level
// security (a letter routed to the caller is visible to them), and the bytes of one of its
// files through saraban.file_content(). Run on a DbWorker.
#include "core/domain/directory.h"
#include "core/domain/letterdetails.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace saraban {

class LetterDetailService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::LetterDetailService)

public:
    explicit LetterDetailService(QSqlDatabase database);

    // Labels (type, urgency, status...) in Lao when lao is true, else English.
    Result<LetterDetails> details(qint64 letterId, bool lao) const;
    Result<QByteArray> fileContent(const QByteArray &sha256) const;
    // The newest version of a draft the caller may see (its file is
    // ApprovalService::versionContent of it).
    Result<int> currentDraftVersion(qint64 draftId) const;
    // The active chain templates this draft may be submitted with: those of its unit or a unit
    // above it, for its letter type or for any (the rule saraban.draft_submit() checks).
    Result<QList<ChainChoice>> chainChoices(qint64 draftId, bool lao) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
