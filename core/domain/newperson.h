#pragma once

// A person to create: their login role, who they are, and their first membership.
#include "core/domain/memberrole.h"

#include <QString>

namespace saraban {

struct NewPerson
{
    QString login; // the PostgreSQL login role: lower-case Latin letters, digits, "_"
    QString fullName;
    QString title;
    int clearance = 0; // a confidentiality level: 0 ordinary, 1 confidential, 2 top secret
    QString unitCode;
    MemberRole role = MemberRole::Clerk;
};

} // namespace saraban
