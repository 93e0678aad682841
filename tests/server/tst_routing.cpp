// Routing's state machine, enforced by the server (core/schema/0009_routing.sql), as real
// people: every (state, action, actor) pair is tried on a fresh letter, the allowed ones
// succeed and the others are refused with the expected code. Then who may route, clearance,
// due dates, the letter's status, acting heads ("A for B" in the audit), endorsements,
// "routed to you" visibility, the inbox folders and counts, tracking and reminders.
#include "core/db/migrator.h"
#include "core/domain/newperson.h"
#include "core/services/demobuilder.h"
#include "core/services/letterservice.h"
#include "core/services/peopleservice.h"
#include "core/services/routingservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Routing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void transitions_data();
    void transitions();
    void copiesAreOnlyAcknowledged_data();
    void copiesAreOnlyAcknowledged();
    void whoMayRoute_data();
    void whoMayRoute();
    void badRecipients_data();
    void badRecipients();
    void dueDates();
    void letterStatusFollowsRouting();
    void returnGivesItBackToTheForwarder();
    void actingHeadDecidesForTheHead();
    void endorsement();
    void routedLettersBecomeVisible();
    void inboxFoldersAndCounts();
    void overdueAndReminders();
    void timelineIsComplete();
    void demoHasLettersInEveryState();

private:
    // A new incoming letter of DEPTA, registered by clerka.
    qint64 newLetter(int confidentiality = 0, int urgency = 0);
    // The letter routed by clerka to heada for action; the routing id.
    qint64 routeToHead(qint64 letterId, RoutingRole role = RoutingRole::Action);
    RoutingService as(const ScopedConnection &connection) const
    {
        return RoutingService(connection.database());
    }
    QString login(const char *who) const { return m_fixture->login(QString::fromLatin1(who)); }
    // heada names deputya acting head of DEPTA from `from` for 30 days.
    Status appoint(const QDate &from) const
    {
        return call(m_head->database(),
                    QStringLiteral("SELECT saraban.acting_appoint(CAST(:unit AS integer), "
                                   "CAST(:login AS text), CAST(:from AS date), CAST(:to AS date), "
                                   "'ໄປປະຊຸມ')"),
                    {{QStringLiteral(":unit"), m_deptA},
                     {QStringLiteral(":login"), login("deputya")},
                     {QStringLiteral(":from"), from},
                     {QStringLiteral(":to"), from.addDays(30)}});
    }

    std::unique_ptr<OrgFixture> m_fixture;
    std::unique_ptr<ScopedConnection> m_super;
    std::unique_ptr<ScopedConnection> m_clerk;
    std::unique_ptr<ScopedConnection> m_head;
    std::unique_ptr<ScopedConnection> m_deputy;
    int m_deptA = 0;
    QDate m_today; // the office's date, which the server's deadlines follow
    int m_subjectCounter = 0;
};

namespace {

// Who tries each action in the transition table.
const char *const actors[] = {"heada", "deputya", "sender", "officera", "clerkb"};
const char *const states[] = {"sent", "opened", "forwarded", "returned", "completed", "recalled"};
const char *const actions[] = {"acknowledge", "forward", "return", "complete", "recall"};

// The rules, stated once more independently of the server: what each actor gets when trying
// each action on a routing from clerka to heada (deputya acts for heada) in each state.
QString expectedCode(const QString &actor, const QString &state, const QString &action)
{
    // Neither sender nor recipient: the routing does not exist for them.
    if (actor == QLatin1String("officera") || actor == QLatin1String("clerkb"))
        return QStringLiteral("routing.unknown");
    const bool recipient = actor == QLatin1String("heada") || actor == QLatin1String("deputya");
    if (action == QLatin1String("recall")) {
        if (recipient)
            return QStringLiteral("routing.not_sender");
        return state == QLatin1String("sent") ? QString() : QStringLiteral("routing.already_done");
    }
    if (!recipient)
        return QStringLiteral("routing.not_recipient");
    if (action == QLatin1String("acknowledge")) {
        return state == QLatin1String("sent") ? QString() : QStringLiteral("routing.already_done");
    }
    if (state == QLatin1String("sent"))
        return QStringLiteral("routing.not_opened");
    return state == QLatin1String("opened") ? QString() : QStringLiteral("routing.already_done");
}

} // namespace

void tst_Routing::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("routing"));
    SARABAN_VERIFY_OK(m_fixture->status());
    m_super = std::make_unique<ScopedConnection>(m_fixture->superuser());
    SARABAN_VERIFY_OK(m_super->status());
    // A deputy of DEPTA, acting for its head from today.
    NewPerson deputy;
    deputy.login = login("deputya");
    deputy.fullName = QStringLiteral("ທ້າວ ບຸນທັນ ແສງສະຫວ່າງ");
    deputy.unitCode = QStringLiteral("DEPTA");
    deputy.role = MemberRole::Officer;
    deputy.clearance = 2;
    SARABAN_VERIFY_OK(PeopleService(m_super->database()).addPerson(deputy, OrgFixture::password()));
    m_deptA = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'DEPTA'")));
    QVERIFY(m_deptA > 0);

    m_clerk = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("clerka2")));
    m_head = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("heada")));
    m_deputy = std::make_unique<ScopedConnection>(m_fixture->as(QStringLiteral("deputya")));
    SARABAN_VERIFY_OK(m_clerk->status());
    SARABAN_VERIFY_OK(m_head->status());
    SARABAN_VERIFY_OK(m_deputy->status());
    m_today = m_super->value(QStringLiteral("SELECT saraban.office_today()"))->toDate();
    QVERIFY(m_today.isValid());
    SARABAN_VERIFY_OK(appoint(m_today));
}

