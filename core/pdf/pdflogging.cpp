#include "core/pdf/pdflogging.h"

namespace saraban::pdf {
Q_LOGGING_CATEGORY(lcPdf, "saraban.pdf", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPdfWorker, "saraban.pdf.worker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPdfEngine, "saraban.pdf.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPoppler, "saraban.pdf.poppler", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPdfTrust, "saraban.pdf.trust", QtInfoMsg)
} // namespace saraban::pdf
