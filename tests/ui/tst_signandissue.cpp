// The signatory's and the clerk's ends of an outgoing letter, through the work area's real
// widgets, each person signed in as themselves on a real server with the real document worker
// and key store (issue 7): the head approves the sign step and the signing dialog opens instead
// of the plain approval; a wrong password is said under the field; a decision someone else took
// meanwhile keeps the dialog open with the server's words; the right password signs and the
// signed PDF goes with the approval. The clerk then finds the letter in "to issue", issues it
// through the issue dialog, and the number and date land on the PDF's number line as real text,
// the head's signature still valid for its revision (Saraban's verifier and pdfsig). When the
// stamp fails the number is kept and the letter stays in the folder until "write the number"
// succeeds. The issue dialog's fields are checked one by one.
#include "core/db/dbworker.h"
#include "core/domain/newperson.h"
#include "core/i18n/translations.h"
#include "core/models/inboxmodel.h"
#include "core/models/timelinemodel.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/keystore.h"
#include "core/pdf/signatureverdict.h"
#include "core/pdf/signatureverifier.h"
#include "core/pdf/truststore.h"
#include "core/services/approvalservice.h"
#include "core/services/documentservice.h"
#include "core/services/peopleservice.h"
#include "tests/pdf/pdffixtures.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/scopedconnection.h"
#include "tests/support/verify.h"
#include "ui/inboxpage.h"
#include "ui/issuedialog.h"
#include "ui/signingdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::pdf;
using namespace saraban::test;
using saraban::ui::InboxPage;
using saraban::ui::IssueDialog;
using saraban::ui::SigningDialog;
using Action = saraban::ui::InboxPage::Action;

namespace {

constexpr int timeoutMs = 60000;
const QString storePassword = QStringLiteral("ລະຫັດຫົວໜ້າ");

} // namespace

class tst_SignAndIssue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void issueDialogChecksEachField();
    void signAtTheSignStepThenIssueWithTheNumber();
    void refusedDecisionKeepsTheSigningDialogOpen();
    void failedNumberStampIsKeptAndRetried();

private:
    DbWorker &worker(const QString &who);
    std::unique_ptr<InboxPage> page(const QString &who, const QString &folder);
    // A composed memo taken through review to the head's sign step; returns the draft.
    qint64 draftAtSignStep(const QString &subject);
    static bool selectRow(InboxPage &page, const QString &subject);
    qint64 scalar(const QString &sql) const { return number(*m_super, sql); }
    // The head signs the draft through the page and the signing dialog.
    bool signThroughThePage(const QString &subject);
    // The clerk issues through the page and the issue dialog; returns the letter's id.
    qint64 issueThroughThePage(InboxPage &clerkPage, const QString &subject);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::map<QString, std::unique_ptr<DbWorker>> m_workers;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_direct;
    QTemporaryDir m_directory;
    DocumentToolsOptions m_tools;
    PdfOptions m_pdfOptions;
    int m_deptA = 0;
};

void tst_SignAndIssue::initTestCase()
{
    QVERIFY(i18n::install(Language::English));
    QVERIFY(m_directory.isValid());
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("signandissue"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_super->status());
    NewPerson reviewer;
    reviewer.login = m_fixture->login(QStringLiteral("reviewer"));
    reviewer.fullName = QStringLiteral("ທ້າວ ສົມສັກ ພົມມະຈັນ");
    reviewer.unitCode = QStringLiteral("DEPTA");
    reviewer.role = MemberRole::Officer;
    reviewer.clearance = 2;
    SARABAN_VERIFY_OK(
        PeopleService(m_super->database()).addPerson(reviewer, OrgFixture::password()));
    m_deptA = static_cast<int>(
        scalar(QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_deptA > 0);
    for (const char *who : {"officera", "reviewer", "heada", "clerka2"}) {
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(QLatin1String(who)));
        SARABAN_VERIFY_OK(connection->status());
        m_direct[QLatin1String(who)] = std::move(connection);
    }

    // The head's certificate from a test CA in Saraban's key store; the CA in the trust store.
    const TestPki pki = TestPki::create(m_directory.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
    const QString p12 = m_directory.filePath(QStringLiteral("head.p12"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                QStringLiteral("-inkey"), pki.signerKey, QStringLiteral("-in"),
                                pki.signerCertificate, QStringLiteral("-certfile"),
                                pki.caCertificate, QStringLiteral("-name"),
                                QStringLiteral("Head of DEPTA"), QStringLiteral("-passout"),
                                QStringLiteral("pass:p12"), QStringLiteral("-out"), p12}),
             0);
    const KeyStore keys(m_directory.filePath(QStringLiteral("keys")));
    SARABAN_VERIFY_OK(keys.importPkcs12(p12, QStringLiteral("p12"), storePassword));
    const TrustStore trust(m_directory.filePath(QStringLiteral("trust")));
    SARABAN_VERIFY_OK(trust.add(pki.caCertificate));
    m_tools.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    m_tools.keyDirectory = keys.directory();
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_pdfOptions.trustDirectory = trust.directory();
}

