// DocumentEngine::compose: the official layout of ../shared/design/lao.md drawn with QPdfWriter,
// which embeds a subset of the TrueType font with a ToUnicode map, so the Lao text can be found
// and copied. Lines are laid out with QTextLayout (HarfBuzz shaping, so vowels and tone marks
// sit where they belong) and broken across pages when the body is long.
#include "core/pdf/engine/documentengine.h"
#include "core/pdf/pdflogging.h"

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

namespace saraban::pdf::engine {

namespace {

constexpr int dpi = 300;
constexpr double pageWidth = 2480; // A4 at 300 dpi
constexpr double pageHeight = 3508;
constexpr double marginLeft = 354;  // 30 mm, for binding
constexpr double marginRight = 236; // 20 mm
constexpr double marginTop = 236;
constexpr double marginBottom = 236;

class Composer
{
public:
    Composer(QPdfWriter &writer, QString family)
        : m_writer(writer)
        , m_painter(&writer)
        , m_family(std::move(family))
    {}

    bool isActive() const { return m_painter.isActive(); }
    void end() { m_painter.end(); }
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void skip(double pixels) { m_y += pixels; }

    QFont font(int points, bool bold = false) const
    {
        QFont font(m_family);
        font.setPointSizeF(points);
        font.setBold(bold);
        // Kerning off: QPdfWriter places every glyph itself, and Lao needs no kerning pairs.
        font.setKerning(false);
        return font;
    }

    void newPage()
    {
        m_writer.newPage();
        m_y = marginTop;
        ++m_pageIndex;
    }
    int pageIndex() const { return m_pageIndex; }

    // Lays text out in [left, right) from the current line, breaking pages as needed; returns
    // the height used on the last page.
    void paragraph(const QString &text, const QFont &font, double left, double right,
                   Qt::Alignment alignment = Qt::AlignLeft, double firstIndent = 0,
                   double pageBottom = pageHeight - marginBottom)
    {
        QTextLayout layout(text, font, &m_writer);
        QTextOption option;
        option.setAlignment(alignment);
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        layout.beginLayout();
        bool first = true;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            const double indent = first ? firstIndent : 0;
            line.setLineWidth(right - left - indent);
            line.setPosition(QPointF(indent, 0));
            first = false;
        }
        layout.endLayout();
        const double leading = QFontMetricsF(font, &m_writer).height() * 0.35;
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            if (m_y + line.height() > pageBottom)
                newPage();
            line.draw(&m_painter, QPointF(left, m_y - line.y()));
            m_y += line.height() + leading;
        }
    }

    // One line at a given height, without moving on: for the issuer's and the number's
    // columns, which share rows.
    double lineAt(const QString &text, const QFont &font, double left, double right, double top,
                  Qt::Alignment alignment)
    {
        const double saved = m_y;
        m_y = top;
        paragraph(text, font, left, right, alignment);
        const double bottom = m_y;
        m_y = saved;
        return bottom;
    }

private:
    QPdfWriter &m_writer;
    QPainter m_painter;
    QString m_family;
    double m_y = marginTop;
    int m_pageIndex = 0;
};

QString placeText(int page, const QRectF &rect)
{
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(page)
        .arg(rect.x(), 0, 'f', 4)
        .arg(rect.y(), 0, 'f', 4)
        .arg(rect.width(), 0, 'f', 4)
        .arg(rect.height(), 0, 'f', 4);
}

// Where the layout put the lines that are filled in later: the signature block, and the number
// and date lines the clerk's office stamps at issue (DocumentEngine::stampNumber).
struct Places
{
    int signaturePage = 0;
    QRectF signature;
    QRectF numberLine; // page 1, fractions of the page
    QRectF dateLine;
};

QByteArray placesXmp(const QString &title, const Places &places, const QString &placeName)
{
    return QStringLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
               "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
               "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
               "xmlns:saraban='%1' saraban:signaturePlace='%2' saraban:numberPlace='%4' "
               "saraban:datePlace='%5' saraban:placeName='%6'>\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%3</rdf:li></rdf:Alt></dc:title>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
        .arg(QString::fromLatin1(signaturePlaceNamespace),
             placeText(places.signaturePage, places.signature), title.toHtmlEscaped(),
             placeText(0, places.numberLine), placeText(0, places.dateLine),
             QString::fromLatin1(placeName.toUtf8().toPercentEncoding()))
        .toUtf8();
}

} // namespace

