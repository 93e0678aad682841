#include "core/services/csvreader.h"

#include <QStringDecoder>

namespace saraban {

Result<QList<CsvReader::Row>> CsvReader::parse(const QByteArray &content)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(content);
    if (decoder.hasError()) {
        return Error{QStringLiteral("csv.encoding"), tr("The file is not UTF-8 text."), QString()};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank)
            rows << row;
        row = Row{};
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error{QStringLiteral("csv.quote"),
                     tr("Line %1: a quoted field is not closed.").arg(row.line), QString()};
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

} // namespace saraban
