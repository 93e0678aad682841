#include "core/pdf/certificateinfo.h"

#include <QCryptographicHash>

namespace saraban::pdf {

namespace {

QString colonHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

QString CertificateInfo::sha256Fingerprint() const
{
    if (der.isEmpty())
        return {};
    return colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
}

QString CertificateInfo::sha1Fingerprint() const
{
    if (der.isEmpty())
        return {};
    return colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha1));
}

QString CertificateInfo::serialNumberHex() const
{
    return colonHex(serialNumber);
}

QString CertificateInfo::displayName() const
{
    if (!subjectCommonName.isEmpty())
        return subjectCommonName;
    if (!subjectOrganization.isEmpty())
        return subjectOrganization;
    return subjectDistinguishedName;
}

} // namespace saraban::pdf
