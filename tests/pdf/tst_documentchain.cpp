// An outgoing memo from end to end, as the people who handle it: the unit's administrator keeps
// the letter template (0011); an officer composes the memo from it and submits it; a clerk
// reviews it; the head of the department signs it with their certificate as they approve
// (approval_decide with the signed content, 0010); a clerk issues it into the outgoing
// register. The signed version is then verified by Saraban's verifier and by pdfsig: valid,
// trusted, the whole document; the composed version stays as it was. The number and date are
// then stamped onto it (0013's 'number' version): real text on the composer's number line, and
// the signature still valid for the revision it signed. And an incoming letter
// that arrived signed gets a received stamp and an endorsement as server-side versions (0011)
// without losing its signature.
#include "core/domain/approvalstep.h"
#include "core/domain/chainstep.h"
#include "core/domain/draftissue.h"
#include "core/domain/letterdraft.h"
#include "core/domain/newdraft.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/keystore.h"
#include "core/pdf/signatureverdict.h"
#include "core/pdf/signatureverifier.h"
#include "core/pdf/truststore.h"
#include "core/services/approvalservice.h"
#include "core/services/documentservice.h"
#include "core/services/letterservice.h"
#include "core/services/numberstamp.h"
#include "tests/pdf/pdffixtures.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::pdf;
using namespace saraban::test;

class tst_DocumentChain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void composeApproveSignIssueVerify();
    void incomingSignedLetterStampedAndEndorsed();

private:
    int unitId(const QString &code) const;
    qint64 activeStep(ApprovalService &service, qint64 draftId) const;

    std::unique_ptr<OrgFixture> m_fixture;
    QTemporaryDir m_directory;
    TestPki m_pki;
    DocumentToolsOptions m_tools;
    PdfOptions m_pdfOptions;
};

void tst_DocumentChain::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("documentchain"));
    SARABAN_VERIFY_OK(m_fixture->status());
    QVERIFY(m_directory.isValid());
    // The head's certificate from a test CA, imported into the head's key store; the CA into
    // the trust store of whoever verifies.
    m_pki = TestPki::create(m_directory.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki.error.isEmpty(), qPrintable(m_pki.error));
    const QString p12 = m_directory.filePath(QStringLiteral("head.p12"));
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                                QStringLiteral("-inkey"), m_pki.signerKey, QStringLiteral("-in"),
                                m_pki.signerCertificate, QStringLiteral("-certfile"),
                                m_pki.caCertificate, QStringLiteral("-name"),
                                QStringLiteral("Head of DEPTA"), QStringLiteral("-passout"),
                                QStringLiteral("pass:p12-secret"), QStringLiteral("-out"), p12}),
             0);
    const KeyStore keys(m_directory.filePath(QStringLiteral("keys")));
    SARABAN_VERIFY_OK(
        keys.importPkcs12(p12, QStringLiteral("p12-secret"), QStringLiteral("ລະຫັດຫົວໜ້າ")));
    const TrustStore trust(m_directory.filePath(QStringLiteral("trust")));
    SARABAN_VERIFY_OK(trust.add(m_pki.caCertificate));
    m_tools.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    m_tools.keyDirectory = keys.directory();
    m_pdfOptions.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    m_pdfOptions.trustDirectory = trust.directory();
}

void tst_DocumentChain::cleanupTestCase()
{
    m_fixture.reset();
}

int tst_DocumentChain::unitId(const QString &code) const
{
    ScopedConnection owner(m_fixture->superuser());
    auto id =
        owner.value(QStringLiteral("SELECT id FROM saraban.units WHERE code = '%1'").arg(code));
    return id.ok() ? id->toInt() : -1;
}

qint64 tst_DocumentChain::activeStep(ApprovalService &service, qint64 draftId) const
{
    Result<QList<ApprovalStep>> steps = service.steps(draftId);
    if (!steps)
        return 0;
    for (const ApprovalStep &step : *steps) {
        if (step.state == StepState::Active)
            return step.id;
    }
    return 0;
}

