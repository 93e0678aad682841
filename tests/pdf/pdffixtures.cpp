#include "tests/pdf/pdffixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace saraban::test {

namespace {

// Enough room for a CMS with a two-certificate chain, in hex.
constexpr int contentsHexLength = 16384;

QString run(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) +
               QStringLiteral(": ") + QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray pageContent(const QStringList &lines)
{
    QByteArray content = "BT /F1 14 Tf 72 770 Td 20 TL\n";
    for (const QString &line : lines) {
        QByteArray text = line.toLatin1();
        text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
        content += "(" + text + ") Tj T*\n";
    }
    return content + "ET\n";
}

QByteArray stream(const QByteArray &content)
{
    return "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
           "\nendstream";
}

} // namespace

TestPki TestPki::create(const QString &directory)
{
    TestPki pki;
    pki.directory = directory;
    QDir().mkpath(directory);
    const QString openssl = QStringLiteral("openssl");
    write(directory + QStringLiteral("/ca.cnf"),
          "[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\ncrlnumber = crlnumber\n"
          "default_md = sha256\ndefault_crl_days = 36500\ncertificate = ca.pem\n"
          "private_key = ca.key\n");
    write(directory + QStringLiteral("/index.txt"), {});
    write(directory + QStringLiteral("/crlnumber"), "01\n");
    write(directory + QStringLiteral("/leaf.ext"),
          "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
          "extendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\n"
          "authorityKeyIdentifier=keyid\n");
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                         QStringLiteral("-nodes")};
    const QList<QStringList> steps{
        QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
            QStringList{
                QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("36500"),
                QStringLiteral("-subj"),
                QStringLiteral("/C=LA/O=Saraban Test/CN=Saraban Test Government CA"),
                QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
        QStringList{QStringLiteral("req")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("signer.key"),
                        QStringLiteral("-out"), QStringLiteral("signer.csr"),
                        QStringLiteral("-utf8"), QStringLiteral("-subj"),
                        QStringLiteral("/C=LA/O=Ministry of Testing/CN=ສົມພອນ ທົດສອບ")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("signer.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
         QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("36500"),
         QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
         QStringLiteral("signer.pem")},
        QStringList{QStringLiteral("req")} + ec +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("revoked.key"),
                        QStringLiteral("-out"), QStringLiteral("revoked.csr"),
                        QStringLiteral("-subj"),
                        QStringLiteral("/C=LA/O=Ministry of Testing/CN=Revoked Signer")},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
         QStringLiteral("revoked.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-set_serial"),
         QStringLiteral("3"), QStringLiteral("-days"), QStringLiteral("36500"),
         QStringLiteral("-extfile"), QStringLiteral("leaf.ext"), QStringLiteral("-out"),
         QStringLiteral("revoked.pem")},
        {QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
         QStringLiteral("-revoke"), QStringLiteral("revoked.pem")},
        {QStringLiteral("ca"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
         QStringLiteral("-gencrl"), QStringLiteral("-out"), QStringLiteral("crl.pem")},
        {QStringLiteral("crl"), QStringLiteral("-in"), QStringLiteral("crl.pem"),
         QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
         QStringLiteral("crl.der")},
    };
    for (const QStringList &step : steps) {
        pki.error = run(openssl, step, directory);
        if (!pki.error.isEmpty())
            return pki;
    }
    pki.caCertificate = directory + QStringLiteral("/ca.pem");
    pki.signerCertificate = directory + QStringLiteral("/signer.pem");
    pki.signerKey = directory + QStringLiteral("/signer.key");
    pki.revokedCertificate = directory + QStringLiteral("/revoked.pem");
    pki.revokedKey = directory + QStringLiteral("/revoked.key");
    pki.revocationList = directory + QStringLiteral("/crl.der");
    return pki;
}

TestPdf TestPdf::simple(const QStringList &lines, int pages)
{
    TestPdf pdf;
    QList<QByteArray> objects;
    QByteArray kids = "3 0 R";
    for (int page = 2; page <= pages; ++page)
        kids += " " + QByteArray::number(6 + 2 * (page - 2)) + " 0 R";
    pdf.m_catalog = "/Type /Catalog /Pages 2 0 R";
    pdf.m_pageDict = "/Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R";
    objects << "<< " + pdf.m_catalog + " >>"
            << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>"
            << "<< " + pdf.m_pageDict + " >>" << stream(pageContent(lines))
            << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    for (int page = 2; page <= pages; ++page) {
        const QByteArray content = QByteArray::number(7 + 2 * (page - 2));
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
                   "/F1 5 0 R >> >> /Contents " +
                       content + " 0 R >>"
                << stream(pageContent({QStringLiteral("Page %1").arg(page)}));
    }
    QByteArray out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
    QList<qint64> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    pdf.m_lastXref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf.m_size = static_cast<int>(objects.size()) + 1;
    out += "trailer\n<< /Size " + QByteArray::number(pdf.m_size) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(pdf.m_lastXref) + "\n%%EOF\n";
    pdf.m_bytes = out;
    return pdf;
}

