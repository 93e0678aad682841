#pragma once

// The organisation as the route and acting dialogs show it: units (a tree by parentId), the
// people working in them with their roles, and what due dates start from (the office's date
// and each urgency's deadline). Read in one go by DirectoryService; units and people are
// readable tables, so a person sees the whole chart.
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace saraban {

struct DirectoryUnit
{
    int id = 0;
    std::optional<int> parentId;
    QString code;
    QString kind; // "province", "department", "division"...
    QString nameLao;
    QString nameEnglish;
    QString abbreviation;
};

// One active membership of an active person.
struct DirectoryMember
{
    int personId = 0;
    QString login;
    QString fullName;
    QString title;
    int unitId = 0;
    QString role; // "clerk", "officer", "head", "archivist", "admin"
};

// An approval chain template a draft may be submitted with.
struct ChainChoice
{
    int id = 0;
    QString name;
};

struct Directory
{
    QList<DirectoryUnit> units;     // parents before children, then by name
    QList<DirectoryMember> members; // by unit, then name
    QDate officeToday;
    QHash<int, int> deadlineDays; // urgency level -> days until due (absent: no deadline)
    QHash<int, QString> urgencyNames;
};

} // namespace saraban
