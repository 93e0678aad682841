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
    preferences.useSharedServer = settings.value(QStringLiteral("server/shared"), false).toBool();
    preferences.sharedConnInfo = settings.value(QStringLiteral("server/connInfo")).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/language"), i18n::code(language));
    settings.setValue(QStringLiteral("ui/laoFont"), laoFontFamily);
    settings.setValue(QStringLiteral("ui/fontSize"), fontPointSize);
    settings.setValue(QStringLiteral("server/shared"), useSharedServer);
    settings.setValue(QStringLiteral("server/connInfo"), sharedConnInfo);
}

} // namespace saraban::ui
