// The viewer and the signature panel, offscreen: pages appear, zoom and rotation change their
// size, go to page, thumbnails, find (Lao, normalised), select and copy, print, the banner and
// the signature list on signed files, "view signed version", and a file that is damaged or
// slow to open.
#include "core/pdf/pdfdocument.h"
#include "core/pdf/signaturemodel.h"
#include "core/pdf/truststore.h"
#include "tests/pdf/laodocuments.h"
#include "tests/pdf/pdffixtures.h"
#include "ui/pdfpageview.h"
#include "ui/pdfthumbnailbar.h"
#include "ui/pdfviewer.h"
#include "ui/pdfviewerwindow.h"
#include "ui/signaturepanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace saraban;
using saraban::ui::PdfPageView;
using saraban::ui::PdfViewer;
using saraban::ui::PdfViewerWindow;

class TestPdfViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheFirstPage();
    void zoomModes();
    void rotation();
    void goToPageAndThumbnails();
    void findText();
    void findLao();
    void selectAndCopy();
    void printsEveryPage();
    void unsignedDocumentHasNoPanel();
    void signedAndTrusted();
    void changedAfterSigningShowsTheSignedVersion();
    void damagedFileSaysSo();
    void slowFileCanBeCancelled();

private:
    std::unique_ptr<PdfViewer> openViewer(const QByteArray &bytes, const QString &name,
                                          const pdf::PdfOptions &options = {});

    QTemporaryDir m_scratch;
    QString m_trust;
    test::TestPki m_pki;
    pdf::PdfOptions m_options;
};

void TestPdfViewer::initTestCase()
{
    qputenv("SARABAN_PDF_WORKER", SARABAN_PDF_WORKER_PATH);
    QVERIFY(m_scratch.isValid());
    m_pki = test::TestPki::create(m_scratch.filePath(QStringLiteral("pki")));
    QVERIFY2(m_pki.error.isEmpty(), qPrintable(m_pki.error));
    m_trust = m_scratch.filePath(QStringLiteral("nss"));
    QVERIFY(pdf::TrustStore(m_trust).add(m_pki.caCertificate).ok());
    m_options.trustDirectory = m_trust;
}

std::unique_ptr<PdfViewer> TestPdfViewer::openViewer(const QByteArray &bytes, const QString &name,
                                                     const pdf::PdfOptions &options)
{
    pdf::PdfOptions o = options;
    if (o.trustDirectory.isEmpty())
        o.trustDirectory = m_trust;
    auto viewer = std::make_unique<PdfViewer>(o);
    viewer->resize(1200, 800);
    viewer->show();
    viewer->openData(bytes, name);
    return viewer;
}

void TestPdfViewer::showsTheFirstPage()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("First")}, 5).bytes(),
                                   QStringLiteral("five.pdf"));
    QSignalSpy shown(viewer->pageView(), &PdfPageView::pageShown);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->pageView()->isPageShown(0), 10000);
    QCOMPARE(viewer->findChild<QLabel *>(QStringLiteral("pageCountLabel"))->text(),
             QStringLiteral("of 5"));
    QCOMPARE(viewer->findChild<QStackedWidget *>()->currentWidget()->objectName(), QString());
    QCOMPARE(viewer->pageView()->currentPage(), 0);
    QVERIFY(viewer->pageView()->cachedImageCount() >= 1);
    QVERIFY(viewer->pageView()->cacheBytes() > 0);
    QCOMPARE(viewer->title(), QStringLiteral("five.pdf"));
}

void TestPdfViewer::zoomModes()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("Zoom")}, 3).bytes(),
                                   QStringLiteral("zoom.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    // Fit width (the default): the page is as wide as the view, less the margins.
    QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::FitWidth);
    QVERIFY(qAbs(view->pageRectOnScreen(0).width() - (view->viewport()->width() - 24)) <= 2);

    auto *combo = viewer->findChild<QComboBox *>(QStringLiteral("zoomCombo"));
    combo->setCurrentIndex(1);
    emit combo->activated(1); // fit page
    QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::FitPage);
    QVERIFY(view->pageRectOnScreen(0).height() <= view->viewport()->height() - 24 + 2);

    combo->setCurrentIndex(combo->findData(200));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(view->zoomMode(), PdfPageView::ZoomMode::Fixed);
    QCOMPARE(view->zoom(), 2.0);
    // A4 at 200 %: 595 pt is 1587 pixels at 96 dpi.
    QVERIFY(qAbs(view->pageRectOnScreen(0).width() - 1587) <= 2);
    QCOMPARE(combo->currentText(), QStringLiteral("200%"));
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(view->currentPage()), 10000);

    viewer->findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
    QCOMPARE(view->zoom(), 1.6);
}

void TestPdfViewer::rotation()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("Turn")}).bytes(),
                                   QStringLiteral("turn.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    QVERIFY(view->pageRectOnScreen(0).height() > view->pageRectOnScreen(0).width());
    viewer->findChild<QAction *>(QStringLiteral("rotateRightAction"))->trigger();
    QCOMPARE(view->rotation(), 1);
    QVERIFY(view->pageRectOnScreen(0).width() > view->pageRectOnScreen(0).height());
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    viewer->findChild<QAction *>(QStringLiteral("rotateLeftAction"))->trigger();
    viewer->findChild<QAction *>(QStringLiteral("rotateLeftAction"))->trigger();
    QCOMPARE(view->rotation(), 3);
}

