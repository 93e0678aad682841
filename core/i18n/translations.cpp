#include "core/i18n/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace saraban::i18n {

namespace {

QTranslator *installedTranslator = nullptr;
Language currentLanguage = Language::Lao;

} // namespace

QString code(Language language)
{
    return language == Language::Lao ? QStringLiteral("lo") : QStringLiteral("en");
}

std::optional<Language> fromCode(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == QLatin1String("lo") || lower.startsWith(QLatin1String("lo_")) ||
        lower.startsWith(QLatin1String("lo-")))
        return Language::Lao;
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")) ||
        lower.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

QString nativeName(Language language)
{
    return language == Language::Lao ? QStringLiteral("ພາສາລາວ") : QStringLiteral("English");
}

QList<Language> available()
{
    return {Language::Lao, Language::English};
}

bool install(Language language)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    const QString file = QStringLiteral(":/i18n/saraban_%1.qm").arg(code(language));
    if (!translator->load(file)) {
        qCWarning(lcI18n) << "cannot load" << file;
        delete translator;
        return false;
    }
    if (installedTranslator) {
        QCoreApplication::removeTranslator(installedTranslator);
        delete installedTranslator;
    }
    QCoreApplication::installTranslator(translator);
    installedTranslator = translator;
    currentLanguage = language;
    QLocale::setDefault(language == Language::Lao
                            ? QLocale(QLocale::Lao, QLocale::Laos)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    return true;
}

Language current()
{
    return currentLanguage;
}

} // namespace saraban::i18n
