#include "ui/signingdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace saraban::ui {

namespace {

// Places the signer may choose on the last page, besides the template's.
const QRectF bottomLeft(0.07, 0.80, 0.38, 0.09);
const QRectF bottomRight(0.55, 0.80, 0.38, 0.09);

} // namespace

SigningDialog::SigningDialog(QByteArray document, QString documentTitle,
                             pdf::SigningRequest defaults,
                             QList<pdf::SigningCertificate> certificates,
                             pdf::DocumentToolsOptions options, QWidget *parent)
    : QDialog(parent)
    , m_document(std::move(document))
    , m_defaults(std::move(defaults))
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("signingDialog"));
    setWindowTitle(tr("Sign the document"));

    auto *what =
        new QLabel(tr("You are signing: <b>%1</b>").arg(documentTitle.toHtmlEscaped()), this);
    what->setObjectName(QStringLiteral("documentLabel"));
    what->setWordWrap(true);

    m_certificate = new QComboBox(this);
    m_certificate->setObjectName(QStringLiteral("certificateCombo"));
    for (const pdf::SigningCertificate &certificate : certificates) {
        const QString validUntil =
            certificate.validUntil.isValid()
                ? tr(" (valid until %1)")
                      .arg(certificate.validUntil.date().toString(QStringLiteral("dd/MM/yyyy")))
                : QString();
        m_certificate->addItem(certificate.commonName + validUntil, certificate.nickname);
        m_certificate->setItemData(m_certificate->count() - 1, certificate.subject,
                                   Qt::ToolTipRole);
    }
    const int preferred = m_certificate->findData(m_defaults.nickname);
    if (preferred >= 0)
        m_certificate->setCurrentIndex(preferred);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Key store password or token PIN"));

    m_reason = new QLineEdit(m_defaults.reason, this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_location = new QLineEdit(m_defaults.location, this);
    m_location->setObjectName(QStringLiteral("locationEdit"));

    m_place = new QComboBox(this);
    m_place->setObjectName(QStringLiteral("placeCombo"));
    m_place->addItem(tr("Where the letter's template puts it"), m_defaults.rect);
    m_place->addItem(tr("Bottom left of the last page"), bottomLeft);
    m_place->addItem(tr("Bottom right of the last page"), bottomRight);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("commentEdit"));
    m_comment->setPlaceholderText(tr("Optional: a note for the drafter"));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Certificate:"), m_certificate);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("P&lace of signing:"), m_location);
    form->addRow(tr("&Signature on the page:"), m_place);
    form->addRow(tr("C&omment:"), m_comment);
    form->setRowVisible(m_comment, false);

    auto *shown = new QLabel(
        tr("The signature shows %1, %2 and the date and time of signing.")
            .arg(m_defaults.signerName.isEmpty() ? tr("your name") : m_defaults.signerName,
                 m_defaults.signerTitle.isEmpty() ? tr("your title") : m_defaults.signerTitle),
        this);
    shown->setObjectName(QStringLiteral("appearanceLabel"));
    shown->setWordWrap(true);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    QPalette errorPalette = m_status->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_status->setPalette(errorPalette);
    if (certificates.isEmpty())
        m_status->setText(pdf::DocumentTools::describe(QStringLiteral("sign.nokey")));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signButton"));
    m_unsigned = m_buttons->addButton(tr("Approve &without signing"), QDialogButtonBox::ActionRole);
    m_unsigned->setObjectName(QStringLiteral("unsignedButton"));
    m_unsigned->setVisible(false);
    connect(m_unsigned, &QPushButton::clicked, this, [this] { requestDecision(QByteArray()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SigningDialog::sign);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &SigningDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(shown);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateButtons();
}

SigningDialog::~SigningDialog()
{
    // The job cannot be interrupted from here; it ends at its budget at the latest.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

pdf::SigningRequest SigningDialog::request() const
{
    pdf::SigningRequest request = m_defaults;
    request.nickname = m_certificate->currentData().toString();
    request.password = m_password->text();
    request.reason = m_reason->text().trimmed();
    request.location = m_location->text().trimmed();
    request.rect = m_place->currentData().toRectF();
    request.signedAt = QDateTime::currentDateTime();
    return request;
}

void SigningDialog::setApprovalMode(bool allowUnsigned)
{
    m_approvalMode = true;
    m_form->setRowVisible(m_comment, true);
    m_unsigned->setVisible(allowUnsigned);
    if (!m_document.startsWith("%PDF-")) {
        // Nothing to sign: only approving without a signature is left.
        m_document.clear();
        m_status->setText(tr("The version under approval has no PDF to sign."));
    }
    updateButtons();
}

QString SigningDialog::comment() const
{
    return m_comment->text().trimmed();
}

void SigningDialog::requestDecision(const QByteArray &document)
{
    if (m_busy || m_sending)
        return;
    m_sending = true;
    m_status->setText(tr("Sending your approval to the server..."));
    updateButtons();
    emit decisionRequested(document, comment());
}

void SigningDialog::showOutcome(const Status &status)
{
    m_sending = false;
    if (status) {
        m_status->clear();
        updateButtons();
        accept();
        return;
    }
    // The signed file is kept: sending again does not sign again.
    m_status->setText(status.error().message);
    m_status->setToolTip(status.error().detail);
    updateButtons();
}

void SigningDialog::updateButtons()
{
    const bool idle = !m_busy && !m_sending;
    const bool ready = idle && m_certificate->count() > 0 && !m_document.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(idle);
    m_unsigned->setEnabled(idle);
    m_comment->setEnabled(idle);
    for (QWidget *input : {static_cast<QWidget *>(m_certificate),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_reason),
                           static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_place)})
        input->setEnabled(idle);
}

void SigningDialog::sign()
{
    if (m_busy || m_sending || m_certificate->count() == 0 || m_document.isEmpty())
        return;
    if (m_approvalMode && !m_signed.isEmpty()) {
        // Signed already; the server refused the decision. Send it again as it is.
        requestDecision(m_signed);
        return;
    }
    m_busy = true;
    m_status->setText(tr("Signing..."));
    updateButtons();
    auto result = std::make_shared<std::optional<Result<QByteArray>>>();
    const pdf::DocumentTools tools(m_options);
    m_thread = QThread::create([tools, document = m_document, request = request(), result] {
        *result = tools.sign(document, request);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finished(result->value_or(
            Result<QByteArray>(Error{QStringLiteral("document.crash"),
                                     pdf::DocumentTools::describe(QStringLiteral("document.crash")),
                                     {}})));
    });
    m_thread->start();
}

void SigningDialog::finished(const Result<QByteArray> &result)
{
    m_busy = false;
    updateButtons();
    if (result) {
        m_signed = *result;
        m_status->clear();
        emit signingFinished(true);
        if (m_approvalMode)
            requestDecision(m_signed);
        else
            accept();
        return;
    }
    m_status->setText(result.error().message);
    m_status->setToolTip(result.error().detail);
    if (result.error().code == QLatin1String("sign.password")) {
        m_password->clear();
        m_password->setFocus();
    }
    emit signingFinished(false);
}

} // namespace saraban::ui
