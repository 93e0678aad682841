#include "core/services/draftcomposer.h"

#include "core/services/approvalservice.h"
#include "core/services/directoryservice.h"
#include "core/services/documentservice.h"
#include "core/services/serverquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace saraban {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

DraftComposerService::DraftComposerService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<DraftSetup> DraftComposerService::setup(const QString &login, bool lao) const
{
    DraftSetup setup;
    setup.login = login;
    auto choices = IntakeService(m_database).choices(lao);
    if (!choices)
        return choices.error();
    setup.choices = *choices;
    auto directory = DirectoryService(m_database).read(lao);
    if (!directory)
        return directory.error();
    setup.directory = *directory;
    // The same roles saraban.draft_create() accepts; the server checks again.
    QSet<int> mine;
    for (const DirectoryMember &member : setup.directory.members) {
        if (member.login == login &&
            (member.role == QLatin1String("clerk") || member.role == QLatin1String("officer") ||
             member.role == QLatin1String("head")))
            mine.insert(member.unitId);
    }
    DocumentService documents(m_database);
    for (const DirectoryUnit &unit : setup.directory.units) {
        if (!mine.contains(unit.id))
            continue;
        setup.draftUnits << unit.id;
        auto found = documents.templateFor(unit.id);
        if (!found)
            return found.error();
        if (*found)
            setup.templates.insert(unit.id, **found);
    }
    return setup;
}

Result<DraftSource> DraftComposerService::latest(qint64 draftId) const
{
    ServerQuery query(
        m_database,
        QStringLiteral("SELECT d.unit_id, d.subject, d.letter_type_id, d.urgency, "
                       "d.confidentiality, d.state, v.version, v.body::text, v.sha256 IS NOT "
                       "NULL, v.file_name FROM saraban.drafts d JOIN saraban.draft_versions v ON "
                       "v.draft_id = d.id AND v.version = d.current_version "
                       "WHERE d.id = CAST(:draft AS bigint)"));
    query.bind(QStringLiteral(":draft"), draftId);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next()) {
        // Row-level security hides a draft the person may not see: the same answer as none.
        return Error{QStringLiteral("draft.unknown"),
                     tr("There is no such draft, or you may not see it."), QString()};
    }
    DraftSource source;
    source.draftId = draftId;
    source.unitId = query.value(0).toInt();
    source.subject = query.value(1).toString();
    if (!query.value(2).isNull())
        source.letterTypeId = query.value(2).toInt();
    source.urgency = query.value(3).toInt();
    source.confidentiality = query.value(4).toInt();
    source.state = query.value(5).toString();
    source.version = query.value(6).toInt();
    if (!query.value(7).isNull())
        source.body = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    const bool hasFile = query.value(8).toBool();
    source.fileName = query.value(9).toString();
    if (hasFile) {
        auto pdf = ApprovalService(m_database).versionContent(draftId, source.version);
        if (!pdf)
            return pdf.error();
        source.pdf = *pdf;
    }
    return source;
}

QJsonObject DraftComposerService::toJson(const pdf::LetterContent &content)
{
    QJsonObject json{{QStringLiteral("title"), content.title},
                     {QStringLiteral("concerning"), content.concerning},
                     {QStringLiteral("to"), content.recipient},
                     {QStringLiteral("subject"), content.subject},
                     {QStringLiteral("references"), QJsonArray::fromStringList(content.references)},
                     {QStringLiteral("body"), QJsonArray::fromStringList(content.bodyParagraphs)},
                     {QStringLiteral("signatoryTitle"), content.signatoryTitle},
                     {QStringLiteral("signatoryName"), content.signatoryName}};
    // A number and date exist only once the clerk issues the letter.
    if (!content.number.isEmpty())
        json.insert(QStringLiteral("number"), content.number);
    if (content.date.isValid())
        json.insert(QStringLiteral("date"), content.date.toString(Qt::ISODate));
    return json;
}

pdf::LetterContent DraftComposerService::fromJson(const QJsonObject &body)
{
    pdf::LetterContent content;
    content.number = body.value(QStringLiteral("number")).toString();
    content.date = QDate::fromString(body.value(QStringLiteral("date")).toString(), Qt::ISODate);
    content.title = body.value(QStringLiteral("title")).toString();
    content.concerning = body.value(QStringLiteral("concerning")).toString();
    content.recipient = body.value(QStringLiteral("to")).toString();
    content.subject = body.value(QStringLiteral("subject")).toString();
    content.references = strings(body.value(QStringLiteral("references")));
    content.bodyParagraphs = strings(body.value(QStringLiteral("body")));
    content.signatoryTitle = body.value(QStringLiteral("signatoryTitle")).toString();
    content.signatoryName = body.value(QStringLiteral("signatoryName")).toString();
    return content;
}

} // namespace saraban
