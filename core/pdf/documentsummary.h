#pragma once

// The banner above a signed document: one verdict for all its signatures together.
//
// "Changed after signing" means that no signature that is not invalid covers the whole file:
// bytes were appended after the last one (an incremental update that nobody signed). Saraban does
// not analyse what such an update changed; it says that the document changed and offers the signed
// revision. Earlier signatures covering earlier revisions are normal when several people sign one
// after another, as long as a later intact signature covers the end.
#include "core/pdf/signatureinfo.h"

#include <QList>

namespace saraban::pdf {

enum class DocumentVerdict {
    NoSignatures,        // no signature fields at all
    UnsignedFieldsOnly,  // signature fields, none signed
    AllValid,            // every signature intact and trusted, and the whole file is signed
    NotTrusted,          // intact and whole, but some signer's certificate is not trusted
    NotVerifiable,       // some signature Saraban cannot check
    ChangedAfterSigning, // the file was changed after the last intact signature
    Invalid              // some signature is broken or does not match the signed bytes
};

struct DocumentSummary
{
    DocumentVerdict verdict = DocumentVerdict::NoSignatures;
    int fields = 0;
    int signatures = 0; // signed fields, timestamps included
    int valid = 0;
    int notTrusted = 0;
    int invalid = 0;
    int notVerifiable = 0;
    int unsignedFields = 0;
    int revisionCount = 0;
    int lastSignedRevision = 0; // the newest revision an intact signature covers; 0 when none

    // What saraban-admin verify exits 0 for.
    bool isAllValid() const { return verdict == DocumentVerdict::AllValid; }
};

DocumentSummary summarize(const QList<SignatureInfo> &signatures);
QString code(DocumentVerdict verdict);

} // namespace saraban::pdf