void tst_Routing::cleanupTestCase()
{
    m_clerk.reset();
    m_head.reset();
    m_deputy.reset();
    m_super.reset();
    m_fixture.reset();
}

qint64 tst_Routing::newLetter(int confidentiality, int urgency)
{
    LetterDraft letter;
    letter.registerId = m_fixture->registerId(QStringLiteral("A-IN"));
    letter.subject = QStringLiteral("ໜັງສືທົດລອງ %1").arg(++m_subjectCounter);
    letter.letterDate = QDate::currentDate().addDays(-1);
    letter.receivedOn = QDate::currentDate().addDays(-1);
    letter.confidentiality = confidentiality;
    letter.urgency = urgency;
    letter.parties << LetterParty{LetterParty::Role::From, std::nullopt, QStringLiteral("ກະຊວງ")};
    auto registered = LetterService(m_clerk->database()).registerLetter(letter);
    if (!registered) {
        qWarning() << errorText(registered);
        return -1;
    }
    return registered->id;
}

qint64 tst_Routing::routeToHead(qint64 letterId, RoutingRole role)
{
    auto routed = as(*m_clerk).route(
        letterId, {RoutingRecipient::person(login("heada"), role, QStringLiteral("ພິຈາລະນາ"))});
    if (!routed || routed->size() != 1) {
        qWarning() << errorText(routed);
        return -1;
    }
    return routed->constFirst();
}

void tst_Routing::transitions_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("expected");
    for (const char *state : states) {
        for (const char *action : actions) {
            for (const char *actor : actors) {
                const QString expected =
                    expectedCode(QString::fromLatin1(actor), QString::fromLatin1(state),
                                 QString::fromLatin1(action));
                QTest::addRow("%s, %s by %s", state, action, actor)
                    << QString::fromLatin1(state) << QString::fromLatin1(action)
                    << QString::fromLatin1(actor) << expected;
            }
        }
    }
}

void tst_Routing::transitions()
{
    QFETCH(QString, state);
    QFETCH(QString, action);
    QFETCH(QString, actor);
    QFETCH(QString, expected);
    // The sender is clerka2, the clerk who routes every letter here.
    const QString who = actor == QLatin1String("sender") ? QStringLiteral("clerka2") : actor;

    const qint64 letterId = newLetter();
    QVERIFY(letterId > 0);
    const qint64 routingId = routeToHead(letterId);
    QVERIFY(routingId > 0);
    RoutingService head = as(*m_head);
    if (state != QLatin1String("sent") && state != QLatin1String("recalled"))
        SARABAN_VERIFY_OK(head.acknowledge(routingId));
    if (state == QLatin1String("forwarded")) {
        SARABAN_VERIFY_OK(head.forward(
            routingId, {RoutingRecipient::person(login("officera"), RoutingRole::Action)}));
    } else if (state == QLatin1String("returned")) {
        SARABAN_VERIFY_OK(head.returnToSender(routingId, QStringLiteral("ບໍ່ແມ່ນວຽກຂອງພະແນກ")));
    } else if (state == QLatin1String("completed")) {
        SARABAN_VERIFY_OK(head.complete(routingId, QStringLiteral("ຕອບແລ້ວ")));
    } else if (state == QLatin1String("recalled")) {
        SARABAN_VERIFY_OK(as(*m_clerk).recall(routingId, QStringLiteral("ສົ່ງຜິດ")));
    }
    const qint64 auditBefore =
        number(*m_super, QStringLiteral("SELECT count(*) FROM saraban.audit_log"));

    ScopedConnection connection(m_fixture->as(who));
    SARABAN_VERIFY_OK(connection.status());
    RoutingService service(connection.database());
    Status outcome;
    if (action == QLatin1String("acknowledge")) {
        outcome = service.acknowledge(routingId).status();
    } else if (action == QLatin1String("forward")) {
        outcome = service
                      .forward(routingId,
                               {RoutingRecipient::person(login("archivista"), RoutingRole::Action)})
                      .status();
    } else if (action == QLatin1String("return")) {
        outcome = service.returnToSender(routingId, QStringLiteral("ຂໍຄືນ"));
    } else if (action == QLatin1String("complete")) {
        outcome = service.complete(routingId, QStringLiteral("ສຳເລັດ")).status();
    } else {
        outcome = service.recall(routingId, QStringLiteral("ຖອນ"));
    }

    const qint64 auditAfter =
        number(*m_super, QStringLiteral("SELECT count(*) FROM saraban.audit_log"));
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(outcome);
        QCOMPARE(auditAfter, auditBefore + 1);
    } else {
        QVERIFY2(!outcome.ok(), "expected a refusal");
        QCOMPARE(outcome.error().code, expected);
        // A refusal changes nothing.
        QCOMPARE(auditAfter, auditBefore);
        if (expected == QLatin1String("routing.already_done")) {
            // It names who did it (in the language of the session: here English or Lao).
            const QString by = m_super
                                   ->value(QStringLiteral("SELECT p.full_name FROM "
                                                          "saraban.routings r JOIN saraban.people "
                                                          "p ON p.id = r.state_by WHERE r.id = %1")
                                               .arg(routingId))
                                   .value()
                                   .toString();
            QVERIFY2(outcome.error().message.contains(by) || outcome.error().detail.contains(by),
                     qPrintable(outcome.error().toString()));
        }
    }
}

