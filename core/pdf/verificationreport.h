#pragma once

// Everything saraban-admin verify says about one file.
#include "core/pdf/documentsummary.h"
#include "core/pdf/pdfdocumentinfo.h"
#include "core/pdf/signatureinfo.h"

#include <QList>
#include <QString>

namespace saraban::pdf {

struct VerificationReport
{
    QString file;
    PdfDocumentInfo info;
    QList<SignatureInfo> signatures;
    DocumentSummary summary;
};

} // namespace saraban::pdf
