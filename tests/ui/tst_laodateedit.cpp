// The date field every dialog uses: Lao dates shown and typed as offices write them, ISO and
// list forms typed by hand, bad text flagged without changing the date, the allowed range
// enforced, and a calendar popup whose month names are the Lao ones letters use.
#include "core/i18n/translations.h"
#include "core/text/laodate.h"
#include "ui/laodateedit.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace saraban;
using saraban::ui::LaoDateEdit;

namespace {

// Types text as a keyboard would, one character per key press (a Lao keyboard gives vowels
// and tone marks their own keys); QTest::keyClicks takes Latin-1 only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class tst_LaoDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(i18n::install(Language::Lao)); }

    void showsLaoLongDate()
    {
        LaoDateEdit edit(QDate(2026, 11, 21));
        QCOMPARE(edit.text(), QStringLiteral("21 ພະຈິກ 2026"));
        QVERIFY(edit.isAcceptable());
    }

    void roundTrips_data()
    {
        QTest::addColumn<bool>("lao");
        QTest::newRow("lao") << true;
        QTest::newRow("english") << false;
    }
    void roundTrips()
    {
        QFETCH(bool, lao);
        QVERIFY(i18n::install(lao ? Language::Lao : Language::English));
        // Every month and both ends of one, so no month name or day count is missed.
        for (int month = 1; month <= 12; ++month) {
            for (const QDate &date :
                 {QDate(2026, month, 1), QDate(2026, month, 1).addMonths(1).addDays(-1)}) {
                const QString shown = LaoDateEdit::format(date);
                QCOMPARE(LaoDateEdit::parse(shown), std::optional(date));
                LaoDateEdit edit;
                edit.setDate(date);
                QCOMPARE(edit.text(), shown);
                QCOMPARE(edit.date(), date);
            }
        }
    }

    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("lao long") << QStringLiteral("21 ພະຈິກ 2026") << QDate(2026, 11, 21);
        QTest::newRow("lao letter") << QStringLiteral("ວັນທີ 5 ກໍລະກົດ 2027") << QDate(2027, 7, 5);
        QTest::newRow("lao digits") << QStringLiteral("໒໑ ພະຈິກ ໒໐໒໖") << QDate(2026, 11, 21);
        QTest::newRow("lao no spaces") << QStringLiteral("3ມັງກອນ2026") << QDate(2026, 1, 3);
        QTest::newRow("iso") << QStringLiteral("2026-11-21") << QDate(2026, 11, 21);
        QTest::newRow("iso short") << QStringLiteral("2026-2-3") << QDate(2026, 2, 3);
        QTest::newRow("list form") << QStringLiteral("21/11/2026") << QDate(2026, 11, 21);
        QTest::newRow("english") << QStringLiteral("Saturday, November 21, 2026")
                                 << QDate(2026, 11, 21);
        QTest::newRow("english abbreviated")
            << QStringLiteral("21 nov 2026") << QDate(2026, 11, 21);
        QTest::newRow("not a month") << QStringLiteral("21 ພະຈິ 2026") << QDate();
        QTest::newRow("no such day") << QStringLiteral("30 ກຸມພາ 2026") << QDate();
        QTest::newRow("iso no such month") << QStringLiteral("2026-13-01") << QDate();
        QTest::newRow("no year") << QStringLiteral("21 ພະຈິກ") << QDate();
        QTest::newRow("two months") << QStringLiteral("21 ພະຈິກ ທັນວາ 2026") << QDate();
        QTest::newRow("words") << QStringLiteral("tomorrow") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const std::optional<QDate> parsed = LaoDateEdit::parse(text);
        QCOMPARE(parsed.value_or(QDate()), expected);
    }

    void typingLaoAndIso()
    {
        LaoDateEdit edit(QDate(2026, 11, 21));
        QSignalSpy changed(&edit, &LaoDateEdit::dateChanged);
        edit.selectAll();
        typeText(&edit, QStringLiteral("5 ມີນາ 2027"));
        QCOMPARE(edit.date(), QDate(2027, 3, 5));
        QVERIFY(edit.isAcceptable());
        QCOMPARE(changed.last().first().toDate(), QDate(2027, 3, 5));

        edit.selectAll();
        typeText(&edit, QStringLiteral("2026-12-31"));
        QCOMPARE(edit.date(), QDate(2026, 12, 31));
        QCOMPARE(edit.text(), QStringLiteral("2026-12-31"));
        // Confirming writes the date in its Lao form.
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(edit.text(), QStringLiteral("31 ທັນວາ 2026"));
        // So does leaving the field.
        edit.selectAll();
        typeText(&edit, QStringLiteral("1/1/2027"));
        QFocusEvent leaving(QEvent::FocusOut, Qt::TabFocusReason);
        QCoreApplication::sendEvent(&edit, &leaving);
        QCOMPARE(edit.text(), QStringLiteral("1 ມັງກອນ 2027"));
        QCOMPARE(edit.date(), QDate(2027, 1, 1));
    }

    void invalidInputIsFlagged()
    {
        LaoDateEdit edit(QDate(2026, 11, 21));
        QSignalSpy changed(&edit, &LaoDateEdit::dateChanged);
        QSignalSpy acceptable(&edit, &LaoDateEdit::acceptableChanged);
        edit.selectAll();
        typeText(&edit, QStringLiteral("31 ກຸມພາ 2026"));
        QVERIFY(!edit.isAcceptable());
        QVERIFY(!edit.problem().isEmpty());
        QCOMPARE(edit.toolTip(), edit.problem());
        QVERIFY(edit.palette().color(QPalette::Base) != QPalette().color(QPalette::Base));
        // The date is the last acceptable one, and a half-typed one never reached a dialog.
        QCOMPARE(edit.date(), QDate(2026, 11, 21));
        for (const QList<QVariant> &emitted : std::as_const(changed))
            QVERIFY(emitted.first().toDate().isValid());
        QCOMPARE(acceptable.first().first().toBool(), false);
        // The problem shows how to type a date, in both accepted forms.
        QVERIFY2(edit.problem().contains(QStringLiteral("2026-11-21")), qPrintable(edit.problem()));
        QVERIFY2(edit.problem().contains(QStringLiteral("ພະຈິກ")), qPrintable(edit.problem()));

        edit.selectAll();
        typeText(&edit, QStringLiteral("28 ກຸມພາ 2026"));
        QVERIFY(edit.isAcceptable());
        QCOMPARE(acceptable.last().first().toBool(), true);
        QCOMPARE(edit.date(), QDate(2026, 2, 28));
    }

    void rangeIsHonoured()
    {
        LaoDateEdit edit(QDate(2026, 11, 21));
        edit.setDateRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
        edit.selectAll();
        typeText(&edit, QStringLiteral("2026-12-01"));
        QVERIFY(!edit.isAcceptable());
        QVERIFY2(edit.problem().contains(QStringLiteral("30 ພະຈິກ 2026")),
                 qPrintable(edit.problem()));
        QCOMPARE(edit.date(), QDate(2026, 11, 21));

        // Set from code, a date out of range is moved into it, as QDateEdit does.
        edit.setDate(QDate(2027, 1, 1));
        QVERIFY(edit.isAcceptable());
        QCOMPARE(edit.date(), QDate(2026, 11, 30));
        QTest::keyClick(&edit, Qt::Key_Up);
        QCOMPARE(edit.date(), QDate(2026, 11, 30));
        QTest::keyClick(&edit, Qt::Key_Down);
        QCOMPARE(edit.date(), QDate(2026, 11, 29));
        edit.setMinimumDate(QDate(2026, 11, 29));
        QTest::keyClick(&edit, Qt::Key_PageDown);
        QCOMPARE(edit.date(), QDate(2026, 11, 29));
        edit.setMaximumDate(QDate(2026, 11, 28));
        QCOMPARE(edit.minimumDate(), QDate(2026, 11, 28));
        QCOMPARE(edit.date(), QDate(2026, 11, 28));
    }

    void calendarPopupIsLao()
    {
        LaoDateEdit edit(QDate(2026, 11, 21));
        edit.setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QTest::keyClick(&edit, Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget *popup = edit.findChild<QCalendarWidget *>(QStringLiteral("calendarPopup"));
        QVERIFY(popup);
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(popup->selectedDate(), QDate(2026, 11, 21));
        QCOMPARE(popup->maximumDate(), QDate(2026, 12, 31));
        // The calendar names months and days from the locale; in Lao they must be the names
        // letters use, and the month button must show this month's.
        for (int month = 1; month <= 12; ++month)
            QCOMPARE(popup->locale().standaloneMonthName(month),
                     text::monthName(month, Language::Lao));
        QCOMPARE(popup->locale().language(), QLocale::Lao);
        bool monthShown = false;
        for (const QToolButton *button : popup->findChildren<QToolButton *>())
            monthShown = monthShown || button->text() == QStringLiteral("ພະຈິກ");
        QVERIFY(monthShown);

        // Choosing with the keyboard: a day later, Enter.
        auto *days = popup->findChild<QTableView *>();
        QVERIFY(days);
        QTest::keyClick(days, Qt::Key_Right);
        QTest::keyClick(days, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(edit.date(), QDate(2026, 11, 22));
        QCOMPARE(edit.text(), QStringLiteral("22 ພະຈິກ 2026"));
    }

    void englishShowsLocaleLongDate()
    {
        QVERIFY(i18n::install(Language::English));
        LaoDateEdit edit(QDate(2026, 11, 21));
        QCOMPARE(edit.text(), QLocale().toString(QDate(2026, 11, 21), QLocale::LongFormat));
        QVERIFY(edit.text().contains(QStringLiteral("November")));
        edit.selectAll();
        typeText(&edit, QStringLiteral("21 ພະຈິກ 2027"));
        QCOMPARE(edit.date(), QDate(2027, 11, 21));
        edit.showCalendar();
        QCOMPARE(edit.calendar()->locale().standaloneMonthName(11), QStringLiteral("November"));
    }
};

QTEST_MAIN(tst_LaoDateEdit)
#include "tst_laodateedit.moc"
