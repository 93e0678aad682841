#include "core/pdf/engine/popplerengine.h"

#include "core/pdf/engine/nsscertificatechecker.h"
#include "core/pdf/engine/popplerlog.h"
#include "core/pdf/pdflogging.h"
#include "core/pdf/signaturedictionary.h"

#include <QHash>
#include <QImage>
#include <QVariant>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <poppler-form.h>
#include <poppler-qt6.h>

namespace saraban::pdf::engine {

namespace {

// Above this many pages the widget of a signature is not searched for page by page.
constexpr int maxPagesToLocateSignatures = 2000;

bool abortTrampoline(const QVariant &closure)
{
    const auto *check = reinterpret_cast<const AbortCheck *>(closure.value<quintptr>());
    return check && *check && (*check)();
}

QVariant closureOf(const AbortCheck &check)
{
    return QVariant::fromValue(reinterpret_cast<quintptr>(&check));
}

Error engineError(const QString &code, const QString &message)
{
    return Error{code, message, PopplerLog::recent()};
}

Poppler::Page::Rotation popplerRotation(int quarterTurns)
{
    switch (((quarterTurns % 4) + 4) % 4) {
    case 1:
        return Poppler::Page::Rotate90;
    case 2:
        return Poppler::Page::Rotate180;
    case 3:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

QString popplerName(Poppler::SignatureValidationInfo::SignatureStatus status)
{
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::SignatureValid:
        return QStringLiteral("SignatureValid");
    case S::SignatureInvalid:
        return QStringLiteral("SignatureInvalid");
    case S::SignatureDigestMismatch:
        return QStringLiteral("SignatureDigestMismatch");
    case S::SignatureDecodingError:
        return QStringLiteral("SignatureDecodingError");
    case S::SignatureGenericError:
        return QStringLiteral("SignatureGenericError");
    case S::SignatureNotFound:
        return QStringLiteral("SignatureNotFound");
    case S::SignatureNotVerified:
        return QStringLiteral("SignatureNotVerified");
    }
    return QString::number(status);
}

QString popplerName(Poppler::SignatureValidationInfo::CertificateStatus status)
{
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::CertificateTrusted:
        return QStringLiteral("CertificateTrusted");
    case S::CertificateUntrustedIssuer:
        return QStringLiteral("CertificateUntrustedIssuer");
    case S::CertificateUnknownIssuer:
        return QStringLiteral("CertificateUnknownIssuer");
    case S::CertificateRevoked:
        return QStringLiteral("CertificateRevoked");
    case S::CertificateExpired:
        return QStringLiteral("CertificateExpired");
    case S::CertificateGenericError:
        return QStringLiteral("CertificateGenericError");
    case S::CertificateNotVerified:
        return QStringLiteral("CertificateNotVerified");
    }
    return QString::number(status);
}

SignatureStatus fromPoppler(Poppler::SignatureValidationInfo::SignatureStatus status)
{
    using S = Poppler::SignatureValidationInfo;
    switch (status) {
    case S::SignatureValid:
        return SignatureStatus::Valid;
    case S::SignatureInvalid:
        return SignatureStatus::Invalid;
    case S::SignatureDigestMismatch:
        return SignatureStatus::DigestMismatch;
    case S::SignatureDecodingError:
    case S::SignatureNotFound:
        return SignatureStatus::Malformed;
    case S::SignatureGenericError:
    case S::SignatureNotVerified:
        return SignatureStatus::Unsupported;
    }
    return SignatureStatus::Unsupported;
}

QString hashName(Poppler::SignatureValidationInfo::HashAlgorithm algorithm)
{
    using S = Poppler::SignatureValidationInfo;
    switch (algorithm) {
    case S::HashAlgorithmMd2:
        return QStringLiteral("MD2");
    case S::HashAlgorithmMd5:
        return QStringLiteral("MD5");
    case S::HashAlgorithmSha1:
        return QStringLiteral("SHA-1");
    case S::HashAlgorithmSha256:
        return QStringLiteral("SHA-256");
    case S::HashAlgorithmSha384:
        return QStringLiteral("SHA-384");
    case S::HashAlgorithmSha512:
        return QStringLiteral("SHA-512");
    case S::HashAlgorithmSha224:
        return QStringLiteral("SHA-224");
    case S::HashAlgorithmUnknown:
        break;
    }
    return {};
}

// Poppler gives [start, end, start, end]; the file's /ByteRange (and Saraban) say
// [offset, length, offset, length].
QList<qint64> byteRangeFromBounds(const QList<qint64> &bounds)
{
    QList<qint64> range;
    for (qsizetype i = 0; i + 1 < bounds.size(); i += 2)
        range << bounds.at(i) << bounds.at(i + 1) - bounds.at(i);
    return range;
}

QByteArray signedBytes(const QByteArray &file, const QList<qint64> &byteRange)
{
    QByteArray out;
    for (qsizetype i = 0; i + 1 < byteRange.size(); i += 2) {
        const qint64 offset = byteRange.at(i);
        const qint64 length = byteRange.at(i + 1);
        if (offset < 0 || length < 0 || offset > file.size() || length > file.size() - offset)
            return {};
        out.append(file.constData() + offset, length);
    }
    return out;
}

// The /Contents hex string between the two ranges, decoded; empty when the gap is not one.
QByteArray contentsInGap(const QByteArray &file, const QList<qint64> &byteRange)
{
    if (byteRange.size() != 4)
        return {};
    const qint64 from = byteRange.at(0) + byteRange.at(1);
    const qint64 to = byteRange.at(2);
    if (from < 0 || to - from < 2 || to > file.size() || file.at(from) != '<' ||
        file.at(to - 1) != '>')
        return {};
    const QByteArray hex = file.mid(from + 1, to - from - 2);
    for (char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)) &&
            !std::isspace(static_cast<unsigned char>(c)))
            return {};
    }
    return QByteArray::fromHex(hex);
}

