#include "ui/settingsdialog.h"

#include "ui/appearance.h"
#include "ui/serverprofiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace saraban::ui {

namespace {

QString serverLine(const ServerProfile &profile)
{
    if (profile.isLocal())
        return SettingsDialog::tr("This computer (Saraban's private server)");
    return SettingsDialog::tr("%1: %2:%3, database %4, TLS: %5")
        .arg(profile.name, profile.host)
        .arg(profile.port)
        .arg(profile.database, ServerProfiles::sslModeText(profile.sslMode));
}

} // namespace

SettingsDialog::SettingsDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_servers(current.servers)
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

    m_appearanceNote = new QLabel(
        tr("Language, font and size change as soon as you press OK; no restart is needed."), this);
    m_appearanceNote->setObjectName(QStringLiteral("appearanceNote"));
    m_appearanceNote->setWordWrap(true);

    auto *appearanceBox = new QGroupBox(tr("Language and appearance"), this);
    auto *appearanceForm = new QFormLayout(appearanceBox);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(tr("Lao &font:"), m_font);
    appearanceForm->addRow(tr("Font &size:"), m_fontSize);
    appearanceForm->addRow(m_appearanceNote);

    m_serverList = new QListWidget(this);
    m_serverList->setObjectName(QStringLiteral("serverList"));
    m_serverList->setWordWrap(true);
    m_serverList->setMinimumHeight(fontMetrics().height() * 6);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addServerButton"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editServerButton"));
    m_duplicate = new QPushButton(tr("D&uplicate…"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateServerButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeServerButton"));
    auto *serverButtons = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_duplicate, m_remove})
        serverButtons->addWidget(button);
    serverButtons->addStretch(1);
    m_serverNote = new QLabel(tr("You choose the server when you sign in; the one used last is "
                                 "offered first. Passwords are kept only in the system keychain."),
                              this);
    m_serverNote->setObjectName(QStringLiteral("serverNote"));
    m_serverNote->setWordWrap(true);

    auto *serverBox = new QGroupBox(tr("Servers"), this);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverList, 1);
    serverRow->addLayout(serverButtons);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addLayout(serverRow);
    serverLayout->addWidget(m_serverNote);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appearanceBox);
    layout->addWidget(serverBox, 1);
    layout->addWidget(m_buttons);

    connect(m_serverList, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    connect(m_serverList, &QListWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        ServerProfile fresh;
        fresh.name = m_servers.freeName(tr("Shared server"));
        editProfile(fresh, true);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (auto profile = m_servers.find(selectedId()))
            editProfile(*profile, false);
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (auto profile = m_servers.find(selectedId())) {
            ServerProfile copy = *profile;
            copy.id.clear();
            copy.name = m_servers.freeName(tr("%1 (copy)").arg(profile->name));
            editProfile(copy, true);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_serverList->currentRow();
        if (m_servers.remove(selectedId()))
            fillServers(m_servers.all()
                            .value(std::min(row, static_cast<int>(m_servers.all().size()) - 1))
                            .id);
    });

    fillServers(m_servers.lastUsed());
    setMinimumWidth(620);
}

void SettingsDialog::fillServers(const QString &selectId)
{
    m_serverList->clear();
    for (const ServerProfile &profile : m_servers.all()) {
        auto *item = new QListWidgetItem(serverLine(profile), m_serverList);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == m_servers.lastUsed())
            item->setToolTip(tr("Used at the last sign-in"));
        if (profile.id == selectId)
            m_serverList->setCurrentItem(item);
    }
    if (!m_serverList->currentItem())
        m_serverList->setCurrentRow(0);
    updateButtons();
}

QString SettingsDialog::selectedId() const
{
    const QListWidgetItem *item = m_serverList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::updateButtons()
{
    // This computer's server is always there and has nothing to edit.
    const auto profile = m_servers.find(selectedId());
    const bool shared = profile && !profile->isLocal();
    m_edit->setEnabled(shared);
    m_duplicate->setEnabled(shared);
    m_remove->setEnabled(shared);
}

void SettingsDialog::editProfile(const ServerProfile &profile, bool isNew)
{
    ServerProfileDialog editor(profile, m_servers, this);
    m_editor = &editor;
    QMetaObject::invokeMethod(
        this, [this, &editor] { emit editorOpened(&editor); }, Qt::QueuedConnection);
    const int result = editor.exec();
    m_editor = nullptr;
    if (result != QDialog::Accepted)
        return;
    ServerProfile edited = editor.profile();
    QString id = edited.id;
    if (isNew)
        id = m_servers.add(edited);
    else
        m_servers.replace(edited);
    fillServers(id);
}

Preferences SettingsDialog::preferences() const
{
    Preferences preferences = m_current;
    preferences.language =
        i18n::fromCode(m_language->currentData().toString()).value_or(Language::Lao);
    preferences.laoFontFamily = m_font->currentData().toString();
    preferences.fontPointSize = m_fontSize->value();
    preferences.servers = m_servers;
    // The server of the next start is the last used one, as it now is.
    const auto last = m_servers.find(m_servers.lastUsed());
    if (last && !last->isLocal()) {
        preferences.useSharedServer = true;
        preferences.sharedConnInfo = last->connection().connInfo();
    } else if (m_servers.lastUsed() != QLatin1String(ServerProfiles::otherId)) {
        preferences.useSharedServer = false;
        preferences.sharedConnInfo.clear();
    }
    return preferences;
}

} // namespace saraban::ui
