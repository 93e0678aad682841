// saraban-admin verify and trust as clerks and administrators run them: the built binary, its
// exit codes (0 every file valid and whole, 1 any not, 2 unreadable or usage) and --json.
#include "tests/pdf/pdffixtures.h"
#include "tests/support/childprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saraban;

namespace {

QString data(const QString &relative)
{
    return QStringLiteral(SARABAN_PDF_TEST_DATA "/") + relative;
}

} // namespace

class TestPdfAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustStoreStartsEmpty();
    void verifyExitCodes_data();
    void verifyExitCodes();
    void trustedRootMakesSignaturesValid();
    void jsonForMachines();
    void unreadableFileIsExitTwo();
    void trustRefusesWhatIsNotAnAuthority();
    void revocationListsAreImported();
    void usageErrors();

private:
    test::ChildResult admin(const QStringList &arguments) const;

    QTemporaryDir m_dataDirectory;
    QProcessEnvironment m_environment;
};

void TestPdfAdmin::initTestCase()
{
    QVERIFY(m_dataDirectory.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("SARABAN_DATA_DIR"), m_dataDirectory.path());
    m_environment.insert(QStringLiteral("SARABAN_PDF_WORKER"),
                         QStringLiteral(SARABAN_PDF_WORKER_PATH));
}

test::ChildResult TestPdfAdmin::admin(const QStringList &arguments) const
{
    return test::runChild(QStringLiteral(SARABAN_ADMIN_PATH),
                          QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments,
                          m_environment, 60000);
}

void TestPdfAdmin::trustStoreStartsEmpty()
{
    const test::ChildResult listed = admin({QStringLiteral("trust"), QStringLiteral("list")});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QVERIFY(listed.standardOutput().contains(QLatin1String("No certificate authority")));
}

void TestPdfAdmin::verifyExitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("intact, signer not trusted")
        << QStringList{data(
               QStringLiteral("signed/01-valid-whole-document/okular_pdf_with_signature.pdf"))}
        << 1 << QStringLiteral("not every signer is trusted");
    QTest::newRow("changed after signing")
        << QStringList{data(
               QStringLiteral("signed/04-modified-after-signing/dss_pdf-signed-added-page.pdf"))}
        << 1 << QStringLiteral("changed after it was signed");
    QTest::newRow("digest mismatch")
        << QStringList{data(
               QStringLiteral("signed/03-corrupted-digest-mismatch/pdfsign_sigmodified.pdf"))}
        << 1 << QStringLiteral("The signed content was changed after signing.");
    QTest::newRow("not signed") << QStringList{data(
                                       QStringLiteral("malformed/pdfjs_xref_command_missing.pdf"))}
                                << 1 << QStringLiteral("This document is not signed.");
}

void TestPdfAdmin::verifyExitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const test::ChildResult result = admin(QStringList{QStringLiteral("verify")} + files);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.describe()));
    QVERIFY2(result.standardOutput().contains(says), qPrintable(result.describe()));
}

void TestPdfAdmin::trustedRootMakesSignaturesValid()
{
    const QString root = data(QStringLiteral("trust-anchors/pyhanko-testing-root-ca.cert.pem"));
    const QString file =
        data(QStringLiteral("signed/01-valid-whole-document/pyhanko_sig-no-signed-attrs.pdf"));
    QCOMPARE(admin({QStringLiteral("verify"), file}).exitCode, 1);

    const test::ChildResult added =
        admin({QStringLiteral("trust"), QStringLiteral("add"), root, QStringLiteral("--name"),
               QStringLiteral("pyHanko test root")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    QVERIFY(added.standardOutput().contains(QLatin1String("E4:20:03:F6")));
    const test::ChildResult again =
        admin({QStringLiteral("trust"), QStringLiteral("add"), root, QStringLiteral("--name"),
               QStringLiteral("pyHanko test root")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.standardError().contains(QLatin1String("already has")));
    const test::ChildResult listed = admin({QStringLiteral("trust"), QStringLiteral("list")});
    QVERIFY(listed.standardOutput().contains(QLatin1String("pyHanko test root")));
    QVERIFY(listed.standardOutput().contains(QLatin1String("CN=Root CA")));

    const test::ChildResult verified = admin({QStringLiteral("verify"), file});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
    QVERIFY(verified.standardOutput().contains(
        QLatin1String("has expired, but it was valid and trusted")));

    const test::ChildResult removed = admin(
        {QStringLiteral("trust"), QStringLiteral("remove"), QStringLiteral("pyHanko test root")});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(admin({QStringLiteral("verify"), file}).exitCode, 1);
    QCOMPARE(admin({QStringLiteral("trust"), QStringLiteral("remove"),
                    QStringLiteral("pyHanko test root")})
                 .exitCode,
             1);
}

void TestPdfAdmin::jsonForMachines()
{
    const QString modified =
        data(QStringLiteral("signed/04-modified-after-signing/dss_modified_after_signature.pdf"));
    const QString twice =
        data(QStringLiteral("signed/05-multiple-signatures/dss_hello_signed_INCSAVE_signed.pdf"));
    const test::ChildResult result =
        admin({QStringLiteral("verify"), QStringLiteral("--json"), modified, twice});
    QCOMPARE(result.exitCode, 1);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray reports = json.array();
    QCOMPARE(reports.size(), 2);

    const QJsonObject first = reports.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("file")).toString(), modified);
    QCOMPARE(first.value(QStringLiteral("verdict")).toString(),
             QStringLiteral("changed-after-signing"));
    QCOMPARE(first.value(QStringLiteral("allValid")).toBool(), false);
    QCOMPARE(first.value(QStringLiteral("sha256")).toString().size(), 64);
    const QJsonObject signature =
        first.value(QStringLiteral("signatures")).toArray().at(0).toObject();
    QCOMPARE(signature.value(QStringLiteral("kind")).toString(), QStringLiteral("signature"));
    QCOMPARE(signature.value(QStringLiteral("integrity")).toString(), QStringLiteral("valid"));
    QCOMPARE(signature.value(QStringLiteral("signer")).toString(), QStringLiteral("AHMED MEGDICH"));
    const QJsonObject coverage = signature.value(QStringLiteral("coverage")).toObject();
    QCOMPARE(coverage.value(QStringLiteral("kind")).toString(), QStringLiteral("earlier-revision"));
    QCOMPARE(coverage.value(QStringLiteral("revision")).toInt(), 3);
    QCOMPARE(coverage.value(QStringLiteral("revisions")).toInt(), 4);
    QCOMPARE(coverage.value(QStringLiteral("signedBytes")).toInteger(), 642689);
    // What Poppler itself said, next to it: "valid", without a word about the change.
    QCOMPARE(signature.value(QStringLiteral("poppler"))
                 .toObject()
                 .value(QStringLiteral("signature"))
                 .toString(),
             QStringLiteral("SignatureValid"));

    const QJsonObject second = reports.at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("signatures")).toArray().size(), 2);
    QCOMPARE(second.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-trusted"));
}

