#include "core/services/minimalpdf.h"

#include <QList>

namespace saraban {

namespace {

QByteArray escaped(const QString &line)
{
    QByteArray out;
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e) {
            out += '?';
        } else if (u == u'(' || u == u')' || u == u'\\') {
            out += '\\';
            out += static_cast<char>(u);
        } else {
            out += static_cast<char>(u);
        }
    }
    return out;
}

} // namespace

QByteArray MinimalPdf::page(const QStringList &lines)
{
    QByteArray stream = "BT /F1 12 Tf 72 770 Td 16 TL\n";
    for (const QString &line : lines)
        stream += '(' + escaped(line) + ") '\n";
    stream += "ET\n";

    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace saraban
