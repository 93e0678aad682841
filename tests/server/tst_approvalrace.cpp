// Two people deciding one approval step at the same moment, on two real connections, 200
// times: every round exactly one wins, the other is told "already decided by <the winner> at
// <time>", and the audit holds one decision. And the last two opinions of a parallel group
// given at once open the signature exactly once.
#include "core/db/database.h"
#include "core/services/approvalservice.h"
#include "core/services/auditservice.h"
#include "core/services/minimalpdf.h"
#include "core/services/peopleservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>
#include <QThread>

#include <array>
#include <atomic>
#include <barrier>
#include <memory>

using namespace saraban;
using namespace saraban::test;

namespace {

// The outcome of one person's call in one round.
struct Outcome
{
    bool ok = false;
    QString code;
    QString message;
};

} // namespace

class tst_ApprovalRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoDecidersOneWinner();
    void lastOpinionsOpenTheSignatureOnce();

private:
    // Runs rounds: before each, prepare() (on this thread) gives the two step ids; then
    // `first` and `second`, each on its own thread and connection, approve their step at the
    // same moment; check() sees both outcomes.
    void race(int rounds, const QString &first, const QString &second,
              const std::function<std::array<qint64, 2>(int)> &prepare,
              const std::function<void(int, const std::array<Outcome, 2> &)> &check);
    qint64 newDraft(int round, const QString &steps);

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_admin;
    std::unique_ptr<ScopedConnection> m_drafter;
    int m_unit = 0;
};

void tst_ApprovalRace::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("approvalrace"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_admin = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_admin->status());
    NewPerson acting;
    acting.login = m_fixture->login(QStringLiteral("acting"));
    acting.fullName = QStringLiteral("ນາງ ຮັກສາ ການແທນ");
    acting.unitCode = QStringLiteral("DEPTA");
    acting.role = MemberRole::Officer;
    acting.clearance = 2;
    SARABAN_VERIFY_OK(PeopleService(m_admin->database()).addPerson(acting, OrgFixture::password()));
    m_unit = static_cast<int>(
        number(*m_admin, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    ScopedConnection head(m_fixture->as(QStringLiteral("heada")));
    SARABAN_VERIFY_OK(head.status());
    SARABAN_VERIFY_OK(call(head.database(),
                           QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                          "CAST(:login AS text), CAST(:starts AS date), CAST(:ends "
                                          "AS date), '')"),
                           {{QStringLiteral(":unit"), m_unit},
                            {QStringLiteral(":login"), acting.login},
                            {QStringLiteral(":starts"), QDate::currentDate()},
                            {QStringLiteral(":ends"), QDate::currentDate().addDays(3)}}));
    m_drafter = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(m_drafter->status());
}

void tst_ApprovalRace::cleanupTestCase()
{
    m_drafter.reset();
    m_admin.reset();
    m_fixture.reset();
}

qint64 tst_ApprovalRace::newDraft(int round, const QString &steps)
{
    ApprovalService drafter(m_drafter->database());
    NewDraft draft;
    draft.unitId = m_unit;
    draft.subject = QStringLiteral("ຮ່າງ ແຂ່ງກັນ %1").arg(round);
    draft.content.body = QJsonObject{{QStringLiteral("text"), draft.subject}};
    auto id = drafter.createDraft(draft);
    if (!id)
        return -1;
    ServerQuery submit(m_drafter->database(),
                       QStringLiteral("SELECT saraban.draft_submit(CAST(:draft AS bigint), "
                                      "p_steps => CAST(:steps AS jsonb))"));
    submit.bind(QStringLiteral(":draft"), *id).bind(QStringLiteral(":steps"), steps);
    if (Status status = submit.exec(); !status) {
        qWarning("submit: %s", qPrintable(errorText(status)));
        return -1;
    }
    return *id;
}

void tst_ApprovalRace::race(int rounds, const QString &first, const QString &second,
                            const std::function<std::array<qint64, 2>(int)> &prepare,
                            const std::function<void(int, const std::array<Outcome, 2> &)> &check)
{
    std::barrier sync(3);
    std::array<std::atomic<qint64>, 2> steps{};
    std::array<Outcome, 2> outcomes;
    std::array<QString, 2> failures;
    std::atomic<bool> stop{false};
    std::vector<std::unique_ptr<QThread>> threads;
    const std::array<QString, 2> who = {first, second};
    for (int i = 0; i < 2; ++i) {
        const ConnectionProfile profile = m_fixture->as(who[static_cast<size_t>(i)]);
        threads.emplace_back(QThread::create([&, i, profile] {
            const auto index = static_cast<size_t>(i);
            const QString name = QStringLiteral("approvalrace-%1").arg(i);
            {
                auto database = db::open(profile, name);
                if (!database)
                    failures[index] = database.error().toString();
                for (;;) {
                    sync.arrive_and_wait(); // the round's steps are ready
                    if (stop)
                        break;
                    if (database) {
                        ApprovalService service(*database);
                        auto decided = service.decide(steps[index], ApprovalDecision::Approve,
                                                      QStringLiteral("ເຫັນດີ"));
                        outcomes[index] =
                            decided ? Outcome{true, {}, {}}
                                    : Outcome{false, decided.error().code, decided.error().message};
                    }
                    sync.arrive_and_wait(); // both have answered
                }
            }
            db::close(name);
        }));
        threads.back()->start();
    }
    for (int round = 0; round < rounds; ++round) {
        const std::array<qint64, 2> ids = prepare(round);
        steps[0] = ids[0];
        steps[1] = ids[1];
        outcomes = {};
        sync.arrive_and_wait();
        sync.arrive_and_wait();
        if (!failures[0].isEmpty() || !failures[1].isEmpty())
            break;
        check(round, outcomes);
        if (QTest::currentTestFailed())
            break;
    }
    stop = true;
    sync.arrive_and_wait();
    for (auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));
}

