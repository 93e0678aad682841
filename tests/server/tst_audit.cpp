// The audit chain: every change appends one hash-chained record; nobody may change or delete
// records (not even the owner, not even in replica mode); and when a superuser does so anyway
// (triggers disabled), verification names the first broken record.
#include "core/db/migrator.h"
#include "core/services/auditservice.h"
#include "core/services/organisationservice.h"
#include "tests/server/orgfixture.h"
#include "tests/server/servercalls.h"
#include "tests/support/verify.h"

#include <QTest>

#include <memory>

using namespace saraban;
using namespace saraban::test;

class tst_Audit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void intactChainVerifies();
    void adminMayVerifyClerkMayNot();
    void recordsCannotBeChanged_data();
    void recordsCannotBeChanged();
    void tamperingIsFound_data();
    void tamperingIsFound();

private:
    std::unique_ptr<OrgFixture> m_fixture;
};

void tst_Audit::initTestCase()
{
    m_fixture = std::make_unique<OrgFixture>(QStringLiteral("audit"));
    SARABAN_VERIFY_OK(m_fixture->status());
}

void tst_Audit::cleanupTestCase()
{
    m_fixture.reset();
}

void tst_Audit::intactChainVerifies()
{
    ScopedConnection admin(m_fixture->superuser());
    auto report = AuditService(admin.database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(AuditService::describe(*report)));
    // The fixture's units, people, memberships, disabling, registers and organisation.
    QVERIFY(report->checked >= 20);
    auto actions = admin.value(QStringLiteral("SELECT string_agg(DISTINCT action, ',') FROM "
                                              "saraban.audit_log"));
    SARABAN_VERIFY_OK(actions);
    QCOMPARE(actions->toString(),
             QStringLiteral("membership.add,organisation.add,person.add,person.disable,"
                            "register.add,unit.add"));
    // The actor is whoever called: here the superuser for everything.
    auto actors = admin.value(QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM "
                                             "saraban.audit_log"));
    SARABAN_VERIFY_OK(actors);
    QCOMPARE(actors->toString(), QStringLiteral("saraban"));
}

void tst_Audit::adminMayVerifyClerkMayNot()
{
    ScopedConnection admin(m_fixture->as(QStringLiteral("admina")));
    auto report = AuditService(admin.database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY(report->ok());
    ScopedConnection clerk(m_fixture->as(QStringLiteral("clerka")));
    SARABAN_VERIFY_ERROR(AuditService(clerk.database()).verify(), "auth.denied");
}

void tst_Audit::recordsCannotBeChanged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE saraban.audit_log SET actor = 'someone' WHERE seq = 1";
    QTest::newRow("delete") << "DELETE FROM saraban.audit_log WHERE seq = 1";
    QTest::newRow("truncate") << "TRUNCATE saraban.audit_log";
    QTest::newRow("update as the owner")
        << "SET LOCAL ROLE saraban_owner; UPDATE saraban.audit_log SET actor = 'x'";
    QTest::newRow("update in replica mode")
        << "SET LOCAL session_replication_role = replica; UPDATE saraban.audit_log SET actor = 'x'";
}

void tst_Audit::recordsCannotBeChanged()
{
    QFETCH(QString, sql);
    ScopedConnection admin(m_fixture->superuser());
    SARABAN_VERIFY_OK(admin.execute(QStringLiteral("BEGIN")));
    // One statement at a time: the driver reports the first result of a multi-statement string.
    Status status;
    for (const QString &statement : sql.split(QStringLiteral("; "))) {
        status = admin.execute(statement);
        if (!status.ok())
            break;
    }
    SARABAN_VERIFY_OK(admin.execute(QStringLiteral("ROLLBACK")));
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QLatin1String("audit.append_only")),
             qPrintable(status.error().message));
}

