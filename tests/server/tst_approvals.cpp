// Approval chains, enforced by the server (core/schema/0010_approvals.sql), as real people
// signed in with their own roles: every (draft state, action, actor) pair either succeeds or
// is refused with the expected code; acting appointments count only in their period and the
// audit says "A for B"; opinions gate the chain; rejections go back one step or to the
// drafter; the signatory's PDF becomes a version; issuing takes the register's number.
#include "core/db/dbworker.h"
#include "core/models/approvalmodel.h"
#include "core/services/approvalservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/peopleservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>

#include <map>
#include <memory>

using namespace saraban;
using namespace saraban::test;

namespace {

// The people of these tests, beyond the fixture's: a reviewer, someone acting for heada
// today, someone appointed for a later period, and an officer cleared for nothing secret.
struct ExtraPerson
{
    const char *who;
    const char *name;
    int clearance;
};
const ExtraPerson extraPeople[] = {
    {"reviewer", "ທ້າວ ກວດກາ ສີວົງ", 2},
    {"acting", "ນາງ ຮັກສາ ການແທນ", 2},
    {"later", "ທ້າວ ພາຍຫຼັງ ມາລີ", 2},
    {"lowclear", "ນາງ ທຳມະດາ ພອນ", 0},
};

// Who acts in the matrix, by the fixture's short names.
const QStringList matrixActors = {
    QStringLiteral("officera"), // the drafter
    QStringLiteral("reviewer"), QStringLiteral("heada"),   QStringLiteral("acting"),
    QStringLiteral("later"),    QStringLiteral("clerka2"), QStringLiteral("clerkb"),
};
const QStringList matrixStates = {
    QStringLiteral("editing"),  QStringLiteral("review"),  QStringLiteral("sign"),
    QStringLiteral("returned"), QStringLiteral("revised"), QStringLiteral("approved"),
    QStringLiteral("signed"),   QStringLiteral("issued"),  QStringLiteral("withdrawn"),
};
const QStringList matrixActions = {
    QStringLiteral("revise"),  QStringLiteral("submit"),          QStringLiteral("withdraw"),
    QStringLiteral("approve"), QStringLiteral("reject_previous"), QStringLiteral("reject_drafter"),
    QStringLiteral("issue"),
};

bool in(const QString &value, std::initializer_list<const char *> list)
{
    for (const char *item : list) {
        if (value == QLatin1String(item))
            return true;
    }
    return false;
}

// The rules of 0010 written out once more, independently, as the test's expectation: the
// empty string means "allowed".
QString expectedCode(const QString &state, const QString &action, const QString &actor)
{
    const bool hasSteps = state != QLatin1String("editing");
    // Who may see the draft: the drafter, the unit's heads and clerks, and (once submitted)
    // the reviewer and whoever acts for the head who signs.
    const bool visible = in(actor, {"officera", "heada", "clerka2"}) ||
                         (hasSteps && in(actor, {"reviewer", "acting"}));
    if (in(action, {"revise", "submit", "withdraw"})) {
        if (!visible)
            return QStringLiteral("draft.unknown");
        if (actor != QLatin1String("officera"))
            return QStringLiteral("draft.not_drafter");
        if (action == QLatin1String("revise"))
            return in(state, {"editing", "returned", "revised"}) ? QString()
                                                                 : QStringLiteral("draft.state");
        if (action == QLatin1String("submit")) {
            if (state == QLatin1String("returned"))
                return QStringLiteral("draft.submit.unrevised");
            return in(state, {"editing", "revised"}) ? QString() : QStringLiteral("draft.state");
        }
        return in(state, {"editing", "review", "sign", "returned", "revised"})
                   ? QString()
                   : QStringLiteral("draft.state");
    }
    if (action == QLatin1String("issue")) {
        // Only clerks hold the right to run draft_issue at all.
        if (!in(actor, {"clerka2", "clerkb"}))
            return QStringLiteral("auth.denied");
        if (actor == QLatin1String("clerkb"))
            return QStringLiteral("auth.not_clerk_of_register");
        return in(state, {"approved", "signed"}) ? QString() : QStringLiteral("draft.state");
    }
    // Decisions, on the step the state left last: the review step while it is reviewed,
    // returned or withdrawn; the sign step once the chain reached it.
    if (!visible)
        return QStringLiteral("approval.step.unknown");
    const bool signStep = in(state, {"sign", "approved", "signed", "issued"});
    const bool mayDecide =
        signStep ? in(actor, {"heada", "acting"}) : actor == QLatin1String("reviewer");
    if (!mayDecide)
        return QStringLiteral("approval.not_assignee");
    if (in(state, {"returned", "revised", "approved", "signed", "issued"}))
        return QStringLiteral("approval.already_decided");
    if (state == QLatin1String("withdrawn"))
        return QStringLiteral("approval.step.not_open");
    return QString();
}

} // namespace

class tst_Approvals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStateActionAndActor_data();
    void everyStateActionAndActor();
    void actingCountsOnlyInItsPeriod();
    void opinionsGateTheChain();
    void rejectingToThePreviousStepReopensIt();
    void returnedDraftsAreRevisedBeforeResubmitting();
    void signedPdfBecomesANewVersion();
    void badChainsAreRefused_data();
    void badChainsAreRefused();
    void templatesAreKeptByAdministrators();
    void issuingTakesTheRegistersNumber();
    void foldersAndVisibility();
    void modelShowsEveryStep();
    void decidersAreNotifiedAtCommit();
    void foldersPageByKeyset();

