#include "tests/pdf/laodocuments.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>

namespace saraban::test {

namespace {

QString laoFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Lao);
    for (const QString &wanted : {QStringLiteral("Phetsarath OT"), QStringLiteral("Noto Sans Lao")})
        if (families.contains(wanted))
            return wanted;
    return families.value(0);
}

// A4 at 300 dpi with 25 mm margins; y advances line by line.
struct Page
{
    QPainter &painter;
    int y = 300;
    static constexpr int left = 295;
    static constexpr int right = 2480 - 295;

    void line(const QString &text, int points = 13, bool bold = false,
              Qt::Alignment alignment = Qt::AlignLeft)
    {
        QFont font(laoFamily(), points);
        font.setBold(bold);
        painter.setFont(font);
        const int height = painter.fontMetrics().height();
        painter.drawText(QRect(left, y, right - left, height), alignment | Qt::AlignVCenter, text);
        y += height + 8;
    }
    void skip(int pixels) { y += pixels; }
};

} // namespace

QByteArray LaoDocuments::memo()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("ໜັງສືສະເໜີ 330/ກທສ"));
    writer.setCreator(QStringLiteral("Saraban tests"));
    QPainter painter(&writer);
    Page page{painter};
    page.line(QStringLiteral("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"), 14, true, Qt::AlignHCenter);
    page.line(QStringLiteral("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ"), 13, false,
              Qt::AlignHCenter);
    page.skip(60);
    page.line(QStringLiteral("ກະຊວງທົດສອບ"), 13, true);
    page.line(QStringLiteral("ເລກທີ: 330/ກທສ."), 13, false, Qt::AlignRight);
    page.line(QStringLiteral("ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 11 ກຸມພາ 2025"), 13, false, Qt::AlignRight);
    page.skip(60);
    page.line(QStringLiteral("ໜັງສືສະເໜີ"), 18, true, Qt::AlignHCenter);
    page.line(QStringLiteral("ວ່າດ້ວຍ ການຈັດຊື້ອຸປະກອນຫ້ອງການ ປີ 2025"), 14, false, Qt::AlignHCenter);
    page.skip(40);
    page.line(QStringLiteral("ຮຽນ: ທ່ານ ຫົວໜ້າກົມບໍລິຫານ"));
    page.line(QStringLiteral("ເລື່ອງ: ຂໍອະນຸມັດງົບປະມານ ຈຳນວນ ໑໒໕ ລ້ານກີບ"));
    page.skip(30);
    page.line(QStringLiteral("- ອີງຕາມ ດຳລັດ ສະບັບເລກທີ 09/ສພຊ, ລົງວັນທີ 21 ທັນວາ 2011;"));
    page.line(QStringLiteral("- ອີງຕາມ ແຜນການປະຈຳປີ ຂອງກະຊວງ."));
    page.skip(30);
    page.line(QStringLiteral("ພະແນກບໍລິຫານ ຂໍສະເໜີມາຍັງທ່ານ ເພື່ອພິຈາລະນາອະນຸມັດ ການຈັດຊື້"));
    page.line(QStringLiteral("ຄອມພິວເຕີ 12 ເຄື່ອງ ແລະ ເຄື່ອງພິມ 3 ເຄື່ອງ ໃຫ້ແກ່ຫ້ອງການ."));
    page.line(QStringLiteral("ຫວັງຢ່າງຍິ່ງວ່າ ຈະໄດ້ຮັບການພິຈາລະນາ ດ້ວຍດີ."));
    page.skip(120);
    page.line(QStringLiteral("ຫົວໜ້າພະແນກບໍລິຫານ"), 13, true, Qt::AlignRight);
    page.skip(120);
    page.line(QStringLiteral("ສົມພອນ ທົດສອບ"), 13, false, Qt::AlignRight);
    painter.end();
    return bytes;
}

QByteArray LaoDocuments::report(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("ບົດລາຍງານປະຈຳປີ"));
    QPainter painter(&writer);
    for (int number = 1; number <= pages; ++number) {
        if (number > 1)
            writer.newPage();
        Page page{painter};
        page.line(QStringLiteral("ບົດລາຍງານ ການເຄື່ອນໄຫວ ປະຈຳປີ 2025"), 16, true, Qt::AlignHCenter);
        page.line(QStringLiteral("ໜ້າ %1 / %2").arg(number).arg(pages), 12, false, Qt::AlignHCenter);
        page.skip(40);
        for (int paragraph = 0; paragraph < 12; ++paragraph)
            page.line(QStringLiteral("%1. ພະແນກ ໄດ້ຈັດຕັ້ງປະຕິບັດ ແຜນວຽກ ຂອງກະຊວງ ຢ່າງຕັ້ງໜ້າ, "
                                     "ໄດ້ຮັບໜັງສື %2 ສະບັບ.")
                          .arg(paragraph + 1)
                          .arg(number * 10 + paragraph));
        page.skip(30);
        // A table: five rows, four columns of figures.
        const int top = page.y;
        const int width = (Page::right - Page::left) / 4;
        painter.setFont(QFont(laoFamily(), 11));
        for (int row = 0; row < 6; ++row) {
            for (int column = 0; column < 4; ++column) {
                const QRect cell(Page::left + column * width, top + row * 80, width, 80);
                painter.drawRect(cell);
                painter.drawText(cell, Qt::AlignCenter,
                                 row == 0 ? QStringLiteral("ຖັນ %1").arg(column + 1)
                                          : QString::number(number * 100 + row * 10 + column));
            }
        }
    }
    painter.end();
    return bytes;
}

} // namespace saraban::test