void tst_SignAndIssue::cleanupTestCase()
{
    m_workers.clear();
    m_direct.clear();
    m_super.reset();
    m_fixture.reset();
}

DbWorker &tst_SignAndIssue::worker(const QString &who)
{
    auto &slot = m_workers[who];
    if (!slot)
        slot = std::make_unique<DbWorker>(m_fixture->as(who));
    return *slot;
}

std::unique_ptr<InboxPage> tst_SignAndIssue::page(const QString &who, const QString &folder)
{
    DbWorker &w = worker(who);
    auto result =
        std::make_unique<InboxPage>(folder, &w, new InboxModel(&w), new TimelineModel(&w));
    result->setPdfOptions(m_pdfOptions);
    result->setDocumentToolsOptions(m_tools);
    result->resize(1200, 700);
    result->show();
    if (!QTest::qWaitFor([&] { return result->isReady() && !result->model()->isLoading(); },
                         timeoutMs))
        qWarning() << "the page of" << who << folder << "did not load";
    return result;
}

bool tst_SignAndIssue::selectRow(InboxPage &page, const QString &subject)
{
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        if (page.model()->item(row).subject == subject) {
            page.table()->selectRow(row);
            return true;
        }
    }
    return false;
}

qint64 tst_SignAndIssue::draftAtSignStep(const QString &subject)
{
    LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ ໂທລະຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ເມືອງໂພນໂຮງ");
    LetterContent content;
    content.title = QStringLiteral("ໜັງສືສະເໜີ");
    content.subject = subject;
    content.recipient = QStringLiteral("ທ່ານ ເຈົ້າແຂວງ");
    content.bodyParagraphs = {QStringLiteral("ພະແນກ ຂໍສະເໜີ ແຜນວຽກ ປະຈຳປີ ເພື່ອພິຈາລະນາ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ສົມພອນ ທົດສອບ");
    Result<QByteArray> composed = DocumentTools(m_tools).compose(letterTemplate, content);
    if (!composed) {
        qWarning() << composed.error().toString();
        return -1;
    }
    ApprovalService drafter(m_direct.at(QStringLiteral("officera"))->database());
    NewDraft draft;
    draft.unitId = m_deptA;
    draft.subject = subject;
    draft.content.pdf = *composed;
    draft.content.fileName = QStringLiteral("memo.pdf");
    Result<qint64> id = drafter.createDraft(draft);
    if (!id)
        return -1;
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = m_fixture->login(QStringLiteral("reviewer"));
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    if (!drafter.submit(*id, QList<ChainStep>{review, sign}))
        return -1;
    const qint64 step = scalar(QStringLiteral("SELECT id FROM saraban.approval_steps WHERE "
                                              "draft_id = %1 AND state = 'active'")
                                   .arg(*id));
    if (!ApprovalService(m_direct.at(QStringLiteral("reviewer"))->database())
             .decide(step, ApprovalDecision::Approve, QString()))
        return -1;
    return *id;
}

void tst_SignAndIssue::issueDialogChecksEachField()
{
    RegisterInfo out;
    out.id = 7;
    out.unitCode = QStringLiteral("DEPTA");
    out.direction = Direction::Outgoing;
    out.nameLao = QStringLiteral("ປຶ້ມທະບຽນ ໜັງສືອອກ");
    Directory directory;
    DirectoryUnit unit;
    unit.id = 1;
    unit.nameLao = QStringLiteral("ພະແນກ ການເງິນ");
    unit.nameEnglish = QStringLiteral("Finance Department");
    directory.units << unit;

    // A person who numbers in no register cannot issue at all.
    IssueDialog none(1, QStringLiteral("ໜັງສືສະເໜີ"), {}, directory);
    QVERIFY(!none.sendButton()->isEnabled());
    QVERIFY(none.problem().contains(QLatin1String("not a clerk")));

    IssueDialog dialog(42, QStringLiteral("ໜັງສືສະເໜີ"), {out}, directory);
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("sentViaCombo"))->count(), 6);
    // No recipient yet.
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("\"To\"")));
    // A name typed but not added is not forgotten silently.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    name->insert(QStringLiteral("ຫ້ອງການ ແຂວງ"));
    QVERIFY(dialog.problem().contains(QLatin1String("press Add")));
    QVERIFY(!dialog.sendButton()->isEnabled());
    // A copy alone is not enough.
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addRecipientButton")),
                      Qt::LeftButton);
    QVERIFY(name->text().isEmpty());
    QCOMPARE(dialog.recipientCount(), 1);
    QVERIFY(dialog.problem().contains(QLatin1String("\"To\"")));
    // The same body twice is refused as typed.
    role->setCurrentIndex(0);
    name->insert(QStringLiteral("ຫ້ອງການ ແຂວງ"));
    QVERIFY(dialog.problem().contains(QLatin1String("already")));
    name->clear();
    // Too long a name names the limit.
    name->setText(QString(IssueDialog::maxNameLength + 1, QLatin1Char('x')));
    QVERIFY(dialog.problem().contains(QString::number(IssueDialog::maxNameLength)));
    QVERIFY(!dialog.addRecipient(LetterParty::Role::To, name->text()));
    name->clear();
    QVERIFY(dialog.addRecipient(LetterParty::Role::To, QStringLiteral("ພະແນກ ການເງິນ")));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(dialog.sendButton()->isEnabled());
    // Not sent in the future.
    dialog.setSentOn(QDate::currentDate().addDays(1));
    QVERIFY(dialog.problem().contains(QLatin1String("later than today")));
    QVERIFY(!dialog.sendButton()->isEnabled());
    dialog.setSentOn(QDate::currentDate().addDays(-1));
    dialog.setSentVia(QStringLiteral("gnet"));
    QVERIFY(dialog.sendButton()->isEnabled());
    // What goes to the server.
    const DraftIssue issue = dialog.issue();
    QCOMPARE(issue.draftId, qint64(42));
    QCOMPARE(issue.registerId, 7);
    QCOMPARE(issue.sentOn, QDate::currentDate().addDays(-1));
    QCOMPARE(issue.sentVia, QStringLiteral("gnet"));
    QCOMPARE(issue.recipients.size(), 2);
    QCOMPARE(issue.recipients.at(0).role, LetterParty::Role::Copy);
    QCOMPARE(issue.recipients.at(1).name, QStringLiteral("ພະແນກ ການເງິນ"));
    // Removing the only "To" makes it unsendable again.
    dialog.removeRecipient(1);
    QVERIFY(!dialog.sendButton()->isEnabled());
}

