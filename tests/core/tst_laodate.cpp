// Lao and English dates in the three forms letters and lists use.
#include "core/text/laodate.h"

#include <QTest>
#include <QTimeZone>

using namespace saraban;
using namespace saraban::text;

Q_DECLARE_METATYPE(saraban::Language)
Q_DECLARE_METATYPE(saraban::text::DateForm)

class tst_LaoDate : public QObject
{
    Q_OBJECT

private slots:
    void monthNames_data();
    void monthNames();
    void monthOutOfRange();
    void dates_data();
    void dates();
    void invalidDate();
    void dateTimes_data();
    void dateTimes();
};

void tst_LaoDate::monthNames_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("lao");
    QTest::addColumn<QString>("english");
    const QStringList lao = {
        QStringLiteral("ມັງກອນ"), QStringLiteral("ກຸມພາ"),   QStringLiteral("ມີນາ"),
        QStringLiteral("ເມສາ"),  QStringLiteral("ພຶດສະພາ"), QStringLiteral("ມິຖຸນາ"),
        QStringLiteral("ກໍລະກົດ"), QStringLiteral("ສິງຫາ"),   QStringLiteral("ກັນຍາ"),
        QStringLiteral("ຕຸລາ"),   QStringLiteral("ພະຈິກ"),   QStringLiteral("ທັນວາ")};
    const QStringList english = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    for (int month = 1; month <= 12; ++month) {
        QTest::addRow("%d", month) << month << lao.at(month - 1) << english.at(month - 1);
    }
}

void tst_LaoDate::monthNames()
{
    QFETCH(int, month);
    QFETCH(QString, lao);
    QFETCH(QString, english);
    QCOMPARE(monthName(month, Language::Lao), lao);
    QCOMPARE(monthName(month, Language::English), english);
}

void tst_LaoDate::monthOutOfRange()
{
    QVERIFY(monthName(0, Language::Lao).isEmpty());
    QVERIFY(monthName(13, Language::English).isEmpty());
}

void tst_LaoDate::dates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Language>("language");
    QTest::addColumn<DateForm>("form");
    QTest::addColumn<QString>("expected");
    const QDate november(2026, 11, 21);
    const QDate february(2015, 2, 11);
    QTest::newRow("lao letter") << november << Language::Lao << DateForm::Letter
                                << QStringLiteral("ວັນທີ 21 ພະຈິກ 2026");
    // The example of lao.md's place-and-date line.
    QTest::newRow("lao letter, lao.md")
        << february << Language::Lao << DateForm::Letter << QStringLiteral("ວັນທີ 11 ກຸມພາ 2015");
    QTest::newRow("lao long") << november << Language::Lao << DateForm::Long
                              << QStringLiteral("21 ພະຈິກ 2026");
    QTest::newRow("lao short, zero padded")
        << QDate(2026, 1, 5) << Language::Lao << DateForm::Short << QStringLiteral("05/01/2026");
    QTest::newRow("english letter")
        << november << Language::English << DateForm::Letter << QStringLiteral("21 November 2026");
    QTest::newRow("english long") << february << Language::English << DateForm::Long
                                  << QStringLiteral("11 February 2015");
    QTest::newRow("english short")
        << november << Language::English << DateForm::Short << QStringLiteral("21/11/2026");
    // A single-digit day stays unpadded in words, as letters write it.
    QTest::newRow("lao single digit") << QDate(2027, 7, 1) << Language::Lao << DateForm::Letter
                                      << QStringLiteral("ວັນທີ 1 ກໍລະກົດ 2027");
}

void tst_LaoDate::dates()
{
    QFETCH(QDate, date);
    QFETCH(Language, language);
    QFETCH(DateForm, form);
    QFETCH(QString, expected);
    QCOMPARE(formatDate(date, language, form), expected);
}

void tst_LaoDate::invalidDate()
{
    QVERIFY(formatDate(QDate(), Language::Lao).isEmpty());
    QVERIFY(formatDateTime(QDateTime(), Language::English).isEmpty());
}

void tst_LaoDate::dateTimes_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<DateForm>("form");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lao short") << Language::Lao << DateForm::Short
                               << QStringLiteral("21/11/2026 14:05");
    QTest::newRow("lao long") << Language::Lao << DateForm::Long
                              << QStringLiteral("21 ພະຈິກ 2026 ເວລາ 14:05");
    QTest::newRow("english long") << Language::English << DateForm::Long
                                  << QStringLiteral("21 November 2026 at 14:05");
}

void tst_LaoDate::dateTimes()
{
    QFETCH(Language, language);
    QFETCH(DateForm, form);
    QFETCH(QString, expected);
    // 07:05 UTC is 14:05 in Vientiane: the time is read in the value's own zone.
    const QDateTime utc(QDate(2026, 11, 21), QTime(7, 5), Qt::UTC);
    const QDateTime vientiane = utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Vientiane")));
    QCOMPARE(formatDateTime(vientiane, language, form), expected);
}

QTEST_GUILESS_MAIN(tst_LaoDate)
#include "tst_laodate.moc"
