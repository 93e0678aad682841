#include "core/services/documentservice.h"

#include "core/services/serverquery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saraban {

DocumentService::DocumentService(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<int> DocumentService::saveTemplate(int unitId, const QString &name,
                                          const pdf::LetterTemplate &letterTemplate)
{
    // Arrays travel as JSON: QPSQL binds no arrays.
    ServerQuery query(
        m_database,
        QStringLiteral(
            "SELECT saraban.letter_template_save(CAST(:unit AS integer), :name, :line1, :line2, "
            "ARRAY(SELECT jsonb_array_elements_text(CAST(:issuer AS jsonb))), :place, "
            "ARRAY[CAST(:x AS real), CAST(:y AS real), CAST(:w AS real), CAST(:h AS real)])"));
    const QRectF &rect = letterTemplate.signatureRect;
    query.bind(QStringLiteral(":unit"), unitId)
        .bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":line1"), letterTemplate.stateLine1)
        .bind(QStringLiteral(":line2"), letterTemplate.stateLine2)
        .bind(
            QStringLiteral(":issuer"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(letterTemplate.issuerLines))
                                  .toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":place"), letterTemplate.place)
        .bind(QStringLiteral(":x"), rect.x())
        .bind(QStringLiteral(":y"), rect.y())
        .bind(QStringLiteral(":w"), rect.width())
        .bind(QStringLiteral(":h"), rect.height());
    if (Status status = query.exec(); !status)
        return status.error();
    query.next();
    return query.value(0).toInt();
}

Result<std::optional<pdf::LetterTemplate>> DocumentService::templateFor(int unitId,
                                                                        const QString &name) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT state_line1, state_line2, "
                                     "array_to_json(issuer_lines)::text, place, "
                                     "signature_rect[1], signature_rect[2], signature_rect[3], "
                                     "signature_rect[4] "
                                     "FROM saraban.letter_template_for(CAST(:unit AS integer), "
                                     ":name)"));
    query.bind(QStringLiteral(":unit"), unitId).bind(QStringLiteral(":name"), name);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<pdf::LetterTemplate>();
    pdf::LetterTemplate letterTemplate;
    letterTemplate.stateLine1 = query.value(0).toString();
    letterTemplate.stateLine2 = query.value(1).toString();
    letterTemplate.issuerLines.clear();
    for (const QJsonValue &line :
         QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
        letterTemplate.issuerLines << line.toString();
    letterTemplate.place = query.value(3).toString();
    letterTemplate.signatureRect = QRectF(query.value(4).toDouble(), query.value(5).toDouble(),
                                          query.value(6).toDouble(), query.value(7).toDouble());
    return std::optional<pdf::LetterTemplate>(letterTemplate);
}

Result<int> DocumentService::addVersion(qint64 letterId, const QByteArray &content,
                                        VersionKind kind, const QString &note)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.letter_add_version(CAST(:letter AS bigint), "
                                     "CAST(:content AS bytea), :kind, :note)"));
    query.bind(QStringLiteral(":letter"), letterId)
        .bind(QStringLiteral(":content"), content)
        .bind(QStringLiteral(":kind"), kind == VersionKind::Stamp ? QStringLiteral("stamp")
                                       : kind == VersionKind::Number
                                           ? QStringLiteral("number")
                                           : QStringLiteral("endorsement"))
        .bind(QStringLiteral(":note"), note);
    if (Status status = query.exec(); !status)
        return status.error();
    query.next();
    return query.value(0).toInt();
}

Result<QByteArray> DocumentService::versionContent(qint64 letterId, int version) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.letter_version_content(CAST(:letter AS "
                                     "bigint), CAST(:version AS integer))"));
    query.bind(QStringLiteral(":letter"), letterId).bind(QStringLiteral(":version"), version);
    if (Status status = query.exec(); !status)
        return status.error();
    query.next();
    return query.value(0).toByteArray();
}

Result<int> DocumentService::latestVersion(qint64 letterId) const
{
    ServerQuery query(m_database, QStringLiteral("SELECT coalesce(max(version), 1) FROM "
                                                 "saraban.letter_file_versions WHERE letter_id = "
                                                 "CAST(:letter AS bigint)"));
    query.bind(QStringLiteral(":letter"), letterId);
    if (Status status = query.exec(); !status)
        return status.error();
    query.next();
    return query.value(0).toInt();
}

} // namespace saraban
