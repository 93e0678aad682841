// Built with QT_NO_KEYWORDS: NSS's secmodt.h has a struct member called "slots".
#include "core/pdf/engine/nsscertificatechecker.h"

#include "core/pdf/pdflogging.h"

#include <QCryptographicHash>

#include <cert.h>
#include <certdb.h>
#include <cms.h>
#include <keyhi.h>
#include <memory>
#include <nss.h>
#include <ocsp.h>
#include <optional>
#include <pk11pub.h>
#include <prerror.h>
#include <secerr.h>
#include <sechash.h>
#include <secmod.h>
#include <secport.h>
#include <vector>

namespace saraban::pdf::engine {

namespace {

// Every revocation or certificate fetch over the network fails at once: verification must give
// the same answer on a government network that reaches nothing outside.
SECStatus refuseSession(const char *, PRUint16, SEC_HTTP_SERVER_SESSION *)
{
    PORT_SetError(SEC_ERROR_OCSP_SERVER_ERROR);
    return SECFailure;
}
SECStatus refuseKeepAlive(SEC_HTTP_SERVER_SESSION, PRPollDesc **)
{
    return SECFailure;
}
SECStatus freeNothing(SEC_HTTP_SERVER_SESSION)
{
    return SECSuccess;
}
SECStatus refuseRequest(SEC_HTTP_SERVER_SESSION, const char *, const char *, const char *,
                        const PRIntervalTime, SEC_HTTP_REQUEST_SESSION *)
{
    return SECFailure;
}
SECStatus refusePostData(SEC_HTTP_REQUEST_SESSION, const char *, const PRUint32, const char *)
{
    return SECFailure;
}
SECStatus refuseHeader(SEC_HTTP_REQUEST_SESSION, const char *, const char *)
{
    return SECFailure;
}
SECStatus refuseSend(SEC_HTTP_REQUEST_SESSION, PRPollDesc **, PRUint16 *, const char **,
                     const char **, const char **, PRUint32 *)
{
    return SECFailure;
}
SECStatus cancelNothing(SEC_HTTP_REQUEST_SESSION)
{
    return SECSuccess;
}
SECStatus freeRequest(SEC_HTTP_REQUEST_SESSION)
{
    return SECSuccess;
}

const SEC_HttpClientFcn offlineClient = {
    1,
    {{refuseSession, refuseKeepAlive, freeNothing, refuseRequest, refusePostData, refuseHeader,
      refuseSend, cancelNothing, freeRequest}}};

struct CertificateDeleter
{
    void operator()(CERTCertificate *certificate) const { CERT_DestroyCertificate(certificate); }
};
using CertificatePtr = std::unique_ptr<CERTCertificate, CertificateDeleter>;

struct MessageDeleter
{
    void operator()(NSSCMSMessage *message) const { NSS_CMSMessage_Destroy(message); }
};
using MessagePtr = std::unique_ptr<NSSCMSMessage, MessageDeleter>;

QString takeString(char *text)
{
    if (!text)
        return {};
    const QString result = QString::fromUtf8(text);
    PORT_Free(text);
    return result;
}

QByteArray bytes(const SECItem &item)
{
    return QByteArray(reinterpret_cast<const char *>(item.data), static_cast<qsizetype>(item.len));
}

// The length of the BER element at `at` (definite or indefinite length), or -1.
qsizetype berElementLength(const QByteArray &data, qsizetype at, int depth)
{
    if (depth > 64 || at + 2 > data.size())
        return -1;
    qsizetype position = at;
    const quint8 tag = static_cast<quint8>(data.at(position++));
    if ((tag & 0x1f) == 0x1f) {
        while (position < data.size() && (static_cast<quint8>(data.at(position)) & 0x80))
            ++position;
        ++position;
    }
    if (position >= data.size())
        return -1;
    const quint8 first = static_cast<quint8>(data.at(position++));
    if (first == 0x80) {
        if (!(tag & 0x20))
            return -1; // indefinite length needs a constructed element
        while (position + 2 <= data.size()) {
            if (data.at(position) == 0 && data.at(position + 1) == 0)
                return position + 2 - at;
            const qsizetype child = berElementLength(data, position, depth + 1);
            if (child <= 0)
                return -1;
            position += child;
        }
        return -1;
    }
    qsizetype length = first;
    if (first > 0x80) {
        const int count = first & 0x7f;
        if (count > 4 || position + count > data.size())
            return -1;
        length = 0;
        for (int i = 0; i < count; ++i)
            length = (length << 8) | static_cast<quint8>(data.at(position++));
    }
    return position + length <= data.size() ? position + length - at : -1;
}

// /Contents is a fixed-size placeholder: the message is followed by zero padding, which NSS's
// decoder refuses. Cut it at the end of the outer element.
QByteArray withoutPadding(const QByteArray &der)
{
    const qsizetype length = berElementLength(der, 0, 0);
    return length > 0 ? der.left(length) : der;
}

SECItem itemOf(const QByteArray &data)
{
    SECItem item;
    item.type = siBuffer;
    item.data = reinterpret_cast<unsigned char *>(const_cast<char *>(data.constData()));
    item.len = static_cast<unsigned int>(data.size());
    return item;
}

QString errorName(PRErrorCode code)
{
    const char *name = PR_ErrorToName(code);
    const char *text = PR_ErrorToString(code, PR_LANGUAGE_I_DEFAULT);
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(name ? name : "unknown NSS error"),
                                         text && *text ? QString::fromUtf8(text)
                                                       : QString::number(code));
}

CertificateInfo describe(CERTCertificate *certificate)
{
    CertificateInfo info;
    info.subjectDistinguishedName = takeString(CERT_NameToAscii(&certificate->subject));
    info.subjectCommonName = takeString(CERT_GetCommonName(&certificate->subject));
    info.subjectOrganization = takeString(CERT_GetOrgName(&certificate->subject));
    info.subjectEmail = takeString(CERT_GetCertEmailAddress(&certificate->subject));
    info.issuerDistinguishedName = takeString(CERT_NameToAscii(&certificate->issuer));
    info.issuerCommonName = takeString(CERT_GetCommonName(&certificate->issuer));
    info.issuerOrganization = takeString(CERT_GetOrgName(&certificate->issuer));
    info.serialNumber = bytes(certificate->serialNumber);
    PRTime notBefore = 0;
    PRTime notAfter = 0;
    if (CERT_GetCertTimes(certificate, &notBefore, &notAfter) == SECSuccess) {
        info.validFrom = QDateTime::fromMSecsSinceEpoch(notBefore / 1000, Qt::UTC);
        info.validUntil = QDateTime::fromMSecsSinceEpoch(notAfter / 1000, Qt::UTC);
    }
    if (SECKEYPublicKey *key = CERT_ExtractPublicKey(certificate)) {
        switch (key->keyType) {
        case rsaKey:
        case rsaPssKey:
            info.keyAlgorithm = QStringLiteral("RSA");
            break;
        case ecKey:
            info.keyAlgorithm = QStringLiteral("EC");
            break;
        case dsaKey:
            info.keyAlgorithm = QStringLiteral("DSA");
            break;
        default:
            break;
        }
        info.keyBits = static_cast<int>(SECKEY_PublicKeyStrengthInBits(key));
        SECKEY_DestroyPublicKey(key);
    }
    // Poppler 22.12's isSelfSigned() reads an uninitialised flag: compare the names here.
    info.selfSigned = SECITEM_ItemsAreEqual(&certificate->derSubject, &certificate->derIssuer);
    info.der = bytes(certificate->derCert);
    return info;
}

struct ChainResult
{
    CertificateStatus status = CertificateStatus::Invalid;
    QString problem;
};

// Whether the administrator marked a certificate on the chain above this one as not trusted
// (trust "p" without "C"), as opposed to a chain that merely ends somewhere unknown.
bool chainHasDistrustedIssuer(CERTCertificate *certificate, PRTime when)
{
    CertificatePtr current(CERT_DupCertificate(certificate));
    for (int depth = 0; depth < 10 && current; ++depth) {
        CertificatePtr issuer(CERT_FindCertIssuer(current.get(), when, certUsageAnyCA));
        if (!issuer)
            return false;
        CERTCertTrust trust;
        if (CERT_GetCertTrust(issuer.get(), &trust) == SECSuccess &&
            (trust.emailFlags & CERTDB_TERMINAL_RECORD) && !(trust.emailFlags & CERTDB_TRUSTED_CA))
            return true;
        if (SECITEM_ItemsAreEqual(&issuer->derSubject, &issuer->derIssuer))
            return false;
        current = std::move(issuer);
    }
    return false;
}

ChainResult fromError(CERTCertificate *certificate, PRTime when, PRErrorCode error)
{
    const QString problem = errorName(error);
    switch (error) {
    case 0:
        return {CertificateStatus::Trusted, {}};
    case SEC_ERROR_EXPIRED_CERTIFICATE:
    case SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE:
        return {CertificateStatus::Expired, problem};
    case SEC_ERROR_REVOKED_CERTIFICATE:
        return {CertificateStatus::Revoked, problem};
    case SEC_ERROR_UNTRUSTED_CERT:
        return {CertificateStatus::UntrustedIssuer, problem};
    case SEC_ERROR_UNTRUSTED_ISSUER:
        // NSS says this for any chain that ends in a root it does not trust as an anchor.
        return {chainHasDistrustedIssuer(certificate, when) ? CertificateStatus::UntrustedIssuer
                                                            : CertificateStatus::UnknownIssuer,
                problem};
    case SEC_ERROR_UNKNOWN_ISSUER:
    case SEC_ERROR_UNKNOWN_CERT:
        return {CertificateStatus::UnknownIssuer, problem};
    default:
        return {CertificateStatus::Invalid, problem};
    }
}

bool inTrustStore(CERTCertificate *certificate);

// One libpkix run at one moment, offline: local revocation lists in the trust store count,
// OCSP and fetching do not. Returns the NSS error, 0 when the chain is good.
PRErrorCode pkixVerify(CERTCertificate *certificate, PRTime when, SECCertificateUsage usage)
{
    CertificatePtr anchor;
    // (declared first: it is released after the parameters that point into it are gone)
    PRUint64 methodFlags[cert_revocation_method_count] = {};
    methodFlags[cert_revocation_method_crl] =
        CERT_REV_M_TEST_USING_THIS_METHOD | CERT_REV_M_FORBID_NETWORK_FETCHING |
        CERT_REV_M_SKIP_TEST_ON_MISSING_SOURCE | CERT_REV_M_IGNORE_MISSING_FRESH_INFO;
    methodFlags[cert_revocation_method_ocsp] = CERT_REV_M_DO_NOT_TEST_USING_THIS_METHOD;
    CERTRevocationMethodIndex preferred[] = {cert_revocation_method_crl};
    CERTRevocationFlags revocation;
    revocation.leafTests = {cert_revocation_method_count, methodFlags, 1, preferred,
                            CERT_REV_MI_NO_OVERALL_INFO_REQUIREMENT};
    revocation.chainTests = revocation.leafTests;

    CERTValInParam in[3];
    in[0].type = cert_pi_revocationFlags;
    in[0].value.pointer.revocation = &revocation;
    in[1].type = cert_pi_date;
    in[1].value.scalar.time = when;
    in[2].type = cert_pi_end;
    CERTValOutParam out[2];
    out[0].type = cert_po_trustAnchor;
    out[0].value.pointer.cert = nullptr;
    out[1].type = cert_po_end;
    PORT_SetError(0);
    if (CERT_PKIXVerifyCert(certificate, usage, in, out, nullptr) == SECSuccess) {
        anchor.reset(out[0].value.pointer.cert);
        // A chain that ends in the public root list, not in Saraban's trust store.
        return inTrustStore(anchor.get()) ? 0 : SEC_ERROR_UNKNOWN_ISSUER;
    }
    const PRErrorCode error = PORT_GetError();
    return error != 0 ? error : SEC_ERROR_CERT_NOT_VALID;
}

bool isTrustAnchor(CERTCertificate *certificate);

// Whether some certificate above this one is a trust anchor of the store.
bool chainReachesAnchor(CERTCertificate *certificate, PRTime when)
{
    CertificatePtr current(CERT_DupCertificate(certificate));
    for (int depth = 0; depth < 10 && current; ++depth) {
        if (isTrustAnchor(current.get()))
            return true;
        if (SECITEM_ItemsAreEqual(&current->derSubject, &current->derIssuer))
            return false;
        current.reset(CERT_FindCertIssuer(current.get(), when, certUsageAnyCA));
    }
    return false;
}

// Whether a certificate lives in Saraban's own database. Poppler loads Mozilla's public root
// list into NSS as well (and unloading it, or even listing the database's certificates, upsets
// NSS's certificate cache), so a chain counts as trusted only when it ends at one of ours:
// those are on the internal key slot, the public roots on the "Builtin Object Token".
bool inTrustStore(CERTCertificate *certificate)
{
    return certificate && certificate->slot && PK11_IsInternalKeySlot(certificate->slot);
}

bool isTrustAnchor(CERTCertificate *certificate)
{
    CERTCertTrust trust;
    return inTrustStore(certificate) && CERT_GetCertTrust(certificate, &trust) == SECSuccess &&
           ((trust.emailFlags | trust.objectSigningFlags | trust.sslFlags) & CERTDB_TRUSTED_CA);
}

// The certificate's chain at one moment. E-mail signing is asked first, as Poppler does. NSS
// has no usage for document-signing certificates (Adobe's AATL usage) or time-stamping
// authorities, whose extended key usage rules e-mail out: for them the issuer's chain is
// checked as a certificate authority's, and the certificate itself against its issuer (its
// signature and its validity at that moment).
ChainResult verifyChain(CERTCertificate *certificate, PRTime when)
{
    const PRErrorCode error = pkixVerify(certificate, when, certificateUsageEmailSigner);
    if (error != SEC_ERROR_INADEQUATE_CERT_TYPE)
        return fromError(certificate, when, error);

    CertificatePtr issuer(CERT_FindCertIssuer(certificate, when, certUsageAnyCA));
    if (!issuer)
        return {CertificateStatus::UnknownIssuer, errorName(SEC_ERROR_UNKNOWN_ISSUER)};
    if (CERT_CheckCertValidTimes(certificate, when, PR_FALSE) != secCertTimeValid)
        return {CertificateStatus::Expired, errorName(SEC_ERROR_EXPIRED_CERTIFICATE)};
    if (CERT_VerifySignedData(&certificate->signatureWrap, issuer.get(), when, nullptr) !=
        SECSuccess)
        return {CertificateStatus::Invalid, errorName(PORT_GetError())};
    if (isTrustAnchor(issuer.get()))
        return {CertificateStatus::Trusted, {}};
    const PRErrorCode aboveError = pkixVerify(issuer.get(), when, certificateUsageAnyCA);
    // A certificate authority restricted to a usage NSS does not know: NSS cannot judge such a
    // chain; if it leads to no trusted authority anyway, that is the answer.
    if (aboveError == SEC_ERROR_INADEQUATE_CERT_TYPE && !chainReachesAnchor(issuer.get(), when))
        return {CertificateStatus::UnknownIssuer, errorName(aboveError)};
    const ChainResult above = fromError(issuer.get(), when, aboveError);
    // What is wrong above the issuer is the signer's problem too; "untrusted" is decided anew.
    if (above.status == CertificateStatus::UntrustedIssuer ||
        above.status == CertificateStatus::UnknownIssuer)
        return {chainHasDistrustedIssuer(certificate, when) ? CertificateStatus::UntrustedIssuer
                                                            : CertificateStatus::UnknownIssuer,
                above.problem};
    return above;
}

PRTime toPrTime(const QDateTime &time)
{
    return static_cast<PRTime>(time.toMSecsSinceEpoch()) * 1000;
}

// Now, and for a certificate that has expired since, at the time the signature states.
void checkCertificate(SignerCheck &check, CERTCertificate *certificate, const QDateTime &signedAt)
{
    check.certificate = describe(certificate);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (check.certificate.validFrom.isValid() && check.certificate.validFrom > now) {
        check.status = CertificateStatus::NotYetValid;
        return;
    }
    ChainResult result = verifyChain(certificate, PR_Now());
    if (result.status == CertificateStatus::Expired && signedAt.isValid()) {
        const ChainResult then = verifyChain(certificate, toPrTime(signedAt));
        if (then.status == CertificateStatus::Trusted)
            result = {CertificateStatus::ExpiredValidWhenSigned, result.problem};
        else
            result = then;
    }
    // A self-signed certificate vouches only for itself: unless it is itself a trusted anchor
    // (then NSS said so above), its issuer is simply unknown, whatever else NSS complained of.
    if (check.certificate.selfSigned && result.status != CertificateStatus::Trusted &&
        result.status != CertificateStatus::ExpiredValidWhenSigned &&
        result.status != CertificateStatus::Expired && result.status != CertificateStatus::Revoked)
        result.status = CertificateStatus::UnknownIssuer;
    check.status = result.status;
    check.problem = result.problem;
}

// Whether a DER certificate names itself as its issuer (a root or a self-signed certificate).
bool isSelfIssued(const SECItem &certificate);

// Every certificate imported from a signature stays registered with NSS for the life of the
// worker (one document). Poppler 22.12 registers the certificates a signature carries without
// copying them and then frees the memory under NSS's feet: the next signature that carries the
// same certificate makes NSS compare against freed memory (AddressSanitizer: heap use after
// free in CERT_NewTempCertificate) or refuse it ("same issuer and serial, not the same cert").
// With Saraban's copies registered first and kept, NSS hands Poppler those instead.
std::vector<CertificatePtr> &keptCertificates()
{
    static std::vector<CertificatePtr> certificates;
    return certificates;
}

// The certificates a CMS message carries, as temporary NSS certificates, so that the signer's
// certificate and its intermediates can be found while the chain is built. Self-issued ones
// (roots) only when asked: a root the signer sends along is never trusted for that, and it may
// clash with the trust store's copy of the same authority (same issuer and serial, other bytes).
void importCarriedCertificates(NSSCMSSignedData *signedData, bool selfIssued)
{
    if (!signedData->rawCerts)
        return;
    for (SECItem **raw = signedData->rawCerts; *raw; ++raw) {
        if (isSelfIssued(**raw) != selfIssued)
            continue;
        CERTCertificate *certificate =
            CERT_NewTempCertificate(CERT_GetDefaultCertDB(), *raw, nullptr, PR_FALSE, PR_TRUE);
        if (certificate)
            keptCertificates().emplace_back(certificate);
    }
}

// The signer's certificate, found among the carried ones; self-signed signers come second.
CERTCertificate *signingCertificate(NSSCMSSignedData *signedData, NSSCMSSignerInfo *signer)
{
    importCarriedCertificates(signedData, false);
    CERTCertificate *certificate =
        NSS_CMSSignerInfo_GetSigningCertificate(signer, CERT_GetDefaultCertDB());
    if (certificate)
        return certificate;
    importCarriedCertificates(signedData, true);
    return NSS_CMSSignerInfo_GetSigningCertificate(signer, CERT_GetDefaultCertDB());
}

NSSCMSSignedData *signedDataOf(NSSCMSMessage *message)
{
    NSSCMSContentInfo *content = NSS_CMSMessage_ContentLevel(message, 0);
    if (!content || NSS_CMSContentInfo_GetContentTypeTag(content) != SEC_OID_PKCS7_SIGNED_DATA)
        return nullptr;
    return static_cast<NSSCMSSignedData *>(NSS_CMSContentInfo_GetContent(content));
}

// A minimal DER reader for the TSTInfo of RFC 3161: just what finding the imprint and the time
// needs, bounds-checked at every step (the token comes from an untrusted file).
struct Der
{
    const QByteArray &data;
    qsizetype at;
    qsizetype end;

