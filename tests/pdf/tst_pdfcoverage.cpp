// Saraban's own coverage computation (which bytes a signature covers, which revision it ends
// with), the signature dictionary scan and the document verdict, without Poppler or the worker.
#include "core/pdf/coverageanalyzer.h"
#include "core/pdf/documentsummary.h"
#include "core/pdf/signaturedictionary.h"
#include "core/pdf/signaturetext.h"
#include "core/pdf/signatureverdict.h"

#include <QFile>
#include <QTest>

using namespace saraban::pdf;

Q_DECLARE_METATYPE(QList<qint64>)

namespace {

// A file of two revisions with a signature at the end of the first:
// "%PDF" header, revision 1 (with the /Contents gap), then revision 2.
struct Sample
{
    QByteArray bytes;
    qint64 gapStart = 0;
    qint64 gapEnd = 0;
    qint64 firstRevisionEnd = 0;
};

Sample sample()
{
    Sample s;
    s.bytes = "%PDF-1.7\n1 0 obj\n<< /Type /Sig /Contents ";
    s.gapStart = s.bytes.size();
    s.bytes += "<3082000a000000>";
    s.gapEnd = s.bytes.size();
    s.bytes += " >>\nendobj\nxref\n0 1\ntrailer\n<< >>\nstartxref\n42\n%%EOF\n";
    s.firstRevisionEnd = s.bytes.size();
    s.bytes += "2 0 obj\n<< /Title (changed) >>\nendobj\nstartxref\n99\n%%EOF\n";
    return s;
}

QList<qint64> range(qint64 a, qint64 b, qint64 c, qint64 d)
{
    return {a, b, c, d};
}

SignatureInfo signature(SignatureStatus status, CertificateStatus certificate, CoverageKind kind,
                        int revision = 1, int revisions = 1)
{
    SignatureInfo s;
    s.kind = SignatureKind::Signature;
    s.status = status;
    s.certificateStatus = certificate;
    s.coverage.kind = kind;
    s.coverage.revision = revision;
    s.coverage.revisionCount = revisions;
    s.coverage.byteRange = {0, 1, 2, 3};
    return s;
}

} // namespace

class TestPdfCoverage : public QObject
{
    Q_OBJECT

private slots:
    void revisionsAreCounted_data();
    void revisionsAreCounted();
    void coverage_data();
    void coverage();
    void signedRevisionIsAPrefix();
    void contentsMustBeThisSignaturesOwn();
    void dictionaryScan();
    void pdfDates_data();
    void pdfDates();
    void documentVerdict_data();
    void documentVerdict();
    void everyVerdictHasWords();
};

void TestPdfCoverage::revisionsAreCounted_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("revisions");
    QTest::newRow("one signature, incremental")
        << QStringLiteral("signed/01-valid-whole-document/dss_pdf-signed-original.pdf") << 2;
    // Linearized: the first-page trailer ("startxref 0") is not a revision.
    QTest::newRow("linearized")
        << QStringLiteral("signed/01-valid-whole-document/okular_pdf_with_signature.pdf") << 1;
    QTest::newRow("25 signatures and their DSS updates")
        << QStringLiteral("signed/05-multiple-signatures/dss_25sigs.pdf") << 50;
    QTest::newRow("%%EOF without a line end")
        << QStringLiteral("signed/05-multiple-signatures/nodesignpdf_signed-twice.pdf") << 3;
    QTest::newRow("carriage returns only")
        << QStringLiteral(
               "signed/05-multiple-signatures/pyhanko_minimal-two-fields-signed-twice.pdf")
        << 2;
}

