#pragma once

// What a composed official letter is made of (core/schema/0011_documents.sql keeps the template
// per unit), and what signing and stamping need: value types shared by the client and the
// document worker (saraban-document-worker), which turns them into PDF. The official layout is
// described in ../shared/design/lao.md; LetterLayout::lines() is its reading order, so a test
// can compare a composed PDF's text with what was typed.
#include <QDataStream>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace saraban::pdf {

// Editable by an administrator of the unit: the header wording, the issuer and the place.
struct LetterTemplate
{
    QString stateLine1 = QStringLiteral("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ");
    QString stateLine2 = QStringLiteral("ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ");
    QStringList issuerLines; // the issuing body, top left, one line each (ministry, department)
    QString place = QStringLiteral("ນະຄອນຫຼວງວຽງຈັນ");
    // Where the signature goes on the last page: fractions of the page from its top left.
    QRectF signatureRect = QRectF(0.55, 0.70, 0.38, 0.09);
    QString fontFamily; // empty: Phetsarath OT, else Noto Sans Lao, else any Lao font
};

struct LetterContent
{
    QString number; // "330/ປທສ."; empty until the clerk issues it (dots are printed instead)
    QDate date;     // invalid until issued
    QString title; // ໜັງສືສະເໜີ, ແຈ້ງການ, ຂໍ້ຕົກລົງ...
    QString concerning;         // "ວ່າດ້ວຍ ..." without the word itself
    QString recipient;          // "ຮຽນ: ..."
    QString subject;            // "ເລື່ອງ: ..."
    QStringList references;     // each printed as "- ອີງຕາມ ..."
    QStringList bodyParagraphs; // wrapped to the page width
    QString signatoryTitle;     // ຫົວໜ້າພະແນກ...
    QString signatoryName;
    QString documentTitle() const; // for the PDF's metadata
};

class LetterLayout
{
public:
    // "ວັນທີ 11 ກຸມພາ 2015": Arabic digits and the Gregorian year, as in official examples.
    static QString laoDate(const QDate &date);
    static QString numberLine(const LetterContent &content);
    static QString placeAndDateLine(const LetterTemplate &letterTemplate,
                                    const LetterContent &content);
    // Every line the composer prints, in reading order, before wrapping.
    static QStringList lines(const LetterTemplate &letterTemplate, const LetterContent &content);
};

// A certificate with a private key that NSS can use for signing (in Saraban's key store or on a
// token).
struct SigningCertificate
{
    QString nickname; // what NSS calls it: "token:nickname" for tokens
    QString commonName;
    QString subject;
    QString issuer;
    QDateTime validUntil;
};

struct SigningRequest
{
    QString nickname;
    QString password; // the key store's password or the token's PIN; never logged
    QString signerName;
    QString signerTitle;
    QString reason;
    QString location;
    int page = -1;      // -1: the last page
    QRectF rect;        // fractions of the page from its top left; empty: LetterTemplate's
    QDateTime signedAt; // shown in the appearance; the CMS carries the real signing time
    QString fieldName;  // empty: one is made up
};

// Drawn on an incoming letter: the clerk's received stamp or the head's endorsement.
struct StampMark
{
    enum class Kind : quint8 { Received = 1, Endorsement = 2 };
    Kind kind = Kind::Received;
    int page = 0;
    QRectF rect;       // fractions of the page; empty: a corner that suits the kind
    QStringList lines; // what is drawn, already in words (see StampText)
    QString author;
};

// The words of a stamp, in the letter's language (Lao), whatever the interface language is.
class StampText
{
public:
    static StampMark received(const QString &unit, const QString &registerNumber,
                              const QDate &receivedOn, const QString &clerk);
    static StampMark endorsement(const QString &text, const QString &headName,
                                 const QString &headTitle, const QDate &date);
};

QDataStream &operator<<(QDataStream &stream, const LetterTemplate &value);
QDataStream &operator>>(QDataStream &stream, LetterTemplate &value);
QDataStream &operator<<(QDataStream &stream, const LetterContent &value);
QDataStream &operator>>(QDataStream &stream, LetterContent &value);
QDataStream &operator<<(QDataStream &stream, const SigningCertificate &value);
QDataStream &operator>>(QDataStream &stream, SigningCertificate &value);
QDataStream &operator<<(QDataStream &stream, const SigningRequest &value);
QDataStream &operator>>(QDataStream &stream, SigningRequest &value);
QDataStream &operator<<(QDataStream &stream, const StampMark &value);
QDataStream &operator>>(QDataStream &stream, StampMark &value);

} // namespace saraban::pdf
