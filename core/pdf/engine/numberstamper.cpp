// DocumentEngine::stampNumber: the outgoing number and date, written onto a signed letter after
// the signature, by incremental update. The words are drawn by QPdfWriter on a page of the same
// size (so they are shaped by HarfBuzz and embedded with a ToUnicode map, like the composer's),
// and that page's content becomes the appearance of one stamp annotation on the letter's first
// page. Only new objects, a new version of the page and a cross-reference section are appended;
// the bytes a signature covers stay as they were, so it stays valid for its revision and a
// viewer shows the number as added after signing.
//
// The small reader below understands what QPdfWriter and Poppler write: classic cross-reference
// tables, objects not in object streams, a single content stream on the QPdfWriter page.
// Anything else is refused and the caller falls back to an image stamp.
#include "core/pdf/engine/documentengine.h"
#include "core/pdf/engine/popplerlog.h"
#include "core/pdf/pdflogging.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPdfWriter>

#include <map>
#include <optional>
#include <poppler-qt6.h>

namespace saraban::pdf::engine {

namespace {

struct Value
{
    enum class Type { Null, Bool, Number, String, Name, Array, Dict, Ref };
    Type type = Type::Null;
    QByteArray raw; // numbers, booleans, names (without '/'), strings with their delimiters
    QList<Value> items;
    QList<std::pair<QByteArray, Value>> entries;
    int number = 0;
    int generation = 0;

    const Value *get(const QByteArray &key) const
    {
        for (const auto &entry : entries) {
            if (entry.first == key)
                return &entry.second;
        }
        return nullptr;
    }
    void set(const QByteArray &key, Value value)
    {
        for (auto &entry : entries) {
            if (entry.first == key) {
                entry.second = std::move(value);
                return;
            }
        }
        entries.append({key, std::move(value)});
    }
    void remove(const QByteArray &key)
    {
        entries.removeIf([&key](const auto &entry) { return entry.first == key; });
    }
    static Value ref(int number, int generation = 0)
    {
        Value value;
        value.type = Type::Ref;
        value.number = number;
        value.generation = generation;
        return value;
    }
    static Value literal(Type type, QByteArray raw)
    {
        Value value;
        value.type = type;
        value.raw = std::move(raw);
        return value;
    }
};

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '[' || c == ']' || c == '<' || c == '>' || c == '(' ||
           c == ')' || c == '%' || c == '{' || c == '}';
}

class Parser
{
public:
    Parser(const QByteArray &data, qsizetype position)
        : m_data(data)
        , m_pos(position)
    {}

    qsizetype position() const { return m_pos; }

