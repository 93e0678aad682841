// Acting appointments (0008): who may name an acting head and for what period, what the
// acting person may then decide (my_head_capacities, head_capacity), what the audit says,
// who is told (NOTIFY at commit only), who sees the appointments, and two requests of one
// head racing for overlapping periods. Every call is made by the login role of the person.
#include "core/db/database.h"
#include "core/services/serverquery.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Acting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void appoint_data();
    void appoint();
    void overlappingPeriodsAreRefused();
    void actingPersonDecidesForTheHead();
    void revoke();
    void notificationsOnlyAtCommit();
    void visibility();
    void racingAppointmentsOneWins();

private:
    int unitId(const QString &code) const;
    qint64 count(const QString &sql) const;
    // who: the fixture's short name of the caller; acting: a login.
    Result<qint64> appoint(const QString &who, int unit, const QString &acting, int startsIn,
                           int endsIn) const;

    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_Acting::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("acting"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_Acting::cleanupTestCase()
{
    m_fixture.reset();
}

// Every test starts with no appointment: they must not see each other's.
void tst_Acting::init()
{
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_OK(admin.execute(QStringLiteral("DELETE FROM saraban.acting_appointments")));
}

int tst_Acting::unitId(const QString &code) const
{
    ScopedConnection admin(m_fixture->superuser());
    return static_cast<int>(
        number(admin, QStringLiteral("SELECT id FROM saraban.units WHERE code = '%1'").arg(code)));
}

qint64 tst_Acting::count(const QString &sql) const
{
    ScopedConnection admin(m_fixture->superuser());
    return number(admin, sql);
}

Result<qint64> tst_Acting::appoint(const QString &who, int unit, const QString &acting,
                                   int startsIn, int endsIn) const
{
    ScopedConnection person(m_fixture->as(who));
    if (!person.ok())
        return person.status().error();
    ServerQuery query(person.database(),
                      QStringLiteral("SELECT saraban.acting_appoint(:unit, :acting, "
                                     "saraban.office_today() + CAST(:starts AS integer), "
                                     "saraban.office_today() + CAST(:ends AS integer), :note)"));
    query.bind(QStringLiteral(":unit"), unit);
    query.bind(QStringLiteral(":acting"), acting);
    query.bind(QStringLiteral(":starts"), startsIn);
    query.bind(QStringLiteral(":ends"), endsIn);
    query.bind(QStringLiteral(":note"), QStringLiteral("ໄປປະຊຸມຢູ່ນະຄອນຫຼວງ"));
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return Error{
            QStringLiteral("test.no_row"), QStringLiteral("acting_appoint gave no row"), {}};
    return query.value(0).toLongLong();
}

void tst_Acting::appoint_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("acting"); // a fixture name, or a raw login after "="
    QTest::addColumn<int>("startsIn");
    QTest::addColumn<int>("endsIn");
    QTest::addColumn<QString>("expected"); // error code, empty for success

    QTest::newRow("head names an officer of the unit") << "heada"
                                                       << "DEPTA"
                                                       << "officera" << 0 << 5 << "";
    QTest::newRow("head names someone of a division below") << "heada"
                                                            << "DEPTA"
                                                            << "multi" << 1 << 1 << "";
    QTest::newRow("officer is not a head") << "officera"
                                           << "DEPTA"
                                           << "clerka" << 0 << 1 << "acting.not_head";
    QTest::newRow("admin is not a head") << "admina"
                                         << "DEPTA"
                                         << "officera" << 0 << 1 << "acting.not_head";
    QTest::newRow("head of another unit") << "heada"
                                          << "DEPTB"
                                          << "clerkb" << 0 << 1 << "acting.not_head";
    QTest::newRow("no such unit") << "heada"
                                  << "?"
                                  << "officera" << 0 << 1 << "unit.unknown";
    QTest::newRow("oneself") << "heada"
                             << "DEPTA"
                             << "heada" << 0 << 1 << "acting.self";
    QTest::newRow("someone of another unit") << "heada"
                                             << "DEPTA"
                                             << "clerkb" << 0 << 1 << "acting.person.not_member";
    QTest::newRow("a disabled person") << "heada"
                                       << "DEPTA"
                                       << "gone" << 0 << 1 << "acting.person.inactive";
    QTest::newRow("nobody") << "heada"
                            << "DEPTA"
                            << "=nobody_at_all" << 0 << 1 << "person.unknown";
    QTest::newRow("empty person") << "heada"
                                  << "DEPTA"
                                  << "=" << 0 << 1 << "acting.person.empty";
    QTest::newRow("starts yesterday") << "heada"
                                      << "DEPTA"
                                      << "officera" << -1 << 1 << "acting.starts_on.past";
    QTest::newRow("ends before it starts") << "heada"
                                           << "DEPTA"
                                           << "officera" << 3 << 2 << "acting.ends_on.before_start";
    QTest::newRow("longer than a year") << "heada"
                                        << "DEPTA"
                                        << "officera" << 0 << 366 << "acting.period.too_long";
    QTest::newRow("exactly the longest period") << "heada"
                                                << "DEPTA"
                                                << "officera" << 0 << 365 << "";
}