void TestPdfCoverage::revisionsAreCounted()
{
    QFETCH(QString, file);
    QFETCH(int, revisions);
    QFile input(QStringLiteral(SARABAN_PDF_TEST_DATA "/") + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCOMPARE(CoverageAnalyzer(input.readAll()).revisionCount(), revisions);
}

void TestPdfCoverage::coverage_data()
{
    const Sample s = sample();
    const qint64 size = s.bytes.size();
    QTest::addColumn<QList<qint64>>("byteRange");
    QTest::addColumn<CoverageKind>("kind");
    QTest::addColumn<CoverageProblem>("problem");
    QTest::addColumn<int>("revision");

    QTest::newRow("whole file") << range(0, s.gapStart, s.gapEnd, size - s.gapEnd)
                                << CoverageKind::WholeFile << CoverageProblem::None << 2;
    QTest::newRow("first revision of two")
        << range(0, s.gapStart, s.gapEnd, s.firstRevisionEnd - s.gapEnd)
        << CoverageKind::EarlierRevision << CoverageProblem::None << 1;
    QTest::newRow("first revision, without its line end")
        << range(0, s.gapStart, s.gapEnd, s.firstRevisionEnd - 1 - s.gapEnd)
        << CoverageKind::EarlierRevision << CoverageProblem::None << 1;
    QTest::newRow("stops inside a revision")
        << range(0, s.gapStart, s.gapEnd, s.firstRevisionEnd + 10 - s.gapEnd)
        << CoverageKind::Anomalous << CoverageProblem::EndsInsideRevision << 0;
    QTest::newRow("past the end of the file")
        << range(0, s.gapStart, s.gapEnd, size + 1 - s.gapEnd) << CoverageKind::OutsideFile
        << CoverageProblem::OutsideFile << 0;
    QTest::newRow("negative") << range(0, -5, s.gapEnd, 3) << CoverageKind::OutsideFile
                              << CoverageProblem::OutsideFile << 0;
    QTest::newRow("not from the start")
        << range(1, s.gapStart - 1, s.gapEnd, size - s.gapEnd) << CoverageKind::Anomalous
        << CoverageProblem::NotFromStart << 0;
    QTest::newRow("overlapping") << range(0, s.gapEnd, s.gapStart, size - s.gapStart)
                                 << CoverageKind::Anomalous << CoverageProblem::Overlapping << 0;
    QTest::newRow("gap hides more than the contents")
        << range(0, s.gapStart - 4, s.gapEnd, size - s.gapEnd) << CoverageKind::Anomalous
        << CoverageProblem::GapNotContents << 0;
    QTest::newRow("three ranges") << QList<qint64>{0, 1, 2, 3, 4, 5} << CoverageKind::Anomalous
                                  << CoverageProblem::NotTwoRanges << 0;
    QTest::newRow("none") << QList<qint64>() << CoverageKind::None << CoverageProblem::NoRanges
                          << 0;
}

void TestPdfCoverage::coverage()
{
    QFETCH(QList<qint64>, byteRange);
    QFETCH(CoverageKind, kind);
    QFETCH(CoverageProblem, problem);
    QFETCH(int, revision);
    const Sample s = sample();
    const SignatureCoverage coverage = CoverageAnalyzer(s.bytes).analyze(byteRange, {});
    QCOMPARE(coverage.kind, kind);
    QCOMPARE(coverage.problem, problem);
    QCOMPARE(coverage.revision, revision);
    QCOMPARE(coverage.revisionCount, 2);
    QVERIFY(!SignatureText::coverage(coverage).isEmpty());
}

void TestPdfCoverage::signedRevisionIsAPrefix()
{
    const Sample s = sample();
    const CoverageAnalyzer analyzer(s.bytes);
    const SignatureCoverage first =
        analyzer.analyze(range(0, s.gapStart, s.gapEnd, s.firstRevisionEnd - s.gapEnd), {});
    QCOMPARE(analyzer.signedRevision(first), s.bytes.left(s.firstRevisionEnd));
    const SignatureCoverage outside =
        analyzer.analyze(range(0, s.gapStart, s.gapEnd, s.bytes.size()), {});
    QVERIFY(analyzer.signedRevision(outside).isEmpty());
}

void TestPdfCoverage::contentsMustBeThisSignaturesOwn()
{
    const Sample s = sample();
    const CoverageAnalyzer analyzer(s.bytes);
    const QList<qint64> ranges = range(0, s.gapStart, s.gapEnd, s.bytes.size() - s.gapEnd);
    // The gap holds 30 82 00 0a then zero padding.
    QCOMPARE(analyzer.analyze(ranges, QByteArray::fromHex("3082000a")).kind,
             CoverageKind::WholeFile);
    QCOMPARE(analyzer.analyze(ranges, QByteArray::fromHex("3082000b")).problem,
             CoverageProblem::ContentsMismatch);
}

void TestPdfCoverage::dictionaryScan()
{
    const QByteArray file =
        "%PDF-1.7\n5 0 obj\n<< /Type /DocTimeStamp /SubFilter /ETSI.RFC3161 "
        "/ByteRange [0 60 70 20] /Contents <00> /M (D\\07220201101010000\\05301\\04700\\047) "
        "/Reference [<< /TransformMethod /DocMDP /TransformParams << /P 1 /V /1.2 >> >>] >>\n"
        "endobj\n";
    const qsizetype gapStart = file.indexOf("<00>");
    const QList<qint64> ranges{0, gapStart, gapStart + 4, file.size() - gapStart - 4};
    const SignatureDictionary dictionary = SignatureDictionary::scan(file, ranges);
    QVERIFY(dictionary.isDocumentTimestamp());
    QCOMPARE(dictionary.subFilter, QByteArray("ETSI.RFC3161"));
    QVERIFY(dictionary.certification);
    QCOMPARE(dictionary.docMdpPermissions, 1);
    QCOMPARE(dictionary.signingTime, QDateTime(QDate(2020, 11, 1), QTime(0, 0), Qt::UTC));
    const QList<QList<qint64>> expected{{0, 60, 70, 20}};
    QCOMPARE(SignatureDictionary::byteRanges(file), expected);
}

void TestPdfCoverage::pdfDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("full, Vientiane") << QStringLiteral("D:20250301093000+07'00'")
                                     << QDateTime(QDate(2025, 3, 1), QTime(2, 30), Qt::UTC);
    QTest::newRow("UTC") << QStringLiteral("D:20250301093000Z")
                         << QDateTime(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    QTest::newRow("year only") << QStringLiteral("D:2024")
                               << QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QDateTime();
}

void TestPdfCoverage::pdfDates()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(SignatureDictionary::parseDate(text), expected);
}

