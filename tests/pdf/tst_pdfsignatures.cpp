// Every signed file of tests/data/pdfs/signed (copied from ../shared/data/pdfs, MANIFEST.md)
// verified through the PDF worker, asserting the verdict its MANIFEST row expects; then the
// trust store at work (the pyHanko test root, and a test "government" CA made here with a signer,
// a revoked signer and a revocation list). Where Poppler 22.12 cannot tell, the row says so and
// asserts what Saraban shows instead.
#include "core/pdf/pdfdocument.h"
#include "core/pdf/signatureverdict.h"
#include "core/pdf/signatureverifier.h"
#include "core/pdf/truststore.h"
#include "tests/pdf/pdffixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace saraban;
using namespace saraban::pdf;

namespace {

const QString dataDirectory = QStringLiteral(SARABAN_PDF_TEST_DATA);

QString path(const QString &relative)
{
    return dataDirectory + QLatin1Char('/') + relative;
}

QByteArray readFile(const QString &file)
{
    QFile input(file);
    return input.open(QIODevice::ReadOnly) ? input.readAll() : QByteArray();
}

// "sig not-trusted valid unknown-issuer whole-file | ts ... | empty": kind, verdict, integrity,
// certificate status and coverage of each signature in signing order.
QString describe(const QList<SignatureInfo> &signatures)
{
    QStringList parts;
    for (const SignatureInfo &signature : signatures) {
        if (!signature.isSigned()) {
            parts << QStringLiteral("empty");
            continue;
        }
        parts << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(signature.kind == SignatureKind::DocumentTimestamp
                              ? QStringLiteral("ts")
                              : QStringLiteral("sig"),
                          code(verdictOf(signature)), code(signature.status),
                          code(signature.certificateStatus), code(signature.coverage.kind));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestPdfSignatures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void twentyFiveSignatures();
    void certificationIsRecognised_data();
    void certificationIsRecognised();
    void signedRevisionIsExactlyWhatWasSigned();
    void popplerSaysValidWhereTheFileChanged();
    void trustedTestRoot_data();
    void trustedTestRoot();
    void governmentCa();
    void revokedSignerIsInvalid();
    void tamperedAndChangedDocuments();

private:
    Result<VerificationReport> verify(const QString &file, const QString &trust) const;

    QTemporaryDir m_scratch;
    QString m_emptyTrust;
    QString m_pyhankoTrust;
    QString m_governmentTrust;
    test::TestPki m_pki;
};

void TestPdfSignatures::initTestCase()
{
    qputenv("SARABAN_PDF_WORKER", SARABAN_PDF_WORKER_PATH);
    QVERIFY(m_scratch.isValid());
    m_emptyTrust = m_scratch.filePath(QStringLiteral("empty-nss"));
    m_pyhankoTrust = m_scratch.filePath(QStringLiteral("pyhanko-nss"));
    m_governmentTrust = m_scratch.filePath(QStringLiteral("government-nss"));
    QVERIFY(TrustStore(m_emptyTrust).ensureCreated().ok());
    const Result<TrustedCertificate> root =
        TrustStore(m_pyhankoTrust)
            .add(path(QStringLiteral("trust-anchors/pyhanko-testing-root-ca.cert.pem")));
    QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().toString()));

    m_pki = test::TestPki::create(m_scratch.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki.error.isEmpty(), qPrintable(m_pki.error));
    const TrustStore government(m_governmentTrust);
    const Result<TrustedCertificate> ca = government.add(m_pki.caCertificate);
    QVERIFY2(ca.ok(), qPrintable(ca.ok() ? QString() : ca.error().toString()));
    QCOMPARE(ca->nickname, QStringLiteral("Saraban Test Government CA"));
    const Status crl = government.addRevocationList(m_pki.revocationList);
    QVERIFY2(crl.ok(), qPrintable(crl.ok() ? QString() : crl.error().toString()));
}

Result<VerificationReport> TestPdfSignatures::verify(const QString &file,
                                                     const QString &trust) const
{
    PdfOptions options;
    options.trustDirectory = trust;
    return SignatureVerifier(options).verify(file);
}

