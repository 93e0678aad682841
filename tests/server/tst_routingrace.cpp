// Races at the server: two connections doing a transition of one routing at the same moment,
// round after round. Exactly one wins every time, the other is told "already done by X at T"
// (SBCON routing.already_done), and the audit holds one record of the transition.
#include "core/domain/newperson.h"
#include "core/services/letterservice.h"
#include "core/services/peopleservice.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <barrier>
#include <functional>
#include <memory>
#include <thread>

using namespace saraban;
using namespace saraban::test;

class tst_RoutingRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void twoForwardsOfOneItem();
    void recallRacingAnOpen();

private:
    // The transition `first` and `second` race to do on one routing, `rounds` times; prepare
    // sets up each round's routing (on the main thread) and returns its id.
    struct Contender
    {
        QString who;
        std::function<Status(RoutingService &, qint64)> act;
    };
    void race(const Contender &first, const Contender &second,
              const std::function<qint64()> &prepare, const QString &auditAction);
    qint64 newRouting(bool acknowledged);

    static constexpr int rounds = 200;
    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::unique_ptr<ScopedConnection> m_clerk;
    std::unique_ptr<ScopedConnection> m_head;
};

void tst_RoutingRace::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("routingrace"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka")));
    m_head = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("heada")));
    SARABAN_VERIFY_OK(m_super->status());
    SARABAN_VERIFY_OK(m_clerk->status());
    SARABAN_VERIFY_OK(m_head->status());
    // The head's acting deputy: head and deputy race on the head's items.
    NewPerson deputy;
    deputy.login = m_fixture->login(QStringLiteral("deputya"));
    deputy.fullName = QStringLiteral("ທ້າວ ບຸນທັນ ແສງສະຫວ່າງ");
    deputy.unitCode = QStringLiteral("DEPTA");
    deputy.role = MemberRole::Officer;
    deputy.clearance = 2;
    SARABAN_VERIFY_OK(PeopleService(m_super->database()).addPerson(deputy, OrgFixture::password()));
    const QVariant unit =
        m_super->value(QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")).value();
    const QDate today = m_super->value(QStringLiteral("SELECT saraban.office_today()"))->toDate();
    SARABAN_VERIFY_OK(call(m_head->database(),
                           QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                          "CAST(:login AS text), CAST(:from AS date), "
                                          "CAST(:to AS date), '')"),
                           {{QStringLiteral(":unit"), unit},
                            {QStringLiteral(":login"), deputy.login},
                            {QStringLiteral(":from"), today},
                            {QStringLiteral(":to"), today.addDays(10)}}));
}

void tst_RoutingRace::cleanupTestCase()
{
    m_clerk.reset();
    m_head.reset();
    m_super.reset();
    m_fixture.reset();
}

qint64 tst_RoutingRace::newRouting(bool acknowledged)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ໜັງສືແຂ່ງກັນ");
    letter.letterDate = QDate::currentDate().addDays(-1);
    letter.receivedOn = letter.letterDate;
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt, QStringLiteral("ກະຊວງ")};
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    if (!registered)
        return -1;
    auto routed = RoutingService(m_clerk->database())
                      .route(registered->id,
                             {RoutingRecipient::person(m_fixture->login(QStringLiteral("heada")),
                                                       RoutingRole::Action)});
    if (!routed)
        return -1;
    if (acknowledged && !RoutingService(m_head->database()).acknowledge(routed->constFirst()))
        return -1;
    return routed->constFirst();
}

