// documents-screenshot OUTDIR [lo|en] [EXTRA.qm]: a Lao memo composed by the document worker,
// signed with a test certificate made on the spot, rendered as the viewer renders it
// (OUTDIR/letter.png); the signing dialog before signing (signing-dialog.png) and after a
// wrong password (signing-dialog-wrong-password.png). EXTRA.qm is a catalogue to load on top
// of the built-in one (strings not merged yet). For looking at under Xvfb; not a test.
#include "core/i18n/translations.h"
#include "core/pdf/documenttools.h"
#include "core/pdf/keystore.h"
#include "core/pdf/pdfdocument.h"
#include "tests/pdf/pdffixtures.h"
#include "ui/appearance.h"
#include "ui/signingdialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace saraban;
using namespace saraban::pdf;

namespace {

QImage render(const QByteArray &pdf, double dpi)
{
    PdfOptions options;
    options.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    PdfDocument document(options);
    QEventLoop loop;
    QImage image;
    QObject::connect(&document, &PdfDocument::opened, &document,
                     [&] { document.requestPage(0, dpi); });
    QObject::connect(&document, &PdfDocument::pageRendered, &loop,
                     [&](int, const RenderedPage &page) {
                         image = QImage(reinterpret_cast<const uchar *>(page.pixels.constData()),
                                        page.size.width(), page.size.height(), page.bytesPerLine,
                                        static_cast<QImage::Format>(page.format))
                                     .copy();
                         loop.quit();
                     });
    QObject::connect(&document, &PdfDocument::failed, &loop, &QEventLoop::quit);
    document.openData(pdf, QStringLiteral("letter.pdf"));
    loop.exec();
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: documents-screenshot OUTDIR [lo|en] [EXTRA.qm]\n");
        return 2;
    }
    const QString out = arguments.at(1);
    i18n::install(i18n::fromCode(arguments.value(2, QStringLiteral("lo"))).value_or(Language::Lao));
    QTranslator extra;
    if (arguments.size() > 3 && extra.load(arguments.at(3)))
        QCoreApplication::installTranslator(&extra);
    ui::appearance::apply(ui::appearance::defaultLaoFamily(), 10);

    QTemporaryDir scratch;
    const test::TestPki pki = test::TestPki::create(scratch.filePath(QStringLiteral("pki")));
    const QString p12 = scratch.filePath(QStringLiteral("signer.p12"));
    QProcess::execute(QStringLiteral("openssl"),
                      {QStringLiteral("pkcs12"), QStringLiteral("-export"),
                       QStringLiteral("-inkey"), pki.signerKey, QStringLiteral("-in"),
                       pki.signerCertificate, QStringLiteral("-name"),
                       QStringLiteral("Somphone Signer"), QStringLiteral("-passout"),
                       QStringLiteral("pass:secret"), QStringLiteral("-out"), p12});
    const KeyStore keys(scratch.filePath(QStringLiteral("keys")));
    if (!pki.error.isEmpty() ||
        !keys.importPkcs12(p12, QStringLiteral("secret"), QStringLiteral("secret"))) {
        std::fprintf(stderr, "cannot make the test signer: %s\n", qPrintable(pki.error));
        return 1;
    }
    DocumentToolsOptions options;
    options.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    options.keyDirectory = keys.directory();
    const DocumentTools tools(options);

    LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ເມືອງໂພນໂຮງ");
    LetterContent content;
    content.number = QStringLiteral("330/ປທສ.");
    content.date = QDate(2025, 2, 11);
    content.title = QStringLiteral("ໜັງສືສະເໜີ");
    content.concerning = QStringLiteral("ການຈັດຊື້ອຸປະກອນຫ້ອງການ ປີ 2025");
    content.recipient = QStringLiteral("ທ່ານ ເຈົ້າແຂວງ ແຂວງວຽງຈັນ");
    content.subject = QStringLiteral("ຂໍອະນຸມັດງົບປະມານ ຈຳນວນ 125 ລ້ານກີບ");
    content.references = {QStringLiteral("ດຳລັດ ສະບັບເລກທີ 09/ສພຊ, ລົງວັນທີ 21 ທັນວາ 2011;"),
                          QStringLiteral("ແຜນການປະຈຳປີ 2025 ຂອງພະແນກ.")};
    content.bodyParagraphs = {
        QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມ ແລະ ການສື່ສານ ຂໍສະເໜີມາຍັງທ່ານ ເພື່ອພິຈາລະນາອະນຸມັດ "
                       "ການຈັດຊື້ຄອມພິວເຕີ 12 ເຄື່ອງ ແລະ ເຄື່ອງພິມ 3 ເຄື່ອງ ໃຫ້ແກ່ຫ້ອງການ ຊຶ່ງໄດ້ນຳໃຊ້"
                       "ມາແລ້ວ ເປັນເວລາ ຫຼາຍກວ່າ ສິບປີ."),
        QStringLiteral("ຫວັງຢ່າງຍິ່ງວ່າ ຈະໄດ້ຮັບການພິຈາລະນາ ດ້ວຍດີ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ສົມພອນ ວົງໄຊ");
    Result<QByteArray> letter = tools.compose(letterTemplate, content);
    if (!letter) {
        std::fprintf(stderr, "%s\n", qPrintable(letter.error().toString()));
        return 1;
    }

    SigningRequest defaults;
    defaults.nickname = QStringLiteral("Somphone Signer");
    defaults.signerName = content.signatoryName;
    defaults.signerTitle = content.signatoryTitle;
    defaults.reason = QStringLiteral("ອະນຸມັດ");
    defaults.location = letterTemplate.place;
    Result<QList<SigningCertificate>> certificates =
        tools.signingCertificates(QStringLiteral("secret"));
    if (!certificates) {
        std::fprintf(stderr, "%s\n", qPrintable(certificates.error().toString()));
        return 1;
    }
    ui::SigningDialog dialog(*letter, content.documentTitle(), defaults, *certificates, options);
    dialog.show();
    QApplication::processEvents();
    bool ok = dialog.grab().save(out + QStringLiteral("/signing-dialog.png"));

    // A wrong password: the message under the fields, at once.
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
    QEventLoop wait;
    QObject::connect(&dialog, &ui::SigningDialog::signingFinished, &wait, &QEventLoop::quit);
    dialog.findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    wait.exec();
    QApplication::processEvents();
    ok = dialog.grab().save(out + QStringLiteral("/signing-dialog-wrong-password.png")) && ok;

    // The right one: signed, then rendered as the viewer shows it.
    dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
        ->setText(QStringLiteral("secret"));
    dialog.findChild<QPushButton *>(QStringLiteral("signButton"))->click();
    wait.exec();
    if (dialog.signedDocument().isEmpty()) {
        std::fprintf(stderr, "signing failed\n");
        return 1;
    }
    QFile signedFile(out + QStringLiteral("/letter-signed.pdf"));
    if (signedFile.open(QIODevice::WriteOnly))
        signedFile.write(dialog.signedDocument());
    const QImage page = render(dialog.signedDocument(), 110);
    ok = !page.isNull() && page.save(out + QStringLiteral("/letter.png")) && ok;
    return ok ? 0 : 1;
}
