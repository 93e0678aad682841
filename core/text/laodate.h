#pragma once

// Dates as Lao offices write them: "ວັນທີ 21 ພະຈິກ 2026" on a letter, "21 ພະຈິກ 2026" in a
// sentence, "21/11/2026" in a list (day first, Gregorian year, Arabic digits, as in every
// official example, see lao.md), and the same three forms in English.
//
// The language is a parameter, not the installed catalogue: a Lao letter heading keeps its Lao
// date when the interface is in English, so the month names are data here, not tr() strings.
#include "core/i18n/translations.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace saraban::text {

enum class DateForm {
    Letter, // "ວັນທີ 21 ພະຈິກ 2026" / "21 November 2026"
    Long,   // "21 ພະຈິກ 2026"      / "21 November 2026"
    Short,  // "21/11/2026" in both languages, for lists and tables
};

// month is 1..12; an empty string outside that range.
QString monthName(int month, Language language);
// An invalid date gives an empty string.
QString formatDate(const QDate &date, Language language, DateForm form = DateForm::Letter);
// A time of day after the date, 24-hour: "21/11/2026 14:05", "21 ພະຈິກ 2026 ເວລາ 14:05",
// "21 November 2026 at 14:05". The time is shown in dateTime's own time zone.
QString formatDateTime(const QDateTime &dateTime, Language language,
                       DateForm form = DateForm::Short);

} // namespace saraban::text