void tst_Acting::appoint()
{
    QFETCH(QString, who);
    QFETCH(QString, unit);
    QFETCH(QString, acting);
    QFETCH(int, startsIn);
    QFETCH(int, endsIn);
    QFETCH(QString, expected);

    const QString actingLogin =
        acting.startsWith(QLatin1Char('=')) ? acting.mid(1) : m_fixture->login(acting);
    const int unitNumber = unit == QLatin1String("?") ? 999999 : unitId(unit);
    const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM saraban.audit_log"));

    auto result = appoint(who, unitNumber, actingLogin, startsIn, endsIn);
    if (expected.isEmpty()) {
        SARABAN_VERIFY_OK(result);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.acting_appointments")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action = "
                                      "'acting.appoint' AND object_id = '%1' AND actor = '%2'")
                           .arg(*result)
                           .arg(m_fixture->login(who))),
                 1);
    } else {
        QVERIFY2(!result.ok(), "the server accepted what it must refuse");
        QCOMPARE(result.error().code, expected);
        // The refusal names a field and says it in Lao too.
        QVERIFY2(!result.error().message.isEmpty(), qPrintable(result.error().toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.acting_appointments")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.audit_log")), auditBefore);
    }
}

void tst_Acting::overlappingPeriodsAreRefused()
{
    const int deptA = unitId(QStringLiteral("DEPTA"));
    const QString head = QStringLiteral("heada");
    SARABAN_VERIFY_OK(appoint(head, deptA, m_fixture->login(QStringLiteral("officera")), 2, 6));
    // Overlapping at either end or inside, whoever the acting person is.
    SARABAN_VERIFY_ERROR(appoint(head, deptA, m_fixture->login(QStringLiteral("clerka")), 6, 8),
                         "acting.overlap");
    SARABAN_VERIFY_ERROR(appoint(head, deptA, m_fixture->login(QStringLiteral("officera")), 0, 2),
                         "acting.overlap");
    SARABAN_VERIFY_ERROR(appoint(head, deptA, m_fixture->login(QStringLiteral("multi")), 3, 4),
                         "acting.overlap");
    // Right after it is free.
    SARABAN_VERIFY_OK(appoint(head, deptA, m_fixture->login(QStringLiteral("clerka")), 7, 8));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.acting_appointments")), 2);
}

