#include "core/services/approvalservice.h"

#include "core/services/serverquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace saraban {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant bytesOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

QVariant bodyOrNull(const std::optional<QJsonObject> &body)
{
    if (!body)
        return QVariant();
    return QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact));
}

Error noRow()
{
    return Error{QStringLiteral("db.no_row"), ApprovalService::tr("The server returned no result."),
                 QString()};
}

// Runs a statement whose one answer is the first column of its one row.
Result<QVariant> single(ServerQuery &query)
{
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return noRow();
    return query.value(0);
}

QString recipientsJson(const QList<LetterParty> &parties)
{
    QJsonArray array;
    for (const LetterParty &party : parties) {
        QJsonObject object;
        object.insert(QStringLiteral("role"), party.role == LetterParty::Role::Copy
                                                  ? QStringLiteral("cc")
                                                  : QStringLiteral("to"));
        if (party.organisationId)
            object.insert(QStringLiteral("organisation_id"), *party.organisationId);
        if (!party.name.isEmpty())
            object.insert(QStringLiteral("name"), party.name);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

ApprovalService::ApprovalService(QSqlDatabase database)
    : m_database(std::move(database))
{}

QString ApprovalService::stepsJson(const QList<ChainStep> &steps)
{
    QJsonArray array;
    for (const ChainStep &step : steps) {
        QJsonObject object;
        object.insert(QStringLiteral("kind"), ApprovalText::code(step.kind));
        if (!step.login.isEmpty())
            object.insert(QStringLiteral("login"), step.login);
        if (!step.headOfUnit.isEmpty())
            object.insert(QStringLiteral("head_of"), step.headOfUnit);
        if (step.dueDays)
            object.insert(QStringLiteral("due_days"), *step.dueDays);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<qint64> ApprovalService::createDraft(const NewDraft &draft)
{
    ServerQuery query(
        m_database,
        QStringLiteral("SELECT saraban.draft_create(p_unit_id => CAST(:unit AS integer), "
                       "p_subject => CAST(:subject AS text), "
                       "p_letter_type_id => CAST(:letter_type AS integer), "
                       "p_urgency => CAST(:urgency AS smallint), "
                       "p_confidentiality => CAST(:confidentiality AS smallint), "
                       "p_content => CAST(:content AS bytea), "
                       "p_file_name => CAST(:file_name AS text), "
                       "p_body => CAST(:body AS jsonb), "
                       "p_in_reply_to => CAST(:in_reply_to AS bigint))"));
    query.bind(QStringLiteral(":unit"), draft.unitId)
        .bind(QStringLiteral(":subject"), draft.subject)
        .bind(QStringLiteral(":letter_type"),
              draft.letterTypeId ? QVariant(*draft.letterTypeId) : QVariant())
        .bind(QStringLiteral(":urgency"), draft.urgency)
        .bind(QStringLiteral(":confidentiality"), draft.confidentiality)
        .bind(QStringLiteral(":content"), bytesOrNull(draft.content.pdf))
        .bind(QStringLiteral(":file_name"), textOrNull(draft.content.fileName))
        .bind(QStringLiteral(":body"), bodyOrNull(draft.content.body))
        .bind(QStringLiteral(":in_reply_to"),
              draft.inReplyTo ? QVariant(*draft.inReplyTo) : QVariant());
    auto id = single(query);
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<int> ApprovalService::revise(qint64 draftId, const DraftContent &content)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.draft_revise(CAST(:draft AS bigint), "
                                     "CAST(:content AS bytea), CAST(:file_name AS text), "
                                     "CAST(:body AS jsonb), CAST(:note AS text))"));
    query.bind(QStringLiteral(":draft"), draftId)
        .bind(QStringLiteral(":content"), bytesOrNull(content.pdf))
        .bind(QStringLiteral(":file_name"), textOrNull(content.fileName))
        .bind(QStringLiteral(":body"), bodyOrNull(content.body))
        .bind(QStringLiteral(":note"), textOrNull(content.note));
    auto version = single(query);
    if (!version)
        return version.error();
    return version->toInt();
}

Result<int> ApprovalService::submit(qint64 draftId, int templateId)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.draft_submit(CAST(:draft AS "
                                                 "bigint), p_template_id => CAST(:template AS "
                                                 "integer))"));
    query.bind(QStringLiteral(":draft"), draftId).bind(QStringLiteral(":template"), templateId);
    auto round = single(query);
    if (!round)
        return round.error();
    return round->toInt();
}

Result<int> ApprovalService::submit(qint64 draftId, const QList<ChainStep> &steps)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.draft_submit(CAST(:draft AS bigint), "
                                     "p_steps => CAST(:steps AS jsonb))"));
    query.bind(QStringLiteral(":draft"), draftId).bind(QStringLiteral(":steps"), stepsJson(steps));
    auto round = single(query);
    if (!round)
        return round.error();
    return round->toInt();
}