private:
    struct Built
    {
        qint64 draft = 0;
        qint64 step = 0; // the step the state left last (0 for a draft never submitted)
    };

    ApprovalService as(const QString &who) const
    {
        return ApprovalService(m_people.at(who)->database());
    }
    Status build(const QString &state, Built &built, int number);
    qint64 activeStep(qint64 draft) const;
    qint64 count(const QString &sql) const;
    NewDraft newDraft(const QString &subject) const;
    QList<ChainStep> reviewThenSign() const;
    Status act(const QString &action, const QString &who, const Built &built);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_admin;
    std::map<QString, std::unique_ptr<ScopedConnection>> m_people;
    int m_unit = 0;
    qint64 m_actingAppointment = 0;
};

void tst_Approvals::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("approvals"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_admin = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_admin->status());
    PeopleService people(m_admin->database());
    for (const ExtraPerson &extra : extraPeople) {
        NewPerson person;
        person.login = m_fixture->login(QString::fromLatin1(extra.who));
        person.fullName = QString::fromUtf8(extra.name);
        person.unitCode = QStringLiteral("DEPTA");
        person.role = MemberRole::Officer;
        person.clearance = extra.clearance;
        SARABAN_VERIFY_OK(people.addPerson(person, OrgFixture::password()));
    }
    QStringList everyone = OrgFixture::people();
    for (const ExtraPerson &extra : extraPeople)
        everyone << QString::fromLatin1(extra.who);
    for (const QString &who : std::as_const(everyone)) {
        if (who == QLatin1String("gone"))
            continue;
        auto connection = std::make_unique<ScopedConnection>(m_fixture->as(who));
        SARABAN_VERIFY_OK(connection->status());
        m_people[who] = std::move(connection);
    }
    m_unit = static_cast<int>(
        count(QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_unit > 0);

    // heada names "acting" for today and the next three days, and "later" for a period that
    // has not begun: both through the real function, as heada.
    const QDate today = QDate::currentDate();
    ServerQuery appoint(m_people.at(QStringLiteral("heada"))->database(),
                        QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                       "CAST(:login AS text), CAST(:starts AS date), "
                                       "CAST(:ends AS date), 'ລາພັກ')"));
    appoint.bind(QStringLiteral(":unit"), m_unit)
        .bind(QStringLiteral(":login"), m_fixture->login(QStringLiteral("acting")))
        .bind(QStringLiteral(":starts"), today)
        .bind(QStringLiteral(":ends"), today.addDays(3));
    SARABAN_VERIFY_OK(appoint.exec());
    QVERIFY(appoint.next());
    m_actingAppointment = appoint.value(0).toLongLong();
    appoint.bind(QStringLiteral(":login"), m_fixture->login(QStringLiteral("later")))
        .bind(QStringLiteral(":starts"), today.addDays(10))
        .bind(QStringLiteral(":ends"), today.addDays(12));
    SARABAN_VERIFY_OK(appoint.exec());
}

void tst_Approvals::cleanupTestCase()
{
    m_people.clear();
    m_admin.reset();
    m_fixture.reset();
}

qint64 tst_Approvals::count(const QString &sql) const
{
    return number(*m_admin, sql);
}

qint64 tst_Approvals::activeStep(qint64 draft) const
{
    return count(QStringLiteral("SELECT id FROM saraban.approval_steps WHERE draft_id = %1 AND "
                                "state = 'active' ORDER BY id LIMIT 1")
                     .arg(draft));
}

NewDraft tst_Approvals::newDraft(const QString &subject) const
{
    NewDraft draft;
    draft.unitId = m_unit;
    draft.subject = subject;
    draft.confidentiality = 1;
    draft.content.pdf = MinimalPdf::page({subject});
    draft.content.fileName = QStringLiteral("draft.pdf");
    return draft;
}

QList<ChainStep> tst_Approvals::reviewThenSign() const
{
    ChainStep review;
    review.kind = StepKind::Review;
    review.login = m_fixture->login(QStringLiteral("reviewer"));
    ChainStep sign;
    sign.kind = StepKind::Sign;
    sign.headOfUnit = QStringLiteral("DEPTA");
    return {review, sign};
}

// Brings a new draft to a state through the real functions, each as the person who would.
Status tst_Approvals::build(const QString &state, Built &built, int number)
{
    ApprovalService drafter = as(QStringLiteral("officera"));
    auto id = drafter.createDraft(newDraft(QStringLiteral("ຮ່າງ %1 %2").arg(state).arg(number)));
    if (!id)
        return id.error();
    built = Built{*id, 0};
    if (state == QLatin1String("editing"))
        return {};
    if (auto round = drafter.submit(built.draft, reviewThenSign()); !round)
        return round.error();
    built.step = activeStep(built.draft);
    if (state == QLatin1String("review"))
        return {};
    if (state == QLatin1String("withdrawn"))
        return drafter.withdraw(built.draft, QStringLiteral("ບໍ່ຕ້ອງການແລ້ວ"));
    if (in(state, {"returned", "revised"})) {
        auto decided =
            as(QStringLiteral("reviewer"))
                .decide(built.step, ApprovalDecision::RejectToDrafter, QStringLiteral("ກະລຸນາແກ້ໄຂ"));
        if (!decided)
            return decided.error();
        if (state == QLatin1String("revised")) {
            DraftContent content;
            content.pdf = MinimalPdf::page({QStringLiteral("revised %1").arg(number)});
            content.note = QStringLiteral("ແກ້ໄຂແລ້ວ");
            if (auto version = drafter.revise(built.draft, content); !version)
                return version.error();
        }
        return {};
    }
    if (auto decided =
            as(QStringLiteral("reviewer")).decide(built.step, ApprovalDecision::Approve, QString());
        !decided)
        return decided.error();
    built.step = activeStep(built.draft);
    if (state == QLatin1String("sign"))
        return {};
    const QByteArray signedPdf = state == QLatin1String("approved")
                                     ? QByteArray()
                                     : MinimalPdf::page({QStringLiteral("signed %1").arg(number)});
    if (auto decided = as(QStringLiteral("heada"))
                           .decide(built.step, ApprovalDecision::Approve, QString(), signedPdf);
        !decided)
        return decided.error();
    if (state == QLatin1String("issued")) {
        DraftIssue issue;
        issue.draftId = built.draft;
        issue.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
        issue.sentOn = QDate::currentDate();
        issue.sentVia = QStringLiteral("post");
        issue.recipients << LetterParty{LetterParty::Role::To, std::nullopt,
                                        QStringLiteral("ກະຊວງ ການເງິນ")};
        if (auto issued = as(QStringLiteral("clerka2")).issue(issue); !issued)
            return issued.error();
    }
    return {};
}