void tst_ApprovalRace::twoDecidersOneWinner()
{
    constexpr int rounds = 200;
    const QString steps = QStringLiteral("[{\"kind\": \"sign\", \"head_of\": \"DEPTA\"}]");
    std::array<int, 2> wins{};
    race(
        rounds, QStringLiteral("heada"), QStringLiteral("acting"),
        [&](int round) -> std::array<qint64, 2> {
            const qint64 draft = newDraft(round, steps);
            const qint64 step = number(*m_admin, QStringLiteral("SELECT id FROM "
                                                                "saraban.approval_steps WHERE "
                                                                "draft_id = %1")
                                                     .arg(draft));
            return {step, step};
        },
        [&](int round, const std::array<Outcome, 2> &outcome) {
            QVERIFY2(outcome[0].ok != outcome[1].ok,
                     qPrintable(QStringLiteral("round %1: %2 / %3")
                                    .arg(round)
                                    .arg(outcome[0].ok ? QStringLiteral("won") : outcome[0].code,
                                         outcome[1].ok ? QStringLiteral("won") : outcome[1].code)));
            const size_t winner = outcome[0].ok ? 0 : 1;
            const Outcome &loser = outcome[1 - winner];
            ++wins[winner];
            QCOMPARE(loser.code, QStringLiteral("approval.already_decided"));
            // The loser is told who won, by name.
            const QString winnerName =
                winner == 0 ? QStringLiteral("ທ້າວ ສົມສັກ ວົງສາ") : QStringLiteral("ນາງ ຮັກສາ ການແທນ");
            QVERIFY2(loser.message.contains(winnerName), qPrintable(loser.message));
        });
    if (QTest::currentTestFailed())
        return;
    qInfo("heada won %d rounds, acting won %d", wins[0], wins[1]);
    // One decision per step in the steps and in the audit, each signed by its winner.
    QCOMPARE(number(*m_admin, QStringLiteral("SELECT count(*) FROM saraban.approval_steps WHERE "
                                             "state = 'approved'")),
             rounds);
    QCOMPARE(number(*m_admin, QStringLiteral("SELECT count(*) FROM saraban.drafts WHERE state = "
                                             "'approved'")),
             rounds);
    QCOMPARE(number(*m_admin,
                    QStringLiteral("SELECT count(*) FROM (SELECT data ->> 'step' FROM "
                                   "saraban.audit_log WHERE action = 'approval.decide' GROUP BY 1 "
                                   "HAVING count(*) = 1) one")),
             rounds);
    QCOMPARE(number(*m_admin, QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE "
                                             "action = 'approval.decide'")),
             rounds);
    auto report = AuditService(m_admin->database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(AuditService::describe(*report)));
}

void tst_ApprovalRace::lastOpinionsOpenTheSignatureOnce()
{
    constexpr int rounds = 50;
    const QString steps =
        QStringLiteral("[{\"kind\": \"opinion\", \"login\": \"%1\"}, {\"kind\": \"opinion\", "
                       "\"login\": \"%2\"}, {\"kind\": \"sign\", \"head_of\": \"DEPTA\"}]")
            .arg(m_fixture->login(QStringLiteral("clerka2")),
                 m_fixture->login(QStringLiteral("archivista")));
    std::vector<qint64> drafts;
    race(
        rounds, QStringLiteral("clerka2"), QStringLiteral("archivista"),
        [&](int round) -> std::array<qint64, 2> {
            const qint64 draft = newDraft(1000 + round, steps);
            drafts.push_back(draft);
            const auto stepOf = [&](const QString &who) {
                return number(*m_admin, QStringLiteral("SELECT s.id FROM saraban.approval_steps "
                                                       "s JOIN saraban.people p ON p.id = "
                                                       "s.assignee_id WHERE s.draft_id = %1 AND "
                                                       "p.login = '%2'")
                                            .arg(draft)
                                            .arg(m_fixture->login(who)));
            };
            return {stepOf(QStringLiteral("clerka2")), stepOf(QStringLiteral("archivista"))};
        },
        [&](int round, const std::array<Outcome, 2> &outcome) {
            QVERIFY2(outcome[0].ok && outcome[1].ok,
                     qPrintable(QStringLiteral("round %1: %2 %3")
                                    .arg(round)
                                    .arg(outcome[0].message, outcome[1].message)));
            QCOMPARE(number(*m_admin, QStringLiteral("SELECT count(*) FROM "
                                                     "saraban.approval_steps WHERE draft_id = "
                                                     "%1 AND kind = 'sign' AND state = 'active'")
                                          .arg(drafts.back())),
                     1);
        });
}

QTEST_GUILESS_MAIN(tst_ApprovalRace)
#include "tst_approvalrace.moc"
