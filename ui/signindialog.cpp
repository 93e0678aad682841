#include "ui/signindialog.h"

#include "core/db/connectioncontroller.h"
#include "core/db/signin.h"
#include "core/secrets/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace saraban::ui {

namespace {

const QStringList &sslModes = ServerProfiles::sslModes();

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    return label;
}

} // namespace

SignInChoice SignInChoice::load()
{
    QSettings settings;
    SignInChoice choice;
    // Loading the profiles first turns an old single shared server into a profile.
    const ServerProfiles servers = ServerProfiles::load();
    choice.profiles = servers.shared();
    const QString last = servers.lastUsed();
    if (last == QLatin1String(ServerProfiles::otherId)) {
        choice.sharedServer = true;
        choice.sharedConnInfo = settings.value(QStringLiteral("signin/otherServer")).toString();
    } else if (auto profile = servers.find(last); profile && !profile->isLocal()) {
        choice.sharedServer = true;
        choice.sharedConnInfo = profile->connection().connInfo();
        choice.profileId = profile->id;
    }
    choice.user = settings.value(QStringLiteral("signin/user")).toString();
    choice.remember = settings.value(QStringLiteral("signin/remember"), false).toBool();
    return choice;
}

void SignInChoice::save() const
{
    ServerProfiles servers = ServerProfiles::load();
    QSettings settings;
    if (!sharedServer) {
        servers.setLastUsed(QString::fromLatin1(ServerProfile::localId));
    } else if (!profileId.isEmpty() && servers.find(profileId)) {
        servers.setLastUsed(profileId);
    } else {
        servers.setLastUsed(QString::fromLatin1(ServerProfiles::otherId));
        settings.setValue(QStringLiteral("signin/otherServer"), sharedConnInfo);
    }
    servers.save();
    settings.setValue(QStringLiteral("signin/user"), user);
    settings.setValue(QStringLiteral("signin/remember"), remember);
}