QString DocumentEngine::laoFamily(const QString &preferred)
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Lao);
    for (const QString &wanted :
         {preferred, QStringLiteral("Phetsarath OT"), QStringLiteral("Noto Sans Lao")}) {
        if (!wanted.isEmpty() && families.contains(wanted))
            return wanted;
    }
    return families.value(0);
}

namespace {

// "page x y w h" of one of Saraban's XMP attributes, the rectangle inside the page.
std::optional<std::pair<int, QRectF>> readPlace(const QString &xmpMetadata, const QString &name)
{
    if (!xmpMetadata.contains(QLatin1String(signaturePlaceNamespace)))
        return std::nullopt;
    const QRegularExpression attribute(QStringLiteral("saraban:") + name +
                                       QStringLiteral("=['\"](\\d+) ([0-9.]+) ([0-9.]+) "
                                                      "([0-9.]+) ([0-9.]+)['\"]"));
    const QRegularExpressionMatch match = attribute.match(xmpMetadata);
    if (!match.hasMatch())
        return std::nullopt;
    const QRectF rect(match.captured(2).toDouble(), match.captured(3).toDouble(),
                      match.captured(4).toDouble(), match.captured(5).toDouble());
    if (rect.isEmpty() || rect.left() < 0 || rect.top() < 0 || rect.right() > 1 ||
        rect.bottom() > 1)
        return std::nullopt;
    return std::make_pair(match.captured(1).toInt(), rect);
}

} // namespace

std::optional<std::pair<int, QRectF>> DocumentEngine::signaturePlace(const QString &xmpMetadata)
{
    return readPlace(xmpMetadata, QStringLiteral("signaturePlace"));
}

std::optional<NumberPlaces> DocumentEngine::numberPlaces(const QString &xmpMetadata)
{
    const auto number = readPlace(xmpMetadata, QStringLiteral("numberPlace"));
    const auto date = readPlace(xmpMetadata, QStringLiteral("datePlace"));
    if (!number || !date)
        return std::nullopt;
    static const QRegularExpression placeName(QStringLiteral("saraban:placeName='([^']*)'"));
    // Percent-encoded UTF-8 (placesXmp): Poppler 22.12 hands XMP over decoded as
    // PDFDocEncoding, which would garble Lao.
    const QString place = QString::fromUtf8(
        QByteArray::fromPercentEncoding(placeName.match(xmpMetadata).captured(1).toLatin1()));
    return NumberPlaces{number->second, date->second, place};
}