void tst_Routing::copiesAreOnlyAcknowledged_data()
{
    QTest::addColumn<int>("role");
    QTest::addRow("copy") << static_cast<int>(RoutingRole::Copy);
    QTest::addRow("information") << static_cast<int>(RoutingRole::Information);
}

void tst_Routing::copiesAreOnlyAcknowledged()
{
    QFETCH(int, role);
    const qint64 routingId = routeToHead(newLetter(), static_cast<RoutingRole>(role));
    QVERIFY(routingId > 0);
    RoutingService head = as(*m_head);
    SARABAN_VERIFY_ERROR(head.complete(routingId, QStringLiteral("x")), "routing.not_for_action");
    SARABAN_VERIFY_OK(head.acknowledge(routingId));
    SARABAN_VERIFY_ERROR(
        head.forward(routingId, {RoutingRecipient::person(login("officera"), RoutingRole::Action)}),
        "routing.not_for_action");
    SARABAN_VERIFY_ERROR(head.returnToSender(routingId, QStringLiteral("x")),
                         "routing.not_for_action");
    SARABAN_VERIFY_ERROR(head.complete(routingId, QStringLiteral("x")), "routing.not_for_action");
    // No due date without an action.
    QVERIFY(
        m_super
            ->value(
                QStringLiteral("SELECT due_on FROM saraban.routings WHERE id = %1").arg(routingId))
            ->isNull());
}

void tst_Routing::whoMayRoute_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clerk of the register's unit") << "clerka"
                                                  << "";
    QTest::newRow("head of the register's unit") << "heada"
                                                 << "";
    QTest::newRow("acting head of the register's unit") << "deputya"
                                                        << "";
    QTest::newRow("officer of the unit") << "officera"
                                         << "routing.not_router";
    QTest::newRow("archivist of the unit") << "archivista"
                                           << "routing.not_router";
    QTest::newRow("clerk of another unit") << "clerkb"
                                           << "letter.unknown";
    QTest::newRow("clerk of a division below") << "multi"
                                               << "letter.unknown";
    QTest::newRow("administrator") << "admina"
                                   << "letter.unknown";
}

void tst_Routing::whoMayRoute()
{
    QFETCH(QString, who);
    QFETCH(QString, expected);
    const qint64 letterId = newLetter();
    ScopedConnection connection(m_fixture->as(who));
    SARABAN_VERIFY_OK(connection.status());
    const QString to =
        who == QLatin1String("clerka") ? QStringLiteral("officera") : QStringLiteral("clerka");
    auto routed =
        RoutingService(connection.database())
            .route(letterId, {RoutingRecipient::person(m_fixture->login(to), RoutingRole::Action)});
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(routed);
        QCOMPARE(routed->size(), 1);
    } else {
        QVERIFY(!routed.ok());
        QCOMPARE(routed.error().code, expected);
    }
}

void tst_Routing::badRecipients_data()
{
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<QString>("recipients");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("field");
    QTest::newRow("above the person's clearance")
        << 2 << R"([{"person":"officera","role":"action"}])"
        << "routing.recipient.clearance"
        << "recipients";
    QTest::newRow("within the person's clearance")
        << 1 << R"([{"person":"officera","role":"action"}])"
        << ""
        << "";
    QTest::newRow("a unit and a copy")
        << 1 << R"([{"unit":"DEPTB","role":"action"},{"person":"heada","role":"copy"}])"
        << ""
        << "";
    QTest::newRow("nobody") << 0 << "[]"
                            << "routing.recipients.empty"
                            << "recipients";
    QTest::newRow("not a list") << 0 << R"({"person":"heada"})"
                                << "routing.recipients.empty"
                                << "recipients";
    QTest::newRow("both person and unit")
        << 0 << R"([{"person":"heada","unit":"DEPTA","role":"action"}])"
        << "routing.recipient.invalid"
        << "recipients";
    QTest::newRow("unknown role") << 0 << R"([{"person":"heada","role":"boss"}])"
                                  << "routing.role.unknown"
                                  << "role";
    QTest::newRow("unknown person") << 0 << R"([{"person":"nobody_here","role":"action"}])"
                                    << "person.unknown"
                                    << "recipients";
    QTest::newRow("disabled person") << 0 << R"([{"person":"gone","role":"action"}])"
                                     << "routing.recipient.inactive"
                                     << "recipients";
    QTest::newRow("unknown unit") << 0 << R"([{"unit":"NOPE","role":"action"}])"
                                  << "unit.unknown"
                                  << "recipients";
    QTest::newRow("oneself") << 0 << R"([{"person":"clerka2","role":"action"}])"
                             << "routing.recipient.self"
                             << "recipients";
    QTest::newRow("twice")
        << 0 << R"([{"person":"heada","role":"action"},{"person":"heada","role":"copy"}])"
        << "routing.recipient.duplicate"
        << "recipients";
    QTest::newRow("due in the past")
        << 0 << R"([{"person":"heada","role":"action","due_on":"2020-01-01"}])"
        << "routing.due_on.past"
        << "due_on";
    QTest::newRow("due date not a date")
        << 0 << R"([{"person":"heada","role":"action","due_on":"soon"}])"
        << "routing.due_on.invalid"
        << "due_on";
    QTest::newRow("control characters in the instruction")
        << 0 << "[{\"person\":\"heada\",\"role\":\"action\",\"instruction\":\"a\\u0007b\"}]"
        << "routing.instruction.control"
        << "instruction";
}