void TestPdfCoverage::documentVerdict_data()
{
    using S = SignatureStatus;
    using C = CertificateStatus;
    using K = CoverageKind;
    QTest::addColumn<QList<SignatureInfo>>("signatures");
    QTest::addColumn<DocumentVerdict>("verdict");

    SignatureInfo empty;
    QTest::newRow("nothing") << QList<SignatureInfo>() << DocumentVerdict::NoSignatures;
    QTest::newRow("empty field") << QList<SignatureInfo>{empty}
                                 << DocumentVerdict::UnsignedFieldsOnly;
    QTest::newRow("one good") << QList<SignatureInfo>{signature(S::Valid, C::Trusted, K::WholeFile)}
                              << DocumentVerdict::AllValid;
    QTest::newRow("expired now, good then")
        << QList<SignatureInfo>{signature(S::Valid, C::ExpiredValidWhenSigned, K::WholeFile)}
        << DocumentVerdict::AllValid;
    QTest::newRow("good, plus an empty field")
        << QList<SignatureInfo>{signature(S::Valid, C::Trusted, K::WholeFile), empty}
        << DocumentVerdict::AllValid;
    QTest::newRow("two in a row")
        << QList<SignatureInfo>{signature(S::Valid, C::Trusted, K::EarlierRevision, 1, 2),
                                signature(S::Valid, C::Trusted, K::WholeFile, 2, 2)}
        << DocumentVerdict::AllValid;
    QTest::newRow("unknown signer")
        << QList<SignatureInfo>{signature(S::Valid, C::UnknownIssuer, K::WholeFile)}
        << DocumentVerdict::NotTrusted;
    QTest::newRow("changed after the only signature")
        << QList<SignatureInfo>{signature(S::Valid, C::Trusted, K::EarlierRevision, 1, 2)}
        << DocumentVerdict::ChangedAfterSigning;
    QTest::newRow("digest mismatch")
        << QList<SignatureInfo>{signature(S::DigestMismatch, C::Trusted, K::WholeFile)}
        << DocumentVerdict::Invalid;
    QTest::newRow("revoked") << QList<SignatureInfo>{signature(S::Valid, C::Revoked, K::WholeFile)}
                             << DocumentVerdict::Invalid;
    QTest::newRow("ranges outside the file")
        << QList<SignatureInfo>{signature(S::Unsupported, C::NotChecked, K::OutsideFile)}
        << DocumentVerdict::Invalid;
    QTest::newRow("cannot be checked, but nothing was appended")
        << QList<SignatureInfo>{signature(S::Unsupported, C::NotChecked, K::WholeFile)}
        << DocumentVerdict::NotVerifiable;
    QTest::newRow("invalid beats changed")
        << QList<SignatureInfo>{signature(S::Invalid, C::Trusted, K::EarlierRevision, 1, 3),
                                signature(S::Valid, C::Trusted, K::EarlierRevision, 2, 3)}
        << DocumentVerdict::Invalid;
}

void TestPdfCoverage::documentVerdict()
{
    QFETCH(QList<SignatureInfo>, signatures);
    QFETCH(DocumentVerdict, verdict);
    const DocumentSummary summary = summarize(signatures);
    QCOMPARE(summary.verdict, verdict);
    QVERIFY(!SignatureText::toText(summary.verdict).isEmpty());
}

void TestPdfCoverage::everyVerdictHasWords()
{
    for (int i = 0; i <= static_cast<int>(SignatureVerdict::Unsigned); ++i)
        QVERIFY(!SignatureText::toText(static_cast<SignatureVerdict>(i)).isEmpty());
    for (int i = 0; i <= static_cast<int>(SignatureStatus::NotChecked); ++i)
        QVERIFY(!SignatureText::toText(static_cast<SignatureStatus>(i)).isEmpty());
    for (int i = 0; i <= static_cast<int>(CertificateStatus::NotChecked); ++i)
        QVERIFY(!SignatureText::toText(static_cast<CertificateStatus>(i)).isEmpty());
    for (int i = 0; i <= static_cast<int>(SignatureKind::EmptyField); ++i)
        QVERIFY(!SignatureText::toText(static_cast<SignatureKind>(i)).isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfCoverage)
#include "tst_pdfcoverage.moc"
