// Hostile files: every file of tests/data/pdfs/malformed opens or fails with a clear message
// within its time budget, through the saraban-pdf-worker helper process; a crash of the worker
// costs one page, not the document; long work is cancelled, stopped at its budget, and its
// millions of library messages do not flood the log.
#include "core/pdf/pdfdocument.h"
#include "tests/pdf/pdffixtures.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <signal.h>

using namespace saraban;
using namespace saraban::pdf;

namespace {

std::atomic<int> workerLogLines{0};
QtMessageHandler previousHandler = nullptr;

void countWorkerLines(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "saraban.pdf.worker")
        ++workerLogLines;
    else
        previousHandler(type, context, message);
}

PdfOptions options()
{
    PdfOptions o;
    o.trustDirectory = QString(); // not used: no signatures here
    return o;
}

} // namespace

class TestPdfWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedFiles_data();
    void malformedFiles();
    void workerCrashCostsOnePage();
    void longRenderingIsCancelled();
    void renderingStopsAtItsBudget();
    void slowOpeningIsAbandonedAtTheBudget();
    void openingCanBeCancelled();
    void libraryMessagesDoNotFloodTheLog();
    void missingWorkerIsAClearError();
    void veryLargePagesAreRenderedSmaller();
};

void TestPdfWorker::initTestCase()
{
    qputenv("SARABAN_PDF_WORKER", SARABAN_PDF_WORKER_PATH);
}

void TestPdfWorker::malformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("outcome"); // "opens" or the error code
    const auto row = [](const char *file, const char *outcome) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(outcome);
    };
    row("pdfjs_GHOSTSCRIPT-698804-1-fuzzed.pdf", "opens");
    row("pdfjs_PDFBOX-3148-2-fuzzed.pdf", "opens");
    row("pdfjs_PDFBOX-4352-0.pdf", "opens");
    row("pdfjs_REDHAT-1531897-0.pdf", "pdf.open");
    row("pdfjs_poppler-395-0-fuzzed.pdf", "pdf.nopages");
    row("pdfjs_poppler-67295-0.pdf", "pdf.nopages");
    row("pdfjs_poppler-742-0-fuzzed.pdf", "opens");
    row("pdfjs_poppler-90-0-fuzzed.pdf", "opens");
    row("pdfjs_poppler-91414-0-53.pdf", "pdf.nopages");
    row("pdfjs_poppler-937-0-fuzzed.pdf", "opens");
    row("pdfjs_xref_command_missing.pdf", "opens");
    row("pyhanko_circular-page-tree.pdf", "opens");
    row("pyhanko_minimal-startxref-hopeless.pdf", "opens");
    row("pyhanko_page-tree-direct-kid.pdf", "opens");
    row("qpdf_ossfuzz_15983.pdf", "opens");
    row("qpdf_ossfuzz_16172.pdf", "pdf.open");
    row("qpdf_ossfuzz_69913.pdf", "pdf.nopages");
    row("qpdf_ossfuzz_70245-empty.pdf", "pdf.empty");
}

void TestPdfWorker::malformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, outcome);
    PdfOptions o = options();
    o.openBudgetMs = 10000;
    PdfDocument document(o);
    QSignalSpy opened(&document, &PdfDocument::opened);
    QSignalSpy failed(&document, &PdfDocument::failed);
    QElapsedTimer timer;
    timer.start();
    document.open(QStringLiteral(SARABAN_PDF_TEST_DATA "/malformed/") + file);
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() + failed.count() == 1, o.openBudgetMs + 5000);
    QVERIFY(timer.elapsed() < o.openBudgetMs + 1000);
    if (outcome != QLatin1String("opens")) {
        QCOMPARE(document.state(), PdfDocument::State::Failed);
        QCOMPARE(document.error().code, outcome);
        QVERIFY(document.error().message.startsWith(QLatin1String("The file could not be read: ")));
        return;
    }
    QCOMPARE(document.state(), PdfDocument::State::Ready);
    QVERIFY(document.info().pageCount() > 0);
    // The first page either renders or fails on its own; the document stays usable.
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    QSignalSpy pageFailed(&document, &PdfDocument::requestFailed);
    QSignalSpy text(&document, &PdfDocument::textReady);
    document.requestPage(0, 36);
    document.requestText(0);
    QTRY_VERIFY_WITH_TIMEOUT(rendered.count() + pageFailed.count() >= 1 &&
                                 text.count() + pageFailed.count() >= 2 - rendered.count(),
                             o.pageBudgetMs + 10000);
    QCOMPARE(document.state(), PdfDocument::State::Ready);
}

void TestPdfWorker::workerCrashCostsOnePage()
{
    PdfDocument document(options());
    QSignalSpy opened(&document, &PdfDocument::opened);
    document.openData(test::TestPdf::noisy(3'000'000).bytes(), QStringLiteral("noisy.pdf"));
    QVERIFY(opened.wait(10000));
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    QSignalSpy failed(&document, &PdfDocument::requestFailed);
    const int slow = document.requestPage(0, 72); // busy for seconds
    QTest::qWait(300);
    const qint64 first = document.workerProcessId();
    QVERIFY(first > 0);
    ::kill(static_cast<pid_t>(first), SIGSEGV); // what a Poppler crash looks like from outside
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failed.first().at(0).toInt(), slow);
    QCOMPARE(failed.first().at(2).value<Error>().code, QStringLiteral("pdf.crashed"));
    // A new worker took over the same document.
    document.requestPage(1, 72);
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, 10000);
    QCOMPARE(rendered.first().at(1).value<RenderedPage>().page, 1);
    QVERIFY(document.workerProcessId() != first);
    QCOMPARE(document.state(), PdfDocument::State::Ready);
}

