#include "core/services/letterservice.h"

#include "core/services/serverquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saraban {

namespace {

QString partiesJson(const QList<LetterParty> &parties)
{
    QJsonArray array;
    for (const LetterParty &party : parties) {
        QJsonObject object;
        switch (party.role) {
        case LetterParty::Role::From:
            object.insert(QStringLiteral("role"), QStringLiteral("from"));
            break;
        case LetterParty::Role::To:
            object.insert(QStringLiteral("role"), QStringLiteral("to"));
            break;
        case LetterParty::Role::Copy:
            object.insert(QStringLiteral("role"), QStringLiteral("cc"));
            break;
        }
        if (party.organisationId)
            object.insert(QStringLiteral("organisation_id"), *party.organisationId);
        if (!party.name.isEmpty())
            object.insert(QStringLiteral("name"), party.name);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString referencesJson(const QList<qint64> &letters, const QStringList &texts)
{
    QJsonArray array;
    for (const qint64 id : letters)
        array.append(QJsonObject{{QStringLiteral("letter_id"), id}});
    for (const QString &text : texts)
        array.append(QJsonObject{{QStringLiteral("text"), text}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

DuplicateFile readDuplicate(const ServerQuery &query, int firstColumn)
{
    DuplicateFile duplicate;
    if (!query.value(firstColumn).isNull())
        duplicate.letterId = query.value(firstColumn).toLongLong();
    duplicate.number = query.value(firstColumn + 1).toString();
    duplicate.elsewhere = query.value(firstColumn + 2).toBool();
    return duplicate;
}

} // namespace

LetterService::LetterService(QSqlDatabase database)
    : m_database(std::move(database))
{}

LetterService::~LetterService() = default;
LetterService::LetterService(LetterService &&) noexcept = default;
LetterService &LetterService::operator=(LetterService &&) noexcept = default;

Result<qint64> LetterService::maxFileBytes() const
{
    ServerQuery query(m_database, QStringLiteral("SELECT value FROM saraban.settings "
                                                 "WHERE key = 'max_file_bytes'"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toLongLong();
}

Status LetterService::checkSize(const QByteArray &content, const QString &field) const
{
    auto limit = maxFileBytes();
    if (!limit)
        return limit.error();
    if (content.size() > *limit) {
        return Error{QStringLiteral("file.too_large"),
                     tr("The file is too large: at most %1 bytes.").arg(*limit),
                     tr("Field: %1, rule: %2").arg(field, QStringLiteral("max_size"))};
    }
    return {};
}

Result<RegisteredLetter> LetterService::registerLetter(const LetterDraft &draft)
{
    if (!draft.mainPdf.isEmpty()) {
        if (Status status = checkSize(draft.mainPdf, QStringLiteral("main_file")); !status)
            return status.error();
    }
    if (!m_register) {
        m_register = std::make_unique<ServerQuery>(
            m_database,
            QStringLiteral(
                "SELECT letter_id, number_text, duplicate_letter_id, duplicate_number, "
                "duplicate_elsewhere FROM saraban.register_letter("
                "p_register_id => CAST(:register AS integer), p_subject => CAST(:subject AS text), "
                "p_letter_date => CAST(:letter_date AS date), "
                "p_received_on => CAST(:received_on AS date), p_sent_on => CAST(:sent_on AS date), "
                "p_their_number => CAST(:their_number AS text), "
                "p_parties => CAST(:parties AS jsonb), "
                "p_letter_type_id => CAST(:letter_type AS integer), "
                "p_urgency => CAST(:urgency AS smallint), "
                "p_confidentiality => CAST(:confidentiality AS smallint), "
                "p_main_file => CAST(:main_file AS bytea), "
                "p_main_file_name => CAST(:main_file_name AS text), "
                "p_references => CAST(:references AS jsonb), "
                "p_reservation_id => CAST(:reservation AS bigint))"));
    }
    ServerQuery &query = *m_register;
    query.bind(QStringLiteral(":register"), draft.registerId)
        .bind(QStringLiteral(":subject"), draft.subject)
        .bind(QStringLiteral(":letter_date"), dateOrNull(draft.letterDate))
        .bind(QStringLiteral(":received_on"), dateOrNull(draft.receivedOn))
        .bind(QStringLiteral(":sent_on"), dateOrNull(draft.sentOn))
        .bind(QStringLiteral(":their_number"),
              draft.theirNumber.isEmpty() ? QVariant() : QVariant(draft.theirNumber))
        .bind(QStringLiteral(":parties"), partiesJson(draft.parties))
        .bind(QStringLiteral(":letter_type"),
              draft.letterTypeId ? QVariant(*draft.letterTypeId) : QVariant())
        .bind(QStringLiteral(":urgency"), draft.urgency)
        .bind(QStringLiteral(":confidentiality"), draft.confidentiality)
        .bind(QStringLiteral(":main_file"),
              draft.mainPdf.isEmpty() ? QVariant() : QVariant(draft.mainPdf))
        .bind(QStringLiteral(":main_file_name"),
              draft.mainPdfName.isEmpty() ? QVariant() : QVariant(draft.mainPdfName))
        .bind(QStringLiteral(":references"),
              referencesJson(draft.referencedLetters, draft.referenceTexts))
        .bind(QStringLiteral(":reservation"),
              draft.reservationId ? QVariant(*draft.reservationId) : QVariant());
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    RegisteredLetter letter;
    letter.id = query.value(0).toLongLong();
    letter.number = query.value(1).toString();
    letter.duplicate = readDuplicate(query, 2);
    return letter;
}

Result<DuplicateFile> LetterService::addAttachment(qint64 letterId, const QByteArray &content,
                                                   const QString &fileName)
{
    if (Status status = checkSize(content, QStringLiteral("file")); !status)
        return status.error();
    ServerQuery query(m_database,
                      QStringLiteral("SELECT duplicate_letter_id, duplicate_number, "
                                     "duplicate_elsewhere FROM saraban.letter_add_attachment("
                                     "CAST(:letter AS bigint), CAST(:content AS bytea), "
                                     "CAST(:name AS text))"));
    query.bind(QStringLiteral(":letter"), letterId)
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":name"), fileName);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return readDuplicate(query, 0);
}

Result<QByteArray> LetterService::fileContent(const QByteArray &sha256) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.file_content(CAST(:sha AS bytea))"));
    query.bind(QStringLiteral(":sha"), sha256);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{QStringLiteral("db.no_row"), tr("The server returned no result."), QString()};
    return query.value(0).toByteArray();
}

QString LetterService::duplicateWarning(const DuplicateFile &duplicate)
{
    if (duplicate.letterId) {
        return tr("This file was registered before, with letter %1.").arg(duplicate.number);
    }
    if (duplicate.elsewhere)
        return tr("This file was registered before, with a letter you may not see.");
    return QString();
}

} // namespace saraban
