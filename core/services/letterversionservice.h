#pragma once

// The versions of an incoming letter's file as the client lists them (core/schema/0011: the
// main file is version 1, each received stamp or endorsement drawn onto it adds one), and what
// the person signed in may add to it now. The server still decides when a version is added.
#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace saraban {

struct LetterVersion
{
    int version = 1;
    QString kind; // "main", "stamp" or "endorsement"
    QString note;
    QString addedBy; // the person's full name; empty for the main file
    QDateTime addedAt;
};

struct LetterFileState
{
    QList<LetterVersion> versions; // oldest first; empty when the letter has no main file
    bool received = false;         // some version is a received stamp
    bool clerk = false;            // the person is a clerk of the unit that keeps its register
    int latest() const { return versions.isEmpty() ? 0 : versions.constLast().version; }
};

struct LatestLetterFile
{
    LetterFileState state;
    QByteArray content; // the latest version's bytes; empty when there is no file
};

class LetterVersionService
{
public:
    explicit LetterVersionService(QSqlDatabase database);

    Result<LetterFileState> state(qint64 letterId) const;
    // The state and the latest version's content: what a viewer shows by default.
    Result<LatestLetterFile> latestFile(qint64 letterId) const;

private:
    QSqlDatabase m_database;
};

} // namespace saraban
