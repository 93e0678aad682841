// Find in a page's text, Lao-aware (core/pdf/pagesearch.h), and the signature panel's model.
#include "core/pdf/pagesearch.h"
#include "core/pdf/signaturemodel.h"
#include "core/pdf/signatureverdict.h"

#include <QTest>

using namespace saraban::pdf;

namespace {

// Words laid out on one line, each 0.1 wide.
PageText page(const QStringList &words, const QList<bool> &spaces = {})
{
    PageText text;
    text.page = 2;
    for (int i = 0; i < words.size(); ++i)
        text.words.append({words.at(i), QRectF(0.1 * i, 0.2, 0.09, 0.02), spaces.value(i, true)});
    return text;
}

} // namespace

class TestPdfSearch : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void matchesMapToWords();
    void selection();
    void model();
};

void TestPdfSearch::find_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("matches");

    QTest::newRow("plain") << QStringList{QStringLiteral("Memo"), QStringLiteral("330/MoT")}
                           << QStringLiteral("330") << 1;
    QTest::newRow("case") << QStringList{QStringLiteral("Memo")} << QStringLiteral("MEMO") << 1;
    // ໜ (U+0EDC) and ຫນ are the same letter; ຳ (U+0EB3) and ໍາ too (NFKC).
    QTest::newRow("precomposed in the text")
        << QStringList{QStringLiteral("ໜັງສືສະເໜີ")} << QStringLiteral("ຫນັງສື") << 1;
    QTest::newRow("precomposed in the query")
        << QStringList{QStringLiteral("ຫນັງສື")} << QStringLiteral("ໜັງສື") << 1;
    QTest::newRow("am") << QStringList{QStringLiteral("ຈຳນວນ")}
                        << QStringLiteral("ຈ\u0ECD\u0EB2ນວນ") << 1;
    // Old spelling ຫລ is the new ຫຼ.
    QTest::newRow("old spelling") << QStringList{QStringLiteral("ນະຄອນຫຼວງ")}
                                  << QStringLiteral("ຫລວງ") << 1;
    QTest::newRow("new spelling") << QStringList{QStringLiteral("ນະຄອນຫລວງ")}
                                  << QStringLiteral("ຫຼວງ") << 1;
    // Lao digits and Arabic digits match each other.
    QTest::newRow("Lao digits in the text")
        << QStringList{QStringLiteral("໑໒໕")} << QStringLiteral("125") << 1;
    QTest::newRow("Lao digits in the query")
        << QStringList{QStringLiteral("330/ກທສ")} << QStringLiteral("໓໓໐") << 1;
    // A phrase broken over two words (a line end, a stray space) is still found.
    QTest::newRow("across words") << QStringList{QStringLiteral("ນະຄອນ"), QStringLiteral("ຫຼວງ")}
                                  << QStringLiteral("ນະຄອນຫຼວງ") << 1;
    QTest::newRow("stray space in the query")
        << QStringList{QStringLiteral("ວຽງຈັນ")} << QStringLiteral("ວຽງ ຈັນ") << 1;
    QTest::newRow("twice") << QStringList{QStringLiteral("ກຊ"), QStringLiteral("ກຊ")}
                           << QStringLiteral("ກຊ") << 2;
    QTest::newRow("absent") << QStringList{QStringLiteral("ວຽງຈັນ")} << QStringLiteral("ປາກເຊ") << 0;
    QTest::newRow("empty query") << QStringList{QStringLiteral("x")} << QString() << 0;
}

void TestPdfSearch::find()
{
    QFETCH(QStringList, words);
    QFETCH(QString, query);
    QFETCH(int, matches);
    QCOMPARE(PageSearch::find(page(words), query).size(), matches);
}

void TestPdfSearch::matchesMapToWords()
{
    const PageText text = page({QStringLiteral("ເລກທີ:"), QStringLiteral("330/ກທສ."),
                                QStringLiteral("ນະຄອນ"), QStringLiteral("ຫຼວງວຽງຈັນ")});
    const QList<TextMatch> found = PageSearch::find(text, QStringLiteral("ນະຄອນຫລວງ"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().page, 2);
    QCOMPARE(found.first().firstWord, 2);
    QCOMPARE(found.first().lastWord, 3);
    QCOMPARE(found.first().boxes.size(), 2);
    QCOMPARE(found.first().boxes.first(), text.words.at(2).box);
}

void TestPdfSearch::selection()
{
    const PageText text =
        page({QStringLiteral("ຮຽນ:"), QStringLiteral("ທ່ານ"), QStringLiteral("ຫົວໜ້າກົມ")},
             {true, true, false});
    QCOMPARE(PageSearch::textIn(text, QRectF(0, 0, 1, 1)), QStringLiteral("ຮຽນ: ທ່ານ ຫົວໜ້າກົມ"));
    QCOMPARE(PageSearch::textIn(text, QRectF(0.15, 0.15, 0.2, 0.1)), QStringLiteral("ທ່ານ ຫົວໜ້າກົມ"));
    QCOMPARE(PageSearch::boxesIn(text, QRectF(0, 0.5, 1, 0.1)).size(), 0);
    QCOMPARE(text.plainText(), QStringLiteral("ຮຽນ: ທ່ານ ຫົວໜ້າກົມ"));
}

void TestPdfSearch::model()
{
    SignatureInfo empty;
    empty.fieldName = QStringLiteral("Approval");
    SignatureInfo signedOne;
    signedOne.kind = SignatureKind::Signature;
    signedOne.fieldName = QStringLiteral("Head");
    signedOne.signerName = QStringLiteral("ສົມພອນ ທົດສອບ");
    signedOne.status = SignatureStatus::Valid;
    signedOne.certificateStatus = CertificateStatus::Trusted;
    signedOne.coverage.kind = CoverageKind::WholeFile;
    signedOne.coverage.byteRange = {0, 10, 20, 30};
    signedOne.coverage.revision = 1;
    signedOne.coverage.revisionCount = 1;
    signedOne.certificate.der = QByteArray("certificate");
    signedOne.certificate.subjectDistinguishedName = QStringLiteral("CN=ສົມພອນ ທົດສອບ");

    SignatureModel model;
    model.setSignatures({signedOne, empty});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(SignatureModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, SignatureModel::SignerColumn)).toString(),
             QStringLiteral("ສົມພອນ ທົດສອບ"));
    QCOMPARE(model.data(model.index(0, 0), SignatureModel::VerdictRole).toInt(),
             int(SignatureVerdict::Valid));
    QCOMPARE(model.data(model.index(1, 0), SignatureModel::VerdictRole).toInt(),
             int(SignatureVerdict::Unsigned));
    QVERIFY(model.data(model.index(1, 0)).toString().contains(QLatin1String("Approval")));
    QCOMPARE(model.summary().verdict, DocumentVerdict::AllValid);
    bool fingerprint = false;
    for (const auto &[label, value] : model.details(0))
        fingerprint =
            fingerprint || (label.contains(QLatin1String("SHA-256")) && value.size() > 40);
    QVERIFY(fingerprint);
    QVERIFY(!model.headerData(0, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfSearch)
#include "tst_pdfsearch.moc"