void ensureNss(const QString &nssDirectory)
{
    static bool started = false;
    if (started)
        return;
    started = true;
    // Starts NSS on that database (an empty name: Poppler's default); once only, and before
    // any signature call, as Poppler requires.
    Poppler::setNSSDir(nssDirectory);
    if (!NssCertificateChecker::lockDown())
        qCWarning(lcPdfEngine) << "NSS is not running; certificates cannot be checked";
}

} // namespace

PopplerEngine::PopplerEngine() = default;
PopplerEngine::~PopplerEngine() = default;

Result<PdfDocumentInfo> PopplerEngine::open(const QByteArray &data, const QByteArray &password)
{
    m_document.reset();
    m_data = data;
    if (m_data.isEmpty())
        return Error{QStringLiteral("pdf.empty"), QStringLiteral("the file is empty"), {}};
    const quint64 messagesBefore = PopplerLog::messageCount();
    m_document = Poppler::Document::loadFromData(m_data, password, password);
    if (!m_document)
        return engineError(QStringLiteral("pdf.open"),
                           QStringLiteral("Poppler cannot read this file as a PDF"));
    if (m_document->isLocked()) {
        // Encrypted for certificates (Adobe.PubSec) rather than with a password: Poppler has no
        // handler for it and says so in its messages.
        const bool handlerMissing =
            PopplerLog::messageCount() > messagesBefore &&
            PopplerLog::recent().contains(QLatin1String("security handler"));
        return handlerMissing
                   ? engineError(QStringLiteral("pdf.encryption"),
                                 QStringLiteral("unsupported security handler"))
                   : engineError(QStringLiteral("pdf.locked"), QStringLiteral("password required"));
    }
    m_document->setRenderHint(Poppler::Document::Antialiasing);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing);

    PdfDocumentInfo info;
    info.title = m_document->title();
    info.author = m_document->author();
    info.subject = m_document->subject();
    info.keywords = m_document->keywords();
    info.creator = m_document->creator();
    info.producer = m_document->producer();
    info.created = m_document->creationDate();
    info.modified = m_document->modificationDate();
    const Poppler::Document::PdfVersion version = m_document->getPdfVersion();
    info.pdfVersion = QStringLiteral("%1.%2").arg(version.major).arg(version.minor);
    info.encrypted = m_document->isEncrypted();
    const int pages = m_document->numPages();
    if (pages <= 0)
        return engineError(QStringLiteral("pdf.nopages"), QStringLiteral("the file has no pages"));
    info.pages.reserve(pages);
    for (int i = 0; i < pages; ++i) {
        PageInfo page;
        if (const std::unique_ptr<Poppler::Page> p = m_document->page(i)) {
            page.size = p->pageSizeF();
            page.label = p->label();
        }
        // A page Poppler cannot describe still gets a place in the viewer (A4).
        if (!page.size.isValid() || page.size.isEmpty())
            page.size = QSizeF(595.276, 841.89);
        info.pages.append(page);
    }
    info.signatureFieldCount = static_cast<int>(m_document->signatures().size());
    return info;
}

