#include "ui/settings.h"

#include "ui/appearance.h"

#include <QSettings>

namespace saraban::ui {

Preferences Preferences::load()
{
    QSettings settings;
    Preferences preferences;
    preferences.language =
        i18n::fromCode(
            settings.value(QStringLiteral("ui/language"), QStringLiteral("lo")).toString())
            .value_or(Language::Lao);
    preferences.laoFontFamily =
        settings.value(QStringLiteral("ui/laoFont"), appearance::defaultLaoFamily()).toString();
    preferences.fontPointSize =
        std::clamp(settings.value(QStringLiteral("ui/fontSize"), 11).toInt(), 8, 24);
    preferences.servers = ServerProfiles::load();
    preferences.useSharedServer = false;
    const QString last = preferences.servers.lastUsed();
    if (last == QLatin1String(ServerProfiles::otherId)) {
        preferences.useSharedServer = true;
        preferences.sharedConnInfo =
            settings.value(QStringLiteral("signin/otherServer")).toString();
    } else if (auto profile = preferences.servers.find(last); profile && !profile->isLocal()) {
        preferences.useSharedServer = true;
        preferences.sharedConnInfo = profile->connection().connInfo();
    }
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), i18n::code(language));
    settings.setValue(QStringLiteral("ui/laoFont"), laoFontFamily);
    settings.setValue(QStringLiteral("ui/fontSize"), fontPointSize);
    servers.save();
}

} // namespace saraban::ui