    void skipWhite()
    {
        while (m_pos < m_data.size()) {
            const char c = m_data.at(m_pos);
            if (c == '%') {
                while (m_pos < m_data.size() && m_data.at(m_pos) != '\n' &&
                       m_data.at(m_pos) != '\r')
                    ++m_pos;
            } else if (isWhite(c)) {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    QByteArray word()
    {
        skipWhite();
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && !isDelimiter(m_data.at(m_pos)))
            ++m_pos;
        return m_data.mid(start, m_pos - start);
    }

    bool keyword(const char *expected)
    {
        const qsizetype saved = m_pos;
        if (word() == expected)
            return true;
        m_pos = saved;
        return false;
    }

    std::optional<Value> value(int depth = 0)
    {
        if (depth > 64)
            return std::nullopt;
        skipWhite();
        if (m_pos >= m_data.size())
            return std::nullopt;
        const char c = m_data.at(m_pos);
        if (c == '<' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '<') {
            m_pos += 2;
            Value dict;
            dict.type = Value::Type::Dict;
            for (;;) {
                skipWhite();
                if (m_data.mid(m_pos, 2) == ">>") {
                    m_pos += 2;
                    return dict;
                }
                if (m_pos >= m_data.size() || m_data.at(m_pos) != '/')
                    return std::nullopt;
                ++m_pos;
                const QByteArray key = nameRest();
                std::optional<Value> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                dict.entries.append({key, std::move(*item)});
            }
        }
        if (c == '[') {
            ++m_pos;
            Value array;
            array.type = Value::Type::Array;
            for (;;) {
                skipWhite();
                if (m_pos < m_data.size() && m_data.at(m_pos) == ']') {
                    ++m_pos;
                    return array;
                }
                std::optional<Value> item = value(depth + 1);
                if (!item)
                    return std::nullopt;
                array.items.append(std::move(*item));
            }
        }
        if (c == '(') {
            const qsizetype start = m_pos++;
            int nesting = 1;
            while (m_pos < m_data.size() && nesting > 0) {
                const char d = m_data.at(m_pos++);
                if (d == '\\')
                    ++m_pos;
                else if (d == '(')
                    ++nesting;
                else if (d == ')')
                    --nesting;
            }
            if (nesting > 0)
                return std::nullopt;
            return Value::literal(Value::Type::String, m_data.mid(start, m_pos - start));
        }
        if (c == '<') {
            const qsizetype end = m_data.indexOf('>', m_pos);
            if (end < 0)
                return std::nullopt;
            const qsizetype start = m_pos;
            m_pos = end + 1;
            return Value::literal(Value::Type::String, m_data.mid(start, m_pos - start));
        }
        if (c == '/') {
            ++m_pos;
            return Value::literal(Value::Type::Name, nameRest());
        }
        const QByteArray token = word();
        if (token.isEmpty())
            return std::nullopt;
        if (token == "true" || token == "false")
            return Value::literal(Value::Type::Bool, token);
        if (token == "null")
            return Value{};
        bool isInteger = false;
        const int integer = token.toInt(&isInteger);
        if (isInteger) {
            // "n g R" is a reference; anything else leaves the number alone.
            const qsizetype saved = m_pos;
            bool isGeneration = false;
            const int generation = word().toInt(&isGeneration);
            if (isGeneration && keyword("R"))
                return Value::ref(integer, generation);
            m_pos = saved;
            return Value::literal(Value::Type::Number, token);
        }
        bool isReal = false;
        token.toDouble(&isReal);
        if (isReal)
            return Value::literal(Value::Type::Number, token);
        return std::nullopt;
    }

private:
    QByteArray nameRest()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_data.size() && !isDelimiter(m_data.at(m_pos)))
            ++m_pos;
        return m_data.mid(start, m_pos - start);
    }

    const QByteArray &m_data;
    qsizetype m_pos;
};

void write(QByteArray &out, const Value &value)
{
    switch (value.type) {
    case Value::Type::Null:
        out += "null";
        break;
    case Value::Type::Bool:
    case Value::Type::Number:
    case Value::Type::String:
        out += value.raw;
        break;
    case Value::Type::Name:
        out += '/' + value.raw;
        break;
    case Value::Type::Ref:
        out += QByteArray::number(value.number) + ' ' + QByteArray::number(value.generation) + " R";
        break;
    case Value::Type::Array:
        out += '[';
        for (const Value &item : value.items) {
            write(out, item);
            out += ' ';
        }
        out += ']';
        break;
    case Value::Type::Dict:
        out += "<<";
        for (const auto &entry : value.entries) {
            out += '/' + entry.first + ' ';
            write(out, entry.second);
            out += '\n';
        }
        out += ">>";
        break;
    }
}

struct Object
{
    Value value;
    std::optional<QByteArray> stream; // the raw (still encoded) bytes
    int generation = 0;
};

// A PDF file as its newest cross-reference sees it.
class Document
{
public:
    static std::optional<Document> read(const QByteArray &data)
    {
        Document document;
        document.m_data = &data;
        qsizetype start = data.lastIndexOf("startxref");
        if (start < 0)
            return std::nullopt;
        Parser tail(data, start + 9);
        bool ok = false;
        qint64 offset = tail.word().toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        document.m_lastXref = offset;
        QList<qint64> seen;
        while (offset >= 0) {
            if (seen.contains(offset) || offset >= data.size() || seen.size() > 1000)
                return std::nullopt;
            seen.append(offset);
            Parser parser(data, offset);
            if (!parser.keyword("xref"))
                return std::nullopt; // a cross-reference stream
            for (;;) {
                if (parser.keyword("trailer"))
                    break;
                bool first = false;
                bool count = false;
                const int from = parser.word().toInt(&first);
                const int entries = parser.word().toInt(&count);
                if (!first || !count || from < 0 || entries < 0)
                    return std::nullopt;
                for (int i = 0; i < entries; ++i) {
                    bool offsetOk = false;
                    const qint64 at = parser.word().toLongLong(&offsetOk);
                    const int generation = parser.word().toInt();
                    const QByteArray kind = parser.word();
                    if (!offsetOk || (kind != "n" && kind != "f"))
                        return std::nullopt;
                    if (!document.m_offsets.contains(from + i))
                        document.m_offsets.insert(from + i, kind == "n" ? at : -1);
                    Q_UNUSED(generation)
                }
            }
            std::optional<Value> trailer = parser.value();
            if (!trailer || trailer->type != Value::Type::Dict)
                return std::nullopt;
            if (trailer->get("XRefStm"))
                return std::nullopt; // a hybrid file: part of it is in streams
            if (document.m_trailer.type == Value::Type::Null)
                document.m_trailer = *trailer;
            const Value *previous = trailer->get("Prev");
            offset = previous ? previous->raw.toLongLong(&ok) : -1;
            if (previous && !ok)
                return std::nullopt;
        }
        const Value *size = document.m_trailer.get("Size");
        if (!size || !document.m_trailer.get("Root"))
            return std::nullopt;
        document.m_size = size->raw.toInt();
        return document;
    }