Status ApprovalService::withdraw(qint64 draftId, const QString &reason)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.draft_withdraw(CAST(:draft AS "
                                                 "bigint), CAST(:reason AS text))"));
    query.bind(QStringLiteral(":draft"), draftId)
        .bind(QStringLiteral(":reason"), textOrNull(reason));
    return query.exec();
}

Result<DraftState> ApprovalService::decide(qint64 stepId, ApprovalDecision decision,
                                           const QString &comment, const QByteArray &signedPdf)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.approval_decide(CAST(:step AS bigint), "
                                     "CAST(:decision AS text), CAST(:comment AS text), "
                                     "CAST(:signed AS bytea))"));
    query.bind(QStringLiteral(":step"), stepId)
        .bind(QStringLiteral(":decision"), ApprovalText::code(decision))
        .bind(QStringLiteral(":comment"), textOrNull(comment))
        .bind(QStringLiteral(":signed"), bytesOrNull(signedPdf));
    auto state = single(query);
    if (!state)
        return state.error();
    if (auto known = ApprovalText::draftStateFromCode(state->toString()))
        return *known;
    return Error{
        QStringLiteral("approval.state.unknown"),
        tr("The server answered with an unknown draft state \"%1\".").arg(state->toString()),
        QString()};
}

Status ApprovalService::markOpened(qint64 stepId)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.approval_open(CAST(:step AS bigint))"));
    query.bind(QStringLiteral(":step"), stepId);
    return query.exec();
}

Result<RegisteredLetter> ApprovalService::issue(const DraftIssue &issue)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT letter_id, number_text FROM saraban.draft_issue("
                                     "CAST(:draft AS bigint), CAST(:register AS integer), "
                                     "CAST(:sent_on AS date), CAST(:sent_via AS text), "
                                     "CAST(:recipients AS jsonb))"));
    query.bind(QStringLiteral(":draft"), issue.draftId)
        .bind(QStringLiteral(":register"), issue.registerId)
        .bind(QStringLiteral(":sent_on"),
              issue.sentOn.isValid() ? QVariant(issue.sentOn) : QVariant())
        .bind(QStringLiteral(":sent_via"), textOrNull(issue.sentVia))
        .bind(QStringLiteral(":recipients"), recipientsJson(issue.recipients));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return noRow();
    RegisteredLetter letter;
    letter.id = query.value(0).toLongLong();
    letter.number = query.value(1).toString();
    return letter;
}

Result<int> ApprovalService::saveTemplate(const ChainTemplate &chainTemplate)
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.chain_template_save(CAST(:id AS integer), "
                                     "CAST(:unit AS integer), CAST(:letter_type AS integer), "
                                     "CAST(:name_lo AS text), CAST(:name_en AS text), "
                                     "CAST(:steps AS jsonb))"));
    query.bind(QStringLiteral(":id"), chainTemplate.id ? QVariant(*chainTemplate.id) : QVariant())
        .bind(QStringLiteral(":unit"), chainTemplate.unitId)
        .bind(QStringLiteral(":letter_type"),
              chainTemplate.letterTypeId ? QVariant(*chainTemplate.letterTypeId) : QVariant())
        .bind(QStringLiteral(":name_lo"), chainTemplate.nameLao)
        .bind(QStringLiteral(":name_en"), textOrNull(chainTemplate.nameEnglish))
        .bind(QStringLiteral(":steps"), stepsJson(chainTemplate.steps));
    auto id = single(query);
    if (!id)
        return id.error();
    return id->toInt();
}

