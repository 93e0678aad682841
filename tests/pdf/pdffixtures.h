#pragma once

// PDFs and certificates made at test time: a small test PKI (a certificate authority standing in
// for the Lao government CA, a signer, a revoked signer and a revocation list, made with
// openssl), simple PDFs written by hand, and signatures added as incremental updates the way
// real signing software does (openssl cms for the CMS). Nothing here uses Poppler.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace saraban::test {

struct TestPki
{
    QString directory;
    QString caCertificate; // PEM
    QString signerCertificate;
    QString signerKey;
    QString revokedCertificate;
    QString revokedKey;
    QString revocationList; // DER, revokes the revoked signer
    QString error;          // empty when everything was made

    // Made in directory (created); ~0.5 s of openssl.
    static TestPki create(const QString &directory);
};

class TestPdf
{
public:
    // A one-page A4 PDF with these ASCII lines in Helvetica, plus extra pages if asked.
    static TestPdf simple(const QStringList &lines, int pages = 1);
    // The same, with a page whose content is `operators` copies of an unknown operator: Poppler
    // reports each one, which keeps it busy and talking (page 1 of 2; page 2 is normal).
    static TestPdf noisy(int operators);
    // A page tree of this many (empty) pages: slow to open (about 1.5 s for 200,000).
    static QByteArray manyPages(int pages);
    // A PDF written by someone else (QPdfWriter, for example: a classic xref table and
    // uncompressed dictionaries), to be signed and changed like the others.
    static TestPdf fromBytes(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }

    // Appends an incremental update with a signature field signed by certificate/key (CMS,
    // adbe.pkcs7.detached, SHA-256, signing time now). Returns an error message, empty on success.
    QString sign(const TestPki &pki, const QString &certificate, const QString &key,
                 const QString &fieldName);
    // Appends an incremental update that changes the document's title: a change after signing.
    void appendChange(const QString &title);
    // Flips one byte inside the signed bytes (in the page content): the digest no longer matches.
    void tamper();

private:
    int nextObject() { return m_size++; }
    void appendUpdate(const QList<QPair<int, QByteArray>> &objects);

    QByteArray m_bytes;
    int m_size = 0;        // the trailer's /Size
    QByteArray m_catalog;  // the catalog's dictionary, without /AcroForm
    QStringList m_fields;  // "N 0 R" of the signature fields so far
    QByteArray m_pageDict; // page 1's dictionary, without /Annots
    int m_pageObject = 3;
    int m_contentsObject = 4;
    QStringList m_annots;
    qint64 m_lastXref = 0;
};

} // namespace saraban::test