bool tst_SignAndIssue::signThroughThePage(const QString &subject)
{
    auto headPage = page(QStringLiteral("heada"), QStringLiteral("to_approve"));
    if (!selectRow(*headPage, subject))
        return false;
    headPage->actionFor(Action::Approve)->trigger();
    if (!QTest::qWaitFor([&] { return headPage->signingDialog() != nullptr; }, timeoutMs))
        return false;
    auto *dialog = qobject_cast<SigningDialog *>(headPage->signingDialog());
    if (!dialog)
        return false;
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(storePassword);
    QSignalSpy finished(headPage.get(), &InboxPage::actionFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    return finished.wait(timeoutMs) && finished.first().at(1).toBool();
}

qint64 tst_SignAndIssue::issueThroughThePage(InboxPage &clerkPage, const QString &subject)
{
    clerkPage.refresh();
    if (!QTest::qWaitFor([&] { return selectRow(clerkPage, subject); }, timeoutMs)) {
        qWarning() << "not in to_issue:" << subject;
        return -1;
    }
    clerkPage.actionFor(Action::Issue)->trigger();
    if (!QTest::qWaitFor([&] { return clerkPage.openDialog() != nullptr; }, timeoutMs)) {
        qWarning() << "no issue dialog:" << clerkPage.message()
                   << clerkPage.actionFor(Action::Issue)->isEnabled();
        return -1;
    }
    auto *dialog = qobject_cast<IssueDialog *>(clerkPage.openDialog());
    if (!dialog)
        return -1;
    dialog->setRegister(m_fixture->registerId(QStringLiteral("A-OUT")));
    dialog->setSentVia(QStringLiteral("gnet"));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("recipientEdit"));
    name->insert(QStringLiteral("ຫ້ອງວ່າການແຂວງ"));
    QTest::keyClick(name, Qt::Key_Return);
    if (!dialog->sendButton()->isEnabled()) {
        qWarning() << "cannot send:" << dialog->problem();
        return -1;
    }
    QSignalSpy finished(&clerkPage, &InboxPage::actionFinished);
    dialog->sendButton()->click();
    if (!finished.wait(timeoutMs) || !finished.first().at(1).toBool()) {
        qWarning() << "refused:" << dialog->serverError() << clerkPage.message();
        return -1;
    }
    return scalar(
        QStringLiteral("SELECT letter_id FROM saraban.drafts WHERE subject = '%1'").arg(subject));
}