    std::optional<Object> object(int number) const
    {
        const qint64 at = m_offsets.value(number, -1);
        if (at < 0 || at >= m_data->size())
            return std::nullopt;
        Parser parser(*m_data, at);
        bool ok = false;
        if (parser.word().toInt(&ok) != number || !ok)
            return std::nullopt;
        Object object;
        object.generation = parser.word().toInt();
        if (!parser.keyword("obj"))
            return std::nullopt;
        std::optional<Value> value = parser.value();
        if (!value)
            return std::nullopt;
        object.value = std::move(*value);
        if (parser.keyword("stream")) {
            qsizetype begin = parser.position();
            if (m_data->mid(begin, 2) == "\r\n")
                begin += 2;
            else if (m_data->mid(begin, 1) == "\n")
                begin += 1;
            const Value *length = object.value.get("Length");
            std::optional<Value> resolved = length ? resolve(*length) : std::nullopt;
            if (!resolved || resolved->type != Value::Type::Number)
                return std::nullopt;
            const qsizetype bytes = resolved->raw.toLongLong();
            if (bytes < 0 || begin + bytes > m_data->size())
                return std::nullopt;
            object.stream = m_data->mid(begin, bytes);
        }
        return object;
    }

    std::optional<Value> resolve(const Value &value) const
    {
        if (value.type != Value::Type::Ref)
            return value;
        std::optional<Object> target = object(value.number);
        if (!target)
            return std::nullopt;
        return target->value;
    }

    // The first page's object number and dictionary.
    std::optional<std::pair<int, Object>> firstPage() const
    {
        std::optional<Value> root = resolve(*m_trailer.get("Root"));
        const Value *pages = root ? root->get("Pages") : nullptr;
        if (!pages || pages->type != Value::Type::Ref)
            return std::nullopt;
        int number = pages->number;
        for (int depth = 0; depth < 32; ++depth) {
            std::optional<Object> node = object(number);
            if (!node)
                return std::nullopt;
            const Value *type = node->value.get("Type");
            if (type && type->raw == "Page")
                return std::make_pair(number, *node);
            const Value *kids = node->value.get("Kids");
            std::optional<Value> list = kids ? resolve(*kids) : std::nullopt;
            if (!list || list->items.isEmpty() || list->items.first().type != Value::Type::Ref)
                return std::nullopt;
            number = list->items.first().number;
        }
        return std::nullopt;
    }

