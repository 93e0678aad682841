#include "core/pdf/letter.h"

namespace saraban::pdf {

namespace {

// A letter is official Lao whatever language the interface speaks: these words are part of the
// document, not of Saraban's interface, so they are not translated.
const QString numberWord = QStringLiteral("ເລກທີ");
const QString dateWord = QStringLiteral("ວັນທີ");
const QString concerningWord = QStringLiteral("ວ່າດ້ວຍ");
const QString recipientWord = QStringLiteral("ຮຽນ");
const QString subjectWord = QStringLiteral("ເລື່ອງ");
const QString referenceWord = QStringLiteral("ອີງຕາມ");
const QString blank = QStringLiteral("..........");

} // namespace

QString LetterContent::documentTitle() const
{
    QString text = title;
    if (!concerning.isEmpty())
        text += QLatin1Char(' ') + concerningWord + QLatin1Char(' ') + concerning;
    if (!number.isEmpty())
        text += QLatin1Char(' ') + number;
    return text.trimmed();
}

QString LetterLayout::laoDate(const QDate &date)
{
    static const QStringList months{
        QStringLiteral("ມັງກອນ"), QStringLiteral("ກຸມພາ"),   QStringLiteral("ມີນາ"),
        QStringLiteral("ເມສາ"),  QStringLiteral("ພຶດສະພາ"), QStringLiteral("ມິຖຸນາ"),
        QStringLiteral("ກໍລະກົດ"), QStringLiteral("ສິງຫາ"),   QStringLiteral("ກັນຍາ"),
        QStringLiteral("ຕຸລາ"),   QStringLiteral("ພະຈິກ"),   QStringLiteral("ທັນວາ")};
    if (!date.isValid())
        return dateWord + QLatin1Char(' ') + blank;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(dateWord)
        .arg(date.day())
        .arg(months.at(date.month() - 1))
        .arg(date.year());
}

QString LetterLayout::numberLine(const LetterContent &content)
{
    return numberWord + QStringLiteral(": ") + (content.number.isEmpty() ? blank : content.number);
}

QString LetterLayout::placeAndDateLine(const LetterTemplate &letterTemplate,
                                       const LetterContent &content)
{
    return letterTemplate.place + QStringLiteral(", ") + laoDate(content.date);
}

QStringList LetterLayout::lines(const LetterTemplate &letterTemplate, const LetterContent &content)
{
    QStringList lines{letterTemplate.stateLine1, letterTemplate.stateLine2};
    lines += letterTemplate.issuerLines;
    lines << numberLine(content) << placeAndDateLine(letterTemplate, content);
    if (!content.title.isEmpty())
        lines << content.title;
    if (!content.concerning.isEmpty())
        lines << concerningWord + QLatin1Char(' ') + content.concerning;
    if (!content.recipient.isEmpty())
        lines << recipientWord + QStringLiteral(": ") + content.recipient;
    if (!content.subject.isEmpty())
        lines << subjectWord + QStringLiteral(": ") + content.subject;
    for (const QString &reference : content.references)
        lines << QStringLiteral("- ") + referenceWord + QLatin1Char(' ') + reference;
    lines += content.bodyParagraphs;
    if (!content.signatoryTitle.isEmpty())
        lines << content.signatoryTitle;
    if (!content.signatoryName.isEmpty())
        lines << content.signatoryName;
    lines.removeAll(QString());
    return lines;
}

StampMark StampText::received(const QString &unit, const QString &registerNumber,
                              const QDate &receivedOn, const QString &clerk)
{
    StampMark mark;
    mark.kind = StampMark::Kind::Received;
    mark.author = clerk;
    mark.lines = QStringList{unit, QStringLiteral("ໄດ້ຮັບ ເລກທີ: ") + registerNumber,
                             LetterLayout::laoDate(receivedOn)};
    mark.lines.removeAll(QString());
    return mark;
}

StampMark StampText::endorsement(const QString &text, const QString &headName,
                                 const QString &headTitle, const QDate &date)
{
    StampMark mark;
    mark.kind = StampMark::Kind::Endorsement;
    mark.author = headName;
    mark.lines = text.split(QLatin1Char('\n'));
    mark.lines << LetterLayout::laoDate(date) << headTitle << headName;
    mark.lines.removeAll(QString());
    return mark;
}

QDataStream &operator<<(QDataStream &stream, const LetterTemplate &value)
{
    return stream << value.stateLine1 << value.stateLine2 << value.issuerLines << value.place
                  << value.signatureRect << value.fontFamily;
}

QDataStream &operator>>(QDataStream &stream, LetterTemplate &value)
{
    return stream >> value.stateLine1 >> value.stateLine2 >> value.issuerLines >> value.place >>
           value.signatureRect >> value.fontFamily;
}

QDataStream &operator<<(QDataStream &stream, const LetterContent &value)
{
    return stream << value.number << value.date << value.title << value.concerning
                  << value.recipient << value.subject << value.references << value.bodyParagraphs
                  << value.signatoryTitle << value.signatoryName;
}

QDataStream &operator>>(QDataStream &stream, LetterContent &value)
{
    return stream >> value.number >> value.date >> value.title >> value.concerning >>
           value.recipient >> value.subject >> value.references >> value.bodyParagraphs >>
           value.signatoryTitle >> value.signatoryName;
}

QDataStream &operator<<(QDataStream &stream, const SigningCertificate &value)
{
    return stream << value.nickname << value.commonName << value.subject << value.issuer
                  << value.validUntil;
}

QDataStream &operator>>(QDataStream &stream, SigningCertificate &value)
{
    return stream >> value.nickname >> value.commonName >> value.subject >> value.issuer >>
           value.validUntil;
}

QDataStream &operator<<(QDataStream &stream, const SigningRequest &value)
{
    return stream << value.nickname << value.password << value.signerName << value.signerTitle
                  << value.reason << value.location << qint32(value.page) << value.rect
                  << value.signedAt << value.fieldName;
}

QDataStream &operator>>(QDataStream &stream, SigningRequest &value)
{
    qint32 page = -1;
    stream >> value.nickname >> value.password >> value.signerName >> value.signerTitle >>
        value.reason >> value.location >> page >> value.rect >> value.signedAt >> value.fieldName;
    value.page = page;
    return stream;
}

QDataStream &operator<<(QDataStream &stream, const StampMark &value)
{
    return stream << static_cast<quint8>(value.kind) << qint32(value.page) << value.rect
                  << value.lines << value.author;
}

QDataStream &operator>>(QDataStream &stream, StampMark &value)
{
    quint8 kind = 0;
    qint32 page = 0;
    stream >> kind >> page >> value.rect >> value.lines >> value.author;
    value.kind = kind == 2 ? StampMark::Kind::Endorsement : StampMark::Kind::Received;
    value.page = page;
    return stream;
}

} // namespace saraban::pdf
