#include "ui/settingsdialog.h"

#include "ui/appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saraban::ui {

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (Language language : i18n::available())
        m_language->addItem(i18n::nativeName(language), i18n::code(language));
    m_language->setCurrentIndex(m_language->findData(i18n::code(current.language)));

    m_font = new QComboBox(this);
    m_font->setObjectName(QStringLiteral("fontCombo"));
    for (const QString &family : appearance::availableLaoFamilies())
        m_font->addItem(family, family);
    m_font->setCurrentIndex(std::max(0, m_font->findData(current.laoFontFamily)));

    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(8, 24);
    m_fontSize->setValue(current.fontPointSize);

    auto *appearanceBox = new QGroupBox(tr("Language and appearance"), this);
    auto *appearanceForm = new QFormLayout(appearanceBox);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(tr("Lao &font:"), m_font);
    appearanceForm->addRow(tr("Font &size:"), m_fontSize);

    m_local = new QRadioButton(tr("Private local server on this computer"), this);
    m_local->setObjectName(QStringLiteral("localServerRadio"));
    m_shared = new QRadioButton(tr("Shared server:"), this);
    m_shared->setObjectName(QStringLiteral("sharedServerRadio"));
    m_connInfo = new QLineEdit(current.sharedConnInfo, this);
    m_connInfo->setObjectName(QStringLiteral("connInfoEdit"));
    m_connInfo->setPlaceholderText(
        QStringLiteral("host=saraban.example port=5432 dbname=saraban sslmode=verify-full"));
    m_connInfoError = new QLabel(this);
    m_connInfoError->setObjectName(QStringLiteral("connInfoError"));
    m_connInfoError->setWordWrap(true);
    QPalette errorPalette = m_connInfoError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_connInfoError->setPalette(errorPalette);
    (current.useSharedServer ? m_shared : m_local)->setChecked(true);

    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addWidget(m_local);
    serverLayout->addWidget(m_shared);
    serverLayout->addWidget(m_connInfo);
    serverLayout->addWidget(m_connInfoError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearanceBox);
    layout->addWidget(serverBox);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_shared, &QRadioButton::toggled, this, &SettingsDialog::validate);
    connect(m_connInfo, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    validate();
    setMinimumWidth(520);
}

Preferences SettingsDialog::preferences() const
{
    Preferences preferences;
    preferences.language =
        i18n::fromCode(m_language->currentData().toString()).value_or(Language::Lao);
    preferences.laoFontFamily = m_font->currentData().toString();
    preferences.fontPointSize = m_fontSize->value();
    preferences.useSharedServer = m_shared->isChecked();
    preferences.sharedConnInfo = m_connInfo->text().trimmed();
    return preferences;
}

void SettingsDialog::validate()
{
    m_connInfo->setEnabled(m_shared->isChecked());
    QString problem;
    if (m_shared->isChecked()) {
        const QString text = m_connInfo->text().trimmed();
        if (text.isEmpty()) {
            problem = tr("Enter the shared server's connection string.");
        } else {
            auto profile = ConnectionProfile::fromConnInfo(text);
            if (!profile)
                problem = profile.error().message;
            else if (!profile->parameter(QStringLiteral("password")).isEmpty())
                problem = tr("Do not put a password in the connection string: a settings file is "
                             "no safe place for it.");
        }
    }
    m_connInfoError->setText(problem);
    m_connInfoError->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace saraban::ui