void tst_Acting::actingPersonDecidesForTheHead()
{
    const int deptA = unitId(QStringLiteral("DEPTA"));
    const QString head = m_fixture->login(QStringLiteral("heada"));
    const QString officer = m_fixture->login(QStringLiteral("officera"));
    const QString capacities = QStringLiteral(
        "SELECT string_agg(c.unit_id || ':' || p.login || ':' || c.acting, ',') "
        "FROM saraban.my_head_capacities() c JOIN saraban.people p ON p.id = c.head_id");

    ScopedConnection asOfficer(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(asOfficer.status());
    ScopedConnection asHead(m_fixture->as(QStringLiteral("heada")));
    SARABAN_VERIFY_OK(asHead.status());

    // Before any appointment the officer decides for nobody; the head for themselves.
    auto before = asOfficer.value(capacities);
    SARABAN_VERIFY_OK(before);
    QVERIFY(before->isNull());
    auto headOwn = asHead.value(capacities);
    SARABAN_VERIFY_OK(headOwn);
    QCOMPARE(headOwn->toString(), QStringLiteral("%1:%2:false").arg(deptA).arg(head));

    // An appointment starting tomorrow gives nothing today.
    SARABAN_VERIFY_OK(appoint(QStringLiteral("heada"), deptA, officer, 1, 3));
    auto tomorrow = asOfficer.value(capacities);
    SARABAN_VERIFY_OK(tomorrow);
    QVERIFY(tomorrow->isNull());

    // One running today does.
    auto today = appoint(QStringLiteral("heada"), deptA, officer, 0, 0);
    SARABAN_VERIFY_OK(today);
    auto during = asOfficer.value(capacities);
    SARABAN_VERIFY_OK(during);
    QCOMPARE(during->toString(), QStringLiteral("%1:%2:true").arg(deptA).arg(head));

    // What a decision taken that way records in the audit: "officer for head".
    ScopedConnection admin(m_fixture->superuser());
    auto behalf = admin.value(
        QStringLiteral("SELECT saraban.behalf_data(o.id, saraban.head_capacity(o.id, %1))::text "
                       "FROM saraban.people o WHERE o.login = '%2'")
            .arg(deptA)
            .arg(officer));
    SARABAN_VERIFY_OK(behalf);
    QCOMPARE(behalf->toString(), QStringLiteral("{\"on_behalf_of\": \"%1\"}").arg(head));
    auto own = admin.value(
        QStringLiteral("SELECT saraban.behalf_data(h.id, saraban.head_capacity(h.id, %1))::text "
                       "FROM saraban.people h WHERE h.login = '%2'")
            .arg(deptA)
            .arg(head));
    SARABAN_VERIFY_OK(own);
    QCOMPARE(own->toString(), QStringLiteral("{}"));
    // Both the head and the acting officer are told about a unit-level item.
    QCOMPARE(
        number(admin, QStringLiteral("SELECT count(*) FROM saraban.unit_deciders(%1)").arg(deptA)),
        2);

    // Once revoked, the capacity is gone at once.
    ServerQuery revoke(asHead.database(),
                       QStringLiteral("SELECT saraban.acting_revoke(:id, 'ກັບມາແລ້ວ')"));
    revoke.bind(QStringLiteral(":id"), *today);
    SARABAN_VERIFY_OK(revoke.exec());
    auto after = asOfficer.value(capacities);
    SARABAN_VERIFY_OK(after);
    QVERIFY(after->isNull());
    QCOMPARE(
        number(admin, QStringLiteral("SELECT count(*) FROM saraban.unit_deciders(%1)").arg(deptA)),
        1);
}

void tst_Acting::revoke()
{
    const int deptA = unitId(QStringLiteral("DEPTA"));
    auto id =
        appoint(QStringLiteral("heada"), deptA, m_fixture->login(QStringLiteral("officera")), 0, 3);
    SARABAN_VERIFY_OK(id);
    auto revokeAs = [&](const QString &who, qint64 appointment) -> Status {
        ScopedConnection person(m_fixture->as(who));
        if (!person.ok())
            return person.status();
        return call(person.database(), QStringLiteral("SELECT saraban.acting_revoke(:id, :why)"),
                    {{QStringLiteral(":id"), appointment},
                     {QStringLiteral(":why"), QStringLiteral("ກັບມາກ່ອນກຳນົດ")}});
    };
    // The acting person and other people cannot end it; nor can a bad reason.
    SARABAN_VERIFY_ERROR(revokeAs(QStringLiteral("officera"), *id), "acting.not_yours");
    SARABAN_VERIFY_ERROR(revokeAs(QStringLiteral("clerkb"), *id), "acting.not_yours");
    SARABAN_VERIFY_ERROR(revokeAs(QStringLiteral("heada"), 987654), "acting.unknown");
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM saraban.acting_appointments WHERE revoked_at IS NULL")),
             1);
    // An administrator of the unit may (the head may be unreachable).
    SARABAN_VERIFY_OK(revokeAs(QStringLiteral("admina"), *id));
    // Twice is a conflict that names who did it.
    Status again = revokeAs(QStringLiteral("heada"), *id);
    SARABAN_VERIFY_ERROR(again, "acting.already_revoked");
    QVERIFY2(again.error().message.contains(QStringLiteral("ທ້າວ ອານຸສອນ ພູມີ")),
             qPrintable(again.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action = "
                                  "'acting.revoke' AND object_id = '%1'")
                       .arg(*id)),
             1);
}