Result<RenderedPage> PopplerEngine::render(int page, double dpi, int rotation, qint64 maxPixels,
                                           const AbortCheck &shouldAbort)
{
    if (!m_document)
        return Error{QStringLiteral("pdf.notopen"), QStringLiteral("no document"), {}};
    const std::unique_ptr<Poppler::Page> p =
        page >= 0 && page < m_document->numPages() ? m_document->page(page) : nullptr;
    if (!p)
        return engineError(QStringLiteral("pdf.page"), QStringLiteral("no such page"));
    const QSizeF points = p->pageSizeF();
    if (!(dpi > 0) || !points.isValid() || points.isEmpty())
        return engineError(QStringLiteral("pdf.render"), QStringLiteral("the page has no size"));
    // A hostile page can claim to be kilometres wide: lower the resolution instead of allocating
    // gigabytes.
    const double pixels = (points.width() / 72.0 * dpi) * (points.height() / 72.0 * dpi);
    if (pixels > static_cast<double>(maxPixels))
        dpi *= std::sqrt(static_cast<double>(maxPixels) / pixels) * 0.999; // rounding up
    QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, popplerRotation(rotation), nullptr,
                                    nullptr, abortTrampoline, closureOf(shouldAbort));
    if (shouldAbort && shouldAbort())
        return Error{QStringLiteral("pdf.aborted"), QStringLiteral("stopped"), {}};
    if (image.isNull())
        return engineError(QStringLiteral("pdf.render"),
                           QStringLiteral("Poppler could not render the page"));
    if (image.format() == QImage::Format_ARGB32)
        image.convertTo(QImage::Format_ARGB32_Premultiplied);
    RenderedPage rendered;
    rendered.page = page;
    rendered.dpi = dpi;
    rendered.rotation = ((rotation % 4) + 4) % 4;
    rendered.size = image.size();
    rendered.bytesPerLine = image.bytesPerLine();
    rendered.format = static_cast<int>(image.format());
    rendered.pixels =
        QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
    return rendered;
}

Result<PageText> PopplerEngine::text(int page, const AbortCheck &shouldAbort)
{
    if (!m_document)
        return Error{QStringLiteral("pdf.notopen"), QStringLiteral("no document"), {}};
    const std::unique_ptr<Poppler::Page> p =
        page >= 0 && page < m_document->numPages() ? m_document->page(page) : nullptr;
    if (!p)
        return engineError(QStringLiteral("pdf.page"), QStringLiteral("no such page"));
    const QSizeF size = p->pageSizeF();
    if (!size.isValid() || size.isEmpty())
        return PageText{page, {}};
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes =
        p->textList(Poppler::Page::Rotate0, abortTrampoline, closureOf(shouldAbort));
    if (shouldAbort && shouldAbort())
        return Error{QStringLiteral("pdf.aborted"), QStringLiteral("stopped"), {}};
    QList<TextWord> words;
    words.reserve(static_cast<qsizetype>(boxes.size()));
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        const QRectF r = box->boundingBox();
        TextWord word;
        word.text = box->text();
        word.box = QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(),
                          r.height() / size.height());
        word.spaceAfter = box->hasSpaceAfter();
        words.append(word);
    }
    // Layout order scatters Lao marks and line pieces; fromLayout() puts them back and adds
    // the line ends.
    return PageText::fromLayout(page, std::move(words));
}

