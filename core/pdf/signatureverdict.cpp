#include "core/pdf/signatureverdict.h"

namespace saraban::pdf {

SignatureVerdict verdictOf(const SignatureInfo &signature)
{
    if (!signature.isSigned())
        return SignatureVerdict::Unsigned;
    if (signature.coverage.isBroken())
        return SignatureVerdict::Invalid;
    switch (signature.status) {
    case SignatureStatus::Valid:
        break;
    case SignatureStatus::DigestMismatch:
    case SignatureStatus::Invalid:
    case SignatureStatus::Malformed:
        return SignatureVerdict::Invalid;
    case SignatureStatus::Unsupported:
    case SignatureStatus::NotChecked:
        return SignatureVerdict::NotVerifiable;
    }
    if (signature.coverage.kind == CoverageKind::None)
        return SignatureVerdict::Invalid;
    if (signature.certificateStatus == CertificateStatus::Revoked)
        return SignatureVerdict::Invalid;
    return signature.isCertificateTrusted() ? SignatureVerdict::Valid
                                            : SignatureVerdict::NotTrusted;
}

QString code(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::Valid:
        return QStringLiteral("valid");
    case SignatureVerdict::NotTrusted:
        return QStringLiteral("not-trusted");
    case SignatureVerdict::Invalid:
        return QStringLiteral("invalid");
    case SignatureVerdict::NotVerifiable:
        return QStringLiteral("not-verifiable");
    case SignatureVerdict::Unsigned:
        return QStringLiteral("unsigned");
    }
    return {};
}

} // namespace saraban::pdf
