// The signing dialog, offscreen, with a real key store and the real document worker: a wrong
// password is said under the fields and the dialog stays open for another try; the right one
// signs and closes it; with no certificate there is nothing to press.
#include "core/pdf/keystore.h"
#include "tests/pdf/pdffixtures.h"
#include "ui/signingdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saraban;
using namespace saraban::pdf;
using namespace saraban::test;

class tst_SigningDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordKeepsTheDialogOpen();
    void rightPasswordSigns();
    void noCertificateNoSigning();

private:
    std::unique_ptr<ui::SigningDialog> dialog(const QList<SigningCertificate> &certificates);
    bool sign(ui::SigningDialog &dialog, const QString &password);

    QTemporaryDir m_directory;
    DocumentToolsOptions m_options;
    QList<SigningCertificate> m_certificates;
};

void tst_SigningDialog::initTestCase()
{
    const TestPki pki = TestPki::create(m_directory.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
    const QString p12 = m_directory.filePath(QStringLiteral("signer.p12"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                QStringLiteral("-inkey"), pki.signerKey, QStringLiteral("-in"),
                                pki.signerCertificate, QStringLiteral("-name"),
                                QStringLiteral("Signer"), QStringLiteral("-passout"),
                                QStringLiteral("pass:secret"), QStringLiteral("-out"), p12}),
             0);
    const KeyStore keys(m_directory.filePath(QStringLiteral("keys")));
    QVERIFY(keys.importPkcs12(p12, QStringLiteral("secret"), QStringLiteral("store secret")).ok());
    m_options.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    m_options.keyDirectory = keys.directory();
    Result<QList<SigningCertificate>> listed = keys.list();
    QVERIFY(listed.ok());
    m_certificates = *listed;
    QCOMPARE(m_certificates.size(), 1);
}

std::unique_ptr<ui::SigningDialog>
tst_SigningDialog::dialog(const QList<SigningCertificate> &certificates)
{
    SigningRequest defaults;
    defaults.nickname = QStringLiteral("Signer");
    defaults.signerName = QStringLiteral("ສົມພອນ ທົດສອບ");
    defaults.signerTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    defaults.reason = QStringLiteral("ອະນຸມັດ");
    auto made = std::make_unique<ui::SigningDialog>(TestPdf::simple({"memo"}).bytes(),
                                                    QStringLiteral("ໜັງສືສະເໜີ"), defaults,
                                                    certificates, m_options);
    made->show();
    return made;
}

// Presses Sign and waits for the outcome; true when it signed.
bool tst_SigningDialog::sign(ui::SigningDialog &dialog, const QString &password)
{
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    QSignalSpy finished(&dialog, &ui::SigningDialog::signingFinished);
    dialog.findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    // Busy meanwhile: nothing can be pressed twice.
    if (!dialog.isBusy() && finished.isEmpty())
        return false;
    if (finished.isEmpty() && !finished.wait(60000))
        return false;
    return finished.first().first().toBool();
}

void tst_SigningDialog::wrongPasswordKeepsTheDialogOpen()
{
    std::unique_ptr<ui::SigningDialog> shown = dialog(m_certificates);
    QCOMPARE(
        shown->findChild<QComboBox *>(QStringLiteral("certificateCombo"))->currentData().toString(),
        QStringLiteral("Signer"));
    QVERIFY(!sign(*shown, QStringLiteral("wrong")));
    QVERIFY(shown->isVisible());
    QCOMPARE(shown->result(), int(QDialog::Rejected));
    QVERIFY(shown->signedDocument().isEmpty());
    QCOMPARE(shown->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             DocumentTools::describe(QStringLiteral("sign.password")));
    // Typed again from scratch, and the button works again.
    QVERIFY(shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    QVERIFY(shown->findChild<QPushButton *>(QStringLiteral("signButton"))->isEnabled());
}

void tst_SigningDialog::rightPasswordSigns()
{
    std::unique_ptr<ui::SigningDialog> shown = dialog(m_certificates);
    QVERIFY(sign(*shown, QStringLiteral("store secret")));
    QCOMPARE(shown->result(), int(QDialog::Accepted));
    QVERIFY(!shown->isVisible());
    QVERIFY(shown->signedDocument().startsWith(TestPdf::simple({"memo"}).bytes()));
    QVERIFY(shown->signedDocument().contains("/adbe.pkcs7.detached"));
}

void tst_SigningDialog::noCertificateNoSigning()
{
    std::unique_ptr<ui::SigningDialog> shown = dialog({});
    QVERIFY(!shown->findChild<QPushButton *>(QStringLiteral("signButton"))->isEnabled());
    QCOMPARE(shown->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             DocumentTools::describe(QStringLiteral("sign.nokey")));
}

QTEST_MAIN(tst_SigningDialog)
#include "tst_signingdialog.moc"
