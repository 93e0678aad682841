#pragma once

// What a clerk enters to register a letter. The server checks every field again.
#include "core/domain/letterparty.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace saraban {

struct LetterDraft
{
    int registerId = 0;
    QString subject;
    QDate letterDate;
    QDate receivedOn; // incoming letters
    QDate sentOn;     // outgoing letters, when already sent
    QString theirNumber;
    QList<LetterParty> parties;
    std::optional<int> letterTypeId;
    int urgency = 0;
    int confidentiality = 0;
    QByteArray mainPdf; // empty: no file yet
    QString mainPdfName;
    QList<qint64> referencedLetters;
    QStringList referenceTexts;
    std::optional<qint64> reservationId; // use a reserved number instead of the next one
};

} // namespace saraban
