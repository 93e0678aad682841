#include "core/text/laodate.h"

#include <array>

namespace saraban::text {

namespace {

// The twelve Lao month names (lao.md). Written out rather than taken from QLocale or ICU so a
// library update can never change how a letter heading is spelled.
constexpr std::array<const char16_t *, 12> laoMonths = {u"ມັງກອນ",  u"ກຸມພາ", u"ມີນາ",   u"ເມສາ",
                                                        u"ພຶດສະພາ", u"ມິຖຸນາ", u"ກໍລະກົດ", u"ສິງຫາ",
                                                        u"ກັນຍາ",   u"ຕຸລາ",  u"ພະຈິກ",  u"ທັນວາ"};

constexpr std::array<const char16_t *, 12> englishMonths = {
    u"January", u"February", u"March",     u"April",   u"May",      u"June",
    u"July",    u"August",   u"September", u"October", u"November", u"December"};

} // namespace

QString monthName(int month, Language language)
{
    if (month < 1 || month > 12)
        return QString();
    const auto index = static_cast<std::size_t>(month - 1);
    return QString::fromUtf16(language == Language::Lao ? laoMonths[index] : englishMonths[index]);
}

QString formatDate(const QDate &date, Language language, DateForm form)
{
    if (!date.isValid())
        return QString();
    if (form == DateForm::Short) {
        return QStringLiteral("%1/%2/%3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.year());
    }
    const QString longForm =
        QStringLiteral("%1 %2 %3")
            .arg(QString::number(date.day()), monthName(date.month(), language),
                 QString::number(date.year()));
    if (form == DateForm::Letter && language == Language::Lao)
        return QStringLiteral("ວັນທີ ") + longForm;
    return longForm;
}

QString formatDateTime(const QDateTime &dateTime, Language language, DateForm form)
{
    if (!dateTime.isValid())
        return QString();
    const QString date = formatDate(dateTime.date(), language, form);
    const QString time = dateTime.time().toString(QStringLiteral("HH:mm"));
    if (form == DateForm::Short)
        return date + QLatin1Char(' ') + time;
    return language == Language::Lao ? date + QStringLiteral(" ເວລາ ") + time
                                     : date + QStringLiteral(" at ") + time;
}

} // namespace saraban::text