Status tst_Approvals::act(const QString &action, const QString &who, const Built &built)
{
    ApprovalService service = as(who);
    if (action == QLatin1String("revise")) {
        DraftContent content;
        content.body = QJsonObject{{QStringLiteral("text"), QStringLiteral("ສະບັບໃໝ່")}};
        return service.revise(built.draft, content).status();
    }
    if (action == QLatin1String("submit"))
        return service.submit(built.draft, reviewThenSign()).status();
    if (action == QLatin1String("withdraw"))
        return service.withdraw(built.draft, QString());
    if (action == QLatin1String("issue")) {
        DraftIssue issue;
        issue.draftId = built.draft;
        issue.registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
        issue.sentOn = QDate::currentDate();
        issue.sentVia = QStringLiteral("hand");
        issue.recipients << LetterParty{LetterParty::Role::To, std::nullopt,
                                        QStringLiteral("ພະແນກ ການເງິນ")};
        return service.issue(issue).status();
    }
    const ApprovalDecision decision = action == QLatin1String("approve") ? ApprovalDecision::Approve
                                      : action == QLatin1String("reject_previous")
                                          ? ApprovalDecision::RejectToPrevious
                                          : ApprovalDecision::RejectToDrafter;
    return service.decide(built.step, decision, QStringLiteral("ຄຳເຫັນ")).status();
}

void tst_Approvals::everyStateActionAndActor_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("expected");
    for (const QString &state : matrixStates) {
        for (const QString &action : matrixActions) {
            // A draft never submitted has no step to decide.
            if (state == QLatin1String("editing") &&
                in(action, {"approve", "reject_previous", "reject_drafter"}))
                continue;
            for (const QString &actor : matrixActors) {
                QTest::addRow("%s %s %s", qPrintable(state), qPrintable(action), qPrintable(actor))
                    << state << action << actor << expectedCode(state, action, actor);
            }
        }
    }
}

void tst_Approvals::everyStateActionAndActor()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, actor);
    QFETCH(QString, expected);
    static int drafts = 0;
    Built built;
    SARABAN_VERIFY_OK(build(state, built, ++drafts));
    const auto snapshot = [&] {
        return m_admin
            ->value(QStringLiteral("SELECT concat_ws(' | ', (SELECT d::text FROM saraban.drafts d "
                                   "WHERE id = %1), (SELECT count(*) FROM "
                                   "saraban.draft_versions WHERE draft_id = %1), (SELECT "
                                   "string_agg(s::text, ',' ORDER BY id) FROM "
                                   "saraban.approval_steps s WHERE draft_id = %1), (SELECT "
                                   "last_seq FROM saraban.audit_head))")
                        .arg(built.draft))
            .value()
            .toString();
    };
    const QString before = snapshot();
    const Status status = act(action, actor, built);
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(status);
        QVERIFY(snapshot() != before);
    } else {
        QVERIFY2(!status.ok(), "allowed, expected a refusal");
        QCOMPARE(status.error().code, expected);
        // A refusal changes nothing, not even the audit log.
        QCOMPARE(snapshot(), before);
    }
}

