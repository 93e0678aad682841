#include "core/services/approvaldemo.h"

#include "core/pdf/documenttools.h"
#include "core/services/approvalservice.h"
#include "core/services/documentservice.h"
#include "core/services/draftcomposer.h"
#include "core/services/minimalpdf.h"
#include "core/services/serverquery.h"

#include <QDate>

#include <iterator>

namespace saraban {

namespace {

// How far one demo draft gets along the chain.
enum class Stop {
    Editing,
    AtReview,
    AtOpinions,       // the review approved, one opinion given
    AtSignature,      // both opinions given
    SentBack,         // the head sent it back to the opinions
    Returned,         // the reviewer returned it to the drafter
    ApprovedByActing, // the acting head approved it for the head
    Signed,
    Issued,
    Withdrawn,
};

struct DraftSpec
{
    const char *subject;
    const char *type;
    int urgency;
    Stop stop;
};

const DraftSpec drafts[] = {
    {"ຮ່າງໜັງສືແຈ້ງການ ກ່ຽວກັບການກະກຽມ ກອງປະຊຸມສະຫຼຸບວຽກງານ ປະຈຳປີ", "notice", 0, Stop::Editing},
    {"ຮ່າງໜັງສືສະເໜີ ງົບປະມານ ປັບປຸງເຄືອຂ່າຍອິນເຕີເນັດ ຂອງພະແນກ", "proposal", 1, Stop::AtReview},
    {"ຮ່າງໜັງສືເຊີນ ເຂົ້າຮ່ວມກອງປະຊຸມ ວຽກງານໄປສະນີ ທົ່ວແຂວງ", "invitation", 0, Stop::AtOpinions},
    {"ຮ່າງບົດລາຍງານ ການຈັດຕັ້ງປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ", "report", 1, Stop::AtSignature},
    {"ຮ່າງແຜນການ ກວດກາ ສະຖານີວິທະຍຸ ແລະ ໂທລະພາບ", "letter", 0, Stop::SentBack},
    {"ຮ່າງໜັງສືຕອບ ກ່ຽວກັບການຂໍອະນຸຍາດ ຕິດຕັ້ງເສົາສັນຍານ", "letter", 2, Stop::Returned},
    {"ຮ່າງຄຳແນະນຳ ການນຳໃຊ້ລະບົບອີເມວ ຂອງລັດ", "instruction", 0, Stop::ApprovedByActing},
    {"ຮ່າງໜັງສືແຈ້ງການ ວັນພັກລັດຖະການ ປະຈຳປີ", "notice", 1, Stop::Signed},
    {"ຮ່າງໜັງສືສະເໜີ ຝຶກອົບຮົມ ພະນັກງານ ດ້ານຄວາມປອດໄພທາງໄຊເບີ", "proposal", 0, Stop::Issued},
    {"ຮ່າງໜັງສືຂອບໃຈ ການຮ່ວມມື ຂອງບໍລິສັດ ໂທລະຄົມ", "letter", 0, Stop::Withdrawn},
};

// The addressee and body of the drafts composed from the department's letter template (the
// first six of drafts[], those still being drafted or approved), in the same order.
const struct
{
    const char *title;
    const char *to;
    const char *body;
} composedDrafts[] = {
    {"ແຈ້ງການ", "ທຸກຂະແໜງການ ພາຍໃນພະແນກ",
     "ເພື່ອກະກຽມ ກອງປະຊຸມສະຫຼຸບວຽກງານ ປະຈຳປີ, ພະແນກ ຂໍແຈ້ງໃຫ້ທຸກຂະແໜງການ ສົ່ງບົດລາຍງານ "
     "ຂອງຕົນ ມາຍັງຂະແໜງບໍລິຫານ ກ່ອນວັນທີ 15 ເດືອນໜ້າ."},
    {"ໜັງສືສະເໜີ", "ທ່ານ ເຈົ້າແຂວງ ແຂວງວຽງຈັນ",
     "ພະແນກ ຂໍສະເໜີ ງົບປະມານ ເພື່ອປັບປຸງເຄືອຂ່າຍອິນເຕີເນັດ ຂອງພະແນກ ໃຫ້ສາມາດຮັບໃຊ້ "
     "ວຽກງານ ລັດຖະບານ ເອເລັກໂຕຣນິກ ໄດ້ຢ່າງມີປະສິດທິຜົນ."},
    {"ໜັງສືເຊີນ", "ຫົວໜ້າ ຫ້ອງການໄປສະນີ ທຸກເມືອງ",
     "ພະແນກ ຂໍຮຽນເຊີນ ທ່ານ ເຂົ້າຮ່ວມກອງປະຊຸມ ວຽກງານໄປສະນີ ທົ່ວແຂວງ ທີ່ຈະຈັດຂຶ້ນ ຢູ່ຫ້ອງປະຊຸມ "
     "ຂອງພະແນກ."},
    {"ບົດລາຍງານ", "ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ",
     "ພະແນກ ຂໍລາຍງານ ການຈັດຕັ້ງປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ ຕາມເອກະສານຊ້ອນທ້າຍ."},
    {"ແຜນການ", "ຂະແໜງ ກວດກາ",
     "ພະແນກ ກຳນົດແຜນການ ກວດກາ ສະຖານີວິທະຍຸ ແລະ ໂທລະພາບ ໃນທົ່ວແຂວງ ພາຍໃນໄຕມາດທີ 3."},
    {"ໜັງສືຕອບ", "ບໍລິສັດ ລາວໂທລະຄົມ",
     "ຕາມການສະເໜີ ຂໍອະນຸຍາດ ຕິດຕັ້ງເສົາສັນຍານ ຂອງທ່ານ, ພະແນກ ຂໍແຈ້ງວ່າ ກຳລັງພິຈາລະນາ."},
};

Status setActor(const QSqlDatabase &database, const QString &login)
{
    ServerQuery query(database, login.isEmpty()
                                    ? QStringLiteral("RESET session_authorization")
                                    : QStringLiteral("SELECT set_config('session_authorization', "
                                                     "CAST(:login AS text), true)"));
    if (!login.isEmpty())
        query.bind(QStringLiteral(":login"), login);
    return query.exec();
}

Result<QVariant> lookup(const QSqlDatabase &database, const QString &sql,
                        const QList<QPair<QString, QVariant>> &bindings)
{
    ServerQuery query(database, sql);
    for (const auto &[name, value] : bindings)
        query.bind(name, value);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next()) {
        return Error{QStringLiteral("demo.data"),
                     ApprovalDemo::tr("The demo's organisation is not complete: %1").arg(sql),
                     QString()};
    }
    return query.value(0);
}

} // namespace

