#pragma once

// Verifies the signatures of one file and waits for the answer: for the command line and for
// tests, which have no window to keep responsive. Runs a local event loop while the PDF worker
// does the work (PdfDocument), so the same time budgets and crash protection apply.
#include "core/pdf/pdfoptions.h"
#include "core/pdf/verificationreport.h"
#include "core/util/result.h"

#include <QJsonObject>

namespace saraban::pdf {

class SignatureVerifier
{
public:
    explicit SignatureVerifier(PdfOptions options = {});

    Result<VerificationReport> verify(const QString &path) const;

    // The machine-readable form of `saraban-admin verify --json`.
    static QJsonObject toJson(const VerificationReport &report);

private:
    PdfOptions m_options;
};

} // namespace saraban::pdf
