#pragma once

// Saraban's own certificate checks with NSS, inside the PDF worker only. Poppler 22.12 decides a
// certificate's status from a stale NSS error code (a trusted chain comes back as a "generic
// error" or "expired") and looks revocation up on the network, so the worker asks NSS itself:
// offline, against the administrator's trust store, now and at the stated signing time.
#include "core/pdf/certificateinfo.h"
#include "core/pdf/signatureinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace saraban::pdf::engine {

struct SignerCheck
{
    bool found = false;    // the CMS decoded and named a certificate it carries
    QDateTime signingTime; // the CMS signing-time attribute, else the time given
    CertificateInfo certificate;
    CertificateStatus status = CertificateStatus::NotChecked;
    QString problem; // the NSS error, for the details box
};

struct TimestampCheck
{
    bool decoded = false;
    SignatureStatus status = SignatureStatus::Malformed;
    QDateTime time;        // the time-stamping authority's genTime
    QString hashAlgorithm; // of the message imprint
    SignerCheck signer;
    QString problem;
};

class NssCertificateChecker
{
public:
    // Call once, right after Poppler::setNSSDir(): no network fetching of revocation data or
    // certificates, and no trust in Mozilla's public root list that Poppler loads (Saraban
    // trusts exactly the authorities the administrator imported). False if NSS is not running.
    static bool lockDown();

    // The signer of a CMS signature (adbe.pkcs7.*, ETSI.CAdES.detached) and its status, checked
    // now and, if it has expired since, at the signing time the CMS states (else statedTime,
    // the dictionary's /M).
    //
    // Call these before Poppler validates the signature: Poppler 22.12 registers the
    // certificates a signature carries with NSS without copying them and frees them (see
    // keptCertificates() in the .cpp); the copies registered here protect it.
    static SignerCheck checkSigner(const QByteArray &cms, const QDateTime &statedTime);

    // An RFC 3161 document timestamp: its signature over the TSTInfo, whether the TSTInfo's
    // message imprint is the hash of signedBytes, and the authority's certificate.
    static TimestampCheck checkTimestamp(const QByteArray &token, const QByteArray &signedBytes);
};

} // namespace saraban::pdf::engine
