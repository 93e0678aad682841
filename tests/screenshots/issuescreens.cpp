#include "tests/screenshots/issuescreens.h"

#include "core/pdf/documenttools.h"
#include "core/pdf/pdfdocument.h"
#include "ui/issuedialog.h"
#include "ui/signingdialog.h"

#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace saraban::screenshots {

namespace {

QByteArray unnumberedMemo()
{
    pdf::LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ເມືອງໂພນໂຮງ");
    pdf::LetterContent content;
    content.title = QStringLiteral("ໜັງສືສະເໜີ");
    content.concerning = QStringLiteral("ການກະກຽມກອງປະຊຸມສະຫຼຸບວຽກງານ ປີ 2026");
    content.recipient = QStringLiteral("ທ່ານ ເຈົ້າແຂວງ ແຂວງວຽງຈັນ");
    content.subject = QStringLiteral("ຂໍອະນຸມັດ ແຜນກອງປະຊຸມ ປະຈຳປີ");
    content.bodyParagraphs = {QStringLiteral(
        "ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ ຂໍລາຍງານ ແລະ ສະເໜີ ແຜນກອງປະຊຸມສະຫຼຸບວຽກງານ "
        "ປະຈຳປີ 2026 ເພື່ອໃຫ້ທ່ານ ພິຈາລະນາ ແລະ ອະນຸມັດ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ບຸນມີ ວົງສະຫວັນ");
    Result<QByteArray> memo = pdf::DocumentTools().compose(letterTemplate, content);
    return memo ? *memo : QByteArray();
}

QImage renderFirstPage(const QByteArray &data)
{
    pdf::PdfDocument document;
    QEventLoop loop;
    QImage image;
    QObject::connect(&document, &pdf::PdfDocument::opened, &document,
                     [&] { document.requestPage(0, 80); });
    QObject::connect(&document, &pdf::PdfDocument::pageRendered, &loop,
                     [&](int, const pdf::RenderedPage &page) {
                         image = QImage(reinterpret_cast<const uchar *>(page.pixels.constData()),
                                        page.size.width(), page.size.height(), page.bytesPerLine,
                                        static_cast<QImage::Format>(page.format))
                                     .copy();
                         loop.quit();
                     });
    QObject::connect(&document, &pdf::PdfDocument::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    document.openData(data, QStringLiteral("numbered.pdf"));
    loop.exec();
    return image;
}

} // namespace

int saveIssueScreens(QWidget *window, const QString &out, const QString &suffix,
                     const SaveFunction &save)
{
    const QByteArray memo = unnumberedMemo();
    if (memo.isEmpty())
        return 4;
    int failures = 0;
    const QString subject = QStringLiteral("ໜັງສືສະເໜີ ວ່າດ້ວຍ ການກະກຽມກອງປະຊຸມສະຫຼຸບວຽກງານ ປີ 2026");
    {
        pdf::SigningRequest defaults;
        defaults.nickname = QStringLiteral("bounmy");
        defaults.signerName = QStringLiteral("ບຸນມີ ວົງສະຫວັນ");
        defaults.signerTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
        defaults.reason = QStringLiteral("ອະນຸມັດ");
        pdf::SigningCertificate certificate;
        certificate.nickname = QStringLiteral("bounmy");
        certificate.commonName = QStringLiteral("ບຸນມີ ວົງສະຫວັນ");
        certificate.subject = QStringLiteral("CN=ບຸນມີ ວົງສະຫວັນ,O=ປທສ ແຂວງວຽງຈັນ,C=LA");
        certificate.validUntil = QDateTime(QDate(2028, 6, 30), QTime(0, 0));
        ui::SigningDialog dialog(memo, subject, defaults, {certificate}, {}, window);
        dialog.setApprovalMode(false);
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("password"));
        dialog.findChild<QLineEdit *>(QStringLiteral("commentEdit"))
            ->setText(QStringLiteral("ເຫັນດີ ຕາມການສະເໜີ"));
        failures += !save(dialog, out + QStringLiteral("/signing-step") + suffix);
    }
    {
        RegisterInfo outgoing;
        outgoing.id = 2;
        outgoing.unitCode = QStringLiteral("ປທສ");
        outgoing.direction = Direction::Outgoing;
        outgoing.nameLao = QStringLiteral("ປຶ້ມທະບຽນ ໜັງສືອອກ");
        outgoing.nameEnglish = QStringLiteral("Outgoing letters");
        Directory directory;
        ui::IssueDialog dialog(1, subject, {outgoing}, directory, window);
        dialog.setSentVia(QStringLiteral("gnet"));
        dialog.addRecipient(LetterParty::Role::To, QStringLiteral("ຫ້ອງວ່າການ ແຂວງວຽງຈັນ"));
        dialog.addRecipient(LetterParty::Role::Copy, QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"));
        failures += !save(dialog, out + QStringLiteral("/issue") + suffix);
        dialog.findChild<QLineEdit *>(QStringLiteral("recipientEdit"))
            ->setText(QStringLiteral("ພະແນກ ການເງິນ ແຂວງວຽງຈັນ"));
        failures += !save(dialog, out + QStringLiteral("/issue-error") + suffix);
    }
    Result<QByteArray> numbered = pdf::DocumentTools().stampNumber(
        memo, QStringLiteral("126/ປທສ.26"), QDate(2026, 11, 20), QStringLiteral("ຄຳລາ ສີສຸວັນ"));
    if (!numbered)
        return failures + 1;
    // The whole page at its size: adjustSize() would cap it at two thirds of the screen.
    const QImage image = renderFirstPage(*numbered);
    QLabel page;
    page.setPixmap(QPixmap::fromImage(image));
    page.resize(image.size());
    failures += !save(page, out + QStringLiteral("/numbered-page") + suffix);
    return failures;
}

} // namespace saraban::screenshots