void TestPdfSignatures::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict"); // the document's, or "error:<code>"
    QTest::addColumn<QString>("signatures");
    const auto row = [](const char *file, const char *verdict, const char *signatures) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(verdict)
                            << QString::fromLatin1(signatures);
    };

    // 01: intact, whole document; nobody in the (empty) trust store vouches for the signers.
    row("signed/01-valid-whole-document/dss_Signature-P-BG_BOR-1.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/dss_Signature-P-HU_MIC-1.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/dss_pdf-signed-original.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/okular_pdf_with_signature.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    // Adobe's document-signing usage: NSS knows no such usage (NssCertificateChecker).
    row("signed/01-valid-whole-document/pdfsign_hello_hsm.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/pyhanko_sig-no-signed-attrs.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/qpdf_digitally-signed.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/01-valid-whole-document/qpdf_minimal-signed-restricted.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");

    // 02: self-signed or a broken chain: intact, never trusted.
    row("signed/02-untrusted-selfsigned/dss_self-issued-qesig.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/02-untrusted-selfsigned/nodesignpdf_incrementally_signed.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/02-untrusted-selfsigned/nodesignpdf_signed-once.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");

    // 03: the signed bytes or the ranges are wrong.
    row("signed/03-corrupted-digest-mismatch/dss_hello_signed_INCSAVE_signed_EDITED.pdf", "invalid",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig invalid digest-mismatch unknown-issuer earlier-revision");
    row("signed/03-corrupted-digest-mismatch/dss_malformed-pades.pdf", "invalid",
        "sig invalid digest-mismatch unknown-issuer whole-file");
    // The second signature's gap is not its /Contents: Saraban's own coverage check.
    row("signed/03-corrupted-digest-mismatch/dss_pdf-byterange-overlap.pdf", "invalid",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig invalid digest-mismatch not-checked anomalous");
    // Poppler says "not yet verified" for ranges outside the file: Saraban says invalid.
    row("signed/03-corrupted-digest-mismatch/dss_pdf-signed-corrupted.pdf", "invalid",
        "sig invalid unsupported unknown-issuer outside-file");
    row("signed/03-corrupted-digest-mismatch/dss_pdf-signed-out-of-byteRange.pdf", "invalid",
        "sig invalid unsupported not-checked outside-file");
    row("signed/03-corrupted-digest-mismatch/pdfsign_sigmodified.pdf", "invalid",
        "sig invalid digest-mismatch unknown-issuer whole-file");

    // 04: intact signatures of an earlier revision; the file changed after them. Poppler calls
    // all of these "valid" (see popplerSaysValidWhereTheFileChanged). Saraban does not analyse
    // whether the later changes were harmless (an annotation) or not.
    row("signed/04-modified-after-signing/dss_modified_after_signature.pdf",
        "changed-after-signing", "sig not-trusted valid unknown-issuer earlier-revision");
    row("signed/04-modified-after-signing/dss_pades-signed-annot-added.pdf",
        "changed-after-signing", "sig not-trusted valid unknown-issuer earlier-revision | empty");
    row("signed/04-modified-after-signing/dss_pdf-signed-added-page.pdf", "changed-after-signing",
        "sig not-trusted valid unknown-issuer earlier-revision");
    row("signed/04-modified-after-signing/dss_retrieved-modified_after_signature.pdf",
        "no-signatures", "");
    // Alice signed after her certificate expired: expired also at the signing time.
    row("signed/04-modified-after-signing/pyhanko_form-update-override-appearance-stream.pdf",
        "not-trusted",
        "sig not-trusted valid expired earlier-revision | sig not-trusted valid expired "
        "whole-file");

    // 05: several signatures, each covering its own revision, the last one the whole file.
    row("signed/05-multiple-signatures/dss_annotation-and-visible-change.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    row("signed/05-multiple-signatures/dss_hello_signed_INCSAVE_signed.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    row("signed/05-multiple-signatures/dss_pades-5-signatures-and-1-document-timestamp.pdf",
        "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer earlier-revision"
        " | ts not-trusted valid unknown-issuer whole-file");
    row("signed/05-multiple-signatures/nodesignpdf_signed-twice.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid expired whole-file");
    row("signed/05-multiple-signatures/pdfsign_multi.pdf", "invalid",
        "sig invalid invalid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    row("signed/05-multiple-signatures/pyhanko_minimal-signed-twice-both-created.pdf",
        "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    row("signed/05-multiple-signatures/pyhanko_minimal-two-fields-signed-twice.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");

    // 06: certifying signatures (certificationIsRecognised checks the DocMDP level).
    row("signed/06-certified-docmdp/dss_certified-changes-permitted.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file | empty");
    row("signed/06-certified-docmdp/dss_certified-no-change-permitted.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");
    row("signed/06-certified-docmdp/pyhanko_certified-with-indirect-refs-in-dir.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer whole-file");

    // 07: a /Contents placeholder never filled is no signature; a signature that stops in the
    // middle of the file does not say what was signed (Poppler: "valid", no coverage flag).
    row("signed/07-coverage-anomalies/pyhanko_coverage-base.pdf", "unsigned-fields-only", "empty");
    row("signed/07-coverage-anomalies/pyhanko_coverage-tail-uncovered.pdf", "invalid",
        "sig invalid valid unknown-issuer anomalous");

    // 08: nobody signed.
    row("signed/08-unsigned-or-empty-fields/dss_BadEncodedCMS.pdf", "unsigned-fields-only",
        "empty");
    row("signed/08-unsigned-or-empty-fields/dss_pdf-with-empty-sig.pdf", "unsigned-fields-only",
        "empty");
    row("signed/08-unsigned-or-empty-fields/okular_hello_with_dummy_signature.pdf",
        "unsigned-fields-only", "empty");

    // 09: document timestamps, which Poppler 22.12 reports as an unknown type it did not verify;
    // Saraban checks the RFC 3161 token (imprint and signature) itself.
    row("signed/09-algorithms-timestamps/dss_Signature-P-DE_SCI-4.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | ts not-trusted valid unknown-issuer whole-file");
    row("signed/09-algorithms-timestamps/dss_pades-ltv.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | ts not-trusted valid unknown-issuer earlier-revision"
        " | ts not-trusted valid unknown-issuer whole-file");
    row("signed/09-algorithms-timestamps/dss_pkcs7_sha1.pdf", "not-trusted",
        "sig not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    row("signed/09-algorithms-timestamps/dss_timestamped_and_signed.pdf", "not-trusted",
        "ts not-trusted valid unknown-issuer earlier-revision"
        " | sig not-trusted valid unknown-issuer whole-file");
    // pyHanko rejects it too; Poppler cannot decode it, which Saraban shows as invalid.
    row("signed/09-algorithms-timestamps/pyhanko_ed448-disallowed-hash.pdf", "invalid",
        "sig invalid malformed unknown-issuer whole-file");
    // Poppler cannot tell: it does not find a signer named by its key identifier (pyHanko
    // validates the file). Saraban says it cannot verify the signature, not that it is bad.
    row("signed/09-algorithms-timestamps/pyhanko_sig-with-ski-sid.pdf", "not-verifiable",
        "sig not-verifiable unsupported not-checked whole-file");

    // 10: Poppler cannot tell: it fails to parse the CMS of this encrypted file (DSS validates
    // it). Saraban: cannot be verified.
    row("signed/10-encrypted-and-signed/dss_encrypted.pdf", "not-verifiable",
        "sig not-verifiable unsupported unknown-issuer whole-file");
    // Encrypted for certificates: Poppler cannot open it; a clear message, no crash.
    row("signed/10-encrypted-and-signed/pyhanko_signed-encrypted-pubkey.pdf",
        "error:pdf.encryption", "");
}

void TestPdfSignatures::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    QFETCH(QString, signatures);
    const Result<VerificationReport> report = verify(path(file), m_emptyTrust);
    if (verdict.startsWith(QLatin1String("error:"))) {
        QVERIFY(!report.ok());
        QCOMPARE(QStringLiteral("error:") + report.error().code, verdict);
        QVERIFY(report.error().message.startsWith(QLatin1String("The file could not be read")));
        return;
    }
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
    QCOMPARE(describe(report->signatures), signatures);
    QCOMPARE(code(report->summary.verdict), verdict);
    QVERIFY(!report->summary.isAllValid());
    // What every signed field shows in the panel is there.
    for (const SignatureInfo &signature : report->signatures) {
        if (!signature.isSigned() || signature.status != SignatureStatus::Valid)
            continue;
        QVERIFY(!signature.signerName.isEmpty());
        QVERIFY(signature.signingTime.isValid());
        QVERIFY(!signature.certificate.isNull());
        QVERIFY(!signature.certificate.sha256Fingerprint().isEmpty());
        QVERIFY(signature.coverage.hasSignedRevision());
    }
}

void TestPdfSignatures::twentyFiveSignatures()
{
    QElapsedTimer timer;
    timer.start();
    const Result<VerificationReport> report =
        verify(path(QStringLiteral("signed/05-multiple-signatures/dss_25sigs.pdf")), m_emptyTrust);
    QVERIFY(report.ok());
    qInfo() << "25 signatures verified in" << timer.elapsed() << "ms (worker start included)";
    QCOMPARE(report->signatures.size(), 25);
    int timestamps = 0;
    int previousRevision = 0;
    for (const SignatureInfo &signature : report->signatures) {
        QCOMPARE(signature.status, SignatureStatus::Valid);
        QCOMPARE(signature.coverage.kind, CoverageKind::EarlierRevision);
        QVERIFY(signature.coverage.revision > previousRevision); // signing order
        previousRevision = signature.coverage.revision;
        if (signature.kind == SignatureKind::DocumentTimestamp)
            ++timestamps;
    }
    QCOMPARE(timestamps, 1);
    QCOMPARE(report->summary.revisionCount, 50);
    // DSS data was appended after the last signature and nobody signed that.
    QCOMPARE(report->summary.verdict, DocumentVerdict::ChangedAfterSigning);
    QVERIFY(timer.elapsed() < 10000);
}

void TestPdfSignatures::certificationIsRecognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("permissions");
    QTest::newRow("no changes")
        << QStringLiteral("signed/06-certified-docmdp/dss_certified-no-change-permitted.pdf") << 1;
    QTest::newRow("form filling")
        << QStringLiteral("signed/06-certified-docmdp/dss_certified-changes-permitted.pdf") << 2;
    QTest::newRow("indirect references")
        << QStringLiteral(
               "signed/06-certified-docmdp/pyhanko_certified-with-indirect-refs-in-dir.pdf")
        << 2;
    QTest::newRow("approval only")
        << QStringLiteral("signed/01-valid-whole-document/dss_pdf-signed-original.pdf") << 0;
}

void TestPdfSignatures::certificationIsRecognised()
{
    QFETCH(QString, file);
    QFETCH(int, permissions);
    const Result<VerificationReport> report = verify(path(file), m_emptyTrust);
    QVERIFY(report.ok());
    const SignatureInfo &first = report->signatures.first();
    QCOMPARE(first.certification, permissions != 0);
    QCOMPARE(first.docMdpPermissions, permissions);
}

void TestPdfSignatures::signedRevisionIsExactlyWhatWasSigned()
{
    PdfOptions options;
    options.trustDirectory = m_emptyTrust;
    PdfDocument document(options);
    QSignalSpy ready(&document, &PdfDocument::signaturesReady);
    connect(&document, &PdfDocument::opened, &document, &PdfDocument::requestSignatures);
    const QString modified =
        path(QStringLiteral("signed/04-modified-after-signing/dss_modified_after_signature.pdf"));
    document.open(modified);
    QVERIFY(ready.wait(10000));
    const SignatureInfo &signature = document.signatures().first();
    QCOMPARE(signature.coverage.revision, 3);
    QCOMPARE(signature.coverage.revisionCount, 4);
    const QByteArray file = readFile(modified);
    const QByteArray revision = document.signedRevision(signature);
    QCOMPARE(revision.size(), signature.coverage.signedEnd);
    QVERIFY(revision == file.left(signature.coverage.signedEnd));
    // DSS's extract is the revision the signer saw (before the signature's own update), so it
    // is where Saraban's signed revision begins.
    const QByteArray dss = readFile(path(QStringLiteral(
        "signed/04-modified-after-signing/dss_retrieved-modified_after_signature.pdf")));
    QCOMPARE(dss.size(), 573925);
    QVERIFY(revision.startsWith(dss));
    // The signed revision is a PDF of its own, whose only signature covers all of it.
    PdfDocument signedVersion(options);
    QSignalSpy signedReady(&signedVersion, &PdfDocument::signaturesReady);
    connect(&signedVersion, &PdfDocument::opened, &signedVersion, &PdfDocument::requestSignatures);
    signedVersion.openData(revision, QStringLiteral("signed revision"));
    QVERIFY(signedReady.wait(10000));
    QCOMPARE(signedVersion.signatures().size(), 1);
    QCOMPARE(signedVersion.signatures().first().coverage.kind, CoverageKind::WholeFile);
    QCOMPARE(signedVersion.summary().verdict, DocumentVerdict::NotTrusted);
}

void TestPdfSignatures::popplerSaysValidWhereTheFileChanged()
{
    // The Poppler 22.12 behaviour platform.md warns about, pinned: "valid" with only a
    // "does not sign the total document" flag for a file changed after signing, and nothing at
    // all for a signature that stops in the middle of the file.
    const Result<VerificationReport> added = verify(
        path(QStringLiteral("signed/04-modified-after-signing/dss_pdf-signed-added-page.pdf")),
        m_emptyTrust);
    QVERIFY(added.ok());
    QCOMPARE(added->signatures.first().popplerSignatureStatus, QStringLiteral("SignatureValid"));
    QVERIFY(!added->signatures.first().popplerSignsTotalDocument);
    QCOMPARE(added->signatures.first().coverage.kind, CoverageKind::EarlierRevision);

    const Result<VerificationReport> tail = verify(
        path(QStringLiteral("signed/07-coverage-anomalies/pyhanko_coverage-tail-uncovered.pdf")),
        m_emptyTrust);
    QVERIFY(tail.ok());
    QCOMPARE(tail->signatures.first().popplerSignatureStatus, QStringLiteral("SignatureValid"));
    QCOMPARE(tail->signatures.first().coverage.problem, CoverageProblem::EndsInsideRevision);
    QCOMPARE(verdictOf(tail->signatures.first()), SignatureVerdict::Invalid);
}

void TestPdfSignatures::trustedTestRoot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("signatures");
    // Lord Testerino's certificate expired in 2021, but was valid (under the trusted root) at
    // the stated signing time in 2020.
    QTest::newRow("expired now, valid when signed")
        << QStringLiteral("signed/01-valid-whole-document/pyhanko_sig-no-signed-attrs.pdf")
        << QStringLiteral("all-valid")
        << QStringLiteral("sig valid valid expired-valid-when-signed whole-file");
    QTest::newRow("certified, expired now, valid when signed")
        << QStringLiteral(
               "signed/06-certified-docmdp/pyhanko_certified-with-indirect-refs-in-dir.pdf")
        << QStringLiteral("all-valid")
        << QStringLiteral("sig valid valid expired-valid-when-signed whole-file");
    // Alice signed in November 2022 with a certificate that had expired in January.
    QTest::newRow("expired when signed")
        << QStringLiteral("signed/04-modified-after-signing/"
                          "pyhanko_form-update-override-appearance-stream.pdf")
        << QStringLiteral("not-trusted")
        << QStringLiteral("sig not-trusted valid expired earlier-revision"
                          " | sig not-trusted valid expired whole-file");
    // Self-signed certificates of other pyHanko tests stay unknown.
    QTest::newRow("other self-signed signer")
        << QStringLiteral(
               "signed/05-multiple-signatures/pyhanko_minimal-two-fields-signed-twice.pdf")
        << QStringLiteral("not-trusted")
        << QStringLiteral("sig not-trusted valid unknown-issuer earlier-revision"
                          " | sig not-trusted valid unknown-issuer whole-file");
}

void TestPdfSignatures::trustedTestRoot()
{
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    QFETCH(QString, signatures);
    const Result<VerificationReport> report = verify(path(file), m_pyhankoTrust);
    QVERIFY(report.ok());
    QCOMPARE(describe(report->signatures), signatures);
    QCOMPARE(code(report->summary.verdict), verdict);
}

void TestPdfSignatures::governmentCa()
{
    test::TestPdf memo = test::TestPdf::simple(
        {QStringLiteral("Memo 330/MoT"), QStringLiteral("Approved by the head of department.")});
    QCOMPARE(memo.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey,
                       QStringLiteral("HeadOfDepartment")),
             QString());
    const QString file = m_scratch.filePath(QStringLiteral("memo-signed.pdf"));
    QFile output(file);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(memo.bytes());
    output.close();

    // Not trusted until the administrator imports the CA...
    const Result<VerificationReport> untrusted = verify(file, m_emptyTrust);
    QVERIFY(untrusted.ok());
    QCOMPARE(describe(untrusted->signatures),
             QStringLiteral("sig not-trusted valid unknown-issuer whole-file"));

    // ... then valid, whole, and the banner says so.
    const Result<VerificationReport> trusted = verify(file, m_governmentTrust);
    QVERIFY(trusted.ok());
    QCOMPARE(describe(trusted->signatures), QStringLiteral("sig valid valid trusted whole-file"));
    QVERIFY(trusted->summary.isAllValid());
    const SignatureInfo &signature = trusted->signatures.first();
    QCOMPARE(signature.signerName, QStringLiteral("ສົມພອນ ທົດສອບ"));
    QCOMPARE(signature.certificate.issuerCommonName, QStringLiteral("Saraban Test Government CA"));
    QVERIFY(!signature.certificate.selfSigned);
    QCOMPARE(signature.reason, QStringLiteral("Approved"));
    QCOMPARE(signature.location, QStringLiteral("Vientiane"));
    QCOMPARE(signature.fieldName, QStringLiteral("HeadOfDepartment"));
    QVERIFY(qAbs(signature.signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // A second signature in its own revision: both valid, the first one on revision 2 of 3.
    QCOMPARE(memo.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey, QStringLiteral("Director")),
             QString());
    QVERIFY(output.open(QIODevice::WriteOnly | QIODevice::Truncate));
    output.write(memo.bytes());
    output.close();
    const Result<VerificationReport> twice = verify(file, m_governmentTrust);
    QVERIFY(twice.ok());
    QCOMPARE(describe(twice->signatures),
             QStringLiteral("sig valid valid trusted earlier-revision | sig valid valid trusted "
                            "whole-file"));
    QCOMPARE(twice->signatures.first().coverage.revision, 2);
    QCOMPARE(twice->signatures.first().coverage.revisionCount, 3);
    QVERIFY(twice->summary.isAllValid());
}

void TestPdfSignatures::revokedSignerIsInvalid()
{
    test::TestPdf memo = test::TestPdf::simple({QStringLiteral("Memo 331/MoT")});
    QCOMPARE(memo.sign(m_pki, m_pki.revokedCertificate, m_pki.revokedKey, QStringLiteral("Sig")),
             QString());
    const QString file = m_scratch.filePath(QStringLiteral("memo-revoked.pdf"));
    QFile output(file);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(memo.bytes());
    output.close();
    const Result<VerificationReport> report = verify(file, m_governmentTrust);
    QVERIFY(report.ok());
    QCOMPARE(describe(report->signatures), QStringLiteral("sig invalid valid revoked whole-file"));
    QCOMPARE(report->summary.verdict, DocumentVerdict::Invalid);
}

void TestPdfSignatures::tamperedAndChangedDocuments()
{
    const auto verifyBytes = [this](const QByteArray &bytes, const QString &name) {
        const QString file = m_scratch.filePath(name);
        QFile output(file);
        output.open(QIODevice::WriteOnly);
        output.write(bytes);
        output.close();
        return verify(file, m_governmentTrust);
    };
    test::TestPdf changed = test::TestPdf::simple({QStringLiteral("Memo 332/MoT")});
    QCOMPARE(changed.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey, QStringLiteral("Sig")),
             QString());
    changed.appendChange(QStringLiteral("Amount: 1,000,000 kip"));
    const Result<VerificationReport> after = verifyBytes(changed.bytes(), QStringLiteral("c.pdf"));
    QVERIFY(after.ok());
    QCOMPARE(describe(after->signatures),
             QStringLiteral("sig valid valid trusted earlier-revision"));
    QCOMPARE(after->summary.verdict, DocumentVerdict::ChangedAfterSigning);
    QCOMPARE(after->signatures.first().popplerSignatureStatus, QStringLiteral("SignatureValid"));

    test::TestPdf tampered = test::TestPdf::simple({QStringLiteral("Memo 333/MoT")});
    QCOMPARE(tampered.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey, QStringLiteral("Sig")),
             QString());
    tampered.tamper();
    const Result<VerificationReport> broken =
        verifyBytes(tampered.bytes(), QStringLiteral("t.pdf"));
    QVERIFY(broken.ok());
    QCOMPARE(describe(broken->signatures),
             QStringLiteral("sig invalid digest-mismatch trusted whole-file"));
    QCOMPARE(broken->summary.verdict, DocumentVerdict::Invalid);
}

QTEST_GUILESS_MAIN(TestPdfSignatures)
#include "tst_pdfsignatures.moc"