Status ApprovalService::deleteTemplate(int templateId)
{
    ServerQuery query(m_database, QStringLiteral("SELECT saraban.chain_template_delete(CAST("
                                                 ":template AS integer))"));
    query.bind(QStringLiteral(":template"), templateId);
    return query.exec();
}

Result<QList<ApprovalStep>> ApprovalService::steps(qint64 draftId) const
{
    ServerQuery query(
        m_database,
        QStringLiteral(
            "SELECT s.id, s.round, s.stage, s.activation, s.kind, s.state, a.full_name, a.login, "
            "coalesce(u.code, ''), s.due_on, s.activated_at, s.decision, coalesce(s.comment, ''), "
            "coalesce(d.full_name, ''), coalesce(b.full_name, ''), s.decided_at, "
            "coalesce(s.decided_version, 0) "
            "FROM saraban.approval_steps s "
            "JOIN saraban.people a ON a.id = s.assignee_id "
            "LEFT JOIN saraban.units u ON u.id = s.head_unit_id "
            "LEFT JOIN saraban.people d ON d.id = s.decided_by "
            "LEFT JOIN saraban.people b ON b.id = s.on_behalf_of "
            "WHERE s.draft_id = CAST(:draft AS bigint) "
            "ORDER BY s.round, s.stage, s.activation, s.id"));
    query.bind(QStringLiteral(":draft"), draftId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<ApprovalStep> steps;
    while (query.next()) {
        ApprovalStep step;
        step.id = query.value(0).toLongLong();
        step.round = query.value(1).toInt();
        step.stage = query.value(2).toInt();
        step.activation = query.value(3).toInt();
        step.kind =
            ApprovalText::stepKindFromCode(query.value(4).toString()).value_or(StepKind::Review);
        step.state =
            ApprovalText::stepStateFromCode(query.value(5).toString()).value_or(StepState::Pending);
        step.assigneeName = query.value(6).toString();
        step.assigneeLogin = query.value(7).toString();
        step.headOfUnit = query.value(8).toString();
        step.dueOn = query.value(9).toDate();
        step.activatedAt = query.value(10).toDateTime();
        step.decision = ApprovalText::decisionFromRecord(query.value(11).toString());
        step.comment = query.value(12).toString();
        step.decidedByName = query.value(13).toString();
        step.onBehalfOfName = query.value(14).toString();
        step.decidedAt = query.value(15).toDateTime();
        step.decidedVersion = query.value(16).toInt();
        steps << step;
    }
    return steps;
}

Result<QList<DraftEvent>> ApprovalService::timeline(qint64 draftId) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT at, action, actor_login, actor_name, "
                                     "coalesce(on_behalf_of, ''), data::text "
                                     "FROM saraban.draft_timeline(CAST(:draft AS bigint))"));
    query.bind(QStringLiteral(":draft"), draftId);
    if (Status status = query.exec(); !status)
        return status.error();
    QList<DraftEvent> events;
    while (query.next()) {
        DraftEvent event;
        event.at = query.value(0).toDateTime();
        event.action = query.value(1).toString();
        event.actorLogin = query.value(2).toString();
        event.actorName = query.value(3).toString();
        event.onBehalfOfName = query.value(4).toString();
        event.data = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
        events << event;
    }
    return events;
}

Result<QByteArray> ApprovalService::versionContent(qint64 draftId, int version) const
{
    ServerQuery query(m_database,
                      QStringLiteral("SELECT saraban.draft_file_content(CAST(:draft AS bigint), "
                                     "CAST(:version AS integer))"));
    query.bind(QStringLiteral(":draft"), draftId).bind(QStringLiteral(":version"), version);
    auto content = single(query);
    if (!content)
        return content.error();
    return content->toByteArray();
}

} // namespace saraban
