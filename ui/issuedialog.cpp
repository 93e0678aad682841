#include "ui/issuedialog.h"

#include "core/i18n/translations.h"
#include "ui/laodateedit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace saraban::ui {

IssueDialog::IssueDialog(qint64 draftId, const QString &subject,
                         const QList<RegisterInfo> &registers, const Directory &directory,
                         QWidget *parent)
    : SendDialog(parent)
    , m_draftId(draftId)
{
    setObjectName(QStringLiteral("issueDialog"));
    setWindowTitle(tr("Issue the letter"));
    setSendText(tr("&Issue"));
    const bool lao = i18n::current() == Language::Lao;

    auto *what = new QLabel(
        tr("The letter <b>%1</b> takes the register's next number now; the number and date are "
           "then written onto its PDF.")
            .arg(subject.toHtmlEscaped()),
        this);
    what->setObjectName(QStringLiteral("subjectLabel"));
    what->setWordWrap(true);
    body()->addWidget(what);

    m_register = new QComboBox(this);
    m_register->setObjectName(QStringLiteral("registerCombo"));
    for (const RegisterInfo &info : registers) {
        const QString name = lao || info.nameEnglish.isEmpty() ? info.nameLao : info.nameEnglish;
        m_register->addItem(QStringLiteral("%1 — %2").arg(info.unitCode, name), info.id);
    }

    m_sentOn = new LaoDateEdit(QDate::currentDate(), this);
    m_sentOn->setObjectName(QStringLiteral("sentOnEdit"));

    m_sentVia = new QComboBox(this);
    m_sentVia->setObjectName(QStringLiteral("sentViaCombo"));
    for (const QString &word : sentViaWords())
        m_sentVia->addItem(sentViaText(word), word);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->addItem(tr("To"), static_cast<int>(LetterParty::Role::To));
    m_role->addItem(tr("Copy"), static_cast<int>(LetterParty::Role::Copy));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("recipientEdit"));
    m_name->setPlaceholderText(tr("A unit, or the name of an outside body"));
    QStringList unitNames;
    for (const DirectoryUnit &unit : directory.units)
        unitNames << (lao || unit.nameEnglish.isEmpty() ? unit.nameLao : unit.nameEnglish);
    auto *completer = new QCompleter(unitNames, m_name);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_name->setCompleter(completer);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addRecipientButton"));
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_role);
    adding->addWidget(m_name, 1);
    adding->addWidget(m_add);

    m_recipients = new QListWidget(this);
    m_recipients->setObjectName(QStringLiteral("recipientList"));
    m_recipients->setMinimumHeight(90);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeRecipientButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Outgoing &register:"), m_register);
    form->addRow(tr("Sent &on:"), m_sentOn);
    form->addRow(tr("Sent &via:"), m_sentVia);
    // The row holds a layout, so the label needs its buddy for the mnemonic.
    auto *recipientLabel = new QLabel(tr("Re&cipient:"), this);
    recipientLabel->setBuddy(m_name);
    form->addRow(recipientLabel, adding);
    form->addRow(tr("Recipients:"), m_recipients);
    form->addRow(QString(), remove);
    body()->addLayout(form);

    connect(m_register, &QComboBox::currentIndexChanged, this, &IssueDialog::revalidate);
    connect(m_sentOn, &LaoDateEdit::dateChanged, this, &IssueDialog::revalidate);
    connect(m_sentOn, &LaoDateEdit::acceptableChanged, this, &IssueDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &IssueDialog::revalidate);
    // Enter in the recipient field adds the recipient; it must not also press Issue.
    m_name->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &IssueDialog::addTyped);
    connect(remove, &QPushButton::clicked, this,
            [this] { removeRecipient(m_recipients->currentRow()); });
    setMinimumWidth(560);
    revalidate();
}

bool IssueDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTyped();
            return true;
        }
    }
    return SendDialog::eventFilter(watched, event);
}

QStringList IssueDialog::sentViaWords()
{
    return {QStringLiteral("post"), QStringLiteral("hand"), QStringLiteral("email"),
            QStringLiteral("fax"),  QStringLiteral("gnet"), QStringLiteral("other")};
}

