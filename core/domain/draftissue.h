#pragma once

// Issuing an approved or signed draft (saraban.draft_issue): the register that numbers it, and
// when, how and to whom it was sent.
#include "core/domain/letterparty.h"

#include <QDate>
#include <QList>
#include <QString>

namespace saraban {

struct DraftIssue
{
    qint64 draftId = 0;
    int registerId = 0;
    QDate sentOn;
    QString sentVia;               // the server's word: post, hand, email, fax, gnet, other
    QList<LetterParty> recipients; // role To or Copy
};

} // namespace saraban
