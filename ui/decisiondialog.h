#pragma once

// A short text to go with an action: the reason for returning or recalling a letter, the
// outcome that completes it, a head's endorsement, a comment, or the comment on an approval
// decision. Whether the text is required and how long it may be follow the server's rules
// (0009_routing.sql, 0010_approvals.sql); the server still checks.
#include "ui/senddialog.h"

class QLabel;
class QPlainTextEdit;

namespace saraban::ui {

class DecisionDialog : public SendDialog
{
    Q_OBJECT

public:
    enum class Kind {
        Return,
        Complete,
        Recall,
        Endorse,
        Comment,
        Approve,
        RejectToPrevious,
        RejectToDrafter
    };
    Q_ENUM(Kind)

    // subject: the letter's or draft's subject, shown so the user knows what they act on.
    DecisionDialog(Kind kind, const QString &subject, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;
    void setText(const QString &text);
    bool isRequired() const;
    int maximumLength() const;

protected:
    QString validate() const override;
    void focusField(const Error &error) override;

private:
    Kind m_kind;
    QLabel *m_prompt = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace saraban::ui
