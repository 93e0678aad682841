#pragma once

// The frame of the workspace's dialogs that send something to the server (route, return,
// endorse, appoint...): fields are checked as they are typed (the send button stays disabled
// and a line under the fields says what is missing), the send itself is done by the caller
// (sendRequested(), then showOutcome()), and the dialog only closes on success. When the
// server refuses or the connection is lost, the dialog stays open with everything typed and
// says why, naming the field; the user sends again when ready.
#include "core/util/result.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace saraban::ui {

class SendDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SendDialog(QWidget *parent = nullptr);

    // The caller's answer to sendRequested(): accepts on success, otherwise shows the error
    // and lets the user send again.
    void showOutcome(const Status &status);
    bool isSending() const { return m_sending; }
    // What the field check says now; empty when the fields can be sent.
    QString problem() const { return m_problem; }
    QString serverError() const;
    QPushButton *sendButton() const { return m_send; }

signals:
    void sendRequested();

protected:
    // The form's own widgets go here, above the messages and buttons.
    QVBoxLayout *body() const { return m_body; }
    void setSendText(const QString &text);
    // Subclasses call this whenever a field changes; it asks validate() and updates the
    // button and the message line.
    void revalidate();
    // Empty when the fields are fine, else one sentence naming the field and the rule.
    virtual QString validate() const = 0;
    // Gives focus to the widget of the field a server error names (by its code), if any.
    virtual void focusField(const Error &error) { Q_UNUSED(error) }

private:
    void send();

    QVBoxLayout *m_body = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
    QString m_problem;
    bool m_sending = false;
};

} // namespace saraban::ui
