#pragma once

// The interface language. Lao is the first language and the default; English is the second.
// Both catalogues are compiled into core (:/i18n/saraban_lo.qm, saraban_en.qm) so the
// command-line tool speaks them too.
#include <QString>
#include <QStringList>

#include <optional>

namespace saraban {

enum class Language { Lao, English };

namespace i18n {

QString code(Language language);                       // "lo", "en"
std::optional<Language> fromCode(const QString &code); // accepts "lo", "lo_LA", "en", "en_US"
// The language's own name: "ພາສາລາວ", "English".
QString nativeName(Language language);
QList<Language> available();

// Installs the catalogue for language in the running application, replacing the previous one,
// and makes its locale the default (dates, numbers). Returns false if the catalogue is missing.
bool install(Language language);
Language current();

} // namespace i18n
} // namespace saraban
