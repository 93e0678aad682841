#pragma once

// What Poppler 22.12 does not tell about a signature: its /Type (a DocTimeStamp?), its
// /SubFilter and whether it certifies the document (DocMDP). Read from the signature value
// dictionary around the /Contents gap of the /ByteRange, which a signature must keep
// uncompressed. Only labels come from here; validity never does.
#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace saraban::pdf {

struct SignatureDictionary
{
    QByteArray type;      // "Sig", "DocTimeStamp"; empty when not found
    QByteArray subFilter; // "adbe.pkcs7.detached", "ETSI.CAdES.detached", "ETSI.RFC3161"...
    bool certification = false;
    int docMdpPermissions = 0; // 1..3, 0 when not certifying
    QDateTime signingTime;     // /M, the time the signing software wrote (not proven)

    bool isDocumentTimestamp() const
    {
        return type == "DocTimeStamp" || subFilter == "ETSI.RFC3161";
    }

    // byteRange: offset, length pairs as in the file.
    static SignatureDictionary scan(const QByteArray &file, const QList<qint64> &byteRange);
    // Every /ByteRange array with four numbers in the file, in file order, without repeats.
    static QList<QList<qint64>> byteRanges(const QByteArray &file);
    // A PDF date string "D:YYYYMMDDHHmmSS+07'00'" (only the year is required).
    static QDateTime parseDate(const QString &text);
};

} // namespace saraban::pdf
