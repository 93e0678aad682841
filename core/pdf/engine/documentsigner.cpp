// Built with QT_NO_KEYWORDS: NSS's secmodt.h has a struct member called "slots".
//
// DocumentEngine::signingCertificates and ::sign. Poppler 22.12 signs with NSS and, when the
// token (or the key store's database) wants a password, asks its password callback; on a wrong
// answer NSS asks again with "retry", Poppler answers the same, and the loop never ends
// (getAvailableSigningCertificates() does the same). So Saraban logs in itself first, once, with
// PK11_CheckUserPassword, refuses a wrong password at once, installs callbacks that answer once
// and then give up, and calls PDFConverter::sign only for a certificate NSS has found with its
// private key on an unlocked token.
#include "core/pdf/engine/documentengine.h"
#include "core/pdf/engine/nsscertificatechecker.h"
#include "core/pdf/engine/popplerlog.h"
#include "core/pdf/pdflogging.h"

#include <QColor>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <atomic>
#include <cert.h>
#include <keyhi.h>
#include <memory>
#include <nss.h>
#include <pk11pub.h>
#include <poppler-form.h>
#include <poppler-qt6.h>
#include <prerror.h>
#include <secerr.h>
#include <secport.h>

namespace saraban::pdf::engine {

namespace {

// The password for this one job, and how often it has been handed out: NSS may ask once per
// token, never twice for the same one.
QByteArray jobPassword;
std::atomic<int> passwordAnswers{0};
constexpr int maxPasswordAnswers = 4;

char *answerOnce(PK11SlotInfo *, PRBool retry, void *)
{
    if (retry || jobPassword.isNull() || ++passwordAnswers > maxPasswordAnswers)
        return nullptr; // "give up": NSS fails the operation instead of asking again
    return PORT_Strdup(jobPassword.constData());
}

QString errorName(PRErrorCode code)
{
    const char *name = PR_ErrorToName(code);
    return QString::fromLatin1(name ? name : "unknown NSS error");
}

struct CertificateDeleter
{
    void operator()(CERTCertificate *certificate) const { CERT_DestroyCertificate(certificate); }
};
using CertificatePtr = std::unique_ptr<CERTCertificate, CertificateDeleter>;

QString takeString(char *text)
{
    if (!text)
        return {};
    const QString result = QString::fromUtf8(text);
    PORT_Free(text);
    return result;
}

Status startNss(const QString &nssDirectory, const QString &password)
{
    static bool started = false;
    if (!started) {
        started = true;
        Poppler::setNSSDir(nssDirectory);
        NssCertificateChecker::lockDown();
    }
    if (!NSS_IsInitialized())
        return Error{QStringLiteral("sign.nokey"), QStringLiteral("NSS did not start"),
                     nssDirectory};
    jobPassword = password.toUtf8();
    passwordAnswers = 0;
    PK11_SetPasswordFunc(answerOnce);
    Poppler::setNSSPasswordCallback([](const char *) -> char * {
        if (jobPassword.isNull() || ++passwordAnswers > maxPasswordAnswers)
            return nullptr;
        return PORT_Strdup(jobPassword.constData());
    });
    return {};
}

// Logs in to the slot once. A wrong password is refused here, before Poppler sees the token.
Status login(PK11SlotInfo *slot, const QString &password)
{
    if (!slot || !PK11_NeedLogin(slot) || PK11_IsLoggedIn(slot, nullptr))
        return {};
    const QByteArray bytes = password.toUtf8();
    if (PK11_CheckUserPassword(slot, bytes.constData()) == SECSuccess)
        return {};
    const PRErrorCode code = PORT_GetError();
    return Error{QStringLiteral("sign.password"), QStringLiteral("the password or PIN was refused"),
                 QString::fromUtf8(PK11_GetTokenName(slot)) + QStringLiteral(": ") +
                     errorName(code)};
}

SigningCertificate describe(CERTCertificate *certificate)
{
    SigningCertificate info;
    info.nickname = QString::fromUtf8(certificate->nickname);
    info.commonName = takeString(CERT_GetCommonName(&certificate->subject));
    info.subject = takeString(CERT_NameToAscii(&certificate->subject));
    info.issuer = takeString(CERT_NameToAscii(&certificate->issuer));
    PRTime notBefore = 0;
    PRTime notAfter = 0;
    if (CERT_GetCertTimes(certificate, &notBefore, &notAfter) == SECSuccess)
        info.validUntil = QDateTime::fromMSecsSinceEpoch(notAfter / 1000, Qt::UTC);
    return info;
}

// The signer's appearance, kept short: Poppler 22.12 does not break Lao lines well.
QString appearanceText(const SigningRequest &request)
{
    QStringList lines;
    if (!request.signerTitle.isEmpty())
        lines << request.signerTitle;
    const QDateTime when =
        request.signedAt.isValid() ? request.signedAt : QDateTime::currentDateTime();
    lines << LetterLayout::laoDate(when.date()) + when.toString(QStringLiteral(" HH:mm"));
    if (!request.reason.isEmpty())
        lines << request.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<QList<SigningCertificate>> DocumentEngine::signingCertificates(const QString &nssDirectory,
                                                                      const QString &password)
{
    if (Status started = startNss(nssDirectory, password); !started)
        return started.error();
    PK11SlotInfo *internal = PK11_GetInternalKeySlot();
    const Status loggedIn = login(internal, password);
    PK11_FreeSlot(internal);
    if (!loggedIn)
        return loggedIn.error();
    QList<SigningCertificate> certificates;
    if (CERTCertList *list = PK11_ListCerts(PK11CertListUser, nullptr)) {
        // CERT_LIST_HEAD and friends are C casts; the list is a PRCList of nodes.
        for (PRCList *link = list->list.next; link != &list->list; link = link->next) {
            const auto *node = reinterpret_cast<const CERTCertListNode *>(link);
            if (node->cert && node->cert->nickname)
                certificates.append(describe(node->cert));
        }
        CERT_DestroyCertList(list);
    }
    return certificates;
}

Result<QByteArray> DocumentEngine::sign(const QString &nssDirectory, const QByteArray &pdf,
                                        const SigningRequest &request)
{
    if (Status started = startNss(nssDirectory, request.password); !started)
        return started.error();
    const QByteArray nickname = request.nickname.toUtf8();
    CertificatePtr certificate(PK11_FindCertFromNickname(nickname.constData(), nullptr));
    if (!certificate)
        return Error{QStringLiteral("sign.certificate"),
                     QStringLiteral("no certificate with this name"), request.nickname};
    // The key's token: the certificate's own slot, or the key store when the certificate is
    // only in the database.
    PK11SlotInfo *slot =
        certificate->slot ? PK11_ReferenceSlot(certificate->slot) : PK11_GetInternalKeySlot();
    const Status loggedIn = login(slot, request.password);
    PK11_FreeSlot(slot);
    if (!loggedIn)
        return loggedIn.error();
    SECKEYPrivateKey *key = PK11_FindKeyByAnyCert(certificate.get(), nullptr);
    if (!key)
        return Error{QStringLiteral("sign.certificate"),
                     QStringLiteral("the certificate has no private key here"), request.nickname};
    const bool ellipticCurve = SECKEY_GetPrivateKeyType(key) == ecKey;
    SECKEY_DestroyPrivateKey(key);

    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked())
        return Error{QStringLiteral("pdf.open"), QStringLiteral("Poppler cannot read this file"),
                     PopplerLog::recent()};
    const int pages = document->numPages();
    if (pages <= 0)
        return Error{QStringLiteral("pdf.nopages"), QStringLiteral("the file has no pages"), {}};
    // The place the signer chose, else the one the composer recorded, else the template's
    // default on the last page.
    const std::optional<std::pair<int, QRectF>> composed = signaturePlace(document->metadata());
    int page = request.page;
    QRectF rect = request.rect;
    if (rect.isEmpty()) {
        rect = composed ? composed->second : LetterTemplate().signatureRect;
        if (page < 0 && composed)
            page = composed->first;
    }
    if (page < 0 || page >= pages)
        page = pages - 1;

    // PDFConverter::sign writes to a file and reopens it to put the signature in.
    QTemporaryDir directory;
    if (!directory.isValid())
        return Error{QStringLiteral("sign.failed"), QStringLiteral("no temporary folder"), {}};
    const QString output = directory.filePath(QStringLiteral("signed.pdf"));

    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(request.nickname);
    data.setPassword(request.password);
    data.setPage(page);
    data.setBoundingRectangle(rect);
    data.setSignatureText(appearanceText(request));
    data.setSignatureLeftText(request.signerName.isEmpty() ? describe(certificate.get()).commonName
                                                           : request.signerName);
    data.setReason(request.reason);
    data.setLocation(request.location);
    data.setFontSize(8);
    data.setLeftFontSize(12);
    data.setFontColor(QColor(0x0b, 0x2a, 0x6b));
    data.setBorderColor(QColor(0x0b, 0x2a, 0x6b));
    data.setBorderWidth(1);
    data.setBackgroundColor(QColor(0xf2, 0xf6, 0xff));
    data.setFieldPartialName(
        request.fieldName.isEmpty()
            ? QStringLiteral("Signature%1").arg(QDateTime::currentMSecsSinceEpoch())
            : request.fieldName);
    // Poppler 22.12 reserves room for the signature by making a trial signature, then insists
    // that the real one has exactly that length. An ECDSA signature's DER length varies by a
    // byte or two from one signature to the next, so with an EC key the two differ about five
    // times in eight and signing fails ("unable update signature"). Each attempt starts again
    // from the unsigned document; 24 attempts leave about one failure in 80,000. RSA
    // signatures have a fixed length and succeed the first time.
    const int attempts = ellipticCurve ? 24 : 1;
    bool signedOk = false;
    for (int attempt = 1; attempt <= attempts && !signedOk; ++attempt) {
        // A failed attempt has added a field to the document in memory: start from the bytes.
        if (attempt > 1)
            document = Poppler::Document::loadFromData(pdf);
        if (!document)
            break;
        std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
        converter->setOutputFileName(output);
        converter->setPDFOptions(converter->pdfOptions() | Poppler::PDFConverter::WithChanges);
        signedOk = converter->sign(data);
        if (!signedOk && attempt < attempts)
            qCDebug(lcPdfEngine) << "signing attempt" << attempt << "failed; trying again";
    }
    if (!signedOk) {
        // A password Poppler still needed means the token locked itself again: report it as a
        // password problem rather than a generic failure.
        const bool askedTooOften = passwordAnswers > maxPasswordAnswers;
        return Error{askedTooOften ? QStringLiteral("sign.password")
                                   : QStringLiteral("sign.failed"),
                     QStringLiteral("Poppler could not sign"), PopplerLog::recent()};
    }
    QFile file(output);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sign.failed"), QStringLiteral("the signed file is missing"),
                     output};
    const QByteArray signedPdf = file.readAll();
    if (!signedPdf.startsWith(pdf))
        return Error{QStringLiteral("sign.failed"),
                     QStringLiteral("the signed file is not an incremental update"),
                     {}};
    qCInfo(lcPdfEngine) << "signed" << pdf.size() << "bytes ->" << signedPdf.size();
    return signedPdf;
}

} // namespace saraban::pdf::engine
