#include "core/domain/memberrole.h"

namespace saraban {

QString MemberRoleText::code(MemberRole role)
{
    switch (role) {
    case MemberRole::Clerk:
        return QStringLiteral("clerk");
    case MemberRole::Officer:
        return QStringLiteral("officer");
    case MemberRole::Head:
        return QStringLiteral("head");
    case MemberRole::Archivist:
        return QStringLiteral("archivist");
    case MemberRole::Admin:
        break;
    }
    return QStringLiteral("admin");
}

std::optional<MemberRole> MemberRoleText::fromCode(const QString &code)
{
    for (const MemberRole role : {MemberRole::Clerk, MemberRole::Officer, MemberRole::Head,
                                  MemberRole::Archivist, MemberRole::Admin}) {
        if (code == MemberRoleText::code(role))
            return role;
    }
    return std::nullopt;
}

QString MemberRoleText::name(MemberRole role)
{
    switch (role) {
    case MemberRole::Clerk:
        return tr("Clerk");
    case MemberRole::Officer:
        return tr("Officer");
    case MemberRole::Head:
        return tr("Head");
    case MemberRole::Archivist:
        return tr("Archivist");
    case MemberRole::Admin:
        break;
    }
    return tr("Administrator");
}

} // namespace saraban