void tst_Audit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<int>("problem");
    QTest::addColumn<int>("brokenSeq"); // -1: the last record
    const QString last = QStringLiteral("(SELECT max(seq) FROM saraban.audit_log)");
    QTest::newRow("data edited")
        << "UPDATE saraban.audit_log SET data = data || '{\"name_lo\": \"x\"}' WHERE seq = 3"
        << int(AuditReport::Problem::Changed) << 3;
    QTest::newRow("actor edited") << "UPDATE saraban.audit_log SET actor = 'clerk' WHERE seq = 5"
                                  << int(AuditReport::Problem::Changed) << 5;
    QTest::newRow("time edited")
        << "UPDATE saraban.audit_log SET at = at - interval '1 day' WHERE seq = 2"
        << int(AuditReport::Problem::Changed) << 2;
    QTest::newRow("edited with its own hash recomputed")
        << "UPDATE saraban.audit_log SET action = 'unit.update', hash = encode(sha256(convert_to("
           "saraban.audit_canonical(seq, at, actor, 'unit.update', object_type, object_id, data, "
           "prev_hash), 'UTF8')), 'hex') WHERE seq = 4"
        << int(AuditReport::Problem::Unlinked) << 5;
    QTest::newRow("middle record deleted")
        << "DELETE FROM saraban.audit_log WHERE seq = 6" << int(AuditReport::Problem::Missing) << 6;
    QTest::newRow("last record deleted") << "DELETE FROM saraban.audit_log WHERE seq = " + last
                                         << int(AuditReport::Problem::HeadMismatch) << -1;
    QTest::newRow("record inserted after the end")
        << "INSERT INTO saraban.audit_log SELECT seq + 1, now(), 'saraban', 'unit.add', 'unit', "
           "'99', '{}', hash, encode(sha256(convert_to(saraban.audit_canonical(seq + 1, now(), "
           "'saraban', 'unit.add', 'unit', '99', '{}', hash), 'UTF8')), 'hex') "
           "FROM saraban.audit_log WHERE seq = " +
               last
        << int(AuditReport::Problem::BeyondHead) << 0;
    QTest::newRow("record inserted in the middle (numbers shifted)")
        << "UPDATE saraban.audit_log SET seq = seq + 1000 WHERE seq > 7; "
           "INSERT INTO saraban.audit_log SELECT 8, now(), 'saraban', 'unit.add', 'unit', '99', "
           "'{}', hash, encode(sha256(convert_to(saraban.audit_canonical(8, now(), 'saraban', "
           "'unit.add', 'unit', '99', '{}', hash), 'UTF8')), 'hex') FROM saraban.audit_log "
           "WHERE seq = 7"
        << int(AuditReport::Problem::Missing) << 9;
}

void tst_Audit::tamperingIsFound()
{
    QFETCH(QString, tampering);
    QFETCH(int, problem);
    QFETCH(int, brokenSeq);
    // A database of its own: tampering cannot be undone.
    OrgFixture fixture(QStringLiteral("tamper"));
    SARABAN_VERIFY_OK(fixture.status());
    ScopedConnection admin(fixture.superuser());
    auto clean = AuditService(admin.database()).verify();
    SARABAN_VERIFY_OK(clean);
    QVERIFY(clean->ok());
    const qint64 last = number(admin, QStringLiteral("SELECT max(seq) FROM saraban.audit_log"));

    // What a superuser can do: switch off the protection and edit the table.
    QStringList statements = {QStringLiteral("BEGIN"),
                              QStringLiteral("ALTER TABLE saraban.audit_log DISABLE TRIGGER USER")};
    statements << tampering.split(QStringLiteral("; "));
    statements << QStringLiteral("ALTER TABLE saraban.audit_log ENABLE ALWAYS TRIGGER "
                                 "audit_log_append_only")
               << QStringLiteral("ALTER TABLE saraban.audit_log ENABLE ALWAYS TRIGGER "
                                 "audit_log_no_truncate")
               << QStringLiteral("COMMIT");
    for (const QString &statement : std::as_const(statements))
        SARABAN_VERIFY_OK(admin.execute(statement));

    auto report = AuditService(admin.database()).verify();
    SARABAN_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(int(report->problem), problem);
    const qint64 expectedSeq = brokenSeq == -1 ? last : brokenSeq == 0 ? last + 1 : brokenSeq;
    QCOMPARE(report->brokenSeq.value_or(-1), expectedSeq);
    QVERIFY(AuditService::describe(*report).contains(QString::number(expectedSeq)));
}

QTEST_GUILESS_MAIN(tst_Audit)
#include "tst_audit.moc"
