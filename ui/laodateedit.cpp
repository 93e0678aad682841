#include "ui/laodateedit.h"

#include "core/i18n/translations.h"
#include "core/text/laodate.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScreen>

#include <algorithm>

namespace saraban::ui {

namespace {

// Lao digits (U+0ED0..U+0ED9) read as 0..9: some keyboards type them.
QString withArabicDigits(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0x0ED0 && c.unicode() <= 0x0ED9)
            c = QChar(u'0' + (c.unicode() - 0x0ED0));
    }
    return text;
}

std::optional<int> monthFromWord(const QString &word)
{
    for (int month = 1; month <= 12; ++month) {
        if (word == text::monthName(month, Language::Lao))
            return month;
        const QString english = text::monthName(month, Language::English);
        if (word.compare(english, Qt::CaseInsensitive) == 0 ||
            (word.size() >= 3 && english.startsWith(word, Qt::CaseInsensitive)))
            return month;
    }
    return std::nullopt;
}

// Words that may stand next to a date without changing it: "ວັນທີ" and the Lao day names
// (all begin with ວັນ), and English day names as in "Saturday, November 21, 2026".
bool isDayWord(const QString &word)
{
    if (word.startsWith(QStringLiteral("ວັນ")))
        return true;
    const QLocale english(QLocale::English);
    for (int day = 1; day <= 7; ++day) {
        if (word.compare(english.dayName(day, QLocale::LongFormat), Qt::CaseInsensitive) == 0 ||
            word.compare(english.dayName(day, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QIcon calendarIcon(const QColor &ink)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(ink);
    painter.drawRect(1, 2, 13, 12);
    painter.fillRect(1, 2, 14, 3, ink);
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 4; ++column)
            painter.fillRect(3 + column * 3, 7 + row * 2, 2, 1, ink);
    }
    return QIcon(pixmap);
}

} // namespace

LaoDateEdit::LaoDateEdit(QWidget *parent)
    : LaoDateEdit(QDate::currentDate(), parent)
{}

LaoDateEdit::LaoDateEdit(const QDate &date, QWidget *parent)
    : QLineEdit(parent)
    , m_date(date.isValid() ? date : QDate::currentDate())
{
    auto *open =
        addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    open->setObjectName(QStringLiteral("openCalendar"));
    connect(open, &QAction::triggered, this, &LaoDateEdit::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &LaoDateEdit::typed);
    showDate();
}

std::optional<QDate> LaoDateEdit::parse(const QString &input)
{
    const QString text = withArabicDigits(input).trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})$"));
    if (const auto match = iso.match(text); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
        return date.isValid() ? std::optional(date) : std::nullopt;
    }
    if (const auto match = dayFirst.match(text); match.hasMatch()) {
        const QDate date(match.captured(3).toInt(), match.captured(2).toInt(),
                         match.captured(1).toInt());
        return date.isValid() ? std::optional(date) : std::nullopt;
    }
    // Written out: a day, a month name and a four-digit year in either order of day and month
    // ("21 ພະຈິກ 2026", "November 21, 2026"), with day words around them ignored.
    static const QRegularExpression token(QStringLiteral("\\d+|[^\\d\\s,./-]+"));
    std::optional<int> day;
    std::optional<int> month;
    std::optional<int> year;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QString part = it.next().captured(0);
        if (part.front().isDigit()) {
            if (part.size() == 4 && !year)
                year = part.toInt();
            else if (part.size() <= 2 && !day)
                day = part.toInt();
            else
                return std::nullopt;
        } else if (const auto named = monthFromWord(part); named && !month) {
            month = named;
        } else if (!isDayWord(part)) {
            return std::nullopt;
        }
    }
    if (!day || !month || !year)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

QString LaoDateEdit::format(const QDate &date)
{
    if (i18n::current() == Language::Lao)
        return text::formatDate(date, Language::Lao, text::DateForm::Long);
    return QLocale().toString(date, QLocale::LongFormat);
}

void LaoDateEdit::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate next = bounded(date);
    const bool changed = next != m_date;
    m_date = next;
    showDate();
    if (changed)
        emit dateChanged(m_date);
}

void LaoDateEdit::setMinimumDate(const QDate &date)
{
    setDateRange(date, m_maximum.isValid() && date > m_maximum ? date : m_maximum);
}

void LaoDateEdit::setMaximumDate(const QDate &date)
{
    setDateRange(m_minimum.isValid() && date < m_minimum ? date : m_minimum, date);
}

