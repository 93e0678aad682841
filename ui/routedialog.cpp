#include "ui/routedialog.h"

#include "core/i18n/translations.h"
#include "ui/laodateedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace saraban::ui {

namespace {

constexpr int kindRole = Qt::UserRole + 1; // RoutingRecipient::Kind
constexpr int codeRole = Qt::UserRole + 2; // login or unit code
constexpr int searchRole = Qt::UserRole + 3;
constexpr int instructionMaximum = 2000; // routing_instruction_max_length's default

QString roleWord(const QString &role)
{
    if (role == QLatin1String("clerk"))
        return RouteDialog::tr("clerk");
    if (role == QLatin1String("officer"))
        return RouteDialog::tr("officer");
    if (role == QLatin1String("head"))
        return RouteDialog::tr("head");
    if (role == QLatin1String("archivist"))
        return RouteDialog::tr("archivist");
    if (role == QLatin1String("admin"))
        return RouteDialog::tr("administrator");
    return role;
}

} // namespace

RouteDialog::RouteDialog(Mode mode, const Directory &directory, const QString &subject, int urgency,
                         QWidget *parent)
    : SendDialog(parent)
    , m_directory(directory)
    , m_urgency(urgency)
{
    setObjectName(QStringLiteral("routeDialog"));
    setWindowTitle(mode == Mode::Route ? tr("Route the letter") : tr("Forward the letter"));
    setSendText(mode == Mode::Route ? tr("Route") : tr("Forward"));

    auto *about = new QLabel(subject, this);
    about->setObjectName(QStringLiteral("subject"));
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);
    body()->addWidget(about);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *chart = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(chart);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search people and units"));
    m_search->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(chart);
    m_tree->setObjectName(QStringLiteral("orgTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_add = new QPushButton(tr("&Add to recipients"), chart);
    m_add->setObjectName(QStringLiteral("addButton"));
    auto *chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    chartButtons->addWidget(m_add);
    chartLayout->addWidget(m_search);
    chartLayout->addWidget(m_tree, 1);
    chartLayout->addLayout(chartButtons);

    auto *chosen = new QWidget(splitter);
    auto *chosenLayout = new QVBoxLayout(chosen);
    chosenLayout->setContentsMargins(0, 0, 0, 0);
    auto *chosenLabel = new QLabel(tr("Recipients:"), chosen);
    m_recipients = new QTableWidget(0, ColumnCount, chosen);
    m_recipients->setObjectName(QStringLiteral("recipients"));
    m_recipients->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Role"), tr("Instruction"), tr("Due")});
    m_recipients->horizontalHeader()->setSectionResizeMode(NameColumn,
                                                           QHeaderView::ResizeToContents);
    m_recipients->horizontalHeader()->setSectionResizeMode(InstructionColumn, QHeaderView::Stretch);
    // The role and date editors are as wide as their longest choice, never cut.
    m_recipients->horizontalHeader()->setSectionResizeMode(RoleColumn,
                                                           QHeaderView::ResizeToContents);
    m_recipients->horizontalHeader()->setSectionResizeMode(DueColumn,
                                                           QHeaderView::ResizeToContents);
    m_recipients->verticalHeader()->hide();
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_remove = new QPushButton(tr("&Remove"), chosen);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    auto *chosenButtons = new QHBoxLayout;
    chosenButtons->addStretch(1);
    chosenButtons->addWidget(m_remove);
    chosenLayout->addWidget(chosenLabel);
    chosenLayout->addWidget(m_recipients, 1);
    chosenLayout->addLayout(chosenButtons);
    splitter->addWidget(chart);
    splitter->addWidget(chosen);
    body()->addWidget(splitter, 1);

    buildTree();
    connect(m_search, &QLineEdit::textChanged, this, &RouteDialog::setSearch);
    connect(m_add, &QPushButton::clicked, this, &RouteDialog::addSelected);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] { addSelected(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_recipients->currentRow();
        if (row >= 0)
            removeRecipient(row);
    });
    resize(860, 640);
    revalidate();
}

