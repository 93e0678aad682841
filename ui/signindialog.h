#pragma once

// The sign-in dialog shown at start: which server (this computer's private server, or a shared
// one with host, port, database and TLS mode), the person's login and password, and "remember
// me", which keeps the password in the system keychain (never in a settings file). A remembered
// password is filled in at the next start and used at once. On the private server its owner
// (the computer account that runs it) may sign in without a password to set up a new
// installation; the dialog says that the owner sees everything.
//
// The dialog drives a ConnectionController and closes (accepted) once it is connected. What
// was typed stays when signing in fails; the error says what to fix.
#include "core/db/connectionprofile.h"
#include "core/util/result.h"
#include "ui/serverprofiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace saraban {
class ConnectionController;
class SecretStore;
} // namespace saraban

namespace saraban::ui {

// What the dialog remembers between starts (in QSettings; the password only in the keychain).
struct SignInChoice
{
    bool sharedServer = false;
    QString sharedConnInfo; // without password
    QString user;
    bool remember = false;
    // Settings' named shared servers (ui/serverprofiles.h), offered after this computer's, and
    // the one chosen (empty: this computer, or a server typed in the dialog).
    QList<ServerProfile> profiles;
    QString profileId;

    static SignInChoice load();
    void save() const;
};

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // secrets may be null (no keychain): "remember me" is then hidden.
    SignInDialog(ConnectionController *controller, SecretStore *secrets, const SignInChoice &choice,
                 QWidget *parent = nullptr);

    // Fills in a password given by a script (SARABAN_PASSWORD) and signs in at once.
    void signInWith(const QString &password);
    // Signs in as the private server's owner at once (scripts and screenshots).
    void signInAsOwner();
    // What was chosen, once accepted.
    SignInChoice choice() const;
    bool signedInAsOwner() const;

signals:
    // The remembered password was looked up (found or not); tests wait for it.
    void rememberedPasswordChecked(bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void submit();
    void connected();
    void failed(const Error &error);
    void finish();
    void showError(const QString &message);
    void readRememberedPassword();
    ConnectionProfile chosenServer() const;
    // The server combo's choice: ServerProfile::localId, a profile's id, or
    // ServerProfiles::otherId (the fields below it, typed).
    QString chosenId() const;
    bool sharedChosen() const;
    std::optional<ServerProfile> chosenProfile() const;
    void setBusy(bool busy);

    ConnectionController *m_controller;
    SecretStore *m_secrets;
    bool m_signingIn = false;
    bool m_autoSignIn = true;
    QString m_baseConnInfo;
    QList<ServerProfile> m_profiles;

    QLabel *m_intro = nullptr;
    QGroupBox *m_serverBox = nullptr;
    QComboBox *m_serverKind = nullptr;
    QLabel *m_localNote = nullptr;
    QWidget *m_sharedFields = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_sslLabel = nullptr;
    QComboBox *m_sslMode = nullptr;
    QGroupBox *m_personBox = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_owner = nullptr;
    QLabel *m_ownerNote = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saraban::ui
