// pdfviewer-screenshot OUT.png [lo|en] [changed]: the viewer on a Lao memo signed by two people
// with a test certificate authority made on the spot and trusted (or, with "changed", changed
// after signing), saved as a PNG once the first page and the signatures are shown. For the
// README and for looking at the viewer under Xvfb; not a test.
#include "core/i18n/translations.h"
#include "core/pdf/pdfdocument.h"
#include "core/pdf/truststore.h"
#include "tests/pdf/laodocuments.h"
#include "tests/pdf/pdffixtures.h"
#include "ui/appearance.h"
#include "ui/pdfpageview.h"
#include "ui/pdfviewer.h"
#include "ui/pdfviewerwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace saraban;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: pdfviewer-screenshot OUT.png [lo|en] [changed]\n");
        return 2;
    }
    qputenv("SARABAN_PDF_WORKER", SARABAN_PDF_WORKER_PATH);
    i18n::install(i18n::fromCode(arguments.value(2, QStringLiteral("lo"))).value_or(Language::Lao));
    ui::appearance::apply(ui::appearance::defaultLaoFamily(), 10);

    QTemporaryDir scratch;
    const test::TestPki pki = test::TestPki::create(scratch.filePath(QStringLiteral("pki")));
    pdf::PdfOptions options;
    options.trustDirectory = scratch.filePath(QStringLiteral("nss"));
    if (!pki.error.isEmpty() || !pdf::TrustStore(options.trustDirectory).add(pki.caCertificate)) {
        std::fprintf(stderr, "cannot make the test PKI: %s\n", qPrintable(pki.error));
        return 1;
    }
    test::TestPdf memo = test::TestPdf::fromBytes(test::LaoDocuments::memo());
    memo.sign(pki, pki.signerCertificate, pki.signerKey, QStringLiteral("HeadOfDivision"));
    memo.sign(pki, pki.signerCertificate, pki.signerKey, QStringLiteral("Director"));
    if (arguments.contains(QStringLiteral("changed")))
        memo.appendChange(QStringLiteral("Amount: 900 million kip"));

    ui::PdfViewerWindow window(options);
    window.setAttribute(Qt::WA_DeleteOnClose, false);
    window.resize(1366, 740);
    window.show();
    window.openData(memo.bytes(), QStringLiteral("ໜັງສືສະເໜີ 330-ກທສ.pdf"));
    pdf::PdfDocument *document = window.viewer()->document();
    bool signaturesShown = false;
    bool pageShown = false;
    const auto saveWhenReady = [&] {
        if (!signaturesShown || !pageShown)
            return;
        QTimer::singleShot(400, &window, [&] {
            const bool saved = window.grab().save(arguments.at(1));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(document, &pdf::PdfDocument::signaturesReady, &window, [&] {
        signaturesShown = true;
        saveWhenReady();
    });
    QObject::connect(window.viewer()->pageView(), &ui::PdfPageView::pageShown, &window,
                     [&](int page) {
                         if (page == 0 && !pageShown) {
                             pageShown = true;
                             saveWhenReady();
                         }
                     });
    QTimer::singleShot(30000, &app, [] { QApplication::exit(3); });
    return app.exec();
}
