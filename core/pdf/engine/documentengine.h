#pragma once

// What saraban-document-worker does, one job per process (core/pdf/documenttools.h is the
// client): compose a letter with QPdfWriter, sign with Poppler and NSS, and draw stamps as
// annotations saved by incremental update. Needs a QGuiApplication (fonts); the worker runs it
// on the offscreen platform.
#include "core/pdf/letter.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>
#include <utility>

namespace saraban::pdf::engine {

// The XMP namespace of Saraban's own metadata in composed letters.
constexpr char signaturePlaceNamespace[] = "https://saraban.la/ns/letter/1.0/";

// Where a composed letter's number line and place-and-date line are on its first page
// (fractions of the page from its top left), and the place printed before the date.
struct NumberPlaces
{
    QRectF numberLine;
    QRectF dateLine;
    QString placeName;
};

class DocumentEngine
{
public:
    static Result<QByteArray> compose(const LetterTemplate &letterTemplate,
                                      const LetterContent &content);

    // nssDirectory: Saraban's key store ("sql:/path"), opened once per process.
    // A wrong password or PIN is checked once, with NSS directly, and refused: Poppler 22.12
    // asks its password callback again and again, forever, when the answer is wrong, so Poppler
    // is never given a token that is not already unlocked.
    static Result<QList<SigningCertificate>> signingCertificates(const QString &nssDirectory,
                                                                 const QString &password);
    static Result<QByteArray> sign(const QString &nssDirectory, const QByteArray &pdf,
                                   const SigningRequest &request);

    // Fails, rather than returning a rewritten file, when the result does not begin with the
    // original bytes: an incremental update is what keeps earlier signatures valid.
    static Result<QByteArray> stamp(const QByteArray &pdf, const QList<StampMark> &marks);

    // The outgoing number and date written onto an issued letter, on its number and date lines
    // (numberPlaces), or in the top right corner of the first page when the file does not say
    // where they are. The text is real text in an embedded Lao font, so it can be searched and
    // copied: a stamp annotation whose appearance is drawn by QPdfWriter, added by an
    // incremental update written here (Poppler cannot give an annotation a Lao font). Files
    // whose cross-reference is a stream, which this writer does not read, get the same words
    // as an image stamp (stamp()) instead.
    static Result<QByteArray> stampNumber(const QByteArray &pdf, const QString &number,
                                          const QDate &date, const QString &author);
    static std::optional<NumberPlaces> numberPlaces(const QString &xmpMetadata);

    // Where a composed letter wants its signature (page, and fractions of the page), read from
    // the XMP metadata the composer wrote; nothing for other files.
    static std::optional<std::pair<int, QRectF>> signaturePlace(const QString &xmpMetadata);

    // The Lao font the documents are drawn with: preferred if installed, else Phetsarath OT,
    // else Noto Sans Lao, else any font with Lao; empty if there is none.
    static QString laoFamily(const QString &preferred = {});
};

} // namespace saraban::pdf::engine
