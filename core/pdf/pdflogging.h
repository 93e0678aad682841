#pragma once

// Logging categories of the PDF module (core/logging.h holds the others).
#include <QLoggingCategory>

namespace saraban::pdf {
Q_DECLARE_LOGGING_CATEGORY(lcPdf) // saraban.pdf: documents, verification
Q_DECLARE_LOGGING_CATEGORY(
    lcPdfWorker) // saraban.pdf.worker: the helper process, seen from the client
Q_DECLARE_LOGGING_CATEGORY(lcPdfEngine) // saraban.pdf.engine: inside the helper process
Q_DECLARE_LOGGING_CATEGORY(lcPoppler)   // saraban.pdf.poppler: Poppler's own messages, rate-limited
Q_DECLARE_LOGGING_CATEGORY(lcPdfTrust)  // saraban.pdf.trust: the NSS trust store
} // namespace saraban::pdf