void tst_Acting::notificationsOnlyAtCommit()
{
    const int deptA = unitId(QStringLiteral("DEPTA"));
    const qint64 officerId =
        count(QStringLiteral("SELECT id FROM saraban.people WHERE login = '%1'")
                  .arg(m_fixture->login(QStringLiteral("officera"))));
    ScopedConnection listener(m_fixture->as(QStringLiteral("officera")));
    SARABAN_VERIFY_OK(listener.status());
    QSqlDriver *driver = listener.database().driver();
    const QString channel = QStringLiteral("saraban_inbox_%1").arg(officerId);
    QVERIFY(driver->subscribeToNotification(channel));
    QSignalSpy spy(driver, &QSqlDriver::notification);

    // A refused appointment (in the past) and one rolled back tell nobody.
    SARABAN_VERIFY_ERROR(appoint(QStringLiteral("heada"), deptA,
                                 m_fixture->login(QStringLiteral("officera")), -2, 0),
                         "acting.starts_on.past");
    {
        ScopedConnection head(m_fixture->as(QStringLiteral("heada")));
        SARABAN_VERIFY_OK(head.execute(QStringLiteral("BEGIN")));
        SARABAN_VERIFY_OK(head.execute(
            QStringLiteral("SELECT saraban.acting_appoint(%1, '%2', saraban.office_today(), "
                           "saraban.office_today(), '')")
                .arg(deptA)
                .arg(m_fixture->login(QStringLiteral("officera")))));
        SARABAN_VERIFY_OK(head.execute(QStringLiteral("ROLLBACK")));
    }
    // The one that commits does; it is the first and only one to arrive.
    auto id =
        appoint(QStringLiteral("heada"), deptA, m_fixture->login(QStringLiteral("officera")), 0, 1);
    SARABAN_VERIFY_OK(id);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), channel);
    // Ids only: nothing a listener on someone else's channel could learn a name from.
    QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("acting:%1").arg(*id));
}

void tst_Acting::visibility()
{
    const int deptA = unitId(QStringLiteral("DEPTA"));
    SARABAN_VERIFY_OK(
        appoint(QStringLiteral("heada"), deptA, m_fixture->login(QStringLiteral("multi")), 0, 1));
    const QString sql = QStringLiteral("SELECT count(*) FROM saraban.acting_appointments");
    auto seen = [&](const QString &who) {
        ScopedConnection person(m_fixture->as(who));
        return number(person, sql);
    };
    QCOMPARE(seen(QStringLiteral("clerka")), 1);    // works in the unit
    QCOMPARE(seen(QStringLiteral("multi")), 1);     // the acting person, from a division
    QCOMPARE(seen(QStringLiteral("clerkb")), 0);    // another department
    QCOMPARE(seen(QStringLiteral("adminprov")), 0); // administration shows no appointments
}

// Two requests of one head for overlapping periods at the same moment, many times: the row
// lock on the head makes exactly one win each round, and the other sees it and says so.
void tst_Acting::racingAppointmentsOneWins()
{
    constexpr int rounds = 60;
    const int deptA = unitId(QStringLiteral("DEPTA"));
    const ConnectionProfile head = m_fixture->as(QStringLiteral("heada"));
    const QString acting[2] = {m_fixture->login(QStringLiteral("officera")),
                               m_fixture->login(QStringLiteral("clerka"))};
    const qint64 auditBefore = count(
        QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action = 'acting.appoint'"));
    std::atomic<int> arrived{0};
    std::atomic<int> round{-1};
    QString failures[2];
    int wins[2] = {0, 0};
    int conflicts[2] = {0, 0};
    std::unique_ptr<QThread> threads[2];
    for (int side = 0; side < 2; ++side) {
        threads[side].reset(QThread::create([&, side] {
            const QString name = QStringLiteral("acting-race-%1").arg(side);
            {
                auto database = db::open(head, name);
                if (!database) {
                    failures[side] = database.error().toString();
                    return;
                }
                ServerQuery query(
                    *database,
                    QStringLiteral("SELECT saraban.acting_appoint(:unit, :acting, "
                                   "saraban.office_today() + CAST(:starts AS integer), "
                                   "saraban.office_today() + CAST(:starts AS integer) + 1, '')"));
                for (int r = 0; r < rounds; ++r) {
                    ++arrived;
                    while (round.load() < r)
                        QThread::yieldCurrentThread();
                    query.bind(QStringLiteral(":unit"), deptA);
                    query.bind(QStringLiteral(":acting"), acting[side]);
                    query.bind(QStringLiteral(":starts"), r * 3);
                    Status status = query.exec();
                    if (status.ok())
                        ++wins[side];
                    else if (status.error().code == QLatin1String("acting.overlap"))
                        ++conflicts[side];
                    else
                        failures[side] = status.error().toString();
                }
            }
            db::close(name);
        }));
        threads[side]->start();
    }
    for (int r = 0; r < rounds; ++r) {
        while (arrived.load() < 2 * (r + 1))
            QThread::yieldCurrentThread();
        round = r; // both threads are waiting: release them together
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait(120000));
    QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0]));
    QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1]));
    QCOMPARE(wins[0] + wins[1], rounds);
    QCOMPARE(conflicts[0] + conflicts[1], rounds);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.acting_appointments")),
             qint64(rounds));
    // One audit record per winner, none for the losers.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM saraban.audit_log WHERE action = "
                                  "'acting.appoint'")) -
                 auditBefore,
             qint64(rounds));
}

QTEST_GUILESS_MAIN(tst_Acting)
#include "tst_acting.moc"
