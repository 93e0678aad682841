#pragma once

// The words people read about signatures: one translated text per verdict value, used alike by
// the signature panel, the banner and saraban-admin verify.
#include "core/pdf/documentsummary.h"
#include "core/pdf/signatureinfo.h"
#include "core/pdf/signatureverdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace saraban::pdf {

class SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(saraban::pdf::SignatureText)

public:
    static QString toText(SignatureKind kind);
    static QString toText(SignatureStatus status);
    static QString toText(CertificateStatus status);
    static QString toText(SignatureVerdict verdict);
    // The banner's headline.
    static QString toText(DocumentVerdict verdict);
    static QString coverage(const SignatureCoverage &coverage);
    // The banner's second line: counts, or where the signed revision ends.
    static QString summaryDetail(const DocumentSummary &summary);
    static QString docMdp(int permissions);
    // A date and time in the current language, with its offset from UTC.
    static QString dateTime(const QDateTime &dateTime);
};

} // namespace saraban::pdf