    bool read(quint8 *tag, qsizetype *valueStart, qsizetype *valueLength)
    {
        if (at + 2 > end)
            return false;
        *tag = static_cast<quint8>(data.at(at));
        const quint8 first = static_cast<quint8>(data.at(at + 1));
        qsizetype position = at + 2;
        qsizetype length = 0;
        if (first < 0x80) {
            length = first;
        } else {
            const int count = first & 0x7f;
            if (count == 0 || count > 4 || position + count > end)
                return false;
            for (int i = 0; i < count; ++i)
                length = (length << 8) | static_cast<quint8>(data.at(position++));
        }
        if (length < 0 || position + length > end)
            return false;
        *valueStart = position;
        *valueLength = length;
        at = position + length;
        return true;
    }
};

bool isSelfIssued(const SECItem &certificate)
{
    const QByteArray der = bytes(certificate);
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    Der outer{der, 0, der.size()};
    if (!outer.read(&tag, &start, &length) || tag != 0x30)
        return false;
    Der signedPart{der, start, start + length};
    if (!signedPart.read(&tag, &start, &length) || tag != 0x30) // TBSCertificate
        return false;
    Der fields{der, start, start + length};
    if (!fields.read(&tag, &start, &length))
        return false;
    if (tag == 0xa0 && !fields.read(&tag, &start, &length)) // [0] version, then serial
        return false;
    if (!fields.read(&tag, &start, &length)) // signature algorithm
        return false;
    if (!fields.read(&tag, &start, &length) || tag != 0x30)
        return false;
    const QByteArray issuer = der.mid(start, length);
    if (!fields.read(&tag, &start, &length)) // validity
        return false;
    if (!fields.read(&tag, &start, &length) || tag != 0x30)
        return false;
    return der.mid(start, length) == issuer;
}

std::optional<QCryptographicHash::Algorithm> hashForOid(const QByteArray &oid, QString *name)
{
    static const struct
    {
        const char *der;
        QCryptographicHash::Algorithm algorithm;
        const char *name;
    } known[] = {
        {"\x2b\x0e\x03\x02\x1a", QCryptographicHash::Sha1, "SHA-1"},
        {"\x60\x86\x48\x01\x65\x03\x04\x02\x01", QCryptographicHash::Sha256, "SHA-256"},
        {"\x60\x86\x48\x01\x65\x03\x04\x02\x02", QCryptographicHash::Sha384, "SHA-384"},
        {"\x60\x86\x48\x01\x65\x03\x04\x02\x03", QCryptographicHash::Sha512, "SHA-512"},
        {"\x60\x86\x48\x01\x65\x03\x04\x02\x04", QCryptographicHash::Sha224, "SHA-224"},
    };
    for (const auto &entry : known) {
        if (oid == QByteArray(entry.der)) {
            *name = QString::fromLatin1(entry.name);
            return entry.algorithm;
        }
    }
    return std::nullopt;
}

struct TstInfo
{
    QByteArray imprintAlgorithm; // the OID's DER value bytes
    QByteArray imprint;
    QDateTime time;
};

// The eContent of a CMS SignedData: ContentInfo { OID, [0] SignedData { version, digest
// algorithms, EncapsulatedContentInfo { OID, [0] OCTET STRING } ... } }.
std::optional<QByteArray> encapsulatedContent(const QByteArray &token)
{
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    Der contentInfo{token, 0, token.size()};
    if (!contentInfo.read(&tag, &start, &length) || tag != 0x30)
        return std::nullopt;
    Der fields{token, start, start + length};
    if (!fields.read(&tag, &start, &length) || tag != 0x06)
        return std::nullopt;
    if (!fields.read(&tag, &start, &length) || tag != 0xa0)
        return std::nullopt;
    Der explicitSignedData{token, start, start + length};
    if (!explicitSignedData.read(&tag, &start, &length) || tag != 0x30)
        return std::nullopt;
    Der signedData{token, start, start + length};
    if (!signedData.read(&tag, &start, &length) || tag != 0x02) // version
        return std::nullopt;
    if (!signedData.read(&tag, &start, &length) || tag != 0x31) // digestAlgorithms
        return std::nullopt;
    if (!signedData.read(&tag, &start, &length) || tag != 0x30) // encapContentInfo
        return std::nullopt;
    Der encapsulated{token, start, start + length};
    if (!encapsulated.read(&tag, &start, &length) || tag != 0x06)
        return std::nullopt;
    if (!encapsulated.read(&tag, &start, &length) || tag != 0xa0)
        return std::nullopt;
    Der explicitContent{token, start, start + length};
    if (!explicitContent.read(&tag, &start, &length) || tag != 0x04)
        return std::nullopt;
    return token.mid(start, length);
}

std::optional<TstInfo> parseTstInfo(const QByteArray &data)
{
    Der outer{data, 0, data.size()};
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    if (!outer.read(&tag, &start, &length) || tag != 0x30)
        return std::nullopt;
    Der fields{data, start, start + length};
    TstInfo info;
    // version INTEGER, policy OID
    if (!fields.read(&tag, &start, &length) || tag != 0x02)
        return std::nullopt;
    if (!fields.read(&tag, &start, &length) || tag != 0x06)
        return std::nullopt;
    // messageImprint SEQUENCE { AlgorithmIdentifier, OCTET STRING }
    if (!fields.read(&tag, &start, &length) || tag != 0x30)
        return std::nullopt;
    Der imprint{data, start, start + length};
    if (!imprint.read(&tag, &start, &length) || tag != 0x30)
        return std::nullopt;
    Der algorithm{data, start, start + length};
    if (!algorithm.read(&tag, &start, &length) || tag != 0x06)
        return std::nullopt;
    info.imprintAlgorithm = data.mid(start, length);
    if (!imprint.read(&tag, &start, &length) || tag != 0x04)
        return std::nullopt;
    info.imprint = data.mid(start, length);
    // serialNumber INTEGER, genTime GeneralizedTime
    if (!fields.read(&tag, &start, &length) || tag != 0x02)
        return std::nullopt;
    if (!fields.read(&tag, &start, &length) || tag != 0x18)
        return std::nullopt;
    QString text = QString::fromLatin1(data.mid(start, length));
    if (text.endsWith(QLatin1Char('Z')))
        text.chop(1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        text.truncate(dot);
    info.time = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss"));
    info.time.setTimeSpec(Qt::UTC);
    return info;
}

} // namespace

bool NssCertificateChecker::lockDown()
{
    if (!NSS_IsInitialized())
        return false;
    if (SEC_RegisterDefaultHttpClient(&offlineClient) != SECSuccess)
        qCWarning(lcPdfEngine) << "NSS did not take the offline HTTP client";
    return true;
}

SignerCheck NssCertificateChecker::checkSigner(const QByteArray &cms, const QDateTime &statedTime)
{
    SignerCheck check;
    if (cms.isEmpty() || !NSS_IsInitialized())
        return check;
    const QByteArray der = withoutPadding(cms);
    SECItem item = itemOf(der);
    MessagePtr message(
        NSS_CMSMessage_CreateFromDER(&item, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    if (!message) {
        check.problem = errorName(PORT_GetError());
        return check;
    }
    NSSCMSSignedData *signedData = signedDataOf(message.get());
    if (!signedData || NSS_CMSSignedData_SignerInfoCount(signedData) < 1) {
        check.problem = QStringLiteral("not a CMS SignedData with a signer");
        return check;
    }
    NSSCMSSignerInfo *signer = NSS_CMSSignedData_GetSignerInfo(signedData, 0);
    CERTCertificate *certificate = signer ? signingCertificate(signedData, signer) : nullptr;
    if (!certificate) {
        check.problem = QStringLiteral("the signer's certificate is not in the signature: ") +
                        errorName(PORT_GetError());
        return check;
    }
    check.found = true;
    check.signingTime = statedTime;
    PRTime signedAt = 0;
    if (NSS_CMSSignerInfo_GetSigningTime(signer, &signedAt) == SECSuccess)
        check.signingTime = QDateTime::fromMSecsSinceEpoch(signedAt / 1000, Qt::UTC);
    checkCertificate(check, certificate, check.signingTime);
    return check;
}

TimestampCheck NssCertificateChecker::checkTimestamp(const QByteArray &token,
                                                     const QByteArray &signedBytes)
{
    TimestampCheck check;
    if (token.isEmpty() || !NSS_IsInitialized())
        return check;
    const QByteArray der = withoutPadding(token);
    SECItem item = itemOf(der);
    MessagePtr message(
        NSS_CMSMessage_CreateFromDER(&item, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr));
    NSSCMSSignedData *signedData = message ? signedDataOf(message.get()) : nullptr;
    if (!signedData || NSS_CMSSignedData_SignerInfoCount(signedData) < 1) {
        check.problem = QStringLiteral("not an RFC 3161 time-stamp token");
        return check;
    }
    const std::optional<QByteArray> content = encapsulatedContent(der);
    const std::optional<TstInfo> parsed = content ? parseTstInfo(*content) : std::nullopt;
    if (!parsed) {
        check.problem = QStringLiteral("the time-stamp token holds no readable TSTInfo");
        return check;
    }
    check.decoded = true;
    check.time = parsed->time;

    NSSCMSSignerInfo *signer = NSS_CMSSignedData_GetSignerInfo(signedData, 0);
    CERTCertificate *certificate = signer ? signingCertificate(signedData, signer) : nullptr;
    if (!certificate) {
        check.status = SignatureStatus::Malformed;
        check.problem = QStringLiteral("the authority's certificate is not in the time-stamp");
        return check;
    }
    check.signer.found = true;

    // The authority's signature over the TSTInfo: NSS compares the signed message-digest
    // attribute with this digest and verifies the signature with the certificate's key.
    const SECOidTag digestTag = SECOID_GetAlgorithmTag(&signer->digestAlg);
    const HASH_HashType hashType = HASH_GetHashTypeByOidTag(digestTag);
    unsigned char digest[HASH_LENGTH_MAX];
    unsigned int digestLength = 0;
    bool signatureOk = false;
    if (const SECHashObject *hash = HASH_GetHashObject(hashType)) {
        void *context = hash->create();
        hash->begin(context);
        hash->update(context, reinterpret_cast<const unsigned char *>(content->constData()),
                     static_cast<unsigned int>(content->size()));
        hash->end(context, digest, &digestLength, sizeof digest);
        hash->destroy(context, PR_TRUE);
        SECItem digestItem{siBuffer, digest, digestLength};
        signatureOk = NSS_CMSSignerInfo_Verify(signer, &digestItem, nullptr) == SECSuccess;
    }

    // The imprint must be the hash of exactly the bytes the /ByteRange covers.
    const std::optional<QCryptographicHash::Algorithm> algorithm =
        hashForOid(parsed->imprintAlgorithm, &check.hashAlgorithm);
    if (!algorithm) {
        check.status = SignatureStatus::Unsupported;
        check.problem = QStringLiteral("unknown hash algorithm in the message imprint");
    } else if (QCryptographicHash::hash(signedBytes, *algorithm) != parsed->imprint) {
        check.status = SignatureStatus::DigestMismatch;
    } else if (!signatureOk) {
        check.status = SignatureStatus::Invalid;
        check.problem = errorName(PORT_GetError());
    } else {
        check.status = SignatureStatus::Valid;
    }
    checkCertificate(check.signer, certificate, parsed->time);
    return check;
}

} // namespace saraban::pdf::engine