void TestPdfAdmin::unreadableFileIsExitTwo()
{
    const QString good =
        data(QStringLiteral("signed/01-valid-whole-document/okular_pdf_with_signature.pdf"));
    const test::ChildResult result =
        admin({QStringLiteral("verify"), QStringLiteral("--json"), good,
               data(QStringLiteral("malformed/pdfjs_REDHAT-1531897-0.pdf")),
               m_dataDirectory.filePath(QStringLiteral("missing.pdf"))});
    QCOMPARE(result.exitCode, 2);
    const QJsonArray reports = QJsonDocument::fromJson(result.out).array();
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports.at(1)
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("pdf.open")));
    QCOMPARE(reports.at(2)
                 .toObject()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code")),
             QJsonValue(QStringLiteral("pdf.io")));
    const test::ChildResult plain = admin(
        {QStringLiteral("verify"), data(QStringLiteral("malformed/qpdf_ossfuzz_70245-empty.pdf"))});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY(plain.standardError().contains(
        QLatin1String("The file could not be read: the file is empty.")));
}

void TestPdfAdmin::trustRefusesWhatIsNotAnAuthority()
{
    const test::ChildResult pdf = admin(
        {QStringLiteral("trust"), QStringLiteral("add"),
         data(QStringLiteral("signed/01-valid-whole-document/okular_pdf_with_signature.pdf"))});
    QCOMPARE(pdf.exitCode, 1);
    QVERIFY(pdf.standardError().contains(QLatin1String("is not a certificate")));

    const test::TestPki pki =
        test::TestPki::create(m_dataDirectory.filePath(QStringLiteral("pki")));
    QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
    const test::ChildResult leaf =
        admin({QStringLiteral("trust"), QStringLiteral("add"), pki.signerCertificate});
    QCOMPARE(leaf.exitCode, 1);
    QVERIFY(leaf.standardError().contains(
        QLatin1String("not the certificate of a certificate authority")));
}

void TestPdfAdmin::revocationListsAreImported()
{
    const test::TestPki pki =
        test::TestPki::create(m_dataDirectory.filePath(QStringLiteral("pki2")));
    QVERIFY2(pki.error.isEmpty(), qPrintable(pki.error));
    QCOMPARE(admin({QStringLiteral("trust"), QStringLiteral("add"), pki.caCertificate}).exitCode,
             0);
    const test::ChildResult crl =
        admin({QStringLiteral("trust"), QStringLiteral("add-crl"), pki.revocationList});
    QVERIFY2(crl.exitCode == 0, qPrintable(crl.describe()));

    test::TestPdf memo = test::TestPdf::simple({QStringLiteral("Memo 334/MoT")});
    QCOMPARE(memo.sign(pki, pki.revokedCertificate, pki.revokedKey, QStringLiteral("Sig")),
             QString());
    const QString file = m_dataDirectory.filePath(QStringLiteral("revoked.pdf"));
    QFile output(file);
    QVERIFY(output.open(QIODevice::WriteOnly));
    output.write(memo.bytes());
    output.close();
    const test::ChildResult verified = admin({QStringLiteral("verify"), file});
    QCOMPARE(verified.exitCode, 1);
    QVERIFY(verified.standardOutput().contains(QLatin1String("has been revoked")));

    test::TestPdf good = test::TestPdf::simple({QStringLiteral("Memo 335/MoT")});
    QCOMPARE(good.sign(pki, pki.signerCertificate, pki.signerKey, QStringLiteral("Sig")),
             QString());
    QVERIFY(output.open(QIODevice::WriteOnly | QIODevice::Truncate));
    output.write(good.bytes());
    output.close();
    const test::ChildResult valid = admin({QStringLiteral("verify"), file});
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.describe()));
    QVERIFY(valid.standardOutput().contains(QLatin1String("All signatures are valid")));
}

void TestPdfAdmin::usageErrors()
{
    QCOMPARE(admin({QStringLiteral("verify")}).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("verify"), QStringLiteral("--bogus"), QStringLiteral("x.pdf")})
                 .exitCode,
             2);
    QCOMPARE(admin({QStringLiteral("trust")}).exitCode, 2);
    QCOMPARE(admin({QStringLiteral("trust"), QStringLiteral("add")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestPdfAdmin)
#include "tst_pdfadmin.moc"
