#pragma once

// The client's saved preferences. Passwords never go here: they live in the system keychain.
#include "core/db/connectionprofile.h"
#include "core/i18n/translations.h"

#include <QString>

namespace saraban::ui {

struct Preferences
{
    Language language = Language::Lao;
    QString laoFontFamily; // "Noto Sans Lao" or "Phetsarath OT"
    int fontPointSize = 11;
    bool useSharedServer = false;
    QString sharedConnInfo; // libpq connection string, without password

    static Preferences load();
    void save() const;
};

} // namespace saraban::ui
