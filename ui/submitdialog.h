#pragma once

// Submitting a draft for approval: the drafter picks one of the approval chain templates the
// draft may use (its unit's or a unit's above it, for its letter type), or writes a chain of
// their own: ordered steps (review, opinion or sign), each decided by a person from the
// organisation chart, the one signing step last. The chain is checked as it is written with
// the server's rules (exactly one sign step, and it is last; at most 20 steps; nobody approves
// their own draft) and one more of the dialog's (nobody twice). The server starts the chain
// (saraban.draft_submit) or says why not: a returned draft must be revised first, an assignee
// must be cleared for the draft's confidentiality.
#include "core/domain/chainstep.h"
#include "core/domain/directory.h"
#include "ui/senddialog.h"

class QComboBox;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace saraban::ui {

class SubmitDialog : public SendDialog
{
    Q_OBJECT

public:
    // Templates only (no chart to choose people from).
    SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                 QWidget *parent = nullptr);
    // Templates, or a chain of people from directory; me is the drafter's login.
    SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                 const Directory &directory, const QString &me, QWidget *parent = nullptr);

    // 0 when none is chosen, or when the chain is the drafter's own.
    int templateId() const;
    bool setTemplate(int templateId);

    // The drafter's own chain rather than a template.
    bool isCustomChain() const;
    void setCustomChain(bool custom);
    // The chain as written, in order (steps without a person have an empty login).
    QList<ChainStep> steps() const;
    int stepCount() const;
    // Appends a step; false when login is not in the chart.
    bool addStep(StepKind kind, const QString &login);
    void removeStep(int row);
    void moveStep(int row, int by);

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    void build(const QString &subject, const QList<ChainChoice> &choices);
    void insertStep(int row, StepKind kind, const QString &login);
    QString chainProblem() const;

    Directory m_directory;
    QString m_me;
    QComboBox *m_chain = nullptr;
    QRadioButton *m_templateChoice = nullptr;
    QRadioButton *m_customChoice = nullptr;
    QWidget *m_customBox = nullptr;
    QTableWidget *m_steps = nullptr;
    // The people of the chart, once each: login and how the list shows them.
    QList<QPair<QString, QString>> m_people;
};

} // namespace saraban::ui