SignInDialog::SignInDialog(ConnectionController *controller, SecretStore *secrets,
                           const SignInChoice &choice, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_secrets(secrets)
    , m_baseConnInfo(choice.sharedConnInfo)
    , m_profiles(choice.profiles)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/saraban.svg")));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    QFont introFont = m_intro->font();
    introFont.setPointSizeF(introFont.pointSizeF() * 1.25);
    introFont.setBold(true);
    m_intro->setFont(introFont);

    // The server.
    m_serverBox = new QGroupBox(this);
    m_serverKind = new QComboBox(m_serverBox);
    m_serverKind->setObjectName(QStringLiteral("serverKindCombo"));
    // This computer, each named shared server, then one typed here.
    m_serverKind->addItem(QString(), QString::fromLatin1(ServerProfile::localId));
    for (const ServerProfile &profile : std::as_const(m_profiles))
        m_serverKind->addItem(profile.name, profile.id);
    m_serverKind->addItem(QString(), QString::fromLatin1(ServerProfiles::otherId));
    m_localNote = new QLabel(m_serverBox);
    m_localNote->setObjectName(QStringLiteral("localServerNote"));
    m_localNote->setWordWrap(true);
    m_sharedFields = new QWidget(m_serverBox);
    auto *sharedForm = new QFormLayout(m_sharedFields);
    sharedForm->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(m_sharedFields);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("saraban.vientiane.gov.la"));
    m_port = new QSpinBox(m_sharedFields);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(m_sharedFields);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_sslMode = new QComboBox(m_sharedFields);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const QString &mode : sslModes)
        m_sslMode->addItem(QString(), mode);
    m_hostLabel = new QLabel(m_sharedFields);
    m_portLabel = new QLabel(m_sharedFields);
    m_databaseLabel = new QLabel(m_sharedFields);
    m_sslLabel = new QLabel(m_sharedFields);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_sslLabel->setBuddy(m_sslMode);
    sharedForm->addRow(m_hostLabel, m_host);
    sharedForm->addRow(m_portLabel, m_port);
    sharedForm->addRow(m_databaseLabel, m_database);
    sharedForm->addRow(m_sslLabel, m_sslMode);
    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_serverKind);
    serverLayout->addWidget(m_localNote);
    serverLayout->addWidget(m_sharedFields);

    // The person.
    m_personBox = new QGroupBox(this);
    m_user = new QLineEdit(choice.user, m_personBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(m_personBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(m_personBox);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(choice.remember && m_secrets);
    m_remember->setVisible(m_secrets != nullptr);
    m_owner = new QCheckBox(m_personBox);
    m_owner->setObjectName(QStringLiteral("ownerCheck"));
    m_ownerNote = new QLabel(m_personBox);
    m_ownerNote->setObjectName(QStringLiteral("ownerNote"));
    m_ownerNote->setWordWrap(true);
    m_userLabel = new QLabel(m_personBox);
    m_passwordLabel = new QLabel(m_personBox);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    auto *personForm = new QFormLayout(m_personBox);
    personForm->addRow(m_userLabel, m_user);
    personForm->addRow(m_passwordLabel, m_password);
    personForm->addRow(QString(), m_remember);
    personForm->addRow(m_owner);
    personForm->addRow(m_ownerNote);

    m_error = errorLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->hide();
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progressLabel"));
    m_progress->setWordWrap(true);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_personBox);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // The shared server's fields come from its saved connection string; anything else in it
    // (sslrootcert, a client certificate...) is kept.
    if (auto saved = ConnectionProfile::fromConnInfo(choice.sharedConnInfo); saved) {
        m_host->setText(saved->host());
        if (saved->port() > 0)
            m_port->setValue(saved->port());
        m_database->setText(saved->database());
        const int mode = static_cast<int>(sslModes.indexOf(saved->sslMode()));
        m_sslMode->setCurrentIndex(mode >= 0 ? mode : 1);
    } else {
        m_database->setText(QStringLiteral("saraban"));
        m_sslMode->setCurrentIndex(static_cast<int>(sslModes.indexOf(QStringLiteral("prefer"))));
    }
    // The server used last: its profile when the choice still points where it did (a --db
    // given on the command line does not), any profile for that place, or the typed fields.
    int chosen = 0;
    if (choice.sharedServer) {
        chosen = m_serverKind->count() - 1;
        for (int i = 1; i + 1 < m_serverKind->count(); ++i) {
            const ServerProfile &profile = m_profiles.at(i - 1);
            if (profile.connection().connInfo() != choice.sharedConnInfo)
                continue;
            if (chosen == m_serverKind->count() - 1 || profile.id == choice.profileId)
                chosen = i;
        }
    }
    m_serverKind->setCurrentIndex(chosen);

    connect(m_serverKind, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto profile = chosenProfile()) {
            // A named server's fields are shown as it is saved; Settings edits them.
            m_host->setText(profile->host);
            m_port->setValue(profile->port);
            m_database->setText(profile->database);
            m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(profile->sslMode)));
        }
        updateState();
        readRememberedPassword();
    });
    connect(m_owner, &QCheckBox::toggled, this, &SignInDialog::updateState);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_host, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_database, &QLineEdit::textChanged, this, &SignInDialog::updateState);
    connect(m_user, &QLineEdit::editingFinished, this, &SignInDialog::readRememberedPassword);

    connect(m_controller, &ConnectionController::connected, this, &SignInDialog::connected);
    connect(m_controller, &ConnectionController::failed, this, &SignInDialog::failed);

    retranslate();
    updateState();
    setMinimumWidth(560);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    readRememberedPassword();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to Saraban"));
    m_intro->setText(tr("Sign in to Saraban"));
    m_serverBox->setTitle(tr("Server"));
    m_serverKind->setItemText(0, tr("This computer's private server"));
    m_serverKind->setItemText(m_serverKind->count() - 1,
                              m_profiles.isEmpty() ? tr("A shared server on the network")
                                                   : tr("Another shared server on the network"));
    m_localNote->setText(tr("Saraban's own server on this computer, for one office or a demo."));
    m_hostLabel->setText(tr("&Host:"));
    m_portLabel->setText(tr("P&ort:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_sslLabel->setText(tr("&TLS:"));
    const QStringList sslTexts = {tr("Off (never on a network)"), tr("When the server offers it"),
                                  tr("Required"), tr("Required, certificate checked"),
                                  tr("Required, certificate and name checked")};
    for (int i = 0; i < sslTexts.size(); ++i)
        m_sslMode->setItemText(i, sslTexts.at(i));
    m_personBox->setTitle(tr("Your account"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember my password on this computer (in the system keychain)"));
    m_owner->setText(tr("Sign in as the &owner of this computer's server"));
    m_ownerNote->setText(tr("For setting up a new installation before anyone has an account. "
                            "The owner is not a person of the organisation and sees every "
                            "letter, whatever its confidentiality."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    m_progress->setText(tr("Signing in…"));
}

void SignInDialog::updateState()
{
    const bool shared = sharedChosen();
    const bool owner = !shared && m_owner->isChecked();
    m_localNote->setVisible(!shared);
    m_sharedFields->setVisible(shared);
    m_sharedFields->setEnabled(!chosenProfile());
    m_owner->setVisible(!shared);
    m_ownerNote->setVisible(!shared && m_owner->isChecked());
    m_user->setEnabled(!owner && !m_signingIn);
    m_password->setEnabled(!owner && !m_signingIn);
    m_remember->setEnabled(!owner && !m_signingIn);
    const bool complete =
        owner || (!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty() &&
                  (!shared || (!m_host->text().trimmed().isEmpty() &&
                               !m_database->text().trimmed().isEmpty())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_signingIn);
}

QString SignInDialog::chosenId() const
{
    return m_serverKind->currentData().toString();
}

bool SignInDialog::sharedChosen() const
{
    return chosenId() != QLatin1String(ServerProfile::localId);
}

std::optional<ServerProfile> SignInDialog::chosenProfile() const
{
    const QString id = chosenId();
    for (const ServerProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

ConnectionProfile SignInDialog::chosenServer() const
{
    if (const auto profile = chosenProfile())
        return profile->connection();
    auto base = ConnectionProfile::fromConnInfo(m_baseConnInfo);
    ConnectionProfile profile = base ? *base : ConnectionProfile();
    return profile.withParameter(QStringLiteral("host"), m_host->text().trimmed())
        .withParameter(QStringLiteral("port"), QString::number(m_port->value()))
        .withParameter(QStringLiteral("dbname"), m_database->text().trimmed())
        .withParameter(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
}

void SignInDialog::setBusy(bool busy)
{
    m_signingIn = busy;
    m_serverBox->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        m_error->hide();
    updateState();
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void SignInDialog::submit()
{
    if (m_signingIn || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const bool shared = sharedChosen();
    const bool owner = !shared && m_owner->isChecked();
    // A different server than the controller's: a new session. The same private server is
    // kept, so a wrong password does not restart it.
    const DatabaseSession &current = m_controller->session();
    if (shared) {
        const ConnectionProfile server = chosenServer();
        if (current.isLocal() || current.profile().connInfo() != server.connInfo())
            m_controller->setSession(std::make_unique<DatabaseSession>(server));
    } else if (!current.isLocal()) {
        m_controller->setSession(std::make_unique<DatabaseSession>(LocalServerOptions{}));
    }
    if (owner)
        m_controller->setCredentials(QString(), QString());
    else
        m_controller->setCredentials(m_user->text().trimmed(), m_password->text());
    setBusy(true);
    m_controller->connectToServer();
}

void SignInDialog::connected()
{
    if (!m_signingIn)
        return;
    const SignInChoice chosen = choice();
    chosen.save();
    if (!m_secrets || signedInAsOwner()) {
        finish();
        return;
    }
    const QString key = SignIn::secretKey(m_controller->profile(), chosen.user);
    QPointer<SignInDialog> self(this);
    const auto done = [self](Status) {
        // A keychain that cannot store is not a reason to refuse a correct sign-in; the
        // password is simply asked for again next time.
        if (self)
            self->finish();
    };
    if (chosen.remember)
        m_secrets->write(key, m_password->text(), done);
    else
        m_secrets->remove(key, done);
}

void SignInDialog::finish()
{
    m_signingIn = false;
    accept();
}

void SignInDialog::failed(const Error &error)
{
    if (!m_signingIn)
        return;
    setBusy(false);
    showError(error.message);
    if (error.code == QLatin1String(SignIn::wrongPasswordCode)) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::readRememberedPassword()
{
    if (!m_secrets || !m_remember->isChecked() || m_user->text().trimmed().isEmpty() || m_signingIn)
        return;
    const bool shared = sharedChosen();
    const ConnectionProfile server =
        shared ? chosenServer()
               : ConnectionProfile::forLocalServer(QString(), 0, QString(), QString(), QString());
    QPointer<SignInDialog> self(this);
    m_secrets->read(SignIn::secretKey(server, m_user->text().trimmed()),
                    [self](Result<std::optional<QString>> secret) {
                        if (!self)
                            return;
                        const bool found = secret.ok() && secret->has_value();
                        if (found && self->m_password->text().isEmpty()) {
                            self->m_password->setText(**secret);
                            // Once per start: after a failure the person decides.
                            if (self->m_autoSignIn) {
                                self->m_autoSignIn = false;
                                self->submit();
                            }
                        }
                        emit self->rememberedPasswordChecked(found);
                    });
}

void SignInDialog::signInWith(const QString &password)
{
    m_autoSignIn = false;
    m_owner->setChecked(false);
    m_password->setText(password);
    submit();
}

void SignInDialog::signInAsOwner()
{
    m_autoSignIn = false;
    m_serverKind->setCurrentIndex(0);
    m_owner->setChecked(true);
    submit();
}

SignInChoice SignInDialog::choice() const
{
    SignInChoice chosen;
    chosen.sharedServer = sharedChosen();
    chosen.profiles = m_profiles;
    if (const auto profile = chosenProfile())
        chosen.profileId = profile->id;
    chosen.sharedConnInfo = chosen.sharedServer ? chosenServer().connInfo() : m_baseConnInfo;
    chosen.user =
        m_owner->isChecked() && !chosen.sharedServer ? QString() : m_user->text().trimmed();
    chosen.remember = m_remember->isChecked() && !signedInAsOwner();
    return chosen;
}

bool SignInDialog::signedInAsOwner() const
{
    return m_serverKind->currentIndex() == 0 && m_owner->isChecked();
}

} // namespace saraban::ui