void tst_DocumentChain::composeApproveSignIssueVerify()
{
    const int department = unitId(QStringLiteral("DEPTA"));
    {
        ScopedConnection admin(m_fixture->as(QStringLiteral("admina")));
        LetterTemplate letterTemplate;
        letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                      QStringLiteral("ພະແນກ ໄປສະນີ ໂທລະຄົມ ແລະ ການສື່ສານ")};
        letterTemplate.place = QStringLiteral("ເມືອງໂພນໂຮງ");
        SARABAN_VERIFY_OK(DocumentService(admin.database())
                              .saveTemplate(department, QStringLiteral("default"), letterTemplate));
    }

    // The officer composes from the unit's template and submits: a clerk reviews, the head
    // signs.
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    Result<std::optional<LetterTemplate>> letterTemplate =
        DocumentService(officer.database()).templateFor(department);
    SARABAN_VERIFY_OK(letterTemplate);
    QVERIFY(letterTemplate->has_value());
    LetterContent content;
    content.title = QStringLiteral("ບົດບັນທຶກ");
    content.concerning = QStringLiteral("ການກະກຽມ ກອງປະຊຸມສະຫຼຸບປີ");
    content.recipient = QStringLiteral("ທ່ານ ເຈົ້າແຂວງ");
    content.subject = QStringLiteral("ຂໍອະນຸມັດ ແຜນກອງປະຊຸມ");
    content.bodyParagraphs = {QStringLiteral("ພະແນກ ຂໍລາຍງານ ແລະ ສະເໜີ ແຜນກອງປະຊຸມ ປະຈຳປີ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ສົມພອນ ທົດສອບ");
    const DocumentTools tools(m_tools);
    Result<QByteArray> composed = tools.compose(**letterTemplate, content);
    SARABAN_VERIFY_OK(composed);

    ApprovalService drafter(officer.database());
    NewDraft draft;
    draft.unitId = department;
    draft.subject = content.documentTitle();
    draft.content.pdf = *composed;
    draft.content.fileName = QStringLiteral("memo.pdf");
    Result<qint64> draftId = drafter.createDraft(draft);
    SARABAN_VERIFY_OK(draftId);
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = m_fixture->login(QStringLiteral("clerka2"));
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    SARABAN_VERIFY_OK(drafter.submit(*draftId, QList<ChainStep>{review, sign}));

    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka2")));
    ApprovalService reviewer(clerk.database());
    const qint64 reviewStep = activeStep(reviewer, *draftId);
    QVERIFY(reviewStep > 0);
    SARABAN_VERIFY_OK(reviewer.decide(reviewStep, ApprovalDecision::Approve, QString()));

    // The head reads the version under approval, signs it, and approves with the signed file.
    ScopedConnection head(m_fixture->as(QStringLiteral("heada")));
    ApprovalService signatory(head.database());
    const qint64 signStep = activeStep(signatory, *draftId);
    QVERIFY(signStep > 0);
    Result<QByteArray> underApproval = signatory.versionContent(*draftId, 1);
    SARABAN_VERIFY_OK(underApproval);
    QCOMPARE(*underApproval, *composed);
    SigningRequest request;
    request.nickname = QStringLiteral("Head of DEPTA");
    request.password = QStringLiteral("ລະຫັດຫົວໜ້າ");
    request.signerName = content.signatoryName;
    request.signerTitle = content.signatoryTitle;
    request.reason = QStringLiteral("ອະນຸມັດ");
    request.location = (*letterTemplate)->place;
    Result<QByteArray> signedPdf = tools.sign(*underApproval, request);
    SARABAN_VERIFY_OK(signedPdf);
    Result<DraftState> state =
        signatory.decide(signStep, ApprovalDecision::Approve, QStringLiteral("ເຫັນດີ"), *signedPdf);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(*state, DraftState::Signed);

    // The clerk issues it: number, date, how and to whom.
    DraftIssue issue;
    issue.draftId = *draftId;
    issue.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
    issue.sentOn = QDate::currentDate();
    issue.sentVia = QStringLiteral("post");
    issue.recipients << LetterParty{LetterParty::Role::To, std::nullopt,
                                    QStringLiteral("ຫ້ອງວ່າການແຂວງ")};
    Result<RegisteredLetter> issued = reviewer.issue(issue);
    SARABAN_VERIFY_OK(issued);
    QVERIFY(!issued->number.isEmpty());

    // The server keeps both versions; the signed one is the letter's file in the register.
    Result<QByteArray> stored = reviewer.versionContent(*draftId, 2);
    SARABAN_VERIFY_OK(stored);
    QCOMPARE(*stored, *signedPdf);
    Result<QByteArray> first = reviewer.versionContent(*draftId, 1);
    SARABAN_VERIFY_OK(first);
    QCOMPARE(*first, *composed);
    ScopedConnection owner(m_fixture->superuser());
    auto mainFile = owner.value(QStringLiteral("SELECT encode(sha256, 'hex') FROM "
                                               "saraban.letter_files WHERE kind = 'main' AND "
                                               "letter_id = %1")
                                    .arg(issued->id));
    SARABAN_VERIFY_OK(mainFile);
    QCOMPARE(mainFile->toString().toLatin1(),
             QCryptographicHash::hash(*stored, QCryptographicHash::Sha256).toHex());

    // What the register holds verifies: valid, trusted through the test CA, the whole file.
    const QString file = m_directory.filePath(QStringLiteral("issued.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*stored);
    out.close();
    Result<VerificationReport> report = SignatureVerifier(m_pdfOptions).verify(file);
    SARABAN_VERIFY_OK(report);
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(code(verdictOf(report->signatures.first())), QStringLiteral("valid"));
    QCOMPARE(code(report->signatures.first().certificateStatus), QStringLiteral("trusted"));
    QCOMPARE(code(report->signatures.first().coverage.kind), QStringLiteral("whole-file"));
    QCOMPARE(code(report->summary.verdict), QStringLiteral("all-valid"));

    QProcess pdfsig;
    pdfsig.start(
        QStringLiteral("pdfsig"),
        {QStringLiteral("-nssdir"), TrustStore(m_pdfOptions.trustDirectory).database(), file});
    QVERIFY(pdfsig.waitForFinished(60000));
    const QString output = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(output.contains(QLatin1String("- Signature Validation: Signature is Valid.")),
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("- Certificate Validation: Certificate is Trusted.")),
             qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("- Total document signed")), qPrintable(output));

    // The clerk's office writes the number and the letter's date onto the signed letter, on the
    // lines the composer left dotted, as a 'number' version on top of the signed one.
    auto letterDate = owner.value(
        QStringLiteral("SELECT letter_date FROM saraban.letters WHERE id = %1").arg(issued->id));
    SARABAN_VERIFY_OK(letterDate);
    Result<int> numberVersion =
        NumberStamp(clerk.database(), m_tools).stamp(issued->id, QStringLiteral("ຄຳລາ"));
    SARABAN_VERIFY_OK(numberVersion);
    QCOMPARE(*numberVersion, 2);
    Result<QByteArray> numbered = DocumentService(clerk.database()).versionContent(issued->id, 2);
    SARABAN_VERIFY_OK(numbered);
    QVERIFY(numbered->startsWith(*stored));
    QCOMPARE(number(owner, QStringLiteral("SELECT count(*) FROM saraban.drafts WHERE id = %1 AND "
                                          "NOT number_pending")
                               .arg(*draftId)),
             1);
    auto inRegister = owner.value(
        QStringLiteral("SELECT number_text FROM saraban.letters WHERE id = %1 AND register_id = "
                       "%2")
            .arg(issued->id)
            .arg(m_fixture->registerId(QStringLiteral("A-OUT"))));
    SARABAN_VERIFY_OK(inRegister);
    QCOMPARE(inRegister->toString(), issued->number);

    const QString numberedFile = m_directory.filePath(QStringLiteral("numbered.pdf"));
    QFile numberedOut(numberedFile);
    QVERIFY(numberedOut.open(QIODevice::WriteOnly));
    numberedOut.write(*numbered);
    numberedOut.close();
    // Real text: the number line and the place-and-date line read back whole.
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                     numberedFile, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const auto squeezed = [](QString text) {
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        return text.normalized(QString::NormalizationForm_KC);
    };
    const QString text = squeezed(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    const QString numberLine = squeezed(QStringLiteral("ເລກທີ: ") + issued->number);
    const QString dateLine =
        squeezed(QStringLiteral("ເມືອງໂພນໂຮງ, ") + LetterLayout::laoDate(letterDate->toDate()));
    QVERIFY2(text.contains(numberLine), qPrintable(text));
    QVERIFY2(text.contains(dateLine),
             qPrintable(text.right(200) + QStringLiteral(" | ") + dateLine));
    // On the number line: the number's word sits at the height of the dotted line's "ເລກທີ:",
    // right of the page's middle, where the composer left it.
    QProcess boxes;
    boxes.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                 numberedFile, QStringLiteral("-")});
    QVERIFY(boxes.waitForFinished(60000));
    const QString html = QString::fromUtf8(boxes.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                       "yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<QRectF> numberBoxes;
    QList<QRectF> labelBoxes;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QRectF box(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                         QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
        if (match.captured(5) == issued->number)
            numberBoxes << box;
        // pdftotext may split the raised vowel of ທີ off the word.
        if (match.captured(5).startsWith(QStringLiteral("ເລກ")))
            labelBoxes << box;
    }
    QCOMPARE(numberBoxes.size(), 1);
    QCOMPARE(labelBoxes.size(), 2); // the composer's, under the stamp, and the stamp's
    for (const QRectF &label : std::as_const(labelBoxes)) {
        QVERIFY2(qAbs(label.center().y() - numberBoxes.first().center().y()) < 4, qPrintable(html));
    }
    QVERIFY(numberBoxes.first().left() > 595.0 / 2);

    // The head's signature is still valid for the revision it signed; the number came after.
    Result<VerificationReport> numberedReport =
        SignatureVerifier(m_pdfOptions).verify(numberedFile);
    SARABAN_VERIFY_OK(numberedReport);
    QCOMPARE(numberedReport->signatures.size(), 1);
    QCOMPARE(code(verdictOf(numberedReport->signatures.first())), QStringLiteral("valid"));
    QCOMPARE(code(numberedReport->signatures.first().certificateStatus), QStringLiteral("trusted"));
    QCOMPARE(numberedReport->signatures.first().coverage.signedEnd, qint64(stored->size()));
    QCOMPARE(code(numberedReport->summary.verdict), QStringLiteral("changed-after-signing"));
    QProcess numberedSig;
    numberedSig.start(QStringLiteral("pdfsig"),
                      {QStringLiteral("-nssdir"),
                       TrustStore(m_pdfOptions.trustDirectory).database(), numberedFile});
    QVERIFY(numberedSig.waitForFinished(60000));
    const QString numberedOutput = QString::fromUtf8(numberedSig.readAllStandardOutput());
    QVERIFY2(numberedOutput.contains(QLatin1String("- Signature Validation: Signature is Valid.")),
             qPrintable(numberedOutput));
    QVERIFY2(!numberedOutput.contains(QLatin1String("- Total document signed")),
             qPrintable(numberedOutput));
}