void tst_Routing::badRecipients()
{
    QFETCH(int, confidentiality);
    QFETCH(QString, recipients);
    QFETCH(QString, expected);
    QFETCH(QString, field);
    const qint64 letterId = newLetter(confidentiality);
    QVERIFY(letterId > 0);
    // Logins in the JSON carry the fixture's suffix.
    for (const QString &who : OrgFixture::people()) {
        recipients.replace(QLatin1Char('"') + who + QLatin1Char('"'),
                           QLatin1Char('"') + m_fixture->login(who) + QLatin1Char('"'));
    }
    const qint64 before = number(*m_super, QStringLiteral("SELECT count(*) FROM saraban.routings"));
    ServerQuery query(m_clerk->database(),
                      QStringLiteral("SELECT saraban.letter_route(CAST(:letter AS bigint), "
                                     "CAST(:to AS jsonb))"));
    query.bind(QStringLiteral(":letter"), letterId).bind(QStringLiteral(":to"), recipients);
    const Status outcome = query.exec();
    const qint64 after = number(*m_super, QStringLiteral("SELECT count(*) FROM saraban.routings"));
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(outcome);
        QVERIFY(after > before);
        return;
    }
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, expected);
    // The detail names the field and the rule, in the other language too.
    QVERIFY2(outcome.error().detail.contains(field), qPrintable(outcome.error().detail));
    QCOMPARE(after, before);
    QCOMPARE(
        m_super
            ->value(
                QStringLiteral("SELECT status FROM saraban.letters WHERE id = %1").arg(letterId))
            ->toString(),
        QStringLiteral("registered"));
}

void tst_Routing::dueDates()
{
    // The urgency's deadline_days (8 for urgent), unless the call says otherwise.
    const qint64 letterId = newLetter(0, 1);
    RoutingRecipient days = RoutingRecipient::person(login("officera"), RoutingRole::Action);
    days.dueDays = 3;
    RoutingRecipient date = RoutingRecipient::person(login("archivista"), RoutingRole::Action);
    date.dueOn = QDate(2099, 12, 31);
    auto routed = as(*m_clerk).route(
        letterId, {RoutingRecipient::person(login("heada"), RoutingRole::Action), days, date});
    SARABAN_VERIFY_OK(routed);
    QCOMPARE(routed->size(), 3);
    auto offsets = m_super->column(
        QStringLiteral("SELECT coalesce((due_on - saraban.office_today())::text, due_on::text) "
                       "FROM saraban.routings WHERE letter_id = %1 ORDER BY id")
            .arg(letterId));
    SARABAN_VERIFY_OK(offsets);
    QCOMPARE(offsets->size(), 3);
    QCOMPARE(offsets->at(0).toString(), QStringLiteral("8"));
    QCOMPARE(offsets->at(1).toString(), QStringLiteral("3"));
    QVERIFY(offsets->at(2).toInt() > 1000);
}

void tst_Routing::letterStatusFollowsRouting()
{
    const qint64 letterId = newLetter();
    const auto status = [&] {
        return m_super
            ->value(
                QStringLiteral("SELECT status FROM saraban.letters WHERE id = %1").arg(letterId))
            ->toString();
    };
    QCOMPARE(status(), QStringLiteral("registered"));
    auto routed = as(*m_clerk).route(
        letterId, {RoutingRecipient::person(login("heada"), RoutingRole::Action),
                   RoutingRecipient::person(login("officera"), RoutingRole::Action),
                   RoutingRecipient::person(login("archivista"), RoutingRole::Copy)});
    SARABAN_VERIFY_OK(routed);
    QCOMPARE(status(), QStringLiteral("in_progress"));
    SARABAN_VERIFY_OK(as(*m_head).acknowledge(routed->at(0)));
    auto closed = as(*m_head).complete(routed->at(0), QStringLiteral("ຕອບແລ້ວ"));
    SARABAN_VERIFY_OK(closed);
    QVERIFY(!*closed); // officera still has it
    QCOMPARE(status(), QStringLiteral("in_progress"));

    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(as(officer).acknowledge(routed->at(1)));
    closed = as(officer).complete(routed->at(1), QStringLiteral("ສຳເລັດ"));
    SARABAN_VERIFY_OK(closed);
    QVERIFY(*closed); // the unread copy does not hold it open
    QCOMPARE(status(), QStringLiteral("closed"));
    SARABAN_VERIFY_ERROR(
        as(*m_clerk).route(letterId, {RoutingRecipient::person(login("heada"), RoutingRole::Copy)}),
        "routing.letter_closed");
}