void tst_Approvals::actingCountsOnlyInItsPeriod()
{
    // In the period: "acting" signs for heada; the step and the audit say so.
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), built, 9001));
    auto state = as(QStringLiteral("acting"))
                     .decide(built.step, ApprovalDecision::Approve, QStringLiteral("ເຫັນດີ"));
    SARABAN_VERIFY_OK(state);
    QCOMPARE(*state, DraftState::Approved);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps s JOIN "
                                  "saraban.people a ON a.id = s.decided_by JOIN saraban.people h "
                                  "ON h.id = s.on_behalf_of WHERE s.id = %1 AND a.login = '%2' "
                                  "AND h.login = '%3'")
                       .arg(built.step)
                       .arg(m_fixture->login(QStringLiteral("acting")),
                            m_fixture->login(QStringLiteral("heada")))),
             1);
    auto audit = m_admin->value(
        QStringLiteral("SELECT actor || ' for ' || (data ->> 'on_behalf_of') FROM "
                       "saraban.audit_log WHERE action = 'approval.decide' AND data ->> 'step' "
                       "= '%1'")
            .arg(built.step));
    SARABAN_VERIFY_OK(audit);
    QCOMPARE(audit->toString(), m_fixture->login(QStringLiteral("acting")) +
                                    QStringLiteral(" for ") +
                                    m_fixture->login(QStringLiteral("heada")));
    auto timeline = as(QStringLiteral("officera")).timeline(built.draft);
    SARABAN_VERIFY_OK(timeline);
    QVERIFY(!timeline->isEmpty());
    QCOMPARE(timeline->last().action, QStringLiteral("approval.decide"));
    QCOMPARE(timeline->last().onBehalfOfName, QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ"));
    QCOMPARE(timeline->last().data.value(QStringLiteral("comment")).toString(),
             QStringLiteral("ເຫັນດີ"));
    // heada's own decision carries no on_behalf_of.
    Built own;
    SARABAN_VERIFY_OK(build(QStringLiteral("approved"), own, 9002));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action = "
                                  "'approval.decide' AND data ->> 'step' = '%1' AND data ? "
                                  "'on_behalf_of'")
                       .arg(own.step)),
             0);

    // Before the period: "later" cannot even see the step.
    Built early;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), early, 9003));
    SARABAN_VERIFY_ERROR(
        as(QStringLiteral("later")).decide(early.step, ApprovalDecision::Approve, QString()),
        "approval.step.unknown");
    // Revoked: "acting" loses the right at once (and the appointment is restored after).
    ServerQuery revoke(m_people.at(QStringLiteral("heada"))->database(),
                       QStringLiteral("SELECT saraban.acting_revoke(CAST(:id AS bigint), "
                                      "'ກັບມາແລ້ວ')"));
    revoke.bind(QStringLiteral(":id"), m_actingAppointment);
    SARABAN_VERIFY_OK(revoke.exec());
    SARABAN_VERIFY_ERROR(
        as(QStringLiteral("acting")).decide(early.step, ApprovalDecision::Approve, QString()),
        "approval.step.unknown");
    ServerQuery appoint(m_people.at(QStringLiteral("heada"))->database(),
                        QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                       "CAST(:login AS text), CAST(:starts AS date), "
                                       "CAST(:ends AS date), 'ລາພັກ')"));
    appoint.bind(QStringLiteral(":unit"), m_unit)
        .bind(QStringLiteral(":login"), m_fixture->login(QStringLiteral("acting")))
        .bind(QStringLiteral(":starts"), QDate::currentDate())
        .bind(QStringLiteral(":ends"), QDate::currentDate().addDays(3));
    SARABAN_VERIFY_OK(appoint.exec());
    QVERIFY(appoint.next());
    m_actingAppointment = appoint.value(0).toLongLong();
    SARABAN_VERIFY_OK(
        as(QStringLiteral("acting")).decide(early.step, ApprovalDecision::Approve, QString()));
}

void tst_Approvals::opinionsGateTheChain()
{
    ApprovalService drafter = as(QStringLiteral("officera"));
    auto id = drafter.createDraft(newDraft(QStringLiteral("ຂໍຄຳເຫັນ")));
    SARABAN_VERIFY_OK(id);
    ChainStep review{StepKind::Review, m_fixture->login(QStringLiteral("reviewer")), {}, {}};
    ChainStep first{StepKind::Opinion, m_fixture->login(QStringLiteral("clerka2")), {}, 2};
    ChainStep second{StepKind::Opinion, m_fixture->login(QStringLiteral("archivista")), {}, 5};
    ChainStep sign{StepKind::Sign, {}, QStringLiteral("DEPTA"), {}};
    SARABAN_VERIFY_OK(drafter.submit(*id, {review, first, second, sign}));
    SARABAN_VERIFY_OK(as(QStringLiteral("reviewer"))
                          .decide(activeStep(*id), ApprovalDecision::Approve, QString()));
    // Both opinions are open at once, each with its own due date.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND state = 'active' AND kind = 'opinion'")
                       .arg(*id)),
             2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND kind = 'opinion' AND ((due_days = 2 AND due_on = "
                                  "saraban.office_today() + 2) OR (due_days = 5 AND due_on = "
                                  "saraban.office_today() + 5))")
                       .arg(*id)),
             2);
    const qint64 clerkStep =
        count(QStringLiteral("SELECT s.id FROM saraban.approval_steps s JOIN saraban.people p ON "
                             "p.id = s.assignee_id WHERE s.draft_id = %1 AND p.login = '%2'")
                  .arg(*id)
                  .arg(m_fixture->login(QStringLiteral("clerka2"))));
    const qint64 archivistStep =
        count(QStringLiteral("SELECT s.id FROM saraban.approval_steps s JOIN saraban.people p ON "
                             "p.id = s.assignee_id WHERE s.draft_id = %1 AND p.login = '%2'")
                  .arg(*id)
                  .arg(m_fixture->login(QStringLiteral("archivista"))));
    // The first opinion given does not open the signature: the group waits for the other.
    SARABAN_VERIFY_OK(as(QStringLiteral("clerka2"))
                          .decide(clerkStep, ApprovalDecision::Approve, QStringLiteral("ດີ")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND kind = 'sign' AND state = 'active'")
                       .arg(*id)),
             0);
    SARABAN_VERIFY_ERROR(as(QStringLiteral("heada"))
                             .decide(count(QStringLiteral("SELECT id FROM saraban.approval_steps "
                                                          "WHERE draft_id = %1 AND kind = 'sign'")
                                               .arg(*id)),
                                     ApprovalDecision::Approve, QString()),
                         "approval.step.not_open");
    SARABAN_VERIFY_OK(as(QStringLiteral("archivista"))
                          .decide(archivistStep, ApprovalDecision::Approve, QStringLiteral("ດີ")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND kind = 'sign' AND state = 'active'")
                       .arg(*id)),
             1);
}

void tst_Approvals::rejectingToThePreviousStepReopensIt()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), built, 9101));
    auto state =
        as(QStringLiteral("heada"))
            .decide(built.step, ApprovalDecision::RejectToPrevious, QStringLiteral("ກວດຄືນອີກ"));
    SARABAN_VERIFY_OK(state);
    QCOMPARE(*state, DraftState::InApproval);
    // The review is open again, as a second activation; the first keeps its decision.
    const qint64 again = activeStep(built.draft);
    QCOMPARE(count(QStringLiteral("SELECT activation * 10 + stage FROM saraban.approval_steps "
                                  "WHERE id = %1")
                       .arg(again)),
             21);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND stage = 1 AND state = 'approved'")
                       .arg(built.draft)),
             1);
    // A rejection needs its reason.
    SARABAN_VERIFY_ERROR(
        as(QStringLiteral("reviewer")).decide(again, ApprovalDecision::RejectToPrevious, QString()),
        "approval.comment.empty");
    // Rejecting to the previous step from the first stage returns the draft to the drafter.
    auto returned =
        as(QStringLiteral("reviewer"))
            .decide(again, ApprovalDecision::RejectToPrevious, QStringLiteral("ສົ່ງຄືນຜູ້ຮ່າງ"));
    SARABAN_VERIFY_OK(returned);
    QCOMPARE(*returned, DraftState::Returned);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND state IN ('active', 'pending')")
                       .arg(built.draft)),
             0);
}