Result<QList<SignatureInfo>> PopplerEngine::signatures(const QString &nssDirectory)
{
    if (!m_document)
        return Error{QStringLiteral("pdf.notopen"), QStringLiteral("no document"), {}};
    ensureNss(nssDirectory);

    // Which page shows which signature: Poppler's FormField does not say, the pages do.
    QHash<QString, std::pair<int, QRectF>> widgets;
    if (m_document->numPages() <= maxPagesToLocateSignatures) {
        for (int i = 0; i < m_document->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = m_document->page(i);
            if (!page)
                continue;
            for (const std::unique_ptr<Poppler::FormField> &field : page->formFields()) {
                if (field->type() == Poppler::FormField::FormSignature &&
                    !widgets.contains(field->fullyQualifiedName()))
                    widgets.insert(field->fullyQualifiedName(), {i, field->rect()});
            }
        }
    }

    // Saraban's own certificate and time-stamp checks run first, on every /ByteRange in the
    // file, before Poppler validates anything (see NssCertificateChecker::checkSigner).
    struct OwnCheck
    {
        SignatureDictionary dictionary;
        QByteArray contents;
        SignerCheck signer;
        TimestampCheck timestamp;
    };
    std::map<QList<qint64>, OwnCheck> ownChecks;
    for (const QList<qint64> &range : SignatureDictionary::byteRanges(m_data)) {
        OwnCheck check;
        check.contents = contentsInGap(m_data, range);
        if (check.contents.isEmpty() || std::all_of(check.contents.cbegin(), check.contents.cend(),
                                                    [](char c) { return c == '\0'; }))
            continue;
        check.dictionary = SignatureDictionary::scan(m_data, range);
        if (check.dictionary.isDocumentTimestamp())
            check.timestamp =
                NssCertificateChecker::checkTimestamp(check.contents, signedBytes(m_data, range));
        else
            check.signer =
                NssCertificateChecker::checkSigner(check.contents, check.dictionary.signingTime);
        ownChecks.emplace(range, std::move(check));
    }

    QList<SignatureInfo> result;
    for (const std::unique_ptr<Poppler::FormFieldSignature> &field : m_document->signatures()) {
        SignatureInfo info;
        info.fieldName = field->fullyQualifiedName();
        if (const auto widget = widgets.constFind(info.fieldName); widget != widgets.cend()) {
            const QRectF rect = widget->second;
            if (rect.width() > 0 && rect.height() > 0) {
                info.page = widget->first;
                info.rect = rect;
            }
        }
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature) {
            info.kind = SignatureKind::EmptyField;
            result.append(info);
            continue;
        }

        // ValidateVerifyCertificate, not ValidateWithoutOCSPRevocationCheck (which turns a
        // trusted certificate into a generic error in 22.12); NSS stays offline either way
        // (NssCertificateChecker::lockDown). Poppler's certificate verdict is only recorded:
        // Saraban checks the certificate itself below.
        const Poppler::SignatureValidationInfo validation =
            field->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate);
        // The CMS is read from the gap between the ranges: Poppler 22.12 hands out nothing when
        // it could not verify, and strips trailing zero bytes otherwise, which cuts the
        // end-of-contents markers off BER-encoded signatures. What Poppler read from the
        // dictionary is kept to check that the gap holds this very signature (coverage).
        // A placeholder that was never filled is not a signature.
        const QList<qint64> byteRange = byteRangeFromBounds(validation.signedRangeBounds());
        const QByteArray dictionaryContents = validation.signature();
        QByteArray contents = contentsInGap(m_data, byteRange);
        if (contents.isEmpty())
            contents = dictionaryContents;
        if (!contents.isEmpty() &&
            std::all_of(contents.cbegin(), contents.cend(), [](char c) { return c == '\0'; })) {
            info.kind = SignatureKind::EmptyField;
            info.coverage.byteRange = byteRange;
            result.append(info);
            continue;
        }
        info.popplerSignatureStatus = popplerName(validation.signatureStatus());
        info.popplerCertificateStatus = popplerName(validation.certificateStatus());
        info.popplerSignsTotalDocument = validation.signsTotalDocument();
        info.coverage.byteRange = byteRange;
        info.contents = dictionaryContents;
        info.signerName = validation.signerName();
        info.signerDistinguishedName = validation.signerSubjectDN();
        info.reason = validation.reason();
        info.location = validation.location();
        info.hashAlgorithm = hashName(validation.hashAlgorithm());
        if (validation.signingTime() > 0)
            info.signingTime = QDateTime::fromSecsSinceEpoch(validation.signingTime(), Qt::UTC);

        // Checked before Poppler touched it when the file's /ByteRange is the one Poppler read;
        // otherwise (an odd file) now, accepting that NSS may refuse carried certificates.
        auto own = ownChecks.find(info.coverage.byteRange);
        if (own == ownChecks.end()) {
            OwnCheck late;
            late.contents = contents;
            late.dictionary = SignatureDictionary::scan(m_data, info.coverage.byteRange);
            if (late.dictionary.isDocumentTimestamp() ||
                field->signatureType() == Poppler::FormFieldSignature::UnknownSignatureType)
                late.timestamp = NssCertificateChecker::checkTimestamp(
                    contents, signedBytes(m_data, info.coverage.byteRange));
            else
                late.signer = NssCertificateChecker::checkSigner(contents, info.signingTime);
            own = ownChecks.emplace(info.coverage.byteRange, std::move(late)).first;
        }
        const OwnCheck &check = own->second;
        info.subFilter = QString::fromLatin1(check.dictionary.subFilter);
        info.certification = check.dictionary.certification;
        info.docMdpPermissions = check.dictionary.docMdpPermissions;

        // Poppler 22.12 knows no document timestamps (an "unknown" type, "not verified"):
        // Saraban checks the RFC 3161 token itself.
        if (check.dictionary.isDocumentTimestamp() ||
            field->signatureType() == Poppler::FormFieldSignature::UnknownSignatureType) {
            info.kind = SignatureKind::DocumentTimestamp;
            const TimestampCheck &timestamp = check.timestamp;
            if (timestamp.decoded) {
                info.status = timestamp.status;
                info.signingTime = timestamp.time;
                info.hashAlgorithm = timestamp.hashAlgorithm;
            } else {
                info.status = SignatureStatus::Malformed;
            }
            info.certificate = timestamp.signer.certificate;
            info.certificateStatus = timestamp.signer.status;
            info.certificateProblem =
                timestamp.problem.isEmpty() ? timestamp.signer.problem : timestamp.problem;
            if (info.signerName.isEmpty())
                info.signerName = info.certificate.displayName();
            result.append(info);
            continue;
        }

        info.kind = SignatureKind::Signature;
        info.status = fromPoppler(validation.signatureStatus());
        const SignerCheck &signer = check.signer;
        if (signer.found) {
            info.certificate = signer.certificate;
            info.certificateStatus = signer.status;
            info.certificateProblem = signer.problem;
            if (!info.signingTime.isValid())
                info.signingTime = signer.signingTime;
            if (info.signerName.isEmpty())
                info.signerName = info.certificate.displayName();
            if (info.signerDistinguishedName.isEmpty())
                info.signerDistinguishedName = info.certificate.subjectDistinguishedName;
        } else {
            info.certificateProblem = signer.problem;
        }
        result.append(info);
    }
    return result;
}

} // namespace saraban::pdf::engine