ApprovalDemo::ApprovalDemo(QSqlDatabase database)
    : m_database(std::move(database))
{}

Result<int> ApprovalDemo::build(const QString &loginSuffix,
                                const std::function<void(const QString &)> &progress)
{
    if (progress)
        progress(tr("Drafts and approval chains..."));
    const auto login = [&](const char *name) {
        const QString base = QString::fromLatin1(name);
        return loginSuffix.isEmpty() ? base : base + QLatin1Char('_') + loginSuffix;
    };
    const auto id = [&](const QString &sql,
                        const QList<QPair<QString, QVariant>> &bindings = {}) -> Result<qint64> {
        auto value = lookup(m_database, sql, bindings);
        if (!value)
            return value.error();
        return value->toLongLong();
    };
    auto unit = id(QStringLiteral("SELECT id FROM saraban.units WHERE code = 'VTP-PTC'"));
    auto outgoing = id(QStringLiteral("SELECT r.id FROM saraban.registers r JOIN saraban.units u "
                                      "ON u.id = r.unit_id WHERE u.code = 'VTP-PTC' AND r.code = "
                                      "'OUT'"));
    if (!unit)
        return unit.error();
    if (!outgoing)
        return outgoing.error();

    ApprovalService approvals(m_database);
    // The department's usual chain, kept by its administrator.
    if (Status status = setActor(m_database, login("anousone")); !status)
        return status.error();
    ChainTemplate chain;
    chain.unitId = static_cast<int>(*unit);
    chain.nameLao = QStringLiteral("ໜັງສືອອກ ຂອງພະແນກ: ຂະແໜງບໍລິຫານ ກວດ, ຂະແໜງ ໃຫ້ຄຳເຫັນ, "
                                   "ຫົວໜ້າພະແນກ ລົງລາຍເຊັນ");
    chain.nameEnglish =
        QStringLiteral("Department letters: Administration reviews, divisions advise, the head "
                       "signs");
    chain.steps = {ChainStep{StepKind::Review, {}, QStringLiteral("VTP-PTC-ADM"), {}},
                   ChainStep{StepKind::Opinion, login("phouvong"), {}, 3},
                   ChainStep{StepKind::Opinion, login("saysana"), {}, 5},
                   ChainStep{StepKind::Sign, {}, QStringLiteral("VTP-PTC"), {}}};
    auto templateId = approvals.saveTemplate(chain);
    if (!templateId)
        return templateId.error();
    // ... and its letter template, which the drafts being approved are composed with.
    pdf::LetterTemplate letterTemplate;
    letterTemplate.issuerLines = {QStringLiteral("ແຂວງ ວຽງຈັນ"),
                                  QStringLiteral("ພະແນກ ໄປສະນີ, ໂທລະຄົມມະນາຄົມ ແລະ ການສື່ສານ")};
    letterTemplate.place = QStringLiteral("ແຂວງວຽງຈັນ");
    if (auto saved =
            DocumentService(m_database)
                .saveTemplate(static_cast<int>(*unit), QStringLiteral("default"), letterTemplate);
        !saved)
        return saved.error();
    // Composing needs saraban-document-worker; without it (a test binary far from the
    // programs) the drafts get plain placeholder pages, as before, and the progress says so.
    bool canCompose = true;

    // Who acts for the head this week: an appointment another part of the demo made, or the
    // deputy head, named now.
    if (Status status = setActor(m_database, QString()); !status)
        return status.error();
    auto existing =
        lookup(m_database,
               QStringLiteral("SELECT coalesce((SELECT p.login FROM "
                              "saraban.acting_appointments a JOIN saraban.people p ON "
                              "p.id = a.acting_id JOIN saraban.people h ON h.id = "
                              "a.head_id WHERE h.login = CAST(:head AS text) AND "
                              "a.unit_id = CAST(:unit AS integer) AND a.revoked_at IS "
                              "NULL AND saraban.office_today() BETWEEN a.starts_on AND "
                              "a.ends_on LIMIT 1), '')"),
               {{QStringLiteral(":head"), login("bounmy")}, {QStringLiteral(":unit"), *unit}});
    if (!existing)
        return existing.error();
    QString acting = existing->toString();
    if (acting.isEmpty()) {
        acting = login("vilay");
        if (Status status = setActor(m_database, login("bounmy")); !status)
            return status.error();
        ServerQuery appoint(m_database,
                            QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                           "CAST(:login AS text), CAST(:starts AS date), "
                                           "CAST(:ends AS date), CAST(:note AS text))"));
        appoint.bind(QStringLiteral(":unit"), *unit)
            .bind(QStringLiteral(":login"), acting)
            .bind(QStringLiteral(":starts"), QDate::currentDate())
            .bind(QStringLiteral(":ends"), QDate::currentDate().addDays(6))
            .bind(QStringLiteral(":note"), QStringLiteral("ໄປປະຊຸມ ຢູ່ນະຄອນຫຼວງວຽງຈັນ"));
        if (Status status = appoint.exec(); !status)
            return status.error();
    }

    // The open step of a draft that is `who`'s to decide.
    const auto stepOf = [&](qint64 draft, const QString &assignee) {
        return id(QStringLiteral("SELECT s.id FROM saraban.approval_steps s JOIN saraban.people p "
                                 "ON p.id = s.assignee_id WHERE s.draft_id = CAST(:draft AS "
                                 "bigint) AND s.state = 'active' AND p.login = CAST(:login AS "
                                 "text)"),
                  {{QStringLiteral(":draft"), draft}, {QStringLiteral(":login"), assignee}});
    };
    const auto decide = [&](qint64 draft, const QString &assignee, const QString &decider,
                            ApprovalDecision decision, const QString &comment,
                            const QByteArray &signedPdf = QByteArray()) -> Status {
        auto step = stepOf(draft, assignee);
        if (!step)
            return step.error();
        if (Status status = setActor(m_database, decider); !status)
            return status;
        return approvals.decide(*step, decision, comment, signedPdf).status();
    };

    int made = 0;
    for (const DraftSpec &spec : drafts) {
        auto type = id(QStringLiteral("SELECT id FROM saraban.letter_types WHERE code = CAST(:code "
                                      "AS text)"),
                       {{QStringLiteral(":code"), QString::fromLatin1(spec.type)}});
        if (!type)
            return type.error();
        if (Status status = setActor(m_database, login("daravanh")); !status)
            return status.error();
        NewDraft draft;
        draft.unitId = static_cast<int>(*unit);
        draft.subject = QString::fromUtf8(spec.subject);
        draft.letterTypeId = static_cast<int>(*type);
        draft.urgency = spec.urgency;
        const auto index = static_cast<size_t>(made);
        if (canCompose && index < std::size(composedDrafts)) {
            pdf::LetterContent content;
            content.title = QString::fromUtf8(composedDrafts[index].title);
            content.recipient = QString::fromUtf8(composedDrafts[index].to);
            // The letter's own subject, without the "draft of" the list shows.
            content.subject = draft.subject;
            if (content.subject.startsWith(QStringLiteral("ຮ່າງ")))
                content.subject = content.subject.mid(4).trimmed();
            content.references = {QStringLiteral("ແຜນການ ປະຈຳປີ ຂອງພະແນກ")};
            content.bodyParagraphs = {QString::fromUtf8(composedDrafts[index].body),
                                      QStringLiteral("ຈຶ່ງຮຽນມາເພື່ອຊາບ ແລະ ພິຈາລະນາ.")};
            content.signatoryTitle = QStringLiteral("ຫົວໜ້າພະແນກ");
            content.signatoryName = QStringLiteral("ທ້າວ ບຸນມີ ພົມມະຈັນ");
            auto composed = pdf::DocumentTools().compose(letterTemplate, content);
            if (composed) {
                draft.content.pdf = *composed;
                draft.content.body = DraftComposerService::toJson(content);
            } else {
                canCompose = false;
                if (progress)
                    progress(tr("The letters cannot be composed (%1); the drafts get plain "
                                "pages.")
                                 .arg(composed.error().message));
            }
        }
        if (draft.content.pdf.isEmpty()) {
            draft.content.pdf =
                MinimalPdf::page({QStringLiteral("Draft %1, version 1").arg(made + 1),
                                  QStringLiteral("Department of Posts, Telecommunications and "
                                                 "Communications")});
        }
        draft.content.fileName = QStringLiteral("draft-%1.pdf").arg(made + 1);
        auto created = approvals.createDraft(draft);
        if (!created)
            return created.error();
        ++made;
        const qint64 draftId = *created;
        if (spec.stop == Stop::Editing)
            continue;
        if (auto round = approvals.submit(draftId, *templateId); !round)
            return round.error();
        if (spec.stop == Stop::AtReview)
            continue;
        if (spec.stop == Stop::Withdrawn) {
            if (Status status =
                    approvals.withdraw(draftId, QStringLiteral("ບັນຫາໄດ້ຮັບການແກ້ໄຂ ທາງໂທລະສັບແລ້ວ"));
                !status)
                return status.error();
            continue;
        }
        if (spec.stop == Stop::Returned) {
            if (Status status = decide(draftId, login("sengphet"), login("sengphet"),
                                       ApprovalDecision::RejectToDrafter,
                                       QStringLiteral("ກະລຸນາເພີ່ມເຫດຜົນ ແລະ ອ້າງອີງ ດຳລັດ ທີ່ກ່ຽວຂ້ອງ"));
                !status)
                return status.error();
            continue;
        }
        if (Status status = decide(draftId, login("sengphet"), login("sengphet"),
                                   ApprovalDecision::Approve, QStringLiteral("ກວດແລ້ວ ຖືກຕ້ອງ"));
            !status)
            return status.error();
        if (Status status =
                decide(draftId, login("phouvong"), login("phouvong"), ApprovalDecision::Approve,
                       QStringLiteral("ເຫັນດີ, ຂະແໜງໄປສະນີ ພ້ອມຮ່ວມມື"));
            !status)
            return status.error();
        if (spec.stop == Stop::AtOpinions)
            continue;
        if (Status status = decide(draftId, login("saysana"), login("saysana"),
                                   ApprovalDecision::Approve, QStringLiteral("ເຫັນດີ"));
            !status)
            return status.error();
        if (spec.stop == Stop::AtSignature)
            continue;
        if (spec.stop == Stop::SentBack) {
            if (Status status = decide(draftId, login("bounmy"), login("bounmy"),
                                       ApprovalDecision::RejectToPrevious,
                                       QStringLiteral("ຂໍໃຫ້ຂະແໜງ ທົບທວນ ງົບປະມານອີກຄັ້ງ"));
                !status)
                return status.error();
            continue;
        }
        if (spec.stop == Stop::ApprovedByActing) {
            if (Status status = decide(draftId, login("bounmy"), acting, ApprovalDecision::Approve,
                                       QStringLiteral("ອະນຸມັດ ແທນຫົວໜ້າພະແນກ"));
                !status)
                return status.error();
            continue;
        }
        // Signed: the demo's "signed" file is a plain PDF standing for the signed one.
        const QByteArray signedPdf =
            MinimalPdf::page({QStringLiteral("Draft %1, signed").arg(made),
                              QStringLiteral("Signed by the head of department")});
        if (Status status = decide(draftId, login("bounmy"), login("bounmy"),
                                   ApprovalDecision::Approve, QString(), signedPdf);
            !status)
            return status.error();
        if (spec.stop == Stop::Issued) {
            if (Status status = setActor(m_database, login("somphone")); !status)
                return status.error();
            DraftIssue issue;
            issue.draftId = draftId;
            issue.registerId = static_cast<int>(*outgoing);
            issue.sentOn = QDate::currentDate();
            issue.sentVia = QStringLiteral("gnet");
            issue.recipients << LetterParty{LetterParty::Role::To, std::nullopt,
                                            QStringLiteral("ກະຊວງ ເຕັກໂນໂລຊີ ແລະ ການສື່ສານ")};
            if (auto issued = approvals.issue(issue); !issued)
                return issued.error();
        }
    }
    if (Status status = setActor(m_database, QString()); !status)
        return status.error();
    return made;
}

} // namespace saraban