void tst_Routing::returnGivesItBackToTheForwarder()
{
    const qint64 letterId = newLetter();
    const qint64 routingId = routeToHead(letterId);
    RoutingService head = as(*m_head);
    SARABAN_VERIFY_OK(head.acknowledge(routingId));
    auto forwarded = head.forward(
        routingId, {RoutingRecipient::person(login("officera"), RoutingRole::Action),
                    RoutingRecipient::person(login("archivista"), RoutingRole::Information)});
    SARABAN_VERIFY_OK(forwarded);
    auto holders = head.holders(letterId);
    SARABAN_VERIFY_OK(holders);
    QCOMPARE(holders->size(), 2);

    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(as(officer).acknowledge(forwarded->at(0)));
    SARABAN_VERIFY_ERROR(as(officer).returnToSender(forwarded->at(0), QStringLiteral("  ")),
                         "routing.reason.empty");
    SARABAN_VERIFY_OK(
        as(officer).returnToSender(forwarded->at(0), QStringLiteral("ບໍ່ແມ່ນໜ້າທີ່ຂອງຂ້ອຍ")));
    // The head holds it again and can act on it once more.
    holders = head.holders(letterId);
    SARABAN_VERIFY_OK(holders);
    QStringList names;
    for (const LetterHolder &holder : *holders)
        names << holder.state + QLatin1Char(':') + QString::number(holder.routingId);
    QVERIFY2(names.contains(QStringLiteral("opened:%1").arg(routingId)),
             qPrintable(names.join(',')));
    SARABAN_VERIFY_OK(head.complete(routingId, QStringLiteral("ຂ້ອຍຕອບເອງ")));
}

void tst_Routing::actingHeadDecidesForTheHead()
{
    const qint64 letterId = newLetter();
    const qint64 routingId = routeToHead(letterId);
    SARABAN_VERIFY_OK(as(*m_deputy).acknowledge(routingId));
    SARABAN_VERIFY_OK(as(*m_deputy).complete(routingId, QStringLiteral("ແທນຫົວໜ້າ")));
    auto data = m_super->column(QStringLiteral("SELECT data ->> 'on_behalf_of' FROM "
                                               "saraban.audit_log WHERE object_type = 'routing' "
                                               "AND object_id = '%1' ORDER BY seq")
                                    .arg(routingId));
    SARABAN_VERIFY_OK(data);
    QCOMPARE(data->size(), 2);
    QCOMPARE(data->at(0).toString(), login("heada"));
    QCOMPARE(data->at(1).toString(), login("heada"));
    QCOMPARE(m_super
                 ->value(QStringLiteral("SELECT actor FROM saraban.audit_log WHERE object_id = "
                                        "'%1' AND action = 'routing.complete'")
                             .arg(routingId))
                 ->toString(),
             login("deputya"));
    // Once the appointment is revoked, the deputy is nobody's recipient.
    const qint64 second = routeToHead(newLetter());
    const qint64 appointment =
        number(*m_super, QStringLiteral("SELECT max(id) FROM saraban.acting_appointments"));
    SARABAN_VERIFY_OK(call(m_head->database(),
                           QStringLiteral("SELECT saraban.acting_revoke(CAST(:id AS bigint), "
                                          "'ກັບມາແລ້ວ')"),
                           {{QStringLiteral(":id"), appointment}}));
    SARABAN_VERIFY_ERROR(as(*m_deputy).acknowledge(second), "routing.unknown");
    // Appointed again for the other tests.
    SARABAN_VERIFY_OK(appoint(m_today.addDays(1)));
    SARABAN_VERIFY_ERROR(as(*m_deputy).acknowledge(second), "routing.unknown");
    SARABAN_VERIFY_OK(m_super->execute(
        QStringLiteral("UPDATE saraban.acting_appointments SET starts_on = saraban.office_today() "
                       "WHERE revoked_at IS NULL")));
    SARABAN_VERIFY_OK(as(*m_deputy).acknowledge(second));
}

void tst_Routing::endorsement()
{
    const qint64 letterId = newLetter();
    QVERIFY(routeToHead(letterId) > 0);
    const QString text = QStringLiteral("ມອບໃຫ້ ທ່ານ ວິໄລ ຄົ້ນຄວ້າ ແລະ ສະເໜີ ພາຍໃນ 3 ວັນ");
    SARABAN_VERIFY_OK(as(*m_head).endorse(letterId, m_deptA, text));
    SARABAN_VERIFY_OK(as(*m_deputy).endorse(letterId, m_deptA, QStringLiteral("ເຫັນດີ")));
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_ERROR(as(officer).endorse(letterId, m_deptA, text), "endorsement.not_head");
    SARABAN_VERIFY_ERROR(as(*m_head).endorse(letterId, m_deptA, QStringLiteral(" ")),
                         "endorsement.text.empty");
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(as(clerkB).endorse(letterId, m_deptA, text), "letter.unknown");
    auto rows = m_super->column(
        QStringLiteral(
            "SELECT e.text || '|' || h.login || '|' || b.login FROM saraban.endorsements e "
            "JOIN saraban.people h ON h.id = e.head_id "
            "JOIN saraban.people b ON b.id = e.endorsed_by "
            "WHERE e.letter_id = %1 ORDER BY e.id")
            .arg(letterId));
    SARABAN_VERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).toString(), text + '|' + login("heada") + '|' + login("heada"));
    QCOMPARE(rows->at(1).toString(),
             QStringLiteral("ເຫັນດີ|") + login("heada") + '|' + login("deputya"));
    QCOMPARE(
        m_super
            ->value(QStringLiteral("SELECT data ->> 'on_behalf_of' FROM saraban.audit_log "
                                   "WHERE action = 'letter.endorse' ORDER BY seq DESC LIMIT 1"))
            ->toString(),
        login("heada"));
}

