#include "ui/senddialog.h"

#include "core/db/dbworker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace saraban::ui {

SendDialog::SendDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problem"));
    m_problemLabel->setWordWrap(true);
    layout->addWidget(m_problemLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("serverError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = m_buttons->button(QDialogButtonBox::Ok);
    m_send->setObjectName(QStringLiteral("sendButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SendDialog::send);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SendDialog::setSendText(const QString &text)
{
    m_send->setText(text);
}

void SendDialog::revalidate()
{
    m_problem = validate();
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_send->setEnabled(m_problem.isEmpty() && !m_sending);
}

QString SendDialog::serverError() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

void SendDialog::send()
{
    revalidate();
    if (!m_problem.isEmpty() || m_sending)
        return;
    m_sending = true;
    m_send->setEnabled(false);
    m_errorLabel->hide();
    emit sendRequested();
}

void SendDialog::showOutcome(const Status &status)
{
    m_sending = false;
    if (status) {
        accept();
        return;
    }
    const Error &error = status.error();
    QString text = error.message;
    if (DbWorker::isConnectionError(error) ||
        error.code == QLatin1String(DbWorker::notConnectedCode)) {
        text = tr("The connection to the server is lost, so nothing was sent. What you typed "
                  "is kept: send again once the connection is back.");
    } else if (!error.detail.isEmpty()) {
        // The other language's words and the field and rule, as the server gave them.
        text += QLatin1Char('\n') + error.detail;
    }
    m_errorLabel->setText(text);
    m_errorLabel->show();
    focusField(error);
    revalidate();
}

} // namespace saraban::ui
