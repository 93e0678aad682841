#pragma once

// What a person does in a unit. A person may hold different roles in different units.
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace saraban {

enum class MemberRole { Clerk, Officer, Head, Archivist, Admin };

class MemberRoleText
{
    Q_DECLARE_TR_FUNCTIONS(saraban::MemberRole)

public:
    // The server's word: "clerk", "officer", "head", "archivist", "admin".
    static QString code(MemberRole role);
    static std::optional<MemberRole> fromCode(const QString &code);
    static QString name(MemberRole role);
};

} // namespace saraban