void TestPdfWorker::longRenderingIsCancelled()
{
    PdfDocument document(options());
    QSignalSpy opened(&document, &PdfDocument::opened);
    document.openData(test::TestPdf::noisy(3'000'000).bytes(), QStringLiteral("noisy.pdf"));
    QVERIFY(opened.wait(10000));
    const qint64 worker = document.workerProcessId();
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    const int slow = document.requestPage(0, 72);
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    document.cancelRequest(slow);
    document.requestPage(1, 72);
    // The worker abandoned the busy page (it would take about 3 s) and drew the next one.
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, 5000);
    QCOMPARE(rendered.first().at(1).value<RenderedPage>().page, 1);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(document.workerProcessId(), worker); // cancelled, not killed
}

void TestPdfWorker::renderingStopsAtItsBudget()
{
    PdfOptions o = options();
    o.pageBudgetMs = 300;
    PdfDocument document(o);
    QSignalSpy opened(&document, &PdfDocument::opened);
    document.openData(test::TestPdf::noisy(3'000'000).bytes(), QStringLiteral("noisy.pdf"));
    QVERIFY(opened.wait(10000));
    QSignalSpy failed(&document, &PdfDocument::requestFailed);
    QElapsedTimer timer;
    timer.start();
    document.requestPage(0, 72);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(failed.first().at(2).value<Error>().code, QStringLiteral("pdf.render.timeout"));
    QCOMPARE(document.state(), PdfDocument::State::Ready);
}

void TestPdfWorker::slowOpeningIsAbandonedAtTheBudget()
{
    PdfOptions o = options();
    o.openBudgetMs = 300;
    PdfDocument document(o);
    QSignalSpy failed(&document, &PdfDocument::failed);
    QSignalSpy progress(&document, &PdfDocument::progress);
    const QByteArray slow = test::TestPdf::manyPages(200'000);
    QElapsedTimer timer;
    timer.start();
    document.openData(slow, QStringLiteral("many.pdf"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY(timer.elapsed() < 1500);
    QCOMPARE(document.error().code, QStringLiteral("pdf.timeout"));
    QVERIFY(progress.count() >= 1); // the viewer could show the time going by
    QCOMPARE(document.workerProcessId(), 0);
}

void TestPdfWorker::openingCanBeCancelled()
{
    PdfDocument document(options());
    QSignalSpy failed(&document, &PdfDocument::failed);
    document.openData(test::TestPdf::manyPages(200'000), QStringLiteral("many.pdf"));
    QTest::qWait(100);
    QCOMPARE(document.state(), PdfDocument::State::Loading);
    document.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(document.error().code, QStringLiteral("pdf.cancelled"));
    QCOMPARE(document.workerProcessId(), 0);
}

void TestPdfWorker::libraryMessagesDoNotFloodTheLog()
{
    QLoggingCategory::setFilterRules(QStringLiteral("saraban.pdf.worker.debug=true"));
    workerLogLines = 0;
    previousHandler = qInstallMessageHandler(countWorkerLines);
    {
        PdfDocument document(options());
        QSignalSpy opened(&document, &PdfDocument::opened);
        document.openData(test::TestPdf::noisy(1'000'000).bytes(), QStringLiteral("noisy.pdf"));
        QVERIFY(opened.wait(10000));
        QSignalSpy rendered(&document, &PdfDocument::pageRendered);
        document.requestPage(0, 72); // a million "unknown operator" errors
        QVERIFY(rendered.wait(20000));
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(workerLogLines > 0);
    QVERIFY2(workerLogLines < 100, qPrintable(QString::number(workerLogLines)));
}

void TestPdfWorker::missingWorkerIsAClearError()
{
    PdfOptions o = options();
    o.workerPath = QStringLiteral("/nonexistent/saraban-pdf-worker");
    PdfDocument document(o);
    QSignalSpy failed(&document, &PdfDocument::failed);
    document.openData(test::TestPdf::simple({QStringLiteral("x")}).bytes(), QStringLiteral("x"));
    QVERIFY(failed.count() == 1 || failed.wait(5000));
    QCOMPARE(document.error().code, QStringLiteral("pdf.worker"));
}

void TestPdfWorker::veryLargePagesAreRenderedSmaller()
{
    PdfDocument document(options());
    QSignalSpy opened(&document, &PdfDocument::opened);
    document.openData(test::TestPdf::simple({QStringLiteral("A4")}).bytes(), QStringLiteral("a4"));
    QVERIFY(opened.wait(10000));
    QSignalSpy rendered(&document, &PdfDocument::pageRendered);
    document.requestPage(0, 4800); // 40,000 x 56,000 pixels asked for
    QVERIFY(rendered.wait(20000));
    const RenderedPage page = rendered.first().at(1).value<RenderedPage>();
    QVERIFY(qint64(page.size.width()) * page.size.height() <= 40'000'000);
    QVERIFY(page.dpi < 4800);
}

QTEST_GUILESS_MAIN(TestPdfWorker)
#include "tst_pdfworker.moc"