void tst_Routing::routedLettersBecomeVisible()
{
    // multi is a clerk of a division below DEPTA: DEPTA's letters are not theirs...
    const qint64 letterId = newLetter(0);
    ScopedConnection multi(m_fixture->as(QStringLiteral("multi")));
    const QString visible =
        QStringLiteral("SELECT count(*) FROM saraban.letters WHERE id = %1").arg(letterId);
    QCOMPARE(number(multi, visible), 0);
    // ...until one is routed to them (here to their unit), through the policy and the functions.
    auto routed = as(*m_clerk).route(
        letterId, {RoutingRecipient::unit(QStringLiteral("DIVA1"), RoutingRole::Information)});
    SARABAN_VERIFY_OK(routed);
    QCOMPARE(number(multi, visible), 1);
    SARABAN_VERIFY_OK(as(multi).timeline(letterId));
    // A recall takes it away again.
    SARABAN_VERIFY_OK(as(*m_clerk).recall(routed->constFirst()));
    QCOMPARE(number(multi, visible), 0);
    SARABAN_VERIFY_ERROR(as(multi).timeline(letterId), "letter.unknown");
    // Opening it after the recall says who recalled it, not "no such routing".
    auto opened = as(multi).acknowledge(routed->constFirst());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("routing.already_done"));

    // Never above the reader's clearance: multi (0) is not given a confidential letter.
    const qint64 secret = newLetter(1);
    SARABAN_VERIFY_ERROR(
        as(*m_clerk).route(secret, {RoutingRecipient::person(login("multi"), RoutingRole::Action)}),
        "routing.recipient.clearance");
}

void tst_Routing::inboxFoldersAndCounts()
{
    // A person of their own, so that other tests' items do not count.
    NewPerson reader;
    reader.login = login("reader");
    reader.fullName = QStringLiteral("ນາງ ແກ້ວ ມະນີວົງ");
    reader.unitCode = QStringLiteral("DEPTB");
    reader.role = MemberRole::Officer;
    reader.clearance = 2;
    SARABAN_VERIFY_OK(PeopleService(m_super->database()).addPerson(reader, OrgFixture::password()));
    ScopedConnection connection(m_fixture->as(QStringLiteral("reader")));
    SARABAN_VERIFY_OK(connection.status());
    RoutingService mine = as(connection);

    QList<qint64> actions;
    for (int i = 0; i < 7; ++i) {
        auto routed = as(*m_clerk).route(
            newLetter(), {RoutingRecipient::person(login("reader"), RoutingRole::Action)});
        SARABAN_VERIFY_OK(routed);
        actions << routed->constFirst();
    }
    for (int i = 0; i < 2; ++i) {
        SARABAN_VERIFY_OK(as(*m_clerk).route(
            newLetter(), {RoutingRecipient::person(login("reader"), RoutingRole::Copy)}));
    }
    SARABAN_VERIFY_OK(mine.acknowledge(actions.at(0)));
    SARABAN_VERIFY_OK(mine.forward(
        actions.at(0), {RoutingRecipient::person(login("clerkb"), RoutingRole::Action)}));
    SARABAN_VERIFY_OK(mine.acknowledge(actions.at(1)));
    SARABAN_VERIFY_OK(m_super->execute(
        QStringLiteral("UPDATE saraban.routings SET due_on = saraban.office_today() - 2 "
                       "WHERE id = %1")
            .arg(actions.at(2))));

    // Keyset pages of 2 walk the whole folder, newest first, without repeats.
    QList<InboxItem> all;
    InboxKey after;
    for (int guard = 0; guard < 10; ++guard) {
        auto page = mine.inboxPage(QStringLiteral("to_act"), after, 2);
        SARABAN_VERIFY_OK(page);
        all << *page;
        if (page->size() < 2)
            break;
        after = InboxKey{page->constLast().since, page->constLast().itemId};
    }
    QCOMPARE(all.size(), 6);
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY(std::pair(all.at(i - 1).since, all.at(i - 1).itemId) >
                std::pair(all.at(i).since, all.at(i).itemId));
    }
    QCOMPARE(all.constFirst().itemId, actions.at(1)); // opened last
    QVERIFY(!all.constFirst().unread);
    QCOMPARE(all.constFirst().itemKind, QStringLiteral("routing"));
    QVERIFY(all.constFirst().subject.startsWith(QStringLiteral("ໜັງສືທົດລອງ")));
    QCOMPARE(all.constFirst().instruction, QString());
    QVERIFY(!all.constFirst().counterpart.isEmpty());

    auto info = mine.inboxPage(QStringLiteral("for_information"));
    SARABAN_VERIFY_OK(info);
    QCOMPARE(info->size(), 2);
    auto overdue = mine.inboxPage(QStringLiteral("overdue"));
    SARABAN_VERIFY_OK(overdue);
    QCOMPARE(overdue->size(), 1);
    QCOMPARE(overdue->constFirst().itemId, actions.at(2));
    QVERIFY(overdue->constFirst().overdue);
    auto sent = mine.inboxPage(QStringLiteral("sent"));
    SARABAN_VERIFY_OK(sent);
    QCOMPARE(sent->size(), 1);
    QCOMPARE(sent->constFirst().counterpart,
             m_super
                 ->value(QStringLiteral("SELECT full_name FROM saraban.people WHERE login = '%1'")
                             .arg(login("clerkb")))
                 ->toString());
    SARABAN_VERIFY_ERROR(mine.inboxPage(QStringLiteral("everything")), "inbox.folder.unknown");
    SARABAN_VERIFY_ERROR(call(connection.database(),
                              QStringLiteral("SELECT * FROM saraban.inbox_page('to_act', NULL, "
                                             "NULL, 501)")),
                         "query.limit.out_of_range");

    auto counts = mine.counts();
    SARABAN_VERIFY_OK(counts);
    QHash<QString, InboxCount> byFolder;
    for (const InboxCount &count : *counts)
        byFolder.insert(count.folder, count);
    QCOMPARE(byFolder.value(QStringLiteral("to_act")).total, 6);
    QCOMPARE(byFolder.value(QStringLiteral("to_act")).unread, 5);
    QCOMPARE(byFolder.value(QStringLiteral("to_act")).overdue, 1);
    QCOMPARE(byFolder.value(QStringLiteral("for_information")).total, 2);
    QCOMPARE(byFolder.value(QStringLiteral("overdue")).total, 1);
    QCOMPARE(byFolder.value(QStringLiteral("sent")).total, 1);
    QCOMPARE(byFolder.value(QStringLiteral("following")).total, 1);
}

