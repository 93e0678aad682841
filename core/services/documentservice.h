#pragma once

// The C++ face of core/schema/0011_documents.sql: the letter templates of a unit (kept by its
// administrators) and the versions of an incoming letter's file (received stamp, endorsement),
// each of which the server accepts only as an incremental update of the latest one.
#include "core/pdf/letter.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace saraban {

class DocumentService
{
public:
    // Number: the issued letter's number and date stamped on (0013_issuing.sql).
    enum class VersionKind { Stamp, Endorsement, Number };

    explicit DocumentService(QSqlDatabase database);

    Result<int> saveTemplate(int unitId, const QString &name,
                             const pdf::LetterTemplate &letterTemplate);
    // The unit's template of that name, else the nearest one above it; nothing if none.
    Result<std::optional<pdf::LetterTemplate>>
    templateFor(int unitId, const QString &name = QStringLiteral("default")) const;

    // Returns the new version's number (the main file is version 1).
    Result<int> addVersion(qint64 letterId, const QByteArray &content, VersionKind kind,
                           const QString &note);
    Result<QByteArray> versionContent(qint64 letterId, int version) const;
    // The latest version's number, 1 when only the main file exists.
    Result<int> latestVersion(qint64 letterId) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