void tst_Approvals::returnedDraftsAreRevisedBeforeResubmitting()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("returned"), built, 9201));
    ApprovalService drafter = as(QStringLiteral("officera"));
    SARABAN_VERIFY_ERROR(drafter.submit(built.draft, reviewThenSign()), "draft.submit.unrevised");
    DraftContent content;
    content.pdf = MinimalPdf::page({QStringLiteral("second version")});
    auto version = drafter.revise(built.draft, content);
    SARABAN_VERIFY_OK(version);
    QCOMPARE(*version, 2);
    auto round = drafter.submit(built.draft, reviewThenSign());
    SARABAN_VERIFY_OK(round);
    QCOMPARE(*round, 2);
    // The first round's steps stay as they were decided.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1 AND round = 1 AND state = 'rejected'")
                       .arg(built.draft)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.draft_versions WHERE draft_id = "
                                  "%1")
                       .arg(built.draft)),
             2);
}

void tst_Approvals::signedPdfBecomesANewVersion()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), built, 9301));
    SARABAN_VERIFY_ERROR(as(QStringLiteral("heada"))
                             .decide(built.step, ApprovalDecision::Approve, QString(),
                                     QByteArrayLiteral("not a pdf at all")),
                         "file.not_pdf");
    SARABAN_VERIFY_ERROR(as(QStringLiteral("heada"))
                             .decide(built.step, ApprovalDecision::RejectToDrafter,
                                     QStringLiteral("ບໍ່"), MinimalPdf::page({QStringLiteral("x")})),
                         "approval.signed_content.not_sign");
    const QByteArray signedPdf = MinimalPdf::page({QStringLiteral("signed by heada")});
    auto state = as(QStringLiteral("heada"))
                     .decide(built.step, ApprovalDecision::Approve, QString(), signedPdf);
    SARABAN_VERIFY_OK(state);
    QCOMPARE(*state, DraftState::Signed);
    auto kinds = m_admin->value(QStringLiteral("SELECT string_agg(version || kind, ',' ORDER BY "
                                               "version) FROM saraban.draft_versions WHERE "
                                               "draft_id = %1")
                                    .arg(built.draft));
    SARABAN_VERIFY_OK(kinds);
    QCOMPARE(kinds->toString(), QStringLiteral("1draft,2signed"));
    auto content = as(QStringLiteral("officera")).versionContent(built.draft, 2);
    SARABAN_VERIFY_OK(content);
    QCOMPARE(*content, signedPdf);
    auto first = as(QStringLiteral("officera")).versionContent(built.draft, 1);
    SARABAN_VERIFY_OK(first);
    QVERIFY(*first != signedPdf);
}

void tst_Approvals::badChainsAreRefused_data()
{
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");
    const QString reviewer = QStringLiteral("\"login\": \"%1\"")
                                 .arg(QStringLiteral("reviewer_") + QStringLiteral("%SUFFIX%"));
    QTest::newRow("empty") << QStringLiteral("[]") << QStringLiteral("chain.steps.invalid");
    QTest::newRow("not a list") << QStringLiteral("{}") << QStringLiteral("chain.steps.invalid");
    QTest::newRow("no sign") << QStringLiteral("[{\"kind\": \"review\", %1}]").arg(reviewer)
                             << QStringLiteral("chain.sign.last");
    QTest::newRow("sign not last")
        << QStringLiteral("[{\"kind\": \"sign\", \"head_of\": \"DEPTA\"}, {\"kind\": \"review\", "
                          "%1}]")
               .arg(reviewer)
        << QStringLiteral("chain.sign.last");
    QTest::newRow("unknown kind")
        << QStringLiteral("[{\"kind\": \"bless\", %1}, {\"kind\": \"sign\", \"head_of\": "
                          "\"DEPTA\"}]")
               .arg(reviewer)
        << QStringLiteral("chain.kind.unknown");
    QTest::newRow("two assignees")
        << QStringLiteral("[{\"kind\": \"sign\", \"head_of\": \"DEPTA\", %1}]").arg(reviewer)
        << QStringLiteral("chain.assignee.invalid");
    QTest::newRow("unknown person")
        << QStringLiteral("[{\"kind\": \"sign\", \"login\": \"nobody_here\"}]")
        << QStringLiteral("person.unknown");
    QTest::newRow("unknown unit") << QStringLiteral("[{\"kind\": \"sign\", \"head_of\": \"NOPE\"}]")
                                  << QStringLiteral("unit.unknown");
    QTest::newRow("unit without head")
        << QStringLiteral("[{\"kind\": \"sign\", \"head_of\": \"DIVA1\"}]")
        << QStringLiteral("chain.no_head");
    QTest::newRow("bad due days")
        << QStringLiteral("[{\"kind\": \"opinion\", %1, \"due_days\": 0}, {\"kind\": \"sign\", "
                          "\"head_of\": \"DEPTA\"}]")
               .arg(reviewer)
        << QStringLiteral("chain.due_days.invalid");
    QTest::newRow("drafter approves own")
        << QStringLiteral("[{\"kind\": \"sign\", \"login\": \"officera_%SUFFIX%\"}]")
        << QStringLiteral("chain.assignee.drafter");
    QTest::newRow("same person twice")
        << QStringLiteral("[{\"kind\": \"review\", %1}, {\"kind\": \"opinion\", %1}, "
                          "{\"kind\": \"sign\", \"head_of\": \"DEPTA\"}]")
               .arg(reviewer)
        << QStringLiteral("chain.person.twice");
    QTest::newRow("same head twice")
        << QStringLiteral("[{\"kind\": \"review\", \"head_of\": \"DEPTA\"}, {\"kind\": "
                          "\"sign\", \"head_of\": \"DEPTA\"}]")
        << QStringLiteral("chain.person.twice");
    QTest::newRow("assignee not cleared")
        << QStringLiteral("[{\"kind\": \"sign\", \"login\": \"lowclear_%SUFFIX%\"}]")
        << QStringLiteral("chain.assignee.clearance");
}

