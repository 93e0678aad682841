#include "ui/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace saraban::ui {

AboutDialog::AboutDialog(const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Saraban"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/saraban.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("Saraban"), QStringLiteral(SARABAN_VERSION),
                 tr("Correspondence and document workflow for Lao government offices: "
                    "registers, routing, approvals and signed documents."),
                 tr("Built with Qt %1. Connected to: %2")
                     .arg(QString::fromLatin1(qVersion()), profile.describe().toHtmlEscaped()),
                 tr("Free software under the GNU General Public License, version 3 or later.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace saraban::ui
