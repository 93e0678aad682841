#pragma once

// A sender or recipient of a letter: an organisation the server knows, or free text.
#include <QString>

#include <optional>

namespace saraban {

struct LetterParty
{
    enum class Role { From, To, Copy };

    Role role = Role::From;
    std::optional<int> organisationId;
    QString name; // required without an organisation; overrides its name otherwise
};

} // namespace saraban