namespace {

QRectF fraction(const QRectF &pixels)
{
    return QRectF(pixels.x() / pageWidth, pixels.y() / pageHeight, pixels.width() / pageWidth,
                  pixels.height() / pageHeight);
}

// Draws the letter; returns where the signature, the number and the date go, or nothing when
// QPdfWriter did not start.
std::optional<Places> layOut(QPdfWriter &writer, const QString &family,
                             const LetterTemplate &letterTemplate, const LetterContent &content)
{
    Composer page(writer, family);
    if (!page.isActive())
        return std::nullopt;
    const double left = marginLeft;
    const double right = pageWidth - marginRight;
    const double middle = left + (right - left) * 0.5;

    page.paragraph(letterTemplate.stateLine1, page.font(14, true), left, right, Qt::AlignHCenter);
    page.paragraph(letterTemplate.stateLine2, page.font(13, true), left, right, Qt::AlignHCenter);
    page.skip(70);

    // The issuer on the left, the number and the place and date on the right, on the rows
    // below it: read in that order, one column after the other.
    const double top = page.y();
    double leftBottom = top;
    for (const QString &issuer : letterTemplate.issuerLines)
        leftBottom =
            page.lineAt(issuer, page.font(13, true), left, middle, leftBottom, Qt::AlignLeft);
    Places places;
    const double rowHeight = QFontMetricsF(page.font(13), &writer).height();
    places.numberLine = fraction(QRectF(middle, leftBottom, right - middle, rowHeight));
    double rightBottom = page.lineAt(LetterLayout::numberLine(content), page.font(13), middle,
                                     right, leftBottom, Qt::AlignRight);
    places.dateLine = fraction(QRectF(middle, rightBottom, right - middle, rowHeight));
    rightBottom = page.lineAt(LetterLayout::placeAndDateLine(letterTemplate, content),
                              page.font(13), middle, right, rightBottom, Qt::AlignRight);
    page.setY(std::max(leftBottom, rightBottom));
    page.skip(70);

    if (!content.title.isEmpty())
        page.paragraph(content.title, page.font(16, true), left, right, Qt::AlignHCenter);
    if (!content.concerning.isEmpty())
        page.paragraph(QStringLiteral("ວ່າດ້ວຍ ") + content.concerning, page.font(14, true), left,
                       right, Qt::AlignHCenter);
    page.skip(50);
    if (!content.recipient.isEmpty())
        page.paragraph(QStringLiteral("ຮຽນ: ") + content.recipient, page.font(13), left, right);
    if (!content.subject.isEmpty())
        page.paragraph(QStringLiteral("ເລື່ອງ: ") + content.subject, page.font(13), left, right);
    if (!content.references.isEmpty())
        page.skip(20);
    for (const QString &reference : content.references)
        page.paragraph(QStringLiteral("- ອີງຕາມ ") + reference, page.font(13), left + 60, right);
    page.skip(30);
    for (const QString &paragraph : content.bodyParagraphs) {
        page.paragraph(paragraph, page.font(13), left, right, Qt::AlignLeft, 150);
        page.skip(12);
    }

    // The signatory's block around the template's signature place on the last page: the title
    // above it, the name below. A body that reaches into it moves the block down, or to a new
    // page when it does not fit; where it went is written into the file's XMP metadata, which
    // the signing step reads (signaturePlace), so the signature lands between title and name
    // wherever the body ended.
    const QRectF wanted(letterTemplate.signatureRect.x() * pageWidth,
                        letterTemplate.signatureRect.y() * pageHeight,
                        letterTemplate.signatureRect.width() * pageWidth,
                        letterTemplate.signatureRect.height() * pageHeight);
    const QFont titleFont = page.font(13, true);
    const double lineHeight = QFontMetricsF(titleFont, &writer).height() * 1.3;
    QRectF place = wanted;
    if (page.y() + lineHeight > place.top())
        place.moveTop(page.y() + lineHeight);
    if (place.bottom() + 20 + lineHeight > pageHeight - marginBottom) {
        page.newPage();
        place = wanted;
    }
    if (!content.signatoryTitle.isEmpty())
        page.lineAt(content.signatoryTitle, titleFont, place.left(), place.right(),
                    place.top() - lineHeight, Qt::AlignHCenter);
    if (!content.signatoryName.isEmpty())
        page.lineAt(content.signatoryName, page.font(13, true), place.left(), place.right(),
                    place.bottom() + 20, Qt::AlignHCenter);
    page.end();
    places.signaturePage = page.pageIndex();
    places.signature = fraction(place);
    return places;
}

} // namespace

Result<QByteArray> DocumentEngine::compose(const LetterTemplate &letterTemplate,
                                           const LetterContent &content)
{
    const QString family = laoFamily(letterTemplate.fontFamily);
    if (family.isEmpty())
        return Error{QStringLiteral("compose.font"), QStringLiteral("no font with Lao letters"),
                     QFontDatabase::families().join(QStringLiteral(", "))};
    // Twice: QPdfWriter writes the XMP metadata when it starts, and where the signature goes is
    // known only once the body is laid out. The layout is the same both times.
    std::optional<Places> place;
    QByteArray bytes;
    for (int pass = 0; pass < 2; ++pass) {
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(dpi);
        writer.setTitle(content.documentTitle());
        writer.setCreator(QStringLiteral("Saraban"));
        if (place)
            writer.setDocumentXmpMetadata(
                placesXmp(content.documentTitle(), *place, letterTemplate.place));
        place = layOut(writer, family, letterTemplate, content);
        if (!place)
            return Error{
                QStringLiteral("compose.failed"), QStringLiteral("QPdfWriter did not start"), {}};
    }
    qCDebug(lcPdfEngine) << "composed" << bytes.size() << "bytes with" << family
                         << "signature on page" << place->signaturePage << place->signature;
    return bytes;
}

} // namespace saraban::pdf::engine