void TestPdfViewer::goToPageAndThumbnails()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("Pages")}, 8).bytes(),
                                   QStringLiteral("eight.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    auto *spin = viewer->findChild<QSpinBox *>(QStringLiteral("pageSpin"));
    QCOMPARE(spin->maximum(), 8);
    spin->setValue(6);
    QCOMPARE(view->currentPage(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(5), 10000);
    QCOMPARE(viewer->thumbnails()->currentRow(), 5);
    QTRY_VERIFY_WITH_TIMEOUT(viewer->thumbnails()->renderedCount() >= 3, 10000);
    viewer->thumbnails()->setCurrentRow(1); // a click on the second thumbnail
    QCOMPARE(view->currentPage(), 1);
    QCOMPARE(spin->value(), 2);
}

void TestPdfViewer::findText()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("First page")}, 6).bytes(),
                                   QStringLiteral("find.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    QSignalSpy finished(view, &PdfPageView::findFinished);
    auto *edit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    edit->setText(QStringLiteral("page 4"));
    viewer->findNext();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(view->currentMatch().page, 3);
    QCOMPARE(view->currentPage(), 3);

    edit->setText(QStringLiteral("nowhere to be found"));
    viewer->findNext();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(finished.last().first().toBool(), false);
    QCOMPARE(viewer->findChild<QLabel *>(QStringLiteral("findStatus"))->text(),
             QStringLiteral("Not found"));
}

void TestPdfViewer::findLao()
{
    // Written with precomposed ໜ, Lao digits ໑໒໕ and the new ຫຼ; searched the other ways.
    const auto viewer = openViewer(test::LaoDocuments::memo(), QStringLiteral("memo.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    QSignalSpy finished(view, &PdfPageView::findFinished);
    int expected = 0;
    for (const QString &query : {QStringLiteral("ຫນັງສືສະເຫນີ"), QStringLiteral("125 ລ້ານກີບ"),
                                 QStringLiteral("ນະຄອນຫລວງວຽງຈັນ"), QStringLiteral("໓໓໐/ກທສ")}) {
        view->find(query);
        ++expected;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), expected, 10000);
        QVERIFY2(finished.last().first().toBool(), qPrintable(query));
        QCOMPARE(view->currentMatch().page, 0);
    }
}

void TestPdfViewer::selectAndCopy()
{
    const auto viewer = openViewer(test::LaoDocuments::memo(), QStringLiteral("memo.pdf"));
    PdfPageView *view = viewer->pageView();
    QTRY_VERIFY_WITH_TIMEOUT(view->isPageShown(0), 10000);
    // The top of the page: the two state lines.
    view->selectArea(0, QRectF(0, 0, 1, 0.16));
    QTRY_VERIFY_WITH_TIMEOUT(view->selectedText().contains(QStringLiteral("ສາທາລະນະລັດ")), 10000);
    QVERIFY2(view->selectedText().contains(QStringLiteral("ວັດທະນະຖາວອນ")),
             qPrintable(view->selectedText()));
    QVERIFY(!view->selectedText().contains(QStringLiteral("ໜັງສືສະເໜີ")));
    view->copySelection();
    QCOMPARE(QApplication::clipboard()->text(), view->selectedText());

    // A drag with the mouse selects too.
    const QRect page = view->pageRectOnScreen(0);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, page.topLeft() + QPoint(2, 2));
    QTest::mouseMove(view->viewport(),
                     page.topLeft() + QPoint(page.width() - 2, page.height() / 8));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {},
                        page.topLeft() + QPoint(page.width() - 2, page.height() / 8));
    QTRY_VERIFY_WITH_TIMEOUT(view->selectedText().contains(QStringLiteral("ສາທາລະນະລັດ")), 10000);
    QVERIFY(viewer->findChild<QAction *>(QStringLiteral("copyAction"))->isEnabled());
}

void TestPdfViewer::printsEveryPage()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("Print")}, 3).bytes(),
                                   QStringLiteral("print.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(viewer->pageView()->isPageShown(0), 10000);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString output = m_scratch.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(output);
    printer.setResolution(150);
    QVERIFY(viewer->printTo(&printer, 1, 3, false));
    // What was printed opens as a PDF of three pages.
    pdf::PdfDocument printed(m_options);
    QSignalSpy opened(&printed, &pdf::PdfDocument::opened);
    printed.open(output);
    QVERIFY(opened.wait(10000));
    QCOMPARE(printed.info().pageCount(), 3);
}

void TestPdfViewer::unsignedDocumentHasNoPanel()
{
    const auto viewer = openViewer(test::TestPdf::simple({QStringLiteral("Plain")}).bytes(),
                                   QStringLiteral("plain.pdf"));
    QTRY_VERIFY_WITH_TIMEOUT(viewer->pageView()->isPageShown(0), 10000);
    QVERIFY(!viewer->signaturePanel()->isVisible());
    QVERIFY(!viewer->findChild<QAction *>(QStringLiteral("signaturesAction"))->isChecked());
}

