#pragma once

// A signer's (or time-stamping authority's) X.509 certificate as Saraban shows it. Filled by the
// PDF worker from the certificate itself; "self-signed" is decided by comparing the subject and
// issuer names there, because Poppler 22.12's isSelfSigned() returns garbage.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace saraban::pdf {

struct CertificateInfo
{
    QString subjectCommonName;
    QString subjectOrganization;
    QString subjectEmail;
    QString subjectDistinguishedName;
    QString issuerCommonName;
    QString issuerOrganization;
    QString issuerDistinguishedName;
    QByteArray serialNumber; // big-endian bytes
    QDateTime validFrom;
    QDateTime validUntil;
    QString keyAlgorithm; // "RSA", "EC", "DSA" or empty
    int keyBits = 0;
    bool selfSigned = false;
    QByteArray der;

    bool isNull() const { return der.isEmpty(); }
    // Colon-separated upper-case hex of the DER's SHA-256 / SHA-1 ("AB:CD:...").
    QString sha256Fingerprint() const;
    QString sha1Fingerprint() const;
    QString serialNumberHex() const;
    // The common name, else the organisation, else the distinguished name.
    QString displayName() const;
};

} // namespace saraban::pdf