    const Value &trailer() const { return m_trailer; }
    int size() const { return m_size; }
    qint64 lastXref() const { return m_lastXref; }

private:
    const QByteArray *m_data = nullptr;
    QHash<int, qint64> m_offsets;
    Value m_trailer;
    int m_size = 0;
    qint64 m_lastXref = 0;
};

void collectRefs(const Value &value, QList<int> &out)
{
    if (value.type == Value::Type::Ref)
        out.append(value.number);
    for (const Value &item : value.items)
        collectRefs(item, out);
    for (const auto &entry : value.entries)
        collectRefs(entry.second, out);
}

void renumber(Value &value, const std::map<int, int> &numbers)
{
    if (value.type == Value::Type::Ref) {
        const auto found = numbers.find(value.number);
        if (found != numbers.end()) {
            value.number = found->second;
            value.generation = 0;
        }
    }
    for (Value &item : value.items)
        renumber(item, numbers);
    for (auto &entry : value.entries)
        renumber(entry.second, numbers);
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes += static_cast<char>(c.unicode() >> 8);
        bytes += static_cast<char>(c.unicode() & 0xff);
    }
    return '<' + bytes.toHex() + '>';
}

// The lines drawn on a page the size of the letter's first page, by QPdfWriter; white behind
// them when they replace the composer's dotted lines.
Result<QByteArray> drawOverlay(const QSizeF &points, const QList<std::pair<QRectF, QString>> &lines,
                               bool whiteOut, const QString &family)
{
    constexpr int dpi = 300;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(points, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(dpi);
    writer.setCreator(QStringLiteral("Saraban"));
    QPainter painter(&writer);
    if (!painter.isActive())
        return Error{
            QStringLiteral("stamp.failed"), QStringLiteral("QPdfWriter did not start"), {}};
    const QSizeF pixels(points.width() / 72.0 * dpi, points.height() / 72.0 * dpi);
    for (const auto &[rect, text] : lines) {
        const QRectF area(rect.x() * pixels.width(), rect.y() * pixels.height(),
                          rect.width() * pixels.width(), rect.height() * pixels.height());
        if (whiteOut)
            painter.fillRect(area, Qt::white);
        // The composer's size (13 pt) when it fits, smaller when a long number would not.
        QFont font(family);
        font.setKerning(false);
        for (double size = 13; size > 6; size -= 0.5) {
            font.setPointSizeF(size);
            if (QFontMetricsF(font, &writer).horizontalAdvance(text) <= area.width())
                break;
        }
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip, text);
    }
    painter.end();
    buffer.close();
    return bytes;
}

Result<QByteArray> failed(const QString &why)
{
    return Error{QStringLiteral("stamp.failed"), why, {}};
}

