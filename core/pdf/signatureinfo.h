#pragma once

// One signature field of a PDF and everything Saraban found out about it: who signed, when,
// whether the signed bytes are intact, whether the signer's certificate is trusted, and which
// bytes of the file the signature covers. The worker fills the first parts from Poppler and
// NSS; the client adds the coverage from the file's bytes (CoverageAnalyzer).
#include "core/pdf/certificateinfo.h"
#include "core/pdf/signaturecoverage.h"

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>

namespace saraban::pdf {

enum class SignatureKind {
    Signature,         // a person's or an organisation's signature (CMS/PKCS#7)
    DocumentTimestamp, // an RFC 3161 time-stamp over the document (ETSI.RFC3161)
    EmptyField         // a signature field nobody has signed yet
};

// Whether the signed bytes are intact (the cryptography), independent of who signed.
enum class SignatureStatus {
    Valid,          // the signature matches the signed bytes
    DigestMismatch, // the signed bytes were changed after signing
    Invalid,        // the signature value does not verify
    Malformed,      // the signature data cannot be decoded
    Unsupported,    // a kind or algorithm Saraban cannot check
    NotChecked      // nothing to check (an empty field)
};

// Whether the signer's certificate leads to a certificate authority the administrator trusts.
enum class CertificateStatus {
    Trusted,
    ExpiredValidWhenSigned, // expired now, but trusted at the signing time the signature states
    Expired,                // expired, also at the stated signing time (or no time is stated)
    NotYetValid,
    UntrustedIssuer, // the chain ends in a certificate marked as not trusted
    UnknownIssuer,   // the chain does not end in a trusted certificate authority
    Revoked,         // revoked, as far as the revocation lists in the trust store say
    Invalid,         // another problem with the certificate or its chain
    NotChecked       // there is no certificate to check
};

struct SignatureInfo
{
    QString fieldName;
    int page = -1; // 0-based page of the visible signature, -1 when it has none
    QRectF rect;   // on that page, in fractions of the page's width and height

    SignatureKind kind = SignatureKind::EmptyField;
    QString subFilter;          // "adbe.pkcs7.detached", "ETSI.CAdES.detached", "ETSI.RFC3161"...
    bool certification = false; // a certifying (DocMDP) signature
    int docMdpPermissions = 0;  // 1 no changes, 2 form filling and signing, 3 also annotations

    QString signerName;
    QString signerDistinguishedName;
    QDateTime signingTime; // as the signature states it: not proven unless time-stamped
    QString reason;
    QString location;
    QString hashAlgorithm; // "SHA-256"

    SignatureStatus status = SignatureStatus::NotChecked;
    CertificateStatus certificateStatus = CertificateStatus::NotChecked;
    QString certificateProblem; // technical detail, such as the NSS error, for the details box
    CertificateInfo certificate;

    QByteArray contents; // the signature's /Contents as the PDF library decoded it
    SignatureCoverage coverage;

    // What Poppler itself reported, kept for diagnostics and for the tests that pin its bugs.
    QString popplerSignatureStatus;
    QString popplerCertificateStatus;
    bool popplerSignsTotalDocument = false;

    bool isSigned() const { return kind != SignatureKind::EmptyField; }
    bool isCertificateTrusted() const
    {
        return certificateStatus == CertificateStatus::Trusted ||
               certificateStatus == CertificateStatus::ExpiredValidWhenSigned;
    }
};

// Stable machine-readable names ("valid", "digest-mismatch"...) for --json and logs.
QString code(SignatureKind kind);
QString code(SignatureStatus status);
QString code(CertificateStatus status);

} // namespace saraban::pdf