void tst_Approvals::badChainsAreRefused()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    auto id = as(QStringLiteral("officera")).createDraft(newDraft(QStringLiteral("ສາຍຜິດ")));
    SARABAN_VERIFY_OK(id);
    const qint64 auditBefore = count(QStringLiteral("SELECT last_seq FROM saraban.audit_head"));
    const Status status =
        call(m_people.at(QStringLiteral("officera"))->database(),
             QStringLiteral("SELECT saraban.draft_submit(CAST(:draft AS bigint), "
                            "p_steps => CAST(:steps AS jsonb))"),
             {{QStringLiteral(":draft"), *id},
              {QStringLiteral(":steps"),
               QString(steps).replace(QStringLiteral("%SUFFIX%"), m_fixture->suffix())}});
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, expected);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1")
                       .arg(*id)),
             0);
    QCOMPARE(count(QStringLiteral("SELECT last_seq FROM saraban.audit_head")), auditBefore);
}

void tst_Approvals::templatesAreKeptByAdministrators()
{
    ChainTemplate chain;
    chain.unitId = m_unit;
    chain.nameLao = QStringLiteral("ສາຍອະນຸມັດ ໜັງສືທົ່ວໄປ");
    chain.steps = reviewThenSign();
    // An officer, and the admin of another unit's branch, may not; the unit's admin may.
    SARABAN_VERIFY_ERROR(as(QStringLiteral("officera")).saveTemplate(chain), "auth.denied");
    auto id = as(QStringLiteral("admina")).saveTemplate(chain);
    SARABAN_VERIFY_OK(id);
    // The drafter submits with it; its steps are resolved then.
    auto draft = as(QStringLiteral("officera")).createDraft(newDraft(QStringLiteral("ແມ່ແບບ")));
    SARABAN_VERIFY_OK(draft);
    SARABAN_VERIFY_OK(as(QStringLiteral("officera")).submit(*draft, *id));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE draft_id = "
                                  "%1")
                       .arg(*draft)),
             2);
    // A template of another unit does not apply to this draft.
    ChainTemplate other = chain;
    other.unitId = static_cast<int>(
        count(QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTB'")));
    other.steps = {ChainStep{StepKind::Sign, {}, QStringLiteral("DEPTA"), {}}};
    SARABAN_VERIFY_ERROR(as(QStringLiteral("admina")).saveTemplate(other), "auth.not_admin");
    auto otherId = as(QStringLiteral("adminprov")).saveTemplate(other);
    SARABAN_VERIFY_OK(otherId);
    auto second = as(QStringLiteral("officera")).createDraft(newDraft(QStringLiteral("ແມ່ແບບ 2")));
    SARABAN_VERIFY_OK(second);
    SARABAN_VERIFY_ERROR(as(QStringLiteral("officera")).submit(*second, *otherId),
                         "draft.submit.template_mismatch");
    // Deleted templates are retired, and no longer offered.
    SARABAN_VERIFY_ERROR(as(QStringLiteral("admina")).deleteTemplate(*otherId), "auth.not_admin");
    SARABAN_VERIFY_OK(as(QStringLiteral("admina")).deleteTemplate(*id));
    SARABAN_VERIFY_ERROR(as(QStringLiteral("officera")).submit(*second, *id),
                         "chain_template.unknown");
}

void tst_Approvals::issuingTakesTheRegistersNumber()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("signed"), built, 9401));
    const int registerId = m_fixture->registerId(QStringLiteral("A-OUT"));
    DraftIssue issue;
    issue.draftId = built.draft;
    issue.registerId = registerId;
    issue.sentOn = QDate::currentDate();
    issue.sentVia = QStringLiteral("gnet");
    issue.recipients << LetterParty{LetterParty::Role::To, m_fixture->organisationId(), {}}
                     << LetterParty{LetterParty::Role::Copy, std::nullopt,
                                    QStringLiteral("ຫ້ອງການ ແຂວງ")};
    // Refused before anything is taken: an incoming register, a bad way of sending.
    DraftIssue incoming = issue;
    incoming.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    SARABAN_VERIFY_ERROR(as(QStringLiteral("clerka2")).issue(incoming),
                         "draft.issue.register_direction");
    DraftIssue pigeon = issue;
    pigeon.sentVia = QStringLiteral("pigeon");
    SARABAN_VERIFY_ERROR(as(QStringLiteral("clerka2")).issue(pigeon),
                         "draft.issue.sent_via.unknown");
    const qint64 counterBefore =
        count(QStringLiteral("SELECT coalesce(max(last_seq), 0) FROM saraban.number_counters "
                             "WHERE register_id = %1")
                  .arg(registerId));
    auto issued = as(QStringLiteral("clerka2")).issue(issue);
    SARABAN_VERIFY_OK(issued);
    QCOMPARE(count(QStringLiteral("SELECT last_seq FROM saraban.number_counters WHERE "
                                  "register_id = %1")
                       .arg(registerId)),
             counterBefore + 1);
    QCOMPARE(issued->number, QStringLiteral("%1/ປທສ.%2")
                                 .arg(counterBefore + 1)
                                 .arg(QDate::currentDate().year() % 100, 2, 10, QLatin1Char('0')));
    // The letter: in the register, with the signed version as its main file, its recipients,
    // how it went, and the draft pointing at it.
    QCOMPARE(
        count(QStringLiteral(
                  "SELECT count(*) FROM saraban.letters l JOIN saraban.letter_files f ON "
                  "f.letter_id = l.id AND f.kind = 'main' JOIN saraban.draft_versions v ON "
                  "v.sha256 = f.sha256 AND v.kind = 'signed' AND v.draft_id = %1 "
                  "JOIN saraban.letter_dispatches x ON x.letter_id = l.id AND x.sent_via = 'gnet' "
                  "JOIN saraban.drafts d ON d.letter_id = l.id AND d.state = 'issued' "
                  "WHERE l.id = %2 AND l.register_id = %3 AND l.direction = 'outgoing' "
                  "AND l.sent_on = '%4'")
                  .arg(built.draft)
                  .arg(issued->id)
                  .arg(registerId)
                  .arg(QDate::currentDate().toString(Qt::ISODate))),
        1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.letter_parties WHERE letter_id = "
                                  "%1")
                       .arg(issued->id)),
             2);
    // Issued once only.
    SARABAN_VERIFY_ERROR(as(QStringLiteral("clerka2")).issue(issue), "draft.state");
}