void tst_SignAndIssue::signAtTheSignStepThenIssueWithTheNumber()
{
    const QString subject = QStringLiteral("ແຜນວຽກ ປະຈຳປີ 2027");
    const qint64 draft = draftAtSignStep(subject);
    QVERIFY(draft > 0);

    // The head's approval of the sign step opens the signing dialog, not the plain approval.
    {
        auto headPage = page(QStringLiteral("heada"), QStringLiteral("to_approve"));
        QVERIFY(selectRow(*headPage, subject));
        headPage->actionFor(Action::Approve)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(headPage->signingDialog() != nullptr, timeoutMs);
        QVERIFY(headPage->openDialog() == nullptr);
        auto *dialog = qobject_cast<SigningDialog *>(headPage->signingDialog());
        QVERIFY(dialog);
        // The key store's certificate is offered; no password was asked before.
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("certificateCombo"))->count(), 1);
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("unsignedButton"))->isVisible());
        // A wrong password is said under the field, and nothing is sent.
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("wrong"));
        QSignalSpy signing(dialog, &SigningDialog::signingFinished);
        QSignalSpy decided(dialog, &SigningDialog::decisionRequested);
        dialog->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
        QVERIFY(signing.wait(timeoutMs));
        QCOMPARE(signing.first().first().toBool(), false);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
                 DocumentTools::describe(QStringLiteral("sign.password")));
        QVERIFY(decided.isEmpty());
        QVERIFY(dialog->isVisible());
        // The right one signs, and the signed file goes with the approval.
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(storePassword);
        dialog->findChild<QLineEdit *>(QStringLiteral("commentEdit"))
            ->setText(QStringLiteral("ເຫັນດີ"));
        QSignalSpy finished(headPage.get(), &InboxPage::actionFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
        QVERIFY(finished.wait(timeoutMs));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(headPage->message()));
        QTRY_VERIFY_WITH_TIMEOUT(headPage->signingDialog() == nullptr, timeoutMs);
    }
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.drafts d JOIN "
                                   "saraban.draft_versions v ON v.draft_id = d.id AND v.version = "
                                   "2 AND v.kind = 'signed' WHERE d.id = %1 AND d.state = "
                                   "'signed'")
                        .arg(draft)),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                   "%1 AND kind = 'sign' AND comment = 'ເຫັນດີ'")
                        .arg(draft)),
             1);

    // The clerk issues it from "to issue".
    auto clerkPage = page(QStringLiteral("clerka2"), QStringLiteral("to_issue"));
    const qint64 letter = issueThroughThePage(*clerkPage, subject);
    QVERIFY2(letter > 0, qPrintable(clerkPage->message()));
    QVERIFY2(clerkPage->message().isEmpty(), qPrintable(clerkPage->message()));
    auto numberText = m_super->value(
        QStringLiteral("SELECT number_text FROM saraban.letters WHERE id = %1 AND register_id = "
                       "%2")
            .arg(letter)
            .arg(m_fixture->registerId(QStringLiteral("A-OUT"))));
    SARABAN_VERIFY_OK(numberText);
    QVERIFY(!numberText->toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.letter_file_versions WHERE "
                                   "letter_id = %1 AND version = 2 AND kind = 'number'")
                        .arg(letter)),
             1);
    // Gone from the folder once the number is on the PDF.
    QTRY_VERIFY_WITH_TIMEOUT(!selectRow(*clerkPage, subject), timeoutMs);

    // The final PDF: the number and date as text, the signature valid for its revision.
    DocumentService documents(m_direct.at(QStringLiteral("clerka2"))->database());
    Result<QByteArray> signedPdf = documents.versionContent(letter, 1);
    Result<QByteArray> numbered = documents.versionContent(letter, 2);
    SARABAN_VERIFY_OK(signedPdf);
    SARABAN_VERIFY_OK(numbered);
    QVERIFY(numbered->startsWith(*signedPdf));
    const QString file = m_directory.filePath(QStringLiteral("issued.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*numbered);
    out.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                             QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(timeoutMs));
    QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    extracted.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    const QString expectedNumber = QStringLiteral("ເລກທີ:") + numberText->toString();
    QVERIFY2(extracted.contains(expectedNumber), qPrintable(extracted));
    QString dateLine = QStringLiteral("ເມືອງໂພນໂຮງ,") +
                       LetterLayout::laoDate(QDate::currentDate()).remove(QLatin1Char(' '));
    QVERIFY2(extracted.contains(dateLine), qPrintable(extracted));
    Result<VerificationReport> report = SignatureVerifier(m_pdfOptions).verify(file);
    SARABAN_VERIFY_OK(report);
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(code(verdictOf(report->signatures.first())), QStringLiteral("valid"));
    QCOMPARE(report->signatures.first().coverage.signedEnd, qint64(signedPdf->size()));
    QProcess pdfsig;
    pdfsig.start(
        QStringLiteral("pdfsig"),
        {QStringLiteral("-nssdir"), TrustStore(m_pdfOptions.trustDirectory).database(), file});
    QVERIFY(pdfsig.waitForFinished(timeoutMs));
    const QString verdict = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(verdict.contains(QLatin1String("- Signature Validation: Signature is Valid.")),
             qPrintable(verdict));
}

