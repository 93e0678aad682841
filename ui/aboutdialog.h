#pragma once

// Help › About: what Saraban is, its version, the Qt and server it runs with, its licence.
#include "core/db/connectionprofile.h"

#include <QDialog>

class QLabel;

namespace saraban::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const ConnectionProfile &profile, QWidget *parent = nullptr);

private:
    QLabel *m_text = nullptr;
};

} // namespace saraban::ui
