#pragma once

// Signing a document inside the approval chain: the signatory picks their certificate, types
// the key store's password (or the token's PIN), checks the reason and place and where the
// signature appears, and signs. The work runs in saraban-document-worker on a worker thread
// (DocumentTools), so the dialog stays responsive; a wrong password comes back at once as a
// message under the password field, never as a hang. On success signedDocument() holds the
// new version, which the caller stores (approval_decide's signed content).
#include "core/pdf/documenttools.h"
#include "core/pdf/letter.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;

namespace saraban::ui {

class SigningDialog : public QDialog
{
    Q_OBJECT

public:
    // defaults: the signer's name and title, reason and location to propose, and the
    // template's signature place (rect) on the last page.
    SigningDialog(QByteArray document, QString documentTitle, pdf::SigningRequest defaults,
                  QList<pdf::SigningCertificate> certificates,
                  pdf::DocumentToolsOptions options = {}, QWidget *parent = nullptr);
    ~SigningDialog() override;

    const QByteArray &signedDocument() const { return m_signed; }
    // At the sign step of an approval chain: a comment field, and the signed file goes to the
    // server before the dialog closes. After signing, decisionRequested() asks the caller to
    // send approval_decide with the signed file; its answer comes back through showOutcome(),
    // and a refusal (someone else decided meanwhile) keeps the dialog open with the server's
    // words. With allowUnsigned the signatory may also approve without a digital signature
    // (0010 allows it: the draft becomes approved, not signed), for a person with no
    // certificate or a draft with nothing to sign.
    void setApprovalMode(bool allowUnsigned);
    void showOutcome(const Status &status);
    QString comment() const;
    bool isSending() const { return m_sending; }
    pdf::SigningRequest request() const;
    // Whether a signing job is running (the buttons are disabled meanwhile).
    bool isBusy() const { return m_busy; }

signals:
    void signingFinished(bool ok);
    // Approval mode: send the decision with this file (empty: approve without signing).
    void decisionRequested(const QByteArray &signedDocument, const QString &comment);

private:
    void sign();
    void finished(const Result<QByteArray> &result);
    void updateButtons();
    void requestDecision(const QByteArray &document);

    QByteArray m_document;
    pdf::SigningRequest m_defaults;
    pdf::DocumentToolsOptions m_options;
    QComboBox *m_certificate = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_place = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_comment = nullptr;
    QPushButton *m_unsigned = nullptr;
    bool m_approvalMode = false;
    bool m_sending = false;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QByteArray m_signed;
    bool m_busy = false;
    QThread *m_thread = nullptr;
};

} // namespace saraban::ui
