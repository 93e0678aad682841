#include "ui/submitdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace saraban::ui {

SubmitDialog::SubmitDialog(const QString &subject, const QList<ChainChoice> &choices,
                           QWidget *parent)
    : SendDialog(parent)
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
    auto *form = new QFormLayout;
    form->addRow(tr("Approval &chain:"), m_chain);
    body()->addWidget(about);
    body()->addLayout(form);
    connect(m_chain, &QComboBox::currentIndexChanged, this, &SubmitDialog::revalidate);
    resize(520, 200);
    revalidate();
}

int SubmitDialog::templateId() const
{
    return m_chain->currentData().toInt();
}

bool SubmitDialog::setTemplate(int templateId)
{
    const int index = m_chain->findData(templateId);
    if (index > 0)
        m_chain->setCurrentIndex(index);
    return index > 0;
}

QString SubmitDialog::validate() const
{
    if (m_chain->count() <= 1)
        return tr("Approval chain: none is set up for this draft's unit and type; ask an "
                  "administrator to set one up.");
    if (templateId() == 0)
        return tr("Approval chain: choose one.");
    return QString();
}

} // namespace saraban::ui
