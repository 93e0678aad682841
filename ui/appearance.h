#pragma once

// Fonts. Qt draws Lao with DejaVu Sans unless told otherwise, which looks wrong to Lao readers,
// so the application font is chosen explicitly: a Lao family first (Noto Sans Lao, or the
// Phetsarath OT that offices know), then Noto Sans for Latin text, which the Lao fonts lack or
// draw poorly.
#include <QFont>
#include <QStringList>

namespace saraban::ui::appearance {

// The Lao families Saraban offers that are installed on this machine, best first.
QStringList availableLaoFamilies();
// The first available of Noto Sans Lao and Phetsarath OT (empty when neither is installed).
QString defaultLaoFamily();
// The application font: laoFamily, then the Latin companion.
QFont uiFont(const QString &laoFamily, int pointSize);
// Sets the application font (and re-polishes open windows).
void apply(const QString &laoFamily, int pointSize);

} // namespace saraban::ui::appearance
