#pragma once

// File › Settings: language, font, and which server to use. The shared server's connection
// string is checked as it is typed, and OK stays disabled until it parses.
#include "ui/settings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace saraban::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &current, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    void validate();

    QComboBox *m_language = nullptr;
    QComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QRadioButton *m_local = nullptr;
    QRadioButton *m_shared = nullptr;
    QLineEdit *m_connInfo = nullptr;
    QLabel *m_connInfoError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace saraban::ui