void TestPdfViewer::signedAndTrusted()
{
    test::TestPdf memo = test::TestPdf::fromBytes(test::LaoDocuments::memo());
    QCOMPARE(memo.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey,
                       QStringLiteral("HeadOfDivision")),
             QString());
    const auto viewer = openViewer(memo.bytes(), QStringLiteral("memo-signed.pdf"));
    ui::SignaturePanel *panel = viewer->signaturePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() == 1, 10000);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->bannerText().contains(QStringLiteral("All signatures are valid")));
    auto *banner = panel->findChild<QLabel *>(QStringLiteral("signatureBanner"));
    QVERIFY(banner->styleSheet().contains(QStringLiteral("#dff3e0"))); // green
    auto *list = panel->findChild<QTreeView *>(QStringLiteral("signatureList"));
    QCOMPARE(list->model()->data(list->model()->index(0, 0)).toString(),
             QStringLiteral("ສົມພອນ ທົດສອບ"));
    QVERIFY(!list->model()->data(list->model()->index(0, 0), Qt::DecorationRole).isNull());
    const QString details =
        panel->findChild<QTextBrowser *>(QStringLiteral("signatureDetails"))->toPlainText();
    QVERIFY(details.contains(QStringLiteral("Saraban Test Government CA")));
    QVERIFY(details.contains(QStringLiteral("Covers the whole document.")));
    QVERIFY(details.contains(QStringLiteral("SHA-256 fingerprint:")));
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("viewSignedRevision"))->isEnabled());
    // The signature is invisible: nothing to show on the page.
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("showSignatureOnPage"))->isEnabled());
}

void TestPdfViewer::changedAfterSigningShowsTheSignedVersion()
{
    test::TestPdf memo = test::TestPdf::fromBytes(test::LaoDocuments::memo());
    QCOMPARE(memo.sign(m_pki, m_pki.signerCertificate, m_pki.signerKey, QStringLiteral("Head")),
             QString());
    const qsizetype signedSize = memo.bytes().size();
    memo.appendChange(QStringLiteral("Amount: 900 million kip"));

    PdfViewerWindow window(m_options);
    window.show();
    QSignalSpy opened(&window, &PdfViewerWindow::windowOpened);
    window.openData(memo.bytes(), QStringLiteral("memo-changed.pdf"));
    ui::SignaturePanel *panel = window.viewer()->signaturePanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() == 1, 10000);
    QVERIFY(panel->bannerText().contains(QStringLiteral("changed after it was signed")));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("signatureBanner"))
                ->styleSheet()
                .contains(QStringLiteral("#fbdcdc"))); // red
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("signatureDetails"))
                ->toPlainText()
                .contains(QStringLiteral("Covers revision 2 of 3")));

    panel->findChild<QPushButton *>(QStringLiteral("viewSignedRevision"))->click();
    QCOMPARE(opened.count(), 1);
    std::unique_ptr<PdfViewerWindow> signedWindow(
        opened.first().first().value<PdfViewerWindow *>());
    signedWindow->setAttribute(Qt::WA_DeleteOnClose, false);
    PdfViewer *signedViewer = signedWindow->viewer();
    QTRY_VERIFY_WITH_TIMEOUT(signedViewer->signaturePanel()->model()->rowCount() == 1, 10000);
    QCOMPARE(signedViewer->document()->data().size(), signedSize);
    QVERIFY(signedViewer->signaturePanel()->bannerText().contains(
        QStringLiteral("All signatures are valid")));
    QVERIFY(signedWindow->windowTitle().contains(QStringLiteral("signed version")));
    auto *notice = signedViewer->findChild<QLabel *>(QStringLiteral("viewerNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QStringLiteral("ສົມພອນ ທົດສອບ")));
}

void TestPdfViewer::damagedFileSaysSo()
{
    const auto viewer =
        openViewer(QByteArray("%PDF-1.4\nthis is not a PDF at all"), QStringLiteral("broken.pdf"));
    auto *error = viewer->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY(error->text().startsWith(QStringLiteral("The file could not be read: ")));
    QVERIFY(!viewer->findChild<QAction *>(QStringLiteral("printAction"))->isEnabled());
}

void TestPdfViewer::slowFileCanBeCancelled()
{
    const auto viewer = openViewer(test::TestPdf::manyPages(200'000), QStringLiteral("slow.pdf"));
    auto *cancel = viewer->findChild<QPushButton *>(QStringLiteral("loadingCancel"));
    QVERIFY(cancel->isVisible());
    QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("loadingLabel"))
                ->text()
                .contains(QStringLiteral("slow.pdf")));
    // The window keeps answering while the worker parses.
    QTest::qWait(200);
    QVERIFY(cancel->isVisible());
    cancel->click();
    auto *error = viewer->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 2000);
    QVERIFY(error->text().contains(QStringLiteral("cancelled")));
    QCOMPARE(viewer->document()->workerProcessId(), 0);
}

QTEST_MAIN(TestPdfViewer)
#include "tst_pdfviewer.moc"
