// Every Lao string of the interface must be drawn with real glyphs of a Lao font (never boxes,
// never the DejaVu fallback) and fit the line height, so stacked vowels and tone marks are not
// clipped in list rows. Checked for each Lao font Saraban offers, on the catalogue itself.
#include "ui/appearance.h"

#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace saraban;

namespace {

// The translations in a .ts file, with the "(&F)" and "&" mnemonic markers removed.
QStringList laoTranslations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && (xml.name() == QLatin1String("translation") ||
                                     xml.name() == QLatin1String("numerusform"))) {
            QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            static const QRegularExpression mnemonic(QStringLiteral(" ?\\(&\\w\\)|&(?=\\w)"));
            text.remove(mnemonic);
            if (!text.trimmed().isEmpty())
                texts << text;
        }
    }
    return texts;
}

bool containsLao(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x0E80 && c.unicode() <= 0x0EFF)
            return true;
    }
    return false;
}

// What is wrong with how text would be drawn in font: glyphs from families outside allowed,
// missing glyphs (index 0 draws a box), or ink outside the line's ascent and descent.
QStringList drawingProblems(const QString &text, const QFont &font, const QStringList &allowed)
{
    QStringList problems;
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QFontMetricsF metrics(font);
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        QTextLayout layout(line, font);
        layout.beginLayout();
        QTextLine textLine = layout.createLine();
        textLine.setLineWidth(1e6);
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QString family = run.rawFont().familyName();
            if (!allowed.contains(family))
                problems << QStringLiteral("drawn with %1").arg(family);
            if (run.glyphIndexes().contains(0u))
                problems << QStringLiteral("missing glyph in %1").arg(family);
        }
        const QRectF ink = metrics.tightBoundingRect(line);
        // Half a pixel of antialiasing is not clipping.
        if (ink.top() < -metrics.ascent() - 0.5 || ink.bottom() > metrics.descent() + 0.5) {
            problems << QStringLiteral("ink %1..%2 outside the line -%3..%4")
                            .arg(ink.top())
                            .arg(ink.bottom())
                            .arg(metrics.ascent())
                            .arg(metrics.descent());
        }
    }
    return problems;
}

} // namespace

class TestLaoGlyphs : public QObject
{
    Q_OBJECT

private slots:
    void laoFontsAreInstalled();
    void everyStringDrawsWithRealGlyphs_data();
    void everyStringDrawsWithRealGlyphs();
    void theCheckCatchesTheDejaVuFallback();
};

void TestLaoGlyphs::laoFontsAreInstalled()
{
    // fonts-noto-core and fonts-lao are installed by packaging/install-deps.sh.
    const QStringList families = ui::appearance::availableLaoFamilies();
    QVERIFY2(families.contains(QStringLiteral("Noto Sans Lao")), qPrintable(families.join(u',')));
    QVERIFY2(families.contains(QStringLiteral("Phetsarath OT")), qPrintable(families.join(u',')));
    QCOMPARE(ui::appearance::defaultLaoFamily(), QStringLiteral("Noto Sans Lao"));
    const QFont font = ui::appearance::uiFont(QStringLiteral("Phetsarath OT"), 11);
    QCOMPARE(font.families().value(0), QStringLiteral("Phetsarath OT"));
}

void TestLaoGlyphs::everyStringDrawsWithRealGlyphs_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("text");
    const QStringList texts = laoTranslations(QStringLiteral(SARABAN_LAO_TS));
    QVERIFY2(texts.size() > 50, "the Lao catalogue was not found or is nearly empty");
    int laoCount = 0;
    for (const QString &family : ui::appearance::availableLaoFamilies()) {
        int row = 0;
        for (const QString &text : texts) {
            if (!containsLao(text))
                continue;
            ++laoCount;
            QTest::addRow("%s #%d", qPrintable(family), row++) << family << text;
        }
    }
    QVERIFY(laoCount > 50);
}

void TestLaoGlyphs::everyStringDrawsWithRealGlyphs()
{
    QFETCH(QString, family);
    QFETCH(QString, text);
    for (int size : {9, 11, 14}) {
        const QFont font = ui::appearance::uiFont(family, size);
        const QStringList problems =
            drawingProblems(text, font, {family, QStringLiteral("Noto Sans")});
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 at %2pt: %3")
                                                    .arg(text)
                                                    .arg(size)
                                                    .arg(problems.join(QStringLiteral("; ")))));
    }
}

void TestLaoGlyphs::theCheckCatchesTheDejaVuFallback()
{
    // Without a Lao family first, Qt falls back to some other font for Lao: the check above
    // must notice, or it proves nothing.
    QFont latinOnly;
    latinOnly.setFamilies({QStringLiteral("Noto Sans")});
    latinOnly.setPointSize(11);
    const QStringList problems =
        drawingProblems(QStringLiteral("ສາລະບັນ"), latinOnly, {QStringLiteral("Noto Sans")});
    QVERIFY2(!problems.isEmpty(), "a Lao string drawn without a Lao font passed the check");
}

QTEST_MAIN(TestLaoGlyphs)
#include "tst_laoglyphs.moc"
