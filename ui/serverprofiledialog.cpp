#include "ui/serverprofiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace saraban::ui {

ServerProfileDialog::ServerProfileDialog(const ServerProfile &profile,
                                         const ServerProfiles &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("serverProfileDialog"));
    setWindowTitle(tr("Shared server"));

    m_name = new QLineEdit(profile.name, this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("For example: Provincial office"));
    m_host = new QLineEdit(profile.host, this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("saraban.vientiane.gov.la"));
    m_port = new QLineEdit(QString::number(profile.port), this);
    m_port->setObjectName(QStringLiteral("portEdit"));
    m_database = new QLineEdit(profile.database, this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const QString &mode : ServerProfiles::sslModes())
        m_sslMode->addItem(ServerProfiles::sslModeText(mode), mode);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(profile.sslMode)));
    m_rootCertificate = new QLineEdit(profile.rootCertificate, this);
    m_rootCertificate->setObjectName(QStringLiteral("rootCertificateEdit"));
    m_rootCertificate->setPlaceholderText(tr("Optional: the CA file that signed the server's"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCertificateButton"));
    connect(browse, &QPushButton::clicked, this, &ServerProfileDialog::chooseCertificate);
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_rootCertificate, 1);
    certificateRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addField = [this, form](ServerProfile::Field field, const QString &label,
                                       QWidget *editor, QLayout *row, const char *errorName) {
        auto *error = new QLabel(this);
        error->setObjectName(QLatin1String(errorName));
        error->setWordWrap(true);
        QPalette colours = error->palette();
        colours.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
        error->setPalette(colours);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        if (row)
            cell->addLayout(row);
        else
            cell->addWidget(editor);
        cell->addWidget(error);
        auto *name = new QLabel(label, this);
        name->setBuddy(editor);
        form->addRow(name, cell);
        m_errors.insert(field, error);
    };
    addField(ServerProfile::Field::Name, tr("&Name:"), m_name, nullptr, "nameError");
    addField(ServerProfile::Field::Host, tr("&Host:"), m_host, nullptr, "hostError");
    addField(ServerProfile::Field::Port, tr("P&ort:"), m_port, nullptr, "portError");
    addField(ServerProfile::Field::Database, tr("&Database:"), m_database, nullptr,
             "databaseError");
    addField(ServerProfile::Field::TlsMode, tr("&TLS:"), m_sslMode, nullptr, "sslModeError");
    addField(ServerProfile::Field::RootCertificate, tr("&Root certificate:"), m_rootCertificate,
             certificateRow, "rootCertificateError");

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_host, m_port, m_database, m_rootCertificate})
        connect(edit, &QLineEdit::textChanged, this, &ServerProfileDialog::validate);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ServerProfileDialog::validate);
    validate();
    setMinimumWidth(560);
}

ServerProfile ServerProfileDialog::profile() const
{
    ServerProfile edited = m_profile;
    edited.name = m_name->text().trimmed();
    edited.host = m_host->text().trimmed();
    edited.port = m_port->text().trimmed().toInt();
    edited.database = m_database->text().trimmed();
    edited.sslMode = m_sslMode->currentData().toString();
    edited.rootCertificate = m_rootCertificate->text().trimmed();
    return edited;
}

QString ServerProfileDialog::problem() const
{
    for (QLabel *error : m_errors) {
        if (!error->text().isEmpty())
            return error->text();
    }
    return QString();
}

void ServerProfileDialog::validate()
{
    const QMap<ServerProfile::Field, QString> values = {
        {ServerProfile::Field::Name, m_name->text()},
        {ServerProfile::Field::Host, m_host->text()},
        {ServerProfile::Field::Port, m_port->text()},
        {ServerProfile::Field::Database, m_database->text()},
        {ServerProfile::Field::TlsMode, m_sslMode->currentData().toString()},
        {ServerProfile::Field::RootCertificate, m_rootCertificate->text()}};
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString found = m_profiles.problem(it.key(), it.value(), m_profile.id);
        QLabel *error = m_errors.value(it.key());
        error->setText(found);
        error->setVisible(!found.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

void ServerProfileDialog::chooseCertificate()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The root certificate"), m_rootCertificate->text(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_rootCertificate->setText(file);
}

} // namespace saraban::ui
