#pragma once

// One word for one signature, as the panel's icon and the command line show it. Coverage of an
// earlier revision does not make a signature invalid (it is a true signature of what was signed);
// broken coverage does. Whether the document changed after signing is the document's verdict.
#include "core/pdf/signatureinfo.h"

namespace saraban::pdf {

enum class SignatureVerdict {
    Valid,         // intact, and the signer's certificate is trusted (or was, when signing)
    NotTrusted,    // intact, but the certificate does not lead to a trusted authority
    Invalid,       // the signed bytes changed, the signature is wrong, or its ranges are broken
    NotVerifiable, // Saraban cannot check this signature
    Unsigned       // an empty signature field
};

SignatureVerdict verdictOf(const SignatureInfo &signature);
QString code(SignatureVerdict verdict);

} // namespace saraban::pdf