void tst_Routing::overdueAndReminders()
{
    const qint64 late = routeToHead(newLetter());
    const qint64 tomorrow = routeToHead(newLetter());
    const qint64 later = routeToHead(newLetter());
    // Deadlines cannot be set in the past through the functions; time passes here instead.
    SARABAN_VERIFY_OK(m_super->execute(
        QStringLiteral("UPDATE saraban.routings SET due_on = saraban.office_today() - 1 WHERE id = "
                       "%1")
            .arg(late)));
    SARABAN_VERIFY_OK(m_super->execute(
        QStringLiteral("UPDATE saraban.routings SET due_on = saraban.office_today() + 1 WHERE id = "
                       "%1")
            .arg(tomorrow)));

    // The unit's overdue list: for its head, not for an officer or another unit.
    auto unitPage = as(*m_head).overduePage(m_deptA, false);
    SARABAN_VERIFY_OK(unitPage);
    QList<qint64> ids;
    for (const InboxItem &item : *unitPage)
        ids << item.itemId;
    QVERIFY(ids.contains(late));
    QVERIFY(!ids.contains(tomorrow));
    QVERIFY(!ids.contains(later));
    // Below the unit: what the division's clerk holds counts only with the subunits.
    auto toDivision = as(*m_clerk).route(
        newLetter(), {RoutingRecipient::person(login("multi"), RoutingRole::Action)});
    SARABAN_VERIFY_OK(toDivision);
    SARABAN_VERIFY_OK(m_super->execute(
        QStringLiteral("UPDATE saraban.routings SET due_on = saraban.office_today() - 3 WHERE id = "
                       "%1")
            .arg(toDivision->constFirst())));
    const auto overdueIds = [&](bool subunits) {
        QList<qint64> found;
        auto page = as(*m_head).overduePage(m_deptA, subunits, {}, 500);
        if (page) {
            for (const InboxItem &item : *page)
                found << item.itemId;
        }
        return found;
    };
    QVERIFY(!overdueIds(false).contains(toDivision->constFirst()));
    QVERIFY(overdueIds(true).contains(toDivision->constFirst()));
    QVERIFY(overdueIds(true).contains(late));

    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_ERROR(as(officer).overduePage(m_deptA, false), "overdue.not_allowed");
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(as(clerkB).overduePage(m_deptA, true), "overdue.not_allowed");
    // From the province down (adminprov is no head): only heads above may look.
    const int province = static_cast<int>(
        number(*m_super, QStringLiteral("SELECT id FROM saraban.units WHERE code = 'PROV'")));
    SARABAN_VERIFY_ERROR(as(*m_head).overduePage(province, true), "overdue.not_allowed");

    const QString reminders =
        QStringLiteral("SELECT string_agg(routing_id || ':' || kind, ',' ORDER BY routing_id) "
                       "FROM saraban.routing_reminders WHERE routing_id IN (%1, %2, %3)")
            .arg(late)
            .arg(tomorrow)
            .arg(later);
    auto first = as(officer).runReminders();
    SARABAN_VERIFY_OK(first);
    QVERIFY(*first >= 2);
    QCOMPARE(m_super->value(reminders)->toString(),
             QStringLiteral("%1:overdue,%2:due_tomorrow").arg(late).arg(tomorrow));
    // Running again sends nothing twice.
    auto second = as(*m_head).runReminders();
    SARABAN_VERIFY_OK(second);
    QCOMPARE(*second, 0);
    QCOMPARE(m_super->value(reminders)->toString(),
             QStringLiteral("%1:overdue,%2:due_tomorrow").arg(late).arg(tomorrow));
}

