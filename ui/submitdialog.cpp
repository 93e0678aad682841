#include "ui/submitdialog.h"

#include "core/domain/approvaltypes.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTableWidget>

#include <algorithm>

namespace saraban::ui {

namespace {

// saraban.chain_parse() takes 1 to 20 steps.
constexpr int maxSteps = 20;
enum Column { KindColumn, PersonColumn };

} // namespace

SubmitDialog::SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                           QWidget *parent)
    : SendDialog(parent)
{
    build(subject, choices);
}

SubmitDialog::SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                           const Directory &directory, const QString &me, QWidget *parent)
    : SendDialog(parent)
    , m_directory(directory)
    , m_me(me)
{
    build(subject, choices);
}

void SubmitDialog::build(const QString &subject, const QList<ChainChoice> &choices)
{
    setObjectName(QStringLiteral("submitDialog"));
    setWindowTitle(tr("Submit the draft for approval"));
    setSendText(tr("Submit"));
    auto *about = new QLabel(subject, this);
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);
    m_chain = new QComboBox(this);
    m_chain->setObjectName(QStringLiteral("chain"));
    m_chain->addItem(tr("(choose an approval chain)"), 0);
    for (const ChainChoice &choice : choices)
        m_chain->addItem(choice.name, choice.id);
    if (choices.size() == 1)
        m_chain->setCurrentIndex(1);
    body()->addWidget(about);

    QSet<QString> seen;
    QHash<int, QString> unitNames;
    for (const DirectoryUnit &unit : m_directory.units)
        unitNames.insert(unit.id, unit.nameLao);
    for (const DirectoryMember &member : m_directory.members) {
        if (seen.contains(member.login))
            continue;
        seen.insert(member.login);
        const QString where =
            member.title.isEmpty() ? unitNames.value(member.unitId) : member.title;
        m_people.append({member.login, tr("%1 — %2").arg(member.fullName, where)});
    }

    if (m_people.isEmpty()) {
        auto *form = new QFormLayout;
        form->addRow(tr("Approval &chain:"), m_chain);
        body()->addLayout(form);
        resize(520, 200);
    } else {
        m_templateChoice = new QRadioButton(tr("An approval chain &template:"), this);
        m_templateChoice->setObjectName(QStringLiteral("templateChoice"));
        m_customChoice = new QRadioButton(tr("A chain I &write:"), this);
        m_customChoice->setObjectName(QStringLiteral("customChoice"));
        m_templateChoice->setChecked(true);
        auto *templateRow = new QHBoxLayout;
        templateRow->addWidget(m_templateChoice);
        templateRow->addWidget(m_chain, 1);
        body()->addLayout(templateRow);
        body()->addWidget(m_customChoice);

        m_customBox = new QWidget(this);
        auto *custom = new QHBoxLayout(m_customBox);
        custom->setContentsMargins(24, 0, 0, 0);
        m_steps = new QTableWidget(0, 2, m_customBox);
        m_steps->setObjectName(QStringLiteral("steps"));
        m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Who decides")});
        m_steps->horizontalHeader()->setSectionResizeMode(KindColumn,
                                                          QHeaderView::ResizeToContents);
        m_steps->horizontalHeader()->setSectionResizeMode(PersonColumn, QHeaderView::Stretch);
        m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
        // Lao marks above and below need more than the default row height.
        m_steps->verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() * 2);
        auto *buttons = new QVBoxLayout;
        const auto button = [this, buttons](const QString &text, const char *name) {
            auto *pushButton = new QPushButton(text, m_customBox);
            pushButton->setObjectName(QLatin1String(name));
            buttons->addWidget(pushButton);
            return pushButton;
        };
        QPushButton *add = button(tr("&Add a step"), "addStep");
        QPushButton *remove = button(tr("&Remove"), "removeStep");
        QPushButton *up = button(tr("Move &up"), "moveUp");
        QPushButton *down = button(tr("Move &down"), "moveDown");
        buttons->addStretch(1);
        custom->addWidget(m_steps, 1);
        custom->addLayout(buttons);
        body()->addWidget(m_customBox, 1);
        m_customBox->setEnabled(false);

        connect(add, &QPushButton::clicked, this, [this] {
            // A new step before the signing step, which stays last; the first is the signatory.
            const int signRow = stepCount() > 0 && steps().constLast().kind == StepKind::Sign
                                    ? stepCount() - 1
                                    : stepCount();
            insertStep(signRow, stepCount() == 0 ? StepKind::Sign : StepKind::Review, QString());
            m_steps->selectRow(signRow);
        });
        connect(remove, &QPushButton::clicked, this, [this] { removeStep(m_steps->currentRow()); });
        connect(up, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), -1); });
        connect(down, &QPushButton::clicked, this, [this] { moveStep(m_steps->currentRow(), 1); });
        connect(m_customChoice, &QRadioButton::toggled, this, [this](bool on) {
            m_customBox->setEnabled(on);
            m_chain->setEnabled(!on);
            revalidate();
        });
        // With no template to choose, writing the chain is the only way.
        if (choices.isEmpty())
            m_customChoice->setChecked(true);
        resize(760, 480);
    }
    connect(m_chain, &QComboBox::currentIndexChanged, this, &SubmitDialog::revalidate);
    revalidate();
}