void tst_Approvals::foldersAndVisibility()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), built, 9501));
    // approvals_page runs as the person: read it through their own connection.
    const auto page = [&](const QString &who, const QString &name) {
        auto value = m_people.at(who)->value(
            QStringLiteral("SELECT count(*) FROM saraban.approvals_page('%1') WHERE draft_id = "
                           "%2")
                .arg(name)
                .arg(built.draft));
        return value.ok() ? value->toLongLong() : -1;
    };
    QCOMPARE(page(QStringLiteral("heada"), QStringLiteral("to_approve")), 1);
    QCOMPARE(page(QStringLiteral("acting"), QStringLiteral("to_approve")), 1);
    QCOMPARE(page(QStringLiteral("later"), QStringLiteral("to_approve")), 0);
    QCOMPARE(page(QStringLiteral("reviewer"), QStringLiteral("to_approve")), 0);
    QCOMPARE(page(QStringLiteral("officera"), QStringLiteral("my_drafts")), 1);
    QCOMPARE(page(QStringLiteral("heada"), QStringLiteral("my_drafts")), 0);
    // Unread until opened.
    auto unread = m_people.at(QStringLiteral("heada"))
                      ->value(QStringLiteral("SELECT unread FROM saraban.approvals_page("
                                             "'to_approve') WHERE item_id = %1")
                                  .arg(built.step));
    SARABAN_VERIFY_OK(unread);
    QCOMPARE(unread->toBool(), true);
    SARABAN_VERIFY_OK(as(QStringLiteral("heada")).markOpened(built.step));
    unread = m_people.at(QStringLiteral("heada"))
                 ->value(QStringLiteral("SELECT unread FROM saraban.approvals_page('to_approve') "
                                        "WHERE item_id = %1")
                             .arg(built.step));
    SARABAN_VERIFY_OK(unread);
    QCOMPARE(unread->toBool(), false);
    // Row-level security on the tables themselves.
    const auto seen = [&](const QString &who) {
        auto value = m_people.at(who)->value(
            QStringLiteral("SELECT (SELECT count(*) FROM saraban.drafts WHERE id = %1) * 100 + "
                           "(SELECT count(*) FROM saraban.approval_steps WHERE draft_id = %1) * "
                           "10 + (SELECT count(*) FROM saraban.draft_versions WHERE draft_id = "
                           "%1)")
                .arg(built.draft));
        return value.ok() ? value->toLongLong() : -1;
    };
    QCOMPARE(seen(QStringLiteral("officera")), 121);
    QCOMPARE(seen(QStringLiteral("acting")), 121);
    QCOMPARE(seen(QStringLiteral("clerka2")), 121);
    QCOMPARE(seen(QStringLiteral("clerkb")), 0);
    QCOMPARE(seen(QStringLiteral("later")), 0);
    // Cleared below the draft's confidentiality: nothing, even as a member of the unit.
    QCOMPARE(seen(QStringLiteral("clerka")), 0);
    auto counts = m_people.at(QStringLiteral("acting"))
                      ->value(QStringLiteral("SELECT total FROM saraban.approval_counts() WHERE "
                                             "folder = 'to_approve'"));
    SARABAN_VERIFY_OK(counts);
    QVERIFY(counts->toLongLong() >= 1);
}

