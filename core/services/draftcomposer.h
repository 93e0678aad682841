#pragma once

// What the "new outgoing draft" dialog needs from the server, read in one go on the worker:
// the units the person may draft for (clerk, officer or head there, as saraban.draft_create()
// requires), the labels of types, urgencies and confidentiality levels with the person's
// clearance and the server's subject limit, the organisation chart (a unit's head is the
// default signatory) and each such unit's letter template (its own or the nearest one above,
// DocumentService::templateFor). Revising also reads the draft's latest version: its composer
// fields (the JSON body) and its PDF.
//
// The composer's fields travel as the version's JSON body, in the keys `saraban-admin document
// compose` reads, so one letter file describes a draft whichever tool made it.
#include "core/domain/directory.h"
#include "core/pdf/letter.h"
#include "core/services/intakeservice.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace saraban {

struct DraftSetup
{
    IntakeChoices choices;
    Directory directory;
    QList<int> draftUnits; // where the person may draft, in the chart's order
    // Per unit of draftUnits; absent when no template applies (the built-in wording is used).
    QHash<int, pdf::LetterTemplate> templates;
    QString login;
};

// A draft's latest version as the drafter revises it.
struct DraftSource
{
    qint64 draftId = 0;
    int unitId = 0;
    QString subject;
    std::optional<int> letterTypeId;
    int urgency = 0;
    int confidentiality = 0;
    QString state;
    int version = 0;
    std::optional<QJsonObject> body;
    QByteArray pdf; // empty when the version has no file
    QString fileName;
};

class DraftComposerService
{
    Q_DECLARE_TR_FUNCTIONS(saraban::DraftComposerService)

public:
    // The largest body saraban.add_draft_version() accepts (its JSON text, in bytes).
    static constexpr int maxBodyBytes = 1048576;
    static constexpr int maxNoteLength = 2000;
    static constexpr int maxFileNameLength = 255;

    explicit DraftComposerService(QSqlDatabase database);

    Result<DraftSetup> setup(const QString &login, bool lao) const;
    Result<DraftSource> latest(qint64 draftId) const;

    static QJsonObject toJson(const pdf::LetterContent &content);
    static pdf::LetterContent fromJson(const QJsonObject &body);

private:
    QSqlDatabase m_database;
};

} // namespace saraban
