#include "ui/actingdialog.h"

#include "core/i18n/translations.h"
#include "ui/laodateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSet>

namespace saraban::ui {

ActingDialog::ActingDialog(const Directory &directory, const QList<int> &headUnits,
                           const QString &myLogin, QWidget *parent)
    : SendDialog(parent)
    , m_directory(directory)
    , m_myLogin(myLogin)
    , m_today(directory.officeToday.isValid() ? directory.officeToday : QDate::currentDate())
{
    setObjectName(QStringLiteral("actingDialog"));
    setWindowTitle(tr("Appoint an acting head"));
    setSendText(tr("Appoint"));

    const bool lao = i18n::current() == Language::Lao;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    for (const DirectoryUnit &unit : std::as_const(m_directory.units)) {
        if (headUnits.contains(unit.id)) {
            m_unit->addItem(!lao && !unit.nameEnglish.isEmpty() ? unit.nameEnglish : unit.nameLao,
                            unit.id);
        }
    }
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("acting"));
    m_starts = new LaoDateEdit(m_today, this);
    m_starts->setObjectName(QStringLiteral("startsOn"));
    m_ends = new LaoDateEdit(m_today.addDays(6), this);
    m_ends->setObjectName(QStringLiteral("endsOn"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Why: a mission, leave, a meeting…"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Acting person:"), m_person);
    form->addRow(tr("&First day:"), m_starts);
    form->addRow(tr("&Last day:"), m_ends);
    form->addRow(tr("&Note:"), m_note);
    body()->addLayout(form);

    fillPeople();
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        fillPeople();
        revalidate();
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, &ActingDialog::revalidate);
    for (LaoDateEdit *edit : {m_starts, m_ends}) {
        connect(edit, &LaoDateEdit::dateChanged, this, &ActingDialog::revalidate);
        connect(edit, &LaoDateEdit::acceptableChanged, this, &ActingDialog::revalidate);
    }
    connect(m_note, &QLineEdit::textChanged, this, &ActingDialog::revalidate);
    resize(520, 300);
    revalidate();
}

void ActingDialog::fillPeople()
{
    // People of the unit and the units below it: the server's rule, so the list offers only
    // those it would accept.
    const QString previous = actingLogin();
    m_person->clear();
    m_person->addItem(tr("(choose a person)"), QString());
    QSet<int> subtree{unitId()};
    for (const DirectoryUnit &unit : std::as_const(m_directory.units)) {
        if (unit.parentId && subtree.contains(*unit.parentId))
            subtree.insert(unit.id);
    }
    QSet<QString> seen;
    for (const DirectoryMember &member : std::as_const(m_directory.members)) {
        if (!subtree.contains(member.unitId) || member.login == m_myLogin ||
            member.role == QLatin1String("admin") || seen.contains(member.login))
            continue;
        seen.insert(member.login);
        m_person->addItem(member.title.isEmpty() ? member.fullName
                                                 : tr("%1, %2").arg(member.fullName, member.title),
                          member.login);
    }
    setActing(previous);
}

int ActingDialog::unitId() const
{
    return m_unit->currentData().toInt();
}

QString ActingDialog::actingLogin() const
{
    return m_person->currentData().toString();
}

QDate ActingDialog::startsOn() const
{
    return m_starts->date();
}

QDate ActingDialog::endsOn() const
{
    return m_ends->date();
}

QString ActingDialog::note() const
{
    return m_note->text().trimmed();
}

void ActingDialog::setUnit(int unitId)
{
    m_unit->setCurrentIndex(m_unit->findData(unitId));
}

bool ActingDialog::setActing(const QString &login)
{
    const int index = m_person->findData(login);
    m_person->setCurrentIndex(qMax(0, index));
    return index > 0;
}

void ActingDialog::setPeriod(const QDate &first, const QDate &last)
{
    m_starts->setDate(first);
    m_ends->setDate(last);
}

void ActingDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString ActingDialog::validate() const
{
    if (m_unit->count() == 0)
        return tr("Unit: only the head of a unit can appoint an acting head, and you head none.");
    if (actingLogin().isEmpty())
        return tr("Acting person: choose who decides in your place.");
    if (!m_starts->isAcceptable())
        return tr("First day: %1").arg(m_starts->problem());
    if (!m_ends->isAcceptable())
        return tr("Last day: %1").arg(m_ends->problem());
    if (startsOn() < m_today)
        return tr("First day: it cannot be in the past.");
    if (endsOn() < startsOn())
        return tr("Last day: it cannot be before the first day.");
    if (startsOn().daysTo(endsOn()) + 1 > maximumDays)
        return tr("Last day: an acting appointment lasts at most %1 days.").arg(maximumDays);
    if (note().size() > noteMaximum)
        return tr("Note: at most %1 characters, now %2.").arg(noteMaximum).arg(note().size());
    return QString();
}

void ActingDialog::focusField(const Error &error)
{
    if (error.code.contains(QLatin1String("starts_on")) ||
        error.code == QLatin1String("acting.overlap"))
        m_starts->setFocus();
    else if (error.code.contains(QLatin1String("ends_on")) ||
             error.code.contains(QLatin1String("period")))
        m_ends->setFocus();
    else if (error.code.contains(QLatin1String("note")))
        m_note->setFocus();
    else if (error.code.startsWith(QLatin1String("acting.person")) ||
             error.code == QLatin1String("person.unknown") ||
             error.code == QLatin1String("acting.self"))
        m_person->setFocus();
    else
        m_unit->setFocus();
}

} // namespace saraban::ui
