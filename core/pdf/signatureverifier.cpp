#include "core/pdf/signatureverifier.h"

#include "core/pdf/pdfdocument.h"
#include "core/pdf/signatureverdict.h"

#include <QEventLoop>
#include <QJsonArray>

#include <optional>

namespace saraban::pdf {

namespace {

QJsonValue time(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODate))
                              : QJsonValue(QJsonValue::Null);
}

QJsonObject certificateJson(const CertificateInfo &certificate)
{
    return QJsonObject{
        {QStringLiteral("subject"), certificate.subjectDistinguishedName},
        {QStringLiteral("issuer"), certificate.issuerDistinguishedName},
        {QStringLiteral("serialNumber"), certificate.serialNumberHex()},
        {QStringLiteral("validFrom"), time(certificate.validFrom)},
        {QStringLiteral("validUntil"), time(certificate.validUntil)},
        {QStringLiteral("selfSigned"), certificate.selfSigned},
        {QStringLiteral("sha256"), certificate.sha256Fingerprint()},
        {QStringLiteral("sha1"), certificate.sha1Fingerprint()},
    };
}

} // namespace

SignatureVerifier::SignatureVerifier(PdfOptions options)
    : m_options(std::move(options))
{}

Result<VerificationReport> SignatureVerifier::verify(const QString &path) const
{
    PdfDocument document(m_options);
    QEventLoop loop;
    std::optional<Error> error;
    QObject::connect(&document, &PdfDocument::opened, &document,
                     [&document] { document.requestSignatures(); });
    QObject::connect(&document, &PdfDocument::signaturesReady, &loop, &QEventLoop::quit);
    QObject::connect(&document, &PdfDocument::failed, &loop, [&](const Error &failure) {
        error = failure;
        loop.quit();
    });
    QObject::connect(&document, &PdfDocument::signaturesFailed, &loop, [&](const Error &failure) {
        error = failure;
        loop.quit();
    });
    document.open(path);
    loop.exec();
    if (error)
        return *error;
    VerificationReport report;
    report.file = path;
    report.info = document.info();
    report.signatures = document.signatures();
    report.summary = document.summary();
    return report;
}

QJsonObject SignatureVerifier::toJson(const VerificationReport &report)
{
    QJsonArray signatures;
    for (const SignatureInfo &signature : report.signatures) {
        const SignatureCoverage &coverage = signature.coverage;
        QJsonArray byteRange;
        for (qint64 value : coverage.byteRange)
            byteRange.append(value);
        QJsonObject entry{
            {QStringLiteral("field"), signature.fieldName},
            {QStringLiteral("kind"), code(signature.kind)},
            {QStringLiteral("verdict"), code(verdictOf(signature))},
        };
        if (signature.isSigned()) {
            entry.insert(QStringLiteral("signer"), signature.signerName);
            entry.insert(QStringLiteral("signerDN"), signature.signerDistinguishedName);
            entry.insert(QStringLiteral("signingTime"), time(signature.signingTime));
            entry.insert(QStringLiteral("reason"), signature.reason);
            entry.insert(QStringLiteral("location"), signature.location);
            entry.insert(QStringLiteral("subFilter"), signature.subFilter);
            entry.insert(QStringLiteral("hashAlgorithm"), signature.hashAlgorithm);
            entry.insert(QStringLiteral("integrity"), code(signature.status));
            entry.insert(QStringLiteral("certificateStatus"), code(signature.certificateStatus));
            if (!signature.certificateProblem.isEmpty())
                entry.insert(QStringLiteral("certificateProblem"), signature.certificateProblem);
            entry.insert(QStringLiteral("certification"),
                         signature.certification ? QJsonValue(signature.docMdpPermissions)
                                                 : QJsonValue(QJsonValue::Null));
            entry.insert(QStringLiteral("coverage"),
                         QJsonObject{
                             {QStringLiteral("kind"), code(coverage.kind)},
                             {QStringLiteral("problem"), code(coverage.problem)},
                             {QStringLiteral("byteRange"), byteRange},
                             {QStringLiteral("signedBytes"), coverage.signedEnd},
                             {QStringLiteral("fileBytes"), coverage.fileSize},
                             {QStringLiteral("revision"), coverage.revision},
                             {QStringLiteral("revisions"), coverage.revisionCount},
                         });
            if (!signature.certificate.isNull())
                entry.insert(QStringLiteral("certificate"), certificateJson(signature.certificate));
            entry.insert(
                QStringLiteral("poppler"),
                QJsonObject{
                    {QStringLiteral("signature"), signature.popplerSignatureStatus},
                    {QStringLiteral("certificate"), signature.popplerCertificateStatus},
                    {QStringLiteral("signsTotalDocument"), signature.popplerSignsTotalDocument},
                });
        }
        signatures.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("file"), report.file},
        {QStringLiteral("sha256"), QString::fromLatin1(report.info.sha256.toHex())},
        {QStringLiteral("pages"), report.info.pageCount()},
        {QStringLiteral("verdict"), code(report.summary.verdict)},
        {QStringLiteral("allValid"), report.summary.isAllValid()},
        {QStringLiteral("signatures"), signatures},
    };
}

} // namespace saraban::pdf