TestPdf TestPdf::noisy(int operators)
{
    TestPdf pdf = simple({QStringLiteral("A noisy page, then a quiet one.")}, 2);
    QByteArray content = "q ";
    content.reserve(operators * 2 + 4);
    for (int i = 0; i < operators; ++i)
        content += "x ";
    content += "Q";
    const int object = pdf.nextObject();
    const QByteArray contents = "/Contents " + QByteArray::number(object) + " 0 R";
    const QByteArray page =
        "<< " + QByteArray(pdf.m_pageDict).replace("/Contents 4 0 R", contents) + " >>";
    pdf.appendUpdate({{object, stream(content)}, {3, page}});
    return pdf;
}

QByteArray TestPdf::manyPages(int pages)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qint64> offsets;
    const auto add = [&](const QByteArray &body) {
        offsets << out.size();
        out += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    add("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    kids.reserve(pages * 10);
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(i + 3) + " 0 R ";
    add("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) +
        " /MediaBox [0 0 595 842] >>");
    for (int i = 0; i < pages; ++i)
        add("<< /Type /Page /Parent 2 0 R >>");
    const qint64 xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

void TestPdf::appendUpdate(const QList<QPair<int, QByteArray>> &objects)
{
    QList<QPair<int, qint64>> offsets;
    for (const auto &[number, body] : objects) {
        offsets.append({number, m_bytes.size()});
        m_bytes += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qint64 xref = m_bytes.size();
    m_bytes += "xref\n";
    for (const auto &[number, offset] : offsets)
        m_bytes += QByteArray::number(number) + " 1\n" +
                   QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    m_bytes += "trailer\n<< /Size " + QByteArray::number(m_size) + " /Root 1 0 R /Prev " +
               QByteArray::number(m_lastXref) + " >>\nstartxref\n" + QByteArray::number(xref) +
               "\n%%EOF\n";
    m_lastXref = xref;
}

QString TestPdf::sign(const TestPki &pki, const QString &certificate, const QString &key,
                      const QString &fieldName)
{
    const int signature = nextObject();
    const int field = nextObject();
    const QByteArray placeholder = "[0 0000000000 0000000000 0000000000]";
    const QByteArray now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    m_fields << QStringLiteral("%1 0 R").arg(field);
    m_annots << QStringLiteral("%1 0 R").arg(field);
    appendUpdate({
        {1, "<< " + m_catalog + " /AcroForm << /Fields [" +
                m_fields.join(QLatin1Char(' ')).toLatin1() + "] /SigFlags 3 >> >>"},
        {3,
         "<< " + m_pageDict + " /Annots [" + m_annots.join(QLatin1Char(' ')).toLatin1() + "] >>"},
        {signature, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached "
                    "/ByteRange " +
                        placeholder + " /Contents <" + QByteArray(contentsHexLength, '0') +
                        "> /M (D:" + now + "Z) /Reason (Approved) /Location (Vientiane) >>"},
        {field, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (" + fieldName.toLatin1() + ") /V " +
                    QByteArray::number(signature) + " 0 R /F 132 /Rect [0 0 0 0] /P 3 0 R >>"},
    });

    const qsizetype contentsStart = m_bytes.lastIndexOf("/Contents <") + 10;
    const qsizetype contentsEnd = contentsStart + contentsHexLength + 2;
    const qsizetype rangeAt = m_bytes.lastIndexOf(placeholder);
    const QByteArray range =
        "[0 " + QByteArray::number(contentsStart).rightJustified(10, '0') + " " +
        QByteArray::number(contentsEnd).rightJustified(10, '0') + " " +
        QByteArray::number(m_bytes.size() - contentsEnd).rightJustified(10, '0') + "]";
    m_bytes.replace(rangeAt, placeholder.size(), range);

    QTemporaryDir scratch;
    const QString data = scratch.filePath(QStringLiteral("signed.bin"));
    const QString cms = scratch.filePath(QStringLiteral("signature.der"));
    write(data, m_bytes.left(contentsStart) + m_bytes.mid(contentsEnd));
    const QString error =
        run(QStringLiteral("openssl"),
            {QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
             QStringLiteral("-in"), data, QStringLiteral("-signer"), certificate,
             QStringLiteral("-inkey"), key, QStringLiteral("-certfile"), pki.caCertificate,
             QStringLiteral("-md"), QStringLiteral("sha256"), QStringLiteral("-nosmimecap"),
             QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"), cms},
            scratch.path());
    if (!error.isEmpty())
        return error;
    QFile signatureFile(cms);
    if (!signatureFile.open(QIODevice::ReadOnly))
        return QStringLiteral("no signature written");
    const QByteArray hex = signatureFile.readAll().toHex();
    if (hex.size() > contentsHexLength)
        return QStringLiteral("signature too large for its placeholder");
    m_bytes.replace(contentsStart + 1, hex.size(), hex);
    return {};
}

void TestPdf::appendChange(const QString &title)
{
    const int content = nextObject();
    const QByteArray original = "/Contents " + QByteArray::number(m_contentsObject) + " 0 R";
    const QByteArray contents = "/Contents [" + QByteArray::number(m_contentsObject) + " 0 R " +
                                QByteArray::number(content) + " 0 R]";
    QByteArray page = "<< " + QByteArray(m_pageDict).replace(original, contents);
    if (!m_annots.isEmpty())
        page += " /Annots [" + m_annots.join(QLatin1Char(' ')).toLatin1() + "]";
    page += " >>";
    appendUpdate(
        {{content, stream(pageContent({QString(), QString(), title}))}, {m_pageObject, page}});
}

namespace {

// The dictionary (without << >>) or array text of object "number 0 obj", its last definition.
QByteArray objectBody(const QByteArray &bytes, int object)
{
    const QRegularExpression header(QStringLiteral("(^|[\\r\\n ])%1 0 obj").arg(object));
    const QString text = QString::fromLatin1(bytes);
    qsizetype at = -1;
    QRegularExpressionMatchIterator it = header.globalMatch(text);
    while (it.hasNext())
        at = it.next().capturedEnd();
    if (at < 0)
        return {};
    const qsizetype end = bytes.indexOf("endobj", at);
    QByteArray body = bytes.mid(at, end - at).trimmed();
    if (body.startsWith("<<") && body.endsWith(">>"))
        body = body.mid(2, body.size() - 4).trimmed();
    return body;
}

int number(const QByteArray &text, const QString &pattern)
{
    const QRegularExpressionMatch match =
        QRegularExpression(pattern).match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

TestPdf TestPdf::fromBytes(const QByteArray &bytes)
{
    TestPdf pdf;
    pdf.m_bytes = bytes;
    const QByteArray trailer = bytes.mid(bytes.lastIndexOf("trailer"));
    pdf.m_size = number(trailer, QStringLiteral("/Size\\s+(\\d+)"));
    pdf.m_lastXref =
        number(bytes.mid(bytes.lastIndexOf("startxref")), QStringLiteral("startxref\\s+(\\d+)"));
    const int root = number(trailer, QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    pdf.m_catalog = objectBody(bytes, root);
    const int pages = number(pdf.m_catalog, QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R"));
    pdf.m_pageObject =
        number(objectBody(bytes, pages), QStringLiteral("/Kids\\s*\\[\\s*(\\d+)\\s+0\\s+R"));
    QByteArray page = objectBody(bytes, pdf.m_pageObject);
    pdf.m_contentsObject = number(page, QStringLiteral("/Contents\\s+(\\d+)\\s+0\\s+R"));
    // Existing annotations stay; the signature field is added to them.
    QString pageText = QString::fromLatin1(page);
    QByteArray annots;
    const QRegularExpression indirect(QStringLiteral("/Annots\\s+(\\d+)\\s+0\\s+R"));
    const QRegularExpression direct(QStringLiteral("/Annots\\s*\\[([^\\]]*)\\]"));
    if (const QRegularExpressionMatch match = indirect.match(pageText); match.hasMatch()) {
        annots = objectBody(bytes, match.captured(1).toInt());
        pageText.remove(match.capturedStart(), match.capturedLength());
    } else if (const QRegularExpressionMatch array = direct.match(pageText); array.hasMatch()) {
        annots = array.captured(1).toLatin1();
        pageText.remove(array.capturedStart(), array.capturedLength());
    }
    const QRegularExpression reference(QStringLiteral("(\\d+)\\s+0\\s+R"));
    QRegularExpressionMatchIterator refs = reference.globalMatch(QString::fromLatin1(annots));
    while (refs.hasNext())
        pdf.m_annots << refs.next().captured(0);
    pdf.m_pageDict = pageText.toLatin1();
    return pdf;
}

void TestPdf::tamper()
{
    const qsizetype at = m_bytes.indexOf(") Tj");
    if (at > 0)
        m_bytes[at - 1] = m_bytes.at(at - 1) == 'x' ? 'y' : 'x';
}

} // namespace saraban::test