void tst_Routing::timelineIsComplete()
{
    const qint64 letterId = newLetter();
    const qint64 routingId = routeToHead(letterId);
    RoutingService head = as(*m_head);
    SARABAN_VERIFY_OK(head.acknowledge(routingId));
    SARABAN_VERIFY_OK(head.endorse(letterId, m_deptA, QStringLiteral("ມອບໃຫ້ວິຊາການ")));
    SARABAN_VERIFY_OK(head.comment(letterId, QStringLiteral("ດ່ວນ")));
    auto forwarded =
        head.forward(routingId, {RoutingRecipient::person(login("officera"), RoutingRole::Action)});
    SARABAN_VERIFY_OK(forwarded);
    ScopedConnection officer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(as(officer).acknowledge(forwarded->constFirst()));
    SARABAN_VERIFY_OK(as(*m_deputy).comment(letterId, QStringLiteral("ຮັບຊາບ")));
    SARABAN_VERIFY_OK(as(officer).complete(forwarded->constFirst(), QStringLiteral("ຕອບແລ້ວ")));

    QStringList kinds;
    TimelineKey after;
    for (int guard = 0; guard < 20; ++guard) {
        auto page = as(officer).timeline(letterId, after, 3);
        SARABAN_VERIFY_OK(page);
        for (const TimelineEvent &event : *page)
            kinds << event.kind;
        if (page->size() < 3)
            break;
        after = TimelineKey{page->constLast().at, page->constLast().id};
    }
    QCOMPARE(kinds, (QStringList{"register", "route", "acknowledge", "endorse", "comment", "route",
                                 "forward", "acknowledge", "comment", "complete"}));
    auto holders = head.holders(letterId);
    SARABAN_VERIFY_OK(holders);
    QVERIFY(holders->isEmpty());
    ScopedConnection clerkB(m_fixture->as(QStringLiteral("clerkb")));
    SARABAN_VERIFY_ERROR(as(clerkB).timeline(letterId), "letter.unknown");
    SARABAN_VERIFY_ERROR(as(clerkB).holders(letterId), "letter.unknown");
}

void tst_Routing::demoHasLettersInEveryState()
{
    ScratchDatabase database(QStringLiteral("routingdemo"));
    SARABAN_VERIFY_OK(database.status());
    ScopedConnection owner(database.profile());
    SARABAN_VERIFY_OK(owner.status());
    SARABAN_VERIFY_OK(Migrator(owner.database()).migrate());
    DemoBuilder::Options options;
    options.loginSuffix = QStringLiteral("r") + m_fixture->suffix();
    options.letterScale = 0.05;
    auto built = DemoBuilder(owner.database()).build(options);
    SARABAN_VERIFY_OK(built);

    auto states =
        owner.column(QStringLiteral("SELECT DISTINCT state FROM saraban.routings ORDER BY state"));
    SARABAN_VERIFY_OK(states);
    QCOMPARE(*states,
             (QVariantList{"completed", "forwarded", "opened", "recalled", "returned", "sent"}));
    QVERIFY(number(owner, QStringLiteral("SELECT count(*) FROM saraban.letters WHERE status = "
                                         "'closed'")) > 0);
    QVERIFY(number(owner, QStringLiteral("SELECT count(*) FROM saraban.endorsements")) > 0);
    QVERIFY(number(owner, QStringLiteral("SELECT count(*) FROM saraban.routings WHERE state IN "
                                         "('sent', 'opened') AND due_on < "
                                         "saraban.office_today()")) > 0);
    QVERIFY(number(owner, QStringLiteral("SELECT count(*) FROM saraban.routing_reminders")) > 0);
    QVERIFY(number(owner, QStringLiteral("SELECT count(*) FROM saraban.routings WHERE "
                                         "to_unit_id IS NOT NULL")) > 0);
    // The acting division head decided for the head: the audit says so.
    QCOMPARE(
        owner
            .value(QStringLiteral("SELECT data ->> 'on_behalf_of' FROM saraban.audit_log "
                                  "WHERE action = 'routing.complete' AND actor = 'bouaphan_%1' "
                                  "LIMIT 1")
                       .arg(options.loginSuffix))
            ->toString(),
        QStringLiteral("phouvong_") + options.loginSuffix);
    // The head finds them in the inbox.
    ScopedConnection head(database.profile()
                              .withUser(QStringLiteral("bounmy_") + options.loginSuffix)
                              .withParameter(QStringLiteral("password"), options.password));
    SARABAN_VERIFY_OK(head.status());
    auto toAct = RoutingService(head.database()).inboxPage(QStringLiteral("to_act"));
    SARABAN_VERIFY_OK(toAct);
    QVERIFY(toAct->size() >= 3);
}

QTEST_GUILESS_MAIN(tst_Routing)
#include "tst_routing.moc"
