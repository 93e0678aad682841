#include "ui/decisiondialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace saraban::ui {

DecisionDialog::DecisionDialog(Kind kind, const QString &subject, QWidget *parent)
    : SendDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("decisionDialog"));
    auto *about = new QLabel(subject, this);
    about->setObjectName(QStringLiteral("subject"));
    about->setWordWrap(true);
    QFont bold = about->font();
    bold.setBold(true);
    about->setFont(bold);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_prompt->setBuddy(m_text);
    body()->addWidget(about);
    body()->addWidget(m_prompt);
    body()->addWidget(m_text, 1);

    QString title;
    QString prompt;
    QString send;
    switch (kind) {
    case Kind::Return:
        title = tr("Return the letter");
        prompt = tr("&Why do you return it? The sender reads this.");
        send = tr("Return");
        break;
    case Kind::Complete:
        title = tr("Complete the letter");
        prompt = tr("&Outcome: what was done (a reply sent, filed, for information).");
        send = tr("Complete");
        break;
    case Kind::Recall:
        title = tr("Recall the letter");
        prompt = tr("&Reason for recalling it (optional).");
        send = tr("Recall");
        break;
    case Kind::Endorse:
        title = tr("Endorse the letter");
        prompt = tr("&Instruction: who handles it and how.");
        send = tr("Endorse");
        break;
    case Kind::Comment:
        title = tr("Comment on the letter");
        prompt = tr("&Comment, for everyone who follows the letter.");
        send = tr("Add comment");
        break;
    case Kind::Approve:
        title = tr("Approve the draft");
        prompt = tr("&Comment (optional).");
        send = tr("Approve");
        break;
    case Kind::RejectToPrevious:
        title = tr("Send the draft back one step");
        prompt = tr("&What must change? The previous step reads this.");
        send = tr("Send back");
        break;
    case Kind::RejectToDrafter:
        title = tr("Return the draft to its drafter");
        prompt = tr("&What must change? The drafter reads this.");
        send = tr("Return to drafter");
        break;
    }
    setWindowTitle(title);
    m_prompt->setText(prompt);
    setSendText(send);
    resize(520, 320);

    connect(m_text, &QPlainTextEdit::textChanged, this, &DecisionDialog::revalidate);
    revalidate();
}

QString DecisionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void DecisionDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool DecisionDialog::isRequired() const
{
    return m_kind != Kind::Recall && m_kind != Kind::Approve;
}

int DecisionDialog::maximumLength() const
{
    switch (m_kind) {
    case Kind::Approve:
    case Kind::RejectToPrevious:
    case Kind::RejectToDrafter:
        return 4000;
    default:
        return 2000;
    }
}

QString DecisionDialog::validate() const
{
    const QString value = text();
    if (isRequired() && value.isEmpty())
        return tr("The text is required: write at least a few words.");
    if (value.size() > maximumLength())
        return tr("The text is too long: at most %1 characters, now %2.")
            .arg(maximumLength())
            .arg(value.size());
    return QString();
}

void DecisionDialog::focusField(const Error &)
{
    // The text is the only field.
    m_text->setFocus();
}

} // namespace saraban::ui