int SubmitDialog::templateId() const
{
    return isCustomChain() ? 0 : m_chain->currentData().toInt();
}

bool SubmitDialog::setTemplate(int templateId)
{
    const int index = m_chain->findData(templateId);
    if (index > 0) {
        setCustomChain(false);
        m_chain->setCurrentIndex(index);
    }
    return index > 0;
}

bool SubmitDialog::isCustomChain() const
{
    return m_customChoice && m_customChoice->isChecked();
}

void SubmitDialog::setCustomChain(bool custom)
{
    if (!m_customChoice)
        return;
    (custom ? m_customChoice : m_templateChoice)->setChecked(true);
}

QList<ChainStep> SubmitDialog::steps() const
{
    QList<ChainStep> chain;
    if (!m_steps)
        return chain;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_steps->cellWidget(row, KindColumn));
        const auto *person = qobject_cast<QComboBox *>(m_steps->cellWidget(row, PersonColumn));
        ChainStep step;
        step.kind = static_cast<StepKind>(kind->currentData().toInt());
        step.login = person->currentData().toString();
        chain << step;
    }
    return chain;
}

int SubmitDialog::stepCount() const
{
    return m_steps ? m_steps->rowCount() : 0;
}

bool SubmitDialog::addStep(StepKind kind, const QString &login)
{
    const bool known = std::any_of(m_people.cbegin(), m_people.cend(),
                                   [&login](const auto &person) { return person.first == login; });
    if (!m_steps || !known)
        return false;
    insertStep(stepCount(), kind, login);
    return true;
}

void SubmitDialog::insertStep(int row, StepKind kind, const QString &login)
{
    m_steps->insertRow(row);
    auto *kindBox = new QComboBox(m_steps);
    kindBox->setObjectName(QStringLiteral("stepKind"));
    for (StepKind each : {StepKind::Review, StepKind::Opinion, StepKind::Sign})
        kindBox->addItem(ApprovalText::name(each), static_cast<int>(each));
    kindBox->setCurrentIndex(kindBox->findData(static_cast<int>(kind)));
    auto *personBox = new QComboBox(m_steps);
    personBox->setObjectName(QStringLiteral("stepPerson"));
    personBox->addItem(tr("(choose a person)"), QString());
    for (const auto &[personLogin, label] : m_people)
        personBox->addItem(label, personLogin);
    personBox->setCurrentIndex(qMax(0, personBox->findData(login)));
    m_steps->setCellWidget(row, KindColumn, kindBox);
    m_steps->setCellWidget(row, PersonColumn, personBox);
    connect(kindBox, &QComboBox::currentIndexChanged, this, &SubmitDialog::revalidate);
    connect(personBox, &QComboBox::currentIndexChanged, this, &SubmitDialog::revalidate);
    revalidate();
}

void SubmitDialog::removeStep(int row)
{
    if (!m_steps || row < 0 || row >= m_steps->rowCount())
        return;
    m_steps->removeRow(row);
    revalidate();
}

void SubmitDialog::moveStep(int row, int by)
{
    const int to = row + by;
    if (!m_steps || row < 0 || row >= stepCount() || to < 0 || to >= stepCount())
        return;
    // Cell widgets do not move with rows: the step is written again at its new place.
    const ChainStep step = steps().at(row);
    m_steps->removeRow(row);
    insertStep(to, step.kind, step.login);
    m_steps->selectRow(to);
}

QString SubmitDialog::chainProblem() const
{
    const QList<ChainStep> chain = steps();
    if (chain.isEmpty())
        return tr("Approval chain: add at least one step; the last one signs.");
    if (chain.size() > maxSteps)
        return tr("Approval chain: at most %1 steps.").arg(maxSteps);
    QSet<QString> seen;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const ChainStep &step = chain.at(i);
        const qsizetype number = i + 1;
        if ((step.kind == StepKind::Sign) != (i == chain.size() - 1))
            return tr("Approval chain: exactly one step signs, and it is the last (step %1).")
                .arg(number);
        if (step.login.isEmpty())
            return tr("Step %1: choose who decides.").arg(number);
        if (step.login == m_me)
            return tr("Step %1: you cannot approve your own draft.").arg(number);
        if (seen.contains(step.login))
            return tr("Step %1: this person is already in the chain.").arg(number);
        seen.insert(step.login);
    }
    return QString();
}

QString SubmitDialog::validate() const
{
    if (isCustomChain())
        return chainProblem();
    if (m_chain->count() <= 1)
        return m_people.isEmpty()
                   ? tr("Approval chain: none is set up for this draft's unit and type; ask an "
                        "administrator to set one up.")
                   : tr("Approval chain: no template is set up for this draft's unit and type; "
                        "write the chain instead.");
    if (templateId() == 0)
        return tr("Approval chain: choose one.");
    return QString();
}

void SubmitDialog::focusField(const Error &error)
{
    if (isCustomChain() && error.code.startsWith(QLatin1String("chain.")))
        m_steps->setFocus();
    else
        m_chain->setFocus();
}

} // namespace saraban::ui
