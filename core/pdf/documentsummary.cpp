#include "core/pdf/documentsummary.h"

#include "core/pdf/signatureverdict.h"

#include <algorithm>

namespace saraban::pdf {

DocumentSummary summarize(const QList<SignatureInfo> &signatures)
{
    DocumentSummary summary;
    summary.fields = static_cast<int>(signatures.size());
    bool wholeFileSigned = false;
    for (const SignatureInfo &signature : signatures) {
        summary.revisionCount = std::max(summary.revisionCount, signature.coverage.revisionCount);
        const SignatureVerdict verdict = verdictOf(signature);
        switch (verdict) {
        case SignatureVerdict::Valid:
            ++summary.valid;
            break;
        case SignatureVerdict::NotTrusted:
            ++summary.notTrusted;
            break;
        case SignatureVerdict::Invalid:
            ++summary.invalid;
            break;
        case SignatureVerdict::NotVerifiable:
            ++summary.notVerifiable;
            break;
        case SignatureVerdict::Unsigned:
            ++summary.unsignedFields;
            break;
        }
        if (verdict == SignatureVerdict::Valid || verdict == SignatureVerdict::NotTrusted)
            summary.lastSignedRevision =
                std::max(summary.lastSignedRevision, signature.coverage.revision);
        // A signature Saraban cannot check still shows that nothing was appended after it; it
        // makes the document "not verifiable", not "changed".
        if ((verdict == SignatureVerdict::Valid || verdict == SignatureVerdict::NotTrusted ||
             verdict == SignatureVerdict::NotVerifiable) &&
            signature.coverage.coversWholeFile())
            wholeFileSigned = true;
    }
    summary.signatures = summary.fields - summary.unsignedFields;

    if (summary.fields == 0)
        summary.verdict = DocumentVerdict::NoSignatures;
    else if (summary.signatures == 0)
        summary.verdict = DocumentVerdict::UnsignedFieldsOnly;
    else if (summary.invalid > 0)
        summary.verdict = DocumentVerdict::Invalid;
    else if (!wholeFileSigned)
        summary.verdict = DocumentVerdict::ChangedAfterSigning;
    else if (summary.notVerifiable > 0)
        summary.verdict = DocumentVerdict::NotVerifiable;
    else if (summary.notTrusted > 0)
        summary.verdict = DocumentVerdict::NotTrusted;
    else
        summary.verdict = DocumentVerdict::AllValid;
    return summary;
}

QString code(DocumentVerdict verdict)
{
    switch (verdict) {
    case DocumentVerdict::NoSignatures:
        return QStringLiteral("no-signatures");
    case DocumentVerdict::UnsignedFieldsOnly:
        return QStringLiteral("unsigned-fields-only");
    case DocumentVerdict::AllValid:
        return QStringLiteral("all-valid");
    case DocumentVerdict::NotTrusted:
        return QStringLiteral("not-trusted");
    case DocumentVerdict::NotVerifiable:
        return QStringLiteral("not-verifiable");
    case DocumentVerdict::ChangedAfterSigning:
        return QStringLiteral("changed-after-signing");
    case DocumentVerdict::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

} // namespace saraban::pdf
