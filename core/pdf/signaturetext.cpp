#include "core/pdf/signaturetext.h"

#include <QLocale>

namespace saraban::pdf {

QString SignatureText::toText(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Signature:
        return tr("Signature");
    case SignatureKind::DocumentTimestamp:
        return tr("Document timestamp");
    case SignatureKind::EmptyField:
        return tr("Empty signature field");
    }
    return {};
}

QString SignatureText::toText(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return tr("The signature matches the signed content.");
    case SignatureStatus::DigestMismatch:
        return tr("The signed content was changed after signing.");
    case SignatureStatus::Invalid:
        return tr("The signature does not match the signed content.");
    case SignatureStatus::Malformed:
        return tr("The signature data is damaged and cannot be read.");
    case SignatureStatus::Unsupported:
        return tr("Saraban cannot check this kind of signature.");
    case SignatureStatus::NotChecked:
        return tr("Not checked.");
    }
    return {};
}

QString SignatureText::toText(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Trusted:
        return tr("The certificate was issued by a trusted authority.");
    case CertificateStatus::ExpiredValidWhenSigned:
        return tr("The certificate has expired, but it was valid and trusted at the signing time "
                  "the signature states.");
    case CertificateStatus::Expired:
        return tr("The certificate has expired, and it was not valid at the signing time the "
                  "signature states.");
    case CertificateStatus::NotYetValid:
        return tr("The certificate is not valid yet.");
    case CertificateStatus::UntrustedIssuer:
        return tr("The certificate's issuer is marked as not trusted.");
    case CertificateStatus::UnknownIssuer:
        return tr("The certificate was not issued by an authority Saraban trusts.");
    case CertificateStatus::Revoked:
        return tr("The certificate has been revoked.");
    case CertificateStatus::Invalid:
        return tr("The certificate or its chain is not valid.");
    case CertificateStatus::NotChecked:
        return tr("The certificate was not checked.");
    }
    return {};
}

QString SignatureText::toText(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::Valid:
        return tr("Valid");
    case SignatureVerdict::NotTrusted:
        return tr("Signer not trusted");
    case SignatureVerdict::Invalid:
        return tr("Invalid");
    case SignatureVerdict::NotVerifiable:
        return tr("Cannot be verified");
    case SignatureVerdict::Unsigned:
        return tr("Not signed");
    }
    return {};
}

QString SignatureText::toText(DocumentVerdict verdict)
{
    switch (verdict) {
    case DocumentVerdict::NoSignatures:
        return tr("This document is not signed.");
    case DocumentVerdict::UnsignedFieldsOnly:
        return tr("This document has signature fields, but nobody has signed it yet.");
    case DocumentVerdict::AllValid:
        return tr("All signatures are valid, and the document has not changed since it was "
                  "signed.");
    case DocumentVerdict::NotTrusted:
        return tr("The document has not changed since it was signed, but not every signer is "
                  "trusted.");
    case DocumentVerdict::NotVerifiable:
        return tr("Some signatures cannot be verified.");
    case DocumentVerdict::ChangedAfterSigning:
        return tr("The document was changed after it was signed.");
    case DocumentVerdict::Invalid:
        return tr("At least one signature is invalid.");
    }
    return {};
}

QString SignatureText::coverage(const SignatureCoverage &coverage)
{
    switch (coverage.kind) {
    case CoverageKind::WholeFile:
        return tr("Covers the whole document.");
    case CoverageKind::EarlierRevision:
        return tr("Covers revision %1 of %2: the document was changed after this signature.")
            .arg(coverage.revision)
            .arg(coverage.revisionCount);
    case CoverageKind::Anomalous:
        switch (coverage.problem) {
        case CoverageProblem::GapNotContents:
        case CoverageProblem::ContentsMismatch:
            return tr("The signed byte ranges leave out more than the signature itself.");
        case CoverageProblem::EndsInsideRevision:
            return tr("Covers only the first %1 of %2 bytes; the rest of the file is not signed.")
                .arg(coverage.signedEnd)
                .arg(coverage.fileSize);
        default:
            return tr("The signed byte ranges are irregular, so it is not clear what was signed.");
        }
    case CoverageKind::OutsideFile:
        return tr("The signed byte ranges point outside the file.");
    case CoverageKind::None:
        return tr("Nothing is signed.");
    }
    return {};
}

QString SignatureText::summaryDetail(const DocumentSummary &summary)
{
    switch (summary.verdict) {
    case DocumentVerdict::NoSignatures:
    case DocumentVerdict::UnsignedFieldsOnly:
        return {};
    case DocumentVerdict::ChangedAfterSigning:
        if (summary.lastSignedRevision > 0)
            return tr("The signatures cover revision %1 of %2. Open the signed version to see "
                      "exactly what was signed.")
                .arg(summary.lastSignedRevision)
                .arg(summary.revisionCount);
        return tr("No intact signature covers the document.");
    default:
        break;
    }
    return tr("Valid: %1, signer not trusted: %2, invalid: %3, cannot be verified: %4.")
        .arg(summary.valid)
        .arg(summary.notTrusted)
        .arg(summary.invalid)
        .arg(summary.notVerifiable);
}

QString SignatureText::docMdp(int permissions)
{
    switch (permissions) {
    case 1:
        return tr("Certified: no changes are allowed.");
    case 2:
        return tr("Certified: filling in forms and signing are allowed.");
    case 3:
        return tr("Certified: filling in forms, signing and comments are allowed.");
    default:
        return {};
    }
}

QString SignatureText::dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return tr("unknown");
    const QDateTime local = dateTime.toLocalTime();
    const int offset = local.offsetFromUtc();
    const QString zone = QStringLiteral("UTC%1%2:%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                             .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QLocale().toString(local, QStringLiteral("d MMMM yyyy, HH:mm:ss")) + QLatin1Char(' ') +
           zone;
}

} // namespace saraban::pdf