void RouteDialog::buildTree()
{
    const bool lao = i18n::current() == Language::Lao;
    QHash<int, QTreeWidgetItem *> units;
    for (const DirectoryUnit &unit : std::as_const(m_directory.units)) {
        QTreeWidgetItem *parent = unit.parentId ? units.value(*unit.parentId) : nullptr;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        const QString name = !lao && !unit.nameEnglish.isEmpty() ? unit.nameEnglish : unit.nameLao;
        item->setText(0, tr("%1 (%2, whole unit)").arg(name, unit.abbreviation));
        item->setData(0, kindRole, static_cast<int>(RoutingRecipient::Kind::Unit));
        item->setData(0, codeRole, unit.code);
        item->setData(
            0, searchRole,
            QStringList{unit.nameLao, unit.nameEnglish, unit.abbreviation, unit.code}.join(
                QLatin1Char(' ')));
        units.insert(unit.id, item);
    }
    // A person with two roles in one unit appears once there, with both roles.
    QHash<QPair<int, int>, QTreeWidgetItem *> people;
    for (const DirectoryMember &member : std::as_const(m_directory.members)) {
        QTreeWidgetItem *unit = units.value(member.unitId);
        if (!unit)
            continue;
        const auto key = qMakePair(member.unitId, member.personId);
        if (QTreeWidgetItem *seen = people.value(key)) {
            seen->setText(0, seen->text(0).chopped(1) + QStringLiteral(", ") +
                                 roleWord(member.role) + QLatin1Char(')'));
            continue;
        }
        auto *item = new QTreeWidgetItem(unit);
        item->setText(0, tr("%1 (%2)").arg(member.fullName, roleWord(member.role)));
        item->setData(0, kindRole, static_cast<int>(RoutingRecipient::Kind::Person));
        item->setData(0, codeRole, member.login);
        item->setData(
            0, searchRole,
            QStringList{member.fullName, member.login, member.title}.join(QLatin1Char(' ')));
        people.insert(key, item);
    }
    m_tree->expandAll();
}

void RouteDialog::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    const QString needle = text.trimmed();
    // Shown when it matches, or something below it does; everything below a matching unit
    // stays visible so a unit's people can be picked by the unit's name.
    std::function<bool(QTreeWidgetItem *, bool)> filter = [&](QTreeWidgetItem *item,
                                                              bool ancestorMatches) {
        const bool matches =
            needle.isEmpty() ||
            item->data(0, searchRole).toString().contains(needle, Qt::CaseInsensitive);
        bool childShown = false;
        for (int i = 0; i < item->childCount(); ++i)
            childShown |= filter(item->child(i), ancestorMatches || matches);
        const bool shown = matches || ancestorMatches || childShown;
        item->setHidden(!shown);
        return shown;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        filter(m_tree->topLevelItem(i), false);
    m_tree->expandAll();
}

void RouteDialog::addSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    for (QTreeWidgetItem *item : selected) {
        const auto kind = static_cast<RoutingRecipient::Kind>(item->data(0, kindRole).toInt());
        addEntry(kind, item->data(0, codeRole).toString(), item->text(0));
    }
}

bool RouteDialog::addPerson(const QString &login)
{
    for (const DirectoryMember &member : std::as_const(m_directory.members)) {
        if (member.login == login)
            return addEntry(RoutingRecipient::Kind::Person, login, member.fullName);
    }
    return false;
}

bool RouteDialog::addUnit(const QString &code)
{
    const bool lao = i18n::current() == Language::Lao;
    for (const DirectoryUnit &unit : std::as_const(m_directory.units)) {
        if (unit.code == code) {
            return addEntry(RoutingRecipient::Kind::Unit, code,
                            !lao && !unit.nameEnglish.isEmpty() ? unit.nameEnglish : unit.nameLao);
        }
    }
    return false;
}

bool RouteDialog::addEntry(RoutingRecipient::Kind kind, const QString &code, const QString &name)
{
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        const QTableWidgetItem *item = m_recipients->item(row, NameColumn);
        if (item->data(kindRole).toInt() == static_cast<int>(kind) &&
            item->data(codeRole).toString() == code)
            return false;
    }
    const int row = m_recipients->rowCount();
    m_recipients->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    nameItem->setData(kindRole, static_cast<int>(kind));
    nameItem->setData(codeRole, code);
    m_recipients->setItem(row, NameColumn, nameItem);

    auto *role = new QComboBox(m_recipients);
    role->setObjectName(QStringLiteral("role"));
    role->addItem(tr("To act on it"), static_cast<int>(RoutingRole::Action));
    role->addItem(tr("Copy"), static_cast<int>(RoutingRole::Copy));
    role->addItem(tr("For information"), static_cast<int>(RoutingRole::Information));
    m_recipients->setCellWidget(row, RoleColumn, role);

    auto *instruction = new QLineEdit(m_recipients);
    instruction->setObjectName(QStringLiteral("instruction"));
    instruction->setPlaceholderText(tr("What should they do?"));
    m_recipients->setCellWidget(row, InstructionColumn, instruction);

    auto *due = new LaoDateEdit(defaultDueOn(), m_recipients);
    due->setObjectName(QStringLiteral("dueOn"));
    m_recipients->setCellWidget(row, DueColumn, due);

    connect(role, &QComboBox::currentIndexChanged, this, [this] {
        updateDueEditors();
        revalidate();
    });
    connect(instruction, &QLineEdit::textChanged, this, &RouteDialog::revalidate);
    connect(due, &LaoDateEdit::dateChanged, this, &RouteDialog::revalidate);
    connect(due, &LaoDateEdit::acceptableChanged, this, &RouteDialog::revalidate);
    m_recipients->resizeRowsToContents();
    updateDueEditors();
    revalidate();
    return true;
}

