#pragma once

// A date field for every date in the client. In Lao it shows and accepts dates the way Lao
// offices write them, "21 ພະຈິກ 2026" (day, Lao month name, Gregorian year, see lao.md); in
// English the locale's long date. Whatever the language, it also accepts what people type by
// hand: the ISO form 2026-11-21, the list form 21/11/2026, Lao digits, and English month
// names. A button (or Alt+Down, F4) opens a calendar whose month and day names are in the
// interface language; Up and Down step a day, Page Up and Page Down a month.
//
// QDateEdit is not used because its section editor only parses its own display format: it
// cannot take an ISO date typed over a Lao one, and it spells months from the locale's data,
// not from the names official letters use (core/text/laodate.h). Text that is not a date, or
// a date outside the allowed range, is flagged (red, with the reason in the tooltip and in
// problem()); date() keeps the last acceptable date, so a dialog never reads a half-typed one.
#include <QDate>
#include <QLineEdit>

#include <optional>

class QCalendarWidget;

namespace saraban::ui {

class LaoDateEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit LaoDateEdit(QWidget *parent = nullptr);
    explicit LaoDateEdit(const QDate &date, QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void setDate(const QDate &date);

    QDate minimumDate() const { return m_minimum; }
    QDate maximumDate() const { return m_maximum; }
    void setMinimumDate(const QDate &date);
    void setMaximumDate(const QDate &date);
    void setDateRange(const QDate &minimum, const QDate &maximum);

    // False while the text is not an acceptable date; problem() then says why.
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    // The calendar popup, created on first use (tests and screenshots look at it).
    QCalendarWidget *calendar();
    void showCalendar();

    // Reads a typed date in any accepted form; nullopt if it is not one.
    static std::optional<QDate> parse(const QString &text);
    // How the field shows date in the current interface language.
    static QString format(const QDate &date);

signals:
    void dateChanged(const QDate &date);
    void acceptableChanged(bool acceptable);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void typed(const QString &text);
    void setProblem(const QString &problem);
    void showDate();
    void stepTo(const QDate &date);
    QDate bounded(const QDate &date) const;

    QDate m_date;
    QDate m_minimum;
    QDate m_maximum;
    QString m_problem;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace saraban::ui