void LaoDateEdit::setDateRange(const QDate &minimum, const QDate &maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
    if (m_calendar) {
        m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(100, 1, 1),
                                 m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
    }
    // Like QDateEdit: the shown date moves into the new range.
    setDate(m_date);
}

QDate LaoDateEdit::bounded(const QDate &date) const
{
    if (m_minimum.isValid() && date < m_minimum)
        return m_minimum;
    if (m_maximum.isValid() && date > m_maximum)
        return m_maximum;
    return date;
}

void LaoDateEdit::typed(const QString &text)
{
    const std::optional<QDate> date = parse(text);
    if (!date) {
        setProblem(tr("Not a date. Type it like %1 or %2.")
                       .arg(format(m_date), m_date.toString(Qt::ISODate)));
        return;
    }
    if (bounded(*date) != *date) {
        if (m_minimum.isValid() && m_maximum.isValid())
            setProblem(
                tr("Choose a date from %1 to %2.").arg(format(m_minimum), format(m_maximum)));
        else if (m_minimum.isValid())
            setProblem(tr("The date cannot be before %1.").arg(format(m_minimum)));
        else
            setProblem(tr("The date cannot be after %1.").arg(format(m_maximum)));
        return;
    }
    setProblem(QString());
    if (*date != m_date) {
        m_date = *date;
        emit dateChanged(m_date);
    }
}

void LaoDateEdit::setProblem(const QString &problem)
{
    const bool wasAcceptable = isAcceptable();
    m_problem = problem;
    setToolTip(problem);
    QPalette colours = palette();
    if (problem.isEmpty())
        colours.setColor(QPalette::Base, QPalette().color(QPalette::Base));
    else
        colours.setColor(QPalette::Base, QColor(0xfd, 0xe7, 0xe9));
    setPalette(colours);
    if (wasAcceptable != isAcceptable())
        emit acceptableChanged(isAcceptable());
}

void LaoDateEdit::showDate()
{
    setProblem(QString());
    setText(format(m_date));
}

void LaoDateEdit::stepTo(const QDate &date)
{
    setDate(date);
    selectAll();
}

QCalendarWidget *LaoDateEdit::calendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setGridVisible(true);
        m_calendar->setDateRange(m_minimum.isValid() ? m_minimum : QDate(100, 1, 1),
                                 m_maximum.isValid() ? m_maximum : QDate(9999, 12, 31));
        const auto chosen = [this](QDate date) {
            m_calendar->hide();
            stepTo(date);
            setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, chosen);
        connect(m_calendar, &QCalendarWidget::activated, this, chosen);
    }
    // CLDR's Lao month names are the ones lao.md lists; the test compares them.
    m_calendar->setLocale(i18n::current() == Language::Lao ? QLocale(QLocale::Lao, QLocale::Laos)
                                                           : QLocale());
    return m_calendar;
}

void LaoDateEdit::showCalendar()
{
    QCalendarWidget *popup = calendar();
    popup->setSelectedDate(m_date);
    popup->adjustSize();
    QPoint where = mapToGlobal(rect().bottomLeft());
    if (const QScreen *display = screen()) {
        const QRect available = display->availableGeometry();
        if (where.y() + popup->height() > available.bottom())
            where.setY(mapToGlobal(QPoint(0, 0)).y() - popup->height());
        where.setX(std::clamp(where.x(), available.left(),
                              std::max(available.left(), available.right() - popup->width())));
    }
    popup->move(where);
    popup->show();
    popup->setFocus(Qt::PopupFocusReason);
}

void LaoDateEdit::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers().testFlag(Qt::AltModifier);
    switch (event->key()) {
    case Qt::Key_F4:
        showCalendar();
        return;
    case Qt::Key_Down:
        if (alt)
            showCalendar();
        else
            stepTo(m_date.addDays(-1));
        return;
    case Qt::Key_Up:
        stepTo(m_date.addDays(1));
        return;
    case Qt::Key_PageUp:
        stepTo(m_date.addMonths(1));
        return;
    case Qt::Key_PageDown:
        stepTo(m_date.addMonths(-1));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Confirmed: an acceptable date is rewritten in the field's own form; the key goes on
        // to the dialog (its default button).
        if (isAcceptable())
            showDate();
        QLineEdit::keyPressEvent(event);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void LaoDateEdit::focusOutEvent(QFocusEvent *event)
{
    // An acceptable date is rewritten in the field's own form; anything else stays as typed,
    // flagged, for the person to correct.
    if (isAcceptable())
        showDate();
    QLineEdit::focusOutEvent(event);
}

void LaoDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && isAcceptable())
        showDate();
    QLineEdit::changeEvent(event);
}

} // namespace saraban::ui