void tst_Approvals::modelShowsEveryStep()
{
    Built built;
    SARABAN_VERIFY_OK(build(QStringLiteral("sign"), built, 9601));
    SARABAN_VERIFY_OK(as(QStringLiteral("acting"))
                          .decide(built.step, ApprovalDecision::RejectToDrafter,
                                  QStringLiteral("ຂາດເອກະສານຊ້ອນທ້າຍ")));
    DbWorker worker(m_fixture->as(QStringLiteral("officera")));
    ApprovalModel model(&worker);
    QSignalSpy loaded(&model, &ApprovalModel::loaded);
    model.setDraft(built.draft);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(
        model.data(model.index(0, ApprovalModel::KindColumn), ApprovalModel::KindRole).toString(),
        QStringLiteral("review"));
    QCOMPARE(model.data(model.index(0, ApprovalModel::StateColumn), ApprovalModel::DecisionRole)
                 .toString(),
             QStringLiteral("approve"));
    const QModelIndex sign = model.index(1, ApprovalModel::DecidedByColumn);
    QCOMPARE(model.data(sign, ApprovalModel::DecisionRole).toString(),
             QStringLiteral("reject_drafter"));
    QCOMPARE(model.data(sign, ApprovalModel::ActingRole).toBool(), true);
    QCOMPARE(model.data(sign).toString(), QStringLiteral("ນາງ ຮັກສາ ການແທນ for ທ້າວ ສົມສັກ ວົງສາ"));
    QCOMPARE(model.data(model.index(1, ApprovalModel::CommentColumn)).toString(),
             QStringLiteral("ຂາດເອກະສານຊ້ອນທ້າຍ"));
    QVERIFY(model.openRows().isEmpty());
    // Someone who may not see the draft gets no rows.
    DbWorker outsider(m_fixture->as(QStringLiteral("clerkb")));
    ApprovalModel hidden(&outsider);
    QSignalSpy hiddenLoaded(&hidden, &ApprovalModel::loaded);
    hidden.setDraft(built.draft);
    QTRY_COMPARE(hiddenLoaded.count(), 1);
    QCOMPARE(hidden.rowCount(), 0);
}

void tst_Approvals::decidersAreNotifiedAtCommit()
{
    // heada and whoever acts for heada learn of the new step on their own channels, ids only;
    // the drafter learns of the decision; a refused decision tells nobody anything.
    const auto channel = [&](const QString &who) {
        return QStringLiteral("saraban_inbox_%1")
            .arg(count(QStringLiteral("SELECT id FROM saraban.people WHERE login = '%1'")
                           .arg(m_fixture->login(who))));
    };
    const auto listen = [&](const QString &who) {
        QSqlDriver *driver = m_people.at(who)->database().driver();
        auto spy = std::make_unique<QSignalSpy>(
            driver, qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                        &QSqlDriver::notification));
        driver->subscribeToNotification(channel(who));
        return spy;
    };
    auto head = listen(QStringLiteral("heada"));
    auto acting = listen(QStringLiteral("acting"));
    auto drafter = listen(QStringLiteral("officera"));
    auto id = as(QStringLiteral("officera")).createDraft(newDraft(QStringLiteral("ແຈ້ງເຕືອນ")));
    SARABAN_VERIFY_OK(id);
    SARABAN_VERIFY_OK(
        as(QStringLiteral("officera"))
            .submit(*id, {ChainStep{StepKind::Sign, {}, QStringLiteral("DEPTA"), {}}}));
    const qint64 step = activeStep(*id);
    const QString payload = QStringLiteral("approval:%1").arg(step);
    QTRY_COMPARE(head->count(), 1);
    QTRY_COMPARE(acting->count(), 1);
    QCOMPARE(head->at(0).at(2).toString(), payload);
    QCOMPARE(acting->at(0).at(2).toString(), payload);
    SARABAN_VERIFY_ERROR(
        as(QStringLiteral("reviewer")).decide(step, ApprovalDecision::Approve, QString()),
        "approval.step.unknown");
    SARABAN_VERIFY_OK(as(QStringLiteral("heada"))
                          .decide(step, ApprovalDecision::Approve, QStringLiteral("ເຫັນດີ")));
    QTRY_COMPARE(drafter->count(), 1);
    QCOMPARE(drafter->at(0).at(2).toString(), QStringLiteral("draft:%1").arg(*id));
    for (const QString &who :
         {QStringLiteral("heada"), QStringLiteral("acting"), QStringLiteral("officera")})
        m_people.at(who)->database().driver()->unsubscribeFromNotification(channel(who));
}

void tst_Approvals::foldersPageByKeyset()
{
    // Pages of three, each after the last row of the one before, give exactly the whole
    // folder in order (since DESC, item_id DESC), for both folders.
    for (const auto &[who, folder] :
         {std::pair{QStringLiteral("heada"), QStringLiteral("to_approve")},
          std::pair{QStringLiteral("officera"), QStringLiteral("my_drafts")}}) {
        const QSqlDatabase database = m_people.at(who)->database();
        ServerQuery all(database, QStringLiteral("SELECT item_id FROM saraban.approvals_page("
                                                 "CAST(:folder AS text), p_limit => 500)"));
        all.bind(QStringLiteral(":folder"), folder);
        SARABAN_VERIFY_OK(all.exec());
        QList<qint64> expected;
        while (all.next())
            expected << all.value(0).toLongLong();
        QVERIFY2(expected.size() > 6, qPrintable(folder));
        ServerQuery page(database,
                         QStringLiteral("SELECT item_id, since FROM saraban.approvals_page("
                                        "CAST(:folder AS text), CAST(:since AS timestamptz), "
                                        "CAST(:id AS bigint), 3)"));
        QList<qint64> paged;
        QVariant since;
        QVariant id;
        for (;;) {
            page.bind(QStringLiteral(":folder"), folder)
                .bind(QStringLiteral(":since"), since)
                .bind(QStringLiteral(":id"), id);
            SARABAN_VERIFY_OK(page.exec());
            int rows = 0;
            while (page.next()) {
                ++rows;
                paged << page.value(0).toLongLong();
                id = page.value(0);
                since = page.value(1);
            }
            if (rows < 3)
                break;
        }
        QCOMPARE(paged, expected);
    }
    // Another folder name is refused.
    SARABAN_VERIFY_ERROR(call(m_people.at(QStringLiteral("heada"))->database(),
                              QStringLiteral("SELECT * FROM saraban.approvals_page('drafts')")),
                         "approvals.folder.unknown");
}

QTEST_GUILESS_MAIN(tst_Approvals)
#include "tst_approvals.moc"
