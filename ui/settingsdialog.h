#pragma once

// File › Settings: language, font, and the servers people sign in to. The list always starts
// with this computer's private server; shared servers are added, edited (ServerProfileDialog),
// duplicated and removed here, and chosen in the sign-in dialog. Language, font and size apply
// as soon as OK is pressed; a change to the server in use applies at the next start.
#include "ui/settings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace saraban::ui {

class ServerProfileDialog;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;

    // The profile editor opened by Add, Edit or Duplicate, while it is open (tests and
    // screenshots drive it; it is modal).
    ServerProfileDialog *openEditor() const { return m_editor; }

signals:
    // The profile editor was opened; tests fill it in from here.
    void editorOpened(saraban::ui::ServerProfileDialog *editor);

private:
    void fillServers(const QString &selectId);
    void updateButtons();
    QString selectedId() const;
    void editProfile(const ServerProfile &profile, bool isNew);

    Preferences m_current;
    ServerProfiles m_servers;
    QComboBox *m_language = nullptr;
    QComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLabel *m_appearanceNote = nullptr;
    QListWidget *m_serverList = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_serverNote = nullptr;
    ServerProfileDialog *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saraban::ui
