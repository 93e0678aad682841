#pragma once

// Routing or forwarding a letter: people and units are picked from the organisation chart
// (searchable by name, login, unit code or abbreviation); each recipient gets a role (act on
// it, copy, for information), an instruction and, when they act on it, a due date that starts
// at the deadline of the letter's urgency. The caller sends recipients() (RoutingService::route
// or forward) and reports back through showOutcome().
#include "core/domain/directory.h"
#include "core/domain/routingrecipient.h"
#include "ui/senddialog.h"

class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace saraban::ui {

class RouteDialog : public SendDialog
{
    Q_OBJECT

public:
    enum class Mode { Route, Forward };
    enum Column { NameColumn, RoleColumn, InstructionColumn, DueColumn, ColumnCount };

    RouteDialog(Mode mode, const Directory &directory, const QString &subject, int urgency,
                QWidget *parent = nullptr);

    // Shows only the chart entries matching text (and the units above them).
    void setSearch(const QString &text);
    // Adds the entries selected in the chart, as people to act on the letter.
    void addSelected();
    // Adds one by login or unit code (the chart's double-click does the same); false when the
    // chart has no such entry or it is already a recipient.
    bool addPerson(const QString &login);
    bool addUnit(const QString &code);
    void removeRecipient(int row);
    void setRole(int row, RoutingRole role);
    void setInstruction(int row, const QString &text);
    void setDueOn(int row, const QDate &date);
    int recipientCount() const;
    // The due date a new recipient who acts on the letter starts with.
    QDate defaultDueOn() const;

    QList<RoutingRecipient> recipients() const;

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void buildTree();
    bool addEntry(RoutingRecipient::Kind kind, const QString &code, const QString &name);
    void updateDueEditors();

    Directory m_directory;
    int m_urgency = 0;
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_recipients = nullptr;
};

} // namespace saraban::ui
