#include "tests/screenshots/stampscreens.h"

#include "core/pdf/documenttools.h"
#include "core/pdf/pdfdocument.h"
#include "ui/stampdialog.h"

#include <QCheckBox>
#include <QEventLoop>
#include <QLabel>
#include <QTimer>

namespace saraban::screenshots {

namespace {

QByteArray composedMemo()
{
    pdf::LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
                                  QStringLiteral("ກົມໄປສະນີ")};
    pdf::LetterContent content;
    content.number = QStringLiteral("215/ກປສ.");
    content.date = QDate(2026, 3, 9);
    content.title = QStringLiteral("ໜັງສືແຈ້ງການ");
    content.concerning = QStringLiteral("ການກະກຽມກອງປະຊຸມສະຫຼຸບວຽກງານໄປສະນີ ປີ 2026");
    content.recipient = QStringLiteral("ທ່ານ ຫົວໜ້າພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ ແຂວງວຽງຈັນ");
    content.subject = QStringLiteral("ແຈ້ງກຳນົດເວລາ ແລະ ສະຖານທີ່ກອງປະຊຸມ");
    content.references = {QStringLiteral("ແຜນການ ປະຈຳປີ 2026 ຂອງກົມໄປສະນີ.")};
    content.bodyParagraphs = {
        QStringLiteral("ກົມໄປສະນີ ຂໍແຈ້ງມາຍັງທ່ານ ເພື່ອກະກຽມບົດລາຍງານ ຜົນການປະຕິບັດວຽກງານ ໄປສະນີ ຂອງແຂວງ "
                       "ແລະ ສົ່ງຜູ້ຕາງໜ້າ ເຂົ້າຮ່ວມກອງປະຊຸມ ໃນວັນທີ 20 ມີນາ 2026 ທີ່ນະຄອນຫຼວງວຽງຈັນ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າກົມ");
    content.signatoryName = QStringLiteral("ສຸລິຍາ ພົມມະວົງ");
    Result<QByteArray> memo = pdf::DocumentTools().compose(letterTemplate, content);
    return memo ? *memo : QByteArray();
}

QImage renderFirstPage(const QByteArray &data)
{
    pdf::PdfDocument document;
    QEventLoop loop;
    QImage image;
    QObject::connect(&document, &pdf::PdfDocument::opened, &document,
                     [&] { document.requestPage(0, 64); });
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
    document.openData(data, QStringLiteral("stamped.pdf"));
    loop.exec();
    return image;
}

void waitForPage(ui::StampDialog &dialog)
{
    QEventLoop loop;
    QObject::connect(&dialog, &ui::StampDialog::pageShown, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!dialog.pageView()->hasPage())
        loop.exec();
}

} // namespace

int saveStampScreens(QWidget *window, const QString &out, const QString &suffix,
                     const SaveFunction &save)
{
    const QByteArray memo = composedMemo();
    if (memo.isEmpty())
        return 3;
    int failures = 0;
    const QString subject = QStringLiteral("ແຈ້ງກຳນົດເວລາ ແລະ ສະຖານທີ່ກອງປະຊຸມ ສະຫຼຸບວຽກງານໄປສະນີ");
    pdf::StampMark received = pdf::StampText::received(
        QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"), QStringLiteral("125/ປທສ"),
        QDate(2026, 3, 11), QStringLiteral("ຄຳລາ ສີສຸວັນ"));
    received.lines << QStringLiteral("ຄຳລາ ສີສຸວັນ");
    QByteArray stamped;
    {
        ui::StampDialog dialog(ui::StampDialog::Kind::Received, subject, window);
        dialog.setReceivedStamp(received);
        dialog.setDocument(memo, 1, pdf::PdfOptions());
        dialog.show();
        waitForPage(dialog);
        failures += !save(dialog, out + QStringLiteral("/stamp") + suffix);
        Result<QByteArray> drawn = pdf::DocumentTools().stamp(memo, {dialog.mark()});
        stamped = drawn ? *drawn : QByteArray();
    }
    if (stamped.isEmpty())
        return failures + 2;
    QByteArray endorsed;
    {
        ui::StampDialog dialog(ui::StampDialog::Kind::Endorse, subject, window);
        dialog.setEndorser(
            QStringLiteral("ບຸນມີ ວົງສະຫວັນ"), QDate(2026, 3, 12),
            {{1, QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ"),
              QStringLiteral("ຫົວໜ້າພະແນກ"), false},
             {2, QStringLiteral("ຂະແໜງ ໄປສະນີ"), QStringLiteral("ຮັກສາການ ຫົວໜ້າຂະແໜງ ໄປສະນີ"), true}},
            1);
        dialog.setText(QStringLiteral("ມອບໃຫ້ຂະແໜງໄປສະນີ ກະກຽມບົດລາຍງານ ແລະ ສະເໜີຜູ້ເຂົ້າຮ່ວມ."));
        dialog.setDocument(stamped, 2, pdf::PdfOptions());
        dialog.show();
        waitForPage(dialog);
        failures += !save(dialog, out + QStringLiteral("/endorse-on-file") + suffix);
        Result<QByteArray> drawn = pdf::DocumentTools().stamp(stamped, {dialog.mark()});
        endorsed = drawn ? *drawn : QByteArray();
    }
    if (endorsed.isEmpty())
        return failures + 1;
    QLabel page;
    // The whole A4 page at 64 dpi fits a 768-pixel screen; adjustSize() would cut it to 2/3.
    const QImage rendered = renderFirstPage(endorsed);
    page.setPixmap(QPixmap::fromImage(rendered));
    page.resize(rendered.size());
    failures += !save(page, out + QStringLiteral("/stamped-page") + suffix);
    return failures;
}

} // namespace saraban::screenshots
