#include "ui/appearance.h"

#include <QApplication>
#include <QFontDatabase>

namespace saraban::ui::appearance {

namespace {

const QStringList offeredLaoFamilies = {QStringLiteral("Noto Sans Lao"),
                                        QStringLiteral("Phetsarath OT")};
const QString latinCompanion = QStringLiteral("Noto Sans");

} // namespace

QStringList availableLaoFamilies()
{
    const QStringList installed = QFontDatabase::families();
    QStringList available;
    for (const QString &family : offeredLaoFamilies) {
        if (installed.contains(family))
            available << family;
    }
    return available;
}

QString defaultLaoFamily()
{
    const QStringList available = availableLaoFamilies();
    return available.isEmpty() ? QString() : available.first();
}

QFont uiFont(const QString &laoFamily, int pointSize)
{
    QFont font;
    QString lao = laoFamily;
    if (!availableLaoFamilies().contains(lao))
        lao = defaultLaoFamily();
    QStringList families;
    if (!lao.isEmpty())
        families << lao;
    families << latinCompanion;
    font.setFamilies(families);
    font.setPointSize(pointSize);
    // Lao stacks vowels and tone marks above and below the consonant; full hinting squeezes
    // them, vertical-only hinting keeps their shapes.
    font.setHintingPreference(QFont::PreferVerticalHinting);
    return font;
}

void apply(const QString &laoFamily, int pointSize)
{
    QApplication::setFont(uiFont(laoFamily, pointSize));
}

} // namespace saraban::ui::appearance
