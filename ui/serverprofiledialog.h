#pragma once

// Adds or edits one shared server of Settings' list: name, host, port, database, TLS mode and
// optionally the root certificate file. Every field is checked as it is typed; a problem is
// shown under its field, naming the field and the rule, and OK waits until there is none.
#include "ui/serverprofiles.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace saraban::ui {

class ServerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // profiles: the list the profile belongs to, for the unique-name rule.
    ServerProfileDialog(const ServerProfile &profile, const ServerProfiles &profiles,
                        QWidget *parent = nullptr);

    // The profile as edited (its id unchanged).
    ServerProfile profile() const;
    // The first problem shown, empty when the profile can be saved.
    QString problem() const;

private:
    void validate();
    void chooseCertificate();

    ServerProfile m_profile;
    const ServerProfiles &m_profiles;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_rootCertificate = nullptr;
    QMap<ServerProfile::Field, QLabel *> m_errors;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saraban::ui
