// Copying Lao from the viewer (issue 7, point 3): a Lao memo composed by
// saraban-document-worker, its first page's words read by saraban-pdf-worker exactly as the
// viewer reads them, everything selected and copied through the viewer's own code path
// (PageSearch::textIn, what PdfPageView::selectedText() calls), and compared with what was typed.
// Also the repair itself on the pieces Poppler 22.12 really produced for that memo.
#include "core/pdf/documenttools.h"
#include "core/pdf/pagesearch.h"
#include "core/pdf/pagetext.h"
#include "core/pdf/pdfdocument.h"
#include "core/pdf/pdfoptions.h"
#include "tests/support/verify.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace saraban;
using namespace saraban::pdf;

namespace {

QString comparable(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space).normalized(QString::NormalizationForm_KC);
}

// Boxes in points on an A4 page, as pdftotext -bbox and Poppler's textList give them.
TextWord word(const QString &text, qreal x0, qreal y0, qreal x1, qreal y1, bool space = false)
{
    return {text, QRectF(x0 / 595.0, y0 / 842.0, (x1 - x0) / 595.0, (y1 - y0) / 842.0), space};
}

} // namespace

class tst_LaoCopy : public QObject
{
    Q_OBJECT

private slots:
    void strayMarksGoBackIntoTheirWords();
    void splitLineIsReadLeftToRight();
    void wellFormedTextIsUnchanged();
    void copyingAComposedMemoGivesTheTypedLao();
};

void tst_LaoCopy::strayMarksGoBackIntoTheirWords()
{
    // "ວ່າດ້ວຍ ການຈັດຊື້ອຸປະກອນ": the tone mark of ຊື້ came out as a zero-width word of its own,
    // after the next word.
    const PageText text = PageText::fromLayout(
        0, {word(QStringLiteral("ວ່າດ້ວຍ"), 197.13, 235.95, 234.88, 257.90, true),
            word(QStringLiteral("ການຈັດຊື"), 238.95, 236.15, 286.01, 257.90),
            word(QStringLiteral("ອຸ"), 285.40, 236.15, 292.54, 257.90),
            word(QStringLiteral("\u0EC9"), 286.69, 231.88, 286.69, 253.63),
            word(QStringLiteral("ປະກອນ"), 293.63, 236.15, 340.00, 257.90)});
    QCOMPARE(text.plainText(), QStringLiteral("ວ່າດ້ວຍ ການຈັດຊື້ອຸປະກອນ"));
    QCOMPARE(text.words.size(), 4);

    // "ນຳໃຊ້": ຳ is drawn as ໍ + າ, and the ໍ landed after the າ.
    const PageText nam =
        PageText::fromLayout(0, {word(QStringLiteral("ໄດ້ນ"), 268.76, 423.07, 302.20, 447.30),
                                 word(QStringLiteral("າ"), 302.19, 427.05, 306.70, 447.30),
                                 word(QStringLiteral("\u0ECD"), 302.26, 426.86, 302.26, 447.11),
                                 word(QStringLiteral("ໃຊ້"), 306.71, 427.05, 330.00, 447.30)});
    QCOMPARE(comparable(nam.plainText()), comparable(QStringLiteral("ໄດ້ນຳໃຊ້")));

    // "ງົບປະມານ": the vowel of ງົ began the next word; it goes back to its base.
    const PageText leading =
        PageText::fromLayout(0, {word(QStringLiteral("ງ"), 162.01, 305.10, 166.83, 325.35),
                                 word(QStringLiteral("ົບປະມານ"), 168.97, 304.91, 209.41, 325.16)});
    QCOMPARE(leading.words.at(0).text, QStringLiteral("ງົ"));
    QCOMPARE(leading.words.at(1).text, QStringLiteral("ບປະມານ"));
}

void tst_LaoCopy::splitLineIsReadLeftToRight()
{
    // "ຮຽນ: ທ່ານ ຫົວໜ້າກົມບໍລິຫານ": Poppler gave the end of the line first, and the ິ apart.
    const PageText text = PageText::fromLayout(
        0, {word(QStringLiteral("\u0EB4"), 203.68, 277.42, 203.68, 297.67),
            word(QStringLiteral("ານ"), 211.96, 277.61, 224.13, 297.86),
            word(QStringLiteral("ຮຽນ:"), 84.96, 277.61, 110.05, 297.86, true),
            word(QStringLiteral("ທ່ານ"), 113.84, 277.61, 134.87, 297.86, true),
            word(QStringLiteral("ຫົວໜ້າກົມບໍລ"), 138.66, 277.61, 203.11, 297.86),
            word(QStringLiteral("ຫ"), 203.10, 277.61, 211.97, 297.86),
            word(QStringLiteral("ເລື່ອງ:"), 84.96, 301.11, 112.50, 325.35, true)});
    QCOMPARE(text.plainText(), QStringLiteral("ຮຽນ: ທ່ານ ຫົວໜ້າກົມບໍລິຫານ ເລື່ອງ:"));
    // The selection maps to the words that hold the marks now.
    QCOMPARE(PageSearch::textIn(text, QRectF(0, 0, 1, 300.0 / 842.0)),
             QStringLiteral("ຮຽນ: ທ່ານ ຫົວໜ້າກົມບໍລິຫານ"));
}