QString IssueDialog::sentViaText(const QString &word)
{
    if (word == QLatin1String("post"))
        return tr("By post");
    if (word == QLatin1String("hand"))
        return tr("By hand");
    if (word == QLatin1String("email"))
        return tr("By e-mail");
    if (word == QLatin1String("fax"))
        return tr("By fax");
    if (word == QLatin1String("gnet"))
        return tr("Over the government network (GNet)");
    return tr("Another way");
}

DraftIssue IssueDialog::issue() const
{
    DraftIssue issue;
    issue.draftId = m_draftId;
    issue.registerId = m_register->currentData().toInt();
    issue.sentOn = m_sentOn->date();
    issue.sentVia = m_sentVia->currentData().toString();
    issue.recipients = m_parties;
    return issue;
}

void IssueDialog::setRegister(int registerId)
{
    m_register->setCurrentIndex(m_register->findData(registerId));
}

void IssueDialog::setSentOn(const QDate &date)
{
    m_sentOn->setDate(date);
}

void IssueDialog::setSentVia(const QString &word)
{
    m_sentVia->setCurrentIndex(m_sentVia->findData(word));
}

QString IssueDialog::nameProblem(const QString &name) const
{
    if (name.size() > maxNameLength)
        return tr("A recipient's name is too long: at most %1 characters, now %2.")
            .arg(maxNameLength)
            .arg(name.size());
    for (const LetterParty &party : m_parties) {
        if (party.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("\"%1\" is a recipient already.").arg(name);
    }
    return QString();
}

bool IssueDialog::addRecipient(LetterParty::Role role, const QString &typed)
{
    const QString name = typed.simplified();
    if (name.isEmpty() || !nameProblem(name).isEmpty())
        return false;
    m_parties << LetterParty{role, std::nullopt, name};
    m_recipients->addItem(
        (role == LetterParty::Role::To ? tr("To: %1") : tr("Copy: %1")).arg(name));
    revalidate();
    return true;
}

void IssueDialog::addTyped()
{
    const auto role = static_cast<LetterParty::Role>(m_role->currentData().toInt());
    if (addRecipient(role, m_name->text()))
        m_name->clear();
    m_name->setFocus();
}

void IssueDialog::removeRecipient(int row)
{
    if (row < 0 || row >= m_parties.size())
        return;
    m_parties.removeAt(row);
    delete m_recipients->takeItem(row);
    revalidate();
}

int IssueDialog::recipientCount() const
{
    return static_cast<int>(m_parties.size());
}

QString IssueDialog::validate() const
{
    if (m_register->count() == 0)
        return tr("You are not a clerk of a unit with an outgoing or internal register, so you "
                  "cannot issue letters.");
    if (m_register->currentIndex() < 0)
        return tr("Choose the register that numbers the letter.");
    if (!m_sentOn->isAcceptable())
        return m_sentOn->problem();
    if (!m_sentOn->date().isValid())
        return tr("The date sent is required.");
    if (m_sentOn->date() > QDate::currentDate())
        return tr("The date sent cannot be later than today.");
    const QString typed = m_name->text().simplified();
    if (!typed.isEmpty()) {
        const QString problem = nameProblem(typed);
        if (!problem.isEmpty())
            return problem;
        return tr("The recipient you typed is not in the list yet: press Add.");
    }
    bool hasTo = false;
    for (const LetterParty &party : m_parties)
        hasTo = hasTo || party.role == LetterParty::Role::To;
    if (!hasTo)
        return tr("Add at least one recipient the letter goes \"To\".");
    return QString();
}

void IssueDialog::focusField(const Error &error)
{
    if (error.code.startsWith(QLatin1String("draft.issue.register")) ||
        error.code.startsWith(QLatin1String("auth.not_clerk")))
        m_register->setFocus();
    else if (error.code.contains(QLatin1String("sent_on")))
        m_sentOn->setFocus();
    else if (error.code.contains(QLatin1String("sent_via")))
        m_sentVia->setFocus();
    else if (error.code.startsWith(QLatin1String("letter.part")))
        m_name->setFocus();
}

} // namespace saraban::ui