void tst_SignAndIssue::refusedDecisionKeepsTheSigningDialogOpen()
{
    const QString subject = QStringLiteral("ຂໍອະນຸມັດ ງົບປະມານ");
    const qint64 draft = draftAtSignStep(subject);
    QVERIFY(draft > 0);
    auto headPage = page(QStringLiteral("heada"), QStringLiteral("to_approve"));
    QVERIFY(selectRow(*headPage, subject));
    headPage->actionFor(Action::Approve)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(headPage->signingDialog() != nullptr, timeoutMs);
    auto *dialog = qobject_cast<SigningDialog *>(headPage->signingDialog());
    QVERIFY(dialog);
    // Meanwhile the step is decided elsewhere (the head, from another computer).
    const qint64 step = scalar(QStringLiteral("SELECT id FROM saraban.approval_steps WHERE "
                                              "draft_id = %1 AND state = 'active'")
                                   .arg(draft));
    SARABAN_VERIFY_OK(
        ApprovalService(m_direct.at(QStringLiteral("heada"))->database())
            .decide(step, ApprovalDecision::RejectToDrafter, QStringLiteral("ແກ້ໄຂ ງົບປະມານ")));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(storePassword);
    QSignalSpy finished(headPage.get(), &InboxPage::actionFinished);
    dialog->findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(headPage->lastError()->code, QStringLiteral("approval.already_decided"));
    // Still open, saying what the server said; nothing was stored.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))->text(),
             headPage->lastError()->message);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.draft_versions WHERE draft_id = "
                                   "%1")
                        .arg(draft)),
             1);
    dialog->reject();
}

void tst_SignAndIssue::failedNumberStampIsKeptAndRetried()
{
    const QString subject = QStringLiteral("ແຈ້ງການ ກອງປະຊຸມ");
    QVERIFY(draftAtSignStep(subject) > 0);
    QVERIFY(signThroughThePage(subject));

    // A document worker that cannot start: the number is taken, the stamp is not written.
    auto clerkPage = page(QStringLiteral("clerka2"), QStringLiteral("to_issue"));
    DocumentToolsOptions broken = m_tools;
    broken.workerPath = m_directory.filePath(QStringLiteral("no-such-worker"));
    clerkPage->setDocumentToolsOptions(broken);
    const qint64 letter = issueThroughThePage(*clerkPage, subject);
    QVERIFY(letter > 0);
    QVERIFY2(clerkPage->message().contains(QLatin1String("could not be written")),
             qPrintable(clerkPage->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.letter_file_versions WHERE "
                                   "letter_id = %1")
                        .arg(letter)),
             0);
    // Still in the folder, issued, with its number, and the retry offered.
    QTRY_VERIFY_WITH_TIMEOUT(selectRow(*clerkPage, subject), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(clerkPage->currentItem() &&
                                 clerkPage->currentItem()->state == QLatin1String("issued"),
                             timeoutMs);
    QVERIFY(!clerkPage->currentItem()->number.isEmpty());
    QVERIFY(!clerkPage->actionFor(Action::Issue)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(clerkPage->actionFor(Action::StampNumber)->isEnabled(), timeoutMs);

    clerkPage->setDocumentToolsOptions(m_tools);
    QSignalSpy finished(clerkPage.get(), &InboxPage::actionFinished);
    clerkPage->actionFor(Action::StampNumber)->trigger();
    QVERIFY(finished.wait(timeoutMs));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(clerkPage->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM saraban.letter_file_versions WHERE "
                                   "letter_id = %1 AND kind = 'number'")
                        .arg(letter)),
             1);
    QTRY_VERIFY_WITH_TIMEOUT(!selectRow(*clerkPage, subject), timeoutMs);
}

QTEST_MAIN(tst_SignAndIssue)
#include "tst_signandissue.moc"