// The incremental update that adds the overlay's page content as a stamp annotation.
Result<QByteArray> appendAnnotation(const QByteArray &pdf, const QByteArray &overlayPdf,
                                    const QRectF &box, const QSizeF &points,
                                    const QString &contents, const QString &author)
{
    std::optional<Document> target = Document::read(pdf);
    std::optional<Document> overlay = Document::read(overlayPdf);
    if (!target || !overlay)
        return failed(QStringLiteral("unsupported cross-reference"));
    std::optional<std::pair<int, Object>> page = target->firstPage();
    std::optional<std::pair<int, Object>> overlayPage = overlay->firstPage();
    if (!page || !overlayPage)
        return failed(QStringLiteral("no first page"));
    const Value *contentsRef = overlayPage->second.value.get("Contents");
    const Value *resources = overlayPage->second.value.get("Resources");
    if (!contentsRef || contentsRef->type != Value::Type::Ref || !resources)
        return failed(QStringLiteral("unexpected overlay page"));
    std::optional<Object> content = overlay->object(contentsRef->number);
    std::optional<Value> resourceDict = overlay->resolve(*resources);
    if (!content || !content->stream || !resourceDict)
        return failed(QStringLiteral("unexpected overlay content"));

    // The overlay's objects the resources need (fonts, their files and maps), renumbered after
    // the letter's last object.
    std::map<int, int> numbers;
    std::map<int, Object> copied;
    int next = target->size();
    QList<int> pending;
    collectRefs(*resourceDict, pending);
    while (!pending.isEmpty()) {
        const int number = pending.takeLast();
        if (numbers.count(number))
            continue;
        std::optional<Object> object = overlay->object(number);
        if (!object)
            return failed(QStringLiteral("missing overlay object"));
        numbers[number] = next++;
        collectRefs(object->value, pending);
        copied[number] = std::move(*object);
    }

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::map<int, std::pair<qint64, int>> offsets; // number -> offset, generation
    auto put = [&out, &offsets](int number, int generation, const Value &value,
                                const std::optional<QByteArray> &stream) {
        offsets[number] = {out.size(), generation};
        out += QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n";
        if (stream) {
            Value dict = value;
            dict.set("Length",
                     Value::literal(Value::Type::Number, QByteArray::number(stream->size())));
            write(out, dict);
            out += "\nstream\n" + *stream + "\nendstream";
        } else {
            write(out, value);
        }
        out += "\nendobj\n";
    };
    for (auto &[old, object] : copied) {
        renumber(object.value, numbers);
        put(numbers.at(old), 0, object.value, object.stream);
    }

    const double x1 = box.left() * points.width();
    const double x2 = box.right() * points.width();
    const double y1 = points.height() * (1 - box.bottom());
    const double y2 = points.height() * (1 - box.top());
    auto number = [](double v) {
        return Value::literal(Value::Type::Number, QByteArray::number(v, 'f', 3));
    };
    Value rect;
    rect.type = Value::Type::Array;
    rect.items = {number(x1), number(y1), number(x2), number(y2)};

    // The overlay page's drawing as a form: its box is the same rectangle in the same page
    // space, so it lands on the letter exactly where QPdfWriter drew it.
    Value form;
    form.type = Value::Type::Dict;
    form.set("Type", Value::literal(Value::Type::Name, "XObject"));
    form.set("Subtype", Value::literal(Value::Type::Name, "Form"));
    form.set("BBox", rect);
    Value renumberedResources = *resourceDict;
    renumber(renumberedResources, numbers);
    form.set("Resources", renumberedResources);
    for (const char *key : {"Filter", "DecodeParms"}) {
        if (const Value *kept = content->value.get(key))
            form.set(key, *kept);
    }
    const int formNumber = next++;
    put(formNumber, 0, form, content->stream);

    Value appearance;
    appearance.type = Value::Type::Dict;
    appearance.set("N", Value::ref(formNumber));
    Value annotation;
    annotation.type = Value::Type::Dict;
    annotation.set("Type", Value::literal(Value::Type::Name, "Annot"));
    annotation.set("Subtype", Value::literal(Value::Type::Name, "Stamp"));
    annotation.set("Name", Value::literal(Value::Type::Name, "SarabanNumber"));
    annotation.set("Rect", rect);
    annotation.set("F", Value::literal(Value::Type::Number, "4")); // printed
    annotation.set("P", Value::ref(page->first, page->second.generation));
    annotation.set("Contents", Value::literal(Value::Type::String, utf16Hex(contents)));
    annotation.set("T", Value::literal(Value::Type::String, utf16Hex(author)));
    annotation.set(
        "M", Value::literal(Value::Type::String, "(D:" +
                                                     QDateTime::currentDateTimeUtc()
                                                         .toString(QStringLiteral("yyyyMMddHHmmss"))
                                                         .toLatin1() +
                                                     "Z)"));
    annotation.set("AP", appearance);
    const int annotationNumber = next++;
    put(annotationNumber, 0, annotation, std::nullopt);

    // The first page again, with the annotation in its list (or its list again, when the list
    // is an object of its own).
    Value pageDict = page->second.value;
    const Value *annots = pageDict.get("Annots");
    if (annots && annots->type == Value::Type::Ref) {
        std::optional<Object> list = target->object(annots->number);
        if (!list || list->value.type != Value::Type::Array)
            return failed(QStringLiteral("unexpected annotation list"));
        list->value.items.append(Value::ref(annotationNumber));
        put(annots->number, list->generation, list->value, std::nullopt);
    } else {
        Value list;
        list.type = Value::Type::Array;
        if (annots && annots->type == Value::Type::Array)
            list = *annots;
        else if (annots)
            return failed(QStringLiteral("unexpected annotation list"));
        list.items.append(Value::ref(annotationNumber));
        pageDict.set("Annots", list);
        put(page->first, page->second.generation, pageDict, page->second.stream);
    }

    const qint64 xref = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (const auto &[objectNumber, where] : offsets) {
        out += QByteArray::number(objectNumber) + " 1\n";
        out += QByteArray::number(where.first).rightJustified(10, '0') + ' ' +
               QByteArray::number(where.second).rightJustified(5, '0') + " n \n";
    }
    Value trailer;
    trailer.type = Value::Type::Dict;
    trailer.set("Size", Value::literal(Value::Type::Number, QByteArray::number(next)));
    for (const char *key : {"Root", "Info", "ID"}) {
        if (const Value *kept = target->trailer().get(key))
            trailer.set(key, *kept);
    }
    trailer.set("Prev",
                Value::literal(Value::Type::Number, QByteArray::number(target->lastXref())));
    out += "trailer\n";
    write(out, trailer);
    out += "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace

Result<QByteArray> DocumentEngine::stampNumber(const QByteArray &pdf, const QString &number,
                                               const QDate &date, const QString &author)
{
    const QString family = laoFamily();
    if (family.isEmpty())
        return Error{
            QStringLiteral("compose.font"), QStringLiteral("no font with Lao letters"), {}};
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return Error{QStringLiteral("pdf.open"), QStringLiteral("Poppler cannot read this file"),
                     PopplerLog::recent()};
    if (document->numPages() <= 0)
        return Error{QStringLiteral("pdf.nopages"), QStringLiteral("the file has no pages"), {}};
    std::unique_ptr<Poppler::Page> first = document->page(0);
    if (!first)
        return Error{QStringLiteral("pdf.page"), QStringLiteral("no such page"), {}};
    const QSizeF points = first->pageSizeF();

    LetterContent issued;
    issued.number = number;
    issued.date = date;
    const QString numberLine = LetterLayout::numberLine(issued);
    QList<std::pair<QRectF, QString>> lines;
    QRectF box;
    bool whiteOut = false;
    if (const std::optional<NumberPlaces> places = numberPlaces(document->metadata())) {
        // The composer's own lines, written again whole over the dotted ones.
        LetterTemplate letterTemplate;
        letterTemplate.place = places->placeName;
        const QString dateLine = places->placeName.isEmpty()
                                     ? LetterLayout::laoDate(date)
                                     : LetterLayout::placeAndDateLine(letterTemplate, issued);
        lines = {{places->numberLine, numberLine}, {places->dateLine, dateLine}};
        box = places->numberLine.united(places->dateLine);
        whiteOut = true;
    } else {
        // Not composed by Saraban: the top right corner of the first page, above most letters'
        // text, on a transparent ground so nothing underneath is hidden.
        const QRectF numberRect(0.52, 0.012, 0.45, 0.022);
        const QRectF dateRect(0.52, 0.034, 0.45, 0.022);
        lines = {{numberRect, numberLine}, {dateRect, LetterLayout::laoDate(date)}};
        box = numberRect.united(dateRect);
    }
    QStringList words;
    for (const auto &line : lines)
        words << line.second;

    Result<QByteArray> overlay = drawOverlay(points, lines, whiteOut, family);
    if (!overlay)
        return overlay.error();
    Result<QByteArray> result =
        appendAnnotation(pdf, *overlay, box, points, words.join(QLatin1Char('\n')), author);
    if (!result) {
        // Written as an image stamp instead: the words are seen and printed, though not found
        // by text search.
        qCInfo(lcPdfEngine) << "number as text failed (" << result.error().message
                            << "), writing it as an image stamp";
        StampMark mark;
        mark.kind = StampMark::Kind::Received;
        mark.rect = box;
        mark.lines = words;
        mark.author = author;
        return stamp(pdf, {mark});
    }
    // Read back before answering: a file Poppler cannot open, or whose first page lost its
    // stamp, is worse than no stamp.
    std::unique_ptr<Poppler::Document> check = Poppler::Document::loadFromData(*result);
    std::unique_ptr<Poppler::Page> checkPage =
        check && check->numPages() == document->numPages() ? check->page(0) : nullptr;
    if (!checkPage || checkPage->annotations().size() != first->annotations().size() + 1)
        return failed(QStringLiteral("the stamped file does not read back"));
    if (!result->startsWith(pdf))
        return failed(QStringLiteral("the result is not an incremental update of the file"));
    qCInfo(lcPdfEngine) << "numbered" << number << ":" << pdf.size() << "->" << result->size()
                        << "bytes";
    return result;
}

} // namespace saraban::pdf::engine
