#include "core/pdf/workerprotocol.h"

#include <QtEndian>

namespace saraban::pdf::worker {

QByteArray frame(MessageType type, quint32 id, const QByteArray &body)
{
    const qsizetype length = 1 + 4 + body.size();
    QByteArray out;
    out.reserve(4 + length);
    char header[9];
    qToBigEndian(static_cast<quint32>(length), header);
    header[4] = static_cast<char>(type);
    qToBigEndian(id, header + 5);
    out.append(header, sizeof header);
    out.append(body);
    return out;
}

std::optional<Message> takeFrame(QByteArray &buffer, bool *corrupt)
{
    *corrupt = false;
    if (buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(buffer.constData());
    if (length < 5 || length > maxFrameBytes) {
        *corrupt = true;
        return std::nullopt;
    }
    if (buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    Message message;
    message.type = static_cast<MessageType>(static_cast<quint8>(buffer.at(4)));
    message.id = qFromBigEndian<quint32>(buffer.constData() + 5);
    message.body = buffer.mid(9, length - 5);
    buffer.remove(0, 4 + length);
    return message;
}

} // namespace saraban::pdf::worker

namespace saraban::pdf {

namespace {

template <typename E> qint32 toInt(E value)
{
    return static_cast<qint32>(value);
}

// An out-of-range value (a worker gone wrong) becomes the given fallback, never a stray enum.
template <typename E> void fromInt(QDataStream &stream, E &value, E last, E fallback)
{
    qint32 raw = 0;
    stream >> raw;
    value = raw >= 0 && raw <= static_cast<qint32>(last) ? static_cast<E>(raw) : fallback;
}

} // namespace

QDataStream &operator<<(QDataStream &stream, const PageInfo &page)
{
    return stream << page.size << page.label;
}

QDataStream &operator>>(QDataStream &stream, PageInfo &page)
{
    return stream >> page.size >> page.label;
}

QDataStream &operator<<(QDataStream &stream, const PdfDocumentInfo &info)
{
    return stream << info.title << info.author << info.subject << info.keywords << info.creator
                  << info.producer << info.created << info.modified << info.pdfVersion
                  << info.encrypted << info.pages << qint32(info.signatureFieldCount);
}

QDataStream &operator>>(QDataStream &stream, PdfDocumentInfo &info)
{
    qint32 fields = 0;
    stream >> info.title >> info.author >> info.subject >> info.keywords >> info.creator >>
        info.producer >> info.created >> info.modified >> info.pdfVersion >> info.encrypted >>
        info.pages >> fields;
    info.signatureFieldCount = fields;
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const RenderedPage &page)
{
    return stream << qint32(page.page) << page.dpi << qint32(page.rotation) << page.size
                  << qint64(page.bytesPerLine) << qint32(page.format) << page.pixels;
}

QDataStream &operator>>(QDataStream &stream, RenderedPage &page)
{
    qint32 number = 0;
    qint32 rotation = 0;
    qint64 bytesPerLine = 0;
    qint32 format = 0;
    stream >> number >> page.dpi >> rotation >> page.size >> bytesPerLine >> format >> page.pixels;
    page.page = number;
    page.rotation = rotation;
    page.bytesPerLine = bytesPerLine;
    page.format = format;
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const TextWord &word)
{
    return stream << word.text << word.box << word.spaceAfter;
}

QDataStream &operator>>(QDataStream &stream, TextWord &word)
{
    return stream >> word.text >> word.box >> word.spaceAfter;
}

QDataStream &operator<<(QDataStream &stream, const PageText &text)
{
    return stream << qint32(text.page) << text.words;
}

QDataStream &operator>>(QDataStream &stream, PageText &text)
{
    qint32 page = 0;
    stream >> page >> text.words;
    text.page = page;
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const CertificateInfo &certificate)
{
    return stream << certificate.subjectCommonName << certificate.subjectOrganization
                  << certificate.subjectEmail << certificate.subjectDistinguishedName
                  << certificate.issuerCommonName << certificate.issuerOrganization
                  << certificate.issuerDistinguishedName << certificate.serialNumber
                  << certificate.validFrom << certificate.validUntil << certificate.keyAlgorithm
                  << qint32(certificate.keyBits) << certificate.selfSigned << certificate.der;
}

QDataStream &operator>>(QDataStream &stream, CertificateInfo &certificate)
{
    qint32 keyBits = 0;
    stream >> certificate.subjectCommonName >> certificate.subjectOrganization >>
        certificate.subjectEmail >> certificate.subjectDistinguishedName >>
        certificate.issuerCommonName >> certificate.issuerOrganization >>
        certificate.issuerDistinguishedName >> certificate.serialNumber >> certificate.validFrom >>
        certificate.validUntil >> certificate.keyAlgorithm >> keyBits >> certificate.selfSigned >>
        certificate.der;
    certificate.keyBits = keyBits;
    return stream;
}

// The coverage is the client's own work and does not travel; the byte range does, inside it.
QDataStream &operator<<(QDataStream &stream, const SignatureInfo &signature)
{
    return stream << signature.fieldName << qint32(signature.page) << signature.rect
                  << toInt(signature.kind) << signature.subFilter << signature.certification
                  << qint32(signature.docMdpPermissions) << signature.signerName
                  << signature.signerDistinguishedName << signature.signingTime << signature.reason
                  << signature.location << signature.hashAlgorithm << toInt(signature.status)
                  << toInt(signature.certificateStatus) << signature.certificateProblem
                  << signature.certificate << signature.contents << signature.coverage.byteRange
                  << signature.popplerSignatureStatus << signature.popplerCertificateStatus
                  << signature.popplerSignsTotalDocument;
}

QDataStream &operator>>(QDataStream &stream, SignatureInfo &signature)
{
    qint32 page = 0;
    qint32 permissions = 0;
    stream >> signature.fieldName >> page >> signature.rect;
    fromInt(stream, signature.kind, SignatureKind::EmptyField, SignatureKind::Signature);
    stream >> signature.subFilter >> signature.certification >> permissions >>
        signature.signerName >> signature.signerDistinguishedName >> signature.signingTime >>
        signature.reason >> signature.location >> signature.hashAlgorithm;
    fromInt(stream, signature.status, SignatureStatus::NotChecked, SignatureStatus::Malformed);
    fromInt(stream, signature.certificateStatus, CertificateStatus::NotChecked,
            CertificateStatus::Invalid);
    stream >> signature.certificateProblem >> signature.certificate >> signature.contents >>
        signature.coverage.byteRange >> signature.popplerSignatureStatus >>
        signature.popplerCertificateStatus >> signature.popplerSignsTotalDocument;
    signature.page = page;
    signature.docMdpPermissions = permissions;
    return stream;
}

} // namespace saraban::pdf
