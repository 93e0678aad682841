#pragma once

// What the "register an incoming letter" dialog asks the server while a clerk fills it in:
// the incoming registers, the labels of types, urgencies and confidentiality levels, the
// caller's clearance, the number the next letter would get (saraban.register_next_number()),
// and whether a file is already stored with an earlier letter
// (saraban.file_registered_before(), both in core/schema/0012_client.sql). Read-only; the
// registering itself is LetterService::registerLetter(). Like every service it runs on the
// connection it is given, which for the dialog is a DbWorker's, on the worker's thread.
#include "core/domain/duplicatefile.h"
#include "core/domain/registerinfo.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace saraban {

struct IntakeChoices
{
    QList<RegisterInfo> registers;              // incoming registers the caller may see
    QList<QPair<int, QString>> letterTypes;     // id, name in the interface language
    QList<QPair<int, QString>> urgencies;       // level, name
    QList<QPair<int, QString>> confidentiality; // level, name
    int clearance = -1;                         // the caller's; -1 for someone who is not a person
    int subjectMaxLength = 500;                 // the server's subject_max_length setting
    QDate today;                                // the office's date (saraban.office_today())
};

class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::IntakeService)

public:
    explicit IntakeService(QSqlDatabase database);

    Result<IntakeChoices> choices(bool lao) const;
    Result<QString> nextNumber(int registerId) const;
    Result<DuplicateFile> earlierLetterWithFile(int registerId, const QByteArray &sha256) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
