#include "core/pdf/signatureinfo.h"

namespace saraban::pdf {

QString code(SignatureKind kind)
{
    switch (kind) {
    case SignatureKind::Signature:
        return QStringLiteral("signature");
    case SignatureKind::DocumentTimestamp:
        return QStringLiteral("document-timestamp");
    case SignatureKind::EmptyField:
        return QStringLiteral("empty-field");
    }
    return {};
}

QString code(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::DigestMismatch:
        return QStringLiteral("digest-mismatch");
    case SignatureStatus::Invalid:
        return QStringLiteral("invalid");
    case SignatureStatus::Malformed:
        return QStringLiteral("malformed");
    case SignatureStatus::Unsupported:
        return QStringLiteral("unsupported");
    case SignatureStatus::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

QString code(CertificateStatus status)
{
    switch (status) {
    case CertificateStatus::Trusted:
        return QStringLiteral("trusted");
    case CertificateStatus::ExpiredValidWhenSigned:
        return QStringLiteral("expired-valid-when-signed");
    case CertificateStatus::Expired:
        return QStringLiteral("expired");
    case CertificateStatus::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case CertificateStatus::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case CertificateStatus::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case CertificateStatus::Revoked:
        return QStringLiteral("revoked");
    case CertificateStatus::Invalid:
        return QStringLiteral("invalid");
    case CertificateStatus::NotChecked:
        return QStringLiteral("not-checked");
    }
    return {};
}

} // namespace saraban::pdf
