#pragma once

// How PdfDocument runs the PDF worker: where it is, the trust store it verifies against, and the
// time and memory it may spend on one file before Saraban gives up on it.
#include <QString>

namespace saraban::pdf {

struct PdfOptions
{
    QString workerPath;            // empty: defaultWorkerPath()
    QString trustDirectory;        // empty: TrustStore::defaultDirectory()
    int openBudgetMs = 30000;      // parsing the file
    int pageBudgetMs = 20000;      // one page (rendering or text); the worker gives up first
    int signatureBudgetMs = 60000; // verifying every signature
    // Address space of the worker, 0 for none; $SARABAN_PDF_WORKER_MEMORY_MB overrides it.
    qint64 memoryLimitBytes = qint64(3) << 30;
    qint64 maxFileBytes = qint64(512) << 20; // it travels to the worker in one frame (< 1 GiB)
    int maxRestarts = 3; // after a crash while viewing, the worker is restarted this often

    // $SARABAN_PDF_WORKER, else saraban-pdf-worker next to the running program, else in
    // ../libexec/saraban, else on the PATH.
    static QString defaultWorkerPath();
};

} // namespace saraban::pdf