void tst_LaoCopy::wellFormedTextIsUnchanged()
{
    // Two lines, already in order, with a vowel above and a tone mark in their words.
    const QList<TextWord> words = {
        word(QStringLiteral("ສັນຕິພາບ"), 164.70, 86.09, 207.60, 106.34, true),
        word(QStringLiteral("ເອກະລາດ"), 211.39, 86.09, 257.35, 106.34),
        word(QStringLiteral("ເລກທີ:"), 449.54, 130.38, 481.58, 150.63, true),
        word(QStringLiteral("330/ປທສ."), 485.37, 130.38, 538.56, 150.63)};
    const PageText text = PageText::fromLayout(3, words);
    QCOMPARE(text.page, 3);
    QCOMPARE(text.words.size(), 4);
    for (int i = 0; i < words.size(); ++i) {
        QCOMPARE(text.words.at(i).text, words.at(i).text);
        QCOMPARE(text.words.at(i).box, words.at(i).box);
    }
    // A line end reads as a space.
    QVERIFY(text.words.at(1).spaceAfter);
    QCOMPARE(text.plainText(), QStringLiteral("ສັນຕິພາບ ເອກະລາດ ເລກທີ: 330/ປທສ."));
}

void tst_LaoCopy::copyingAComposedMemoGivesTheTypedLao()
{
    LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມ ແລະ ການສື່ສານ")};
    LetterContent content;
    content.number = QStringLiteral("330/ປທສ.");
    content.date = QDate(2025, 2, 11);
    content.title = QStringLiteral("ໜັງສືສະເໜີ");
    content.concerning = QStringLiteral("ການຈັດຊື້ອຸປະກອນຫ້ອງການ ປີ 2025");
    content.recipient = QStringLiteral("ທ່ານ ຫົວໜ້າກົມບໍລິຫານ");
    content.subject = QStringLiteral("ຂໍອະນຸມັດງົບປະມານ ຈຳນວນ 125 ລ້ານກີບ");
    content.references = {QStringLiteral("ດຳລັດ ສະບັບເລກທີ 09/ສພຊ, ລົງວັນທີ 21 ທັນວາ 2011;"),
                          QStringLiteral("ແຜນການປະຈຳປີ ຂອງກະຊວງ.")};
    content.bodyParagraphs = {
        QStringLiteral("ພະແນກບໍລິຫານ ຂໍສະເໜີມາຍັງທ່ານ ເພື່ອພິຈາລະນາອະນຸມັດ ການຈັດຊື້ຄອມພິວເຕີ 12 "
                       "ເຄື່ອງ ແລະ ເຄື່ອງພິມ 3 ເຄື່ອງ ໃຫ້ແກ່ຫ້ອງການ ຊຶ່ງໄດ້ນຳໃຊ້ມາແລ້ວ ເປັນເວລາ "
                       "ຫຼາຍກວ່າ ສິບປີ ແລະ ເພ່ພັງຫຼາຍ."),
        QStringLiteral("ຫວັງຢ່າງຍິ່ງວ່າ ຈະໄດ້ຮັບການພິຈາລະນາ ດ້ວຍດີ.")};
    content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
    content.signatoryName = QStringLiteral("ສົມພອນ ທົດສອບ");
    DocumentToolsOptions tools;
    tools.workerPath = QStringLiteral(SARABAN_DOCUMENT_WORKER_PATH);
    Result<QByteArray> memo = DocumentTools(tools).compose(letterTemplate, content);
    SARABAN_VERIFY_OK(memo);

    // The viewer's path: PdfDocument asks the PDF worker for page 1's words; the selection
    // covers the whole page.
    PdfOptions options;
    options.workerPath = QStringLiteral(SARABAN_PDF_WORKER_PATH);
    PdfDocument document(options);
    QEventLoop loop;
    PageText text;
    QString failure;
    connect(&document, &PdfDocument::opened, &document, [&] { document.requestText(0); });
    connect(&document, &PdfDocument::textReady, &loop, [&](int, const PageText &page) {
        text = page;
        loop.quit();
    });
    connect(&document, &PdfDocument::failed, &loop, [&](const Error &error) {
        failure = error.message;
        loop.quit();
    });
    connect(&document, &PdfDocument::requestFailed, &loop, [&](int, int, const Error &error) {
        failure = error.message;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&] {
        failure = QStringLiteral("no text within a minute");
        loop.quit();
    });
    document.openData(*memo, QStringLiteral("memo.pdf"));
    loop.exec();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(text.page, 0);

    const QString copied = PageSearch::textIn(text, QRectF(0, 0, 1, 1));
    const QString typed = LetterLayout::lines(letterTemplate, content).join(QString());
    QCOMPARE(comparable(copied), comparable(typed));
    // And no Lao mark is left alone at the start of a word.
    for (const TextWord &w : text.words)
        QVERIFY2(w.text.isEmpty() || w.text.front().category() != QChar::Mark_NonSpacing,
                 qPrintable(w.text));
}

QTEST_GUILESS_MAIN(tst_LaoCopy)
#include "tst_laocopy.moc"
