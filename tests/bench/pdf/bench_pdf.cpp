// bench_pdf [runs]: what an official waits for. For a Lao A4 memo and a 100-page Lao report:
// the time from "open this file" to its first page on screen (in the viewer widget when the UI
// is built, else through PdfDocument), beside pdftoppm rendering the same page at the same
// resolution in the same run; and the time to verify dss_25sigs.pdf (25 signatures). Medians
// and minimums of several runs, in milliseconds.
#include "core/pdf/pdfdocument.h"
#include "core/pdf/signatureverifier.h"
#include "tests/pdf/laodocuments.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#ifdef SARABAN_BENCH_WITH_VIEWER
#include "ui/appearance.h"
#include "ui/pdfpageview.h"
#include "ui/pdfviewer.h"

#include <QApplication>
using Application = QApplication;
#else
#include <QGuiApplication>
using Application = QGuiApplication;
#endif

#include <algorithm>
#include <cstdio>

using namespace saraban;

namespace {

struct Stats
{
    QList<double> samples;
    double median() const
    {
        QList<double> s = samples;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    double minimum() const
    {
        return samples.isEmpty() ? 0 : *std::min_element(samples.cbegin(), samples.cend());
    }
};

#ifndef SARABAN_BENCH_WITH_VIEWER
void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
}
#endif

// The first page through the viewer (or PdfDocument): open → first rendering shown.
// Returns the time in ms and the resolution the page was rendered at.
double firstPage(const QString &file, double *dpi)
{
    QElapsedTimer timer;
    timer.start();
#ifdef SARABAN_BENCH_WITH_VIEWER
    ui::PdfViewer viewer;
    viewer.resize(1366, 740);
    viewer.show();
    bool shown = false;
    QObject::connect(viewer.pageView(), &ui::PdfPageView::pageShown, &viewer,
                     [&](int page) { shown = shown || page == 0; });
    viewer.open(file);
    QEventLoop loop;
    QObject::connect(viewer.pageView(), &ui::PdfPageView::pageShown, &loop, [&](int page) {
        if (page == 0)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!shown)
        loop.exec();
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    *dpi = 96.0 * viewer.pageView()->zoom() * viewer.devicePixelRatioF();
    return elapsed;
#else
    pdf::PdfDocument document;
    bool done = false;
    *dpi = 118; // what the viewer asks for an A4 page at fit width on a 1366-pixel screen
    QObject::connect(&document, &pdf::PdfDocument::opened, &document,
                     [&] { document.requestPage(0, *dpi); });
    QObject::connect(&document, &pdf::PdfDocument::pageRendered, &document, [&] { done = true; });
    document.open(file);
    waitFor([&] { return done; }, 60000);
    return double(timer.nsecsElapsed()) / 1e6;
#endif
}

double pdftoppm(const QString &file, double dpi, const QString &output)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), QStringLiteral("-r"), QString::number(qRound(dpi)), file,
                   output});
    process.waitForFinished(60000);
    return double(timer.nsecsElapsed()) / 1e6;
}

double verify(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    const Result<pdf::VerificationReport> report = pdf::SignatureVerifier().verify(file);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    if (!report)
        std::fprintf(stderr, "verify failed: %s\n", qPrintable(report.error().toString()));
    return elapsed;
}

QString kib(const QString &file)
{
    return QStringLiteral("%1 KiB").arg(QFileInfo(file).size() / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    Application app(argc, argv);
    qputenv("SARABAN_PDF_WORKER", SARABAN_PDF_WORKER_PATH);
    const int runs = app.arguments().value(1, QStringLiteral("7")).toInt();
    QTemporaryDir scratch;
    qputenv("SARABAN_DATA_DIR", scratch.filePath(QStringLiteral("data")).toLocal8Bit());
#ifdef SARABAN_BENCH_WITH_VIEWER
    ui::appearance::apply(ui::appearance::defaultLaoFamily(), 10);
#endif

    const QString memo = scratch.filePath(QStringLiteral("memo.pdf"));
    const QString report = scratch.filePath(QStringLiteral("report-100.pdf"));
    for (const auto &[path, bytes] : {std::pair{memo, test::LaoDocuments::memo()},
                                      std::pair{report, test::LaoDocuments::report(100)}}) {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    }
    const QString signatures =
        QStringLiteral(SARABAN_PDF_TEST_DATA "/signed/05-multiple-signatures/dss_25sigs.pdf");

    std::printf("bench_pdf: %d runs each, milliseconds (median / min)%s\n", runs,
#ifdef SARABAN_BENCH_WITH_VIEWER
                ", first page in the PdfViewer widget (offscreen)"
#else
                ", first page through PdfDocument"
#endif
    );
    for (const QString &file : {memo, report}) {
        Stats saraban;
        Stats reference;
        double dpi = 0;
        firstPage(file, &dpi); // warm the disk cache and the fonts
        for (int run = 0; run < runs; ++run) {
            saraban.samples << firstPage(file, &dpi);
            reference.samples << pdftoppm(file, dpi, scratch.filePath(QStringLiteral("page")));
        }
        std::printf("  %-16s %-9s first visible page at %3.0f dpi: Saraban %7.1f / %7.1f   "
                    "pdftoppm (same page, same dpi) %7.1f / %7.1f\n",
                    qPrintable(QFileInfo(file).fileName()), qPrintable(kib(file)), dpi,
                    saraban.median(), saraban.minimum(), reference.median(), reference.minimum());
    }
    Stats verification;
    verify(signatures);
    for (int run = 0; run < runs; ++run)
        verification.samples << verify(signatures);
    std::printf("  %-16s %-9s verify 25 signatures (worker start included): %7.1f / %7.1f\n",
                "dss_25sigs.pdf", qPrintable(kib(signatures)), verification.median(),
                verification.minimum());
    return 0;
}