void RouteDialog::removeRecipient(int row)
{
    if (row < 0 || row >= m_recipients->rowCount())
        return;
    m_recipients->removeRow(row);
    revalidate();
}

void RouteDialog::setRole(int row, RoutingRole role)
{
    auto *combo = qobject_cast<QComboBox *>(m_recipients->cellWidget(row, RoleColumn));
    combo->setCurrentIndex(combo->findData(static_cast<int>(role)));
}

void RouteDialog::setInstruction(int row, const QString &text)
{
    qobject_cast<QLineEdit *>(m_recipients->cellWidget(row, InstructionColumn))->setText(text);
}

void RouteDialog::setDueOn(int row, const QDate &date)
{
    qobject_cast<LaoDateEdit *>(m_recipients->cellWidget(row, DueColumn))->setDate(date);
}

int RouteDialog::recipientCount() const
{
    return m_recipients->rowCount();
}

QDate RouteDialog::defaultDueOn() const
{
    const QDate today =
        m_directory.officeToday.isValid() ? m_directory.officeToday : QDate::currentDate();
    return today.addDays(m_directory.deadlineDays.value(m_urgency, 0));
}

void RouteDialog::updateDueEditors()
{
    // Copies and information are only read: they have no due date.
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_recipients->cellWidget(row, RoleColumn));
        const bool action = combo->currentData().toInt() == static_cast<int>(RoutingRole::Action);
        m_recipients->cellWidget(row, DueColumn)->setEnabled(action);
    }
}

QList<RoutingRecipient> RouteDialog::recipients() const
{
    QList<RoutingRecipient> list;
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        const QTableWidgetItem *name = m_recipients->item(row, NameColumn);
        RoutingRecipient recipient;
        recipient.kind = static_cast<RoutingRecipient::Kind>(name->data(kindRole).toInt());
        recipient.code = name->data(codeRole).toString();
        recipient.role = static_cast<RoutingRole>(
            qobject_cast<QComboBox *>(m_recipients->cellWidget(row, RoleColumn))
                ->currentData()
                .toInt());
        recipient.instruction =
            qobject_cast<QLineEdit *>(m_recipients->cellWidget(row, InstructionColumn))
                ->text()
                .trimmed();
        if (recipient.role == RoutingRole::Action) {
            recipient.dueOn =
                qobject_cast<LaoDateEdit *>(m_recipients->cellWidget(row, DueColumn))->date();
        }
        list << recipient;
    }
    return list;
}

QString RouteDialog::validate() const
{
    if (m_recipients->rowCount() == 0)
        return tr("Recipients: add at least one person or unit from the chart.");
    const QDate today =
        m_directory.officeToday.isValid() ? m_directory.officeToday : QDate::currentDate();
    const QList<RoutingRecipient> list = recipients();
    for (int row = 0; row < list.size(); ++row) {
        const QString name = m_recipients->item(row, NameColumn)->text();
        const RoutingRecipient &recipient = list.at(row);
        if (recipient.instruction.size() > instructionMaximum) {
            return tr("Instruction for %1: at most %2 characters, now %3.")
                .arg(name)
                .arg(instructionMaximum)
                .arg(recipient.instruction.size());
        }
        const auto *due = qobject_cast<LaoDateEdit *>(m_recipients->cellWidget(row, DueColumn));
        if (recipient.dueOn && !due->isAcceptable())
            return tr("Due date for %1: %2").arg(name, due->problem());
        if (recipient.dueOn && *recipient.dueOn < today)
            return tr("Due date for %1: it cannot be in the past.").arg(name);
    }
    return QString();
}

void RouteDialog::focusField(const Error &error)
{
    // The server names the recipient's field in its code: routing.due_on.*, .instruction...
    const int column = error.code.contains(QLatin1String("due_"))          ? DueColumn
                       : error.code.contains(QLatin1String("instruction")) ? InstructionColumn
                                                                           : -1;
    if (column >= 0 && m_recipients->rowCount() > 0)
        m_recipients->cellWidget(0, column)->setFocus();
    else
        m_search->setFocus();
}

} // namespace saraban::ui
