#pragma once

// One row of a register page or a search result.
#include "core/domain/direction.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace saraban {

struct LetterSummary
{
    qint64 id = 0;
    int registerId = 0;
    Direction direction = Direction::Incoming;
    QString number;
    QDateTime registeredAt;
    QDate registeredOn;
    QDate letterDate;
    QDate receivedOn;
    QDate sentOn;
    QString theirNumber;
    QString subject;
    QString correspondents;
    std::optional<int> letterTypeId;
    int urgency = 0;
    int confidentiality = 0;
    QString status;
    bool hasFile = false;
};

} // namespace saraban