// A letter that arrived signed: the clerk registers it, stamps it (a new version), the head
// endorses it (another); each version is stored by the server and the sender's signature stays
// valid for the revision it signed.
void tst_DocumentChain::incomingSignedLetterStampedAndEndorsed()
{
    TestPdf arrived = TestPdf::simple({"Invitation to the annual meeting"});
    const QString signError =
        arrived.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey, QStringLiteral("Sender"));
    QVERIFY2(signError.isEmpty(), qPrintable(signError));

    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ເຊີນເຂົ້າຮ່ວມ ກອງປະຊຸມປະຈຳປີ");
    letter.letterDate = QDate::currentDate();
    letter.receivedOn = QDate::currentDate();
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt,
                                  QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ")};
    letter.mainPdf = arrived.bytes();
    Result<RegisteredLetter> registered = LetterService(clerk.database()).registerLetter(letter);
    SARABAN_VERIFY_OK(registered);

    const DocumentTools tools(m_tools);
    DocumentService clerkDocuments(clerk.database());
    Result<QByteArray> stamped = tools.stamp(
        arrived.bytes(), {StampText::received(QStringLiteral("ພະແນກ ປທສ"), registered->number,
                                              QDate::currentDate(), QStringLiteral("ຄຳລາ"))});
    SARABAN_VERIFY_OK(stamped);
    Result<int> second = clerkDocuments.addVersion(registered->id, *stamped,
                                                   DocumentService::VersionKind::Stamp, {});
    SARABAN_VERIFY_OK(second);
    QCOMPARE(*second, 2);

    ScopedConnection head(m_fixture->as(QStringLiteral("heada")));
    DocumentService headDocuments(head.database());
    Result<int> latest = headDocuments.latestVersion(registered->id);
    SARABAN_VERIFY_OK(latest);
    Result<QByteArray> current = headDocuments.versionContent(registered->id, *latest);
    SARABAN_VERIFY_OK(current);
    Result<QByteArray> endorsed = tools.stamp(
        *current,
        {StampText::endorsement(QStringLiteral("ມອບໃຫ້ພະແນກບໍລິຫານ ກະກຽມ"), QStringLiteral("ບຸນມີ"),
                                QStringLiteral("ຫົວໜ້າພະແນກ"), QDate::currentDate())});
    SARABAN_VERIFY_OK(endorsed);
    Result<int> third = headDocuments.addVersion(registered->id, *endorsed,
                                                 DocumentService::VersionKind::Endorsement,
                                                 QStringLiteral("ມອບໃຫ້ພະແນກບໍລິຫານ"));
    SARABAN_VERIFY_OK(third);
    QCOMPARE(*third, 3);

    // The file as it arrived is still version 1; the last version keeps the sender's signature
    // valid and trusted for the revision it signed.
    Result<QByteArray> original = headDocuments.versionContent(registered->id, 1);
    SARABAN_VERIFY_OK(original);
    QCOMPARE(*original, arrived.bytes());
    Result<QByteArray> last = headDocuments.versionContent(registered->id, 3);
    SARABAN_VERIFY_OK(last);
    const QString file = m_directory.filePath(QStringLiteral("incoming-v3.pdf"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(*last);
    out.close();
    Result<VerificationReport> report = SignatureVerifier(m_pdfOptions).verify(file);
    SARABAN_VERIFY_OK(report);
    QCOMPARE(report->signatures.size(), 1);
    QCOMPARE(code(verdictOf(report->signatures.first())), QStringLiteral("valid"));
    QCOMPARE(report->signatures.first().coverage.signedEnd, qint64(arrived.bytes().size()));
    QCOMPARE(code(report->summary.verdict), QStringLiteral("changed-after-signing"));
}

QTEST_GUILESS_MAIN(tst_DocumentChain)
#include "tst_documentchain.moc"