void tst_RoutingRace::race(const Contender &first, const Contender &second,
                           const std::function<qint64()> &prepare, const QString &auditAction)
{
    // Main thread and both contenders meet twice a round: once the routing is ready (go), and
    // once both have answered (done).
    std::barrier sync(3);
    qint64 routingId = 0;
    Status outcomes[2];
    QString setupFailure[2];
    const Contender *contenders[2] = {&first, &second};
    std::vector<std::thread> threads;
    for (int c = 0; c < 2; ++c) {
        threads.emplace_back([&, c] {
            // Each contender's own connection, opened on its own thread.
            ScopedConnection connection(m_fixture->as(contenders[c]->who));
            if (!connection.ok())
                setupFailure[c] = errorText(connection.status());
            RoutingService service(connection.database());
            for (int round = 0; round < rounds; ++round) {
                sync.arrive_and_wait(); // go
                if (routingId > 0 && connection.ok())
                    outcomes[c] = contenders[c]->act(service, routingId);
                sync.arrive_and_wait(); // done
            }
        });
    }
    int firstWins = 0;
    QString failure;
    for (int round = 0; round < rounds; ++round) {
        routingId = failure.isEmpty() ? prepare() : -1;
        if (routingId <= 0 && failure.isEmpty())
            failure = QStringLiteral("round %1: could not prepare a routing").arg(round);
        sync.arrive_and_wait(); // go
        sync.arrive_and_wait(); // done
        if (!failure.isEmpty() || routingId <= 0)
            continue;
        const int winners = (outcomes[0].ok() ? 1 : 0) + (outcomes[1].ok() ? 1 : 0);
        const Status &loser = outcomes[0].ok() ? outcomes[1] : outcomes[0];
        if (winners != 1) {
            failure = QStringLiteral("round %1: %2 winners (%3 / %4)")
                          .arg(round)
                          .arg(winners)
                          .arg(errorText(outcomes[0]), errorText(outcomes[1]));
        } else if (loser.error().code != QLatin1String("routing.already_done")) {
            failure = QStringLiteral("round %1: the loser got %2").arg(round).arg(errorText(loser));
        } else {
            const qint64 records = number(
                *m_super, QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action LIKE "
                                         "'%1' AND object_type = 'routing' AND object_id = '%2'")
                              .arg(auditAction)
                              .arg(routingId));
            if (records != 1)
                failure = QStringLiteral("round %1: %2 audit records").arg(round).arg(records);
        }
        firstWins += outcomes[0].ok() ? 1 : 0;
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY2(setupFailure[0].isEmpty(), qPrintable(setupFailure[0]));
    QVERIFY2(setupFailure[1].isEmpty(), qPrintable(setupFailure[1]));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("%s won %d of %d rounds, %s the others", qPrintable(first.who), firstWins, rounds,
          qPrintable(second.who));
}

void tst_RoutingRace::twoForwardsOfOneItem()
{
    const QString officer = m_fixture->login(QStringLiteral("officera"));
    const QString archivist = m_fixture->login(QStringLiteral("archivista"));
    race(
        Contender{QStringLiteral("heada"),
                  [officer](RoutingService &service, qint64 id) {
                      return service
                          .forward(id, {RoutingRecipient::person(officer, RoutingRole::Action)})
                          .status();
                  }},
        Contender{QStringLiteral("deputya"),
                  [archivist](RoutingService &service, qint64 id) {
                      return service
                          .forward(id, {RoutingRecipient::person(archivist, RoutingRole::Action)})
                          .status();
                  }},
        [this] { return newRouting(true); }, QStringLiteral("routing.forward"));
    // Each forwarded routing has exactly one child: the loser's forward left nothing behind.
    QCOMPARE(number(*m_super,
                    QStringLiteral("SELECT count(*) FROM (SELECT parent_id FROM saraban.routings "
                                   "WHERE parent_id IS NOT NULL GROUP BY parent_id "
                                   "HAVING count(*) <> 1) s")),
             0);
}

void tst_RoutingRace::recallRacingAnOpen()
{
    race(
        Contender{QStringLiteral("clerka"),
                  [](RoutingService &service, qint64 id) { return service.recall(id); }},
        Contender{
            QStringLiteral("heada"),
            [](RoutingService &service, qint64 id) { return service.acknowledge(id).status(); }},
        [this] { return newRouting(false); }, QStringLiteral("routing.%"));
}

QTEST_GUILESS_MAIN(tst_RoutingRace)
#include "tst_routingrace.moc"
