#pragma once

// Issuing an approved or signed draft (saraban.draft_issue): the clerk chooses the outgoing
// register that numbers it (among the registers of the units they are a clerk of), the day it
// was sent, how it went (the server's words: post, hand, email, fax, gnet, other, shown
// translated), and its recipients, "To" or "Copy", each a unit of the organisation chart
// (offered as the name is typed) or any outside body written out. Every field is checked as
// typed; the server still checks (the register must belong to the draft's unit or one above
// it) and a refusal is shown under the fields, with everything kept.
#include "core/domain/directory.h"
#include "core/domain/draftissue.h"
#include "core/domain/registerinfo.h"
#include "ui/senddialog.h"

#include <QList>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace saraban::ui {

class LaoDateEdit;

class IssueDialog : public SendDialog
{
    Q_OBJECT

public:
    // The longest recipient name the server takes (letter.party_name in 0006_letters.sql).
    static constexpr int maxNameLength = 300;

    // registers: those the clerk may number in (outgoing or internal, of their units).
    IssueDialog(qint64 draftId, const QString &subject, const QList<RegisterInfo> &registers,
                const Directory &directory, QWidget *parent = nullptr);

    DraftIssue issue() const;

    // For the tests and the page: the fields as the dialog holds them.
    void setRegister(int registerId);
    void setSentOn(const QDate &date);
    void setSentVia(const QString &word);
    // Adds a recipient as if typed and added; false when the name is not accepted.
    bool addRecipient(LetterParty::Role role, const QString &name);
    void removeRecipient(int row);
    int recipientCount() const;
    // The server's words, in the order offered.
    static QStringList sentViaWords();
    static QString sentViaText(const QString &word);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void addTyped();
    QString nameProblem(const QString &name) const;

    qint64 m_draftId;
    QComboBox *m_register = nullptr;
    LaoDateEdit *m_sentOn = nullptr;
    QComboBox *m_sentVia = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_recipients = nullptr;
    QList<LetterParty> m_parties;
};

} // namespace saraban::ui
