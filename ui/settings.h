#pragma once

// The client's saved preferences. Passwords never go here: they live in the system keychain.
#include "core/db/connectionprofile.h"
#include "core/i18n/translations.h"
#include "ui/serverprofiles.h"

#include <QString>

namespace saraban::ui {

struct Preferences
{
    Language language = Language::Lao;
    QString laoFontFamily; // "Noto Sans Lao" or "Phetsarath OT"
    int fontPointSize = 11;
    // The named servers (ui/serverprofiles.h) and the one used last.
    ServerProfiles servers;
    // Where the next start connects, from servers' last used: read-only summaries, so a change
    // of server can be noticed (and said to need a restart).
    bool useSharedServer = false;
    QString sharedConnInfo; // libpq connection string, without password

    static Preferences load();
    void save() const;
};

} // namespace saraban::ui
